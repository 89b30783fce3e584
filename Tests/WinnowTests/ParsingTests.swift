// The flat document libxml2's tree is copied into: order, ranges, parents, text, attributes.
import Testing
@testable import Winnow

@Suite("Parsing into the flat document")
struct ParsingTests {
    typealias Support = ParsingTestSupport

    @Test("nodes are in pre-order and each subtree is the range up to its end")
    func preOrderWithSubtreeRanges() throws {
        let document = try HTMLParser.parse("<html><body><div><p>one</p><p>two <b>three</b></p></div><p>four</p></body></html>")
        #expect(document.nodes.map(\.tag) == [.html, .body, .div, .p, .text, .p, .text, .b, .text, .p, .text])
        #expect(document.nodes[0].parent == -1)
        #expect(document.nodes[0].end == Int32(document.count))
        for (i, node) in document.nodes.enumerated() {
            #expect(Int(node.end) > i && Int(node.end) <= document.count)
            if node.parent >= 0 {
                let parent = document.nodes[Int(node.parent)]
                #expect(Int(node.parent) < i && node.end <= parent.end)
                #expect(node.depth == parent.depth + 1)
            }
        }
        let div = try #require(document.first(.div))
        #expect(document.children(of: div).map { document.nodes[$0].tag } == [.p, .p])
        #expect(document.normalizedText(of: div) == "one two three")
        #expect(document.rawText(of: 0) == "onetwo threefour")
    }

    @Test("normalized text separates words where a block ends or a line breaks, not inside inline runs")
    func normalizedTextSeparatesBlockEndsAndBreaks() throws {
        let document = try HTMLParser.parse(
            "<div><p>Ann Lee</p><small>May 2, 2024</small> <span>Tom<br>Ray</span> <b>bo</b><i>ld</i></div>")
        let div = try #require(document.first(.div))
        #expect(document.normalizedText(of: div) == "Ann Lee May 2, 2024 Tom Ray bold")
    }

    @Test("a fragment gets the html and body elements libxml2 implies")
    func fragmentIsWrapped() throws {
        let document = try HTMLParser.parse("<p>just a paragraph</p>")
        #expect(document.nodes.map(\.tag) == [.html, .body, .p, .text])
        #expect(Support.allText(document) == "just a paragraph")
    }

    @Test("markup after the page's end tags goes into the body, as browsers put it", arguments: [
        "<!DOCTYPE html><html><head><title>t</title></head><body><p>menu</p></body></html><div><p>story</p></div>",
        "<!DOCTYPE html><html><body><p>menu</p></body></html>\n<html><body><div><p>story</p></div></body></html>",
    ])
    func markupAfterTheRootJoinsTheBody(html: String) throws {
        let document = try HTMLParser.parse(html)
        let body = try #require(document.first(.body))
        #expect(document.normalizedText(of: body) == "menu story")
        #expect(document.nodes.filter { $0.tag == .html || $0.tag == .body }.count == 2, "\(document.nodes.map { "\($0.tag)@\($0.parent)" })")
        #expect(document.nodes[0].end == Int32(document.count) && document.nodes[body].end == Int32(document.count))
        let story = try #require(document.nodes.lastIndex { $0.tag == .p })
        #expect(document.nodes[Int(document.nodes[story].parent)].tag == .div)
        #expect(document.nodes[Int(document.nodes[Int(document.nodes[story].parent)].parent)].tag == .body)
    }

    @Test("unclosed and misnested tags are recovered")
    func brokenMarkupIsRecovered() throws {
        let document = try HTMLParser.parse("<div><p>first<p>second<b>bold<i>both</b>after</div><p>last")
        let text = Support.allText(document)
        for word in ["first", "second", "bold", "both", "after", "last"] {
            #expect(text.contains(word))
        }
        #expect(document.nodes.filter { $0.tag == .p }.count == 3)
    }

