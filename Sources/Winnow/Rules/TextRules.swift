/// Boilerplate recognised by what a short block says rather than where it sits: sponsored
/// labels, calls to action, reading-time widgets, bylines, share prompts, legal lines.
///
/// Every list is multilingual; the rules only look at short blocks (see
/// ``Heuristics/textRuleMaximumCharacters``), since a real paragraph that happens to start
/// with one of these words is content.
enum TextRules {
    /// Whole-block labels of ad and sponsored slots.
    static let sponsoredLabels: Set<String> = [
        "ad", "ads", "advertisement", "advertising", "advertisment", "sponsored", "sponsored content",
        "sponsored by", "promoted", "promo", "paid content", "paid post", "partner content", "anzeige",
        "werbung", "gesponsert", "sponsorisé", "sponsorisée", "sponsorise", "contenu sponsorisé",
        "publicité", "publicite", "pub", "annonce", "publicidad", "patrocinado", "contenido patrocinado",
        "anuncio", "pubblicità", "pubblicita", "sponsorizzato", "contenuto sponsorizzato", "реклама",
        "на правах рекламы", "reklama", "sponsorowane", "advertentie", "gesponsord", "annons",
        "sponsrad", "annonse", "mainos", "reklam", "διαφήμιση", "פרסומת", "إعلان", "تبلیغات",
        "広告", "スポンサー", "广告", "廣告", "赞助", "광고", "quảng cáo", "iklan", "publicidade",
    ]

    /// Words that make a short block a call to join a channel or install an app.
    static let callToActionWords: [String] = [
        "telegram", "discord", "whatsapp", "app store", "google play", "play store", "download our app",
        "download the app", "get the app", "install the app", "téléchargez l'application",
        "follow us on", "suivez-nous", "folgen sie uns", "síguenos", "seguici", "подписывайтесь",
    ]

    /// Openings of newsletter and subscription prompts.
    static let subscriptionOpenings: [String] = [
        "subscribe", "sign up", "join our newsletter", "get our newsletter", "newsletter", "inscrivez-vous",
        "abonnez-vous", "abonnieren", "jetzt abonnieren", "melden sie sich", "suscríbete", "suscribete",
        "iscriviti", "zapisz się", "подпишитесь", "assine", "schrijf je in", "prenumerera",
    ]

    /// Short blocks that only point elsewhere.
    static let navigationPhrases: Set<String> = [
        "read more", "read full bio", "read the full story", "continue reading", "more", "see more",
        "view more", "load more", "show more", "lire la suite", "en savoir plus", "voir plus",
        "weiterlesen", "mehr lesen", "mehr", "leer más", "leer mas", "ver más", "continua a leggere",
        "leggi tutto", "leggi anche", "читать далее", "подробнее", "czytaj więcej", "lees meer",
        "läs mer", "back to top", "retour en haut", "nach oben", "previous", "next", "précédent",
        "suivant", "zurück", "weiter", "anterior", "siguiente", "share", "share this", "share this article",
        "share on facebook", "share on twitter", "tweet", "partager", "partagez", "teilen", "compartir",
        "condividi", "поделиться", "udostępnij", "delen", "dela", "print", "imprimer", "drucken",
        "email", "e-mail", "copy link", "copier le lien", "link kopieren", "follow", "like", "reply",
        "répondre", "antworten", "responder", "rispondi", "ответить", "trusted",
    ]

    /// Whole-block titles of a table of contents, left behind when the list under them is
    /// built by a script or named by nothing ("Table of Contents", "Inhaltsverzeichnis"), with
    /// the toggle some themes print beside them.
    static let tableOfContentsLabels: Set<String> = [
        "table of contents", "table of contents show", "table of contents hide", "contents", "contents hide",
        "contents show", "in this article", "on this page", "inhaltsverzeichnis", "inhalt", "sommaire",
        "table des matières", "índice", "índice de contenidos", "tabla de contenidos", "indice", "sommario",
        "indice dei contenuti", "spis treści", "содержание", "inhoudsopgave", "innehåll", "sisällys", "conteúdo",
    ]

