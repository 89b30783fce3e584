/// What the markup of a product's page says beyond the general rules (applied only when the
/// page's structured data declares one product, see `MetadataExtractor.describesProduct`).
enum ProductRule {
    /// Marks the customer reviews of a product page as the `reviews` family: elements whose
    /// class or id words name reviews or ratings (`product-reviews`, `reviewsMedley`,
    /// `rating-summary`). Buyers' reviews are comments on the product, not its description;
    /// on an article page the same words name a review the article *is*, so the rule is kept
    /// to product pages. An element around the product's title (the first `h1`) is the
    /// product's own column, whatever its name (`single-product reviews-enabled`), and
    /// words like `count`, `link` or `no` say the element is about reviews, not a list of
    /// them (`review-count`, `no-reviews`).
    ///
    /// - Parameter buyersOnly: Whether only elements that name *buyers'* reviews count
    ///   (`customer-reviews`, `userReviews`: a buyer word right before a review word). On a page
    ///   that declares no product, no article's own review is named so: such an element is a
    ///   shop's list of reviews whatever the structured data says (shops that declare none).
    static func markReviews(_ document: Document, _ marks: inout NodeMarks, buyersOnly: Bool = false) {
        mark(document, &marks, as: .reviews) { namesReviews($0, buyersOnly: buyersOnly) }
    }

    /// Marks the carousels of a product's page as the `related` family: elements whose class
    /// words include `carousel` (`carousel--slides`, `upsell-slider-carousel-container`,
    /// `quoteCarousel`). On one product's page a carousel slides through other products
    /// ("People who viewed this item also viewed", "Similar items") or the product's own
    /// pictures, never through its description; the description is written out in full. Not
    /// one around the product's title, nor one without blocks inside (`carousel-label`, the
    /// line that titles a carousel, is judged as the label it is).
    static func markCarousels(_ document: Document, _ marks: inout NodeMarks) {
        mark(document, &marks, as: .related, requiringBlocks: true) { hasWord(carouselWord, in: $0) }
    }

    /// Gives `family` to the outermost elements whose class or id `names` accepts, except
    /// headings, those already marked and those around the product's title (the first `h1`); with
    /// `requiringBlocks`, only to elements that hold block-level elements.
    private static func mark(
        _ document: Document, _ marks: inout NodeMarks, as family: BoilerplateFamily,
        requiringBlocks: Bool = false, names: (ArraySlice<UInt8>) -> Bool
    ) {
        var title = -1
        for i in 0 ..< document.count where document.nodes[i].tag == .h1 && !marks.removed[i] {
            title = i
            break
        }
        // Keyed by the value's word hash: an open-addressing table, where a `Dictionary` ran
        // SipHash over a key that is already a hash (this runs on every page).
        var cache = WordCache<Bool>()
        let bytes = document.attributeBytes
        var i = 0
        while i < document.count {
            let node = document.nodes[i]
            // A heading names no list of reviews: its id is an anchor made from its title
            // (`<h3 id="h-glowing-customer-reviews">`).
            guard node.tag != .text, !marks.removed[i], node.count > 0, marks.ownFamily[i] == nil,
                  node.tag != .body, node.tag != .html, node.tag != .main, !node.tag.isHeading,
                  !(title > i && title < Int(node.end)) else {
                i += 1
                continue
            }
            // The first class and the first id, by the hashes ``NodeMarks`` made of them (the
            // attributes are read only for a value not yet judged, or an element that pass
            // skipped: inside code).
            var named = false
            let known = marks.attributeDigests[i]
            for which in 0 ..< 2 {
                let name: AttributeName = which == 0 ? .class : .id
                var range: Range<Int>? = nil
                let key: UInt64
                if known.flags & NodeMarks.AttributeDigest.read != 0 {
                    guard known.flags & (which == 0 ? NodeMarks.AttributeDigest.hasClass : NodeMarks.AttributeDigest.hasID) != 0 else { continue }
                    key = which == 0 ? known.classHash : known.idHash
                } else {
                    guard let found = firstValue(name, of: node, in: document), !found.isEmpty else { continue }
                    range = found
                    key = ValueHash.of(bytes, found)
                }
                if let cached = cache[key] {
                    named = cached
                } else {
                    named = names(bytes[range ?? firstValue(name, of: node, in: document)!])
                    cache[key] = named
                }
                if named { break }
            }
            if named, requiringBlocks {
                named = (i + 1 ..< Int(node.end)).contains { document.nodes[$0].tag.isBlock || document.nodes[$0].tag.isHeading }
            }
            if named {
                marks.ownFamily[i] = family
                // The whole subtree is marked; inner elements need no look.
                i = Int(node.end)
            } else {
                i += 1
            }
        }
    }

