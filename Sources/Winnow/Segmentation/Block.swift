/// A paragraph-level unit of text: the inline content between two block-level boundaries,
/// with the features the scorer reads.
public struct Block: Sendable {
    /// What kind of element holds the block's text.
    public enum Kind: UInt8, Sendable, Codable {
        case paragraph, heading, listItem, tableCell, preformatted, quote, caption, other
    }

    /// The nearest block-level element around the text.
    public internal(set) var owner: Int32
    /// First and last text node of the block (inclusive).
    public internal(set) var firstNode: Int32
    public internal(set) var lastNode: Int32
    public internal(set) var kind: Kind = .other
    /// Characters other than whitespace; an ideograph counts as two, since it carries about
    /// as much as two letters of an alphabetic script.
    public internal(set) var characters: Int32 = 0
    public internal(set) var words: Int32 = 0
    /// Characters inside links.
    public internal(set) var linkCharacters: Int32 = 0
    /// Words found in the page language's function-word list.
    public internal(set) var stopWords: Int32 = 0
    /// Sentence-ending marks (`.`, `!`, `?`, `。`…).
    public internal(set) var sentenceMarks: Int32 = 0
    public internal(set) var commas: Int32 = 0
    /// Digits, to recognise dates, counters and prices.
    public internal(set) var digits: Int32 = 0
    /// Hash of the lower-cased words, for finding repeated blocks.
    public internal(set) var textHash: UInt64 = WordHash.seed
    /// The first bytes of the normalised, lower-cased text, for the text rules, held in the
    /// block itself: a block is copied without a reference count, and no `String` is built
    /// for each block (the text rules read the bytes).
    var prefixBytes = PrefixBytes()
    /// The first bytes of the normalised, lower-cased text, for the text rules.
    public var prefix: String { prefixBytes.withBytes { String(decoding: $0, as: UTF8.self) } }
    /// Heading level 1–6 when ``kind`` is ``Kind/heading``.
    public internal(set) var headingLevel: UInt8 = 0
    /// The boilerplate family of the block's nearest marked ancestor.
    public internal(set) var family: BoilerplateFamily?
    /// Nesting depth of the owner element.
    public internal(set) var depth: UInt16 = 0
    /// Whether the block sits in a table, a list, or a `<pre>`.
    public internal(set) var inTable = false
    public internal(set) var inList = false
    /// Whether the block sits in a table with header cells (`<th>`): a table of data rather
    /// than of layout.
    public internal(set) var inDataTable = false
    /// Whether the block is the page's title repeated as a heading.
    public internal(set) var isPageTitle = false

    /// Share of the characters that are link text.
    public var linkDensity: Double { characters > 0 ? Double(linkCharacters) / Double(characters) : 0 }
    /// Share of the words that are function words.
    public var stopWordDensity: Double { words > 0 ? Double(stopWords) / Double(words) : 0 }
}

/// Up to ``capacity`` bytes of a block's opening, stored inline (see ``Block/prefix``).
struct PrefixBytes: Sendable {
    /// Room for ``TextScanner/prefixLength`` bytes and a replacement character's growth.
    static let capacity = 128
    private var storage: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64,
                          UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) =
        (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    /// How many bytes are stored.
    private(set) var count: UInt8 = 0

    init() {}

    /// The first ``capacity`` bytes of `bytes`.
    init(_ bytes: [UInt8]) {
        let n = min(bytes.count, Self.capacity)
        bytes.withUnsafeBytes { source in
            withUnsafeMutableBytes(of: &storage) { $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: source[..<n])) }
        }
        count = UInt8(n)
    }

    /// The first ``capacity`` bytes of `bytes` (the scanner's prefix buffer, with no array).
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        let n = min(bytes.count, Self.capacity)
        if n > 0 {
            withUnsafeMutableBytes(of: &storage) { $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(bytes)[..<n])) }
        }
        count = UInt8(n)
    }

    /// Calls `body` with the stored bytes.
    @inline(__always)
    func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try withUnsafeBytes(of: storage) { raw in
            try body(UnsafeBufferPointer(start: raw.baseAddress!.assumingMemoryBound(to: UInt8.self), count: Int(count)))
        }
    }

    /// The stored bytes as an array.
    var array: [UInt8] { withBytes { Array($0) } }
}
