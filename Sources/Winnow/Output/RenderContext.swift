/// What every structured renderer needs to know about a kept block: where its inline
/// content starts and ends in the tree, the lists, quotes and table around it, and the
/// language of a code block. Renderers share it so they render the same blocks the same way.
struct RenderContext {
    let document: Document
    let blocks: [Block]
    /// Nodes never rendered (see ``Extraction/removed``), indexed by node.
    let removed: [Bool]
    let options: ExtractionOptions
    let resolver: URLResolver

    init(document: Document, blocks: [Block], removed: [Bool], options: ExtractionOptions, baseHref: String?) {
        self.document = document
        self.blocks = blocks
        self.removed = removed
        self.options = options
        resolver = URLResolver(pageURL: options.url, baseHref: baseHref)
    }

    /// The node range of a block's inline content: from its outermost inline ancestor below
    /// the owner to the end of the last one around its last text node.
    func inlineRange(of block: Block) -> Range<Int> {
        let owner = Int(block.owner)
        var start = Int(block.firstNode)
        while true {
            let parent = Int(document.nodes[start].parent)
            guard parent > owner, !document.nodes[parent].tag.isBlock else { break }
            start = parent
        }
        var end = Int(block.lastNode) + 1
        var i = Int(block.lastNode)
        while true {
            let parent = Int(document.nodes[i].parent)
            guard parent > owner, !document.nodes[parent].tag.isBlock else { break }
            end = max(end, Int(document.nodes[parent].end))
            i = parent
        }
        // Inline siblings after the last text (an image, a `<br>`) up to the next block, past
        // hidden ones (which the renderers skip).
        while end < document.nodes[owner].end, end < document.count,
              removed[end] || (!document.nodes[end].tag.isBlock && document.nodes[end].tag != .text && subtreeHasNoText(end)) {
            end = Int(document.nodes[end].end)
        }
        return start ..< end
    }

    private func subtreeHasNoText(_ i: Int) -> Bool {
        for j in i ..< Int(document.nodes[i].end) where document.nodes[j].tag == .text { return false }
        return true
    }

    /// Ancestors of a node with a given tag, outermost first.
    func ancestors(of node: Int, where match: (Tag) -> Bool) -> [Int] {
        var result: [Int] = []
        var i = Int(document.nodes[node].parent)
        while i >= 0 {
            if match(document.nodes[i].tag) { result.append(i) }
            i = Int(document.nodes[i].parent)
        }
        return result.reversed()
    }

    /// The lists around a block, outermost first.
    func lists(of block: Block) -> [Int] {
        ancestors(of: Int(block.firstNode)) { $0 == .ul || $0 == .ol || $0 == .menu || $0 == .dl }
    }

    /// The `li` (or `dt`/`dd`) holding a block, if any.
    func listItem(of block: Block) -> Int? {
        ancestors(of: Int(block.firstNode)) { $0 == .li || $0 == .dd || $0 == .dt }.last
    }

    /// How many block quotes hold a block.
    func quoteDepth(of block: Block) -> Int {
        ancestors(of: Int(block.firstNode)) { $0 == .blockquote }.count
    }

    /// The innermost table holding a block.
    func table(of block: Block) -> Int? {
        ancestors(of: Int(block.firstNode)) { $0 == .table }.last
    }

    /// A code block's language, from `class="language-x"` or `lang-x` on the `pre` or `code`.
    func codeLanguage(of block: Block) -> String? {
        let pre = ancestors(of: Int(block.firstNode)) { $0 == .pre || $0 == .code }
        for element in pre.reversed() {
            guard let classes = document.attribute(.class, of: element) else { continue }
            for word in classes.split(separator: " ") {
                for prefix in ["language-", "lang-"] where word.hasPrefix(prefix) {
                    let name = word.dropFirst(prefix.count).filter { $0.isLetter || $0.isNumber || "+#-_.".contains($0) }
                    if !name.isEmpty { return String(name) }
                }
            }
        }
        return nil
    }

    /// The 1-based position of a list item among its list's items, counting from `start`.
    func itemNumber(_ item: Int) -> Int {
        let list = Int(document.nodes[item].parent)
        var n = document.attribute(.start, of: list).flatMap { Int($0.trimmingSpaces()) } ?? 1
        for child in document.children(of: list) {
            if child == item { return n }
            if document.nodes[child].tag == .li { n += 1 }
        }
        return n
    }

    /// The rows of a table (its own, not nested tables'), each a list of cells.
    func rows(of table: Int) -> [[Int]] {
        var rows: [[Int]] = []
        var i = table + 1
        let end = Int(document.nodes[table].end)
        while i < end {
            let tag = document.nodes[i].tag
            if tag == .table { i = Int(document.nodes[i].end); continue }
            if tag == .tr {
                rows.append(document.children(of: i).filter { document.nodes[$0].tag == .td || document.nodes[$0].tag == .th })
                // Skip to the row's end, but not past nested tables' rows handled above.
                i += 1
                continue
            }
            i += 1
        }
        return rows.filter { !$0.isEmpty }
    }

    /// The index of the block a node's text belongs to, among `kept`.
    func keptBlocks(in range: Range<Int>, kept: [Int]) -> [Int] {
        kept.filter { range.contains(Int(blocks[$0].firstNode)) }
    }
}
