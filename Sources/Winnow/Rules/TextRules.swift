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

    /// Openings of legal notices and copyright lines.
    static let legalOpenings: [String] = [
        "disclaimer", "avis de non-responsabilité", "avertissement", "haftungsausschluss", "descargo de responsabilidad",
        "aviso legal", "esclusione di responsabilità", "dichiarazione di non responsabilità", "отказ от ответственности",
        "zastrzeżenie", "vrijwaring", "ansvarsfriskrivning", "©", "(c) ", "copyright", "all rights reserved",
        "tous droits réservés", "alle rechte vorbehalten", "todos los derechos reservados",
        "tutti i diritti riservati", "все права защищены", "wszelkie prawa zastrzeżone", "版权所有", "著作権",
        "this post may contain affiliate", "this post contains affiliate", "this article contains affiliate",
        "this page contains affiliate", "as an amazon associate", "cet article contient des liens",
        "dieser artikel enthält affiliate", "este artículo contiene enlaces de afiliado",
    ]

    /// Openings of inline pointers to other articles ("Read more: …", "Lesen Sie auch: …").
    static let crossReferenceOpenings: [String] = [
        "read more:", "read also", "read next:", "see also:", "related:", "more:", "recommended:",
        "lire aussi", "à lire aussi", "a lire aussi", "voir aussi", "lesen sie auch", "auch interessant",
        "mehr zum thema", "lee también", "lea también", "te puede interesar", "leggi anche", "potrebbe interessarti",
        "czytaj także", "czytaj też", "zobacz też", "читайте также", "читайте еще", "leia também", "lees ook",
        "läs också", "اقرأ أيضا", "اقرأ أيضاً", "相关阅读", "延伸阅读", "あわせて読みたい",
    ]

    /// Openings of bylines and update lines (metadata, not body text).
    static let bylineOpenings: [String] = [
        "by ", "written by", "posted by", "published by", "updated by", "reviewed by", "edited by",
        "par ", "mis à jour par", "publié par", "rédigé par", "écrit par", "von ", "verfasst von",
        "aktualisiert", "veröffentlicht", "por ", "escrito por", "publicado por", "actualizado",
        "di ", "scritto da", "pubblicato da", "aggiornato", "автор", "opublikowano", "autor:", "door ",
        "published", "updated", "last updated", "publié le", "mis à jour le",
    ]

    /// Units of reading-time widgets ("2 mins", "5 min read", "Lesezeit: 3 Minuten").
    static let readingTimeWords: [String] = [
        "min", "mins", "minute", "minutes", "minuten", "minutos", "minuti", "minut", "minuty", "мин", "分",
        "read", "lecture", "lesezeit", "lectura", "lettura", "чтения",
    ]

    /// The family a short block's text puts it in, if any.
    ///
    /// - Parameters:
    ///   - prefix: The block's lower-cased, whitespace-normalised opening bytes.
    ///   - block: The block, for its counts.
    static func family(of prefix: String, block: Block) -> BoilerplateFamily? {
        let chars = Int(block.characters)
        guard chars > 0, chars <= Heuristics.textRuleMaximumCharacters else {
            return legalOpenings.contains(where: { prefix.hasPrefix($0) }) && block.linkDensity > 0.3 ? .legal : nil
        }
        let bare = trimmedLabel(prefix)
        if sponsoredLabels.contains(bare) { return .sponsored }
        if navigationPhrases.contains(bare) { return .pagination }
        if looksLikeFileName(bare) { return .hidden }
        if block.words <= 14, callToActionWords.contains(where: { prefix.contains($0) }) { return .promo }
        if block.words <= 14, subscriptionOpenings.contains(where: { prefix.hasPrefix($0) }) { return .newsletter }
        if legalOpenings.contains(where: { prefix.hasPrefix($0) }) { return .legal }
        if block.linkCharacters > 0, crossReferenceOpenings.contains(where: { prefix.hasPrefix($0) }) { return .related }
        if block.words <= 6, block.digits > 0, block.digits <= 3,
           readingTimeWords.contains(where: { word in bare.split(separator: " ").contains { $0 == word } })
        {
            return .articleMeta
        }
        if block.words <= 8, block.kind != .heading, block.sentenceMarks <= 1,
           bylineOpenings.contains(where: { prefix.hasPrefix($0) })
        {
            return .articleMeta
        }
        return nil
    }

    /// The prefix without surrounding punctuation, symbols and emoji.
    static func trimmedLabel(_ prefix: String) -> String {
        let scalars = prefix.unicodeScalars
        let isEdge: (Unicode.Scalar) -> Bool = { s in
            !(s.properties.isAlphabetic || s.properties.numericType != nil)
        }
        guard let first = scalars.firstIndex(where: { !isEdge($0) }),
              let last = scalars.lastIndex(where: { !isEdge($0) }) else { return "" }
        return String(scalars[first ... last])
    }

    /// An image's file name leaking as text (`avatar-300x300.png`).
    static func looksLikeFileName(_ text: String) -> Bool {
        guard !text.contains(" "), text.count < 80 else { return false }
        for ext in [".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".avif"] where text.hasSuffix(ext) { return true }
        return false
    }
}
