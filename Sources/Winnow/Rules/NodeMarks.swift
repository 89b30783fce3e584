/// What the rules say about each node before any scoring: removed outright (never
/// content, hidden), marked as a boilerplate family, or hinted as main content.
struct NodeMarks {
    /// Nodes that are never content: their subtrees are skipped. Indexed by node.
    var removed: [Bool]
    /// The family of the nearest marked ancestor-or-self, if any. Indexed by node.
    var family: [BoilerplateFamily?]
    /// Elements whose own words or tag hint at main content.
    var contentHint: [Bool]
    /// Elements whose class/id/role carried a family of their own (not inherited).
    var ownFamily: [BoilerplateFamily?]
    /// What each element's class and id say of bylines and dates, found in the same pass
    /// over the distinct values as the families (the metadata scan reads them; elements
    /// this pass skips, removed ones among them, are left ``BylineReader/ClassAndID/unknown``).
    var bylineWords: [BylineReader.ClassAndID]
    /// What this pass's walk over each element's attributes found that later passes ask
    /// again: the hash (``ValueHash``) of its first `class` and `id` values, as hashed to
    /// find them in the cache (the product rule and the alike-slot rule key theirs by the same
    /// hashes, and read every element's attributes and hashed them again), and whether its
    /// role is `tabpanel` (``inheritFamilies(_:prose:proseBefore:anchor:)`` asked every node).
    var attributeDigests: [AttributeDigest]

    /// What one element's attributes say (see ``attributeDigests``).
    struct AttributeDigest {
        var classHash: UInt64 = 0
        var idHash: UInt64 = 0
        var flags: UInt8 = 0
        /// This pass read the element's attributes (elements it skips are left without).
        static let read: UInt8 = 1
        /// The element has a non-empty first class (``classHash``), a non-empty first id (``idHash``).
        static let hasClass: UInt8 = 2
        static let hasID: UInt8 = 4
        /// Its first role is `tabpanel`.
        static let tabPanel: UInt8 = 8
    }
    /// Cards of a run that holds much of the page and has no story beside it: the page is a
    /// listing of them (see ``TeaserRule``). Indexed by node; empty when the page has none.
    var listingCard: [ListingCard] = []

    /// A card of a listing, by size.
    enum ListingCard: UInt8 {
        case none
        /// No longer than a teaser (`teaserMaximumBytes`).
        case teaser
        /// Longer (up to `listingCardMaximumBytes` visible): a caption, a long blurb or a
        /// player's controls beside the title — or a post of a thread, built alike.
        case long
    }

