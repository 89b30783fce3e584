/// Reads the byline and dateline printed near the title: elements marked `rel="author"`,
/// `itemprop="author"` or with a class or id naming the author or byline, and short
/// "By Jane Doe" lines after the main heading; dates from `<time>` elements and short
/// elements whose class speaks of a date.
struct BylineReader {
    let document: Document
    let marks: NodeMarks?

    /// Families whose elements never hold the article's own byline or date.
    static let excludedFamilies: FamilySet = [
        .comments, .related, .sidebar, .navigation, .footer, .newsletter, .advertisement, .sponsored,
        .cookieConsent, .hidden, .share, .pagination,
    ]

    func isEligible(_ i: Int) -> Bool {
        guard let marks else { return true }
        if marks.removed[i] { return false }
        if let f = marks.family[i], Self.excludedFamilies.contains(f) { return false }
        return true
    }

    /// Whether an element's class, id, rel or itemprop marks it as a byline.
    static func bylineStrength(_ document: Document, _ i: Int) -> Int {
        bylineStrength(document, i, classWords: words(document, .class, of: i), idWords: words(document, .id, of: i))
    }

    /// ``bylineStrength(_:_:)`` with the words of the element's class and id already found.
    static func bylineStrength(_ document: Document, _ i: Int, classWords: Words?, idWords: Words?) -> Int {
        bylineStrength(rel: document.attributeBytes(.rel, of: i), itemprop: document.attributeBytes(.itemprop, of: i),
                       classWords: classWords, idWords: idWords)
    }

    /// ``bylineStrength(_:_:)`` from the element's rel and itemprop values and class and id words.
    static func bylineStrength(rel: ArraySlice<UInt8>?, itemprop: ArraySlice<UInt8>?, classWords: Words?, idWords: Words?) -> Int {
        if let rel, contains(rel, "author") { return 3 }
        if let prop = itemprop, contains(prop, "author") || contains(prop, "creator") { return 3 }
        if let w = classWords, w.namesByline { return 2 }
        if let w = idWords, w.namesByline { return 2 }
        return 0
    }

    /// Whether an element's class or id speaks of a publication date.
    static func isDateline(_ document: Document, _ i: Int) -> Bool {
        isDateline(document, i, classWords: words(document, .class, of: i), idWords: words(document, .id, of: i))
    }

    /// ``isDateline(_:_:)`` with the words of the element's class and id already found.
    static func isDateline(_ document: Document, _ i: Int, classWords: Words?, idWords: Words?) -> Bool {
        isDateline(itemprop: document.attributeBytes(.itemprop, of: i), classWords: classWords, idWords: idWords)
    }

    /// ``isDateline(_:_:)`` from the element's itemprop value and class and id words.
    static func isDateline(itemprop: ArraySlice<UInt8>?, classWords: Words?, idWords: Words?) -> Bool {
        if let prop = itemprop, contains(prop, "datepublished") || contains(prop, "datecreated") { return true }
        if let w = classWords, w.namesDate { return true }
        if let w = idWords, w.namesDate { return true }
        return false
    }

    /// What an element's class and id values say (``Words/namesByline`` and
    /// ``Words/namesDate`` of each), or ``unknown`` when not yet read.
    struct ClassAndID: OptionSet {
        let rawValue: UInt8
        static let unknown: ClassAndID = []
        /// Read (set even when the element has neither value).
        static let known = ClassAndID(rawValue: 1 << 0)
        static let classNamesByline = ClassAndID(rawValue: 1 << 1)
        static let classNamesDate = ClassAndID(rawValue: 1 << 2)
        static let idNamesByline = ClassAndID(rawValue: 1 << 3)
        static let idNamesDate = ClassAndID(rawValue: 1 << 4)

        init(rawValue: UInt8) { self.rawValue = rawValue }

        /// What one class (or id) value says.
        init(_ value: ArraySlice<UInt8>, isID: Bool) {
            let words = Words(value)
            var r: ClassAndID = []
            if words.namesByline { r.insert(isID ? .idNamesByline : .classNamesByline) }
            if words.namesDate { r.insert(isID ? .idNamesDate : .classNamesDate) }
            self = r
        }

        var namesByline: Bool { !isDisjoint(with: [.classNamesByline, .idNamesByline]) }
        var namesDate: Bool { !isDisjoint(with: [.classNamesDate, .idNamesDate]) }
    }

    /// ``bylineStrength(_:_:)`` from the element's rel and itemprop values and what its class
    /// and id say.
    static func bylineStrength(rel: ArraySlice<UInt8>?, itemprop: ArraySlice<UInt8>?, classAndID: ClassAndID) -> Int {
        if let rel, contains(rel, "author") { return 3 }
        if let prop = itemprop, contains(prop, "author") || contains(prop, "creator") { return 3 }
        return classAndID.namesByline ? 2 : 0
    }

    /// ``isDateline(_:_:)`` from the element's itemprop value and what its class and id say.
    static func isDateline(itemprop: ArraySlice<UInt8>?, classAndID: ClassAndID) -> Bool {
        if let prop = itemprop, contains(prop, "datepublished") || contains(prop, "datecreated") { return true }
        return classAndID.namesDate
    }

    /// The byline and date words a class or id value contains (ASCII capitals folded),
    /// found in one pass over its bytes.
    struct Words {
        let count: Int
        let mask: UInt32

