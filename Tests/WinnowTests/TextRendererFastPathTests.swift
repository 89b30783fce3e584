// The text renderer writing each block straight into the page's output, compared with the
// renderer that built an array per block (`ReferenceTextRenderer`) on generated pages.
import Testing
@testable import Winnow

@Suite("Text renderer fast path")
struct TextRendererFastPathTests {
    @Test("plain text is byte for byte the reference renderer's, on generated pages and block choices")
    func renderAgrees() throws {
        var generator = SeededGenerator(seed: 59)
        let texts = ["Alpha beta", "  gamma  ", "\n", " ", "delta\n\nepsilon", "\t", "é ü", "x", "", "a  b", "\r\n"]
        let opens = ["<p>", "<div>", "<li>", "<ul><li>", "<ol><li>", "<pre>", "<pre>\n", "<h2>", "<td>", "<tr><td>", "<table><tr><td>",
                     "<th>", "<blockquote>", "<span>", "<b>", "<br>", "<img src=x>", "</p>", "</div>", "</li>", "</ul>", "</td>",
                     "</tr>", "</table>", "</pre>", "<div class=x>", "<section>", "<code>", "</code>"]
        var rendered = 0
        for _ in 0 ..< 600 {
            var html = "<html><body>"
            for _ in 0 ..< Int.random(in: 1 ... 25, using: &generator) {
                html += opens.randomElement(using: &generator)! + texts.randomElement(using: &generator)!
            }
            let document = try HTMLParser.parse(html + "</body></html>")
            let marks = NodeMarks(document)
            let segmentation = Segmentation(document: document, marks: marks, stopWords: [])
            let blocks = segmentation.blocks
            let removed = (0 ..< document.count).map { _ in Int.random(in: 0 ..< 12, using: &generator) == 0 }
            let chosen = blocks.indices.filter { _ in Int.random(in: 0 ..< 4, using: &generator) != 0 }
            let fast = TextRenderer(document: document, blocks: blocks, removed: removed)
            let reference = ReferenceTextRenderer(document: document, blocks: blocks, removed: removed)
            let text = fast.render(chosen)
            #expect(text == reference.render(chosen), "\(html)")
            for b in blocks.indices { #expect(fast.blockText(blocks[b]) == reference.blockText(blocks[b])) }
            if !text.isEmpty { rendered += 1 }
        }
        #expect(rendered > 300)
    }
}
