/// Reads a page's metadata from its structured data, `<head>` and visible byline.
///
/// One pass over the nodes collects the title, meta tags, JSON-LD scripts, microdata,
/// `<time>` elements and byline candidates; the readers then weigh them, most trusted first:
/// JSON-LD, OpenGraph and Twitter cards, named meta tags, microdata and `<time>`, the
/// document's language, and last the byline and dateline printed near the title.
struct MetadataExtractor {
    let document: Document
    let url: String?
    var marks: NodeMarks? = nil

    /// The metadata, and the byline and dateline elements it was read from (which the body
    /// text should not repeat).
    struct Result {
        var metadata: Metadata
        /// Elements of the visible byline/dateline whose content went into the metadata.
        var bylineNodes: [Int] = []
        /// The page's `<base href>`.
        var baseHref: String? = nil
        /// Whether the page's structured data says it is the page of one product (see
        /// ``MetadataExtractor/describesProduct(jsonLD:openGraphType:microdataProducts:)``).
        var describesProduct = false
        /// Whether the page's JSON-LD declares one recipe: its ingredients and steps sit in
        /// boxes of their own beside the introduction.
        var describesRecipe = false
        /// Whether the page's structured data says it is a discussion: a forum thread
        /// (`DiscussionForumPosting`) or a question with its answers (`QAPage`).
        var describesDiscussion = false
        /// The first element whose microdata type names a thread's opening post (`Question`,
        /// `DiscussionForumPosting`), if any.
        var openingPostNode: Int?
    }

    init(document: Document, url: String?, marks: NodeMarks? = nil) {
        self.document = document
        self.url = url
        self.marks = marks
    }

    func extract() -> Metadata { read().metadata }

    /// What one walk over the page collects.
    private struct Scan {
        var titleTag: String?
        var tags = MetaTagReader()
        var jsonLD = JSONLDReader()
        var htmlLang: String?
        var canonical: String?
        var baseHref: String?
        var licenseLink: String?
        var imageLink: String?
        var headings: [Int] = []
        /// `h2`–`h4`: the headline when a page sets it lower than `h1` (then it reads as the title).
        var lowerHeadings: [Int] = []
        var bylines: [Int] = []
        var strongBylines: [Int] = []
        var datelines: [Int] = []
        var times: [Int] = []
        var microHeadline: String?
        var microPublished: [Int] = []
        var microModified: [Int] = []
        /// Elements with a schema.org `Product` microdata type.
        var microProducts = 0
        /// Whether an element has a schema.org discussion microdata type (a forum post, a
        /// question page).
        var microDiscussion = false
        /// The first element with a microdata type of an opening post (see `Result`).
        var openingPost: Int?
        /// Scripts other than JSON-LD (application data of script-built pages).
        var scripts: [Int] = []
    }