        static let author: UInt32 = 1 << 0, byline: UInt32 = 1 << 1, byDashLine: UInt32 = 1 << 2, writtenby: UInt32 = 1 << 3
        static let creator: UInt32 = 1 << 4, comment: UInt32 = 1 << 5, avatar: UInt32 = 1 << 6, photo: UInt32 = 1 << 7
        static let image: UInt32 = 1 << 8, bio: UInt32 = 1 << 9, desc: UInt32 = 1 << 10, social: UInt32 = 1 << 11
        static let follow: UInt32 = 1 << 12, more: UInt32 = 1 << 13, about: UInt32 = 1 << 14, label: UInt32 = 1 << 15
        static let date: UInt32 = 1 << 16, publish: UInt32 = 1 << 17, posted: UInt32 = 1 << 18, time: UInt32 = 1 << 19
        static let meta: UInt32 = 1 << 20, update: UInt32 = 1 << 21, modif: UInt32 = 1 << 22

        static let bylineWords = author | byline | byDashLine | writtenby | creator
        static let notBylineWords = comment | avatar | photo | image | bio | desc | social | follow | more | about | label
        static let dateWords = date | publish | posted | time | byline | meta
        static let notDateWords = comment | update | modif

        /// A class or id naming the byline, and not a part of the author box.
        var namesByline: Bool {
            count >= 6 && count < 200 && mask & Self.bylineWords != 0 && mask & Self.notBylineWords == 0
        }

        /// A class or id speaking of a publication date.
        var namesDate: Bool {
            count >= 4 && count < 200 && mask & Self.dateWords != 0 && mask & Self.notDateWords == 0
        }

        /// The word of each bit above, bit k at index k. Each must also be matched in `init`'s switch.
        static let vocabulary: [StaticString] = [
            "author", "byline", "by-line", "writtenby", "creator", "comment", "avatar", "photo", "image", "bio", "desc",
            "social", "follow", "more", "about", "label", "date", "publish", "posted", "time", "meta", "update", "modif",
        ]

        /// Each byte's letter, 0 for a or A … 25 for z or Z, and 26 for every other byte.
        static let letters: [UInt8] = (0 ... 255).map { b -> UInt8 in
            let folded = BylineReader.fold(UInt8(b)) &- 0x61
            return folded < 26 ? folded : 26
        }

        /// For each letter (and 26, no letter), the letters that follow it at the start of a
        /// vocabulary word (bit k for letter k). Most class and id bytes start no word, and
        /// this table turns them away with two look-ups instead of a switch and a comparison
        /// per word.
        static let pairs: [UInt32] = {
            var table = [UInt32](repeating: 0, count: 27)
            for word in vocabulary {
                let p = word.utf8Start
                table[Int(p[0] - 0x61)] |= 1 << UInt32(p[1] - 0x61)
            }
            return table
        }()

        init(_ value: ArraySlice<UInt8>) {
            count = value.count
            guard count >= 3, count < 200 else { mask = 0; return }
            mask = value.withUnsafeBufferPointer { h -> UInt32 in
                Words.letters.withUnsafeBufferPointer { letters -> UInt32 in
                    Words.pairs.withUnsafeBufferPointer { pairs -> UInt32 in
                        var m: UInt32 = 0
                        let n = h.count
                        @inline(__always) func at(_ start: Int, _ word: StaticString) -> Bool {
                            let len = word.utf8CodeUnitCount
                            guard start + len <= n else { return false }
                            let p = word.utf8Start
                            var k = 1
                            while k < len, BylineReader.fold(h[start + k]) == p[k] { k += 1 }
                            return k == len
                        }
                        // The shortest word has three letters.
                        var start = 0
                        var first = letters[Int(h[0])]
                        while start &+ 3 <= n {
                            let second = letters[Int(h[start &+ 1])]
                            // Most positions end here (bit 26, no letter, is never set).
                            guard pairs[Int(first)] & (1 &<< UInt32(second)) != 0 else {
                                first = second
                                start &+= 1
                                continue
                            }
                            // The first two letters are those of a vocabulary word.
                            switch first &+ 0x61 {
                            case 0x61: // a
                                if at(start, "author") { m |= Words.author }
                                if at(start, "avatar") { m |= Words.avatar }
                                if at(start, "about") { m |= Words.about }
                            case 0x62: // b
                                if at(start, "byline") { m |= Words.byline }
                                if at(start, "by-line") { m |= Words.byDashLine }
                                if at(start, "bio") { m |= Words.bio }
                            case 0x63: // c
                                if at(start, "creator") { m |= Words.creator }
                                if at(start, "comment") { m |= Words.comment }
                            case 0x64: // d
                                if at(start, "desc") { m |= Words.desc }
                                if at(start, "date") { m |= Words.date }
                            case 0x66: // f
                                if at(start, "follow") { m |= Words.follow }
                            case 0x69: // i
                                if at(start, "image") { m |= Words.image }
                            case 0x6C: // l
                                if at(start, "label") { m |= Words.label }
                            case 0x6D: // m
                                if at(start, "more") { m |= Words.more }
                                if at(start, "meta") { m |= Words.meta }
                                if at(start, "modif") { m |= Words.modif }
                            case 0x70: // p
                                if at(start, "photo") { m |= Words.photo }
                                if at(start, "publish") { m |= Words.publish }
                                if at(start, "posted") { m |= Words.posted }
                            case 0x73: // s
                                if at(start, "social") { m |= Words.social }
                            case 0x74: // t
                                if at(start, "time") { m |= Words.time }
                            case 0x75: // u
                                if at(start, "update") { m |= Words.update }
                            case 0x77: // w
                                if at(start, "writtenby") { m |= Words.writtenby }
                            default: break
                            }
                            first = second
                            start &+= 1
                        }
                        return m
                    }
                }
            }
        }
    }

    /// The words of an element's class or id, nil when it has none.
    static func words(_ document: Document, _ name: AttributeName, of i: Int) -> Words? {
        document.attributeBytes(name, of: i).map(Words.init)
    }