    /// Openings of legal notices and copyright lines.
    static let legalOpenings: [String] = [
        "disclaimer", "avis de non-responsabilité", "avertissement", "haftungsausschluss", "descargo de responsabilidad",
        "aviso legal", "esclusione di responsabilità", "dichiarazione di non responsabilità", "отказ от ответственности",
        "zastrzeżenie", "vrijwaring", "ansvarsfriskrivning", "haftungsbeschränkung", "haftungshinweis", "haftung für links", "©", "(c) ", "copyright", "all rights reserved",
        "tous droits réservés", "alle rechte vorbehalten", "todos los derechos reservados",
        "tutti i diritti riservati", "все права защищены", "wszelkie prawa zastrzeżone", "版权所有", "著作権",
        "this post may contain affiliate", "this post contains affiliate", "this article contains affiliate",
        "this page contains affiliate", "as an amazon associate", "cet article contient des liens",
        "dieser artikel enthält affiliate", "este artículo contiene enlaces de afiliado",
    ]

    /// Openings of picture credits ("Foto: …", "Photo: …", "Bild: …").
    static let creditOpenings: [String] = [
        "foto:", "fotos:", "photo:", "photos:", "bild:", "bilder:", "image:", "images:", "credit:",
        "credits:", "photo credit", "crédit photo", "crédits photo", "fotocredit", "bildquelle",
        "foto ©", "photo ©", "© foto", "© photo", "zdjęcie:", "фото:", "beitragsbild", "titelbild", "headerbild",
        "aufmacherbild", "symbolbild", "bildnachweis", "bildrechte", "fotonachweis", "bild via", "foto via", "image via",
        "photo via", "image courtesy", "photo courtesy", "crédito:", "créditos:", "image credit", "picture credit",
    ]

    /// Picture agencies whose name in a short block marks it as a credit line.
    static let pictureAgencies: [String] = ["getty images", "istock", "shutterstock", "imago images", "picture alliance"]

    /// Titles of sections that point to other pages ("Related articles", "Meistgelesen").
    static let relatedSectionTitles: [String] = [
        "related", "more from", "more stories", "more news", "recommended", "you may also like",
        "you might also like", "read next", "most read", "most popular", "popular posts", "trending",
        "latest news", "latest posts", "explore further", "further reading", "see also",
        "weitere beiträge", "weitere artikel", "weitere themen", "weitere aktuelle themen", "weiterführende links",
        "weiterführender link", "meistgelesen", "das könnte sie auch interessieren",
        "die redaktion empfiehlt", "empfehlungen", "mehr zum thema", "articles similaires",
        "à lire aussi", "a lire aussi", "les plus lus", "sur le même sujet", "noticias relacionadas",
        "te puede interesar", "lo más leído", "artículos relacionados", "articoli correlati",
        "potrebbe interessarti", "i più letti", "leggi anche", "powiązane", "najczęściej czytane",
        "czytaj także", "читайте также", "похожие статьи", "популярное", "gerelateerd",
        "meest gelezen", "相关文章", "相关阅读", "热门文章", "関連記事",
    ]

    /// Openings of inline pointers to other articles ("Read more: …", "Lesen Sie auch: …").
    static let crossReferenceOpenings: [String] = [
        "read more:", "read also", "read next:", "see also:", "related:", "more:", "recommended:",
        "lire aussi", "à lire aussi", "a lire aussi", "voir aussi", "lesen sie auch", "lesen sie hier", "weitere infos unter", "mehr infos unter", "weitere informationen unter",
        "more info at", "more information at", "plus d'infos sur", "más información en", "auch interessant",
        "mehr zum thema", "auch lesen", "lee también", "le puede interesar", "les puede interesar", "también te puede interesar", "lea también", "te puede interesar", "leggi anche", "potrebbe interessarti",
        "czytaj także", "czytaj też", "zobacz też", "читайте также", "читайте еще", "leia também", "lees ook",
        "läs också", "اقرأ أيضا", "اقرأ أيضاً", "相关阅读", "延伸阅读", "あわせて読みたい",
    ]

    /// Phrases that, anywhere in a short block, make it the title or lead-in of a list of other
    /// stories ("Das könnte dich auch interessieren:", "Contenido relacionado").
    static let relatedPhrases: [String] = [
        "also be interested", "might also like", "may also like", "might also enjoy", "may also enjoy",
        "related articles", "related posts", "related stories", "auch interessieren", "auch interessant",
        "auch lesen", "weitere artikel", "weitere beiträge", "meistgelesen", "meistdiskutiert",
        "pourrait vous intéresser", "pourraient vous intéresser", "puede interesar", "pueden interesar",
        "contenido relacionado", "artículos relacionados", "noticias relacionadas", "potrebbe interessarti",
        "articoli correlati", "może cię zainteresować", "может быть интересно", "misschien ook interessant",
    ]

