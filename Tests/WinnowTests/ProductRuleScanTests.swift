// The review rule's shortcuts: the byte check before a value's words are split, and the
// class and id hashes taken from the node marks' pass.
import Testing
@testable import Winnow

@Suite("Review names read quickly")
struct ProductRuleScanTests {
    /// ``ProductRule/namesReviews(_:buyersOnly:)`` without its byte check: the words alone.
    private func reference(_ value: ArraySlice<UInt8>, buyersOnly: Bool) -> Bool {
        let review = Set(["review", "reviews", "rating", "ratings"].map { WordHash.of($0.utf8) })
        let about = Set(["count", "counts", "number", "link", "icon", "has", "with", "no", "without", "enabled", "write",
                         "form", "stars", "star"].map { WordHash.of($0.utf8) })
        let buyers = Set(["customer", "customers", "buyer", "buyers", "user", "users", "client", "clients", "shopper",
                          "shoppers"].map { WordHash.of($0.utf8) })
        var found = false, afterBuyer = false
        let aboutNone = ProductRule.forEachWord(in: value) { hash in
            if about.contains(hash) { return false }
            if review.contains(hash), !buyersOnly || afterBuyer { found = true }
            afterBuyer = buyers.contains(hash)
            return true
        }
        return aboutNone && found
    }

    @Test("the byte check turns away only values that name no reviews, on generated values")
    func byteCheckAgrees() {
        var generator = SeededGenerator(seed: 11)
        let pieces = ["review", "Reviews", "REVIEWS", "rating", "Ratings", "customer", "user", "count", "no", "star", "product",
                      "-", "_", " ", "2", "é", "revie", "ratin", "R", "r", "eview", "ating", "preview", "xRating"]
        var named = 0
        for _ in 0 ..< 5000 {
            let value = (0 ..< Int.random(in: 0 ... 5, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let bytes = Array(("x " + value).utf8)[2...]
            for buyersOnly in [false, true] {
                let expected = reference(bytes, buyersOnly: buyersOnly)
                #expect(ProductRule.namesReviews(bytes, buyersOnly: buyersOnly) == expected, "\(value)")
                if expected { named += 1 }
            }
        }
        #expect(named > 500)
    }

    @Test("the node marks keep the hash of each element's first class and id")
    func attributeDigests() throws {
        let html = """
            <html><body><div class="Product-Reviews" id="r1" class="second"><p class="">One</p>
            <section id="userRatings"><pre><span class="hljs-tag">x</span></pre></section>
            <span id="" class="a b">Two</span></div></body></html>
            """
        let document = try HTMLParser.parse(html)
        let marks = NodeMarks(document)
        var read = 0
        for i in 0 ..< document.count where document.nodes[i].tag != .text {
            let hashes = marks.attributeDigests[i]
            guard hashes.flags & NodeMarks.AttributeDigest.read != 0 else { continue }
            read += 1
            let value = document.attributeBytes(.class, of: i)
            #expect((hashes.flags & NodeMarks.AttributeDigest.hasClass != 0) == (value.map { !$0.isEmpty } ?? false))
            if let value, !value.isEmpty { #expect(hashes.classHash == WordHash.of(value)) }
            let id = document.attributeBytes(.id, of: i)
            #expect((hashes.flags & NodeMarks.AttributeDigest.hasID != 0) == (id.map { !$0.isEmpty } ?? false))
            if let id, !id.isEmpty { #expect(hashes.idHash == WordHash.of(id)) }
        }
        #expect(read >= 4)
        // Inside code the pass reads nothing: the review rule reads those attributes itself.
        let span = try #require((0 ..< document.count).first { document.attributeBytes(.class, of: $0).map { Array($0) } == Array("hljs-tag".utf8) })
        #expect(marks.attributeDigests[span].flags == 0)
    }

    @Test("the node marks note a tab panel's role as the attribute reads")
    func tabPanelFlag() throws {
        let html = """
            <html><body><div role="tablist"><a role="tab">One</a></div>
            <div role="tabpanel" role="menu" class="menu-tabs"><p>Text</p></div><div role="menu"></div>
            <section role="TabPanel"><p>Other</p></section><div role="" id="x"><div role="tabpanel"></div></div></body></html>
            """
        let document = try HTMLParser.parse(html)
        let marks = NodeMarks(document)
        var panels = 0
        for i in 0 ..< document.count where marks.attributeDigests[i].flags & NodeMarks.AttributeDigest.read != 0 {
            let flagged = marks.attributeDigests[i].flags & NodeMarks.AttributeDigest.tabPanel != 0
            #expect(flagged == NodeMarks.isTabPanel(document, i))
            if flagged { panels += 1 }
        }
        #expect(panels == 2)
    }
}