    /// The authors named by the first usable byline element, and the element.
    func author(candidates: [Int], strong: Bool = false) -> (names: [String], node: Int)? {
        // Innermost first: an element holding another candidate defers to it.
        var ordered: [Int] = []
        var deferred: [Int] = []
        for (k, c) in candidates.enumerated() {
            let end = Int(document.nodes[c].end)
            if k + 1 < candidates.count, candidates[k + 1] < end { deferred.append(c) } else { ordered.append(c) }
        }
        // A name inside a comment thread is more likely a commenter's than the page's author:
        // bylines outside threads are tried first. (The thread's family is not always spread
        // over it: a thread holding most of the page's text is kept for content selection, and
        // on a forum the first post's author is the page's.)
        let all = ordered + deferred
        let inThread = all.map(isInCommentThread)
        let outside = all.indices.filter { !inThread[$0] }.map { all[$0] }
        let inside = all.indices.filter { inThread[$0] }.map { all[$0] }
        for c in outside + inside where isEligible(c) {
            guard let text = bylineText(c), !text.hasFewerCharacters(than: 2), text.hasFewerCharacters(than: 121) else { continue }
            let names = AuthorNames.clean(text).filter { AuthorNames.looksLikeName($0, requireCapital: !strong) }
            if !names.isEmpty { return (names, c) }
        }
        return nil
    }

    /// Whether other byline candidates share the element's tag and class: the bylines of a
    /// list of reviews, testimonials or comments rather than the page's own.
    func isRepeated(_ node: Int, among candidates: [Int]) -> Bool {
        let tag = document.nodes[node].tag
        let cls = document.attributeBytes(.class, of: node)
        return candidates.contains { c in
            c != node && document.nodes[c].tag == tag && document.attributeBytes(.class, of: c).map { a in cls.map { a.elementsEqual($0) } ?? false } ?? (cls == nil)
        }
    }

    /// Whether an element sits inside one marked as comments by its own class, id or role.
    func isInCommentThread(_ i: Int) -> Bool {
        guard let marks else { return false }
        var a = i
        while a >= 0 {
            if marks.ownFamily[a] == .comments { return true }
            a = Int(document.nodes[a].parent)
        }
        return false
    }

    /// The byline's text; for a microdata author, its `name` property. Nil for an element
    /// whose own text has 121 Characters or more (which `author(candidates:)` turns away).
    private func bylineText(_ c: Int) -> String? {
        if let content = document.attribute(.content, of: c), !content.isEmpty { return content }
        let end = Int(document.nodes[c].end)
        if document.attribute(.itemscope, of: c) != nil {
            for j in c + 1 ..< end where document.nodes[j].tag != .text {
                if let p = document.attributeBytes(.itemprop, of: j), p.elementsEqual("name".utf8) {
                    return document.attribute(.content, of: j) ?? document.normalizedText(of: j)
                }
            }
        }
        return document.normalizedText(of: c, ifFewerCharactersThan: 121)
    }

    /// A short "By Jane Doe" line within the nodes following the main heading, or a label
    /// ("Written by", "Author") followed by the name.
    func byLine(after heading: Int) -> (names: [String], node: Int)? {
        let start = Int(document.nodes[heading].end)
        let limit = min(document.count, start + 250)
        var i = start
        while i < limit {
            let node = document.nodes[i]
            if node.tag != .text { if !isEligible(i) { i = Int(node.end); continue }; i += 1; continue }
            let bytes = document.textBytes(of: i)
            guard bytes.count < 200, Self.mayStartByline(bytes) else { i += 1; continue }
            let text = AuthorNames.collapse(String(decoding: bytes, as: UTF8.self))
            let (isLabel, opensWithBy) = Self.bylineLineKind(text)
            if isLabel {
                // The name is the next text.
                var j = i + 1
                while j < min(limit, i + 8) {
                    if document.nodes[j].tag == .text, !document.textBytes(of: j).allSatisfy(\.isASCIIWhitespace) {
                        // A parent of 80 Characters or more is no byline, whatever names it holds.
                        guard let parentText = document.normalizedText(of: Int(document.nodes[j].parent), ifFewerCharactersThan: 80) else { break }
                        let names = AuthorNames.clean(parentText).filter { AuthorNames.looksLikeName($0) }
                        if !names.isEmpty { return (names, Int(document.nodes[j].parent)) }
                        break
                    }
                    j += 1
                }
            } else if opensWithBy {
                // The smallest element around the line that holds the name.
                var element = Int(node.parent)
                while element > 0, document.nodes[element].tag.isBlock == false,
                      document.normalizedText(of: Int(document.nodes[element].parent), ifFewerCharactersThan: 120) != nil {
                    element = Int(document.nodes[element].parent)
                }
                if let line = document.normalizedText(of: element, ifFewerCharactersThan: 120) {
                    let names = AuthorNames.clean(line).filter { AuthorNames.looksLikeName($0) }
                    if !names.isEmpty { return (names, element) }
                }
            }
            i += 1
        }
        return nil
    }

    /// False for a text that can be neither a byline label nor a "By …" line: its first
    /// character after whitespace and colons is ASCII and starts none of them.
    private static func mayStartByline(_ bytes: ArraySlice<UInt8>) -> Bool {
        var k = bytes.startIndex
        while k < bytes.endIndex, bytes[k] == 0x20 || bytes[k] &- 0x09 < 5 { k += 1 }
        while k < bytes.endIndex, bytes[k] == 0x3A { k += 1 }
        guard k < bytes.endIndex else { return false }
        let b = bytes[k]
        if b >= 0x80 { return true }
        switch fold(b) {
        case 0x61, 0x62, 0x70, 0x73, 0x77: return true // a, b, p, s, w
        default: return false
        }
    }

    static let labels: Set<String> = ["by", "written by", "author", "authors", "authored by", "posted by", "words by", "story by"]