    @Test("known attributes are copied, unknown ones are not")
    func attributesAreCopied() throws {
        let document = try HTMLParser.parse(#"<div class="post body" id="main" data-x="1" aria-hidden="true" ROLE="Main">x</div>"#)
        let div = try #require(document.first(.div))
        #expect(document.attribute(.class, of: div) == "post body")
        #expect(document.attribute(.id, of: div) == "main")
        #expect(document.attribute(.ariaHidden, of: div) == "true")
        #expect(document.attribute(.role, of: div) == "Main")
        #expect(document.attribute(.href, of: div) == nil)
        #expect(document.hasAttribute(.title, of: div) == false)
        let text = try #require(document.first(.text))
        #expect(document.attribute(.class, of: text) == nil)
    }

    @Test("an attribute with entities is decoded")
    func attributeEntitiesAreDecoded() throws {
        let document = try HTMLParser.parse(#"<a href="/a?x=1&amp;y=2" title="caf&eacute;">link</a>"#)
        let a = try #require(document.first(.a))
        #expect(document.attribute(.href, of: a) == "/a?x=1&y=2")
        #expect(document.attribute(.title, of: a) == "café")
    }

    @Test("character references in text are decoded")
    func textEntitiesAreDecoded() throws {
        let document = try HTMLParser.parse("<p>caf&eacute; &amp; cr&egrave;me &#x263A; &#8364;5&nbsp;ok</p>")
        #expect(Support.allText(document) == "café & crème ☺ €5\u{A0}ok")
    }

    @Test("comments are dropped and the text around them becomes one node")
    func commentsAreDroppedAndTextMerged() throws {
        let document = try HTMLParser.parse("<p>before<!-- a comment -->after</p>")
        let textNodes = document.nodes.indices.filter { document.nodes[$0].tag == .text }
        #expect(textNodes.count == 1)
        #expect(String(decoding: document.textBytes(of: textNodes[0]), as: UTF8.self) == "beforeafter")
    }

    @Test("script and style are kept in the tree with their tags, for the rules to remove")
    func scriptsAreTagged() throws {
        let document = try HTMLParser.parse("<head><style>p{}</style></head><body><script>var a = '<p>';</script><p>t</p></body>")
        #expect(document.first(.script) != nil)
        #expect(document.first(.style) != nil)
        #expect(Tag.script.isNeverContent && Tag.style.isNeverContent)
        #expect(document.nodes.filter { $0.tag == .p }.count == 1)
    }

    @Test("unknown elements are kept as other, with their text")
    func unknownElementsAreOther() throws {
        let document = try HTMLParser.parse("<body><my-widget><p>inside</p></my-widget></body>")
        #expect(document.nodes.contains { $0.tag == .other })
        #expect(Support.allText(document) == "inside")
    }

    @Test("element names are matched whatever their case")
    func upperCaseTags() throws {
        let document = try HTMLParser.parse("<HTML><BODY><DIV CLASS=x><P>t</P></DIV></BODY></HTML>")
        #expect(document.nodes.map(\.tag) == [.html, .body, .div, .p, .text])
        #expect(document.attribute(.class, of: 2) == "x")
    }

    @Test("a gzip-compressed page is inflated and parsed")
    func gzipPageIsInflated() throws {
        let bytes = try Support.fixture("Gzip/page.html.gz")
        #expect(Gzip.isCompressed(bytes))
        let document = try HTMLParser.parse(bytes)
        let text = Support.allText(document)
        #expect(text.contains("Paragraph 1 of the compressed page"))
        #expect(text.contains("Paragraph 40 of the compressed page"))
        #expect(document.encoding == DetectedEncoding(name: "UTF-8", source: .meta))
    }

    @Test("two concatenated gzip members are read as one stream")
    func concatenatedGzipMembers() throws {
        let member = try Support.fixture("Gzip/page.html.gz")
        let inflated = try Gzip.decompress(member + member)
        let single = try Gzip.decompress(member)
        #expect(inflated == single + single)
    }

    @Test("the extractor reads the same document the parser builds")
    func extractorUsesParser() throws {
        let html = Support.page(paragraphs: [Support.prose("birds"), Support.prose("trees")])
        let extraction = try Extractor().extract(Array(html.utf8))
        #expect(extraction.text.contains("This paragraph is about birds"))
        #expect(extraction.text.contains("This paragraph is about trees"))
        #expect(extraction.encoding == DetectedEncoding(name: "UTF-8", source: .validUTF8))
        let fromString = try Extractor().extract(html: html)
        #expect(fromString.text == extraction.text)
        #expect(fromString.encoding.source == .assumed)
    }

    @Test("text inside and after 300 levels of nesting is kept (libxml2 alone stops at 256)")
    func nestingBeyondLibxml2DefaultLimit() throws {
        let html = "<html><body>" + String(repeating: "<div>", count: 300) + "<p>deep words</p>"
            + String(repeating: "</div>", count: 300) + "<p>after words</p></body></html>"
        let document = try HTMLParser.parse(Array(html.utf8))
        #expect(Support.allText(document) == "deep words after words")
        #expect(document.nodes.map(\.depth).max() == 303)
    }

    @Test("nesting deeper than 512 levels is flattened and the rest of the page is kept")
    func deepNestingIsFlattened() throws {
        let depth = 5_000
        let html = "<html><body>" + String(repeating: "<div>", count: depth) + "<p>deep words</p>"
            + String(repeating: "</div>", count: depth) + "<p>after words</p></body></html>"
        let document = try HTMLParser.parse(Array(html.utf8))
        #expect(Support.allText(document) == "deep words after words")
        #expect(document.nodes.filter { $0.tag == .div }.count == depth)
        #expect(document.nodes.map(\.depth).max()! <= 513)
        // The paragraph after the deep part is a child of body again.
        let body = try #require(document.first(.body))
        let last = try #require(document.nodes.lastIndex { $0.tag == .p })
        #expect(document.nodes[last].parent == Int32(body))
    }

    /// A header button with a `<div>` left open inside it, as some sites ship.
    static let swallowingButtonPage = """
        <html><body>
        <header><div class="menu"><button class="menu-button"><div class="inner"><svg></svg><div></button></div>
        <nav><button class="search">Search</button><a href="/">Home</a></nav></header>
        <main><article><h1>The headline</h1>
        <p>\(ParsingTestSupport.prose("buttons"))</p>
        <p>\(ParsingTestSupport.prose("parsers"))</p>
        </article></main>
        <footer><button class="top">Top</button></footer>
        </body></html>
        """

    @Test("a button cannot contain a button: the page after a button left open by an unclosed div is outside it")
    func openButtonIsClosedByTheNextButton() throws {
        let document = try HTMLParser.parse(Self.swallowingButtonPage)
        let buttons = document.nodes.indices.filter { document.nodes[$0].tag == .button }
        #expect(buttons.count == 3)
        for b in buttons {
            #expect(!document.nodes[b + 1 ..< Int(document.nodes[b].end)].contains { $0.tag == .button })
        }
        let article = try #require(document.first(.article))
        var ancestor = Int(document.nodes[article].parent)
        while ancestor >= 0 {
            #expect(document.nodes[ancestor].tag != .button, "the article is inside a button")
            ancestor = Int(document.nodes[ancestor].parent)
        }
        // The flat tree's invariants hold after the repair.
        for (i, node) in document.nodes.enumerated() where node.parent >= 0 {
            let parent = document.nodes[Int(node.parent)]
            #expect(Int(node.parent) < i && node.end <= parent.end && node.depth == parent.depth + 1)
        }
        let extraction = try Extractor().extract(html: Self.swallowingButtonPage)
        #expect(extraction.text.contains("This paragraph is about buttons"))
        #expect(extraction.text.contains("This paragraph is about parsers"))
    }

    @Test("a button inside a table cell inside a button stays there (the cell ends the button's scope)")
    func buttonScopeStopsAtTableCells() throws {
        let html = "<button><table><tr><td><button>inner</button></td></tr></table></button>"
        let document = try HTMLParser.parse(html)
        let buttons = document.nodes.indices.filter { document.nodes[$0].tag == .button }
        #expect(buttons.count == 2)
        #expect(buttons[1] < Int(document.nodes[buttons[0]].end))
    }
}
