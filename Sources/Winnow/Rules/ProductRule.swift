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
    static func markReviews(_ document: Document, _ marks: inout NodeMarks) {
        var title = -1
        for i in 0 ..< document.count where document.nodes[i].tag == .h1 && !marks.removed[i] {
            title = i
            break
        }
        var cache: [UInt64: Bool] = [:]
        var i = 0
        while i < document.count {
            let node = document.nodes[i]
            guard node.tag != .text, !marks.removed[i], node.count > 0, marks.ownFamily[i] == nil,
                  node.tag != .body, node.tag != .html, node.tag != .main,
                  !(title > i && title < Int(node.end)) else {
                i += 1
                continue
            }
            var named = false
            for name in [AttributeName.class, .id] {
                guard let value = document.attributeBytes(name, of: i), !value.isEmpty else { continue }
                let key = WordHash.of(value)
                if let known = cache[key] {
                    named = known
                } else {
                    named = namesReviews(value)
                    cache[key] = named
                }
                if named { break }
            }
            if named {
                marks.ownFamily[i] = .reviews
                // The whole subtree is the reviews; inner elements need no look.
                i = Int(node.end)
            } else {
                i += 1
            }
        }
    }

    private static let reviewWords = WordSet(["review", "reviews", "rating", "ratings"].map { WordHash.of($0.utf8) })
    private static let aboutReviewWords = WordSet(
        ["count", "counts", "number", "link", "icon", "has", "with", "no", "without", "enabled", "write", "form", "stars", "star"]
            .map { WordHash.of($0.utf8) })

    /// Whether one class or id value names reviews: one of its words (split at non-letters
    /// and camelCase humps, lower-cased) is a review word and none says it is only about them.
    static func namesReviews(_ value: ArraySlice<UInt8>) -> Bool {
        var found = false
        var hash = WordHash.seed
        var length = 0
        var previousLower = false
        func close() -> Bool {
            defer { hash = WordHash.seed; length = 0 }
            guard length > 0 else { return true }
            if aboutReviewWords.contains(hash) { return false }
            if reviewWords.contains(hash) { found = true }
            return true
        }
        for byte in value {
            let isUpper = byte >= 0x41 && byte <= 0x5A
            let isLower = byte >= 0x61 && byte <= 0x7A
            if isUpper || isLower {
                if isUpper && previousLower, !close() { return false }
                hash = WordHash.step(hash, isUpper ? byte | 0x20 : byte)
                length += 1
                previousLower = isLower
            } else {
                if !close() { return false }
                previousLower = false
            }
        }
        return close() && found
    }
}