    /// Whether a line, lower-cased, is one of ``labels`` between colons, and whether it opens
    /// with "by " or "written by ". An ASCII line is read on its bytes (lower-casing and
    /// trimming a line of up to 200 bytes as `String`s cost some 12,000 instructions, where
    /// a label has at most 11 bytes): ASCII is lower-cased byte by byte, and its only
    /// multi-scalar character, CR LF, is in no label or opening.
    static func bylineLineKind(_ text: String) -> (isLabel: Bool, opensWithBy: Bool) {
        let utf8 = text.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else {
            // Other than ASCII, lower-casing gives ASCII only for the Kelvin sign (a "k", in no
            // label) and no scalar is canonically equivalent to a lower-case letter or a space:
            // such a line is no label. Nor does it open with "by " or "written by " unless its
            // first byte is a "b" or a "w" of either case (no other scalar lower-cases to them).
            guard let first = utf8.first, fold(first) == 0x62 || fold(first) == 0x77 else { return (false, false) }
            let lower = text.lowercased()
            return (labels.contains(lower.trimmingCharacters(in: ":")), lower.hasPrefix("by ") || lower.hasPrefix("written by "))
        }
        let bytes = Array(utf8)
        var lower = 0, upper = bytes.count
        while lower < upper, bytes[lower] == 0x3A { lower += 1 }
        while upper > lower, bytes[upper - 1] == 0x3A { upper -= 1 }
        let isLabel = upper - lower <= 11 && labels.contains(String(decoding: bytes[lower ..< upper].map(fold), as: UTF8.self))
        func opens(_ prefix: StaticString) -> Bool {
            let n = prefix.utf8CodeUnitCount
            guard bytes.count >= n else { return false }
            for k in 0 ..< n where fold(bytes[k]) != prefix.utf8Start[k] { return false }
            return true
        }
        return (isLabel, opens("by ") || opens("written by "))
    }

    /// The first date found in a dateline element: its `datetime` or `content`, else its text.
    func date(candidates: [Int]) -> (date: String, node: Int)? {
        for c in candidates where isEligible(c) {
            if let v = document.attribute(.datetime, of: c) ?? document.attribute(.content, of: c),
               let d = DateNormalizer.normalize(v) { return (d, c) }
            guard let text = document.normalizedText(of: c, ifFewerCharactersThan: 101), !text.hasFewerCharacters(than: 6) else { continue }
            if let d = DateNormalizer.normalize(stripDateLabel(text)) { return (d, c) }
        }
        return nil
    }

    /// The date printed nearest the main heading: a `<time>` or `datePublished` element, or
    /// a short text that is a date ("Updated March 5, 2024"). Dates after the heading are
    /// preferred to dates before it; elements that mark their date win over bare text.
    func visibleDate(around heading: Int, readingInside: Bool = false) -> (date: String, node: Int)? {
        let headingEnd = readingInside ? heading + 1 : Int(document.nodes[heading].end)
        let low = max(0, heading - 200), high = min(document.count, headingEnd + 400)
        var best: (date: String, node: Int, cost: Double)? = nil
        var bestChanged = false
        // Dates found that no "Updated" label calls a change, with their nodes.
        var unlabelled: [(date: String, node: Int)] = []
        var i = low
        while i < high {
            let node = document.nodes[i]
            if i >= heading && i < headingEnd { i = headingEnd; continue }
            if !isEligible(i) {
                if node.tag != .text, i >= heading || Int(node.end) <= heading { i = Int(node.end); continue }
                i += 1; continue
            }
            let distance = i < heading ? Double(heading - i) * 1.5 : Double(i - headingEnd)
            if let b = best, distance - 30 > b.cost { break }
            var found: String? = nil
            var structured = false
            var changed = false
            if node.tag == .time || (node.tag != .text && document.attributeBytes(.itemprop, of: i).map { Self.contains($0, "datepublished") } == true) {
                if let v = document.attribute(.datetime, of: i) ?? document.attribute(.content, of: i) { found = DateNormalizer.normalize(v) }
                if found == nil {
                    if let t = document.normalizedText(of: i, ifFewerCharactersThan: 81) { found = DateNormalizer.normalize(stripDateLabel(t)) }
                }
                structured = found != nil
            } else if node.tag == .text {
                // The text's bytes are looked at in place first (a slice costs a retain and a
                // release, and most texts near a headline hold no date).
                let count = Int(node.count), start = Int(node.start)
                if count >= 6, count <= 160 {
                    let mayHoldDate = document.text.withUnsafeBufferPointer {
                        DateNormalizer.mayHoldDate(probing: UnsafeBufferPointer(rebasing: $0[start ..< start + count]))
                    }
                    if mayHoldDate {
                        let t = AuthorNames.collapse(String(decoding: document.textBytes(of: i), as: UTF8.self))
                        if t.count >= 6, t.count <= 60, let d = DateNormalizer.normalize(stripDateLabel(t)),
                           !isInTableCell(i), !isOtherDate(t, parent: Int(node.parent)) {
                            found = d
                            changed = Self.callsChange(t)
                        }
                    }
                } else if count > 160, i > headingEnd, let d = Self.wireDateline(document.textBytes(of: i)) {
                    found = d
                }
            }
            if let found {
                let cost = distance - (structured ? 20 : 0)
                if best == nil || cost < best!.cost { best = (found, i, cost); bestChanged = changed }
                if !changed { unlabelled.append((found, i)) }
            }
            i += 1
        }
        guard var best else { return nil }
        // A dateline printing the publication day beside its update ("12 May 2021 · Updated:
        // 3 June 2024"): the publication day, a few nodes from the update. An update printed
        // alone stands.
        if bestChanged, let own = unlabelled.min(by: { abs($0.node - best.node) < abs($1.node - best.node) }),
           abs(own.node - best.node) <= Heuristics.changedDatelineReach {
            best = (own.date, own.node, best.cost)
        }
        // The element that holds the date, for dropping a dateline from the text.
        var element = document.nodes[best.node].tag == .text ? Int(document.nodes[best.node].parent) : best.node
        while element > 0, !document.nodes[element].tag.isBlock, document.nodes[Int(document.nodes[element].parent)].end - Int32(element) < 12 {
            element = Int(document.nodes[element].parent)
        }
        return (best.date, element)
    }