    /// Openings of bylines and update lines (metadata, not body text).
    static let bylineOpenings: [String] = [
        "by ", "written by", "posted by", "published by", "updated by", "reviewed by", "edited by",
        "par ", "mis à jour par", "publié par", "rédigé par", "écrit par", "von ", "verfasst von",
        "aktualisiert", "veröffentlicht", "por ", "escrito por", "publicado por", "actualizado",
        "di ", "scritto da", "pubblicato da", "aggiornato", "автор", "opublikowano", "autor:", "door ",
        "published", "updated", "last updated", "publié le", "mis à jour le",
    ]

    /// Openings of media availability and view-count lines ("Video verfügbar bis …", "Views: 3,204").
    static let mediaMetaOpenings: [String] = [
        "video verfügbar bis", "verfügbar bis", "available until", "disponible jusqu'au", "disponible hasta",
        "aufrufe:", "views:", "vues :", "visualizzazioni:",
    ]

    /// Units of reading-time widgets ("2 mins", "5 min read", "Lesezeit: 3 Minuten").
    static let readingTimeWords: [String] = [
        "min", "mins", "minute", "minutes", "minuten", "minutos", "minuti", "minut", "minuty", "мин", "分",
    ]

    /// Words that say the duration is a reading time.
    static let readingWords: [String] = [
        "read", "reading", "lecture", "lesezeit", "lesedauer", "lectura", "lettura", "чтения", "czytania", "leestijd",
    ]

    /// Calls to pay, subscribe, donate or join, addressed to the reader, anywhere in a
    /// paragraph's opening: the paywall and donation boxes that sit at the end (or start) of a
    /// story. Each phrase is an imperative or a second-person offer; a story *about*
    /// subscriptions reports them in the third person ("subscribers can cancel").
    static let appealPhrases: [String] = [
        "please subscribe", "subscribe now", "subscribe today", "subscribe to our", "become a subscriber",
        "become a member", "become a patron", "already a subscriber", "already subscribed", "to view the full story",
        "to read the full story", "to continue reading", "support our journalism", "support independent journalism",
        "support our work", "support our reporting", "please support us", "please donate", "donate now",
        "donate today", "make a donation", "cancel anytime", "cancel at any time", "straight to your inbox",
        "delivered to your inbox", "right in your inbox", "free daily newsletter", "free weekly newsletter", "straight to your phone", "download our app",
        "we respect your privacy", "follow us on twitter", "follow us on facebook", "follow us on instagram",
        "jetzt abonnieren", "jetzt abonnent", "jetzt spenden", "jede spende", "jede kleine spende", "ihre spende hilft",
        "deine spende hilft", "jeder beitrag hilft", "vorteile sichern", "per mail schicken", "per e-mail schicken",
        "respektieren deine privatsphäre", "respektieren ihre privatsphäre", "nous respectons votre vie privée",
        "respetamos tu privacidad", "in deinen posteingang", "in ihren posteingang", "für unseren newsletter",
        "for our newsletter", "to our newsletter", "through your letterbox", "delivered to your door", "à notre newsletter", "a nuestro boletín", "en tu bandeja de entrada",
        "unterstütze uns", "unterstützen sie uns", "werde mitglied", "werden sie mitglied", "werde abonnent",
        "um weiterzulesen", "jederzeit kündbar", "in ihr postfach", "in dein postfach",
        "abonnez-vous", "soutenez-nous", "faites un don", "devenez membre", "devenez abonné", "déjà abonné",
        "pour lire la suite", "réservé aux abonnés", "sans engagement", "dans votre boîte",
        "suscríbete", "hazte miembro", "hazte socio", "hazte suscriptor", "apóyanos", "dona ahora",
        "haz una donación", "para seguir leyendo", "ya eres suscriptor", "cancela cuando quieras",
        "cancela en cualquier momento", "abbonati", "sostienici", "fai una donazione", "per continuare a leggere",
        "assine já", "apoie o", "faça uma doação", "para continuar lendo", "wesprzyj nas", "zostań patronem",
        "przekaż darowiznę", "подпишитесь", "поддержите нас", "оформите подписку", "steun ons", "word lid",
        "word abonnee",
    ]

    /// Openings of appeals that name the one addressed ("Unterstütze das Stadtmagazin", "Support
    /// The Tribune"), German and Dutch imperatives that are no sentence's ordinary start.
    static let appealOpenings: [String] = [
        "unterstütze ", "unterstützen sie ", "support the ", "steun ",
        // The consent line under a sign-up form ("By subscribing, you agree to our terms…").
        "by subscribing", "by signing up", "en vous inscrivant", "en vous abonnant", "al suscribirte",
        "al registrarte", "mit der anmeldung", "mit ihrer anmeldung", "mit deiner anmeldung", "iscrivendoti",
    ]

