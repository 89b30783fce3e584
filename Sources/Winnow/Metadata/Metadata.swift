/// Facts about a page: what it is called, who wrote it, when, where it lives.
public struct Metadata: Sendable, Codable, Equatable {
    enum CodingKeys: String, CodingKey {
        case title, authors, datePublished, dateModified, siteName, language, description, canonicalURL, image
        case tags, categories, license, pageType
    }

    /// The article's own title, without the " | Site name" suffix.
    public var title: String?
    public var authors: [String] = []
    /// ISO 8601 dates (`2024-03-01` or with a time).
    public var datePublished: String?
    public var dateModified: String?
    public var siteName: String?
    /// BCP 47 language tag.
    public var language: String?
    public var description: String?
    public var canonicalURL: String?
    /// The main image's URL.
    public var image: String?
    public var tags: [String] = []
    public var categories: [String] = []
    public var license: String?
    /// The kind of page (`article`, `product`, …) as the page declares it.
    public var pageType: String?

    /// Every title the page gives itself (`<title>`, `og:title`, JSON-LD headline), for
    /// recognising the headline when it repeats in the body.
    var titleCandidates: [String] = []

    public init() {}

    /// The page's date: when it was published, else when it was last modified (a page that
    /// gives only the date of its last change is dated by it).
    public var date: String? { datePublished ?? dateModified }

    /// The authors joined for display.
    public var author: String? { authors.isEmpty ? nil : authors.joined(separator: ", ") }
}
