// The class-word scan's one-look-up word roles against the scan it replaced, which probed
// each table in turn and hashed every pair of words.
import Testing
@testable import Winnow

/// ``AttributeRules/classify(_:)`` as it was before its word roles were looked up in one
/// table, and its word split before runs of lower-case letters were passed over (kept
/// verbatim as the references).
enum ReferenceAttributeRules {
    static let exactTable = WordMap(AttributeRules.exactWords.map { (WordHash.of($0.key.utf8), $0.value) })
    static let pairTable = WordMap(AttributeRules.wordPairs.map { (WordHash.of($0.key.utf8), $0.value) })
    static let contentTable = WordSet(AttributeRules.contentWords.map { WordHash.of($0.utf8) })
    static let neutralTable = WordSet(AttributeRules.neutralizingWords.map { WordHash.of($0.utf8) })
    static let componentTable = WordSet(AttributeRules.componentWords.map { WordHash.of($0.utf8) })
    static let partTable = WordSet(AttributeRules.partWords.map { WordHash.of($0.utf8) })
    static let layoutTable = WordSet(AttributeRules.layoutUtilityWords.map { WordHash.of($0.utf8) })
    static let boxTable = WordSet(["card", "module", "panel"].map { WordHash.of($0.utf8) })
    static let advHash = WordHash.of("adv".utf8)
    static let signatureHash = WordHash.of("signature".utf8)
    static let postHash = WordHash.of("post".utf8)
    static let fragmentMatcher = PhraseMatcher(AttributeRules.wordFragments.map(\.0), wholeWords: false)
    static let neutralizable: FamilySet = [
        .comments, .sidebar, .header, .footer, .hidden, .share, .navigation, .promo, .tags,
    ]
    /// ``AttributeRules/splitWords(_:into:)`` as first written, reading each lower-case letter
    /// of a run on its own.
    static func splitWords(_ value: ArraySlice<UInt8>, into bounds: inout [Int]) {
        var previousLower = false
        var previousDigit = false
        // A word glued to a digit before it is a piece of a generated name (`jXK9ad`,
        // `h.7f3ad…`), not a word; a digit after it is a counter (`ad1`, `menu2`).
        var generated = false
        var start = value.startIndex
        var k = value.startIndex
        while k < value.endIndex {
            let byte = value[k]
            k += 1
            // CSS Modules append a five-character hash after a double underscore
            // (`table_root__adKqa`): its letters are no words (`ad`).
            if byte == 0x5F, k - 2 >= value.startIndex, value[k - 2] == 0x5F, AttributeRules.isModuleHash(value, from: k) {
                if k - 1 > start, !generated { bounds.append(start); bounds.append(k - 1) }
                k += AttributeRules.moduleHashLength
                start = k
                previousLower = false
                previousDigit = false
                continue
            }
            // A utility class's arbitrary value in brackets (`top-[var(--nav-height)]`,
            // `text-[rgba(0,0,0,0.5)]`) is CSS: the variable it reads names the site's menu,
            // not the element. The value is skipped up to its `]` (a class ends at a space).
            if byte == 0x5B {
                if k - 1 > start, !generated { bounds.append(start); bounds.append(k - 1) }
                while k < value.endIndex, value[k] != 0x5D, value[k] != 0x20 { k += 1 }
                start = k
                previousLower = false
                previousDigit = false
                generated = false
                continue
            }
            let isUpper = byte >= 0x41 && byte <= 0x5A
            let isLower = byte >= 0x61 && byte <= 0x7A
            if isUpper || isLower || byte >= 0x80 {
                if isUpper && previousLower {
                    if k - 1 > start, !generated { bounds.append(start); bounds.append(k - 1) }
                    start = k - 1
                    generated = false
                }
                if k - 1 == start { generated = previousDigit }
                previousLower = isLower
                previousDigit = false
            } else {
                if k - 1 > start, !generated { bounds.append(start); bounds.append(k - 1) }
                start = k
                previousLower = false
                previousDigit = byte >= 0x30 && byte <= 0x39
            }
        }
        if value.endIndex > start, start < k, !generated { bounds.append(start); bounds.append(value.endIndex) }
    }

    static func firstFragment(in word: ArraySlice<UInt8>) -> BoilerplateFamily? {
        fragmentMatcher.firstListed(in: word).map { AttributeRules.wordFragments[$0].1 }
    }