    private func scan() -> Scan {
        var s = Scan()
        var svgEnd = 0
        var inBody = false
        let nodes = document.nodes
        let attributes = document.attributes
        let bylineWords = marks?.bylineWords
        for i in 0 ..< nodes.count {
            let node = nodes[i]
            let tag = node.tag
            if tag == .text { continue }
            switch tag {
            case .svg, .math: svgEnd = max(svgEnd, Int(node.end))
            case .body: inBody = true
            case .title where s.titleTag == nil && i >= svgEnd:
                let t = document.normalizedText(of: i)
                if !t.isEmpty { s.titleTag = t }
            case .meta:
                s.tags.add(document: document, index: i)
                // Structured data a framework wrote into a meta tag for its scripts to turn
                // into a `<script type="application/ld+json">` (`name="script:ld+json"`).
                if let name = document.attributeBytes(.name, of: i), name.count < 40, BylineReader.contains(name, "ld+json"),
                   let content = document.attribute(.content, of: i) {
                    _ = s.jsonLD.add(script: content)
                }
            case .link:
                if let rel = document.attributeBytes(.rel, of: i), document.hasAttribute(.href, of: i) {
                    if s.canonical == nil, Self.relHas(rel, "canonical") { s.canonical = document.attribute(.href, of: i) }
                    if s.licenseLink == nil, Self.relHas(rel, "license") { s.licenseLink = document.attribute(.href, of: i) }
                    if s.imageLink == nil, Self.relHas(rel, "image_src") { s.imageLink = document.attribute(.href, of: i) }
                }
            case .base where s.baseHref == nil:
                s.baseHref = document.attribute(.href, of: i)
            case .script:
                if let type = document.attributeBytes(.type, of: i), BylineReader.contains(type, "ld+json") {
                    s.jsonLD.add(script: document.rawText(of: i))
                } else if s.scripts.count < 200 {
                    s.scripts.append(i)
                }
                continue
            case .html where s.htmlLang == nil:
                s.htmlLang = document.attribute(.lang, of: i)
            case .h1 where s.headings.count < 5:
                s.headings.append(i)
            case .h2, .h3, .h4:
                if s.lowerHeadings.count < 40 { s.lowerHeadings.append(i) }
            case .time where s.times.count < 20:
                if document.hasAttribute(.datetime, of: i) { s.times.append(i) }
            default: break
            }
            guard inBody || tag == .a || tag == .span else { continue }
            // Elements without attributes are neither microdata nor marked bylines or datelines.
            guard node.count > 0 else { continue }
            // The first itemprop, rel, class and id, in one walk over the attributes, as
            // ranges of the attribute bytes (a slice costs a retain and a release per element);
            // -1 for none.
            var prop = -1 ..< -1, rel = -1 ..< -1, classRange = -1 ..< -1, idRange = -1 ..< -1
            var hasItemtype = false
            let first = Int(node.start), last = first + Int(node.count)
            attributes.withUnsafeBufferPointer { attributes in
                for a in first ..< last {
                    let attribute = attributes[a]
                    switch attribute.name {
                    case .itemprop where prop.lowerBound < 0: prop = Int(attribute.start) ..< Int(attribute.start + attribute.count)
                    case .itemtype: hasItemtype = true
                    case .rel where rel.lowerBound < 0: rel = Int(attribute.start) ..< Int(attribute.start + attribute.count)
                    case .class where classRange.lowerBound < 0: classRange = Int(attribute.start) ..< Int(attribute.start + attribute.count)
                    case .id where idRange.lowerBound < 0: idRange = Int(attribute.start) ..< Int(attribute.start + attribute.count)
                    default: break
                    }
                }
            }
            if hasItemtype {
                for a in first ..< last where attributes[a].name == .itemtype {
                    let value = document.attributeBytes[Int(attributes[a].start) ..< Int(attributes[a].start + attributes[a].count)]
                    if s.microProducts < 8, Self.namesProductType(value) { s.microProducts += 1 }
                    if !s.microDiscussion, Self.namesDiscussionType(value) { s.microDiscussion = true }
                    if s.openingPost == nil, Self.namesOpeningPostType(value) { s.openingPost = i }
                }
            }
            let wantsByline = s.bylines.count < 40 && tag != .meta && tag != .link
            let wantsDateline = s.datelines.count < 40 && tag != .meta && tag != .time
            // What the class and id say: by NodeMarks' pass over the page's distinct values
            // where it read the element.
            var classAndID = bylineWords?[i] ?? .unknown
            // Most elements end here: no itemprop or rel, and a class and id that NodeMarks
            // found to name neither a byline nor a date.
            if prop.lowerBound < 0, rel.lowerBound < 0, classAndID.contains(.known), !classAndID.namesByline, !classAndID.namesDate {
                continue
            }
            let propBytes = prop.lowerBound < 0 ? nil : document.attributeBytes[prop]
            if let prop = propBytes {
                if BylineReader.contains(prop, "datepublished") || BylineReader.contains(prop, "datecreated") {
                    s.microPublished.append(i)
                } else if BylineReader.contains(prop, "datemodified") {
                    s.microModified.append(i)
                } else if prop.elementsEqual("headline".utf8), s.microHeadline == nil, tag != .meta {
                    s.microHeadline = document.normalizedText(of: i)
                }
            }
            guard wantsByline || wantsDateline else { continue }
            if !classAndID.contains(.known) {
                classAndID = .known
                if classRange.lowerBound >= 0 { classAndID.formUnion(.init(document.attributeBytes[classRange], isID: false)) }
                if idRange.lowerBound >= 0 { classAndID.formUnion(.init(document.attributeBytes[idRange], isID: true)) }
            }
            if wantsByline {
                let strength = BylineReader.bylineStrength(
                    rel: rel.lowerBound < 0 ? nil : document.attributeBytes[rel], itemprop: propBytes, classAndID: classAndID)
                if strength >= 3, s.strongBylines.count < 20 { s.strongBylines.append(i) }
                if strength == 2 { s.bylines.append(i) }
            }
            if wantsDateline, BylineReader.isDateline(itemprop: propBytes, classAndID: classAndID) {
                s.datelines.append(i)
            }
        }
        return s
    }

