/// Boilerplate and content hints read from an element's name, `class`, `id`, `role` and
/// `aria-label`: the words sites use to name their furniture.
///
/// Class and id values are split into lower-case words at spaces, `-`, `_` and camelCase
/// humps, so `post-sharebar` yields `post`, `sharebar`. A rule matches either a whole word
/// (short, ambiguous keys such as `ad` or `nav`) or a substring of a word (long keys that
/// cannot occur by accident, such as `newsletter`).
enum AttributeRules {
    /// The family an element's tag alone implies.
    static func family(forTag tag: Tag) -> BoilerplateFamily? {
        switch tag {
        case .nav, .menu: return .navigation
        case .aside: return .sidebar
        case .footer: return .footer
        case .figcaption: return .caption
        default: return nil
        }
    }

    /// Families implied by ARIA roles.
    static let roles: [String: BoilerplateFamily] = [
        "navigation": .navigation, "banner": .header, "contentinfo": .footer,
        "complementary": .sidebar, "search": .form, "menu": .navigation, "menubar": .navigation,
        "alertdialog": .cookieConsent, "dialog": .cookieConsent, "toolbar": .share,
    ]

    /// Whole-word keys: the word must equal the key.
    static let exactWords: [String: BoilerplateFamily] = [
        "nav": .navigation, "navbar": .navigation, "navigation": .navigation, "menu": .navigation,
        "menubar": .navigation, "topbar": .navigation, "masthead": .header, "header": .header,
        "footer": .footer, "colophon": .footer, "sidebar": .sidebar, "aside": .sidebar, "rail": .sidebar,
        "breadcrumb": .breadcrumbs, "breadcrumbs": .breadcrumbs,
        "crumbs": .breadcrumbs, "cookie": .cookieConsent, "cookies": .cookieConsent, "consent": .cookieConsent,
        "gdpr": .cookieConsent, "cmplz": .cookieConsent, "onetrust": .cookieConsent,
        "cookiebot": .cookieConsent, "didomi": .cookieConsent, "usercentrics": .cookieConsent, "truste": .cookieConsent, "newsletter": .newsletter, "subscribe": .newsletter,
        "subscription": .newsletter, "signup": .newsletter, "optin": .newsletter, "promo": .promo,
        "promotion": .promo, "cta": .promo, "banner": .promo, "popup": .promo, "modal": .promo,
        "sponsored": .sponsored, "sponsor": .sponsored, "sponsors": .sponsored, "partner": .sponsored,
        "ad": .advertisement, "ads": .advertisement, "advert": .advertisement, "adv": .advertisement,
        "advertisement": .advertisement, "adslot": .advertisement, "adunit": .advertisement,
        "dfp": .advertisement, "gpt": .advertisement, "taboola": .advertisement, "outbrain": .advertisement,
        "share": .share, "sharing": .share, "sharebar": .share, "social": .share, "socials": .share,
        "related": .related, "recommended": .related, "recommendations": .related, "popular": .related,
        "trending": .related, "mostread": .related, "readmore": .related, "morestories": .related,
        "comments": .comments, "comment": .comments, "disqus": .comments, "respond": .comments,
        "bio": .authorBio, "biography": .authorBio, "signature": .authorBio, "byline": .articleMeta, "dateline": .articleMeta,
        "disclaimer": .legal, "copyright": .legal, "legal": .legal, "imprint": .legal,
        "pagination": .pagination, "pager": .pagination, "paging": .pagination,
        "toc": .tableOfContents, "tags": .tags, "tagcloud": .tags, "keywords": .tags,
        "skiplinks": .navigation,
    ]

