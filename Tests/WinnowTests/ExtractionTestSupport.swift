// Helpers shared by the boilerplate-family and content-selection tests: a small invented
// article that scores as prose, a page builder that puts furniture around it, and
// expectations that print the extractor's decisions when they fail.
import Testing
@testable import Winnow

enum ExtractionTestSupport {
    /// Three invented paragraphs of about eighty words each: long, comma-rich English prose
    /// that every mode keeps.
    static let paragraphs = [
        "The old lock keepers of Marrowfield kept a logbook for almost two centuries, and the volunteers "
            + "who found it in a flooded cellar last spring were surprised by how much of it could still be "
            + "read. Every barge that passed was written down with its cargo, its captain and the weather, so "
            + "the pages read like a slow diary of the valley. The group now plans to copy each page before the "
            + "ink fades any further, and they are asking neighbours for help.",
        "Copying is slower than it sounds. The handwriting changes every few decades, as one keeper retired "
            + "and another took his chair, and some of the later entries were made in pencil that has nearly "
            + "vanished. The volunteers work in pairs at the village hall on Tuesday evenings: one reads the "
            + "line aloud while the other types it, and then they swap roles so that every word is checked "
            + "twice before it is saved.",
        "What they have found so far is a record of the canal in decline. In the busiest years the keepers "
            + "noted more than forty boats a week, most of them carrying coal and grain towards the river port. "
            + "By the end of the logbook there are whole months with a single entry, and the last page simply "
            + "says that the gates were chained shut for the winter and that nobody expected them to open again.",
    ]

    /// A phrase from each paragraph, to look for in the output.
    static let articleMarkers = [
        "The old lock keepers of Marrowfield kept a logbook",
        "Copying is slower than it sounds.",
        "the gates were chained shut for the winter",
    ]

    static let pageTitle = "Volunteers copy the Marrowfield lock logbook | Valley Courier"
    static let headline = "A canal's memory, one page at a time"

    /// A page with the article in `<main><article>` and furniture at the given places.
    ///
    /// - Parameters:
    ///   - top: Before `<main>` (site header, menus, banners).
    ///   - start: Inside the article, after the headline.
    ///   - middle: Between the second and third paragraphs.
    ///   - end: Inside the article, after the last paragraph.
    ///   - afterArticle: Inside `<main>`, after the article.
    ///   - bottom: After `<main>` (site footer, overlays).
    static func page(
        title: String = pageTitle, headline: String = headline, top: String = "", start: String = "",
        middle: String = "", end: String = "", afterArticle: String = "", bottom: String = ""
    ) -> String {
        """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>\(title)</title></head>
        <body>
        \(top)
        <main>
        <article>
        <h1>\(headline)</h1>
        \(start)
        <p>\(paragraphs[0])</p>
        <p>\(paragraphs[1])</p>
        \(middle)
        <p>\(paragraphs[2])</p>
        \(end)
        </article>
        \(afterArticle)
        </main>
        \(bottom)
        </body></html>
        """
    }

    /// Two invented paragraphs of a documentation page: prose about a made-up tool.
    static let docsParagraphs = [
        "The sorter command reads records from standard input, groups them by the key you name, and writes "
            + "each group to its own file in the output folder. It keeps the order in which records arrived "
            + "within a group, so that a log split by host can still be read from top to bottom.",
        "When a record has no value for the key, the sorter puts it in a file called unmatched, which you can "
            + "inspect after the run. Large inputs are read in chunks of a few megabytes, and the memory the "
            + "command needs depends on the number of open groups rather than on the size of the input.",
    ]

    /// A sidebar menu of a documentation site: twelve entries.
    static let docsSidebar = """
        <nav class="docs-sidebar"><ul>
        \((1 ... 12).map { "<li class=\"nav-entry\"><a href=\"/docs/topic-\($0)\">Configuration topic number \($0)</a></li>" }.joined(separator: "\n"))
        </ul></nav>
        """

    /// A documentation page: a site header, a sidebar menu, and `content` inside
    /// `<main><article>` after the title and the first docs paragraph, before the second.
    static func docsPage(title: String = "Grouping records", content: String, sidebar: String = docsSidebar) -> String {
        """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>\(title) | Sorter docs</title></head>
        <body>
        <header class="site-header"><a href="/">Sorter</a> <a href="/docs">Docs</a> <a href="/blog">Blog</a></header>
        \(sidebar)
        <main><article>
        <h1>\(title)</h1>
        <p>\(docsParagraphs[0])</p>
        \(content)
        <p>\(docsParagraphs[1])</p>
        </article></main>
        <footer class="site-footer"><p>Sorter is maintained by volunteers.</p></footer>
        </body></html>
        """
    }

    /// Extracts a page held in a string.
    static func extract(_ html: String, options: ExtractionOptions = .init()) throws -> Extraction {
        try Extractor(options: options).extract(html: html)
    }