    /// Copyright, reprint, disclaimer and affiliate notices written as sentences ("This
    /// document is subject to copyright…", "The views expressed are the author's own").
    static let noticePhrases: [String] = [
        "subject to copyright", "copyrighted property", "copyright ©", "may not be reproduced",
        "may not be republished", "may not be published, broadcast", "may not be copied", "no part may be reproduced",
        "without written permission", "without the written permission", "without prior written", "without the prior written",
        "without the express written", "all rights reserved", "is not responsible for the opinions",
        "not responsible for the content", "views expressed in", "opinions expressed in", "do not necessarily reflect",
        "does not necessarily reflect", "participates in the amazon", "amazon services llc", "amazon associate",
        "qualifying purchases", "independent review process", "advertisers do not influence", "we may earn a commission", "we earn a commission", "may receive a commission",
        // Affiliate disclosures put above or below a buying guide ("…we may earn a small
        // commission at no extra cost to you").
        "may earn commission", "may earn a small commission", "earn a small commission", "earn us a commission",
        "earn us a small commission", "may earn an affiliate commission", "may receive a small commission",
        "at no extra cost to you", "at no additional cost to you", "supported by commissions",
        "erhalten wir eine provision", "erhalten wir eine kleine provision", "nous percevons une commission",
        "nous pouvons percevoir une commission", "podemos recibir una comisión", "podemos obtener una comisión",
        "this post is sponsored", "this article is sponsored", "was originally published on", "originally appeared on",
        "suggested citation", "cite this article", "how to cite this", "zitiervorschlag", "nachdruck nur mit", "alle rechte vorbehalten", "geben nicht unbedingt", "enthält werbung", "enthält affiliate", "erschien zuerst", "erstmals erschienen", "tous droits réservés",
        "reproduction interdite", "toute reproduction", "n'engagent que", "derechos reservados", "prohibida su reproducción",
        "prohibida la reproducción", "queda prohibida", "riproduzione riservata", "vietata la riproduzione",
        "wszelkie prawa zastrzeżone", "все права защищены",
        // Licence notices under a page's text ("This work is licensed under a Creative Commons…").
        "licensed under a creative commons", "licensed under the creative commons",
        "sous licence creative commons", "unter einer creative commons", "unter der creative commons",
        "bajo una licencia creative commons", "bajo licencia creative commons",
        // Notices that the page needs scripts.
        "requires javascript",
        "enable javascript", "javascript is disabled", "javascript aktivieren", "activer javascript", "activa javascript",
    ]

    /// Openings of the labels around comment, rating and login boxes ("No comments", "Leave a
    /// reply", "You must be logged in…").
    static let interactionOpenings: [String] = [
        "no comments", "leave a comment", "leave a reply", "write a comment", "add a comment", "post a comment",
        "you must be logged in", "must be logged in", "not logged in", "no ratings yet", "rate this",
        "listen to this article", "listen to this story", "share your experience", "tell us what you think",
        "this entry was posted", "share this article", "share this story", "keine kommentare", "noch keine kommentare",
        "kommentar schreiben", "kommentare schreiben", "kommentar verfassen", "schreibe einen kommentar",
        "schreiben sie einen kommentar", "du musst angemeldet", "sie müssen angemeldet", "du musst eingeloggt",
        "sie müssen eingeloggt", "sie sind nicht eingeloggt", "noch keine bewertung", "artikel bewerten", "bitte teilen sie uns", "teilen sie uns ihre",
        "bitte registrieren sie sich", "diesen artikel teilen", "artikel teilen",
        "beitrag teilen", "partager cet article", "compartir este artículo", "condividi questo articolo", "beitrag bewerten", "artikel anhören",
        "beitrag anhören", "aucun commentaire", "laisser un commentaire", "écrire un commentaire", "écouter cet article",
        "noter cet article", "sin comentarios", "no hay comentarios", "deja un comentario", "escribe un comentario",
        "escucha esta nota", "escuchar esta nota", "escucha este artículo", "nessun commento", "lascia un commento",
        "ascolta l'articolo", "brak komentarzy", "napisz komentarz", "нет комментариев",
        // A rating widget's prompts under a post.
        "no votes so far", "how useful was this", "click on a star to rate", "be the first to rate",
        // Feedback and login prompts of a paywall or a help widget.
        "was this article helpful", "was this page helpful", "was this post helpful",
        "already have an account", "was this newsletter forwarded", "was this email forwarded",
        "unlock this article", "unlock this story",
    ]

