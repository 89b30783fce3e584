extension Document {
    /// ``normalizedText(of:)`` when it has fewer than `limit` Characters, else nil, without
    /// building the text of a long element: the metadata readers ask for the text of a date's
    /// parent, a byline's element or a label only to turn long ones away, and the element is
    /// often a section holding the whole article.
    func normalizedText(of index: Int, ifFewerCharactersThan limit: Int) -> String? {
        if normalizedTextHasASCIIPairs(atLeast: limit, of: index) { return nil }
        let text = normalizedText(of: index)
        return text.hasFewerCharacters(than: limit) ? text : nil
    }

    /// Whether ``normalizedText(of:)`` holds at least `limit` ASCII bytes that an ASCII byte
    /// follows, read as it would be written and stopping at the `limit`th. Such a text has at
    /// least `limit` Characters: two ASCII scalars side by side are two graphemes but for CR
    /// and LF, and the text holds no CR (it is whitespace there); so each such byte ends a
    /// Character of its own. The walk mirrors ``normalizedText(of:)``: whitespace runs become
    /// one space between words, and entering or leaving a block element or a `<br>` separates
    /// words.
    func normalizedTextHasASCIIPairs(atLeast limit: Int, of index: Int) -> Bool {
        var pendingSpace = false
        var emitted = false
        var previousASCII = false
        var pairs = 0
        var blockEnds: [Int32] = []
        let end = Int(nodes[index].end)
        return nodes.withUnsafeBufferPointer { nodes -> Bool in
            text.withUnsafeBufferPointer { text -> Bool in
                for i in index ..< end {
                    while let last = blockEnds.last, last <= Int32(i) {
                        blockEnds.removeLast()
                        pendingSpace = true
                    }
                    let node = nodes[i]
                    if node.tag == .text {
                        let start = Int(node.start)
                        for k in start ..< start + Int(node.count) {
                            let byte = text[k]
                            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C {
                                pendingSpace = true
                                continue
                            }
                            if pendingSpace && emitted {
                                if previousASCII { pairs += 1 }
                                previousASCII = true
                            }
                            pendingSpace = false
                            let ascii = byte < 0x80
                            if ascii && previousASCII && emitted { pairs += 1 }
                            previousASCII = ascii
                            emitted = true
                            if pairs >= limit { return true }
                        }
                    } else if node.tag.isBlock {
                        pendingSpace = true
                        blockEnds.append(node.end)
                    } else if node.tag == .br {
                        pendingSpace = true
                    }
                }
                return false
            }
        }
    }
}