    /// Substring keys: matched anywhere inside a word.
    static let wordFragments: [(String, BoilerplateFamily)] = [
        ("breadcrumb", .breadcrumbs), ("cookie", .cookieConsent), ("consent", .cookieConsent),
        ("newsletter", .newsletter), ("subscribe", .newsletter), ("sponsor", .sponsored),
        ("advert", .advertisement), ("adsbygoogle", .advertisement), ("adslot", .advertisement),
        ("sharebar", .share), ("socialshare", .share), ("sharing", .share), ("disclaimer", .legal),
        ("copyright", .legal), ("readingtime", .articleMeta), ("readtime", .articleMeta),
        ("tableofcontents", .tableOfContents), ("authorbio", .authorBio), ("authorbox", .authorBio),
        ("aboutauthor", .authorBio), ("authorinfo", .authorBio), ("postauthor", .authorBio),
        ("relatedpost", .related), ("relatedarticle", .related), ("recommend", .related),
        ("comment", .comments), ("pagination", .pagination), ("navbar", .navigation),
        ("sidebar", .sidebar), ("footer", .footer), ("promo", .promo), ("paywall", .promo),
        ("caption", .caption),
        // The box of a widely used author-box plugin (`saboxplugin-wrap`, `saboxplugin-desc`).
        ("saboxplugin", .authorBio),
    ]

    /// Two-word sequences that name furniture when the single words do not (`read-time`,
    /// `author-bio`, `share-buttons`).
    static let wordPairs: [String: BoilerplateFamily] = [
        "read time": .articleMeta, "reading time": .articleMeta, "author bio": .authorBio,
        "author box": .authorBio, "about author": .authorBio, "author info": .authorBio,
        "author card": .authorBio, "author details": .authorBio,
        "author detail": .authorBio, "author description": .authorBio, "author desc": .authorBio,
        "author about": .authorBio, "author summary": .authorBio, "author intro": .authorBio, "share buttons": .share,
        "share links": .share, "social links": .share, "social icons": .share,
        "related posts": .related, "related articles": .related, "related content": .related,
        "more from": .related, "most read": .related, "most popular": .related, "read next": .related,
        "you may": .related, "also like": .related, "post meta": .articleMeta, "entry meta": .articleMeta,
        "article meta": .articleMeta, "post tags": .tags, "entry tags": .tags, "site header": .header,
        "site footer": .footer, "page header": .header, "global nav": .navigation, "table contents": .tableOfContents,
        "on this": .tableOfContents, "skip link": .navigation, "skip links": .navigation, "skip to": .navigation, "app download": .promo, "call action": .promo,
        // A form's status messages (`w-form-done`, `w-form-fail`), shown after a submit.
        "form done": .form, "form fail": .form,
    ]

    /// Words that mark a container as the page's main content.
    static let contentWords: Set<String> = [
        "article", "content", "post", "entry", "story", "body", "main", "text", "blog", "news",
        "articlebody", "postbody", "storybody", "entrycontent", "postcontent", "articlecontent",
        "richtext", "prose", "markdown", "thread", "topic", "question", "answer", "answers", "recipe",
        "product", "description", "documentation", "docs",
    ]

    /// Words that, next to a family's word, show the element is content after all
    /// (`comment-count` is not a comment section, `has-sidebar` is a layout wrapper).
    static let neutralizingWords: Set<String> = [
        "count", "counts", "number", "link", "icon", "has", "with", "no", "without", "layout",
        "wrapper", "container", "page", "open", "enabled", "active", "template", "single", "left", "right",
        // `social-media-embed`, `twitter-embed`: a post the story quotes, not a share bar.
        "embed", "embedded",
    ]

    /// Layout words of CSS utility classes: next to a content word (`is-content-justification`,
    /// `justify-content-center`, `align-content-start`) they place the element's children and
    /// say nothing of what it holds.
    static let layoutUtilityWords: Set<String> = ["justify", "justification", "align", "alignment", "place"]

    /// Words naming a part of the page's body: before `header` they make it that part's own
    /// header (`section-header`, `card__header`) — its title and intro — not the site's.
    /// A category, collection or archive page's header holds its title and intro, and so does
    /// the header of its list of items or results (`product-list-header`, `listing-header`); a
    /// product's header (`product-header`), its name, subtitle and item number.
    static let partWords: Set<String> = [
        "section", "card", "block", "module", "panel", "headline", "category", "collection", "archive", "product",
        "list", "listing", "results",
    ]

    /// Names of page-builder components: after `adv`, they make it "advanced".
    static let componentWords: Set<String> = [
        "heading", "btn", "button", "buttons", "tabs", "tab", "gallery", "form", "search", "filter", "icon",
        "image", "column", "columns", "row", "accordion", "list", "text",
    ]