    /// Applies the tag, attribute and visibility rules to every node of a document. Families
    /// are inherited later, once ``inheritFamilies(_:prose:proseBefore:anchor:)`` knows where the prose is.
    ///
    /// - Parameter readsHidden: Read hidden elements as if shown: the second look at a page
    ///   whose visible part gave nothing (content revealed by scripts).
    init(_ document: Document, readsHidden: Bool = false) {
        let count = document.count
        removed = .init(repeating: false, count: count)
        family = .init(repeating: nil, count: count)
        ownFamily = .init(repeating: nil, count: count)
        contentHint = .init(repeating: false, count: count)
        bylineWords = .init(repeating: .unknown, count: count)
        attributeDigests = .init(repeating: AttributeDigest(), count: count)
        var pageText: [Int32]? = nil
        for i in 0 ..< count {
            let node = document.nodes[i]
            if node.parent >= 0, removed[Int(node.parent)] { removed[i] = true; continue }
            guard node.tag != .text else { continue }
            if node.tag.isNeverContent {
                removed[i] = true
            } else if !readsHidden, Visibility.isHidden(document, i),
                      // A tab panel is hidden until its tab is chosen: the reader picks one of
                      // several versions of the text (per system, per language), all content.
                      document.attributeBytes(.role, of: i).map({ $0.elementsEqual("tabpanel".utf8) }) != true,
                      !Self.isAccordionPanel(document, i) {
                // A page hidden whole until its scripts run (an anti-flicker wrapper, a streamed
                // server render waiting to be moved into place) is still the page.
                if pageText == nil { pageText = Self.readableTextBytes(document) }
                let text = pageText!
                if Double(text[i]) < Heuristics.hiddenPageShare * Double(text[0]) { removed[i] = true }
            }
            if node.tag == .noscript, !Self.isServerRenderedContent(document, i) { removed[i] = true }
            if node.tag == .textarea { markWritingBox(document, around: i) }
        }
        var cache = WordCache<(verdict: AttributeRules.Verdict, byline: BylineReader.ClassAndID)>()
        var scratch = AttributeRules.Scratch()
        // Inside code (`<pre>`, `<code>`) class words are a highlighter's token kinds
        // (`token comment`, `hljs-tag`), not the page's furniture.
        var codeEnd = 0
        for i in 0 ..< count where !removed[i] {
            let node = document.nodes[i]
            guard node.tag != .text, node.tag != .html, node.tag != .body, i >= codeEnd else { continue }
            if node.tag == .pre || node.tag == .code { codeEnd = Int(node.end) }
            var own = AttributeRules.family(forTag: node.tag)
            var hint = node.tag == .article || node.tag == .main
            var role: ArraySlice<UInt8>? = nil
            attributeDigests[i].flags = AttributeDigest.read
            if node.count > 0 {
                // The first class, id, aria-label, itemprop, rel and role, in one walk over the
                // element's attributes (a look-up per name walked them once per name).
                // Class, id and aria-label as ranges of the attribute bytes: a slice costs a
                // retain and a release, and most values are found in the cache by their hash.
                var classRange: Range<Int>? = nil, idRange: Range<Int>? = nil, ariaLabelRange: Range<Int>? = nil
                var itemprop: ArraySlice<UInt8>? = nil, rel: ArraySlice<UInt8>? = nil
                for a in Int(node.start) ..< Int(node.start + node.count) {
                    let attribute = document.attributes[a]
                    let range = Int(attribute.start) ..< Int(attribute.start + attribute.count)
                    switch attribute.name {
                    case .class where classRange == nil: classRange = range
                    case .id where idRange == nil: idRange = range
                    case .ariaLabel where ariaLabelRange == nil: ariaLabelRange = range
                    case .itemprop where itemprop == nil: itemprop = document.attributeBytes[range]
                    case .rel where rel == nil: rel = document.attributeBytes[range]
                    case .role where role == nil: role = document.attributeBytes[range]
                    default: break
                    }
                }
                // Pages repeat the same class strings hundreds of times: each distinct value is
                // split and matched once.
                var family: BoilerplateFamily? = nil
                var byline = BylineReader.ClassAndID.known
                for k in 0 ..< 3 {
                    let name: AttributeName = k == 0 ? .class : k == 1 ? .id : .ariaLabel
                    guard let range = k == 0 ? classRange : k == 1 ? idRange : ariaLabelRange, !range.isEmpty,
                          name != .ariaLabel || range.count < 40 else { continue }
                    let hash = ValueHash.of(document.attributeBytes, range)
                    if k == 0 {
                        attributeDigests[i].classHash = hash
                        attributeDigests[i].flags |= AttributeDigest.hasClass
                    } else if k == 1 {
                        attributeDigests[i].idHash = hash
                        attributeDigests[i].flags |= AttributeDigest.hasID
                    }
                    let key = hash &+ UInt64(name.rawValue)
                    let verdict: AttributeRules.Verdict
                    if let cached = cache[key] {
                        verdict = cached.verdict
                        byline.formUnion(cached.byline)
                    } else {
                        let value = document.attributeBytes[range]
                        verdict = AttributeRules.classify(value, scratch: &scratch)
                        let words = name == .ariaLabel ? [] : BylineReader.ClassAndID(value, isID: name == .id)
                        cache[key] = (verdict, words)
                        byline.formUnion(words)
                    }
                    if family == nil, verdict.family != nil,
                       !(name == .id && Self.isHeadingAnchor(document, i, id: document.attributeBytes[range])) {
                        family = verdict.family
                    }
                    hint = hint || verdict.contentHint
                }
                bylineWords[i] = byline
                if let role, role.elementsEqual(Self.tabPanelRole) { attributeDigests[i].flags |= AttributeDigest.tabPanel }
                if let prop = itemprop,
                   prop.elementsEqual("articleBody".utf8) || prop.elementsEqual("text".utf8) || prop.elementsEqual("reviewBody".utf8) {
                    hint = true
                }
                if node.tag == .a, let rel,
                   ByteSearch.contains(ArraySlice(rel.map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 }), Self.sponsoredRel) {
                    family = .sponsored
                }
                if let role {
                    if let roleFamily = AttributeRules.roles[String(decoding: role, as: UTF8.self)] { family = roleFamily }
                    if role.elementsEqual("main".utf8) || role.elementsEqual("article".utf8) { hint = true }
                }
                if let family { own = family }
            }
            if node.tag == .form, Self.isOnlyAForm(document, i) { own = own ?? .form }
            // A heading classed `section-header` titles a section of the content; the site
            // header family is for containers. Nor is a heading a table of contents: its
            // `hide-from-toc`, `toc-anchor` classes say how a contents list treats it.
            if node.tag.isHeading, own == .header || own == .footer || own == .tableOfContents { own = nil }
            // A table's `sticky-header` is its header row's behaviour; a table is no site header.
            if own == .header, node.tag.isTablePart { own = nil }
            // A heading's link into the page (a permalink, a `toc-backref` to the contents) is
            // part of the title, whatever its class.
            if node.tag == .a, node.parent >= 0, document.nodes[Int(node.parent)].tag.isHeading,
               document.attributeBytes(.href, of: i)?.first == 0x23 {
                own = nil
            }
            // `<main>` (or role=main) is the page's main content by definition; its class or id
            // words name the layout (`id="skip-main"` is the skip link's target), not furniture.
            if node.tag == .main || role?.elementsEqual("main".utf8) == true { own = nil }
            contentHint[i] = hint
            ownFamily[i] = own ?? ownFamily[i]
        }
    }

    private static let sponsoredRel = Array("sponsored".utf8)

    /// Whether an element's id is the anchor made from the heading it opens with
    /// (`<section id="respond-to-review-comments"><h2>Respond to review comments</h2>`):
    /// documentation generators name each section after its title, so the id's words are the
    /// title's, not the name of a widget. A heading's own id is likewise made from its text
    /// (`<h3 id="price-promotions">`).
    ///
    /// The conditions are read cheapest first (they are pure, so their order changes no
    /// answer): the id's word count, the walk to the heading, the heading's letters compared
    /// with the id's as they come (no copies of either), and last the family-name look-up,
    /// which builds a string. A test compares it with the plain reading it replaced.
    static func isHeadingAnchor(_ document: Document, _ element: Int, id: ArraySlice<UInt8>) -> Bool {
        @inline(__always) func isAlphanumeric(_ b: UInt8) -> Bool { b &- 0x30 < 10 || (b | 0x20) &- 0x61 < 26 || b >= 0x80 }
        @inline(__always) func folded(_ b: UInt8) -> UInt8 { b &- 0x41 < 26 ? b | 0x20 : b }
        var words = 0
        var previous = false
        for b in id {
            let letter = isAlphanumeric(b)
            if letter, !previous { words += 1 }
            previous = letter
        }
        // No letters at all (the reference's empty `idLetters`).
        guard words > 0 else { return false }
        let isHeading = document.nodes[element].tag.isHeading
        if !isHeading, words == 2 { return false }
        let end = Int(document.nodes[element].end)
        var i = isHeading ? element : element + 1
        while i < end, i > element {
            let node = document.nodes[i]
            if node.tag.isHeading { break }
            if node.tag == .text, !document.textBytes(of: i).allSatisfy(\.isASCIIWhitespace) { return false }
            i += 1
        }
        guard i < end else { return false }
        // The heading's letters must be the id's, then at most three signs above ASCII.
        let matches = document.text.withUnsafeBufferPointer { text -> Bool in
            id.withUnsafeBufferPointer { idBytes -> Bool in
                var k = 0  // the next byte of the id to compare
                @inline(__always) func nextIDLetter() -> UInt8? {
                    while k < idBytes.count {
                        let b = idBytes[k]
                        k += 1
                        if isAlphanumeric(b) { return folded(b) }
                    }
                    return nil
                }
                var pending = nextIDLetter()
                var extra = 0
                for n in i + 1 ..< Int(document.nodes[i].end) where document.nodes[n].tag == .text {
                    let start = Int(document.nodes[n].start)
                    for p in start ..< start + Int(document.nodes[n].count) {
                        let b = text[p]
                        guard isAlphanumeric(b) else { continue }
                        if let expected = pending {
                            guard folded(b) == expected else { return false }
                            pending = nextIDLetter()
                        } else {
                            guard b >= 0x80 else { return false }
                            extra += 1
                            if extra > 3 { return false }
                        }
                    }
                }
                return pending == nil
            }
        }
        guard matches else { return false }
        if !isHeading, words == 1 {
            let idLetters = id.filter(isAlphanumeric).map(folded)
            if AttributeRules.exactWords[String(decoding: idLetters, as: UTF8.self)] != nil { return false }
        }
        return true
    }

    /// Text bytes under each node, outside never-content elements (scripts, styles, templates).
    static func readableTextBytes(_ document: Document) -> [Int32] {
        let count = document.count
        var never = [Bool](repeating: false, count: count)
        var text = [Int32](repeating: 0, count: count)
        // Both walks visit every node: read and written through pointers (bounds and
        // uniqueness checks were most of their work).
        document.nodes.withUnsafeBufferPointer { nodes in
            never.withUnsafeMutableBufferPointer { never in
                text.withUnsafeMutableBufferPointer { text in
                    for i in 0 ..< count {
                        let node = nodes[i]
                        let parent = Int(node.parent)
                        never[i] = (parent >= 0 && never[parent]) || (node.tag != .text && node.tag.isNeverContent)
                        if node.tag == .text, !never[i] { text[i] = node.count }
                    }
                    for i in stride(from: count - 1, through: 1, by: -1) {
                        let parent = Int(nodes[i].parent)
                        if parent >= 0 { text[parent] += text[i] }
                    }
                }
            }
        }
        return text
    }

    /// A form for writing (a comment or answer box, a sign-up): it has a text area or
    /// several inputs and little text besides its labels. Some sites wrap whole pages in a
    /// `<form>`; those have far more text and are left alone.
    static func isOnlyAForm(_ document: Document, _ index: Int) -> Bool {
        var inputs = 0, textBytes = 0
        for i in index + 1 ..< Int(document.nodes[index].end) {
            switch document.nodes[i].tag {
            case .textarea: inputs += 2
            case .input, .select: inputs += 1
            case .text: textBytes += Int(document.nodes[i].count)
            default: break
            }
        }
        return inputs >= 2 && textBytes < Heuristics.maximumFormTextBytes
    }

    /// A text area outside a form (script-driven answer and comment boxes): its nearest
    /// ancestors with little text are the box.
    private mutating func markWritingBox(_ document: Document, around textarea: Int) {
        var box = -1
        var candidate = Int(document.nodes[textarea].parent)
        for _ in 0 ..< 2 {
            guard candidate > 0, document.nodes[candidate].tag != .body else { break }
            var textBytes = 0
            for i in candidate + 1 ..< Int(document.nodes[candidate].end) where document.nodes[i].tag == .text {
                textBytes += Int(document.nodes[i].count)
            }
            if textBytes >= Heuristics.maximumWritingBoxTextBytes { break }
            box = candidate
            candidate = Int(document.nodes[candidate].parent)
        }
        if box > 0, ownFamily[box] == nil { ownFamily[box] = .form }
    }

    /// Most `<noscript>` holds a tracking pixel or "enable JavaScript"; some sites (forum
    /// engines among them) put the whole server-rendered page there for clients without
    /// scripts. Such a noscript has paragraphs of text and is kept.
    static func isServerRenderedContent(_ document: Document, _ index: Int) -> Bool {
        var textBytes = 0
        var blocks = 0
        for i in index + 1 ..< Int(document.nodes[index].end) {
            let tag = document.nodes[i].tag
            if tag == .text { textBytes += Int(document.nodes[i].count) } else if tag.isBlock { blocks += 1 }
        }
        return blocks >= 2 && textBytes >= Heuristics.minimumNoscriptContentBytes
    }

    /// Spreads each family from its element to the whole subtree, except from wrappers that
    /// hold most of the page's prose: those are layout, whatever their class says
    /// (`<div class="widget Blog">` around a blog post).
    ///
    /// - Parameter prose: Prose characters under each node (see ``Segmentation``).
    /// Families whose class words page builders also use for layout (`widget`, `promo`,
    /// `related`…); a site header, footer or cookie wall that holds the longest paragraph is
    /// still a header, footer or cookie wall.
    static let classNamesCanMislead: FamilySet = [
        .sidebar, .promo, .related, .teasers, .share, .tags, .advertisement, .sponsored, .pagination,
        .articleMeta, .authorBio, .caption,
    ]

    /// Families made of links, whose elements carry no running text.
    static let linkFamilies: FamilySet = [.tableOfContents, .pagination, .breadcrumbs, .tags]

    /// - Parameter anchor: The node of the page's longest prose block, if any: whatever holds
    ///   it is not furniture, since no widget carries the longest paragraph of a page.
    /// - Parameter proseBefore: Prose characters before each node: an element with most of
    ///   the prose outside it before it comes after the page rather than around it (a site
    ///   footer of long legal notes is still a footer).
    mutating func inheritFamilies(_ document: Document, prose: [Int32], proseBefore: [Int32], anchor: Int?) {
        let wrapperSize = Double(prose.first ?? 0) * Heuristics.familyWrapperShare
        let sectionClasses = layoutSectionClasses(document, prose: prose, wrapperSize: wrapperSize)
        // Whether an element holds block-level elements: only such an element can be a layout
        // wrapper. One that holds its text directly is a single block (a footer's paragraph
        // of contact details), and its name stands however long the text.
        var holdsBlocks = [Bool](repeating: false, count: document.count)
        for i in stride(from: document.count - 1, through: 1, by: -1) where !removed[i] {
            let parent = Int(document.nodes[i].parent)
            let tag = document.nodes[i].tag
            if parent >= 0, holdsBlocks[i] || tag.isBlock || tag.isHeading { holdsBlocks[parent] = true }
        }
        var tabPanelEnd = 0
        // The families are written through a pointer, out of `self`: a write through `self`
        // checked the array's uniqueness at every node.
        var family: [BoilerplateFamily?] = []
        swap(&family, &self.family)
        defer { swap(&family, &self.family) }
        family.withUnsafeMutableBufferPointer { family in
            for i in 0 ..< document.count where !removed[i] {
                let parent = Int(document.nodes[i].parent)
                if parent >= 0 { family[i] = family[parent] }
                // A card of a listing (see ``TeaserRule``) is the page's content: a wrapper's name
                // around the grid (`section-more-ads`, `promo-row`) does not make it an ad. The site's
                // menus, header and consent panel keep their cards.
                if !listingCard.isEmpty, listingCard[i] != .none, let inherited = family[i],
                   !Self.menuFamilies.contains(inherited), inherited != .cookieConsent {
                    family[i] = nil
                }
                if i >= tabPanelEnd {
                    // What the first pass found, or, for an element it did not read, the attribute itself.
                    let digest = attributeDigests[i].flags
                    let isPanel = digest & AttributeDigest.read != 0 ? digest & AttributeDigest.tabPanel != 0 : Self.isTabPanel(document, i)
                    if isPanel { tabPanelEnd = Int(document.nodes[i].end) }
                }
                let insidePanel = i < tabPanelEnd
                if Self.tabPanelLiftsNavigation(family[i], insidePanel: insidePanel, prose: prose[i]) { family[i] = nil }
                guard let own = ownFamily[i] else { continue }
                // A comment box inside a product's reviews holds the buyers' reviews (`comments`
                // for the list a review widget renders): still the reviews, which no pass takes
                // for a thread the page is about.
                if own == .comments, family[i] == .reviews { continue }
                if Self.tabPanelLiftsNavigation(own, insidePanel: insidePanel, prose: prose[i]) { continue }
                // Comment sections stay marked: a long thread under a short article is still not
                // the article (forum pages are taken back by the selector).
                // So do a product page's reviews (only marked there, see `ProductRule`): a long
                // list of them under a short description is still not the description.
                if own != .comments, own != .reviews, holdsBlocks[i], wrapperSize > 0, Double(prose[i]) >= wrapperSize,
                   !(own == .footer && comesAfterThePage(i, prose: prose, proseBefore: proseBefore)),
                   !(own == .cookieConsent && comesAfterThePage(i, prose: prose, proseBefore: proseBefore)
                       && standsApart(document, i, prose: prose)) {
                    continue
                }
                if !sectionClasses.isEmpty, own != .comments, own != .reviews, let value = document.attributeBytes(.class, of: i),
                   sectionClasses.contains(WordHash.of(value)) {
                    continue
                }
                // Tables of contents, pagers, breadcrumbs and tag lists are links; an element so named
                // that holds paragraphs of running text is a section of the content (`id="toc_3"`).
                if Self.linkFamilies.contains(own), prose[i] >= Int32(Heuristics.linkFamilyMaximumProse) { continue }
                // An author's box after the story can hold the page's longest paragraph when the
                // story is written in short ones (a long biography under a photo essay): it
                // follows the page, it does not wrap it.
                if Self.classNamesCanMislead.contains(own), let anchor, anchor > i, anchor < Int(document.nodes[i].end),
                   !(own == .authorBio && comesAfterThePage(i, prose: prose, proseBefore: proseBefore)) {
                    continue
                }
                // A box named `aside` that holds mostly code is the example column of a reference
                // (each call described on one side, its request and response on the other), not a
                // sidebar: sidebars hold links and widgets, not listings.
                if own == .sidebar, holdsMostlyCode(document, i) { continue }
                // Alike entries of a menu are menu entries, not teaser cards: in the listing pass,
                // where cards count as content, they stay the menu's.
                if own == .teasers, let inherited = family[i], Self.menuFamilies.contains(inherited) { continue }
                // A picture's caption inside a menu (a mega-menu's featured story) is the menu's.
                if own == .caption, family[i] == .navigation { continue }
                family[i] = own
            }
        }
    }

    /// Families of the site's menus, header and sidebars, whose entries never become content. Footers
    /// are left out: shops name boxes of their own page text `footer` (an SEO blurb under the
    /// grid), and cards there may be what the listing pass is looking for.
    static let menuFamilies: FamilySet = [.navigation, .header, .breadcrumbs, .tableOfContents, .sidebar]
}