    func read() -> Result {
        let s = scan()
        var metadata = Metadata()
        var bylineNodes: [Int] = []
        let ld = s.jsonLD.facts()
        // Each asked for more than once below, and each a walk over the JSON-LD objects.
        let declaresDiscussion = s.jsonLD.declaresDiscussion || s.microDiscussion
        let productObjects = s.jsonLD.productObjects
        let tags = s.tags
        let bylines = BylineReader(document: document, marks: marks)
        let resolver = URLResolver(pageURL: url, baseHref: s.baseHref)

        // Addresses.
        metadata.canonicalURL = Self.firstResult([s.canonical, tags.first(MetaTagReader.urlKeys), ld.url], resolver.resolve)
        let host = (url ?? metadata.canonicalURL).flatMap { URLResolver(pageURL: $0, baseHref: nil).base?.host }

        // Site name.
        metadata.siteName = [ld.publisher, tags.first(["og:site_name"]), ld.websiteName, tags.first(MetaTagReader.siteNameKeys)]
            .lazy.compactMap { $0.map { AuthorNames.collapse(HTMLEntities.decode($0)) } }.first { !$0.isEmpty }

        // Title.
        // Heading texts without the permalink marks documentation generators append.
        let headingTexts = s.headings.map { document.normalizedText(of: $0).trimmingCharacters(in: "¶§#🔗 ") }.filter { !$0.isEmpty }
        let metaTitles = ([ld.headline, ld.name] + MetaTagReader.titleKeys.map { tags.first([$0]) } + [s.microHeadline])
            .compactMap { $0.map { AuthorNames.collapse(HTMLEntities.decode($0)) } }.filter { !$0.isEmpty }
        // The first that agrees with <title> or a heading, else the most trusted.
        let pageTitleKey = s.titleTag.map(TitleCleaner.key) ?? ""
        let headingKeys = Set(headingTexts.map(TitleCleaner.key))
        let metaTitle = metaTitles.first { t in
            let k = TitleCleaner.key(t)
            return k.count >= 3 && (pageTitleKey.contains(k) || headingKeys.contains(k))
        } ?? metaTitles.first
        if let metaTitle {
            metadata.title = TitleCleaner.clean(metaTitle, siteName: metadata.siteName, host: host, headings: headingTexts, trusted: true)
        } else if let titleTag = s.titleTag {
            let titleKey = TitleCleaner.key(titleTag)
            // A heading the title starts with, else the longest heading the title contains. A
            // heading found inside the title must make up at least half of the title or of one
            // of its separator-delimited parts: a logo heading ("Acme") inside "Zenith vs Acme?
            // Which to pick" is not the title.
            let titleParts = (TitleCleaner.parts(titleTag)?.parts ?? []).map(TitleCleaner.key) + [titleKey]
            let agreeing = headingTexts.filter { heading in
                let k = TitleCleaner.key(heading)
                return k.count >= 4 && titleKey.contains(k)
                    && (titleKey.hasPrefix(k) || titleParts.contains { $0.contains(k) && 2 * k.count >= $0.count })
            }
            if let h1 = agreeing.first(where: { titleKey.hasPrefix(TitleCleaner.key($0)) })
                ?? agreeing.max(by: { TitleCleaner.key($0).count < TitleCleaner.key($1).count }) {
                metadata.title = h1
            } else {
                metadata.title = TitleCleaner.clean(titleTag, siteName: metadata.siteName, host: host, headings: headingTexts, trusted: false)
            }
        } else {
            metadata.title = headingTexts.first
        }
        // Every title the page gives itself, for recognising the headline repeated in the body.
        metadata.titleCandidates = (metaTitles + [s.titleTag, metadata.title].compactMap { $0 })
        if metadata.siteName == nil, let titleTag = s.titleTag, let tail = TitleCleaner.siteNameTail(titleTag),
           let title = metadata.title, TitleCleaner.key(title) != TitleCleaner.key(tail), !TitleCleaner.key(title).contains(TitleCleaner.key(tail)) {
            metadata.siteName = tail
        }

        // The heading the article starts with: the one agreeing with the title, else the first
        // outside the page's furniture.
        let titleKey = metadata.title.map(TitleCleaner.key) ?? ""
        let matchesTitle = { (h: Int) in !titleKey.isEmpty && Self.textKey(of: h, in: document, equals: titleKey) }
        let mainHeading = s.headings.first(where: matchesTitle)
            ?? s.lowerHeadings.first { bylines.isEligible($0) && matchesTitle($0) }
            ?? s.headings.first { bylines.isEligible($0) } ?? s.headings.first

        // Authors: structured data, meta tags, then the visible byline.
        metadata.authors = Self.unique(ld.authors.flatMap(AuthorNames.clean))
        if metadata.authors.isEmpty {
            for key in MetaTagReader.authorKeys {
                let names = Self.unique(tags.best(key).flatMap(AuthorNames.clean))
                if !names.isEmpty { metadata.authors = names; break }
            }
        }
        if metadata.authors.isEmpty {
            // Twitter-card labels: "Written by" in twitter:labelN, the name in twitter:dataN.
            for n in 1 ... 4 where tags.first(["twitter:label\(n)"])?.lowercased() == "written by" {
                metadata.authors = tags.first(["twitter:data\(n)"]).map(AuthorNames.clean) ?? []
            }
        }
        let visible = bylines.author(candidates: s.strongBylines, strong: true) ?? bylines.author(candidates: s.bylines)
            ?? mainHeading.flatMap { bylines.byLine(after: $0) }
        // An author that is the site itself, or a user name ("jdoe42"), yields to a person
        // named in the byline.
        let siteKeys = Set([metadata.siteName, ld.publisher, ld.websiteName].compactMap { $0.map(TitleCleaner.key) })
        if let visible, metadata.authors.isEmpty
            || metadata.authors.allSatisfy({ siteKeys.contains(TitleCleaner.key($0)) }) && !visible.names.allSatisfy({ siteKeys.contains(TitleCleaner.key($0)) })
            || metadata.authors.allSatisfy(AuthorNames.isHandle) && visible.names.allSatisfy({ $0.contains(" ") && !$0.contains(where: \.isNumber) })
        {
            metadata.authors = visible.names
        }
        if let visible {
            let chosen = Set(metadata.authors.map(TitleCleaner.key))
            if visible.names.contains(where: { chosen.contains(TitleCleaner.key($0)) }) { bylineNodes.append(visible.node) }
        }

        // Dates: structured data and meta tags first; the date printed near the title when
        // they have none (and to find the dateline element the text should not repeat).
        let declaredPublished = ld.datePublishedIsUpload
            ? tags.all(MetaTagReader.publishedKeys) + (ld.datePublished.map { [$0] } ?? [])
            : (ld.datePublished.map { [$0] } ?? []) + tags.all(MetaTagReader.publishedKeys)
        let declared = declaredPublished.compactMap(DateNormalizer.normalize)
        metadata.dateModified = Self.firstResult((ld.dateModified.map { [$0] } ?? []) + tags.all(MetaTagReader.modifiedKeys),
                                                 DateNormalizer.normalize)
            ?? bylines.date(candidates: s.microModified)?.date
        let headingDate = mainHeading.flatMap { bylines.visibleDate(around: $0) }
        let visibleDate = headingDate
            ?? bylines.date(candidates: s.microPublished) ?? bylines.date(candidates: s.times)
            ?? bylines.date(candidates: s.datelines)
            // A byline placed away from the headline (at the article's foot) keeps its date
            // beside it; not one of a run of bylines alike (reviews, testimonials, comments),
            // whose dates are their posts'.
            ?? visible.flatMap { v in
                bylines.isRepeated(v.node, among: s.strongBylines + s.bylines) ? nil : bylines.visibleDate(around: v.node, readingInside: true)
            }
        var published = declared.first
        // The same instant written in the publisher's own offset gives the date its readers saw.
        if let first = published, DateNormalizer.isUTC(first), let instant = DateNormalizer.instant(first),
           let local = declared.first(where: { !DateNormalizer.isUTC($0) && DateNormalizer.instant($0) == instant }) {
            published = local
        }
        // Each read at most once, and only when a rule below asks for it: the date in the page's
        // address, the days the page prints (a walk over its text), a printed thread's first post.
        lazy var pathDate = Self.firstResult([url, metadata.canonicalURL, tags.first(["og:url"])], Self.dateInPath)
        lazy var printedDays = bylines.printedDays()
        lazy var threadStart = bylines.threadStartDate()
        var datelineNode: Int? = nil
        if let visibleDate, let published, published.prefix(10) != visibleDate.date.prefix(10),
           bylines.isLabelledPublished(visibleDate.node),
           headingDate?.node == visibleDate.node || !printedDays.contains(published.prefix(10)),
           !(DateNormalizer.isDayMonthSwap(visibleDate.date, of: published) && DateNormalizer.hasNumericDate(document.normalizedText(of: visibleDate.node))) {
            // The headline's own "Published 26 April 2023" (or one printed further away when
            // the declared date is printed nowhere) is what readers were told; a declared
            // date that disagrees is more often a re-save or a template's.
            metadata.datePublished = visibleDate.date
            datelineNode = visibleDate.node
        } else if let visibleDate, let published, headingDate?.node == visibleDate.node,
                  // A discussion (a forum thread, a question) declares its opening post's
                  // date; a date printed near its title may be the forum header's "today".
                  !declaresDiscussion,
                  printedBesideHeadlineWins(visibleDate, published: published, modified: metadata.dateModified, bylines: bylines,
                                            printedDays: printedDays) {
            // A date printed beside the headline, far from a declared date the page prints
            // nowhere, is the one readers were told; the declared one is a re-save's or a
            // template's (a site migration stamps every page with its own day).
            metadata.datePublished = visibleDate.date
            datelineNode = visibleDate.node
        } else if let visibleDate, let published, published.prefix(10) == visibleDate.date.prefix(10) {
            metadata.datePublished = published
            datelineNode = visibleDate.node
        } else if let published {
            metadata.datePublished = published
        } else if let visibleDate {
            metadata.datePublished = visibleDate.date
            datelineNode = visibleDate.node
        } else {
            metadata.datePublished = ScriptDataReader(document: document).publicationDate(in: s.scripts)
                ?? pathDate
                // A page that prints a thread's posts (and no date of its own): the thread's
                // date is its opening post's.
                ?? threadStart?.date
            // A page that calls itself an article but declares no date: the first dateline
            // it prints. Not on other pages, whose printed dates are more often their items'
            // (a listing's cards, a shop's reviews, a documentation footer's last change).
            if metadata.datePublished == nil,
               Self.pageType(jsonLD: ld.type, openGraph: tags.first(MetaTagReader.typeKeys)) == "article" {
                metadata.datePublished = bylines.firstBareDate()
            }
        }
        // A discussion whose declared date is a day from its opening post's printed date: the
        // same instant, declared in the server's time and printed in the forum's own.
        if declaresDiscussion, let chosen = metadata.datePublished,
           let thread = threadStart, let a = Self.dayNumber(chosen), let b = Self.dayNumber(thread.date), abs(a - b) == 1 {
            metadata.datePublished = thread.date
            datelineNode = nil
        }
        // A timestamp declared in UTC a day from the date in the page's address: blogs put
        // their local day in the address, and the zones most sites write from reach it (the
        // Americas, 3 to 8 hours behind, the day before from a UTC time before 08:00; East
        // Asia and Oceania, 8 to 12 hours ahead, the day after from one from 16:00). Between
        // those hours those zones share the UTC day, and an address a day off is another day's.
        if let chosen = metadata.datePublished, DateNormalizer.isUTC(chosen),
           let pathDate, let a = Self.dayNumber(chosen), let b = Self.dayNumber(pathDate), let hour = Int(chosen.dropFirst(11).prefix(2)),
           (b == a - 1 && hour < 8) || (b == a + 1 && hour >= 16) {
            metadata.datePublished = pathDate
        }
        // A printed date all in numbers whose day and month could trade places ("03/10/2023"),
        // read the other way round by the date in the page's address (`/2023/10/03/`): the
        // address settles the order.
        if let chosen = metadata.datePublished, let node = datelineNode,
           let pathDate, DateNormalizer.isDayMonthSwap(chosen, of: pathDate), DateNormalizer.hasNumericDate(document.normalizedText(of: node)) {
            metadata.datePublished = pathDate
        }
        // "Originally published on …": the day the piece first appeared, which a revision's
        // bare dateline or a declared date the page prints nowhere does not overrule (one
        // labelled "Posted on" does).
        if let chosen = metadata.datePublished, let original = bylines.originallyPublishedDate(), original.prefix(10) != chosen.prefix(10),
           datelineNode.map({ !bylines.isLabelledPublished($0) }) ?? !printedDays.contains(chosen.prefix(10)) {
            metadata.datePublished = original
            datelineNode = nil
        }
        if let node = datelineNode, document.normalizedText(of: node, ifFewerCharactersThan: 81) != nil, !bylineNodes.contains(where: { node >= $0 && node < Int(document.nodes[$0].end) }) {
            bylineNodes.append(node)
        }

        // Language.
        metadata.language = Self.firstResult([s.htmlLang, tags.first(["content-language"]), ld.language, tags.first(MetaTagReader.languageKeys)],
                                             Self.languageTag)

        // The rest.
        metadata.description = [ld.description, tags.first(MetaTagReader.descriptionKeys)].lazy.compactMap { $0 }
            .map { AuthorNames.collapse(HTMLEntities.decode($0)) }.first { !$0.isEmpty }
        metadata.image = Self.firstResult([ld.image, tags.first(MetaTagReader.imageKeys), s.imageLink], resolver.resolve)
        metadata.tags = Self.unique((ld.keywords.isEmpty ? tags.all(MetaTagReader.tagKeys).flatMap(Self.commaSeparated) : ld.keywords)
            .map { AuthorNames.collapse(HTMLEntities.decode($0)) }.filter { !$0.isEmpty }).prefix(50).map { $0 }
        metadata.categories = Self.unique((ld.sections.isEmpty ? tags.all(MetaTagReader.categoryKeys) : ld.sections)
            .map { AuthorNames.collapse(HTMLEntities.decode($0)) }.filter { !$0.isEmpty }).prefix(20).map { $0 }
        metadata.license = [s.licenseLink.flatMap(resolver.resolve), ld.license, tags.first(MetaTagReader.licenseKeys)].lazy.compactMap { $0 }.first
        metadata.pageType = Self.pageType(jsonLD: ld.type, openGraph: tags.first(MetaTagReader.typeKeys))

        var result = Result(metadata: metadata, bylineNodes: bylineNodes, baseHref: s.baseHref)
        result.describesProduct = Self.describesProduct(
            jsonLD: productObjects, openGraphType: tags.first(["og:type"]), microdataProducts: s.microProducts)
        result.describesRecipe = productObjects.recipes == 1
        result.describesDiscussion = declaresDiscussion
        result.openingPostNode = s.openingPost
        return result
    }

