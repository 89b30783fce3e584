/// Teaser cards: runs of sibling elements built alike (same tag and class), each a short
/// text under a linked title, as in "More stories", "Related", "Latest news" grids.
///
/// On an article page they are the site's furniture, however prose-like their blurbs. On
/// a listing page they are the content; the listing pass lifts the mark (see
/// ``BlockClassifier``).
enum TeaserRule {
    /// The tags a card is written with (a switch: a `Set<Tag>` hashed every child of every
    /// element of the page).
    @inline(__always)
    static func isCardTag(_ tag: Tag) -> Bool {
        switch tag {
        case .div, .article, .li, .section, .other, .aside, .figure: return true
        default: return false
        }
    }

    /// Hash of the first word of a class attribute that holds no digit: the name cards of
    /// one kind share, where later words vary per card (`post-3494524`, `category-wild`).
    /// (One walk through a pointer, hashing as it goes: the value was read twice, the second
    /// time to hash the word found, with a bounds check on every byte.)
    static func stableClassWord(_ c: ArraySlice<UInt8>) -> UInt64 {
        c.withUnsafeBufferPointer { bytes in
            var hash = WordHash.seed
            var inWord = false, digit = false
            for b in bytes {
                if b.isASCIIWhitespace {
                    if inWord, !digit { return hash }
                    hash = WordHash.seed
                    inWord = false
                    digit = false
                } else {
                    inWord = true
                    if b >= 0x30 && b <= 0x39 { digit = true }
                    hash = WordHash.step(hash, b)
                }
            }
            return inWord && !digit ? hash : 0
        }
    }

    /// What cards of one kind share: the tag, and the stable word of the class
    /// (``stableClassWord(_:)``). Cards of a kind share their class value, so its word is found
    /// once, by the value's hash from ``NodeMarks`` (an empty or missing class adds nothing);
    /// an element that pass did not read has its class read here.
    static func cardSignature(_ child: Int, _ document: Document, _ marks: NodeMarks, _ classWords: inout WordCache<UInt64>) -> UInt64 {
        var signature = UInt64(document.nodes[child].tag.rawValue) &* 0x100_0000_01b3
        let digest = marks.attributeDigests[child]
        if digest.flags & NodeMarks.AttributeDigest.read != 0 {
            if digest.flags & NodeMarks.AttributeDigest.hasClass != 0 {
                if let word = classWords[digest.classHash] {
                    signature ^= word
                } else if let c = document.attributeBytes(.class, of: child) {
                    let word = stableClassWord(c)
                    classWords[digest.classHash] = word
                    signature ^= word
                }
            }
        } else if let c = document.attributeBytes(.class, of: child) {
            signature ^= stableClassWord(c)
        }
        return signature
    }

    /// Whether an element's text ends in an ellipsis ("…", "...", "[…]"): an excerpt cut short,
    /// as teaser blurbs are; a list item of the story's own ends its sentence.
    static func endsWithEllipsis(_ document: Document, _ element: Int, removed: [Bool]) -> Bool {
        var i = Int(document.nodes[element].end) - 1
        while i > element {
            if document.nodes[i].tag == .text, !removed[i] {
                // Read in place in the text buffer (no slice, no array literal per card).
                let bytes = document.text
                let start = Int(document.nodes[i].start)
                var end = start + Int(document.nodes[i].count)
                while end > start, bytes[end - 1].isASCIIWhitespace { end -= 1 }
                if end > start {
                    if bytes[end - 1] == 0x5D { end -= 1 }  // "[…]"
                    guard end - start >= 3 else { return false }
                    let a = bytes[end - 3], b = bytes[end - 2], c = bytes[end - 1]
                    return (a == 0x2E && b == 0x2E && c == 0x2E) || (a == 0xE2 && b == 0x80 && c == 0xA6)
                }
            }
            i -= 1
        }
        return false
    }

    /// Whether a link is a control rather than a way to another page: `role="button"`, or an
    /// `href` that stays on the page (`#`, `#answer-3`). The question of an FAQ accordion is
    /// such a link around its heading; it opens the answer below, it leads to no story.
    static func isToggle(_ document: Document, _ anchor: Int) -> Bool {
        if let role = document.attributeBytes(.role, of: anchor), role.elementsEqual("button".utf8) { return true }
        if let href = document.attributeBytes(.href, of: anchor) {
            let start = href.firstIndex { !$0.isASCIIWhitespace } ?? href.endIndex
            return start < href.endIndex && href[start] == 0x23  // "#"
        }
        return false
    }