    /// Whether text directly inside an element of this tag is never shown as a date would be:
    /// code, styles, a template, a `<noscript>` fallback, the window's title.
    static func hidesText(_ tag: Tag) -> Bool {
        tag == .script || tag == .style || tag == .noscript || tag == .template || tag == .title
    }

    /// Calls `body` for each text node a reader sees (not inside a script, style, template or
    /// the title, nor with `skippingOptions` a select box's option) that may hold a date and
    /// has `minimumBytes` to `maximumBytes` bytes, with its parent and bytes, in page order;
    /// stops when `body` returns false.
    private func forEachDateText(
        minimumBytes: Int = 6, maximumBytes: Int, skippingOptions: Bool = true,
        _ body: (_ text: Int, _ parent: Int, _ bytes: ArraySlice<UInt8>) -> Bool
    ) {
        for i in 0 ..< document.count where document.nodes[i].tag == .text {
            let parent = Int(document.nodes[i].parent)
            if Self.hidesText(document.nodes[parent].tag) || skippingOptions && document.nodes[parent].tag == .option { continue }
            let bytes = document.textBytes(of: i)
            guard bytes.count >= minimumBytes, bytes.count <= maximumBytes, DateNormalizer.mayHoldDate(bytes) else { continue }
            if !body(i, parent, bytes) { return }
        }
    }

    /// The days (`2024-03-05`) of the dates the page prints as short texts of their own (a
    /// dateline, a card's date, "Posted on …"), outside scripts and styles: what a reader can
    /// see, whichever part of the page it is in.
    func printedDays() -> Set<Substring> {
        var days = Set<Substring>()
        forEachDateText(maximumBytes: 160, skippingOptions: false) { _, _, bytes in
            let t = AuthorNames.collapse(String(decoding: bytes, as: UTF8.self))
            if t.count <= 80, let d = DateNormalizer.normalize(stripDateLabel(t)) { days.insert(d.prefix(10)) }
            return true
        }
        return days
    }

    /// The first date the page prints as a dateline of its own (see
    /// ``DateNormalizer/isBareDate(_:)``) outside its furniture, table cells and comments,
    /// and not a member's joining date or a copyright line.
    func firstBareDate() -> String? {
        var found: String? = nil
        forEachDateText(maximumBytes: 100) { i, parent, bytes in
            guard isEligible(i) else { return true }
            let line = AuthorNames.collapse(String(decoding: bytes, as: UTF8.self))
            guard line.count <= 60 else { return true }
            let t = stripDateLabel(line)
            guard let d = DateNormalizer.normalize(t), DateNormalizer.isBareDate(t), !isInTableCell(i),
                  !isOtherDate(line, parent: parent), !isInCommentThread(i) else { return true }
            found = d
            return false
        }
        return found
    }

    /// The date of the first post of a thread: the first of a run of at least
    /// `threadMinimumPosts` dates printed in alike elements (same tag and class, inside
    /// parents alike too), on at least two days and in time order, as a forum prints the
    /// posts of a thread oldest first. A listing prints its items' dates newest first and a
    /// member's "joined" dates follow no order, so neither makes a run. Table cells count
    /// here (forum software lays posts out in tables); hidden and furniture elements do not.
    func threadStartDate() -> (date: String, node: Int)? {
        struct Run { var first: Int; var firstDate: String; var last: String; var count: Int; var days: Int; var ordered: Bool }
        var runs: [[UInt8]: Run] = [:]
        forEachDateText(maximumBytes: 100) { i, parent, bytes in
            if let marks {
                if marks.removed[i] { return true }
                if let f = marks.family[i], f == .hidden || f == .navigation || f == .footer || f == .sidebar { return true }
            }
            var line = AuthorNames.collapse(String(decoding: bytes, as: UTF8.self))
            // A separator between the poster's name and the date ("by Ann » Tue Aug 27, …").
            while let c = line.first, !c.isLetter, !c.isNumber { line.removeFirst() }
            guard line.count >= 6, line.count <= 60 else { return true }
            let t = stripDateLabel(line)
            guard Self.hasClockTime(line), let d = DateNormalizer.normalize(t), DateNormalizer.isBareDate(t),
                  !isOtherDate(line, parent: parent) else { return true }
            var key: [UInt8] = []
            var a = parent
            for _ in 0 ..< 2 where a > 0 {
                key.append(document.nodes[a].tag.rawValue)
                key.append(contentsOf: document.attributeBytes(.class, of: a) ?? [])
                key.append(0)
                a = Int(document.nodes[a].parent)
            }
            let day = String(d.prefix(10))
            if var r = runs[key] {
                if day < r.last { r.ordered = false }
                if day != r.last { r.days += 1 }
                r.last = day
                r.count += 1
                runs[key] = r
            } else {
                runs[key] = Run(first: i, firstDate: d, last: day, count: 1, days: 1, ordered: true)
            }
            return true
        }
        let threads = runs.values.filter { $0.ordered && $0.count >= Heuristics.threadMinimumPosts && $0.days >= 2 }
        guard let best = threads.max(by: { ($0.count, -$0.first) < ($1.count, -$1.first) }) else { return nil }
        return (best.firstDate, Int(document.nodes[best.first].parent))
    }

