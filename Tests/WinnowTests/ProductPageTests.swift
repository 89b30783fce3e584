// Pages for one product: recognising them from their structured data, keeping the product's
// title, price and specifications beside its description, and leaving buyers' reviews out.
import Foundation
import Testing
@testable import Winnow

@Suite("Product pages")
struct ProductPageTests {
    typealias Support = ExtractionTestSupport

    @Test("a product page keeps its title, price and specification table beside the description")
    func productColumnIsKept() throws {
        let extraction = try Support.extract(Support.productPage(head: Support.productStructuredData))
        Support.expectKept(
            ["Tallowmere Lantern", "€64.00", "hand-soldered brass lantern", "packs into a drawer", "Specifications",
             "24 cm", "Brushed brass"],
            in: extraction)
        Support.expectDropped(["Brass wick trimmer", "harbour workshop", "Basket"], in: extraction)
    }

    @Test("buyers' reviews on a product page are not the product's text, even inside its column")
    func reviewsAreDropped() throws {
        for inColumn in [false, true] {
            let extraction = try Support.extract(
                Support.productPage(head: Support.productStructuredData, reviewsInColumn: inColumn))
            Support.expectKept(["hand-soldered brass lantern", "Brushed brass"], in: extraction)
            Support.expectDropped(["survived a whole summer", "Lovely light for the balcony", "What buyers say"], in: extraction)
        }
    }

    @Test("an element named for reviews is furniture only on a product page")
    func reviewWordsOnlyOnProductPages() throws {
        // The same column without product structured data: its prose is read as prose.
        let extraction = try Support.extract(Support.productPage(head: "", reviewsInColumn: true))
        Support.expectKept(["hand-soldered brass lantern", "survived a whole summer"], in: extraction)
    }

    @Test("a box named for customers' reviews is furniture even on a shop page that declares no product")
    func customerReviewsWithoutStructuredData() throws {
        let extraction = try Support.extract(Support.productPage(head: "", reviewsClass: "customer-reviews", reviewsInColumn: true))
        Support.expectKept(["hand-soldered brass lantern"], in: extraction)
        Support.expectDropped(["survived a whole summer", "Lovely light for the balcony"], in: extraction)
    }

