/// A paragraph under the story that opens with the name of the page's own author and says
/// what they are ("Jane Roe is a staff writer…", "Jane Roe, a reporter for…", "Jane Roe has
/// covered…") is the author's biography, set in a box that often has no telling class name
/// (generated CSS classes, a plain `<div>`): it is about the writer, not part of what they
/// wrote. The author comes from the page's metadata (byline, structured data).
struct AuthorBioRule {
    /// Each author's name (two words or more), lower-cased and spaced as block prefixes are,
    /// followed by each connector.
    let openings: [[UInt8]]

    /// What follows the name in a biography's first sentence (English, German, French,
    /// Spanish, Italian).
    static let connectors = [", ", " is ", " was ", " has ", " joined ", " writes ", " covers ", " ist ", " est ", " es ", " è "]

    init(authors: [String]) {
        var openings: [[UInt8]] = []
        for author in authors where author.split(separator: " ").count >= 2 {
            let name = TextScanner.normalized(Array(author.utf8), limit: TextScanner.prefixLength)
            guard !name.isEmpty else { continue }
            for connector in Self.connectors { openings.append(name + Array(connector.utf8)) }
        }
        self.openings = openings
    }

    var isEmpty: Bool { openings.isEmpty }

    /// Drops from the kept text the blocks that read as the author's biography, among those
    /// after `authorBioStoryShare` of it (a note on the writer at the top is the story's own
    /// introduction).
    func drop(from selection: inout ContentSelector.Selection, blocks: [Block]) {
        guard !isEmpty else { return }
        var keptTotal = 0
        for b in blocks.indices where selection.keep[b] { keptTotal += Int(blocks[b].characters) }
        var keptBefore = 0
        for b in blocks.indices where selection.keep[b] {
            if Double(keptBefore) >= Heuristics.authorBioStoryShare * Double(keptTotal), matches(blocks[b]) {
                selection.keep[b] = false
                selection.verdicts[b] = BlockVerdict(blockClass: .bad, reason: "the author's biography", family: .authorBio)
            }
            keptBefore += Int(blocks[b].characters)
        }
    }

    /// Whether a block reads as the author's biography: a sentence or more, not a heading,
    /// opening with the author's name and a connector.
    func matches(_ block: Block) -> Bool {
        guard block.kind != .heading, block.words >= Heuristics.authorBioMinimumWords else { return false }
        let prefix = block.prefixBytes.array
        return openings.contains { prefix.count >= $0.count && prefix[..<$0.count].elementsEqual($0) }
    }
}