    /// Openings of the post-metadata paragraph blog themes print under a post ("This entry was
    /// posted on … and is filed under …"), up to a few sentences long.
    static let postMetadataOpenings: [String] = [
        "this entry was posted", "this entry was filed", "der beitrag wurde am", "dieser beitrag wurde am",
        "dieser eintrag wurde am", "cette entrée a été publiée", "esta entrada fue publicada", "questo articolo è stato pubblicato",
    ]

    /// Openings of figure labels written as paragraphs ("Abbildung 4: …", "Figure 2: …"); a
    /// number and a colon or period must follow.
    static let figureLabelWords: [String] = ["abbildung", "abb.", "figure", "fig.", "bild", "grafik", "schaubild", "tabelle", "table"]

    /// Names of social networks: a short block that opens with "Follow" and names one is a
    /// follow prompt ("Follow the Gazette on Instagram and Bluesky").
    static let socialNetworkPhrases: [String] = [
        "on twitter", "on x", "on facebook", "on instagram", "on tiktok", "on youtube", "on linkedin", "on threads",
        "on bluesky", "on mastodon", "auf twitter", "auf facebook", "auf instagram",
    ]

    /// Titles of the author box, and pointers to the next or previous story.
    static let authorBoxTitles: [String] = [
        "about the author", "über den autor", "über die autorin", "zum autor", "zur autorin", "à propos de l'auteur",
        "sobre el autor", "sobre la autora", "sull'autore", "o autorze", "об авторе",
    ]
    static let storyPagerOpenings: [String] = [
        "next article", "previous article", "next post", "previous post", "older post", "newer post", "nächster artikel",
        "vorheriger artikel", "nächster beitrag", "vorheriger beitrag", "article suivant",
        "article précédent", "siguiente artículo", "artículo anterior", "articolo successivo", "articolo precedente",
    ]

    // The lists above as bytes and hashes, built once: the rules run on every short block.
    private static let sponsoredTable = WordSet(sponsoredLabels.map { WordHash.of($0.utf8) })
    private static let navigationTable = WordSet(navigationPhrases.map { WordHash.of($0.utf8) })
    private static let tableOfContentsTable = WordSet(tableOfContentsLabels.map { WordHash.of($0.utf8) })
    private static let subscriptionList = OpeningList(subscriptionOpenings)
    private static let legalList = OpeningList(legalOpenings)
    private static let bylineList = OpeningList(bylineOpenings)
    private static let crossReferenceList = OpeningList(crossReferenceOpenings)
    private static let relatedTitleList = OpeningList(relatedSectionTitles)
    private static let creditList = OpeningList(creditOpenings)
    private static let appealOpeningList = OpeningList(appealOpenings)
    private static let interactionList = OpeningList(interactionOpenings)
    private static let authorBoxList = OpeningList(authorBoxTitles)
    private static let storyPagerList = OpeningList(storyPagerOpenings)
    private static let mediaMetaList = OpeningList(mediaMetaOpenings)
    private static let postMetadataList = OpeningList(postMetadataOpenings)
    private static let figureLabelBytes = figureLabelWords.map { Array($0.utf8) }
    private static let followOpenings = OpeningList(["follow ", "folge ", "folgen sie ", "suivez ", "síguenos", "sigue a "])
    private static let copyrightSign = Array("©".utf8)
    /// A credit opening after a comma or a parenthesis, inside a picture's description.
    static let embeddedCreditPhrases = creditOpenings.filter { $0.hasSuffix(":") }.flatMap { [", \($0)", "(\($0)", "| \($0)"] }

    /// The phrase lists looked for anywhere in a block's opening, in the order of the bits of
    /// ``PhraseList``: found in one walk (``PhraseLists``), since up to seven separate walks
    /// over the same opening were most of the rules' cost.
    static let phraseListContents: [(phrases: [String], wholeWords: Bool)] = [
        (appealPhrases, true), (noticePhrases, true), (socialNetworkPhrases, true), (callToActionWords, false),
        (relatedPhrases, false), (embeddedCreditPhrases, false), (pictureAgencies, false),
    ]
    private static let phraseLists = PhraseLists(phraseListContents)

