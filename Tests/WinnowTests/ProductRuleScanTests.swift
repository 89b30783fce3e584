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
            if let value, !value.isEmpty { #expect(hashes.classHash == ValueHash.of(document.attributeBytes, value.indices)) }
            let id = document.attributeBytes(.id, of: i)
            #expect((hashes.flags & NodeMarks.AttributeDigest.hasID != 0) == (id.map { !$0.isEmpty } ?? false))
            if let id, !id.isEmpty { #expect(hashes.idHash == ValueHash.of(document.attributeBytes, id.indices)) }
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

@Suite("Attribute values hashed eight bytes at a time")
struct ValueHashTests {
    @Test("the eight-lane folding makes exactly the ASCII capitals small")
    func folding() {
        var generator = SeededGenerator(seed: 3)
        for _ in 0 ..< 20000 {
            let x = UInt64.random(in: .min ... .max, using: &generator)
            var expected: UInt64 = 0
            for lane in 0 ..< 8 {
                let b = UInt8(truncatingIfNeeded: x >> UInt64(8 * lane))
                expected |= UInt64(b >= 0x41 && b <= 0x5A ? b | 0x20 : b) << UInt64(8 * lane)
            }
            #expect(ValueHash.folded(x) == expected)
        }
        // Every byte value in every lane.
        for b in 0 ... 255 {
            for lane in 0 ..< 8 {
                let x = UInt64(b) << UInt64(8 * lane)
                let small = UInt64(b >= 0x41 && b <= 0x5A ? b | 0x20 : b) << UInt64(8 * lane)
                #expect(ValueHash.folded(x) == small)
            }
        }
    }

    @Test("values hash alike exactly when their case-folded bytes are equal")
    func groupsAsFoldedBytes() {
        var generator = SeededGenerator(seed: 8)
        let pieces = ["a", "A", "b", "B", "-", "é", "É", "post", "Post", "POST", " ", "0", "\u{0}", "z", "Z", "[", "@"]
        var values: [[UInt8]] = []
        for _ in 0 ..< 600 {
            let value = (0 ..< Int.random(in: 1 ... 12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            values.append(Array(value.utf8))
        }
        func folded(_ v: [UInt8]) -> [UInt8] { v.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 } }
        // Each value inside a larger buffer, at an offset that varies its alignment.
        let hashes = values.enumerated().map { n, v -> UInt64 in
            let buffer = [UInt8](repeating: 0x41, count: n % 7) + v + [0x42]
            return ValueHash.of(buffer, n % 7 ..< n % 7 + v.count)
        }
        var equal = 0
        for a in values.indices {
            for b in values.indices where b > a {
                let same = folded(values[a]) == folded(values[b])
                #expect((hashes[a] == hashes[b]) == same)
                if same { equal += 1 }
            }
        }
        #expect(equal > 20)
    }

    @Test("the tail read in one load hashes as the tail read byte by byte, in buffers of every size")
    func tails() {
        // The hash with its tail assembled byte by byte (the reference).
        func reference(_ value: [UInt8]) -> UInt64 {
            let padded = value + [UInt8](repeating: 0, count: 8)
            var copy = [UInt8](repeating: 0xEE, count: 64) + padded
            copy.removeLast(8)
            return ValueHash.of(copy, 64 ..< 64 + value.count)
        }
        var generator = SeededGenerator(seed: 21)
        for length in 1 ... 20 {
            for _ in 0 ..< 40 {
                let value = (0 ..< length).map { _ in UInt8.random(in: 0x20 ... 0xFF, using: &generator) }
                let expected = reference(value)
                // The value alone, at the start or the end of a buffer, and inside one.
                #expect(ValueHash.of(value, 0 ..< length) == expected)
                #expect(ValueHash.of(value + [1, 2, 3], 0 ..< length) == expected)
                #expect(ValueHash.of([9, 9] + value, 2 ..< 2 + length) == expected)
                #expect(ValueHash.of([9] + value + [7], 1 ..< 1 + length) == expected)
            }
        }
    }
}