    /// Phrases that introduce the day a republished or revised piece first appeared
    /// ("This article was originally published on 5 March 2021 and has been updated"), in
    /// English, German, French and Spanish.
    static let originallyPublishedPhrases = ["originally published", "first published", "ursprünglich veröffentlicht",
                                             "publié initialement", "initialement publié", "publicado originalmente"]

    /// The word ``originallyPublishedDate()`` looks for in every text node.
    static let publishedNeedle = FoldedNeedle("published")

    /// The date a note says the piece was first published ("This article was originally
    /// published on 26 Mar 2021 at 4:12pm but has been updated…"), read from the words after
    /// the phrase; nil when no such note holds a full date (a month alone, a journal's name).
    func originallyPublishedDate() -> String? {
        // The texts that name the word, found on the buffer in place (a slice per text node
        // cost a retain and a release); few pages have any.
        let needle = Self.publishedNeedle
        let candidates = document.text.withUnsafeBufferPointer { text -> [Int] in
            var found: [Int] = []
            for i in 0 ..< document.count where document.nodes[i].tag == .text {
                let node = document.nodes[i]
                guard node.count >= 12, node.count <= 400, !Self.hidesText(document.nodes[Int(node.parent)].tag) else { continue }
                let start = Int(node.start)
                if needle.occurs(in: text, start ..< start + Int(node.count)) { found.append(i) }
            }
            return found
        }
        for i in candidates {
            let parent = Int(document.nodes[i].parent)
            let bytes = document.textBytes(of: i)
            // The date may sit in an element of its own after the phrase.
            var text = AuthorNames.collapse(String(decoding: bytes, as: UTF8.self))
            if text.count < 40, let parentText = document.normalizedText(of: parent, ifFewerCharactersThan: 301) { text = parentText }
            let lower = text.lowercased()
            guard let phrase = Self.originallyPublishedPhrases.lazy
                .compactMap({ Self.mayContain(lower, $0) ? lower.range(of: $0) : nil }).first else { continue }
            let after = lower[phrase.upperBound...]
            var words = after.split(whereSeparator: { $0 == " " || $0 == "\n" }).prefix(10).map(String.init)
            while let w = words.first, ["on", "the", "am", "le", "el", "in"].contains(w) { words.removeFirst() }
            // Stop at the clause that follows the date ("… but has been updated", "… and").
            if let cut = words.firstIndex(where: { ["but", "and", "und", "et", "y", "mais", "pero", "aber"].contains($0) }) {
                words = Array(words[..<cut])
            }
            // Or at the end of the sentence: a number followed by a full stop ("… March 2022. Last …").
            if let end = words.firstIndex(where: { $0.hasSuffix(".") && $0.first?.isNumber == true }) {
                words = Array(words[...end])
            }
            for n in stride(from: words.count, through: 2, by: -1) {
                var candidate = words.prefix(n).joined(separator: " ")
                while let last = candidate.last, last == "." || last == "," || last == ";" || last == ")" { candidate.removeLast() }
                if let d = DateNormalizer.normalize(candidate), d.count >= 10 { return d }
            }
        }
        return nil
    }

    /// Whether a text holds a clock time ("16:26", "1:47 am"): digits on both sides of a colon.
    static func hasClockTime(_ text: String) -> Bool {
        let b = Array(text.utf8)
        guard b.count >= 3 else { return false }
        for k in 1 ..< b.count - 1 where b[k] == 0x3A {
            if b[k - 1] &- 0x30 < 10, b[k + 1] &- 0x30 < 10 { return true }
        }
        return false
    }

    /// The text in an element that prints `day` (`2024-03-05`) and nothing but the date
    /// ("Posted on March 5, 2024 at 9:30 am", "5 mars 2024 · 4 min read"; see
    /// ``DateNormalizer/isBareDate(_:)``), nil when the day is printed only inside a
    /// sentence or a reference, or not at all.
    func bareDateLine(_ day: Substring, in element: Int) -> String? {
        for i in element ..< Int(document.nodes[element].end) where document.nodes[i].tag == .text {
            let bytes = document.textBytes(of: i)
            guard bytes.count >= 6, bytes.count <= 160, DateNormalizer.mayHoldDate(bytes) else { continue }
            let line = AuthorNames.collapse(String(decoding: bytes, as: UTF8.self))
            let t = stripDateLabel(line)
            if let d = DateNormalizer.normalize(t), d.prefix(10) == day { return DateNormalizer.isBareDate(t) ? line : nil }
        }
        return nil
    }

    /// Whether the words before a printed date call it a later change ("Updated …").
    func isLabelledChanged(_ node: Int) -> Bool {
        readLabel(around: node) { lower in Self.containsAny(lower, Self.changedLabels) ? true : nil }
    }

    /// Whether a text calls the date it holds a change ("Updated …", "Mis à jour …").
    static func callsChange(_ text: String) -> Bool {
        let lower = text.lowercased()
        return containsAny(lower, changedLabels)
    }

    /// Reads the label of a printed date: `verdict` looks at the lower-cased text of the date's
    /// element, then of its parent (while short enough to be one line), and the first answer
    /// stands; false when neither answers.
    private func readLabel(around node: Int, _ verdict: (String) -> Bool?) -> Bool {
        var element = node
        for _ in 0 ..< 2 {
            guard let text = document.normalizedText(of: element, ifFewerCharactersThan: 81) else { return false }
            if let answer = verdict(text.lowercased()) { return answer }
            let parent = Int(document.nodes[element].parent)
            guard parent > 0 else { return false }
            element = parent
        }
        return false
    }