    /// Bits of the lists of ``phraseListContents``.
    enum PhraseList {
        static let appeal: UInt8 = 1 << 0
        static let notice: UInt8 = 1 << 1
        static let socialNetwork: UInt8 = 1 << 2
        static let callToAction: UInt8 = 1 << 3
        static let related: UInt8 = 1 << 4
        static let embeddedCredit: UInt8 = 1 << 5
        static let agency: UInt8 = 1 << 6
    }
    private static let readingTimeTable = WordSet(readingTimeWords.map { WordHash.of($0.utf8) })
    private static let readingWordTable = WordSet(readingWords.map { WordHash.of($0.utf8) })
    private static let imageExtensions = [".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".avif"].map { Array($0.utf8) }
    /// The last bytes of the extensions (ASCII), one bit each for their low six bits: a cheap
    /// necessary test before the text is searched for a space and its end compared.
    private static let imageExtensionEnds: UInt64 = imageExtensions.reduce(0) { $0 | 1 << UInt64($1.last! & 0x3F) }

    /// The family a short block's text (its lower-cased, whitespace-normalised opening
    /// bytes, ``Block/prefix``) puts it in, if any.
    static func family(of block: Block) -> BoilerplateFamily? {
        let chars = Int(block.characters)
        // Code is quoted verbatim; its lines are not labels or bylines.
        guard chars > 0, block.kind != .preformatted else { return nil }
        // The scan folds ASCII only; other scripts' capitals ("РЕКЛАМА", "À lire aussi")
        // are folded here, for the few short blocks that reach the rules.
        let bytes = block.prefixBytes.array
        let text = bytes.contains(where: { $0 >= 0x80 }) ? CaseFolding.lowercasedBytes(utf8: bytes) : bytes
        // Appeals and notices run to a few sentences; a longer paragraph is the story's own.
        let appealSized = chars <= Heuristics.appealMaximumCharacters
            && (block.kind != .heading || chars <= Heuristics.textRuleMaximumCharacters)
        // The phrase lists the rules below may ask about, searched in one walk.
        var wanted: UInt8 = 0
        if appealSized {
            wanted |= PhraseList.appeal | PhraseList.notice
            if followOpenings.opens(text) { wanted |= PhraseList.socialNetwork }
        }
        if chars <= Heuristics.textRuleMaximumCharacters {
            if block.words <= 14 { wanted |= PhraseList.callToAction }
            if block.words <= 8, block.sentenceMarks == 0 { wanted |= PhraseList.related }
            if block.words <= 10, block.kind != .heading { wanted |= PhraseList.embeddedCredit }
            if block.words <= 8 { wanted |= PhraseList.agency }
        }
        let found = phraseLists.matching(wanted, in: text)
        if appealSized {
            if found & PhraseList.appeal != 0 || appealOpeningList.opens(text) { return .newsletter }
            if found & PhraseList.notice != 0 { return .legal }
            if postMetadataList.opens(text) { return .articleMeta }
            if found & PhraseList.socialNetwork != 0 { return .promo }
        }
        guard chars <= Heuristics.textRuleMaximumCharacters else {
            // Long legal notices are prose; only link-laden ones (a footer line) are caught here.
            return block.linkDensity > 0.3 && legalList.opens(text) ? .legal : nil
        }
        let bare = trimmed(text)
        let bareHash = WordHash.of(bare)
        if sponsoredTable.contains(bareHash) { return .sponsored }
        // A lone number outside a table: a vote count, a counter, a page number.
        if isLoneNumber(text, block: block) { return .articleMeta }
        if navigationTable.contains(bareHash) { return .pagination }
        if tableOfContentsTable.contains(bareHash) { return .tableOfContents }
        if looksLikeFileName(bare) || startsWithImageAddress(bare) { return .hidden }
        if block.words <= 14, found & PhraseList.callToAction != 0 { return .promo }
        if block.words <= 14, subscriptionList.opens(text) { return .newsletter }
        if legalList.opens(text) { return .legal }
        // With its link, or as the lead-in of a list of links below ("Lesen Sie auch diese Beiträge:").
        if block.linkCharacters > 0 || (block.words <= 8 && text.last == 0x3A), crossReferenceList.opens(text) {
            return .related
        }
        if block.words <= 6, block.sentenceMarks == 0, relatedTitleList.opens(bare) { return .related }
        if block.words <= 8, block.sentenceMarks == 0, found & PhraseList.related != 0 {
            return .related
        }
        if block.words <= 16, !bare.isEmpty, interactionList.opens(bare) { return .comments }
        if block.words <= 16, !bare.isEmpty, mediaMetaList.opens(bare) { return .articleMeta }
        if block.words <= 30, block.kind != .heading, isFigureLabel(text) { return .caption }
        // "Mehr Kolumnen im Stadtmagazin:", "More from the Gazette:": the lead-in of a list of links.
        if block.words <= 6, block.kind != .heading, text.last == 0x3A, moreOpenings.opens(text) { return .related }
        if block.words <= 6, authorBoxList.opens(text) { return .authorBio }
        if block.words <= 10, block.sentenceMarks <= 1, storyPagerList.opens(text) { return .pagination }
        if block.words <= 12, !bare.isEmpty, creditList.opens(bare) { return .articleMeta }
        // A counter holds two numbers: a block with fewer than two digits holds none.
        if block.words <= 5, block.digits >= 2, isGalleryCounter(bare) { return .articleMeta }
        // A picture's description that ends in its credit ("The harbour at dawn. © Agency"),
        // or names the picture inside it ("The new bridge, photo: Archive").
        if block.words <= 16, block.kind != .heading, ByteSearch.contains(text[...], copyrightSign) { return .articleMeta }
        if block.words <= 10, block.kind != .heading, found & PhraseList.embeddedCredit != 0 {
            return .articleMeta
        }
        if block.words <= 8, found & PhraseList.agency != 0 { return .articleMeta }
        if block.words <= 6, block.digits > 0, block.digits <= 3, isReadingTime(bare, words: block.words) { return .articleMeta }
        // A date in a table cell is data (a time series, a schedule), not the post's dateline.
        if block.words <= 7, block.digits >= 4, block.kind != .heading, block.kind != .tableCell, isDateLine(bare) { return .articleMeta }
        if block.words <= 8, block.kind != .heading, block.sentenceMarks <= 1, bylineList.opens(text) {
            return .articleMeta
        }
        return nil
    }

    /// Whether a block outside a table is a lone number (digits, spaces, commas and points:
    /// a vote count, a counter, a page number, a step's number or a statistic's figure).
    static func isLoneNumber<Text: Collection<UInt8>>(_ text: Text, block: Block) -> Bool {
        !block.inTable && block.words <= 2 && block.characters <= 12 && !text.isEmpty
            && text.allSatisfy({ $0.isASCIIDigit || $0 == 0x20 || $0 == 0x2C || $0 == 0x2E })
    }

    /// The text without leading and trailing punctuation, symbols and emoji.
    static func trimmed(_ text: [UInt8]) -> ArraySlice<UInt8> {
        func isEdge(_ b: UInt8) -> Bool {
            b < 0x80 && !((b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A))
        }
        var lower = 0, upper = text.count
        while lower < upper {
            let b = text[lower]
            if isEdge(b) { lower += 1; continue }
            // Emoji (4-byte) and general punctuation/symbols (E2 xx xx) at the edges.
            if b == 0xF0, lower + 4 <= upper { lower += 4; continue }
            if b == 0xE2, lower + 3 <= upper { lower += 3; continue }
            break
        }
        while upper > lower {
            let b = text[upper - 1]
            if isEdge(b) { upper -= 1; continue }
            if upper - lower >= 4, text[upper - 4] == 0xF0 { upper -= 4; continue }
            if upper - lower >= 3, text[upper - 3] == 0xE2 { upper -= 3; continue }
            break
        }
        return text[lower ..< upper]
    }

    /// Month names and abbreviations in the languages of the stop-word lists' largest
    /// users, for recognising date lines ("May 3, 2025 #1", "3. Mai 2025, 14:05").
    static let monthWords: [String] = [
        "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july",
        "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december",
        "januar", "februar", "märz", "mai", "juni", "juli", "oktober", "dezember", "janvier", "février", "mars",
        "avril", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre", "enero", "febrero",
        "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
        "gennaio", "febbraio", "aprile", "maggio", "giugno", "luglio", "settembre", "ottobre", "dicembre",
        "am", "pm", "at", "um", "à", "le", "de", "del", "on", "posted", "updated", "mon", "tue", "wed", "thu", "fri",
        "sat", "sun", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "janeiro", "fevereiro", "março", "maio", "junho", "julho", "setembro", "outubro", "dezembro", "às", "da", "em",
        "segunda", "terça", "quarta", "quinta", "sexta", "feira", "sábado", "domingo", "lunes", "martes", "miércoles",
        "jueves", "viernes", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "lundi",
        "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "lunedì", "martedì", "mercoledì", "giovedì",
        "venerdì", "sabato", "domenica", "den", "der", "uhr", "h",
    ]
    private static let monthTable = WordSet(monthWords.map { WordHash.of($0.utf8) })

    /// A line made only of a date (and a time or a post number): a four-digit year, and
    /// otherwise numbers and month, weekday or linking words. A lone four-digit number is no
    /// date line: in a table it is a score or a count ("2380" points).
    private static func isDateLine(_ text: ArraySlice<UInt8>) -> Bool {
        var hasYear = false
        var tokens = 0
        var start = text.startIndex
        var i = text.startIndex
        while i <= text.endIndex {
            let boundary: Bool
            if i == text.endIndex {
                boundary = true
            } else {
                switch text[i] {
                case 0x20, 0x2C, 0x2E, 0x2F, 0x3A, 0x23, 0x2D: boundary = true
                default: boundary = false
                }
            }
            if boundary {
                if i > start {
                    let word = text[start ..< i]
                    tokens += 1
                    if word.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
                        if word.count == 4, word.first == 0x31 || word.first == 0x32 { hasYear = true }
                    } else if !monthTable.contains(WordHash.of(word)) {
                        return false
                    }
                }
                start = i + 1
            }
            i += 1
        }
        return hasYear && tokens >= 2
    }

