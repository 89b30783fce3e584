/// Cuts a page into ``Block``s: one walk over the flat tree, closing a block at every
/// block-level boundary and skipping removed subtrees.
struct Segmentation {
    var blocks: [Block] = []
    /// For each node, the block its text belongs to, or -1.
    var blockOfNode: [Int32]
    /// Whether the page's language has a function-word list (then prose must have some).
    let hasStopWords: Bool

    /// A segmentation counting the words of a set (a table built from it).
    init(document: Document, marks: NodeMarks, stopWords: Set<UInt64>) {
        self.init(document: document, marks: marks, stopWords: StopWordTable(Array(stopWords)))
    }

    /// A segmentation counting the words of a language's table (``StopWords/tables``).
    init(document: Document, marks: NodeMarks, stopWords: StopWordTable) {
        let count = document.count
        hasStopWords = !stopWords.isEmpty
        var scanner = TextScanner(stopWords: stopWords)
        // The open block, when `hasCurrent` (one value reused, not an optional copied in and
        // out at every text node).
        var current = Block(owner: 0, firstNode: 0, lastNode: 0)
        var hasCurrent = false
        // Ends of the open block-level elements, innermost last.
        var openBlocks: [(end: Int32, index: Int32)] = []
        var linkEnd: Int32 = -1
        var listEnd: Int32 = -1, tableEnd: Int32 = -1
        // The end of the innermost table with header cells (a table of data, not of layout).
        var dataTableEnd: Int32 = -1
        var preEnd: Int32 = -1, quoteEnd: Int32 = -1, captionEnd: Int32 = -1

        // The open block is closed by `Self.close`, which takes the state as `inout`
        // arguments: a nested function capturing these variables boxed them, and every
        // append to the scanner's prefix went through the box.
        var blocks: [Block] = []
        blocks.reserveCapacity(count / 8)
        var blockOfNode = [Int32](repeating: -1, count: count)

        var i = 0
        while i < count {
            let node = document.nodes[i]
            while let top = openBlocks.last, Int(top.end) <= i {
                openBlocks.removeLast()
                Self.close(&scanner, &current, &hasCurrent, &blocks, &blockOfNode, document)
            }
            if marks.removed[i] {
                i = Int(node.end)
                continue
            }
            let tag = node.tag
            if tag == .text {
                let isLink = Int32(i) < linkEnd
                let owner = openBlocks.last?.index ?? 0
                if !hasCurrent {
                    // Whitespace between blocks starts nothing.
                    if Self.isBlank(node, in: document) { i += 1; continue }
                    scanner.reset()
                    // Written in place: a `Block` is some 200 bytes, and a local block was copied in.
                    current = Block(owner: owner, firstNode: Int32(i), lastNode: Int32(i))
                    let ownerTag = document.nodes[Int(owner)].tag
                    current.depth = document.nodes[Int(owner)].depth
                    current.inList = Int32(i) < listEnd
                    current.inTable = Int32(i) < tableEnd
                    current.inDataTable = Int32(i) < dataTableEnd
                    if ownerTag.isHeading {
                        current.kind = .heading
                        current.headingLevel = ownerTag.rawValue - Tag.h1.rawValue + 1
                    } else if Int32(i) < preEnd { current.kind = .preformatted }
                    else if ownerTag == .li || ownerTag == .dd || ownerTag == .dt { current.kind = .listItem }
                    else if ownerTag == .td || ownerTag == .th { current.kind = .tableCell }
                    else if Int32(i) < captionEnd { current.kind = .caption }
                    else if Int32(i) < quoteEnd { current.kind = .quote }
                    else if ownerTag == .p { current.kind = .paragraph }
                    hasCurrent = true
                }
                current.lastNode = Int32(i)
                scanner.scan(document.text, Int(node.start) ..< Int(node.start + node.count), isLink: isLink, into: &current)
                i += 1
                continue
            }
            // A `<pre>` is one block of code: highlighters that put each line in a `<div>`
            // make lines, not blocks (a line of code means nothing alone).
            let insidePre = Int32(i) < preEnd
            switch tag {
            case .a:
                // A heading's permalink (`<h2><a href="#usage">Usage</a></h2>`) points at the
                // heading itself: it titles this page's section, not another page.
                if !Self.isPermalink(i, document: document, owner: openBlocks.last?.index), node.end > linkEnd { linkEnd = node.end }
            case .ul, .ol, .dl, .menu: if node.end > listEnd { listEnd = node.end }
            case .table:
                if node.end > tableEnd { tableEnd = node.end }
                if node.end > dataTableEnd, Self.hasHeaderCells(i, document: document) { dataTableEnd = node.end }
            case .pre, .listing, .xmp, .plaintext: if node.end > preEnd { preEnd = node.end }
            case .blockquote: if node.end > quoteEnd { quoteEnd = node.end }
            case .figcaption, .caption: if node.end > captionEnd { captionEnd = node.end }
            case .br: if hasCurrent { scanner.breakWord(&current) }
            case .img:
                // An image separates words as a space would.
                if hasCurrent { scanner.breakWord(&current) }
            default: break
            }
            if tag.isBlock, insidePre {
                if hasCurrent { scanner.breakWord(&current) }
            } else if tag.isBlock {
                Self.close(&scanner, &current, &hasCurrent, &blocks, &blockOfNode, document)
                openBlocks.append((node.end, Int32(i)))
            }
            i += 1
        }
        Self.close(&scanner, &current, &hasCurrent, &blocks, &blockOfNode, document)
        self.blocks = blocks
        self.blockOfNode = blockOfNode
    }

