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
        // Other characters that start with the same byte stay, wherever they sit.
        let mixed = try HTMLParser.parse("<html><body><pre>\u{00A9} x\u{00AD}\u{00AD}y\u{00A0}\u{00AD}z\u{00A0}</pre></body></html>")
        #expect(try body(mixed.first(.pre), in: mixed) == "\u{00A9} xy\u{00A0}z\u{00A0}")
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

    @Test("the encoding scan calls bytes clean exactly when they hold no NUL and only well-formed UTF-8")
    func cleanVerdictMatchesStrictDecoding() {
        let pieces: [[UInt8]] = [
            Array("<p>ab".utf8), [0x00], [0xC3, 0xA9], [0xC0, 0xAF], [0xE0, 0x80, 0x80], [0xE0, 0xA0, 0x80],
            [0xED, 0xA0, 0x80], [0xED, 0x9F, 0xBF], [0xF0, 0x80, 0x80, 0x80], [0xF0, 0x90, 0x80, 0x80],
            [0xF4, 0x90, 0x80, 0x80], [0xF4, 0x8F, 0xBF, 0xBF], [0xF5, 0x80, 0x80, 0x80], [0xE2, 0x82], [0x80],
            Array("plain ASCII text!".utf8),
        ]
        var generator = SeededGenerator(seed: 2026_1129)
        var cleanSeen = 0
        for _ in 0 ..< 5000 {
            var bytes: [UInt8] = []
            for _ in 0 ..< Int.random(in: 1 ... 8, using: &generator) { bytes += pieces.randomElement(using: &generator)! }
            let strict = !bytes.contains(0) && String(validating: bytes, as: UTF8.self) != nil
            let verdict = bytes.withUnsafeBufferPointer { LibXML2.scanUTF8($0) }
            #expect(verdict.clean == strict, "\(bytes)")
            if strict { cleanSeen += 1 }
        }
        #expect(cleanSeen > 300, "\(cleanSeen)")
    }

    @Test("overlong forms and surrogates that pass the encoding scan are still repaired before the parse")
    func leniencyOfTheScanDoesNotSkipTheRepair() throws {
        var bytes = Array("<html><body><p>a".utf8)
        bytes += [0xE0, 0x80, 0x80, 0x62, 0xED, 0xA0, 0x80, 0x63, 0xC3, 0xA9]
        bytes += Array("</p></body></html>".utf8)
        let document = try HTMLParser.parse(bytes)
        let text = document.normalizedText(of: try #require(document.first(.p)))
        #expect(text == "a\u{FFFD}\u{FFFD}\u{FFFD}b\u{FFFD}\u{FFFD}\u{FFFD}c\u{E9}", "\(Array(text.unicodeScalars))")
    }

    /// The document built from `bytes` with and without leaving unread attributes out, in a
    /// form that compares every node, text byte and copied attribute.
    private func bothWays(_ bytes: [UInt8]) -> (dropped: String?, kept: String?) {
        func describe(_ drops: Bool) -> String? {
            guard let document = try? bytes.withUnsafeBufferPointer({ try LibXML2.buildDocument(utf8: $0, dropsUnreadAttributes: drops) })
            else { return nil }
            return document.nodes.indices.map { i -> String in
                let node = document.nodes[i]
                let head = "\(node.tag) \(node.depth) \(node.parent) \(node.end)"
                if node.tag == .text { return head + " " + String(decoding: document.textBytes(of: i), as: UTF8.self).debugDescription }
                let attributes = document.attributes[Int(node.start) ..< Int(node.start + node.count)].map {
                    "\($0.name)=" + String(decoding: document.attributeBytes[Int($0.start) ..< Int($0.start + $0.count)], as: UTF8.self).debugDescription
                }
                return head + " [" + attributes.joined(separator: " ") + "]"
            }.joined(separator: "\n")
        }
        return (describe(true), describe(false))
    }

    @Test("attributes Winnow never reads are left out before the parse; the document is the same")
    func unreadAttributesAreLeftOut() throws {
        let page = """
            <html lang=en><body><div data-track='{"a":1}' class="post main" onclick="go(1 > 0)" id=top>
            <a HREF="/x" target=_blank rel="author" data-id=7>Ann</a><img loading=lazy src=a.jpg alt="A > B" sizes="50vw">
            <p data-a data-b=c/>text</p><span aria-hidden=true tabindex=-1 hidden>h</span><br clear=all/>
            <input type=text value="v" name=q><button disabled>b</button><td colspan=2 width=5>c</td></div></body></html>
            """
        let (dropped, kept) = bothWays(Array(page.utf8))
        #expect(dropped != nil)
        #expect(dropped == kept)
        let prepared = String(decoding: try #require(LibXML2.preparedBytes(Array(page.utf8))), as: UTF8.self)
        for unread in ["data-track", "onclick", "target", "data-id", "loading", "sizes", "data-a", "data-b", "tabindex", "clear", "value", "width"] {
            #expect(!prepared.contains(unread), "\(unread)")
        }
        for read in ["class=\"post main\"", "id=top", "HREF=\"/x\"", "rel=\"author\"", "alt=\"A > B\"", "aria-hidden=true", "hidden", "colspan=2"] {
            #expect(prepared.contains(read), "\(read)")
        }
        let document = try HTMLParser.parse(page)
        let anchor = try #require(document.first(.a))
        #expect(document.attribute(.href, of: anchor) == "/x")
        #expect(document.attribute(.rel, of: anchor) == "author")
        #expect(document.attribute(.alt, of: try #require(document.first(.img))) == "A > B")
    }

    /// The first of the pass's placeholders (U+F0000), and U+FFFE, which libxml2 drops from
    /// script text (Swift literals may not hold noncharacters).
    private static let mark = String(Unicode.Scalar(0xF0000)!)
    private static let nonCharacter = String(Unicode.Scalar(0xFFFE)!)

    @Test("read attribute values and data-script bodies reach the document without libxml2 copying them")
    func valuesAreMovedPastTheParser() throws {
        let data = #"{"@type":"NewsArticle","headline":"A <b> title"}"#
        let page = """
            <html><body><div class="story long-class-name" id='main' title="x&amp;y">
            <a href="/path?a=1&b=2">link</a><script type="application/ld+json">\(data)</script>
            <p class="">A paragraph of text.</p><p>Cats &amp; dogs</p>   </div></body></html>
            """
        let raw = String(decoding: try #require(LibXML2.preparedBytes(Array(page.utf8), restoresMovedValues: false)), as: UTF8.self)
        #expect(raw.contains(Self.mark))
        for moved in ["story long-class-name", "main", "NewsArticle", "A paragraph of text.", "Cats"] {
            #expect(!raw.contains(moved), "\(moved)")
        }
        // Values with a reference stay for libxml2 to decode, as does text from its first
        // reference on and white space between tags; empty values have nothing to move.
        for kept in ["x&amp;y", "/path?a=1&b=2", "class=\"\"", "&amp; dogs", "</p>   </div>"] {
            #expect(raw.contains(kept), "\(kept)")
        }
        let document = try HTMLParser.parse(page)
        let div = try #require(document.first(.div))
        #expect(document.attribute(.class, of: div) == "story long-class-name")
        #expect(document.attribute(.id, of: div) == "main")
        #expect(document.attribute(.title, of: div) == "x&y")
        #expect(document.attribute(.href, of: try #require(document.first(.a))) == "/path?a=1&b=2")
        #expect(try body(document.first(.script), in: document) == data)
        #expect(ParsingTestSupport.allText(document).contains("A paragraph of text. Cats & dogs"))
    }

    @Test("a page that holds a character of the placeholders' planes, raw or as a reference, has nothing moved")
    func placeholderMarkOnThePageTurnsMovingOff() throws {
        for mark in [Self.mark, String(Unicode.Scalar(0x10FFFD)!), "&#xf0001;", "&#1048577;"] {
            let page = "<html><body><p class=\"a\" title=\"\(mark)0\">t</p></body></html>"
            let raw = try #require(LibXML2.preparedBytes(Array(page.utf8), restoresMovedValues: false))
            #expect(raw == LibXML2.preparedBytes(Array(page.utf8)), "\(mark)")
            let document = try HTMLParser.parse(page)
            let p = try #require(document.first(.p))
            #expect(document.attribute(.class, of: p) == "a")
            #expect(document.attribute(.title, of: p)?.hasSuffix("0") == true)
        }
    }

    @Test("past the last placeholder character, values stay where they are and still read right")
    func valuesPastThePlaceholderCountStayInPlace() throws {
        // Planes 15 and 16 hold 131,070 placeholders; a class value and a text each take one.
        let count = 70_000
        var page = "<html><body>"
        for k in 0 ..< count { page += "<i class=\"c\(k)\">t\(k)</i>" }
        page += "</body></html>"
        let document = try HTMLParser.parse(page)
        let elements = document.nodes.indices.filter { document.nodes[$0].tag == .i }
        #expect(elements.count == count)
        for k in [0, 65_534, 65_535, 65_536, count - 1] {
            #expect(document.attribute(.class, of: elements[k]) == "c\(k)")
            #expect(document.rawText(of: elements[k]) == "t\(k)")
        }
    }

    @Test("a data script that starts with a tag ends the pass's edits: libxml2 reads that tag as markup")
    func dataScriptStartingWithATagStopsTheEdits() throws {
        // `</p>` closes the paragraph and the script with it; the second script's text is then
        // the `<b …>` the pass would otherwise have read as a tag and edited.
        let page = """
            <html><body><p><script type="application/ld+json"></p><script title="a"</script>\
            <b data-x="1" class="k">t</b></script><p class="z">after</p></body></html>
            """
        let (dropped, kept) = bothWays(Array(page.utf8))
        #expect(dropped != nil)
        #expect(dropped == kept)
        let document = try HTMLParser.parse(page)
        let scripts = document.nodes.indices.filter { document.nodes[$0].tag == .script }
        #expect(scripts.count == 2)
        #expect(document.rawText(of: try #require(scripts.last)) == #"<b data-x="1" class="k">t</b>"#)
    }

    @Test("on thousands of malformed start tags, leaving attributes out changes no node, text or read attribute")
    func droppingAttributesChangesNothing() {
        let pieces = [
            "<div", "<p", "<a", "<span", "<img", "<script", "<style", "</div>", "</p>", "</a>", ">", "/>", " />", "/", " ",
            "\n", "\t", "\u{0C}", " class=\"x y\"", " CLASS=k", " id=main", " data-x='1>2'", " onclick=go()", " href=\"/a b\"",
            " hidden", " data-a", " =x", " \"q\"", " x= \"v\"", " y=\u{0C}\"v>w\"", " aria-label='Close'", " data-src=a.jpg",
            " role = main", " " + String(repeating: "n", count: 120) + "=1", " é=1", " ok-é", "text ", "<!-- c -->", "&amp;",
            "\u{0}", "\"", "'", "=", "<", " title=\"a'b\"", " alt=x/y", "<br", "<td", " colspan=2", "<html", "<body",
            "</div title=\">\">", "<!DOCTYPE x \"<a b=1>\">", "<?x <a c=2>?>", "<script src=x/>", "<style/>", "</script>",
            "</style>", "<!-->", "-->", "<svg", "</svg>", "<textarea", "<title", " data-json='{\"k\":\"<p>\"}'", "<!x>",
            " class=\"a&amp;b\"", " title='t&#65;'", " href=\"/q?x=1&y=2\"", " id=\"\u{1}\u{0C}\"", " alt=\"" + Self.nonCharacter + "\"",
            "<script type=\"application/ld+json\">", "{\"a\":\"\u{1}\"}", "{\"b\":\"" + Self.nonCharacter + "\"}", "{\"c\":1}", Self.mark,
            "&#xF0000;", " title=\"" + Self.mark + "\"", " title=\"\u{F0001}\"", "\r\n", " words here", "\u{1}",
            String(repeating: " ", count: 1100) + "x", "</p >", "</ p>", "</_x>", "</1>",
        ].map { Array($0.utf8) }
        var generator = SeededGenerator(seed: 7_2026_1129)
        var shortened = 0
        var moved = 0
        for _ in 0 ..< 30000 {
            var bytes: [UInt8] = []
            for _ in 0 ..< Int.random(in: 5 ... 40, using: &generator) {
                bytes += pieces.randomElement(using: &generator)!
            }
            let (dropped, kept) = bothWays(bytes)
            #expect(dropped == kept, "\(String(decoding: bytes, as: UTF8.self).debugDescription)")
            if LibXML2.preparedBytes(bytes) != LibXML2.preparedBytes(bytes, dropsUnreadAttributes: false) { shortened += 1 }
            if LibXML2.preparedBytes(bytes) != LibXML2.preparedBytes(bytes, restoresMovedValues: false) { moved += 1 }
        }
        // The pass did leave attributes out of many of them, and moved values out of many.
        #expect(shortened > 6000, "\(shortened)")
        #expect(moved > 2400, "\(moved)")
    }
}