    /// Length of the hash CSS Modules append to a class name (`[name]_[local]__[hash:5]`).
    static let moduleHashLength = 5

    /// Whether a CSS Modules hash starts at `start`: exactly `moduleHashLength` letters and
    /// digits, among them an upper-case letter (BEM element names after `__` are lower-case
    /// words).
    static func isModuleHash(_ value: ArraySlice<UInt8>, from start: Int) -> Bool {
        var end = start
        var upper = false
        while end < value.endIndex {
            let b = value[end]
            let isAlnum = b &- 0x30 < 10 || b &- 0x41 < 26 || b &- 0x61 < 26
            guard isAlnum else { break }
            if b &- 0x41 < 26 { upper = true }
            end += 1
        }
        return upper && end - start == moduleHashLength
    }

    /// What one attribute value's words say.
    struct Verdict {
        var family: BoilerplateFamily?
        var contentHint: Bool
    }

    // The tables above, as hash lookups for the scan (built once).
    private static let exactTable = WordMap(exactWords.map { (WordHash.of($0.key.utf8), $0.value) })
    private static let pairTable = WordMap(wordPairs.map { (WordHash.of($0.key.utf8), $0.value) })
    private static let componentTable = WordSet(componentWords.map { WordHash.of($0.utf8) })
    private static let partTable = WordSet(partWords.map { WordHash.of($0.utf8) })
    private static let layoutTable = WordSet(layoutUtilityWords.map { WordHash.of($0.utf8) })
    private static let boxTable = WordSet(["card", "module", "panel"].map { WordHash.of($0.utf8) })
    private static let advHash = WordHash.of("adv".utf8)
    private static let signatureHash = WordHash.of("signature".utf8)
    private static let postHash = WordHash.of("post".utf8)
    private static let fragmentMatcher = PhraseMatcher(wordFragments.map(\.0), wholeWords: false)

    /// What a word is to the scan, in one look-up: the union of the tables' keys (most words
    /// of a value are none of them, and each table probed in turn cost a look-up apiece).
    private enum WordRole {
        static let content: UInt8 = 1 << 0
        static let neutral: UInt8 = 1 << 1
        static let exact: UInt8 = 1 << 2
        /// The first word of a ``wordPairs`` key: only then is the pair with the next word hashed.
        static let pairFirst: UInt8 = 1 << 3
    }
    private static let roleTable: WordMap<UInt8> = {
        var roles: [(hash: UInt64, role: UInt8)] = []
        for word in contentWords { roles.append((WordHash.of(word.utf8), WordRole.content)) }
        for word in neutralizingWords { roles.append((WordHash.of(word.utf8), WordRole.neutral)) }
        for word in exactWords.keys { roles.append((WordHash.of(word.utf8), WordRole.exact)) }
        for pair in wordPairs.keys { roles.append((WordHash.of(pair.utf8.prefix(while: { $0 != 0x20 })), WordRole.pairFirst)) }
        // A word in several tables gets all their roles.
        roles.sort { $0.hash < $1.hash }
        var merged: [(UInt64, UInt8)] = []
        for entry in roles {
            if let last = merged.last, last.0 == entry.hash {
                merged[merged.count - 1].1 |= entry.role
            } else {
                merged.append((entry.hash, entry.role))
            }
        }
        return WordMap(merged)
    }()

    private static let neutralizable: FamilySet = [
        .comments, .sidebar, .header, .footer, .hidden, .share, .navigation, .promo, .tags,
    ]

    /// Buffers ``classify(_:scratch:)`` reuses from one value to the next, so that a page's
    /// thousands of distinct values do not each allocate two arrays.
    struct Scratch {
        var bytes: [UInt8] = []
        var bounds: [Int] = []
        /// The first fragment (its index in ``wordFragments``, or `UInt8.max` for none) of each
        /// long word met so far, by the word's hash: a page's class values repeat their words
        /// (`items-center`, `justify-between`), and each search walked the word again.
        var fragments = WordCache<UInt8>()
    }