    /// The range in the attribute bytes of an element's first attribute called `name`.
    private static func firstValue(_ name: AttributeName, of node: Document.Node, in document: Document) -> Range<Int>? {
        for a in Int(node.start) ..< Int(node.start + node.count) where document.attributes[a].name == name {
            let attribute = document.attributes[a]
            return Int(attribute.start) ..< Int(attribute.start + attribute.count)
        }
        return nil
    }

    private static let carouselWord = WordHash.of("carousel".utf8)

    /// Whether one of a class or id value's words (see ``forEachWord(in:_:)``) is `word`.
    static func hasWord(_ word: UInt64, in value: ArraySlice<UInt8>) -> Bool {
        !forEachWord(in: value) { $0 != word }
    }

    /// Calls `body` with the hash of each word of a class or id value, in order: runs of ASCII
    /// letters, split at non-letters and at camelCase humps, lower-cased. Stops at the first
    /// word `body` returns false for, and then returns false.
    static func forEachWord(in value: ArraySlice<UInt8>, _ body: (UInt64) -> Bool) -> Bool {
        var hash = WordHash.seed
        var length = 0
        var previousLower = false
        for byte in value {
            let isUpper = byte >= 0x41 && byte <= 0x5A
            let isLower = byte >= 0x61 && byte <= 0x7A
            if isUpper || isLower {
                if isUpper && previousLower {
                    if !body(hash) { return false }
                    hash = WordHash.seed
                    length = 0
                }
                hash = WordHash.step(hash, isUpper ? byte | 0x20 : byte)
                length += 1
                previousLower = isLower
            } else {
                if length > 0, !body(hash) { return false }
                hash = WordHash.seed
                length = 0
                previousLower = false
            }
        }
        return length == 0 || body(hash)
    }

    private static let reviewWords = WordSet(["review", "reviews", "rating", "ratings"].map { WordHash.of($0.utf8) })
    private static let aboutReviewWords = WordSet(
        ["count", "counts", "number", "link", "icon", "has", "with", "no", "without", "enabled", "write", "form", "stars", "star"]
            .map { WordHash.of($0.utf8) })

    /// Who writes the reviews of a shop: a word before a review word that says the reviews
    /// are its buyers' (`customer-reviews`, `buyer_ratings`, `userReviews`).
    private static let buyerWords = WordSet(
        ["customer", "customers", "buyer", "buyers", "user", "users", "client", "clients", "shopper", "shoppers"]
            .map { WordHash.of($0.utf8) })

    /// Whether one class or id value names reviews: one of its words (split at non-letters
    /// and camelCase humps, lower-cased) is a review word and none says it is only about them.
    /// With `buyersOnly`, the review word must come right after a buyer word.
    static func namesReviews(_ value: ArraySlice<UInt8>, buyersOnly: Bool = false) -> Bool {
        // A review word is in the value's bytes, whatever their case: most values have none,
        // and are turned away before their words are split and looked up.
        guard mentionsReviewWord(value) else { return false }
        var found = false
        var afterBuyer = false
        let aboutNone = forEachWord(in: value) { hash in
            if aboutReviewWords.contains(hash) { return false }
            if reviewWords.contains(hash), !buyersOnly || afterBuyer { found = true }
            afterBuyer = buyerWords.contains(hash)
            return true
        }
        return aboutNone && found
    }

    /// Whether `value` holds "review" or "rating" in any case of its ASCII letters: what a
    /// word of ``reviewWords`` is written with.
    static func mentionsReviewWord(_ value: ArraySlice<UInt8>) -> Bool {
        value.withUnsafeBufferPointer { p in
            let n = p.count
            guard n >= 6 else { return false }
            // Folding with 0x20 maps exactly the two cases of a letter onto its small letter.
            for i in 0 ... n - 6 where p[i] | 0x20 == 0x72 {  // r
                let a = p[i + 1] | 0x20, b = p[i + 2] | 0x20, c = p[i + 3] | 0x20, d = p[i + 4] | 0x20, e = p[i + 5] | 0x20
                if a == 0x65, b == 0x76, c == 0x69, d == 0x65, e == 0x77 { return true }  // eview
                if a == 0x61, b == 0x74, c == 0x69, d == 0x6E, e == 0x67 { return true }  // ating
            }
            return false
        }
    }
}
