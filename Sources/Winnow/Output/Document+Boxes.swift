/// Boxes that meet: inline elements side by side with no space between them in the markup
/// (`<span>Weight</span><span>2 kg</span>`, a filter's name and its count, tag links one after
/// another). The page's style sets them apart (flex items, a grid's cells); read as one run of
/// text, the last word of one and the first of the next would be glued into a word that is in
/// neither.
enum BoxMeeting {
    /// No boxes meet here.
    case none
    /// Two boxes alike (one tag, one class): a word processor or a highlighter splits one
    /// word into such runs, so a space goes in only where the second starts a word by its
    /// case (see ``UInt8/startsWordAfterBox(_:)``).
    case alike
    /// Two boxes that differ (a name's class and its value's, two links to two pages): a
    /// space goes in between any two letters or digits, but before a letter after a digit
    /// (`1` `st`, `5` `kg`).
    case distinct

    /// Whether a space goes between `last`, the byte that ended the first box's text, and
    /// `next`, the byte that starts the second's.
    func separates(_ last: UInt8, _ next: UInt8) -> Bool {
        switch self {
        case .none: return false
        case .alike: return last.startsWordAfterBox(next)
        case .distinct: return last.isASCIIAlphanumeric && next.isASCIIAlphanumeric && !(last.isASCIIDigit && !next.isASCIIDigit)
        }
    }
}

extension Document {
    /// How element `i` meets the sibling box right before it, with no text between them
    /// (inside the range that starts at `first`); both must hold at least two characters of
    /// text: a word drawn one letter a box is still one word.
    func boxMeeting(at i: Int, from first: Int) -> BoxMeeting {
        guard Self.isBox(nodes[i].tag) else { return .none }
        let parent = nodes[i].parent
        var p = i - 1
        while p >= first, nodes[p].parent != parent { p = Int(nodes[p].parent) }
        guard p >= first, Self.isBox(nodes[p].tag), visibleBytes(under: p) >= 2, visibleBytes(under: i) >= 2 else {
            return .none
        }
        if nodes[p].tag == .a && nodes[i].tag == .a { return .distinct }
        let classes = (attributeBytes(.class, of: p), attributeBytes(.class, of: i))
        let sameClass = classes.0 == nil ? classes.1 == nil : classes.1.map { classes.0!.elementsEqual($0) } ?? false
        return nodes[p].tag == nodes[i].tag && sameClass ? .alike : .distinct
    }

    /// Inline elements that hold a value of their own (a label, a value, a linked name), as
    /// opposed to emphasis, which may fall inside a word (`<b>un</b>like`, a footnote's `<sup>`).
    static func isBox(_ tag: Tag) -> Bool {
        switch tag {
        case .span, .a, .label, .other, .time, .data: return true
        default: return false
        }
    }

    /// Bytes of text other than whitespace under an element, counted up to two.
    private func visibleBytes(under element: Int) -> Int {
        var n = 0
        for k in element + 1 ..< Int(nodes[element].end) where nodes[k].tag == .text {
            for byte in textBytes(of: k) where !byte.isASCIIWhitespace {
                n += 1
                if n >= 2 { return n }
            }
        }
        return n
    }
}

extension UInt8 {
    /// Whether, where two alike boxes meet, this byte ending the first and `next` starting the
    /// second are two words: a capital after a letter or digit (`Weight` `Cotton`, `in stock`
    /// `Get it`) or a digit after a letter or digit (a filter's name and its count, a year and
    /// a running time). A lower-case letter goes on a word (a word processor's runs, `child`
    /// `ren`; a drop cap, `C` `orn`), and a letter after a digit is its suffix (`1` `st`).
    func startsWordAfterBox(_ next: UInt8) -> Bool {
        guard isASCIIAlphanumeric else { return false }
        return (next >= 0x41 && next <= 0x5A) || next.isASCIIDigit
    }
}