    static func classify(_ value: ArraySlice<UInt8>) -> AttributeRules.Verdict {
        var scratch = AttributeRules.Scratch()
        // Words split at non-letters and camelCase humps, as ranges of `value`: a word's letters
        // are contiguous there, and ``WordHash`` folds ASCII capitals as it hashes, so no
        // lower-cased copy of the value is made (only a long word's, for the fragment search).
        var bounds: [Int] = []  // start, end pairs into `value`
        swap(&bounds, &scratch.bounds)
        defer { swap(&bounds, &scratch.bounds) }
        bounds.removeAll(keepingCapacity: true)
        bounds.reserveCapacity(2 * value.count + 2)  // at most a word per byte: one allocation
        splitWords(value, into: &bounds)

        var contentHint = false
        var family: BoilerplateFamily? = nil
        var neutralized = false
        let wordCount = bounds.count / 2
        var previousHash: UInt64 = 0
        for w in 0 ..< wordCount {
            let lower = bounds[2 * w], upper = bounds[2 * w + 1]
            var hash = WordHash.seed
            for k in lower ..< upper { hash = WordHash.step(hash, value[k]) }
            defer { previousHash = hash }
            if contentTable.contains(hash) {
                // The words on either side (the next one hashed once, here: content words are rare).
                let next: UInt64? = w + 1 < wordCount ? WordHash.of(value[bounds[2 * w + 2] ..< bounds[2 * w + 3]]) : nil
                let previous: UInt64? = w > 0 ? previousHash : nil
                // `is-content-justification-left`, `justify-content-between`, `align-content-center`:
                // a layout utility placing its children, not a name for the page's content.
                let placesChildren = next.map(layoutTable.contains) == true || previous.map(layoutTable.contains) == true
                // `main-nav`, `MainNavigationItem`, `menu-content`: the word says whose menu it
                // is, or names the menu's own part.
                let namesMenu = next.map { exactTable[$0] == .navigation } == true
                    || previous.map { exactTable[$0] == .navigation } == true
                // `card-body`, `VideoPlaylistModule-body`, `panel-content`: the inside of one box.
                let insideBox = previous.map(boxTable.contains) == true
                if !placesChildren, !namesMenu, !insideBox { contentHint = true }
            }
            if neutralTable.contains(hash) { neutralized = true }
            guard family == nil else { continue }
            if let f = exactTable[hash] {
                // `adv` before a component's name abbreviates "advanced" (`kt-adv-heading`,
                // `adv-btn`), a page builder's block, not an advertisement.
                if hash == advHash, w + 1 < wordCount, componentTable.contains(WordHash.of(value[bounds[2 * w + 2] ..< bounds[2 * w + 3]])) {
                    continue
                }
                // `section-header`, `card-header`: a part's own header.
                if f == .header, w > 0, partTable.contains(previousHash) { continue }
                // A forum post's `signature` is the poster's blurb repeated under every post;
                // a `post-signature` is a Q&A engine's card of who asked or answered and when:
                // the post's byline, which decides nothing about the text around it.
                if hash == signatureHash, w > 0, previousHash == postHash { continue }
                family = f
                continue
            }
            if w + 1 < wordCount {
                var pair = WordHash.step(hash, 0x20)
                for k in bounds[2 * w + 2] ..< bounds[2 * w + 3] { pair = WordHash.step(pair, value[k]) }
                if let f = pairTable[pair] { family = f; continue }
            }
            if upper - lower >= 5 {
                scratch.bytes.removeAll(keepingCapacity: true)
                for k in lower ..< upper { scratch.bytes.append(value[k] &- 0x41 < 26 ? value[k] | 0x20 : value[k]) }
                if let f = firstFragment(in: scratch.bytes[...]) { family = f }
            }
        }
        if neutralized, let f = family, neutralizable.contains(f) { family = nil }
        return AttributeRules.Verdict(family: family, contentHint: contentHint)
    }

}

@Suite("Class words looked up once")
struct AttributeRulesScanTests {
    @Test("the scan agrees with the table-by-table scan on generated class values")
    func agreesWithTheReference() {
        var generator = SeededGenerator(seed: 20261129)
        var words = Array(AttributeRules.exactWords.keys) + Array(AttributeRules.contentWords)
            + Array(AttributeRules.neutralizingWords) + Array(AttributeRules.componentWords)
            + Array(AttributeRules.partWords) + Array(AttributeRules.layoutUtilityWords)
            + AttributeRules.wordFragments.map(\.0) + ["card", "module", "panel", "adv", "signature", "post", "x", "wrap", "btn"]
        for pair in AttributeRules.wordPairs.keys { words += pair.split(separator: " ").map(String.init) }
        let separators = ["-", "_", " ", "__", "--", "1", "-2-", " ", ":", "[var(--nav)]", "__aB3xZ", "__abcde", "é"]
        var families = 0, hints = 0
        // One scratch across all values, as a page's pass keeps it (its fragment cache fills).
        var scratch = AttributeRules.Scratch()
        for _ in 0 ..< 20000 {
            var value = ""
            for n in 0 ..< Int.random(in: 1 ... 6, using: &generator) {
                if n > 0 || Int.random(in: 0 ..< 4, using: &generator) == 0 { value += separators.randomElement(using: &generator)! }
                var word = words.randomElement(using: &generator)!
                switch Int.random(in: 0 ..< 6, using: &generator) {
                case 0: word = word.prefix(1).uppercased() + word.dropFirst()  // camelCase hump
                case 1: word = word.uppercased()
                case 2: word = "my" + word + "box"  // a fragment inside a longer word
                default: break
                }
                value += word
            }
            let bytes = Array(value.utf8)[...]
            let expected = ReferenceAttributeRules.classify(bytes)
            let got = AttributeRules.classify(bytes)
            #expect(got.family == expected.family && got.contentHint == expected.contentHint, "\(value)")
            let kept = AttributeRules.classify(bytes, scratch: &scratch)
            #expect(kept.family == expected.family && kept.contentHint == expected.contentHint, "\(value)")
            if expected.family != nil { families += 1 }
            if expected.contentHint { hints += 1 }
        }
        #expect(families > 2000 && hints > 2000)
    }
}
