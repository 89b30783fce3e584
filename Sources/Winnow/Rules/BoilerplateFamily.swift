/// The kinds of site furniture Winnow recognises and drops. Each family's class/id rule
/// lives in ``AttributeRules`` and its text rule, where it has one, in ``TextRules``.
public enum BoilerplateFamily: String, Sendable, Codable, CaseIterable {
    case navigation, breadcrumbs, header, footer, sidebar
    case cookieConsent, newsletter, promo, sponsored, advertisement
    case share, related, comments, authorBio, legal
    case articleMeta, pagination, tableOfContents, tags, form, hidden, repeated
    /// Picture captions and credits (`<figcaption>`, `wp-caption-text`): they describe the
    /// picture, not the story, unless the page is a gallery of them (see ``BlockClassifier``).
    case caption
    /// Customer reviews and ratings on a product's page (see ``ProductRule``): what buyers
    /// say about the product, not what the page says.
    case reviews
    /// Runs of alike cards with a linked title and a blurb (see ``TeaserRule``).
    case teasers
}

extension BoilerplateFamily {
    /// The family's place in the declaration, for ``FamilySet``'s bits.
    var ordinal: Int {
        switch self {
        case .navigation: return 0
        case .breadcrumbs: return 1
        case .header: return 2
        case .footer: return 3
        case .sidebar: return 4
        case .cookieConsent: return 5
        case .newsletter: return 6
        case .promo: return 7
        case .sponsored: return 8
        case .advertisement: return 9
        case .share: return 10
        case .related: return 11
        case .comments: return 12
        case .authorBio: return 13
        case .legal: return 14
        case .articleMeta: return 15
        case .pagination: return 16
        case .tableOfContents: return 17
        case .tags: return 18
        case .form: return 19
        case .hidden: return 20
        case .repeated: return 21
        case .caption: return 22
        case .reviews: return 23
        case .teasers: return 24
        }
    }
}

/// A set of families as bits. The rules ask "is this family one of these?" for many nodes
/// of every page; a `Set<BoilerplateFamily>` hashed the family's raw-value string each time
/// (some 350 instructions a question).
struct FamilySet: ExpressibleByArrayLiteral, Sendable {
    private let bits: UInt32

    init(arrayLiteral families: BoilerplateFamily...) {
        self.init(families)
    }

    init(_ families: [BoilerplateFamily]) {
        bits = families.reduce(0) { $0 | 1 << UInt32($1.ordinal) }
    }

    @inline(__always)
    func contains(_ family: BoilerplateFamily) -> Bool { bits & 1 << UInt32(family.ordinal) != 0 }
}