    /// Whether the date printed beside the headline should stand for the publication date
    /// against a declared one: they are more than a day apart (a day or less is the same
    /// instant written in another time zone); the printed one is a dateline of its own (not a
    /// sentence, a reference or a comment's date), not called a change ("Updated …") and not
    /// the declared modification date; it does not read as a day and month traded; and the
    /// declared date is printed nowhere on the page (a declared date the page also prints is
    /// confirmed, and the one beside the title may then be a card's).
    ///
    /// - Parameter printedDays: The days the page prints (``BylineReader/printedDays()``),
    ///   read only when the cheaper checks pass.
    func printedBesideHeadlineWins(_ printed: (date: String, node: Int), published: String, modified: String?,
                                   bylines: BylineReader, printedDays: @autoclosure () -> Set<Substring>) -> Bool {
        guard let p = Self.dayNumber(published), let v = Self.dayNumber(printed.date), abs(p - v) > 1 else { return false }
        if let modified, modified.prefix(10) == printed.date.prefix(10) { return false }
        guard !bylines.isInCommentThread(printed.node), let line = bylines.bareDateLine(printed.date.prefix(10), in: printed.node),
              !BylineReader.callsChange(line), !bylines.isLabelledChanged(printed.node) else { return false }
        let text = document.normalizedText(of: printed.node)
        if DateNormalizer.isDayMonthSwap(printed.date, of: published), DateNormalizer.hasNumericDate(text) { return false }
        let printedDays = printedDays()
        guard printedDays.contains(printed.date.prefix(10)) else { return false }
        return !printedDays.contains(published.prefix(10))
    }

