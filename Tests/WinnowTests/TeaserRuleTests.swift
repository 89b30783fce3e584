import Testing
@testable import Winnow

/// The teaser rule's reading of a run of cards: furniture beside a story, or a listing.
@Suite("Teaser runs")
struct TeaserRuleTests {
    /// A shop page: a grid of eight product cards in `<main>`, with a site menu and a consent
    /// panel around it.
    static func shopPage(menu: String, consent: String) -> String {
        let names = ["Oak reading lamp", "Linen table runner", "Walnut serving board", "Stoneware water jug",
                     "Wool picnic blanket", "Brass candle holder", "Rattan storage basket", "Cotton tea towel set"]
        let cards = names.enumerated().map { n, name in
            """
            <li class="product-item"><div class="product-info"><h3><a href="/shop/\(n)">\(name) for the cottage kitchen</a></h3>
            <p>Made in the valley workshop, \(20 + n) pounds</p></div></li>
            """
        }.joined(separator: "\n")
        return """
            <!DOCTYPE html><html lang="en"><head><title>Home goods - Valley Shop</title></head><body>
            \(menu)
            <main><h1>Home goods</h1><ul class="products">\(cards)</ul></main>
            \(consent)
            </body></html>
            """
    }

    static let longText = "Browse the department for seasonal gifts, home comforts and the best sellers of this month, "
        + "chosen by our buyers and delivered to your door within the week, wrapped in recycled paper. "

    static func marks(_ html: String) throws -> NodeMarks {
        let document = try HTMLParser.parse(html)
        var marks = NodeMarks(document)
        TeaserRule.mark(document, &marks)
        return marks
    }

    @Test("a content class word inside the site's menu or consent panel is no story beside a grid: the grid is the listing")
    func frameHoldsNoStory() throws {
        let menu = "<nav class=\"main-menu\"><a href=\"/\">Home</a><div class=\"menu-content\"><p>\(Self.longText)</p></div></nav>"
        let consent = "<div class=\"cookie-consent\"><div class=\"article-body\"><p>\(Self.longText)\(Self.longText)</p></div></div>"
        let marks = try Self.marks(Self.shopPage(menu: menu, consent: consent))
        #expect(marks.listingCard.contains(.teaser))
        #expect(!marks.ownFamily.contains(.teasers))
    }

    @Test("a story beside a grid, outside the site's frame, still makes the grid teasers")
    func storyOutsideTheFrameMakesTeasers() throws {
        let menu = "<nav class=\"main-menu\"><a href=\"/\">Home</a></nav>"
        let story = "<div class=\"article-body\"><p>\(Self.longText)\(Self.longText)\(Self.longText)</p></div>"
        let marks = try Self.marks(Self.shopPage(menu: menu, consent: story))
        #expect(marks.listingCard.isEmpty)
        #expect(marks.ownFamily.contains(.teasers))
    }

    @Test("a site menu's text does not count in the page a grid must hold a share of")
    func menuTextIsNoPartOfThePage() throws {
        let entries = (1 ... 12).map { "<div><a href=\"/d/\($0)\">Department \($0)</a><p>\(Self.longText)</p></div>" }.joined()
        let marks = try Self.marks(Self.shopPage(menu: "<nav class=\"site-menu\">\(entries)</nav>", consent: ""))
        #expect(marks.listingCard.contains(.teaser))
    }

    @Test("a listing's cards shed the family of a wrapper around the grid, not the site menu's")
    func listingCardsShedAWrappersFamily() throws {
        let grid = "<div class=\"section-more-ads\"><ul class=\"products\">"
        var html = Self.shopPage(menu: "", consent: "").replacing("<ul class=\"products\">", with: grid)
        html = html.replacing("</ul></main>", with: "</ul></div></main>")
        let extraction = try ExtractionTestSupport.extract(html)
        ExtractionTestSupport.expectKept(["Oak reading lamp for the cottage kitchen", "Cotton tea towel set"], in: extraction)
    }