    /// Whether a card opens with a linked title: its first heading holds a link, or, without
    /// a heading, its first words are a link. Sections of a page builder open with a plain
    /// heading and have their links further down (a button, a "Learn more").
    ///
    /// - Parameters:
    ///   - visibleText: Bytes of text other than whitespace under each node (``mark(_:_:)``'s count).
    ///   - minimumTitle: Visible bytes the linked title needs (0 once most cards of the run
    ///     have shown title-length titles: a short job title among long ones is still a card's).
    static func opensWithLinkedTitle(
        _ document: Document, _ card: Int, inLink: [Bool], visibleText: [Int32], removed: [Bool],
        minimumTitle: Int32 = Heuristics.teaserMinimumTitleBytes
    ) -> Bool {
        let end = Int(document.nodes[card].end)
        /// The heading that follows `heading` in the card with no visible text between.
        func headingNext(after heading: Int) -> Int? {
            var next = Int(document.nodes[heading].end)
            while next < end {
                let node = document.nodes[next]
                if removed[next] { next = Int(node.end); continue }
                if node.tag.isHeading { return next }
                if node.tag == .text, !document.textBytes(of: next).allSatisfy(\.isASCIIWhitespace) { return nil }
                next += 1
            }
            return nil
        }
        var i = card + 1
        while i < end {
            let node = document.nodes[i]
            if removed[i] { i = Int(node.end); continue }
            if node.tag.isHeading {
                // A short linked heading before another heading is the card's kicker (its
                // section or show): the title follows.
                let isLinked = inLink[i] || (i + 1 ..< Int(node.end)).contains { document.nodes[$0].tag == .a && inLink[$0] }
                if visibleText[i] < minimumTitle, isLinked, let title = headingNext(after: i) {
                    i = title
                    continue
                }
                // A title's length: a heading that links a user name (a post's author) is no
                // teaser's title.
                guard visibleText[i] >= minimumTitle else { return false }
                if inLink[i] { return true }
                for j in i + 1 ..< Int(node.end) where document.nodes[j].tag == .a && inLink[j] { return true }
                return false
            }
            i += 1
        }
        // No heading: the first visible text decides, if it is in a link as long as a
        // title (a post that opens with its author's name is no teaser). The card's picture
        // comes first and is no part of its words: a `<figure>` with what its caption holds
        // (a photo credit, "Quick view" buttons laid over a shop's tile).
        // A badge or a count over the title ("Bestseller", "3 Colors", "New") is a label of
        // the card, not its opening words: up to `cardLabelMaximumCount` such short unlinked
        // lines are passed over.
        i = card + 1
        var labels = 0
        while i < end {
            let node = document.nodes[i]
            if removed[i] || node.tag == .figure { i = Int(node.end); continue }
            if node.tag == .text, !document.textBytes(of: i).allSatisfy(\.isASCIIWhitespace) {
                if !inLink[i], labels < Heuristics.cardLabelMaximumCount,
                   visibleText[i] <= Heuristics.cardLabelMaximumBytes {
                    labels += 1
                    i += 1
                    continue
                }
                guard inLink[i] else { return false }
                var link = Int(node.parent)
                while link > card, document.nodes[link].tag != .a { link = Int(document.nodes[link].parent) }
                guard link > card else { return false }
                return visibleText[link] >= minimumTitle
            }
            i += 1
        }
        return false
    }

    /// Families of the site's frame: a content class word inside them (a mega-menu's
    /// `menu-content`, a consent panel's `cookie-body`, a header's `page-entry`) names a part of
    /// that widget, not a story of the page.
    static let frameFamilies: FamilySet = [.navigation, .header, .footer, .sidebar, .cookieConsent]

    /// Whether an element is part of the site's frame (``frameFamilies``): named so and not
    /// hinted as content, or a `<nav>`, `<aside>` or `<footer>`, whose tag says so whatever
    /// content words its classes carry (`u-text-off-black`, `main-collection-filters`).
    @inline(__always)
    static func isFrame(_ i: Int, _ document: Document, _ marks: NodeMarks) -> Bool {
        guard let family = marks.ownFamily[i], frameFamilies.contains(family) else { return false }
        return !marks.contentHint[i] || AttributeRules.family(forTag: document.nodes[i].tag).map(frameFamilies.contains) == true
    }