    /// "2 mins", "5 min read", "Lesezeit: 4 Minuten": a number and a unit, alone or with a
    /// reading word. "Prep time: 15 minutes" names another duration and is content.
    private static func isReadingTime(_ text: ArraySlice<UInt8>, words: Int32) -> Bool {
        var unit = false, reading = false
        var start = text.startIndex
        var i = text.startIndex
        while i <= text.endIndex {
            if i == text.endIndex || text[i] == 0x20 || text[i] == 0x3A {
                if i > start {
                    let hash = WordHash.of(text[start ..< i])
                    if readingTimeTable.contains(hash) { unit = true }
                    if readingWordTable.contains(hash) { reading = true }
                }
                start = i + 1
            }
            i += 1
        }
        return unit && (reading || words <= 2)
    }

    private static let moreOpenings = OpeningList(["more ", "mehr ", "plus de ", "más ", "altri ", "więcej "])

    /// "Abbildung 4: …", "Fig. 2. …": a figure word, a number, then a colon or a period.
    static func isFigureLabel(_ text: [UInt8]) -> Bool {
        // The first byte first: a generic `starts(with:)` per figure word cost more than the rest.
        guard let first = text.first else { return false }
        for word in figureLabelBytes where word[0] == first && text.starts(with: word) {
            var i = word.count
            while i < text.count, text[i] == 0x20 { i += 1 }
            let digits = i
            while i < text.count, text[i] >= 0x30 && text[i] <= 0x39 { i += 1 }
            guard i > digits, i < text.count else { continue }
            if text[i] == 0x3A || text[i] == 0x2E { return true }
        }
        return false
    }