    /// A news section page: rows of three story cards under section headings, an ad slot
    /// between rows, and `story` (an element hinted as content) after them.
    static func sectionRows(story: String = "") -> String {
        let sections = ["Rivers", "Forests", "Coasts", "Mountains", "Meadows", "Deserts"]
        let rows = sections.enumerated().map { s, section in
            let cards = (0 ..< 3).map { n in
                let title = "Volunteers count the birds along the \(section.lowercased()) for week \(n)"
                return """
                    <div class="story-card"><h3><a href="/\(s)/\(n)">\(title)</a></h3>
                    <p>A short look at what the survey found this season.</p></div>
                    """
            }.joined()
            return "<section><h2>\(section)</h2><div class=\"row\">\(cards)</div><div class=\"slot\"></div></section>"
        }.joined(separator: "\n")
        return """
            <!DOCTYPE html><html lang="en"><head><title>Nature - The Valley Post</title></head><body>
            <nav class="main-menu"><a href="/">Home</a></nav>
            <main><h1>Nature</h1><p>\(longText)</p>\(rows)\(story)</main>
            </body></html>
            """
    }

    @Test("rows of cards split by headings and ad slots, each too small alone, are together the page's listing")
    func smallRowsTogetherAreAListing() throws {
        let marks = try Self.marks(Self.sectionRows())
        #expect(marks.listingCard.filter { $0 == .teaser }.count == 18)
        #expect(!marks.ownFamily.contains(.teasers))
    }

    @Test("rows of cards beside a story of their own, however many, stay teasers")
    func smallRowsBesideAStoryAreTeasers() throws {
        let story = "<article class=\"story-body\"><p>\(String(repeating: Self.longText, count: 8))</p></article>"
        let marks = try Self.marks(Self.sectionRows(story: story))
        #expect(marks.listingCard.isEmpty)
        #expect(marks.ownFamily.filter { $0 == .teasers }.count == 18)
    }

    @Test("a link hidden from assistive readers only is shown: a card's blurb that repeats its title's link is text")
    func ariaHiddenLinkIsShown() throws {
        let html = """
            <!DOCTYPE html><html lang="en"><head><title>Birds - The Valley Post</title></head><body>
            <main><h1>Birds</h1><p>\(Self.longText)\(Self.longText)</p>
            <p><a href="/owls" aria-hidden="true" tabindex="-1">Owls nest early in the old orchard this spring.</a></p>
            <div aria-hidden="true"><p>A copy of the menu kept for screen effects only, never read.</p></div></main>
            </body></html>
            """
        let document = try HTMLParser.parse(html)
        let marks = NodeMarks(document)
        let link = (0 ..< document.count).first { document.nodes[$0].tag == .a }!
        let box = (0 ..< document.count).last { document.nodes[$0].tag == .div }!
        #expect(!marks.removed[link])
        #expect(marks.removed[box])
    }

    @Test("a card whose title follows a short linked kicker (its show or section) still opens with a linked title")
    func kickerBeforeTheTitle() throws {
        let cards = (1 ... 4).map { n in
            """
            <div class="entry"><h3><a href="/shows/river">River Hour</a></h3>
            <h2><a href="/stories/\(n)">Otters return to the mill pond after forty years, part \(n)</a></h2>
            <p>Listeners sent in their sightings from the towpath.</p></div>
            """
        }.joined()
        let html = """
            <!DOCTYPE html><html lang="en"><head><title>Otters - The Valley Post</title></head><body>
            <main><article class="story-body"><h1>Otters</h1><p>\(String(repeating: Self.longText, count: 6))</p></article>
            <div class="more">\(cards)</div></main>
            </body></html>
            """
        let marks = try Self.marks(html)
        #expect(marks.ownFamily.filter { $0 == .teasers }.count == 4)
    }