    /// Whether `TitleCleaner.key(document.normalizedText(of: element)) == key`. Read on the
    /// text bytes while they and the key are ASCII (``asciiTextKey(of:in:equals:)``), else
    /// by building the text and its key.
    static func textKey(of element: Int, in document: Document, equals key: String) -> Bool {
        if let answer = asciiTextKey(of: element, in: document, equals: key) { return answer }
        return TitleCleaner.key(document.normalizedText(of: element)) == key
    }

    /// ``textKey(of:in:equals:)`` on bytes, nil when unsure. The key of a text is the
    /// concatenation of its scalars' keys (the spaces `normalizedText` puts between text
    /// nodes have none), and an ASCII scalar's key is its byte, lower-cased, when a letter or
    /// a digit. A key that is all ASCII equals another only byte for byte: the only scalar
    /// canonically equivalent to an ASCII letter or digit is the Kelvin sign, which no key
    /// holds (it lower-cases to "k"). So the element's key bytes are compared with `key`'s as
    /// they are found, and the first difference decides, even when a byte above ASCII comes
    /// after it; a byte above ASCII before any difference, or in `key`, answers nil.
    static func asciiTextKey(of element: Int, in document: Document, equals key: String) -> Bool? {
        var key = key
        return key.withUTF8 { k -> Bool? in
            for b in k where b >= 0x80 { return nil }
            let nodes = document.nodes
            let end = Int(nodes[element].end)
            return document.text.withUnsafeBufferPointer { text -> Bool? in
                var position = 0
                for i in element ..< end where nodes[i].tag == .text {
                    let start = Int(nodes[i].start)
                    for j in start ..< start + Int(nodes[i].count) {
                        var b = text[j]
                        if b >= 0x80 { return nil }
                        if b &- 0x41 < 26 { b |= 0x20 } else if !(b &- 0x61 < 26 || b &- 0x30 < 10) { continue }
                        if position == k.count || k[position] != b { return false }
                        position += 1
                    }
                }
                return position == k.count
            }
        }
    }

