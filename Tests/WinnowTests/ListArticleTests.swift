// List articles ("The five best kettles", "Ten towpath walks"): each entry has a title, often
// linked to the thing it describes, subtitles and lead-ins every entry repeats ("Pros",
// "Key features:"), a picture between the title and its text, and short lists of facts.
import Testing
@testable import Winnow

@Suite("List articles")
struct ListArticleTests {
    private typealias Support = ExtractionTestSupport

    /// Three entries of invented prose about made-up kettles.
    private static let entries: [(name: String, text: String)] = [
        ("Tidewater Kettle", "The Tidewater boils a full litre in a little under three minutes, and its handle stays cool "
            + "enough to hold without a cloth. We used it every morning for a month, and the only thing we would change "
            + "is the lid, which sticks a little when the spring is new."),
        ("Harbourline Pour-Over", "The Harbourline is slower than the others, but its narrow spout makes it the one we "
            + "reach for when we brew coffee by hand. It keeps the water hot for a long time after it clicks off, which "
            + "is handy when you forget about it for a while."),
        ("Millrace Compact", "The Millrace is the smallest of the three and fits on a narrow shelf in a caravan or a "
            + "student kitchen. It is louder than we would like, yet it heats a single cup faster than anything else we "
            + "tried during the whole of the test."),
    ]

    /// A list article whose entries are built by `entry` (given the entry's number, name and text).
    private static func listArticle(_ entry: (Int, String, String) -> String) -> String {
        let body = entries.enumerated().map { entry($0.offset + 1, $0.element.name, $0.element.text) }.joined(separator: "\n")
        return """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>The best kettles we tested | Kitchen Notes</title></head>
            <body>
            <nav class="menu"><a href="/">Home</a> <a href="/reviews">Reviews</a> <a href="/about">About</a></nav>
            <main><article>
            <h1>The best kettles we tested</h1>
            <p>\(Support.paragraphs[0])</p>
            \(body)
            <p>\(Support.paragraphs[2])</p>
            </article></main>
            <footer class="site-footer"><p>Kitchen Notes is written in a small flat above a bakery.</p></footer>
            </body></html>
            """
    }

    @Test("an entry's title linked to the thing it describes stays over the entry's text")
    func linkedEntryTitles() throws {
        let html = Self.listArticle { n, name, text in
            "<div class=\"entry\"><h2><a href=\"/go/kettle-\(n)\">\(n). \(name)</a></h2><p>\(text)</p></div>"
        }
        let extraction = try Support.extract(html)
        Support.expectKept(Self.entries.enumerated().map { "\($0.offset + 1). \($0.element.name)" }, in: extraction)
    }

    @Test("an entry's linked title, its rank outside the link, stays over the entry's facts")
    func rankedTitlesOverFacts() throws {
        let html = Self.listArticle { n, name, text in
            "<h2>\(n). <a href=\"/go/kettle-\(n)\">\(name)</a></h2><p>Capacity: 1.\(n) litres</p><p>\(text)</p>"
        }
        let extraction = try Support.extract(html)
        Support.expectKept(Self.entries.map(\.name) + ["Capacity: 1.2 litres"], in: extraction)
    }

    @Test("linked headlines listed one a list under the story are not taken for its entries' titles")
    func linkedHeadlinesInListsStayOut() throws {
        let more = ["Why our kettles all rattle", "A week of tea in the hills"].map {
            "<ul><li><h4><a href=\"/stories/\($0.count)\">\($0)</a></h4></li></ul>"
        }.joined(separator: "\n")
        let html = Support.page(middle: "<h4>More:</h4>\n" + more)
        let extraction = try Support.extract(html)
        Support.expectArticle(extraction)
        Support.expectDropped(["Why our kettles all rattle", "A week of tea in the hills"], in: extraction)
    }

    @Test("the subtitle each entry repeats stays over the entry's own items")
    func recurringSubtitles() throws {
        let html = Self.listArticle { n, name, text in
            """
            <h2>\(name)</h2><p>\(text)</p>
            <h3>Pros</h3><ul><li>Boils quickly for model \(n)</li><li>Quiet switch on model \(n)</li></ul>
            """
        }
        let extraction = try Support.extract(html)
        #expect(Support.occurrences(of: "Pros", in: extraction.text) == 3, "\(Support.explain(extraction))")
    }

    @Test("a lead-in line each entry repeats, ending in a colon, stays over what it introduces")
    func recurringLeadIns() throws {
        let html = Self.listArticle { n, name, text in
            """
            <h2>\(name)</h2><p>\(text)</p>
            <p>Key features:</p><ul><li>Capacity of \(n + 1) litres with a window to read the level</li>
            <li>A filter for limescale that lifts out for rinsing under the tap</li></ul>
            """
        }
        let extraction = try Support.extract(html)
        #expect(Support.occurrences(of: "Key features:", in: extraction.text) == 3, "\(Support.explain(extraction))")
    }

    @Test("a heading over a captioned picture and then its paragraph stays")
    func headingOverPicture() throws {
        let html = Support.page(middle: """
            <h2>What the ledgers show</h2>
            <figure><img src="ledger.jpg" alt=""><figcaption>A page of the ledger, dried and pressed.</figcaption></figure>
            """)
        let extraction = try Support.extract(html)
        Support.expectKept(["What the ledgers show"], in: extraction)
        Support.expectDropped(["dried and pressed"], in: extraction)
    }

    @Test("a heading wrapped in a page builder's boxes, each holding it alone, titles the next widget's text")
    func headingInBuilderBoxes() throws {
        // Section, column, widget and container around the heading alone; the text is the
        // next section's widget.
        let wrapped = """
            <div class="builder-section"><div class="builder-column"><div class="builder-widget">
            <div class="builder-widget-inner"><h2>What the ledgers show</h2></div></div></div></div>
            """
        let html = Support.page(middle: wrapped)
        let extraction = try Support.extract(html)
        Support.expectArticle(extraction)
        Support.expectKept(["What the ledgers show"], in: extraction)
    }

    @Test("the heading over a list the text takes in stays with it")
    func headingOverListInText() throws {
        // The first item is a bare noun: only the list rule takes it in, after the heading
        // rule has looked at it.
        let items = ["Mugs", "A lid you can open with one hand", "A cord that winds under the base", "A light to show it is still warm"]
        let html = Support.page(end: """
            <h3>What we would add</h3>
            <ul>\(items.map { "<li>\($0)</li>" }.joined())</ul>
            <div class="author-bio"><p>Rowan Pell writes about kitchens and has tested kettles for a decade.</p></div>
            """)
        let extraction = try Support.extract(html)
        Support.expectKept(["What we would add"] + items, in: extraction)
    }

    @Test("a list most of whose items are kept keeps its short items too")
    func mostlyKeptList() throws {
        // A list at the end of the story, before the author's box: its items are short, the
        // ones that read as prose stay beside the last paragraph, and a bare noun would be
        // left to its neighbours (the box below it speaks against it).
        let items = ["A lid you can open with one hand", "Mugs", "A cord that winds under the base", "A light to show it is still warm"]
        let html = Support.page(end: """
            <ul>\(items.map { "<li>\($0)</li>" }.joined())</ul>
            <div class="author-bio"><p>Rowan Pell writes about kitchens and has tested kettles for a decade.</p></div>
            """)
        let extraction = try Support.extract(html)
        Support.expectKept(items, in: extraction)
    }
}
