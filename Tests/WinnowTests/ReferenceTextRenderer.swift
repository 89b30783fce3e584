@testable import Winnow

// The text renderer as it was before it wrote each block straight into the page's output: the
// reference `TextRendererFastPathTests` compares the renderer with.
/// Renders chosen blocks as plain text: blocks apart by a blank line, list items and table
/// rows one a line, `<pre>` whitespace kept, everything else collapsed.
struct ReferenceTextRenderer {
    let document: Document
    let blocks: [Block]
    /// Nodes never rendered (see ``Extraction/removed``), indexed by node.
    let removed: [Bool]

    func render(_ chosen: [Int]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(chosen.count * 200)
        var previous: Int? = nil
        for b in chosen {
            let block = blocks[b]
            var line = blockText(block)
            if line.isEmpty { continue }
            if let p = previous {
                out.append(contentsOf: separator(blocks[p], block))
            }
            if block.kind == .listItem { line.insert(contentsOf: "- ".utf8, at: 0) }
            out.append(contentsOf: line)
            previous = b
        }
        if !out.isEmpty { out.append(0x0A) }
        return String(decoding: out, as: UTF8.self)
    }

    /// What goes between two consecutive blocks.
    private func separator(_ a: Block, _ b: Block) -> [UInt8] {
        if a.kind == .tableCell, b.kind == .tableCell {
            let rowA = row(of: Int(a.owner)), rowB = row(of: Int(b.owner))
            if rowA == rowB, rowA >= 0 {
                return a.owner == b.owner ? [0x20] : Array(" | ".utf8)
            }
            return [0x0A]
        }
        if a.kind == .listItem, b.kind == .listItem { return [0x0A] }
        return [0x0A, 0x0A]
    }

    private func row(of cell: Int) -> Int {
        var i = cell
        while i >= 0 {
            if document.nodes[i].tag == .tr { return i }
            i = Int(document.nodes[i].parent)
        }
        return -1
    }

    /// The block's text: whitespace collapsed (kept in `<pre>`), `<br>` as a line break.
    func blockText(_ block: Block) -> [UInt8] {
        var out: [UInt8] = []
        let verbatim = block.kind == .preformatted
        var pendingSpace = false
        // Where two boxes met (see `BoxMeeting`), till the next text.
        var meeting = BoxMeeting.none
        let first = Int(block.firstNode)
        var i = first
        let last = Int(block.lastNode)
        while i <= last {
            let node = document.nodes[i]
            // Hidden inline text between the block's first and last text nodes is no part of
            // it (the segmentation skipped it too).
            if removed[i] {
                i = Int(node.end)
                continue
            }
            // (A box before the block's first text node starts inside the block's owner.)
            if node.tag != .text, !verbatim, i > first {
                let met = document.boxMeeting(at: i, from: Int(block.owner) + 1)
                if met != .none { meeting = met }
            }
            if node.tag == .text {
                // The node's bytes read in place in the document's text buffer (a slice per
                // text node cost a retain and a release).
                let bytes = document.text
                var j = Int(node.start)
                let end = j + Int(node.count)
                if verbatim {
                    out.append(contentsOf: bytes[j ..< end])
                } else {
                    // Runs are copied whole, one space before each: a run goes on over single
                    // spaces between words (they are already the one space the collapse would
                    // write, and the word before them is no line break), so most of a
                    // paragraph's node is one copy rather than one per word.
                    while j < end {
                        if bytes[j].isASCIIWhitespace { pendingSpace = true; j += 1; continue }
                        var k = j + 1
                        while k < end {
                            let c = bytes[k]
                            if !c.isASCIIWhitespace { k += 1; continue }
                            if c == 0x20, k + 1 < end, !bytes[k + 1].isASCIIWhitespace { k += 2; continue }
                            break
                        }
                        if let lastByte = out.last, meeting.separates(lastByte, bytes[j]) {
                            pendingSpace = true
                        }
                        if pendingSpace, let lastByte = out.last, lastByte != 0x0A { out.append(0x20) }
                        pendingSpace = false
                        meeting = .none
                        out.append(contentsOf: bytes[j ..< k])
                        j = k
                    }
                }
            } else if node.tag == .br {
                if !verbatim, !out.isEmpty { out.append(0x0A) }
                pendingSpace = false
            } else if node.tag.isNeverContent {
                i = Int(node.end)
                continue
            } else if verbatim, node.tag.isBlock, let lastByte = out.last, lastByte != 0x0A {
                // Highlighters put each line of code in a block element of its own.
                out.append(0x0A)
            }
            i += 1
        }
        if verbatim {
            while let l = out.last, l == 0x0A || l == 0x20 || l == 0x0D { out.removeLast() }
            while let f = out.first, f == 0x0A || f == 0x0D { out.removeFirst() }
        } else {
            while out.last == 0x0A { out.removeLast() }
        }
        return out
    }
}