    /// Days since 1970-01-01 of a normalised date's calendar day.
    static func dayNumber(_ iso: String) -> Int? {
        let b = Array(iso.utf8.prefix(10))
        guard b.count == 10, let y = Int(String(decoding: b[0 ..< 4], as: UTF8.self)),
              let m = Int(String(decoding: b[5 ..< 7], as: UTF8.self)), let d = Int(String(decoding: b[8 ..< 10], as: UTF8.self)) else { return nil }
        return DateNormalizer.days(year: y, month: m, day: d)
    }

    /// Whether the page is the page of one product, as its structured data says: OpenGraph's
    /// `og:type` `product` (not `product.group`, a category of products), or one to
    /// `singleProductMaximumObjects` schema.org `Product` objects in JSON-LD (a shop's page
    /// for one item, perhaps with its variants) and no list or article around them (a
    /// category page lists dozens, a buying guide reviews several inside an article), or a
    /// single `Product` in microdata.
    static func describesProduct(jsonLD: JSONLDReader.ProductObjects, openGraphType: String?, microdataProducts: Int) -> Bool {
        if let type = openGraphType?.lowercased().trimmingSpaces() {
            if type == "product" || type == "og:product" || type == "product.item" { return true }
            if type.hasPrefix("product") || type == "article" { return false }
        }
        if jsonLD.products > 0 {
            return jsonLD.products <= Heuristics.singleProductMaximumObjects && !jsonLD.hasListOrArticle
        }
        return microdataProducts == 1
    }

    /// Whether an `itemtype` value names one of schema.org's discussion types
    /// (`https://schema.org/DiscussionForumPosting`, `…/QAPage`).
    static func namesDiscussionType(_ value: ArraySlice<UInt8>) -> Bool {
        guard value.count < 200 else { return false }
        // ASCII values (nearly all) on bytes: Foundation's trimming cost some 30,000
        // instructions a value. Its `.whitespaces` are the space and the tab in ASCII.
        if value.allSatisfy({ $0 < 0x80 }) {
            var start = value.startIndex, end = value.endIndex
            while start < end, value[start] == 0x20 || value[start] == 0x09 { start += 1 }
            while end > start, value[end - 1] == 0x20 || value[end - 1] == 0x09 { end -= 1 }
            guard let cut = value[start ..< end].lastIndex(where: { $0 == 0x2F || $0 == 0x3A || $0 == 0x23 }) else { return false }
            let name = value[(cut + 1) ..< end]
            return asciiDiscussionTypes.contains { name.elementsEqual($0) }
        }
        let type = String(decoding: value, as: UTF8.self).trimmingCharacters(in: .whitespaces)
        guard let cut = type.lastIndex(where: { $0 == "/" || $0 == ":" || $0 == "#" }) else { return false }
        return JSONLDReader.discussionTypes.contains(String(type[type.index(after: cut)...]))
    }

    /// Whether an `itemtype` value names a thread's opening post (`https://schema.org/Question`,
    /// `…/DiscussionForumPosting`).
    static func namesOpeningPostType(_ value: ArraySlice<UInt8>) -> Bool {
        var cut = value.endIndex
        while cut > value.startIndex, value[cut - 1] != 0x2F, value[cut - 1] != 0x3A, value[cut - 1] != 0x23 { cut -= 1 }
        var name = value[cut...]
        while let last = name.last, last == 0x20 { name = name.dropLast() }
        return name.elementsEqual("Question".utf8) || name.elementsEqual("DiscussionForumPosting".utf8)
    }

    /// ``JSONLDReader/discussionTypes`` as bytes.
    private static let asciiDiscussionTypes = JSONLDReader.discussionTypes.map { Array($0.utf8) }

    /// Whether an `itemtype` value names schema.org's `Product` (`https://schema.org/Product`).
    static func namesProductType(_ value: ArraySlice<UInt8>) -> Bool {
        let name = Array("/product".utf8)
        guard value.count >= name.count else { return false }
        var trimmed = value
        while let last = trimmed.last, last == 0x20 || last == 0x2F { trimmed = trimmed.dropLast() }
        guard trimmed.count >= name.count else { return false }
        return zip(trimmed.suffix(name.count), name).allSatisfy { BylineReader.fold($0) == $1 }
    }