    @Test("a shop tile's picture and the buttons laid over it come before its linked title: the tile is a card")
    func pictureButtonsBeforeTheTitle() throws {
        let names = ["Oak reading lamp with linen shade", "Walnut serving board, large", "Stoneware water jug in slate",
                     "Wool picnic blanket, check", "Brass candle holder, pair"]
        let tiles = names.enumerated().map { n, name in
            """
            <li class="product"><article class="card"><figure class="card-figure">
            <a href="/shop/\(n)"><img src="/i/\(n).jpg" alt=""></a>
            <figcaption><a class="button quickview">Quick view</a> <a class="button" href="/shop/\(n)">Options</a></figcaption></figure>
            <div class="card-body"><p class="card-title"><a href="/shop/\(n)">\(name)</a></p><div>$\(20 + n).00</div></div></article></li>
            """
        }.joined()
        let html = """
            <!DOCTYPE html><html lang="en"><head><title>Home goods - Valley Shop</title></head><body>
            <main><h1>Home goods</h1><ul class="products">\(tiles)</ul></main>
            </body></html>
            """
        let document = try HTMLParser.parse(html)
        let marks = try Self.marks(html)
        let tileCount = (0 ..< document.count).filter { document.nodes[$0].tag == .li }.count
        #expect(tileCount == 5)
        #expect(marks.listingCard.filter { $0 != .none }.count == 5)
    }

    @Test("a badge and a count over a tile's linked title are labels: the tile still opens with its title")
    func labelsBeforeTheTitle() throws {
        let names = ["Oak reading lamp with linen shade", "Walnut serving board, large", "Stoneware water jug in slate",
                     "Wool picnic blanket, check", "Brass candle holder, pair"]
        let tiles = names.enumerated().map { n, name in
            """
            <li class="item"><div class="badge">Bestseller</div><div class="swatches">\(n + 2) Colors</div>
            <div class="details"><a href="/shop/\(n)">\(name)</a></div><div class="price">$\(20 + n).00</div></li>
            """
        }.joined()
        let html = """
            <!DOCTYPE html><html lang="en"><head><title>Home goods - Valley Shop</title></head><body>
            <main><h1>Home goods</h1><ol class="products">\(tiles)</ol></main>
            </body></html>
            """
        let marks = try Self.marks(html)
        #expect(marks.listingCard.filter { $0 != .none }.count == 5)
    }

    @Test("a post that opens with a plain sentence before a link is no card")
    func plainOpeningIsNoCard() throws {
        let posts = (1 ... 5).map { n in
            """
            <div class="post"><div class="body">I tried the recipe again this weekend, attempt \(n)</div>
            <div class="meta"><a href="/u/\(n)">See the full thread about the sourdough starter</a></div></div>
            """
        }.joined()
        let html = """
            <!DOCTYPE html><html lang="en"><head><title>Baking - Valley Forum</title></head><body>
            <main><h1>Baking</h1><div class="posts">\(posts)</div></main>
            </body></html>
            """
        let marks = try Self.marks(html)
        #expect(marks.listingCard.isEmpty)
        #expect(!marks.ownFamily.contains(.teasers))
    }

    @Test("a <footer> whose classes carry a content word is still the site's frame: no story beside the grid")
    func footerTagIsFrameWhateverItsClasses() throws {
        let footer = "<footer class=\"site-footer u-text-dark\"><p>\(Self.longText)\(Self.longText)\(Self.longText)</p></footer>"
        let marks = try Self.marks(Self.shopPage(menu: "", consent: footer))
        #expect(marks.listingCard.contains(.teaser))
        #expect(!marks.ownFamily.contains(.teasers))
    }

