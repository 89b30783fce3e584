// The pass over the decoded bytes before libxml2: code bodies Winnow never reads are left out,
// everything else reaches the parser as it was.
import Testing
@testable import Winnow

@Suite("Preparing bytes for the parser")
struct PreparationTests {
    /// The raw text under an element that must exist.
    private func body(_ element: Int?, in document: Document) throws -> String {
        document.rawText(of: try #require(element))
    }

    @Test("style bodies and plain script bodies are left out, and the script bytes are counted")
    func codeBodiesAreLeftOut() throws {
        let script = "var x = '<p>not a paragraph</p>'; track();"
        let document = try HTMLParser.parse("""
            <html><head><style>p { color: red }</style><script>\(script)</script></head>
            <body><p>kept text</p></body></html>
            """)
        #expect(try body(document.first(.style), in: document) == "")
        #expect(try body(document.first(.script), in: document) == "")
        #expect(document.removedScriptBytes == script.utf8.count)
        #expect(ParsingTestSupport.allText(document) == "kept text")
        #expect(document.nodes.filter { $0.tag == .p }.count == 1)
    }

    @Test("JSON scripts and scripts holding a publication-date key keep their bodies")
    func dataScriptsAreKept() throws {
        let document = try HTMLParser.parse("""
            <html><head>
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"H"}</script>
            <script>window.state = {"publishedAt":"2024-03-05T10:00:00Z"};</script>
            </head><body><p>text</p></body></html>
            """)
        let scripts = document.nodes.indices.filter { document.nodes[$0].tag == .script }
        #expect(scripts.count == 2)
        #expect(document.rawText(of: scripts[0]).contains("NewsArticle"))
        #expect(document.rawText(of: scripts[1]).contains("publishedAt"))
        #expect(document.removedScriptBytes == 0)
    }

    @Test("every key the script-data reader looks for holds one of the markers the parser keeps")
    func scriptDataKeysHaveMarkers() {
        for key in ScriptDataReader.keys {
            let text = String(decoding: key, as: UTF8.self)
            #expect(ScriptDataReader.bodyMarkers.contains { text.contains($0) }, "\(text) has no body marker")
        }
    }

    @Test("a self-closed script has no body: what follows is parsed as markup")
    func selfClosedScript() throws {
        let document = try HTMLParser.parse("<html><body><script src=\"a.js\" /><p>after the script</p></body></html>")
        #expect(ParsingTestSupport.allText(document) == "after the script")
        #expect(document.first(.p) != nil)
    }

    @Test("a script tag inside a comment or an attribute value is not taken for a script")
    func scriptInCommentOrAttribute() throws {
        let document = try HTMLParser.parse("""
            <html><body><!-- <script> --><p title="<script>">first</p>
            <p>second</p><!-- </script> --></body></html>
            """)
        #expect(ParsingTestSupport.allText(document) == "first second")
        #expect(document.nodes.filter { $0.tag == .p }.count == 2)
    }

    @Test("a script whose end tag never comes keeps the rest of the page as its text, as libxml2 reads it")
    func unclosedScript() throws {
        let document = try HTMLParser.parse("<html><body><p>before</p><script>var a = 1; <p>inside</p>")
        #expect(try body(document.first(.script), in: document).contains("inside"))
        #expect(document.removedScriptBytes == 0)
    }

    @Test("inline SVG bodies and comment texts are left out; what follows them is parsed as before")
    func svgAndCommentBodies() throws {
        let document = try HTMLParser.parse("""
            <html><body><h2><svg viewBox="0 0 8 8"><title>Artboard</title><path d="M0 0L8 8"/></svg>Heading</h2>
            <!-- a long comment with <p>markup</p> in it --><p>after</p></body></html>
            """)
        #expect(ParsingTestSupport.allText(document) == "Heading after")
        let svg = try #require(document.first(.svg))
        #expect(Int(document.nodes[svg].end) == svg + 1)
    }

    @Test("an SVG holding another SVG is left to the parser whole")
    func nestedSVGIsKept() throws {
        let document = try HTMLParser.parse("<html><body><svg><svg><text>inner</text></svg><text>outer</text></svg><p>after</p></body></html>")
        #expect(document.nodes.filter { $0.tag == .svg }.count == 2)
        #expect(ParsingTestSupport.allText(document).contains("outer"))
        #expect(document.first(.p) != nil)
    }

    @Test("soft hyphens are taken out of the text, written as a character or as &shy;")
    func softHyphensAreRemoved() throws {
        let document = try HTMLParser.parse("<html><body><p>Donau\u{00AD}dampf&shy;schiff</p><p>&shy;</p></body></html>")
        #expect(ParsingTestSupport.allText(document) == "Donaudampfschiff")
        #expect(document.nodes.filter { $0.tag == .text }.count == 1)
    }

    @Test("NUL bytes are dropped and malformed UTF-8 becomes U+FFFD in the same pass")
    func nulsAndMalformedBytes() throws {
        var bytes = Array("<html><head><meta charset=\"utf-8\"></head><body><p>a".utf8)
        bytes += [0x00, 0x62, 0xC3, 0x28, 0x63, 0xFF]
        bytes += Array("</p><style>\u{0}x</style></body></html>".utf8)
        let document = try HTMLParser.parse(bytes)
        let text = document.normalizedText(of: try #require(document.first(.p)))
        #expect(text == "ab\u{FFFD}(c\u{FFFD}", "\(Array(text.unicodeScalars))")
    }
}
