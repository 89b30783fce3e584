/// What an extraction keeps and how it renders it.
public struct ExtractionOptions: Sendable, Equatable, Codable {
    /// The trade-off between keeping too much and too little.
    public enum Mode: String, Sendable, Codable, CaseIterable {
        /// The default: tuned for F1.
        case balanced
        /// Keep only what is clearly content.
        case precision
        /// Keep anything that may be content.
        case recall
    }

    public var mode: Mode
    /// Return comment sections (apart from the main text).
    public var includeComments: Bool
    /// Render link targets (Markdown, HTML).
    public var includeLinks: Bool
    /// Render images (Markdown, HTML).
    public var includeImages: Bool
    /// Render tables as tables; otherwise their cells become lines of text.
    public var includeTables: Bool
    /// Render emphasis (Markdown, HTML).
    public var includeFormatting: Bool
    /// The page's address, for resolving links and for metadata.
    public var url: String?
    /// Input larger than this many bytes (after decompression) is refused.
    public var maximumBytes: Int

    public init(
        mode: Mode = .balanced, includeComments: Bool = false, includeLinks: Bool = false,
        includeImages: Bool = false, includeTables: Bool = true, includeFormatting: Bool = true,
        url: String? = nil, maximumBytes: Int = HTMLParser.defaultMaximumBytes
    ) {
        self.mode = mode
        self.includeComments = includeComments
        self.includeLinks = includeLinks
        self.includeImages = includeImages
        self.includeTables = includeTables
        self.includeFormatting = includeFormatting
        self.url = url
        self.maximumBytes = maximumBytes
    }
}