    @inline(__always)
    /// Words that count pictures in a gallery ("Image 1 of 5", "Bild 2 von 8").
    private static let galleryWords: Set<String> = ["image", "photo", "picture", "slide", "bild", "foto", "imagen", "immagine"]
    private static let galleryOfWords: Set<String> = ["of", "von", "sur", "de", "di", "/"]

    /// "Image 1 of 5": a gallery's counter.
    static func isGalleryCounter(_ text: ArraySlice<UInt8>) -> Bool {
        // Four words or none: counted before any word or string is built.
        var count = 0
        var inWord = false
        for b in text {
            if b == 0x20 { inWord = false } else if !inWord { inWord = true; count += 1 }
        }
        guard count == 4 else { return false }
        let words = text.split(separator: 0x20)
        guard words.count == 4,
              galleryWords.contains(String(decoding: words[0], as: UTF8.self)),
              galleryOfWords.contains(String(decoding: words[2], as: UTF8.self)) else { return false }
        return [words[1], words[3]].allSatisfy { !$0.isEmpty && $0.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }
    }

    /// A block that opens with the address of an image (`http://…/slide.jpg 540 960 admin`):
    /// a slider's data printed as text.
    static func startsWithImageAddress(_ text: ArraySlice<UInt8>) -> Bool {
        guard text.starts(with: "http".utf8) else { return false }
        let first = text.prefix(while: { $0 != 0x20 })
        return imageExtensions.contains { first.count > $0.count && first.suffix($0.count).elementsEqual($0) }
    }

    /// An image's file name leaking as text (`avatar-300x300.png`).
    static func looksLikeFileName(_ text: ArraySlice<UInt8>) -> Bool {
        // The last byte first: it must end one of the extensions.
        guard let last = text.last, last < 0x80, imageExtensionEnds & (1 << UInt64(last & 0x3F)) != 0,
              text.count < 80, !text.contains(0x20) else { return false }
        return imageExtensions.contains { text.count > $0.count && text.suffix($0.count).elementsEqual($0) }
    }
}