    /// Whether an element hinted as content (`<article>`, `itemprop=articleBody`, content class
    /// words), neither inside `parent` nor around it, holds at least `minimum` visible bytes.
    /// `<main>` wraps everything and says nothing here; the site's frame (``frameFamilies``)
    /// holds no story, whatever its inner class words say.
    static func hasStoryBeside(_ parent: Int, _ document: Document, _ marks: NodeMarks, _ visibleText: [Int32], minimum: Int32) -> Bool {
        let parentEnd = Int(document.nodes[parent].end)
        var i = 0
        while i < document.count {
            let node = document.nodes[i]
            if i == parent { i = parentEnd; continue }
            if isFrame(i, document, marks), !(i < parent && Int(node.end) > parent) {
                i = Int(node.end)
                continue
            }
            if marks.contentHint[i], !marks.removed[i], node.tag != .main, !(i < parent && Int(node.end) > parent) {
                if visibleText[i] >= minimum { return true }
                i = Int(node.end)
                continue
            }
            i += 1
        }
        return false
    }

    /// ``hasStoryBeside(_:_:_:_:minimum:)`` for several runs at once: the story must stand
    /// outside every run's parent and around none of them.
    static func hasStoryBeside(runs: [Int], _ document: Document, _ marks: NodeMarks, _ visibleText: [Int32], minimum: Int32) -> Bool {
        let parents = runs.sorted()
        func isAroundRun(_ i: Int) -> Bool {
            let end = Int(document.nodes[i].end)
            return parents.contains { i < $0 && end > $0 }
        }
        var i = 0
        var next = 0
        while i < document.count {
            let node = document.nodes[i]
            while next < parents.count, parents[next] < i { next += 1 }
            if next < parents.count, parents[next] == i { i = Int(node.end); continue }
            if isFrame(i, document, marks), !isAroundRun(i) {
                i = Int(node.end)
                continue
            }
            if marks.contentHint[i], !marks.removed[i], node.tag != .main, !isAroundRun(i) {
                if visibleText[i] >= minimum { return true }
                i = Int(node.end)
                continue
            }
            i += 1
        }
        return false
    }

    /// A header or footer inside a card is the card's own (`card__header`, `entry-header` over
    /// its title; `item__footer` under it with the price or date), not the site's: its title,
    /// byline and price are the card's. So is a tag list inside a card (`job-tile-tags`,
    /// `story__tags`): the item's own categories, terms or salary, not the site's tag cloud.
    static func liftCardHeaders(_ card: Int, _ document: Document, _ marks: inout NodeMarks) {
        for i in card + 1 ..< Int(document.nodes[card].end) {
            if let family = marks.ownFamily[i], cardPartFamilies.contains(family) { marks.ownFamily[i] = nil }
        }
    }

    /// Families a box inside a card is the card's own part under (see ``liftCardHeaders``).
    static let cardPartFamilies: FamilySet = [.header, .footer, .tags]

    /// Families a listing card's own box may be named for without being that widget: a shop
    /// tags every product that can be bought on subscription (`subscription-eligible`) or is
    /// on offer (`promo-item`); a box holding all of the card's words names the card's kind.
    static let cardKindFamilies: FamilySet = [.newsletter, .promo, .related, .pagination, .tags]

    /// A listing card, or a box inside it holding all of its words, loses a family of
    /// ``cardKindFamilies``: one of many alike cards is no sign-up form or promo banner.
    static func liftCardKinds(_ card: Int, _ document: Document, _ visibleText: [Int32], _ marks: inout NodeMarks) {
        let words = visibleText[card]
        guard words > 0 else { return }
        for i in card ..< Int(document.nodes[card].end) where visibleText[i] == words {
            if let family = marks.ownFamily[i], cardKindFamilies.contains(family) { marks.ownFamily[i] = nil }
        }
    }

    /// What ``mark(_:_:)`` knows of every node, from one top-down and one bottom-up pass.
    private struct Sizes {
        var text: [Int32], visibleText: [Int32], longestLink: [Int32]
        var inLink: [Bool], blockInside: [Bool]
    }

