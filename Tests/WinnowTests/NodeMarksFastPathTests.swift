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
                #expect(fast == NodeMarks.isHeadingAnchorReference(document, i, id: value), "\(html)")
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