    /// Ends the open block, if any: stores it when it has characters and notes its text
    /// nodes' block.
    @inline(__always)
    private static func close(
        _ scanner: inout TextScanner, _ current: inout Block, _ hasCurrent: inout Bool,
        _ blocks: inout [Block], _ blockOfNode: inout [Int32], _ document: Document
    ) {
        guard hasCurrent else { return }
        scanner.finish(&current)
        if current.characters > 0 {
            let index = Int32(blocks.count)
            for n in Int(current.firstNode) ... Int(current.lastNode) where document.nodes[n].tag == .text {
                blockOfNode[n] = index
            }
            blocks.append(current)
        }
        hasCurrent = false
    }

    /// Whether a text node holds only ASCII whitespace (read in place, with no slice). Most
    /// such nodes are the markup's indentation between blocks, whole runs of blanks: after the
    /// first byte they are counted by the shim's vectorised loop (a bounds-checked loop cost
    /// some twelve instructions a byte, a tenth of the segmentation's own work).
    @inline(__always)
    static func isBlank(_ node: Document.Node, in document: Document) -> Bool {
        let count = Int(node.count)
        guard count > 0 else { return true }
        return document.text.withUnsafeBufferPointer { text in
            let start = text.baseAddress! + Int(node.start)
            guard start[0].isASCIIWhitespace else { return false }
            return LibXML2.blankByteCount(start, count) == count
        }
    }

    /// ``isBlank(_:in:)`` as it was, byte by byte: for tests.
    static func isBlankByBytes(_ node: Document.Node, in document: Document) -> Bool {
        for k in Int(node.start) ..< Int(node.start + node.count) where !document.text[k].isASCIIWhitespace { return false }
        return true
    }

    /// Whether a table has header cells of its own (`<th>`, not those of a table inside it):
    /// a table of data. Layout tables, which hold a whole page's boxes, have none.
    private static func hasHeaderCells(_ table: Int, document: Document) -> Bool {
        var i = table + 1
        let end = Int(document.nodes[table].end)
        while i < end {
            let tag = document.nodes[i].tag
            if tag == .th { return true }
            if tag == .table { i = Int(document.nodes[i].end); continue }
            i += 1
        }
        return false
    }

    /// Whether a link is a heading's permalink: inside a heading, to a fragment of this page.
    /// Or a heading's toggle: an in-page or button link around a heading, as an FAQ
    /// accordion wraps each question (`<a href="#"><h3>Can I change plans?</h3></a>`); it
    /// opens the answer below, it leads nowhere.
    private static func isPermalink(_ link: Int, document: Document, owner: Int32?) -> Bool {
        if let owner, document.nodes[Int(owner)].tag.isHeading,
           let href = document.attributeBytes(.href, of: link) {
            return href.first == 0x23  // "#"
        }
        guard TeaserRule.isToggle(document, link) else { return false }
        for i in link + 1 ..< Int(document.nodes[link].end) where document.nodes[i].tag.isHeading { return true }
        return false
    }

