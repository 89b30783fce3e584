import Testing
@testable import Winnow

@Suite("Markdown rendering")
struct MarkdownRendererTests {
    static let expected = """
    # Brewing Guide

    Use **fresh** water and *loose* leaves; see the chart now.

    ## Steps

    3. Boil water
    4. Warm the pot
       - Swirl `hot_water`

    - Tip one
    - Tip two

    > Patience makes the cup.

    ```swift
    let cups = 2
    print(cups)
    ```

    | Tea | Minutes |
    | --- | --- |
    | Black \\| Assam | 4 |

    1\\. Not a list, and # not a heading.

    """

    @Test("Headings, nested and ordered lists, quote, fenced code, table, escaping")
    func structuredPage() throws {
        let e = try RenderingTestSupport.keepingEverything(RenderingSamplePages.structured)
        #expect(e.rendered(as: .markdown) == Self.expected)
    }

    @Test("Links and images only when asked, resolved against <base href>")
    func linksAndImages() throws {
        let options = ExtractionOptions(includeLinks: true, includeImages: true, url: "https://docs.example/a/b")
        let e = try RenderingTestSupport.keepingEverything(RenderingSamplePages.structured, options: options)
        let markdown = e.rendered(as: .markdown)
        #expect(markdown.contains(
            "see [the chart](https://docs.example/guide/steeping.html) ![A cup](https://docs.example/img/cup.png) now."))
        let plain = try RenderingTestSupport.keepingEverything(RenderingSamplePages.structured).rendered(as: .markdown)
        #expect(!plain.contains("]("))
    }

    @Test("Without formatting, emphasis markers go; without tables, cells become paragraphs")
    func options() throws {
        let options = ExtractionOptions(includeTables: false, includeFormatting: false)
        let markdown = try RenderingTestSupport.keepingEverything(RenderingSamplePages.structured, options: options)
            .rendered(as: .markdown)
        #expect(markdown.contains("Use fresh water and loose leaves"))
        #expect(!markdown.contains("| --- |"))
        #expect(markdown.contains("\n\nBlack \\| Assam\n\n4\n\n"))
    }

    @Test("The Markdown reads back as the page's structure")
    func structureRoundTrip() throws {
        let e = try RenderingTestSupport.keepingEverything(RenderingSamplePages.structured)
        let read = RenderingTestSupport.markdownStructure(e.rendered(as: .markdown))
        #expect(read == RenderingTestSupport.htmlStructure(e))
        #expect(read == ["h1", "h2", "li", "li", "li", "li", "li", "code", "tr", "tr"])
    }

    @Test("Markdown renders the same words as the plain text, on the selector's own choice")
    func sameWordsAsText() throws {
        let page = """
        <html><body><nav><a href="/">Home</a> <a href="/about">About</a></nav><article><h1>Winter Bees</h1>
        <p>Honey bees do not hibernate. They <em>cluster</em> around the queen and shiver their flight muscles to keep the centre of the cluster warm through the coldest nights.</p>
        <ul><li>The cluster loosens on warm days so that the bees can fly out and clean themselves.</li>
        <li>Stores of honey near the cluster decide whether the colony survives until spring arrives.</li></ul>
        <p>A strong colony eats about twenty kilograms of honey between autumn and spring, depending on the weather.</p>
        </article><footer>Copyright 2024 Bee Friends</footer></body></html>
        """
        let e = try Extractor().extract(html: page)
        #expect(!e.text.isEmpty)
        #expect(RenderingTestSupport.words(e.rendered(as: .markdown)) == RenderingTestSupport.words(e.text))
        #expect(RenderingTestSupport.words(e.rendered(as: .html).replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression))
            == RenderingTestSupport.words(e.text))
    }

    @Test("boxes side by side with no space between them are two words; runs of one word stay one")
    func boxesThatMeet() throws {
        let page = """
        <html><body><ul>
        <li><span class="name">Weight</span><span class="value">2 kg</span></li>
        <li><span class="spec">Material</span><span class="spec">Cotton</span></li>
        <li><label>Lanterns</label><span class="count">12</span></li>
        <li><a href="/tags/brass">brass</a><a href="/tags/garden">garden</a></li>
        <li><span class="run">The lantern child</span><span class="run">ren love</span></li>
        <li><span class="run">Pilates 1</span><span class="run">st floor</span></li>
        <li><span class="cap">C</span><span class="cap">orn</span> and <span class="unit">5</span><span class="unit">kg</span></li>
        </ul></body></html>
        """
        let e = try RenderingTestSupport.keepingEverything(page)
        #expect(e.text == """
            - Weight 2 kg
            - Material Cotton
            - Lanterns 12
            - brass garden
            - The lantern children love
            - Pilates 1st floor
            - Corn and 5kg

            """)
        #expect(RenderingTestSupport.words(e.rendered(as: .markdown)) == RenderingTestSupport.words(e.text))
    }
}