    /// The date of a news agency's dateline opening a story: "OSLO, March 3, 2024 (Reuters) –
    /// …" or "LYON, 3 mars 2024 (AFP) - …": a place in capitals, a comma, the date, then an
    /// agency in brackets or a dash, all within the first 80 bytes.
    static func wireDateline(_ bytes: ArraySlice<UInt8>) -> String? {
        let head = bytes.prefix(80)
        guard let comma = head.firstIndex(of: 0x2C), comma > head.startIndex + 1 else { return nil }
        // The place: capitals (any script's letters above ASCII are let through), spaces, dots.
        let place = head[head.startIndex ..< comma]
        guard place.contains(where: { $0 >= 0x41 && $0 <= 0x5A }),
              place.allSatisfy({ ($0 >= 0x41 && $0 <= 0x5A) || $0 == 0x20 || $0 == 0x2E || $0 == 0x2D || $0 >= 0x80 }) else { return nil }
        var rest = head[(comma + 1)...]
        // The date runs to the agency's bracket or to the dash.
        if let end = rest.firstIndex(where: { $0 == 0x28 || $0 == 0x2D || $0 == 0xE2 }) { rest = rest[..<end] } else { return nil }
        while let first = rest.first, first == 0x20 { rest = rest.dropFirst() }
        while let last = rest.last, last == 0x20 { rest = rest.dropLast() }
        let text = String(decoding: rest, as: UTF8.self)
        guard text.count >= 6, text.count <= 30, text.contains(where: \.isNumber) else { return nil }
        return DateNormalizer.normalize(text)
    }

    /// Whether a text sits in a table cell (within a few levels): a date there is a row's
    /// data (a time series, a schedule), not the page's dateline.
    private func isInTableCell(_ i: Int) -> Bool {
        var a = Int(document.nodes[i].parent)
        for _ in 0 ..< 4 where a > 0 {
            let tag = document.nodes[a].tag
            if tag == .td || tag == .th { return true }
            if tag.isBlock, tag != .div, tag != .p { return false }
            a = Int(document.nodes[a].parent)
        }
        return false
    }

    /// Dates that are not the page's: when a member joined, a copyright year range, a
    /// comment's time, the day's date in a header.
    static let otherDateLabels = ["joined", "member since", "registered", "last visit", "last seen", "copyright", "©",
                                  "beigetreten", "inscrit", "miembro desde", "today"]

    private func isOtherDate(_ text: String, parent: Int) -> Bool {
        // The label often sits in the element before the date: "<dt>Joined:</dt><dd>…</dd>".
        var parentText: String? = nil
        if parent > 0 {
            parentText = document.normalizedText(of: parent, ifFewerCharactersThan: 80)
        }
        var before: ArraySlice<UInt8>? = nil
        var i = parent - 1
        var steps = 0
        while i > 0, steps < 4 {
            if document.nodes[i].tag == .text {
                before = document.textBytes(of: i).prefix(60)
                break
            }
            i -= 1
            steps += 1
        }
        return Self.namesOtherDate(text, parentText: parentText, before: before)
    }

    /// Whether the date's text, its parent's short text or the text node before it holds one
    /// of ``otherDateLabels``, lower-cased. When all three are ASCII they are folded and
    /// searched as bytes (no `String` built, none lower-cased): an ASCII text's Characters are
    /// its bytes but CR LF, which no label holds; otherwise ``namesOtherDateByCharacters``.
    static func namesOtherDate(_ text: String, parentText: String?, before: ArraySlice<UInt8>?) -> Bool {
        var label: [UInt8] = []
        label.reserveCapacity(text.utf8.count + (parentText?.utf8.count ?? 0) + (before?.count ?? 0) + 2)
        func add<C: Collection<UInt8>>(_ bytes: C) -> Bool {
            for b in bytes {
                if b >= 0x80 { return false }
                label.append(b &- 0x41 < 26 ? b | 0x20 : b)
            }
            return true
        }
        guard add(text.utf8) else { return namesOtherDateByCharacters(text, parentText: parentText, before: before) }
        if let parentText {
            label.append(0x20)
            guard add(parentText.utf8) else { return namesOtherDateByCharacters(text, parentText: parentText, before: before) }
        }
        if let before {
            label.append(0x20)
            guard add(before) else { return namesOtherDateByCharacters(text, parentText: parentText, before: before) }
        }
        // One walk over the label: the needles are tried only at their first byte.
        let needles = otherDateLabelBytes
        return label.withUnsafeBufferPointer { hay in
            let n = hay.count
            for start in 0 ..< n {
                let b = hay[start]
                guard b >= 0x40, otherDateFirstBytes & (1 &<< UInt64(b & 63)) != 0 else { continue }
                for needle in needles where needle[0] == b && needle.count <= n - start {
                    var k = 1
                    while k < needle.count, hay[start + k] == needle[k] { k += 1 }
                    if k == needle.count { return true }
                }
            }
            return false
        }
    }

    /// The ASCII labels of ``otherDateLabels`` as bytes; their first bytes are the ones
    /// `namesOtherDate` stops at (an ASCII label cannot hold "©").
    private static let otherDateLabelBytes = otherDateLabels.filter { $0.utf8.allSatisfy { $0 < 0x80 } }.map { Array($0.utf8) }
    /// The first bytes of ``otherDateLabelBytes`` (lower-case letters, 0x40 to 0x7F), as bits.
    private static let otherDateFirstBytes = otherDateLabelBytes.reduce(UInt64(0)) { $0 | 1 &<< UInt64($1[0] & 63) }

    /// ``namesOtherDate(_:parentText:before:)`` on lower-cased `String`s.
    static func namesOtherDateByCharacters(_ text: String, parentText: String?, before: ArraySlice<UInt8>?) -> Bool {
        var label = text.lowercased()
        if let parentText { label += " " + parentText.lowercased() }
        if let before { label += " " + String(decoding: before, as: UTF8.self).lowercased() }
        return otherDateLabels.contains { TitleCleaner.mayContain(label, $0) && label.contains($0) }
    }