extension NodeMarks {
    /// Whether at least half of an element's visible text bytes are inside `<pre>`.
    fileprivate func holdsMostlyCode(_ document: Document, _ element: Int) -> Bool {
        var total = 0, code = 0
        var preEnd = 0
        var i = element + 1
        let end = Int(document.nodes[element].end)
        while i < end {
            if removed[i] { i = Int(document.nodes[i].end); continue }
            let node = document.nodes[i]
            if node.tag == .pre, i >= preEnd { preEnd = Int(node.end) }
            if node.tag == .text {
                total += Int(node.count)
                if i < preEnd { code += Int(node.count) }
            }
            i += 1
        }
        return total > 0 && 2 * code >= total
    }

    /// Whether an element stands apart from the page's layout: the box under `<body>` that
    /// holds it is itself named furniture, or holds no other prose. Consent panels are
    /// injected at the end of the body, outside the page's wrapper (a banner and a settings
    /// panel in one box); a dialog inside the wrapper (a price note opened from a grid of
    /// products) is the page's own, whatever its role says.
    fileprivate func standsApart(_ document: Document, _ i: Int, prose: [Int32]) -> Bool {
        var top = i
        while true {
            let parent = Int(document.nodes[top].parent)
            guard parent >= 0, document.nodes[parent].tag != .body, document.nodes[parent].tag != .html else { break }
            top = parent
        }
        return ownFamily[top] != nil || prose[top] - prose[i] < Heuristics.proseBlockCharacters
    }

