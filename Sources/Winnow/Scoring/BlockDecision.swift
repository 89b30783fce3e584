/// Why one block of the page was kept or dropped: what `winnow explain` shows.
public struct BlockDecision: Sendable, Codable, Equatable {
    /// Position among the page's blocks, in document order.
    public var index: Int
    public var kept: Bool
    /// The block's class on its own features (before its neighbours were consulted).
    public var blockClass: BlockClass
    /// The rule or score that decided, in words ("family: navigation", "link density 80%").
    public var reason: String
    /// The boilerplate family, when a family rule decided.
    public var family: BoilerplateFamily?
    public var kind: Block.Kind
    /// The element path from the root, such as `body > div.main > p`.
    public var path: String
    public var text: String
    public var characters: Int
    public var words: Int
    public var linkDensity: Double
    public var stopWordDensity: Double
    /// Whether the block lies inside the chosen main container.
    public var inMainContainer: Bool
}

extension Extraction {
    /// Every block of the page in document order, with its decision.
    public var decisions: [BlockDecision] {
        let containerStart = Int32(selection.container)
        let containerEnd = document.nodes[selection.container].end
        let renderer = TextRenderer(document: document, blocks: blocks, removed: removed)
        return blocks.enumerated().map { i, block in
            let verdict = selection.verdicts[i]
            return BlockDecision(
                index: i, kept: selection.keep[i], blockClass: verdict.blockClass, reason: verdict.reason.description,
                family: verdict.family, kind: block.kind, path: document.path(to: Int(block.owner)),
                text: String(decoding: renderer.blockText(block), as: UTF8.self),
                characters: Int(block.characters), words: Int(block.words),
                linkDensity: block.linkDensity, stopWordDensity: block.stopWordDensity,
                inMainContainer: block.firstNode > containerStart && block.firstNode < containerEnd)
        }
    }
}

extension Document {
    /// A readable element path such as `body > div#main.post > p`.
    public func path(to index: Int) -> String {
        var parts: [String] = []
        var i = index
        while i >= 0, nodes[i].tag != .html {
            var part = nodes[i].tag == .other ? "*" : nodes[i].tag.name
            if let id = attribute(.id, of: i), !id.isEmpty { part += "#" + id }
            if let c = attribute(.class, of: i) {
                let first = c.split(separator: " ").prefix(2).joined(separator: ".")
                if !first.isEmpty { part += "." + first }
            }
            parts.append(part)
            i = Int(nodes[i].parent)
        }
        return parts.reversed().joined(separator: " > ")
    }
}