    private static func sizes(_ document: Document, removed: [Bool]) -> Sizes {
        let count = document.count
        // Text bytes under each node (as written, with the markup's indentation), the same
        // without whitespace (what a reader sees), and the longest link text under it.
        var text = [Int32](repeating: 0, count: count)
        var visibleText = [Int32](repeating: 0, count: count)
        var longestLink = [Int32](repeating: 0, count: count)
        var inLink = [Bool](repeating: false, count: count)
        // Whether a block-level element or a heading sits under each node, removed ones
        // included: cards are containers (one bottom-up pass, where a search per child walked
        // each candidate's subtree again).
        var blockInside = [Bool](repeating: false, count: count)
        // Both walks read and write through pointers: they visit every node, and the arrays'
        // bounds and uniqueness checks were most of their work.
        document.nodes.withUnsafeBufferPointer { nodes in
        inLink.withUnsafeMutableBufferPointer { inLink in
            for i in 0 ..< count {
                let parent = Int(nodes[i].parent)
                inLink[i] = (nodes[i].tag == .a && !isToggle(document, i)) || (parent >= 0 && inLink[parent])
            }
        }
        // The blank bytes of each text node counted by the shim's vectorised loop (every byte
        // of the page's text passes here; a Swift loop took some seven instructions a byte),
        // the one with byte-wide counts.
        document.text.withUnsafeBufferPointer { bytes in
        removed.withUnsafeBufferPointer { removed in
        text.withUnsafeMutableBufferPointer { text in
        visibleText.withUnsafeMutableBufferPointer { visibleText in
        longestLink.withUnsafeMutableBufferPointer { longestLink in
        blockInside.withUnsafeMutableBufferPointer { blockInside in
        inLink.withUnsafeBufferPointer { inLink in
        for i in stride(from: count - 1, through: 0, by: -1) {
            let parent = Int(nodes[i].parent)
            let tag = nodes[i].tag
            if parent >= 0, blockInside[i] || tag.isBlock || tag.isHeading { blockInside[parent] = true }
            guard !removed[i] else { continue }
            if tag == .text {
                let length = nodes[i].count
                text[i] = length
                if length > 0 {
                    let blank = LibXML2.blankByteCount(bytes.baseAddress! + Int(nodes[i].start), Int(length))
                    visibleText[i] = length - Int32(truncatingIfNeeded: blank)
                }
            }
            if tag == .a, inLink[i] { longestLink[i] = max(longestLink[i], text[i]) }
            if parent >= 0 {
                // Wrapping sums: a page's text bytes fit an `Int32` (the parse's counts are
                // `Int32`), so the overflow checks could never fire.
                text[parent] &+= text[i]
                longestLink[parent] = max(longestLink[parent], longestLink[i])
                visibleText[parent] &+= visibleText[i]
            }
        }
        }
        }
        }
        }
        }
        }
        }
        }
        return Sizes(text: text, visibleText: visibleText, longestLink: longestLink, inLink: inLink, blockInside: blockInside)
    }