    /// Whether an element starts after a good part of the page's prose, and after most of the
    /// prose outside it: it follows the page (a footer of long legal notes) rather than
    /// wrapping it.
    fileprivate func comesAfterThePage(_ i: Int, prose: [Int32], proseBefore: [Int32]) -> Bool {
        let before = Double(proseBefore[i])
        return before >= Heuristics.pageFooterProseBefore * Double(prose[0])
            && before >= Heuristics.familyWrapperShare * Double(prose[0] - prose[i])
    }

    /// Class strings that name the page's sections rather than furniture: elements carrying
    /// the same marked class string (`content-nav-section`, `lm_navSource`) that between them
    /// hold at least `wrapperSize` of prose. The text is cut into sections of one layout
    /// class; each section alone is under the wrapper share, together they are the page.
    fileprivate func layoutSectionClasses(_ document: Document, prose: [Int32], wrapperSize: Double) -> Set<UInt64> {
        guard wrapperSize > 0 else { return [] }
        var proseByClass: [UInt64: (prose: Int, count: Int)] = [:]
        var i = 0
        while i < document.count {
            guard !removed[i], let own = ownFamily[i], own != .comments, own != .reviews, own != .teasers,
                  let value = document.attributeBytes(.class, of: i), !value.isEmpty else { i += 1; continue }
            proseByClass[WordHash.of(value), default: (0, 0)].prose += Int(prose[i])
            proseByClass[WordHash.of(value), default: (0, 0)].count += 1
            // Nested elements of the same class would count their prose twice: skip the subtree.
            i = Int(document.nodes[i].end)
        }
        var classes = Set<UInt64>()
        for (hash, sum) in proseByClass where sum.count >= 2 && Double(sum.prose) >= wrapperSize { classes.insert(hash) }
        return classes
    }
}

