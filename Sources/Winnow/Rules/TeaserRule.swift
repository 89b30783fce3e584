/// Teaser cards: runs of sibling elements built alike (same tag and class), each a short
/// text under a linked title, as in "More stories", "Related", "Latest news" grids.
///
/// On an article page they are the site's furniture, however prose-like their blurbs. On
/// a listing page they are the content; the listing pass lifts the mark (see
/// ``BlockClassifier``).
enum TeaserRule {
    static let cardTags: Set<Tag> = [.div, .article, .li, .section, .other, .aside, .figure]

    private static func hasBlockInside(_ document: Document, _ index: Int) -> Bool {
        for i in index + 1 ..< Int(document.nodes[index].end) where document.nodes[i].tag.isBlock || document.nodes[i].tag.isHeading {
            return true
        }
        return false
    }

    /// Find the cards and mark them ``BoilerplateFamily/teasers`` where no class rule has.
    static func mark(_ document: Document, _ marks: inout NodeMarks) {
        let count = document.count
        // Visible text bytes under each node, and the longest link text under it.
        var text = [Int32](repeating: 0, count: count)
        var longestLink = [Int32](repeating: 0, count: count)
        for i in stride(from: count - 1, through: 0, by: -1) where !marks.removed[i] {
            let node = document.nodes[i]
            if node.tag == .text { text[i] = node.count }
            if node.tag == .a { longestLink[i] = max(longestLink[i], text[i]) }
            let parent = Int(node.parent)
            if parent >= 0 {
                text[parent] += text[i]
                longestLink[parent] = max(longestLink[parent], longestLink[i])
            }
        }
        var groups: [UInt64: [Int]] = [:]
        for parent in 0 ..< count where !marks.removed[parent] && document.nodes[parent].tag != .text {
            let end = Int(document.nodes[parent].end)
            guard end - parent > Heuristics.teaserMinimumRun else { continue }
            groups.removeAll(keepingCapacity: true)
            var child = parent + 1
            while child < end {
                let node = document.nodes[child]
                // Cards are containers; runs of paragraphs or rows are text and tables.
                if Self.cardTags.contains(node.tag), !marks.removed[child], hasBlockInside(document, child) {
                    var signature = UInt64(node.tag.rawValue) &* 0x100_0000_01b3
                    if let c = document.attributeBytes(.class, of: child) { signature ^= WordHash.of(c) }
                    groups[signature, default: []].append(child)
                }
                child = Int(node.end)
            }
            for (_, members) in groups where members.count >= Heuristics.teaserMinimumRun {
                let cards = members.filter {
                    text[$0] > 0 && text[$0] <= Heuristics.teaserMaximumBytes
                        && longestLink[$0] >= Heuristics.teaserMinimumTitleBytes
                }
                guard cards.count >= Heuristics.teaserMinimumRun, cards.count * 5 >= members.count * 3 else { continue }
                // A run that holds much of the page is what the page is for (a listing, a
                // service page of sections), not furniture beside it.
                let runText = cards.reduce(0) { $0 + Int(text[$1]) }
                guard Double(runText) < Heuristics.teaserMaximumPageShare * Double(text[0]) else { continue }
                for card in cards where marks.ownFamily[card] == nil { marks.ownFamily[card] = .teasers }
            }
        }
    }
}