    /// Labels that say a printed date is the publication's, in the languages of the date
    /// normaliser's month names.
    static let publishedLabels = ["published", "posted", "originally", "publié", "publiée", "veröffentlicht",
                                  "publicado", "publicada", "pubblicato", "gepubliceerd", "opublikowano"]
    static let changedLabels = ["updated", "modified", "edited", "mis à jour", "aktualisiert", "actualizado", "aggiornato"]

    /// Whether the words before a printed date (in its element or the short one around it)
    /// call it the publication date, and none call it a later change.
    func isLabelledPublished(_ node: Int) -> Bool {
        readLabel(around: node) { lower in
            if Self.containsAny(lower, Self.changedLabels) { return false }
            return Self.containsAny(lower, Self.publishedLabels) ? true : nil
        }
    }

    /// Whether `text` contains one of `labels` by Foundation's search, asked only of the labels
    /// whose bytes occur in the text's (about 7,000 instructions a search, where most texts
    /// hold none of the labels).
    static func containsAny(_ text: String, _ labels: [String]) -> Bool {
        labels.contains { mayContain(text, $0) && text.contains($0) }
    }

    /// False when Foundation's search cannot find `label` in `text`. A label of ASCII bytes
    /// other than `;` and `` ` `` is checked on bytes (``TitleCleaner/mayContain(_:_:)``): the
    /// characters canonically equivalent to such bytes are the ASCII ones and the Kelvin sign,
    /// which lower-casing has turned into `k`. A label with other scalars ("mis à jour",
    /// "publié") is searched only when each of its runs of ASCII bytes occurs in the text
    /// (``asciiRunsOccur(in:_:)``); labels holding `;` or `` ` `` always are.
    static func mayContain(_ text: String, _ label: String) -> Bool {
        var ascii = true
        for b in label.utf8 {
            if b == 0x3B || b == 0x60 { return true }
            if b >= 0x80 { ascii = false }
        }
        return ascii ? TitleCleaner.mayContain(text, label) : asciiRunsOccur(in: text, label)
    }

    /// Whether each run of ASCII bytes in `label` occurs in `text`'s bytes, less a run's last
    /// byte where a scalar above ASCII follows it (a label written decomposed, "e" and a
    /// combining accent, would have the accented letter's base there). An ASCII character of
    /// the label can only be found as that same byte (see ``mayContain(_:_:)``), so a run
    /// missing from the text means the label is too. Runs hold no `;` or `` ` `` (the caller
    /// sends those labels to the search).
    static func asciiRunsOccur(in text: String, _ label: String) -> Bool {
        var text = text, label = label
        return label.withUTF8 { needle in
            text.withUTF8 { hay in
                var start = 0
                while start < needle.count {
                    // The next run: [start, end), and whether a scalar above ASCII follows it.
                    while start < needle.count, needle[start] >= 0x80 { start += 1 }
                    var end = start
                    while end < needle.count, needle[end] < 0x80 { end += 1 }
                    let runEnd = end < needle.count ? end - 1 : end
                    if runEnd > start {
                        let n = runEnd - start
                        var found = false
                        if hay.count >= n {
                            var i = 0
                            while i <= hay.count - n {
                                if hay[i] == needle[start] {
                                    var k = 1
                                    while k < n, hay[i + k] == needle[start + k] { k += 1 }
                                    if k == n { found = true; break }
                                }
                                i += 1
                            }
                        }
                        if !found { return false }
                    }
                    start = end
                }
                return true
            }
        }
    }

    private func stripDateLabel(_ text: String) -> String {
        var s = text
        let lower = s.lowercased()
        for label in ["last updated on", "last updated:", "last updated", "updated on", "updated:", "updated", "published on",
                      "published:", "published", "posted on", "posted:", "posted", "date:", "on "]
        where lower.hasPrefix(label) {
            s = String(s.dropFirst(label.count))
            break
        }
        return s
    }

    /// Whether `haystack`, with ASCII capitals folded, contains the lower-case `needle`.
    static func contains(_ haystack: ArraySlice<UInt8>, _ needle: StaticString) -> Bool {
        haystack.withUnsafeBufferPointer { contains($0, 0 ..< $0.count, needle) }
    }

    /// Whether `buffer[range]`, with ASCII capitals folded, contains the lower-case `needle`.
    ///
    /// The window's last byte is tested first: when it occurs nowhere in the needle (a set of
    /// the needle's bytes modulo 64, which may say yes wrongly but never no), no match can
    /// cover it and the window moves past it. Most texts are passed over a needle's length at
    /// a time rather than byte by byte.
    static func contains(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ needle: StaticString) -> Bool {
        let n = needle.utf8CodeUnitCount
        let count = range.count
        guard count >= n, n > 0 else { return count >= n }
        let p = needle.utf8Start
        var present: UInt64 = 0
        for k in 0 ..< n { present |= 1 &<< (UInt64(p[k]) & 63) }
        let lastByte = p[n - 1]
        var start = range.lowerBound
        let last = range.upperBound - n
        while start <= last {
            let tail = fold(buffer[start + n - 1])
            if present & (1 &<< (UInt64(tail) & 63)) == 0 {
                start += n
                continue
            }
            if tail == lastByte {
                var k = 0
                while k < n - 1, fold(buffer[start + k]) == p[k] { k += 1 }
                if k == n - 1 { return true }
            }
            start += 1
        }
        return false
    }

    @inline(__always)
    static func fold(_ b: UInt8) -> UInt8 { b &- 0x41 < 26 ? b | 0x20 : b }
}