    /// Appends to `bounds` the start and end in `value` of each word of a class, id or
    /// aria-label value: split at non-letters and camelCase humps, less generated names'
    /// pieces, CSS Modules hashes and bracketed utility values (see the comments inside).
    @inline(__always)
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
            if byte == 0x5F, k - 2 >= value.startIndex, value[k - 2] == 0x5F, Self.isModuleHash(value, from: k) {
                if k - 1 > start, !generated { bounds.append(start); bounds.append(k - 1) }
                k += Self.moduleHashLength
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
                // The rest of a run of lower-case letters changes nothing above (the run's
                // first letter was read; `start` is before it): passed over in a tight loop.
                if isLower {
                    while k < value.endIndex, value[k] &- 0x61 < 26 { k += 1 }
                }
            } else {
                if k - 1 > start, !generated { bounds.append(start); bounds.append(k - 1) }
                start = k
                previousLower = false
                previousDigit = byte >= 0x30 && byte <= 0x39
            }
        }
        if value.endIndex > start, start < k, !generated { bounds.append(start); bounds.append(value.endIndex) }
    }

    /// The family named by the words of one class, id or aria-label value, and whether
    /// they hint at main content.
    static func classify(_ value: ArraySlice<UInt8>) -> Verdict {
        var scratch = Scratch()
        return classify(value, scratch: &scratch)
    }

    /// ``classify(_:)`` with buffers kept by the caller.
    static func classify(_ value: ArraySlice<UInt8>, scratch: inout Scratch) -> Verdict {
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
            var capitals = false
            for k in lower ..< upper {
                let b = value[k]
                capitals = capitals || b &- 0x41 < 26
                hash = WordHash.step(hash, b)
            }
            defer { previousHash = hash }
            let role = roleTable[hash] ?? 0
            if role & WordRole.content != 0 {
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
            if role & WordRole.neutral != 0 { neutralized = true }
            guard family == nil else { continue }
            if role & WordRole.exact != 0, let f = exactTable[hash] {
                // `adv` before a component's name abbreviates "advanced" (`kt-adv-heading`,
                // `adv-btn`), a page builder's block, not an advertisement.
                if hash == Self.advHash, w + 1 < wordCount, componentTable.contains(WordHash.of(value[bounds[2 * w + 2] ..< bounds[2 * w + 3]])) {
                    continue
                }
                // `section-header`, `card-header`: a part's own header.
                if f == .header, w > 0, partTable.contains(previousHash) { continue }
                // A forum post's `signature` is the poster's blurb repeated under every post;
                // a `post-signature` is a Q&A engine's card of who asked or answered and when:
                // the post's byline, which decides nothing about the text around it.
                if hash == Self.signatureHash, w > 0, previousHash == Self.postHash { continue }
                family = f
                continue
            }
            // A pair's hash equals a key's only when its first word is a key's first word.
            if w + 1 < wordCount, role & WordRole.pairFirst != 0 {
                var pair = WordHash.step(hash, 0x20)
                for k in bounds[2 * w + 2] ..< bounds[2 * w + 3] { pair = WordHash.step(pair, value[k]) }
                if let f = pairTable[pair] { family = f; continue }
            }
            if upper - lower >= 5 {
                let index: Int?
                if let known = scratch.fragments[hash] {
                    index = known == .max ? nil : Int(known)
                } else {
                    // A word without capitals is searched where it is; only others are folded first.
                    if !capitals {
                        index = fragmentMatcher.firstListed(in: value[lower ..< upper])
                    } else {
                        scratch.bytes.removeAll(keepingCapacity: true)
                        for k in lower ..< upper { scratch.bytes.append(value[k] &- 0x41 < 26 ? value[k] | 0x20 : value[k]) }
                        index = fragmentMatcher.firstListed(in: scratch.bytes[...])
                    }
                    scratch.fragments[hash] = index.map { UInt8($0) } ?? .max
                }
                if let index { family = wordFragments[index].1 }
            }
        }
        if neutralized, let f = family, neutralizable.contains(f) { family = nil }
        return Verdict(family: family, contentHint: contentHint)
    }

}