    /// Extracts the article page with the given furniture around it.
    static func extractArticle(
        top: String = "", start: String = "", middle: String = "", end: String = "", afterArticle: String = "",
        bottom: String = "", options: ExtractionOptions = .init()
    ) throws -> Extraction {
        try extract(
            page(top: top, start: start, middle: middle, end: end, afterArticle: afterArticle, bottom: bottom),
            options: options)
    }

    /// Every block's decision, one a line, as `winnow explain` shows them (for failure messages).
    static func explain(_ extraction: Extraction) -> String {
        extraction.decisions.map { d in
            let text = d.text.count > 70 ? String(d.text.prefix(70)) + "…" : d.text
            return "\(d.kept ? "KEEP" : "drop") \(d.blockClass) [\(d.reason)] \(d.path): \(text)"
        }.joined(separator: "\n")
    }

    /// Expects every phrase in the main text.
    static func expectKept(
        _ phrases: [String], in extraction: Extraction, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        for phrase in phrases where !extraction.text.contains(phrase) {
            Issue.record("expected in the text: \"\(phrase)\"\n\(explain(extraction))", sourceLocation: sourceLocation)
        }
    }

    /// Expects no phrase in the main text.
    static func expectDropped(
        _ phrases: [String], in extraction: Extraction, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        for phrase in phrases where extraction.text.contains(phrase) {
            Issue.record("expected NOT in the text: \"\(phrase)\"\n\(explain(extraction))", sourceLocation: sourceLocation)
        }
    }

    /// Expects the three article paragraphs in the main text.
    static func expectArticle(_ extraction: Extraction, sourceLocation: SourceLocation = #_sourceLocation) {
        expectKept(articleMarkers, in: extraction, sourceLocation: sourceLocation)
    }

    /// How many times `phrase` occurs in `text`.
    static func occurrences(of phrase: String, in text: String) -> Int {
        text.components(separatedBy: phrase).count - 1
    }

    /// The JSON-LD of a page for one product.
    static let productStructuredData = """
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Tallowmere Lantern",\
        "offers":{"@type":"Offer","price":"64.00","priceCurrency":"EUR"}}</script>
        """

    /// A shop's page for one product: a gallery and a buy box with the title, the price and a
    /// specification table beside the description, customer reviews in a section named
    /// `reviewsClass` (inside the buy box's column when `reviewsInColumn`, else after it), then
    /// a carousel of other products and the footer. `head` goes in the `<head>` (the
    /// product's structured data, or nothing).
    static func productPage(head: String, reviewsClass: String = "product-reviews", reviewsInColumn: Bool = false) -> String {
        let reviews = """
            <section class="\(reviewsClass)">
              <h2>What buyers say</h2>
              <div class="entry"><p>Bought two of these for the garden table and they have survived a whole summer of dew and wind without a spot of tarnish, which I did not expect for the price.</p></div>
              <div class="entry"><p>Lovely light for the balcony, though the ring on top gets warm after an hour or so, so I lift it by the base now when I move it around.</p></div>
            </section>
            """
        return """
        <!DOCTYPE html><html lang="en"><head><title>Tallowmere Lantern | Quayside Lamps</title>\(head)</head>
        <body>
        <header class="site-header"><nav><a href="/">Home</a> <a href="/lamps">Lamps</a> <a href="/cart">Basket</a></nav></header>
        <div class="product-layout">
          <div class="product-gallery"><img src="/img/lantern.jpg" alt="A brass lantern"></div>
          <div class="product-summary">
            <h1>Tallowmere Lantern</h1>
            <div class="price">€64.00</div>
            <div class="product-description">
              <p>The Tallowmere is a hand-soldered brass lantern that takes a single tea light or a small oil burner, and it throws a warm, even light across a table without the flicker of an open flame.</p>
              <p>Its glass panes lift out for cleaning, and the ring on top folds flat so that the lantern packs into a drawer when the evenings grow light again in spring.</p>
              <p>Each lantern is soldered, polished and tested by hand in a small shed by the quay, so the seams and the patina differ a little from one lantern to the next, and no two of them look quite alike.</p>
            </div>
            <h2>Specifications</h2>
            <table class="specs"><tr><th>Height</th><td>24 cm</td></tr><tr><th>Weight</th><td>610 g</td></tr><tr><th>Finish</th><td>Brushed brass</td></tr></table>
            \(reviewsInColumn ? reviews : "")
          </div>
        </div>
        \(reviewsInColumn ? "" : reviews)
        <section class="related"><h2>You may also like</h2>
          <ul><li><a href="/lamps/wick-trimmer">Brass wick trimmer</a></li><li><a href="/lamps/oil">Lamp oil, one litre</a></li></ul>
        </section>
        <footer class="site-footer"><p>Quayside Lamps, harbour workshop since 1998. All rights reserved.</p></footer>
        </body></html>
        """
    }
}
