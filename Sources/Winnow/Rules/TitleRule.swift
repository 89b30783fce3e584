/// The page's own title repeated as a heading in the body is metadata, not content: the
/// headline is returned as ``Metadata/title``.
struct TitleRule {
    /// Word hashes of the title and of its parts around the separators sites put between
    /// headline and site name ("Headline | Site", "Site - Headline").
    let hashes: Set<UInt64>

    init(document: Document, titles: [String]) {
        var hashes = Set<UInt64>()
        for title in titles {
            for candidate in TitleRule.candidates(of: title) {
                var block = Block(owner: 0, firstNode: 0, lastNode: 0)
                var scanner = TextScanner(stopWords: [])
                let bytes = Array(candidate.utf8)
                scanner.scan(bytes, bytes.indices, isLink: false, into: &block)
                scanner.finish(&block)
                if block.words >= 2 { hashes.insert(block.textHash) }
            }
        }
        self.hashes = hashes
    }

    static let separators = [" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " / "]
    /// The ASCII ones among ``separators``, as bytes, in the same order.
    private static let asciiSeparators = separators.map { Array($0.utf8) }.filter { $0.allSatisfy { $0 < 0x80 } }

    static func candidates(of title: String) -> [String] {
        var result = [title]
        var ascii = true
        for b in title.utf8 where b >= 0x80 { ascii = false; break }
        if ascii {
            // An ASCII title is split on bytes: its characters are its bytes (CR LF, the one
            // pair that is a single character, holds no separator byte), so the parts are those
            // the searches below give (Foundation's and the standard library's, ~25,000
            // instructions a call); separators with other than ASCII cannot occur in it.
            let bytes = Array(title.utf8)
            for separator in asciiSeparators {
                var start = 0
                var found = false
                while let k = ByteSearch.firstIndex(of: separator, in: bytes[start...]) {
                    result.append(String(decoding: bytes[start ..< k], as: UTF8.self))
                    start = k + separator.count
                    found = true
                }
                if found { result.append(String(decoding: bytes[start...], as: UTF8.self)) }
            }
            return result
        }
        for separator in separators where TitleCleaner.mayContain(title, separator) && title.contains(separator) {
            var rest = Substring(title)
            while let range = rest.firstRange(of: separator) {
                result.append(String(rest[..<range.lowerBound]))
                rest = rest[range.upperBound...]
            }
            result.append(String(rest))
        }
        return result
    }

    /// Whether a block is the page title shown as a heading.
    func matches(_ block: Block) -> Bool {
        block.kind == .heading && hashes.contains(block.textHash)
    }
}
