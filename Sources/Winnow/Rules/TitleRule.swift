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

    static func candidates(of title: String) -> [String] {
        var result = [title]
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