    @Test("a heading's id made from its title is an anchor, not a list of reviews")
    func headingIdIsNoReviewList() throws {
        let extraction = try Support.extractArticle(
            start: #"<h2 id="h-glowing-customer-reviews">Glowing customer reviews</h2>"#, end: "")
        Support.expectKept(["Glowing customer reviews"], in: extraction)
        Support.expectArticle(extraction)
    }

    @Test("reviews keep their mark when their box shares its class with other marked boxes")
    func reviewsInSharedClassBoxes() throws {
        // Shops build every box of the page from one component (`class="box"`): the boxes so
        // marked hold half the prose together, but the reviews are still the buyers'.
        let newsletter = """
            <div class="box" id="newsletter"><p>Join the lamp letter and hear first when a new batch of lanterns leaves the shed, when the winter sale starts, and which of the old designs are coming back to the workshop this season for a short run only.</p></div>
            """
        let html = Support.productPage(head: Support.productStructuredData, reviewsClass: "box\" id=\"customer-reviews")
            .replacingOccurrences(of: #"<section class="related">"#, with: newsletter + #"<section class="related">"#)
        let extraction = try Support.extract(html)
        Support.expectKept(["hand-soldered brass lantern", "€64.00"], in: extraction)
        Support.expectDropped(["survived a whole summer", "Join the lamp letter"], in: extraction)
    }

    @Test("a count of reviews or a link to them does not mark the column")
    func reviewCountIsNotReviews() throws {
        let extraction = try Support.extract(
            Support.productPage(head: Support.productStructuredData, reviewsClass: "review-count", reviewsInColumn: true))
        Support.expectKept(["survived a whole summer"], in: extraction)
    }

    @Test("a product name set as an ARIA first-level heading anchors the product column")
    func ariaHeadingIsTheProductTitle() throws {
        func page(level: Int) -> String {
            """
            <!DOCTYPE html><html lang="en"><head><title>Tallowmere Lantern | Quayside Lamps</title>\(Support.productStructuredData)</head>
            <body><header class="site-header"><nav><a href="/">Home</a> <a href="/lamps">Lamps</a></nav></header>
            <div class="buy-box"><div class="name" role="heading" aria-level="\(level)">Tallowmere Lantern</div>
            <div class="price">€64.00</div><div class="stock">Ships in two days</div></div>
            <div class="product-description">
              <p>The Tallowmere is a hand-soldered brass lantern that takes a single tea light or a small oil burner, and it throws a warm, even light across a table without the flicker of an open flame.</p>
              <p>Its glass panes lift out for cleaning, and the ring on top folds flat so that the lantern packs into a drawer when the evenings grow light again in spring.</p>
            </div>
            <footer class="site-footer"><p>Quayside Lamps, harbour workshop since 1998.</p></footer></body></html>
            """
        }
        let extraction = try Support.extract(page(level: 1))
        Support.expectKept(["Tallowmere Lantern", "€64.00", "Ships in two days", "hand-soldered brass lantern"], in: extraction)
        // A heading of another level is no product title: the buy box is not taken in.
        let third = try Support.extract(page(level: 3))
        Support.expectKept(["hand-soldered brass lantern"], in: third)
        Support.expectDropped(["€64.00"], in: third)
    }

    @Test("OpenGraph's product type alone marks a product page")
    func openGraphProductType() throws {
        let extraction = try Support.extract(Support.productPage(head: #"<meta property="og:type" content="product">"#))
        Support.expectKept(["€64.00", "Brushed brass"], in: extraction)
        Support.expectDropped(["survived a whole summer"], in: extraction)
    }

    @Test("without product structured data the page is read by the general rules")
    func noStructuredDataNoProductRules() throws {
        let extraction = try Support.extract(Support.productPage(head: ""))
        Support.expectKept(["hand-soldered brass lantern"], in: extraction)
        // No product column: the price beside the description is not taken in.
        Support.expectDropped(["€64.00"], in: extraction)
    }

    @Test("an article whose text sits in an element named review keeps it")
    func reviewArticleIsNotDropped() throws {
        let extraction = try Support.extractArticle(start: #"<div class="review-body">"#, end: "</div>")
        Support.expectArticle(extraction)
    }

    @Test("one product is a product page; a category of many, a product group or an article is not")
    func productDetection() {
        var one = JSONLDReader()
        one.add(script: #"{"@context":"https://schema.org","@type":"Product","name":"Lantern"}"#)
        #expect(MetadataExtractor.describesProduct(jsonLD: one.productObjects, openGraphType: nil, microdataProducts: 0))

        var many = JSONLDReader()
        let cards = (1 ... 12).map { #"{"@type":"Product","name":"Lamp \#($0)"}"# }.joined(separator: ",")
        many.add(script: #"{"@context":"https://schema.org","@type":"ItemList","itemListElement":[\#(cards)]}"#)
        many.add(script: "[\(cards)]")
        #expect(!MetadataExtractor.describesProduct(jsonLD: many.productObjects, openGraphType: nil, microdataProducts: 0))

        var guide = JSONLDReader()
        guide.add(script: #"[{"@type":"NewsArticle","headline":"Five lanterns for a windy balcony"},{"@type":"Product","name":"Lantern"}]"#)
        #expect(!MetadataExtractor.describesProduct(jsonLD: guide.productObjects, openGraphType: nil, microdataProducts: 0))

        let none = JSONLDReader().productObjects
        #expect(MetadataExtractor.describesProduct(jsonLD: none, openGraphType: "product", microdataProducts: 0))
        #expect(!MetadataExtractor.describesProduct(jsonLD: none, openGraphType: "product.group", microdataProducts: 0))
        #expect(!MetadataExtractor.describesProduct(jsonLD: none, openGraphType: "website", microdataProducts: 0))
        #expect(MetadataExtractor.describesProduct(jsonLD: none, openGraphType: nil, microdataProducts: 1))
        #expect(!MetadataExtractor.describesProduct(jsonLD: none, openGraphType: nil, microdataProducts: 5))
    }

    @Test("class words that name a list of reviews, not a count or a link to them")
    func reviewClassWords() {
        func names(_ value: String) -> Bool { ProductRule.namesReviews(ArraySlice(Array(value.utf8))) }
        #expect(names("product-reviews"))
        #expect(names("reviewsMedley"))
        #expect(names("rating_summary"))
        #expect(!names("review-count"))
        #expect(!names("no-reviews"))
        #expect(!names("preview"))
        #expect(!names("product-description"))
        func buyers(_ value: String) -> Bool { ProductRule.namesReviews(ArraySlice(Array(value.utf8)), buyersOnly: true) }
        #expect(buyers("customer-reviews"))
        #expect(buyers("userReviews"))
        #expect(buyers("cr customer_review-R2X9"))
        #expect(!buyers("review-body"))
        #expect(!buyers("product-reviews"))
        #expect(!buyers("customer-review-count"))
    }

    @Test("the label over a carousel of other products in the column is not a product detail")
    func carouselLabelIsDropped() throws {
        let related = """
            <div class="carousel-label">Also from the workshop</div>
            <ul class="related"><li><a href="/lamps/wick-trimmer">Brass wick trimmer</a></li><li><a href="/lamps/oil">Lamp oil, one litre</a></li></ul>
            """
        let html = Support.productPage(head: Support.productStructuredData)
            .replacingOccurrences(of: #"<div class="product-description">"#, with: related + #"<div class="product-description">"#)
        let extraction = try Support.extract(html)
        Support.expectKept(["€64.00", "Brushed brass"], in: extraction)
        Support.expectDropped(["Also from the workshop", "Brass wick trimmer"], in: extraction)
    }

    @Test("a carousel on a product page slides through other products, not the product's text")
    func carouselOfOtherProductsIsDropped() throws {
        let slides = (1 ... 4).map { n in
            """
            <li class="slide"><div class="tile"><h3>Harbour lantern, model \(n), in smoked glass</h3><div class="cost">€\(40 + n).00</div><p>A smaller lantern, the \(n == 1 ? "first" : n == 2 ? "second" : n == 3 ? "third" : "fourth") of the harbour series, made for a window sill, with a hinged door and a loop for hanging it from a hook.</p></div></li>
            """
        }.joined()
        let carousel = #"<div class="products-carousel"><h2>People who viewed this also viewed</h2><ul>"# + slides + "</ul></div>"
        let html = Support.productPage(head: Support.productStructuredData)
            .replacingOccurrences(of: "<h2>Specifications</h2>", with: carousel + "<h2>Specifications</h2>")
        let extraction = try Support.extract(html)
        Support.expectKept(["hand-soldered brass lantern", "€64.00", "Brushed brass"], in: extraction)
        Support.expectDropped(["Harbour lantern, model 2", "€43.00", "window sill"], in: extraction)
        // The same carousel on a page that declares no product is read by the general rules.
        let plain = try Support.extract(html.replacingOccurrences(of: Support.productStructuredData, with: ""))
        Support.expectKept(["window sill"], in: plain)
    }

    @Test("the word carousel is found among class words, camelCase humps included")
    func carouselWord() {
        let word = WordHash.of("carousel".utf8)
        func has(_ value: String) -> Bool { ProductRule.hasWord(word, in: ArraySlice(Array(value.utf8))) }
        #expect(has("carousel carousel--slides"))
        #expect(has("upsell-slider-carousel-container"))
        #expect(has("quoteCarouselWrapper"))
        #expect(!has("carousels-page"))
        #expect(!has("product-gallery"))
    }

    @Test("a long list of reviews under a short description is still not the description")
    func longReviewListIsDropped() throws {
        let more = (1 ... 6).map { n in
            """
            <div class="entry"><p>Review number \(n) of a happy buyer: the lantern arrived well packed, the brass was brighter than in the photographs, and it has hung by the back door through every evening of the autumn so far.</p></div>
            """
        }.joined()
        let html = Support.productPage(head: Support.productStructuredData)
            .replacingOccurrences(of: "<h2>What buyers say</h2>", with: "<h2>What buyers say</h2>" + more)
        let extraction = try Support.extract(html)
        Support.expectKept(["hand-soldered brass lantern", "€64.00"], in: extraction)
        Support.expectDropped(["Review number 3", "survived a whole summer"], in: extraction)
    }

    @Test("reviews a widget lists in a comments box stay reviews, even when the page shows little else")
    func reviewsInCommentsBoxAreDropped() throws {
        // The description opens in a dialog the rules leave out: the visible column holds only
        // the name and the price, and the reviews would be the page's only prose.
        let entries = (1 ... 4).map { n in
            """
            <article class="card"><p>Buyer \(n) writes: the lantern came a day early, the brass is warmer than the photographs show, and it has lit the porch every evening since without a single smudge on the glass.</p></article>
            """
        }.joined()
        let html = """
            <!DOCTYPE html><html lang="en"><head><title>Tallowmere Lantern | Quayside Lamps</title>\(Support.productStructuredData)</head>
            <body><main><div class="summary"><h1>Tallowmere Lantern</h1><div class="price">€64.00</div></div>
            <div id="reviews"><h2>Reviews</h2><section class="comments">\(entries)</section></div></main></body></html>
            """
        let extraction = try Support.extract(html)
        Support.expectKept(["Tallowmere Lantern"], in: extraction)
        Support.expectDropped(["Buyer 2 writes", "Buyer 4 writes"], in: extraction)
    }

    @Test("a row that recurs in the lists of the product's column stays with the rows kept beside it")
    func recurringRowOfAKeptListStays() throws {
        // The requirements sit beside the title, above the description the prose rules choose.
        let html = """
            <!DOCTYPE html><html lang="en"><head><title>Tallowmere Lantern | Quayside Lamps</title>\(Support.productStructuredData)</head>
            <body><div class="product"><div class="summary"><h1>Tallowmere Lantern</h1><div class="price">€64.00</div>
            <div class="requirements"><h2>Requirements</h2>
            <ul class="minimum"><li>Processor: two cores at 2 GHz</li><li>Memory: 4 GB</li><li>Storage: 9 GB free</li></ul>
            <ul class="higher"><li>Processor: four cores at 3 GHz</li><li>Memory: 8 GB</li><li>Storage: 9 GB free</li></ul>
            <ul class="highest"><li>Processor: eight cores at 4 GHz</li><li>Memory: 16 GB</li><li>Storage: 9 GB free</li></ul></div></div>
            <div class="description"><p>The Tallowmere is a hand-soldered brass lantern that takes a single tea light or a small oil burner, and it throws a warm, even light across a table without the flicker of an open flame.</p>
            <p>Its glass panes lift out for cleaning, and the ring on top folds flat so that the lantern packs into a drawer when the evenings grow light again in spring.</p>
            <p>Each lantern is soldered, polished and tested by hand in a small shed by the quay, so the seams and the patina differ a little from one lantern to the next.</p></div></div>
            <footer class="site-footer"><p>Quayside Lamps, harbour workshop since 1998. All rights reserved.</p></footer></body></html>
            """
        let extraction = try Support.extract(html)
        Support.expectKept(["Processor: two cores", "Memory: 16 GB", "Storage: 9 GB free"], in: extraction)
        #expect(extraction.text.components(separatedBy: "Storage: 9 GB free").count == 4)
    }

    @Test("a product's description shown twice (desktop and mobile) comes out once, its short lines too")
    func descriptionCopyGoesWhole() throws {
        let description = """
            <p>The Tallowmere is a hand-soldered brass lantern that takes a single tea light or a small oil burner, and it throws a warm, even light across a table.</p>
            <p>Hand-soldered brass.</p>
            <p>Height: about 24 cm, weight about 610 g with the glass panes in place</p>
            <p>Its glass panes lift out for cleaning, and the ring on top folds flat so that the lantern packs into a drawer in spring.</p>
            """
        let html = """
            <!DOCTYPE html><html lang="en"><head><title>Tallowmere Lantern | Quayside Lamps</title>\(Support.productStructuredData)</head>
            <body><div class="product"><h1>Tallowmere Lantern</h1><div class="price">€64.00</div>
            <div class="description desktop">\(description)</div><div class="description mobile">\(description)</div></div>
            <footer class="site-footer"><p>Quayside Lamps, harbour workshop since 1998. All rights reserved.</p></footer></body></html>
            """
        let extraction = try Support.extract(html)
        Support.expectKept(["hand-soldered brass lantern", "Hand-soldered brass.", "packs into a drawer"], in: extraction)
        #expect(extraction.text.components(separatedBy: "Hand-soldered brass.").count == 2)
        #expect(extraction.text.components(separatedBy: "packs into a drawer").count == 2)
    }

    @Test("a page declaring one recipe keeps the ingredient table beside the method, not the headline")
    func recipeKeepsItsIngredients() throws {
        func page(_ type: String) -> String {
            """
            <html><head><title>Plum Crumble | Canal Kitchen</title>
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"\(type)","name":"Plum Crumble"}</script>
            </head><body><nav><a href="/">Home</a> <a href="/recipes">Recipes</a></nav>
            <div class="recipe"><h1>Plum Crumble</h1>
            <div class="tools"><a href="/save">Save to my cookbook now</a> <a href="/print">Print this recipe for later</a> <a href="/share">Share it with your friends today</a> <a href="/rate">Rate this recipe with stars</a></div>
            <div class="box"><h2>Ingredients</h2><table><tbody>
            <tr><td>600 g</td><td>plums</td></tr><tr><td>80 g</td><td>brown sugar</td></tr>
            <tr><td>120 g</td><td>flour</td></tr><tr><td>90 g</td><td>cold butter</td></tr></tbody></table>
            <a href="/list">Add all ingredients to your shopping list</a></div>
            <div class="tools"><a href="/more">More plum recipes from our kitchen</a> <a href="/more2">More crumbles and bakes for autumn</a></div>
            <article class="box"><h2>Method</h2>
            <p>Halve the plums, take out the stones and lay them cut side up in a buttered dish, then scatter half of the sugar over them so that the juice starts to run while you make the topping.</p>
            <p>Rub the butter into the flour with your fingertips until it looks like coarse sand, stir in the rest of the sugar, and spread it loosely over the fruit without pressing it down.</p>
            <p>Bake for forty minutes until the top is golden and the juice bubbles up at the edges, and let it stand for ten minutes before you serve it with cream or custard.</p>
            </article></div><footer>© Canal Kitchen</footer></body></html>
            """
        }
        let recipe = try Support.extract(page("Recipe"))
        #expect(recipe.text.contains("cold butter"), "\(Support.explain(recipe))")
        #expect(recipe.text.contains("Halve the plums"))
        #expect(!recipe.text.hasPrefix("Plum Crumble"))
        Support.expectDropped(["Save to my cookbook", "More plum recipes"], in: recipe)
        // Without the declaration the prose rules alone decide: the method, not the table.
        let plain = try Support.extract(page("WebPage"))
        #expect(plain.text.contains("Halve the plums"))
        #expect(!plain.text.contains("cold butter"))
    }
}
