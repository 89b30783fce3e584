import Foundation
import Testing
@testable import Winnow

/// Hidden text inside a kept block (a `display:none` old price, a screen reader's label in the
/// middle of a line) is never content: a block runs from its first to its last visible text
/// node, and every renderer skips the hidden subtrees between them, as the segmentation does
/// when it counts the block's words.
@Suite("Hidden text inside kept blocks")
struct HiddenInlineTextTests {
    /// Words that are only in the page's hidden elements.
    static let hiddenWords = ["old", "twenty", "product", "review", "secret", "ornament", "in stock"]

    static func extraction() throws -> Extraction {
        try RenderingTestSupport.keepingEverything(RenderingSamplePages.hiddenInline)
    }

    @Test("Plain text skips hidden inline text between visible words")
    func plainText() throws {
        let text = try Self.extraction().text
        #expect(text == """
        Desk lamp

        Price fifteen euros per lamp.

        Read more below.

        - Brass base

        Part | Stock
        Shade green | 4

        """)
    }

    @Test("Markdown skips hidden inline text, in paragraphs, list items and table cells")
    func markdown() throws {
        let markdown = try Self.extraction().rendered(as: .markdown)
        #expect(markdown == """
        ## Desk lamp

        Price fifteen euros per lamp.

        Read more below.

        - Brass base

        | Part | Stock |
        | --- | --- |
        | Shade green | 4 |

        """)
    }

    @Test("HTML skips hidden inline text, with the emphasis it held")
    func html() throws {
        let html = try Self.extraction().rendered(as: .html)
        #expect(html.contains("<h2>Desk lamp</h2>"))
        #expect(html.contains("<p>Price fifteen euros per lamp.</p>"))
        #expect(html.contains("<p>Read more below.</p>"))
        #expect(!html.contains("<em>"))
        #expect(html.contains("<li>Brass base</li>"))
        #expect(html.contains("<td>Shade green</td>"))
        for word in Self.hiddenWords { #expect(!html.contains(word), "\(word) leaked") }
    }

    @Test("JSON's text, content and block texts skip hidden inline text")
    func json() throws {
        let e = try Self.extraction()
        let data = Data(e.rendered(as: .json, includeBlocks: true).utf8)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let text = try #require(object["text"] as? String)
        let content = try #require(object["content"] as? String)
        let blocks = try #require(object["blocks"] as? [[String: Any]])
        let blockTexts = blocks.compactMap { $0["text"] as? String }
        #expect(blockTexts.contains("Price fifteen euros per lamp."))
        for word in Self.hiddenWords {
            #expect(!text.contains(word) && !content.contains(word), "\(word) leaked")
            #expect(!blockTexts.contains { $0.contains(word) }, "\(word) leaked into a block's text")
        }
    }

    @Test("Text, Markdown, HTML and JSON give the same words")
    func formatsAgree() throws {
        let e = try Self.extraction()
        let words = RenderingTestSupport.words(e.text)
        let html = e.rendered(as: .html).replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression)
        #expect(RenderingTestSupport.words(e.rendered(as: .markdown)) == words)
        #expect(RenderingTestSupport.words(html) == words)
        #expect(words.contains("fifteen") && !words.contains("twenty"))
    }

    @Test("The extractor's own pages skip hidden inline text in the middle of a kept paragraph")
    func extractor() throws {
        let page = ExtractionTestSupport.page(
            middle: "<p>Tickets cost <span style=\"display:none\">nine pounds</span> five pounds at the door, "
                + "and <span class=\"sr-only\">opens a new window</span> children under twelve go in free with "
                + "a grown-up, as they have every summer since the trust first opened the locks to visitors.</p>")
        let e = try Extractor().extract(html: page)
        #expect(e.text.contains("Tickets cost five pounds at the door, and children under twelve go in free"))
        #expect(!e.text.contains("nine pounds") && !e.text.contains("new window"))
        #expect(!e.rendered(as: .markdown).contains("nine pounds"))
    }
}

@Suite("Hiding styles read in place")
struct StyleHidesTests {
    /// The reading the in-place match replaced: a folded copy without spaces, tabs and line
    /// feeds, searched for the two declarations.
    private func reference(_ style: [UInt8]) -> Bool {
        var compact: [UInt8] = []
        for b in style where b != 0x20 && b != 0x09 && b != 0x0A { compact.append(b | (b >= 0x41 && b <= 0x5A ? 0x20 : 0)) }
        return ByteSearch.contains(compact[...], Array("display:none".utf8)) || ByteSearch.contains(compact[...], Array("visibility:hidden".utf8))
    }

    @Test("the in-place match agrees with the folded copy on generated styles")
    func agrees() {
        var generator = SeededGenerator(seed: 99)
        let pieces = ["display", "DISPLAY", "dis play", "d", ":", " : ", "none", "NoNe", "n\tone", "visibility", "visi\nbility",
                      "hidden", "HIDDEN", ";", " ", "\r", "block", "v", "color:red", "displaynone", "display :none", "Visibility: Hidden"]
        var hidden = 0
        for _ in 0 ..< 6000 {
            let style = (0 ..< Int.random(in: 0 ... 6, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            // Inside a larger buffer, as the attribute bytes are.
            let bytes = Array(("x=" + style + ";y").utf8)
            let range = 2 ..< bytes.count - 2
            let expected = reference(Array(bytes[range]))
            #expect(Visibility.styleHides(bytes, range) == expected, "\(style)")
            if expected { hidden += 1 }
        }
        #expect(hidden > 300)
    }
}
