import Foundation
import Testing
@testable import Winnow

/// The node-marking pass's cheaper readings give what the code they stand in for gives.
@Suite("NodeMarks fast paths")
struct NodeMarksFastPathTests {
    @Test("A heading anchor found without copies agrees with the plain reading")
    func headingAnchorAgreesWithReference() throws {
        let idPieces = ["night", "Night", "trains", "-", "_", "2024", "é", "comments", "related", "posts", "toc",
                        "", "x", "--", "¶", "a1", "NIGHT-TRAINS"]
        let textPieces = ["Night", "trains", " ", "2024", "é", "¶", "#", "Comments", "related posts", "x", "!",
                          "\u{2009}", "TOC", "ünd", "  \n", "a1"]
        var draws = MetadataFastPathTests.Draws(seed: 11)
        func pick(_ list: [String], _ most: Int) -> String {
            var s = ""
            for _ in 0 ... draws.next(most) { s += list[draws.next(list.count)] }
            return s
        }
        var asked = 0, anchors = 0
        for _ in 0 ..< 1500 {
            let id = pick(idPieces, 4)
            let heading = ["h2", "h3"][draws.next(2)]
            let title: String
            switch draws.next(3) {
            case 0: title = pick(textPieces, 4)
            // The id's own words, with or without a sign after them.
            case 1: title = id.replacingOccurrences(of: "-", with: " ") + ["", "¶", "#", " ¶¶", "¶¶¶¶", "x"][draws.next(6)]
            default: title = "<span>\(pick(textPieces, 2))</span>\(pick(textPieces, 2))"
            }
            let before = ["", " ", "<span></span>", "Lead text", "<div> </div>"][draws.next(5)]
            let html: String
            switch draws.next(3) {
            case 0: html = "<section id=\"\(id)\">\(before)<\(heading)>\(title)</\(heading)><p>Body.</p></section>"
            case 1: html = "<\(heading) id=\"\(id)\">\(title)</\(heading)><p>Body.</p>"
            default: html = "<div id=\"\(id)\">\(before)<p>\(title)</p></div>"
            }
            let document = try HTMLParser.parse("<html><body>\(html)</body></html>")
            for i in 0 ..< document.count {
                guard let value = document.attributeBytes(.id, of: i) else { continue }
                let fast = NodeMarks.isHeadingAnchor(document, i, id: value)
                #expect(fast == ReferenceNodeMarks.isHeadingAnchor(document, i, id: value), "\(html)")
                asked += 1
                if fast { anchors += 1 }
            }
        }
        #expect(asked > 1000)
        #expect(anchors > 100)
    }

    @Test("Class words split with runs of lower-case letters passed over agree with the byte-by-byte split")
    func classWordSplitAgreesWithReference() {
        let pieces = ["nav", "Menu", "item", "-", "_", "__", "__adKqa", "__x9Y2b", "2", "07", "jXK9ad", "[var(--a)]", "[", "]",
                      " ", "é", "東", "camelCase", "HTMLBox", "a", "Z", "ad1", "top-[rgba(0,0,0)]", ".", "__ab", "x_"]
        var draws = MetadataFastPathTests.Draws(seed: 13)
        var words = 0
        for _ in 0 ..< 5000 {
            var value = ""
            for _ in 0 ... draws.next(8) { value += pieces[draws.next(pieces.count)] }
            let bytes = Array(value.utf8)
            // A slice that does not start at zero, as the page's attribute buffer gives.
            let padded = [UInt8](repeating: 0x20, count: 3) + bytes
            let slice = padded[3...]
            var fast: [Int] = [], slow: [Int] = []
            AttributeRules.splitWords(slice, into: &fast)
            ReferenceAttributeRules.splitWords(slice, into: &slow)
            #expect(fast == slow, "\(value)")
            words += fast.count / 2
        }
        #expect(words > 5000)
    }
}

/// The heading-anchor test before it compared letters as they come (kept verbatim as the
/// reference).
enum ReferenceNodeMarks {
    /// ``NodeMarks/isHeadingAnchor(_:_:id:)`` as first written: the id's and the heading's
    /// letters copied, then compared.
    static func isHeadingAnchor(_ document: Document, _ element: Int, id: ArraySlice<UInt8>) -> Bool {
        func isAlphanumeric(_ b: UInt8) -> Bool { b &- 0x30 < 10 || (b | 0x20) &- 0x61 < 26 || b >= 0x80 }
        func folded(_ b: UInt8) -> UInt8 { b &- 0x41 < 26 ? b | 0x20 : b }
        let idLetters = id.filter(isAlphanumeric).map(folded)
        guard !idLetters.isEmpty else { return false }
        // A title, not a label: three words or more, or one word that is no family's name
        // (`commentary`). A two-word id (`related-posts`, `shameless-cta`) is a widget's name
        // even when its heading repeats it.
        var words = 0
        var previous = false
        for b in id {
            let letter = isAlphanumeric(b)
            if letter, !previous { words += 1 }
            previous = letter
        }
        // A heading's own id is its anchor, whatever its words.
        let isHeading = document.nodes[element].tag.isHeading
        if !isHeading, words == 1, AttributeRules.exactWords[String(decoding: idLetters, as: UTF8.self)] != nil { return false }
        if !isHeading, words == 2 { return false }
        // The first heading, before any other text.
        let end = Int(document.nodes[element].end)
        var i = isHeading ? element : element + 1
        while i < end, i > element {
            let node = document.nodes[i]
            if node.tag.isHeading { break }
            if node.tag == .text, !document.textBytes(of: i).allSatisfy(\.isASCIIWhitespace) { return false }
            i += 1
        }
        guard i < end else { return false }
        var title: [UInt8] = []
        for n in i + 1 ..< Int(document.nodes[i].end) where document.nodes[n].tag == .text {
            for b in document.textBytes(of: n) where isAlphanumeric(b) { title.append(folded(b)) }
            if title.count > idLetters.count + 8 { return false }
        }
        // A permalink's sign after the title ("¶", "#") is no part of the name.
        return title.starts(with: idLetters) && title.count - idLetters.count <= 3
            && title.dropFirst(idLetters.count).allSatisfy { $0 >= 0x80 }
    }
}
