import Testing
@testable import Winnow

@Suite("HTML rendering")
struct HTMLRendererTests {
    static let expected = """
    <h1>Brewing Guide</h1>
    <p>Use <strong>fresh</strong> water and <em>loose</em> leaves; see <a href="https://docs.example/guide/steeping.html">the chart</a> <img src="https://docs.example/img/cup.png" alt="A cup"> now.</p>
    <h2>Steps</h2>
    <ol start="3">
    <li>Boil water</li>
    <li>Warm the pot
    <ul>
    <li>Swirl <code>hot_water</code></li>
    </ul>
    </li>
    </ol>
    <ul>
    <li>Tip one</li>
    <li>Tip two</li>
    </ul>
    <blockquote>
    <p>Patience makes the cup.</p>
    </blockquote>
    <pre><code class="language-swift">let cups = 2
    print(cups)</code></pre>
    <table>
    <tr><th>Tea</th><th>Minutes</th></tr>
    <tr><td>Black | Assam</td><td>4</td></tr>
    </table>
    <p>1. Not a list, and # not a heading.</p>

    """

    @Test("Clean HTML of the kept content, addresses made absolute")
    func structuredPage() throws {
        let options = ExtractionOptions(includeLinks: true, includeImages: true, url: "https://docs.example/a/b")
        let e = try RenderingTestSupport.keepingEverything(RenderingSamplePages.structured, options: options)
        #expect(e.rendered(as: .html) == Self.expected)
    }

    @Test("No scripts, styles, handlers or javascript: addresses; text and attributes escaped")
    func hostileMarkup() throws {
        let options = ExtractionOptions(includeLinks: true, includeImages: true, url: "https://docs.example/a/b")
        let html = try RenderingTestSupport.keepingEverything(RenderingSamplePages.hostile, options: options).rendered(as: .html)
        #expect(html == """
        <p>Read this and <a href="https://docs.example/safe">that</a> &amp; <strong>&lt;more&gt;</strong>.</p>
        <p>Look <img src="https://docs.example/a/pic.jpg" alt="a &quot;quoted&quot; alt"> here.</p>

        """)
        let lower = html.lowercased()
        for forbidden in ["<script", "<style", "<iframe", "onclick", "onerror", "onmouseover", "javascript:", "style=", "class=\"x\""] {
            #expect(!lower.contains(forbidden), "found \(forbidden)")
        }
    }

    @Test("Links are plain text unless asked for")
    func noLinksByDefault() throws {
        let html = try RenderingTestSupport.keepingEverything(RenderingSamplePages.structured).rendered(as: .html)
        #expect(!html.contains("<a "))
        #expect(!html.contains("<img"))
        #expect(html.contains("see the chart now."))
    }

    @Test("A list item outside any list and an empty code span render without harm")
    func strayMarkup() throws {
        let page = "<html><body><li>Stray item with <code></code> an *asterisk*</li><h2>Two<br>lines</h2></body></html>"
        let e = try RenderingTestSupport.keepingEverything(page)
        #expect(e.rendered(as: .html) == "<p>Stray item with an *asterisk*</p>\n<h2>Two<br>\nlines</h2>\n")
        #expect(e.rendered(as: .markdown) == "Stray item with an \\*asterisk\\*\n\n## Two lines\n")
    }
}

@Suite("Refusing addresses that run code")
struct UnsafeAddressTests {
    @Test("schemes that run code or embed data are refused whatever their case and inner spaces", arguments: [
        "javascript:alert(1)", " JaVa\tScRipt:alert(1)", "vbscript:msgbox", "DATA:text/html,<script>", "file:///etc/passwd",
        "data:image/png;base64," + String(repeating: "A", count: 100_000),
    ])
    func unsafeSchemes(address: String) {
        #expect(URLResolver.isUnsafe(address))
    }

    @Test("ordinary addresses pass", arguments: ["https://example.org/a", "/relative/path", "#section", "mailto:a@b.c", "javascript-guide.html"])
    func safeAddresses(address: String) {
        #expect(!URLResolver.isUnsafe(address))
    }
}
