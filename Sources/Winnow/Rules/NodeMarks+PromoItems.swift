extension NodeMarks {
    /// A promo box repeated many times on the page, each with a heading of its own (a page
    /// builder's call-to-action widget used for every trail, course or plan the page lists),
    /// is the page's list of items, not an advertisement beside it: a site shows its own
    /// banner once or twice. The boxes (same class string) and everything inside them lose
    /// the promo family.
    mutating func liftRepeatedPromoItems(_ document: Document) {
        var counts: [UInt64: Int] = [:]
        var candidates: [(element: Int, key: UInt64)] = []
        for i in 0 ..< document.count where ownFamily[i] == .promo && !removed[i] {
            guard let value = document.attributeBytes(.class, of: i) else { continue }
            let end = Int(document.nodes[i].end)
            guard (i + 1 ..< end).contains(where: { document.nodes[$0].tag.isHeading }) else { continue }
            let key = WordHash.of(value)
            counts[key, default: 0] += 1
            candidates.append((i, key))
        }
        for candidate in candidates where counts[candidate.key, default: 0] >= Heuristics.promoItemMinimumRun {
            for j in candidate.element ..< Int(document.nodes[candidate.element].end) where ownFamily[j] == .promo {
                ownFamily[j] = nil
            }
        }
    }
}