/// Hidden elements: the `hidden` attribute, `aria-hidden="true"`, the `popover` attribute
/// (menus, dialogs and cards shown only when a button opens them), inline styles that
/// hide (`display:none`, `visibility:hidden`), and inline elements classed as text for screen
/// readers alone (`sr-only`, `visually-hidden`, `screen-reader-text`).
enum Visibility {
    /// Classes of text written for screen readers alone, clipped to a pixel on screen
    /// ("Regular price" before a card's price, "Footnote"): no reader of the page sees it.
    /// Only on inline elements (a `<span>` slipped into a visible line): blocks and headings
    /// so classed are often a section's structure (a hidden heading over a menu, a hidden
    /// term of a definition list), which the lead and gallery rules read.
    /// (Found in one walk over the value, `s` and `v` opening the candidates: four searches of
    /// a static list cost a `swift_once` and a slice per classed inline element.)
    static func namesScreenReaderText(_ bytes: [UInt8], _ start: Int, _ count: Int) -> Bool {
        guard count >= 7 else { return false }
        return bytes.withUnsafeBufferPointer { buffer in
            let p = buffer.baseAddress! + start
            @inline(__always) func at(_ i: Int, _ literal: StaticString) -> Bool {
                let n = literal.utf8CodeUnitCount
                guard i + n <= count else { return false }
                let l = literal.utf8Start
                for k in 0 ..< n where p[i + k] != l[k] { return false }
                return true
            }
            for i in 0 ... count - 7 {
                switch p[i] {
                case 0x73: // s
                    if at(i, "sr-only") || at(i, "screen-reader-text") { return true }
                case 0x76: // v
                    if at(i, "visually") && (at(i + 8, "-hidden") || at(i + 8, "hidden")) { return true }
                default: break
                }
            }
            return false
        }
    }