    /// Whether a `rel` value, lower-cased and split at spaces, holds `token` (lower-case ASCII).
    /// On bytes when the value is ASCII (most are: building Strings for the links of every
    /// page's head was a measurable part of the scan).
    static func relHas(_ rel: ArraySlice<UInt8>, _ token: StaticString) -> Bool {
        guard rel.allSatisfy({ $0 < 0x80 }) else {
            return String(decoding: rel, as: UTF8.self).lowercased().split(separator: " ").contains { $0 == token.description }
        }
        let n = token.utf8CodeUnitCount
        let p = token.utf8Start
        var start = rel.startIndex
        while start < rel.endIndex {
            let end = rel[start...].firstIndex(of: 0x20) ?? rel.endIndex
            if end - start == n {
                var k = 0
                while k < n, BylineReader.fold(rel[start + k]) == p[k] { k += 1 }
                if k == n { return true }
            }
            start = end + 1
        }
        return false
    }

    /// The first non-nil result of `transform` over the values present. A lazy
    /// `compactMap(transform).first` would compute the winning result twice (once to find
    /// the start index, once to read it).
    static func firstResult<T>(_ values: [String?], _ transform: (String) -> T?) -> T? {
        for case let value? in values {
            if let result = transform(value) { return result }
        }
        return nil
    }

    /// `text.split(separator: ",").map(String.init)`, on bytes for ASCII text: its characters
    /// are its bytes (CR LF, the one two-scalar character, holds no comma). Keyword lists run to
    /// hundreds of characters, and a Character split cost some 30,000 instructions a list.
    ///
    /// Text above ASCII is split on bytes too when every comma is a Character of its own: the
    /// scalar after it cannot extend it (ASCII, or one of the blocks ``AuthorNames/neverExtends(_:)``
    /// lists) and the one before it is no prepend (``AuthorNames/mayPrepend(_:)``); no other
    /// scalar is canonically equivalent to a comma.
    static func commaSeparated(_ text: String) -> [String] {
        var text = text
        let alone = text.withUTF8 { bytes -> Bool in
            for k in 0 ..< bytes.count where bytes[k] == 0x2C {
                if k + 1 < bytes.count, bytes[k + 1] >= 0x80, !AuthorNames.neverExtends(scalar(bytes, at: k + 1)) { return false }
                if k > 0, bytes[k - 1] >= 0x80 {
                    var start = k - 1
                    while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
                    if AuthorNames.mayPrepend(scalar(bytes, at: start)) { return false }
                }
            }
            return true
        }
        guard alone else { return text.split(separator: ",").map(String.init) }
        return Array(text.utf8).split(separator: 0x2C).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The scalar whose UTF-8 starts at `k` (valid UTF-8).
    private static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, at k: Int) -> UInt32 {
        let b = bytes[k]
        if b < 0x80 { return UInt32(b) }
        let length = b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
        var v = UInt32(b) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for j in 1 ..< length { v = v << 6 | UInt32(bytes[k + j] & 0x3F) }
        return v
    }

    static func unique(_ values: [String]) -> [String] {
        var seen = Set<String>()
        return values.filter { seen.insert($0.lowercased()).inserted }
    }

    /// A date written in a URL path: `/2024/03/05/` or `/2024-03-05-`.
    static func dateInPath(_ url: String) -> String? {
        // An ASCII address (nearly all) is read on bytes, where a Character's `isNumber` and
        // `isLetter` are the ASCII digit and letter tests and a part's count is its byte count
        // (CR LF, the one ASCII pair that is a single Character, sends it to the general path).
        var ascii = true
        for b in url.utf8 where b >= 0x80 || b == 0x0D { ascii = false; break }
        guard ascii else { return dateInPathCharacters(url) }
        let bytes = Array(url.utf8)
        let parts = bytes.split(whereSeparator: { $0 == 0x2F || $0 == 0x3F || $0 == 0x23 })
        @inline(__always) func isLetter(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 }
        @inline(__always) func string(_ b: ArraySlice<UInt8>) -> String { String(decoding: b, as: UTF8.self) }
        for (k, p) in parts.enumerated() where p.count == 4 && p.allSatisfy(\.isASCIIDigit) && k + 2 < parts.count {
            let m = parts[k + 1], d = parts[k + 2].prefix(2)
            if m.count <= 2, m.allSatisfy(\.isASCIIDigit), d.allSatisfy(\.isASCIIDigit),
               let date = DateNormalizer.normalize("\(string(p))-\(string(m))-\(string(d))") {
                return date
            }
            if m.count >= 3, m.count <= 9, m.allSatisfy(isLetter), parts[k + 2].count <= 2, d.allSatisfy(\.isASCIIDigit),
               let date = DateNormalizer.normalize("\(string(d)) \(string(m)) \(string(p))"), date.count == 10 {
                return date
            }
        }
        for p in parts where p.count >= 10 {
            let head = p.prefix(10)
            if head[head.startIndex + 4] == 0x2D, let date = DateNormalizer.normalize(string(head)), date.count == 10 { return date }
        }
        return nil
    }

