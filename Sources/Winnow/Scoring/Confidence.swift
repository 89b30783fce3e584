import Foundation

/// A reason to doubt an extraction, in machine-readable form.
public enum Doubt: String, Sendable, Codable, CaseIterable {
    /// The page has no visible text at all.
    case emptyPage = "empty-page"
    /// The page is a shell that builds its content with JavaScript: little text, much script.
    case javascriptShell = "javascript-shell"
    /// A cookie or consent notice covers the page or is most of its text.
    case consentWall = "consent-wall"
    /// The page shows a teaser and asks the reader to subscribe or sign in.
    case paywallStub = "paywall-stub"
    /// The extracted text is too short to be an article's.
    case tooShort = "too-short"
    /// The content is lists, tables or short items rather than prose: probably not an article.
    case notArticle = "not-article"
}

/// How sure an extraction is, from the amount and kind of text kept and what the page says.
struct ConfidenceEstimate {
    var confidence: Double
    var doubts: [Doubt]

    /// Teaser phrases of paywalls and sign-in walls, lower-cased.
    static let paywallPhrases = [
        "subscribe to continue", "to continue reading", "subscribers only", "already a subscriber", "for subscribers",
        "subscribe to read", "sign in to continue", "log in to continue", "register to continue", "create a free account to continue",
        "réservé aux abonnés", "abonnez-vous pour", "jetzt abonnieren", "weiterlesen mit", "exclusivo para suscriptores",
        "riservato agli abbonati",
    ]

    /// Words of consent notices, lower-cased.
    static let consentWords = ["cookie", "consent", "your privacy", "datenschutz", "einwilligung", "consentement", "privacidad"]

    /// Texts of `<noscript>` fallbacks that ask for JavaScript.
    static let scriptPhrases = ["enable javascript", "javascript is disabled", "javascript is required", "requires javascript",
                                "javascript enabled", "turn on javascript", "aktivieren sie javascript", "activer javascript"]

    init(document: Document, blocks: [Block], keep: [Bool], metadata: Metadata) {
        var pageCharacters = 0, keptCharacters = 0, consentCharacters = 0, listCharacters = 0, keptConsentCharacters = 0
        // Blocks other than table cells: a table's many short cells are not short paragraphs.
        var keptBlocks = 0, keptBlockCharacters = 0
        var paywall = false
        for (i, block) in blocks.enumerated() {
            let chars = Int(block.characters)
            pageCharacters += chars
            if block.family == .cookieConsent { consentCharacters += chars }
            let prefix = block.prefix
            if Self.paywallPhrases.contains(where: prefix.contains) { paywall = true }
            guard keep[i] else { continue }
            keptCharacters += chars
            if Self.consentWords.contains(where: prefix.contains) { keptConsentCharacters += chars }
            if block.kind != .tableCell {
                keptBlocks += 1
                keptBlockCharacters += chars
            }
            if block.kind == .listItem || block.kind == .tableCell { listCharacters += chars }
        }
        var scriptBytes = document.removedScriptBytes
        var asksForScript = false
        var i = 0
        while i < document.count {
            let node = document.nodes[i]
            if node.tag == .script {
                for j in i ..< Int(node.end) where document.nodes[j].tag == .text { scriptBytes += Int(document.nodes[j].count) }
                i = Int(node.end)
                continue
            }
            if node.tag == .noscript {
                let text = document.normalizedText(of: i).lowercased()
                if Self.scriptPhrases.contains(where: text.contains) { asksForScript = true }
                i = Int(node.end)
                continue
            }
            i += 1
        }

        var doubts: [Doubt] = []
        if pageCharacters < 20 {
            doubts.append(.emptyPage)
            if scriptBytes > 2000 || asksForScript { doubts.append(.javascriptShell) }
        } else if pageCharacters < 400, scriptBytes > 20 * pageCharacters || asksForScript {
            doubts.append(.javascriptShell)
        }
        // A notice big enough to be kept as content (a wall, not a banner) shows in the kept
        // text itself.
        let bigNotice = consentCharacters > 0 && (consentCharacters * 3 > pageCharacters || (keptCharacters < 500 && consentCharacters >= 150))
        if bigNotice || (keptCharacters > 0 && keptConsentCharacters * 2 > keptCharacters) {
            doubts.append(.consentWall)
        }
        if paywall, keptCharacters < 2500 { doubts.append(.paywallStub) }
        if pageCharacters >= 20, keptCharacters < 250 { doubts.append(.tooShort) }
        let type = metadata.pageType?.lowercased() ?? ""
        if keptCharacters > 0,
           ["product", "collection", "profile", "website.search", "search"].contains(type)
            || Double(listCharacters) > 0.6 * Double(keptCharacters)
            || (keptBlocks >= 10 && keptBlockCharacters / keptBlocks < 60)
        {
            doubts.append(.notArticle)
        }

        // More kept text is more evidence, up to about a long article's worth.
        var c = keptCharacters == 0 ? 0 : 0.35 + 0.65 * min(1, log1p(Double(keptCharacters)) / log1p(3000))
        for doubt in doubts {
            switch doubt {
            case .emptyPage: c = 0
            case .javascriptShell: c *= 0.2
            case .consentWall: c *= 0.3
            case .paywallStub: c *= 0.5
            case .tooShort: c *= 0.6
            case .notArticle: c *= 0.7
            }
        }
        confidence = (max(0, min(1, c)) * 100).rounded() / 100
        self.doubts = doubts
    }
}

extension Extraction {
    /// How sure the extraction is that ``text`` is the page's main content, from 0 to 1.
    public var confidence: Double { estimate.confidence }
    /// Why the extraction may be wrong or the page may hold no article; empty when nothing
    /// looks doubtful.
    public var doubts: [Doubt] { estimate.doubts }

    var estimate: ConfidenceEstimate {
        ConfidenceEstimate(document: document, blocks: blocks, keep: selection.keep, metadata: metadata)
    }
}
