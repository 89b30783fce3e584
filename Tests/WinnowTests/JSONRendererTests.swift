import Foundation
import Testing
@testable import Winnow

@Suite("JSON rendering")
struct JSONRendererTests {
    static let page = """
    <html lang="en"><head><title>Quiet Streets | Town Paper</title>
    <meta property="og:site_name" content="Town Paper"><meta name="author" content="Lee Park">
    <meta property="article:published_time" content="2024-06-01T08:00:00Z"></head>
    <body><article><h1>Quiet Streets</h1>
    <p>The town closed the market square to cars on Sundays, and the first weekend brought more walkers than anyone had expected to see.</p>
    <p>Shop owners said trade was up, although two cafés asked for more space for their tables on the pavement outside.</p>
    </article></body></html>
    """

    @Test("Every metadata field, the text, a Markdown rendering, encoding, confidence and doubts")
    func fields() throws {
        let e = try Extractor().extract(html: Self.page)
        let data = Data(e.rendered(as: .json).utf8)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        for key in ["title", "authors", "author", "datePublished", "dateModified", "siteName", "language", "description",
                    "canonicalURL", "image", "tags", "categories", "license", "pageType", "text", "content", "contentFormat",
                    "encoding", "confidence", "doubts"] {
            #expect(object[key] != nil, "missing \(key)")
        }
        #expect(object["title"] as? String == "Quiet Streets")
        #expect(object["author"] as? String == "Lee Park")
        #expect(object["datePublished"] as? String == "2024-06-01T08:00:00Z")
        #expect(object["siteName"] as? String == "Town Paper")
        #expect(object["dateModified"] is NSNull)
        #expect(object["text"] as? String == e.text)
        #expect(object["content"] as? String == e.rendered(as: .markdown))
        #expect((object["encoding"] as? [String: Any])?["name"] as? String == "UTF-8")
        let confidence = try #require(object["confidence"] as? Double)
        #expect(confidence >= 0 && confidence <= 1)
        #expect(object["blocks"] == nil)
    }

    @Test("With includeBlocks, every block's decision")
    func blocks() throws {
        let e = try Extractor().extract(html: Self.page)
        let data = Data(e.rendered(as: .json, includeBlocks: true).utf8)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let blocks = try #require(object["blocks"] as? [[String: Any]])
        #expect(blocks.count == e.decisions.count)
        #expect(blocks.first?["kept"] != nil && blocks.first?["reason"] != nil)
        #expect(blocks.allSatisfy { ["good", "short", "bad"].contains($0["class"] as? String ?? "") })
    }
}