    @Test("a listing card's box named for a subscription or an offer is the card's kind, not a sign-up form")
    func cardBoxNamedForItsKind() throws {
        var html = Self.shopPage(menu: "", consent: "")
        html = html.replacing("<div class=\"product-info\">", with: "<div class=\"product-info subscription-eligible\">")
        let marks = try Self.marks(html)
        #expect(marks.listingCard.contains(.teaser))
        #expect(!marks.ownFamily.contains(.newsletter))
        let extraction = try ExtractionTestSupport.extract(html)
        ExtractionTestSupport.expectKept(["Oak reading lamp for the cottage kitchen", "Cotton tea towel set"], in: extraction)
    }

    @Test("a card's own tag list (its categories or terms) is the card's, not the site's tag cloud")
    func cardTagsAreTheCards() throws {
        var html = Self.shopPage(menu: "", consent: "")
        html = html.replacing("</div></li>", with: "<ul class=\"item-tags\"><li>Seasonal</li><li>Handmade</li></ul></div></li>")
        let document = try HTMLParser.parse(html)
        var marks = NodeMarks(document)
        let tagLists = (0 ..< document.count).filter { marks.ownFamily[$0] == .tags }
        #expect(tagLists.count == 8)
        TeaserRule.mark(document, &marks)
        #expect(marks.listingCard.contains(.teaser))
        #expect(tagLists.allSatisfy { marks.ownFamily[$0] == nil })
    }
}


@Suite("Teaser card signatures")
struct TeaserSignatureTests {
    /// The two-pass reading the one-walk ``TeaserRule/stableClassWord(_:)`` replaced: find
    /// the first word without a digit, then hash it.
    private func reference(_ c: ArraySlice<UInt8>) -> UInt64 {
        var start = c.startIndex
        var i = c.startIndex
        var digit = false
        while i <= c.endIndex {
            if i == c.endIndex || c[i].isASCIIWhitespace {
                if i > start, !digit { return WordHash.of(c[start ..< i]) }
                start = i + 1
                digit = false
            } else if c[i] >= 0x30 && c[i] <= 0x39 {
                digit = true
            }
            i += 1
        }
        return 0
    }

    @Test("the stable class word agrees with the two-pass reading on generated values")
    func stableClassWordAgrees() {
        var generator = SeededGenerator(seed: 42)
        let pieces = ["card", "Post", "post-3494", "item", "7", " ", "  ", "\t", "\n", "é", "x1", "grid__Cell", "-", ""]
        var nonzero = 0
        for _ in 0 ..< 5000 {
            let value = (0 ..< Int.random(in: 0 ... 5, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            // A slice that does not start at 0, as the attribute bytes are.
            let bytes = Array(("ab " + value).utf8)[3...]
            let expected = reference(bytes)
            #expect(TeaserRule.stableClassWord(bytes) == expected, "\(value)")
            if expected != 0 { nonzero += 1 }
        }
        #expect(nonzero > 1000)
    }

    @Test("card signatures by the class value's hash agree with reading each class")
    func signaturesAgree() throws {
        let classes = ["card", "Card", "CARD item", "card item-3", "post-12 entry", "", "grid__Cell", "x1 y", "teaser  big"]
        let cards = (0 ..< 60).map { n in
            let value = classes[n % classes.count]
            return n % 7 == 0 ? "<div><p>no class \(n)</p></div>" : "<div class=\"\(value)\"><p>card \(n)</p></div>"
        }.joined()
        let html = "<html><body><main>" + cards + "<pre><div class=\"Card\">code</div></pre></main></body></html>"
        let document = try HTMLParser.parse(html)
        let marks = NodeMarks(document)
        var classWords = WordCache<UInt64>()
        var checked = 0
        for i in 0 ..< document.count where document.nodes[i].tag == .div {
            var direct = UInt64(document.nodes[i].tag.rawValue) &* 0x100_0000_01b3
            if let c = document.attributeBytes(.class, of: i) { direct ^= TeaserRule.stableClassWord(c) }
            #expect(TeaserRule.cardSignature(i, document, marks, &classWords) == direct)
            checked += 1
        }
        #expect(checked > 50)
    }
}