    /// Find the cards and mark them ``BoilerplateFamily/teasers`` where no class rule has.
    static func mark(_ document: Document, _ marks: inout NodeMarks) {
        let count = document.count
        // Computed in a function of their own and bound here as constants: the closures below
        // read them, and a `var` they capture is boxed, which put a uniqueness check on every
        // write of the bottom-up pass.
        let sizes = Self.sizes(document, removed: marks.removed)
        let text = sizes.text, visibleText = sizes.visibleText, longestLink = sizes.longestLink, inLink = sizes.inLink
        let blockInside = sizes.blockInside
        marks.listingCard = .init(repeating: .none, count: count)
        // The site's frame (outermost elements of ``frameFamilies``): a mega-menu or a footer
        // of links can outweigh a product grid, but it is no part of what the page is for.
        var frames: [Int] = []
        var frameScan = 0
        while frameScan < count {
            if !marks.removed[frameScan], isFrame(frameScan, document, marks) {
                frames.append(frameScan)
                frameScan = Int(document.nodes[frameScan].end)
            } else {
                frameScan += 1
            }
        }
        /// Visible text of the page outside the frame, the frame around `parent` excepted.
        func pageText(around parent: Int) -> Double {
            var total = visibleText[0]
            for frame in frames where !(frame <= parent && Int(document.nodes[frame].end) > parent) { total -= visibleText[frame] }
            return Double(total)
        }
        func markTeasers(_ cards: [Int]) {
            for card in cards where marks.ownFamily[card] == nil {
                marks.ownFamily[card] = .teasers
                liftCardHeaders(card, document, &marks)
            }
        }
        func markListing(_ cards: [Int], as size: NodeMarks.ListingCard) {
            for card in cards {
                marks.listingCard[card] = size
                liftCardHeaders(card, document, &marks)
                liftCardKinds(card, document, visibleText, &marks)
            }
        }
        var smallRuns: [(parent: Int, cards: [Int])] = []
        // A parent's candidate cards with their signatures, grouped by sorting (most parents
        // have fewer than a run's cards and group nothing; a dictionary of arrays per parent
        // cost its emptying, hashing and the arrays' growth).
        var candidates: [(signature: UInt64, child: Int)] = []
        // The stable class word of each class value met, by the value's hash.
        var classWords = WordCache<UInt64>()
        // Runs of alike siblings, each with whether its members open with a linked title.
        var runs: [(parent: Int, signature: UInt64, members: [Int], titled: [Bool])] = []
        // Per kind of card (tag and class word), titled members and members on the whole page,
        // by open addressing on the signature (a hash already: a dictionary's SipHash, growth
        // and allocation cost some 2,500 instructions a kind).
        var titledOfKind = WordCache<(titled: Int, members: Int)>()
        for parent in 0 ..< count where !marks.removed[parent] && document.nodes[parent].tag != .text {
            let end = Int(document.nodes[parent].end)
            guard end - parent > Heuristics.teaserMinimumRun else { continue }
            // Emptied only when it holds something (an empty array's `removeAll` still went
            // through a generic `replaceSubrange`, 60 instructions for each of 8,000 parents).
            if !candidates.isEmpty { candidates.removeAll(keepingCapacity: true) }
            var child = parent + 1
            while child < end {
                let node = document.nodes[child]
                // Cards are containers; runs of paragraphs or rows are text and tables.
                if Self.isCardTag(node.tag), !marks.removed[child],
                   blockInside[child] || endsWithEllipsis(document, child, removed: marks.removed) {
                    let signature = cardSignature(child, document, marks, &classWords)
                    candidates.append((signature, child))
                }
                child = Int(node.end)
            }
            guard candidates.count >= Heuristics.teaserMinimumRun else { continue }
            // Runs in the order of their signatures, members in the page's order. (The
            // dictionary this replaces gave a per-process order: nothing below depends on it.)
            candidates.sort { $0.signature != $1.signature ? $0.signature < $1.signature : $0.child < $1.child }
            var first = 0
            while first < candidates.count {
                let signature = candidates[first].signature
                var last = first + 1
                while last < candidates.count, candidates[last].signature == signature { last += 1 }
                defer { first = last }
                guard last - first >= Heuristics.teaserMinimumRun else { continue }
                let members = candidates[first ..< last].map(\.child)
                let titled = members.map {
                    opensWithLinkedTitle(document, $0, inLink: inLink, visibleText: visibleText, removed: marks.removed)
                }
                runs.append((parent, signature, members, titled))
                let known = titledOfKind[signature] ?? (0, 0)
                titledOfKind[signature] = (known.titled + titled.filter { $0 }.count, known.members + members.count)
            }
        }
        for (parent, signature, members, titledList) in runs {
            // Titles must be title-length (a post's heading that links its author's name
            // is no title) unless most of the run's cards have such titles.
            // The cards of one kind across the page count together: a listing's rows of
            // three cards, one with a short title, are still rows of its cards.
            let kind = titledOfKind[signature] ?? (0, 0)
            let relaxed = titledList.filter { $0 }.count * 5 >= members.count * 3 || kind.titled * 5 >= kind.members * 3
            /// Whether the run's `k`th member opens like a card (by position: a dictionary
            /// from member to its title verdict cost more than the rest of the test).
            func opensLikeCard(_ k: Int) -> Bool {
                let member = members[k]
                return longestLink[member] >= Heuristics.teaserMinimumTitleBytes
                    && (titledList[k]
                        || relaxed && opensWithLinkedTitle(
                            document, member, inLink: inLink, visibleText: visibleText, removed: marks.removed, minimumTitle: 0)
                        // A blurb cut short with an ellipsis is an excerpt of the linked
                        // story, whatever label comes before its title.
                        || endsWithEllipsis(document, member, removed: marks.removed))
            }
            let cards = members.indices.filter {
                text[members[$0]] > 0 && visibleText[members[$0]] <= Heuristics.teaserMaximumBytes && opensLikeCard($0)
            }.map { members[$0] }
            guard cards.count >= Heuristics.teaserMinimumRun, cards.count * 5 >= members.count * 3 else {
                // Cards of a listing may be longer than a teaser (a caption, a long blurb, a
                // player's controls): such a run is no furniture, but when it holds much of
                // the page with no story beside it, the page may be a listing of them.
                let long = members.indices.filter {
                    visibleText[members[$0]] > 0 && visibleText[members[$0]] <= Heuristics.listingCardMaximumBytes && opensLikeCard($0)
                }.map { members[$0] }
                guard long.count >= Heuristics.teaserMinimumRun, long.count * 5 >= members.count * 3 else { continue }
                let runText = long.reduce(0) { $0 + Int(visibleText[$1]) }
                let minimum = Int32(Double(runText) * Heuristics.teaserStoryShare)
                if Double(runText) >= Heuristics.teaserMaximumPageShare * pageText(around: parent),
                   !hasStoryBeside(parent, document, marks, visibleText, minimum: minimum) {
                    markListing(long, as: .long)
                }
                continue
            }
            // A run that holds much of the page is what the page is for (a listing, a
            // service page of sections), not furniture beside it. Measured in visible
            // text: cards are deeply indented markup, and their whitespace is no text.
            let runText = cards.reduce(0) { $0 + Int(visibleText[$1]) }
            if Double(runText) >= Heuristics.teaserMaximumPageShare * pageText(around: parent) {
                // ... unless the page has a story of its own beside the run: an element that
                // says it is the content, outside the run and not around it, holding at least
                // `teaserStoryShare` of the run's text (a feed of cards under one article).
                let minimum = Int32(Double(runText) * Heuristics.teaserStoryShare)
                guard hasStoryBeside(parent, document, marks, visibleText, minimum: minimum) else {
                    // Then the page is a listing of them.
                    markListing(cards, as: .teaser)
                    continue
                }
                markTeasers(cards)
                continue
            }
            // Too small alone: one of several grids of a listing (rows of cards between
            // headings or ad slots), or furniture. Decided once every run is known.
            smallRuns.append((parent, cards))
        }
        // A listing split into several small grids: the runs together hold much of the page
        // with no story beside any of them. Runs inside the site's frame are its own.
        var pending: [(parent: Int, cards: [Int])] = []
        for run in smallRuns {
            let inFrame = frames.contains { $0 <= run.parent && Int(document.nodes[$0].end) > run.parent }
            if inFrame { markTeasers(run.cards) } else { pending.append(run) }
        }
        if pending.count >= 2 {
            // Cards nested in another run's card count once.
            var allCards = pending.flatMap(\.cards)
            allCards.sort()
            var total = 0
            var coveredEnd = -1
            for card in allCards where card >= coveredEnd {
                total += Int(visibleText[card])
                coveredEnd = Int(document.nodes[card].end)
            }
            // A story beside holds `teaserStoryShare` of the grids' text, or a short story's
            // length: an article over a long footer of section feeds is still an article.
            let minimum = min(Int32(Double(total) * Heuristics.teaserStoryShare), Heuristics.splitListingStoryBytes)
            if Double(total) >= Heuristics.teaserMaximumPageShare * pageText(around: -1),
               !hasStoryBeside(runs: pending.map(\.parent), document, marks, visibleText, minimum: minimum) {
                for run in pending { markListing(run.cards, as: .teaser) }
                pending.removeAll()
            }
        }
        for run in pending { markTeasers(run.cards) }
        // Most pages are no listing: an empty array tells the selector so without a walk.
        if !marks.listingCard.contains(where: { $0 != .none }) { marks.listingCard = [] }
    }
}