    /// ``dateInPath(_:)`` on Characters, for addresses with other than ASCII.
    static func dateInPathCharacters(_ url: String) -> String? {
        let parts = url.split(whereSeparator: { $0 == "/" || $0 == "?" || $0 == "#" }).map(String.init)
        for (k, p) in parts.enumerated() where p.count == 4 && p.allSatisfy(\.isNumber) && k + 2 < parts.count {
            let m = parts[k + 1], d = parts[k + 2].prefix(2)
            if m.count <= 2, m.allSatisfy(\.isNumber), d.allSatisfy(\.isNumber), let date = DateNormalizer.normalize("\(p)-\(m)-\(d)") {
                return date
            }
            // The month by its name: `/2024/march/05/`.
            if m.count >= 3, m.count <= 9, m.allSatisfy(\.isLetter), parts[k + 2].count <= 2, d.allSatisfy(\.isNumber),
               let date = DateNormalizer.normalize("\(d) \(m) \(p)"), date.count == 10 {
                return date
            }
        }
        for p in parts where p.count >= 10 {
            let head = String(p.prefix(10))
            if head.dropFirst(4).first == "-", let date = DateNormalizer.normalize(head), date.count == 10 { return date }
        }
        return nil
    }

    /// A BCP 47 tag from `en_US`, `EN-us`, `en-GB,en`.
    static func languageTag(_ raw: String) -> String? {
        if raw.isASCIIWithoutCR {
            var raw = raw
            return raw.withUTF8 { asciiLanguageTag($0) }
        }
        return languageTagOnCharacters(raw)
    }

    /// ``languageTag(_:)`` for ASCII without CR, on bytes: its Characters are its bytes, and
    /// letters and digits are the ASCII ones.
    static func asciiLanguageTag(_ raw: UnsafeBufferPointer<UInt8>) -> String? {
        // The first part before a comma, semicolon or space (empty parts skipped).
        var start = 0
        while start < raw.count, raw[start] == 0x2C || raw[start] == 0x3B || raw[start] == 0x20 { start += 1 }
        var end = start
        while end < raw.count, raw[end] != 0x2C, raw[end] != 0x3B, raw[end] != 0x20 { end += 1 }
        // Its subtags, split at "-" or "_" (empty ones skipped).
        var subtags: [Range<Int>] = []
        var k = start
        while k < end {
            if raw[k] == 0x2D || raw[k] == 0x5F { k += 1; continue }
            var e = k
            while e < end, raw[e] != 0x2D, raw[e] != 0x5F { e += 1 }
            subtags.append(k ..< e)
            k = e
        }
        @inline(__always) func isLetter(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 }
        @inline(__always) func lower(_ b: UInt8) -> UInt8 { b &- 0x41 < 26 ? b | 0x20 : b }
        @inline(__always) func upper(_ b: UInt8) -> UInt8 { b &- 0x61 < 26 ? b & 0xDF : b }
        guard let primary = subtags.first, (2 ... 3).contains(primary.count), raw[primary].allSatisfy(isLetter) else { return nil }
        var out: [UInt8] = raw[primary].map(lower)
        for sub in subtags.dropFirst() {
            guard raw[sub].allSatisfy({ isLetter($0) || $0 &- 0x30 < 10 }), (1 ... 8).contains(sub.count) else { break }
            out.append(0x2D)
            if sub.count == 2 { out.append(contentsOf: raw[sub].map(upper)) }
            else if sub.count == 4 { out.append(upper(raw[sub.lowerBound])); out.append(contentsOf: raw[(sub.lowerBound + 1) ..< sub.upperBound].map(lower)) }
            else { out.append(contentsOf: raw[sub].map(lower)) }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// ``languageTag(_:)`` on Characters.
    static func languageTagOnCharacters(_ raw: String) -> String? {
        let first = raw.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == " " }).first.map(String.init) ?? ""
        // Foundation's replace is costly even when nothing matches.
        let dashed = first.utf8.contains(0x5F) ? first.replacingOccurrences(of: "_", with: "-") : first
        let subtags = dashed.split(separator: "-").map(String.init)
        guard let primary = subtags.first, (2 ... 3).contains(primary.count), primary.allSatisfy({ $0.isASCII && $0.isLetter }) else {
            return nil
        }
        var result = [primary.lowercased()]
        for sub in subtags.dropFirst() {
            guard sub.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }), (1 ... 8).contains(sub.count) else { break }
            if sub.count == 2 { result.append(sub.uppercased()) }
            else if sub.count == 4 { result.append(sub.prefix(1).uppercased() + sub.dropFirst().lowercased()) }
            else { result.append(sub.lowercased()) }
        }
        return result.joined(separator: "-")
    }

    /// A coarse page type: `article`, `product`, `forum`, `recipe`, `collection`, `website`…
    static func pageType(jsonLD: String?, openGraph: String?) -> String? {
        if let t = jsonLD {
            switch t {
            case "Article", "NewsArticle", "BlogPosting", "Report", "ScholarlyArticle", "TechArticle", "AnalysisNewsArticle",
                 "OpinionNewsArticle", "ReviewNewsArticle", "BackgroundNewsArticle", "ReportageNewsArticle", "LiveBlogPosting",
                 "Blog", "MedicalWebPage":
                return "article"
            case "DiscussionForumPosting", "SocialMediaPosting", "QAPage", "Question": return "forum"
            case "Product": return "product"
            case "CollectionPage", "SearchResultsPage": return "collection"
            case "WebPage", "ItemPage", "AboutPage", "ContactPage", "ProfilePage", "FAQPage":
                if let og = openGraph?.lowercased(), !og.isEmpty { return og }
                return "webpage"
            default:
                return t.prefix(1).lowercased() + t.dropFirst()
            }
        }
        if let og = openGraph?.lowercased().trimmingSpaces(), !og.isEmpty { return og }
        return nil
    }
}