    static func isHidden(_ document: Document, _ i: Int) -> Bool {
        let node = document.nodes[i]
        guard node.count > 0 else { return false }
        // One walk over the attributes: the first aria-hidden and style, as ranges of the
        // attribute bytes (a slice cost a retain and a release per element).
        var aria = 0 ..< 0, style = 0 ..< 0
        var hasAria = false, hasStyle = false
        for a in Int(node.start) ..< Int(node.start + node.count) {
            let attribute = document.attributes[a]
            switch attribute.name {
            case .hidden, .popover: return true
            case .class where !node.tag.isBlock && !node.tag.isHeading:
                if namesScreenReaderText(document.attributeBytes, Int(attribute.start), Int(attribute.count)) { return true }
            case .ariaHidden where !hasAria:
                hasAria = true
                aria = Int(attribute.start) ..< Int(attribute.start + attribute.count)
            case .style where !hasStyle:
                hasStyle = true
                style = Int(attribute.start) ..< Int(attribute.start + attribute.count)
            default: break
            }
        }
        // A link hidden from assistive readers only is the repeat of a link beside it (a card's
        // blurb linking the same story as its title): screen readers skip it, the page shows it.
        if hasAria, node.tag != .a, document.attributeBytes[aria].elementsEqual("true".utf8) { return true }
        if hasStyle, styleHides(document.attributeBytes, style) { return true }
        return false
    }

    /// Whether an inline style, read without spaces, tabs and line feeds and with ASCII
    /// capitals folded, holds `display:none` or `visibility:hidden`. Matched in place, a
    /// pattern's bytes taken across the skipped white space (a folded copy of the style was
    /// made for every styled element).
    static func styleHides(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        bytes.withUnsafeBufferPointer { p in
            @inline(__always) func skipped(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A }
            @inline(__always) func folded(_ b: UInt8) -> UInt8 { b | (b >= 0x41 && b <= 0x5A ? 0x20 : 0) }
            /// Whether `pattern` follows from `start` (a byte that is not skipped).
            func matches(_ pattern: StaticString, from start: Int) -> Bool {
                let l = pattern.utf8Start
                var j = start
                for k in 0 ..< pattern.utf8CodeUnitCount {
                    while j < range.upperBound, skipped(p[j]) { j += 1 }
                    guard j < range.upperBound, folded(p[j]) == l[k] else { return false }
                    j += 1
                }
                return true
            }
            for s in range {
                switch folded(p[s]) {
                case 0x64: if matches("display:none", from: s) { return true }  // d
                case 0x76: if matches("visibility:hidden", from: s) { return true }  // v
                default: break
                }
            }
            return false
        }
    }
}