    /// Whether a block reads as running text: long enough, free enough of links, and with
    /// some function words when the language has a list (a footer's list of towns or postal
    /// codes is long and link-free, but no prose).
    func isProse(_ block: Block) -> Bool {
        block.characters >= Heuristics.proseBlockCharacters && block.linkDensity < 0.3
            && (!hasStopWords || block.stopWordDensity >= Heuristics.lowestStopWordDensity)
    }

    /// Prose characters under each node: blocks that read as running text (``isProse(_:)``),
    /// summed up the tree. Used to tell layout wrappers from widgets.
    func proseCharacters(document: Document) -> [Int32] {
        var prose = [Int32](repeating: 0, count: document.count)
        // Blocks read in place, nodes through pointers (the walk visits every node).
        for b in blocks.indices where isProse(blocks[b]) {
            prose[Int(blocks[b].owner)] += blocks[b].characters
        }
        document.nodes.withUnsafeBufferPointer { nodes in
            prose.withUnsafeMutableBufferPointer { prose in
                for i in stride(from: nodes.count - 1, through: 1, by: -1) {
                    let parent = Int(nodes[i].parent)
                    if parent >= 0 { prose[parent] += prose[i] }
                }
            }
        }
        return prose
    }

    /// Prose characters before each node in document order (blocks that start before it).
    /// Used to tell a wrapper, which starts before the prose it wraps, from a page footer.
    func proseBefore(document: Document) -> [Int32] {
        var before = [Int32](repeating: 0, count: document.count)
        var running: Int32 = 0
        var next = 0
        before.withUnsafeMutableBufferPointer { before in
            for i in 0 ..< before.count {
                while next < blocks.count, Int(blocks[next].firstNode) < i {
                    if isProse(blocks[next]) { running += blocks[next].characters }
                    next += 1
                }
                before[i] = running
            }
        }
        return before
    }

    /// The first text node of the page's longest prose block (few links, long enough).
    func anchorNode() -> Int? {
        var best: Block? = nil
        for block in blocks where isProse(block) && block.characters >= Heuristics.anchorMinimumCharacters {
            if block.characters > (best?.characters ?? 0) { best = block }
        }
        return best.map { Int($0.firstNode) }
    }

    /// Gives each block the family of its first text node, unless that family comes from a
    /// link and the links so marked hold less than half of the block's text: a paragraph
    /// opening with `<a class="external-popup">` is not a pop-up, while a run of tag links
    /// still names its block.
    mutating func assignFamilies(_ marks: NodeMarks, in document: Document) {
        for b in blocks.indices {
            let first = Int(blocks[b].firstNode), owner = Int(blocks[b].owner)
            var family = marks.family[first]
            if family != marks.family[owner], startsInMarkedLink(first, owner: owner, marks: marks, document) {
                var inside = 0, all = 0
                // (Hidden text between the block's ends is no part of it.)
                for i in first ... Int(blocks[b].lastNode) where document.nodes[i].tag == .text && !marks.removed[i] {
                    var n = 0
                    for byte in document.textBytes(of: i) where byte > 0x20 && (byte & 0xC0) != 0x80 { n += 1 }
                    all += n
                    if marks.family[i] == family { inside += n }
                }
                if 2 * inside < all { family = marks.family[owner] }
            }
            blocks[b].family = family
        }
    }

    /// Whether the element that gives a block's first text its family (the outermost one so
    /// marked below the block's owner) is a link: links carry their own styling classes
    /// (`external-popup`, `share-target`), which name the link, not the text around it.
    private func startsInMarkedLink(_ first: Int, owner: Int, marks: NodeMarks, _ document: Document) -> Bool {
        let family = marks.family[first]
        var marked = first
        var a = Int(document.nodes[first].parent)
        while a > owner, marks.family[a] == family {
            marked = a
            a = Int(document.nodes[a].parent)
        }
        return marked != first && document.nodes[marked].tag == .a
    }
}
