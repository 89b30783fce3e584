// Streamed server renders: hidden `S:` segments moved into their `B:`/`P:` placeholders.
import Testing
@testable import Winnow

@Suite("Streamed server renders")
struct StreamedSegmentTests {
    typealias Support = ExtractionTestSupport

    /// A page whose article body streams in after the frame: the frame holds a placeholder
    /// and a fallback, the body comes as a hidden segment after the footer.
    static func streamedPage(placeholderID: String = "B:0", segmentID: String = "S:0") -> String {
        """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>\(Support.pageTitle)</title></head>
        <body>
        <main><article>
        <h1>\(Support.headline)</h1>
        <p>\(Support.paragraphs[0])</p>
        <!--$?--><template id="\(placeholderID)"></template><div class="spinner">Loading…</div><!--/$-->
        <p class="closing">The keepers' last line comes after the streamed part.</p>
        </article></main>
        <footer>Valley Courier, all rights reserved</footer>
        <div hidden id="\(segmentID)"><p>\(Support.paragraphs[1])</p><p>\(Support.paragraphs[2])</p></div>
        <script>$RC("\(placeholderID)","\(segmentID)")</script>
        </body></html>
        """
    }

    @Test("a hidden segment is read in its placeholder's place")
    func segmentFillsPlaceholder() throws {
        let text = try Extractor().extract(html: Self.streamedPage()).text
        let first = try #require(text.range(of: Support.articleMarkers[0]))
        let second = try #require(text.range(of: Support.articleMarkers[1]))
        let third = try #require(text.range(of: Support.articleMarkers[2]))
        #expect(first.upperBound <= second.lowerBound && second.upperBound <= third.lowerBound)
        // The placed part sits where the placeholder was: before the paragraph that followed it.
        let closing = try #require(text.range(of: "last line comes after"))
        #expect(third.upperBound <= closing.lowerBound)
    }

    @Test("a segment is placed into a P: placeholder too, and the tree stays consistent")
    func segmentFillsCompletedSegmentPlaceholder() throws {
        let document = try HTMLParser.parse(Self.streamedPage(placeholderID: "P:7", segmentID: "S:7"))
        // The hidden wrapper is gone; its paragraphs are children of the article.
        #expect(!document.nodes.indices.contains { document.nodes[$0].tag == .div && document.hasAttribute(.hidden, of: $0) })
        let article = try #require(document.first(.article))
        #expect(document.children(of: article).filter { document.nodes[$0].tag == .p }.count == 4)
        for (i, node) in document.nodes.enumerated() where node.parent >= 0 {
            let parent = document.nodes[Int(node.parent)]
            #expect(Int(node.parent) < i && node.end <= parent.end && Int(node.end) > i)
            #expect(node.depth == parent.depth + 1)
        }
    }

    @Test("a segment without a matching placeholder stays where it was, hidden")
    func unmatchedSegmentStaysInPlace() throws {
        let document = try HTMLParser.parse(Self.streamedPage(placeholderID: "B:1", segmentID: "S:2"))
        let footer = try #require(document.first(.footer))
        let segment = try #require(document.nodes.indices.first { document.nodes[$0].tag == .div && document.hasAttribute(.hidden, of: $0) })
        #expect(segment > footer)
        #expect(document.normalizedText(of: segment).contains(Support.articleMarkers[1]))
        #expect(document.nodes.contains { $0.tag == .template })
    }

    @Test("a segment streamed inside another is placed with it")
    func nestedSegmentsArePlaced() throws {
        let html = """
            <html><body><main><article><h1>Nested</h1><template id="B:0"></template></article></main>
            <div hidden id="S:1"><p>\(Support.paragraphs[2])</p></div>
            <div hidden id="S:0"><p>\(Support.paragraphs[0])</p><template id="P:1"></template><p>\(Support.paragraphs[1])</p></div>
            </body></html>
            """
        let document = try HTMLParser.parse(html)
        let article = try #require(document.first(.article))
        let text = document.normalizedText(of: article)
        let markers = [0, 2, 1].map { Support.articleMarkers[$0] }
        let positions = try markers.map { try #require(text.range(of: $0)).lowerBound }
        #expect(positions == positions.sorted())
    }
}
