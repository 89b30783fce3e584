/// Renders chosen blocks as plain text: blocks apart by a blank line, list items and table
/// rows one a line, `<pre>` whitespace kept, everything else collapsed.
struct TextRenderer {
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
            // The separator and a list item's dash are written first and taken back when the
            // block has no text: each block is written straight into the output (a block's
            // own array, copied in, cost an allocation and a copy per block).
            let start = out.count
            if let p = previous { appendSeparator(blocks[p], block, to: &out) }
            if block.kind == .listItem { out.append(0x2D); out.append(0x20) }
            let textStart = out.count
            appendText(of: block, to: &out)
            if out.count == textStart {
                out.removeSubrange(start...)
                continue
            }
            previous = b
        }
        if !out.isEmpty { out.append(0x0A) }
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends what goes between two consecutive blocks: a space or " | " between cells of a
    /// row, a line break between rows and between list items, a blank line otherwise.
    private func appendSeparator(_ a: Block, _ b: Block, to out: inout [UInt8]) {
        if a.kind == .tableCell, b.kind == .tableCell {
            let rowA = row(of: Int(a.owner)), rowB = row(of: Int(b.owner))
            if rowA == rowB, rowA >= 0 {
                if a.owner == b.owner { out.append(0x20) } else { out.append(0x20); out.append(0x7C); out.append(0x20) }
                return
            }
            out.append(0x0A)
            return
        }
        out.append(0x0A)
        if a.kind == .listItem, b.kind == .listItem { return }
        out.append(0x0A)
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
        appendText(of: block, to: &out)
        return out
    }

    /// Appends ``blockText(_:)`` to `out`: what was written before is no part of the block
    /// (the block's "last byte" is none while it has written nothing).
    func appendText(of block: Block, to out: inout [UInt8]) {
        let base = out.count
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
                    // (Read through a pointer: the bounds checks and the slice per run were
                    // most of the loop's work; a byte above 0x20 is no whitespace.)
                    bytes.withUnsafeBufferPointer { bytes in
                        while j < end {
                            if bytes[j].isASCIIWhitespace { pendingSpace = true; j += 1; continue }
                            var k = j + 1
                            while k < end {
                                let c = bytes[k]
                                if c > 0x20 || !c.isASCIIWhitespace { k += 1; continue }
                                if c == 0x20, k + 1 < end, !bytes[k + 1].isASCIIWhitespace { k += 2; continue }
                                break
                            }
                            if out.count > base, meeting.separates(out[out.count - 1], bytes[j]) {
                                pendingSpace = true
                            }
                            if pendingSpace, out.count > base, out[out.count - 1] != 0x0A { out.append(0x20) }
                            pendingSpace = false
                            meeting = .none
                            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[j ..< k]))
                            j = k
                        }
                    }
                }
            } else if node.tag == .br {
                if !verbatim, out.count > base { out.append(0x0A) }
                pendingSpace = false
            } else if node.tag.isNeverContent {
                i = Int(node.end)
                continue
            } else if verbatim, node.tag.isBlock, out.count > base, out[out.count - 1] != 0x0A {
                // Highlighters put each line of code in a block element of its own.
                out.append(0x0A)
            }
            i += 1
        }
        if verbatim {
            while out.count > base, case let l = out[out.count - 1], l == 0x0A || l == 0x20 || l == 0x0D { out.removeLast() }
            var first = base
            while first < out.count, out[first] == 0x0A || out[first] == 0x0D { first += 1 }
            if first > base { out.removeSubrange(base ..< first) }
        } else {
            while out.count > base, out[out.count - 1] == 0x0A { out.removeLast() }
        }
    }
}
