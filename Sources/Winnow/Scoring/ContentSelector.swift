/// Chooses the page's main content: the container whose blocks are most content-like, then
/// the blocks inside it that survive the rules and their neighbours' judgement.
struct ContentSelector {
    /// The outcome for every block.
    struct Selection {
        var keep: [Bool]
        var verdicts: [BlockVerdict]
        /// The element chosen as the main container.
        var container: Int
        /// Blocks of comment sections, kept apart.
        var commentBlocks: [Int]
        /// Characters of the product details kept beside the text (a product page's price and
        /// specifications): not evidence that the visible page holds its text.
        var productDetailCharacters = 0
    }

    /// Families that sit inside content rather than beside it. A table of contents lists the
    /// sections of the text it stands in (often between the lead and the first section).
    static let embeddedFamilies: FamilySet = [
        .advertisement, .sponsored, .promo, .newsletter, .repeated, .share, .caption, .tableOfContents,
    ]

    let document: Document
    let marks: NodeMarks
    let blocks: [Block]
    var thresholds: Thresholds
    /// Whether the page's structured data says it is one product's page (see
    /// `ContentSelector+Product.swift`).
    var describesProduct = false
    /// Whether it declares one recipe: the ingredient lists beside the method are kept as a
    /// product's details are (see `ContentSelector+Product.swift`).
    var describesRecipe = false
    /// Whether the page's structured data says it is a discussion (see
    /// `ContentSelector+Forum.swift`).
    var describesDiscussion = false
    /// The element the page's microdata marks as a thread's opening post (see
    /// `ContentSelector+Forum.swift`).
    var openingPost: Int?
    /// The page's own summary (its meta description), lower-cased and spaced as block
    /// prefixes are; empty when it has none.
    var summaryText: [UInt8] = []

    /// Chooses the main content. Comment sections are never part of it (unless the page is a
    /// thread of them); their blocks are returned apart in ``Selection/commentBlocks``.
    func select(hasStopWords: Bool) -> Selection {
        var selection = chooseSelection(hasStopWords: hasStopWords)
        if describesProduct {
            keepProductDetails(&selection)
        } else if describesRecipe {
            keepProductDetails(&selection, keepingTitle: false)
        }
        keepOpeningPost(&selection)
        keepAlikeSlots(&selection)
        dropRepeatedCopies(&selection)
        return selection
    }

    /// A run of kept blocks that repeats text already kept is the same section shown twice (a
    /// mobile and a desktop copy of one description): the later copy goes. One recurring line
    /// between different texts (a credit under each webcam) is no copy of a section; nor are
    /// quotes, which repeat what they quote on purpose. A quote of text already kept (a reply
    /// quoting a post above it) goes alone, run or not: the post is in the text once.
    private func dropRepeatedCopies(_ selection: inout Selection) {
        var seen = Set<UInt64>()
        var run: [Int] = []
        // Copies long enough to count. On one product's page, whose description is shown
        // twice (a desktop and a mobile copy), a short paragraph repeated inside the run
        // ("Handmade stoneware.") goes with it but does not make it, and does not part it
        // either. (Only there, and only paragraphs: a table's "Yes" and "-", a job card's "16d",
        // a plan's "Student: $55" recur between rows, cards and plans of their own.)
        var counted = 0
        func closeRun() {
            defer { counted = 0 }
            if counted >= Heuristics.duplicateMinimumRun {
                for b in run {
                    selection.keep[b] = false
                    selection.verdicts[b] = BlockVerdict(blockClass: .bad, reason: "a copy of kept text", family: .repeated)
                }
            }
            run.removeAll()
        }
        for b in blocks.indices where selection.keep[b] {
            // A reply quoting a post kept above it: the post is already in the text, once.
            if blocks[b].kind == .quote, blocks[b].words >= Heuristics.duplicateMinimumWords, seen.contains(blocks[b].textHash) {
                selection.keep[b] = false
                selection.verdicts[b] = BlockVerdict(blockClass: .bad, reason: "a quote of kept text", family: .repeated)
                continue
            }
            // The frame of a recurring section (a plan's days) recurs on purpose and parts
            // the copies around it: the same dish on two days is no section shown twice.
            let isRepeat = blocks[b].kind != .quote && !selection.verdicts[b].recurringFrame
                && !seen.insert(blocks[b].textHash).inserted
            let isCopy = isRepeat && blocks[b].words >= Heuristics.duplicateMinimumWords
            if blocks[b].kind == .quote { seen.insert(blocks[b].textHash) }
            if isCopy {
                run.append(b)
                counted += 1
            } else if isRepeat, !run.isEmpty, describesProduct, blocks[b].kind == .paragraph {
                run.append(b)
            } else {
                closeRun()
            }
        }
        closeRun()
    }

    private func chooseSelection(hasStopWords: Bool) -> Selection {
        // Collections, listings and shop pages are made of link cards with no prose at all:
        // when prose finds next to nothing, choose again with links as neutral text.
        let selection = selectProse(hasStopWords: hasStopWords)
        // ... and so do pages whose grid of cards the prose rules left out (see
        // `ContentSelector+Listing.swift`).
        let isGrid = !thresholds.linksAreNeutral && isCardGrid(selection)
        if !thresholds.linksAreNeutral, characters(of: selection.keep) < Heuristics.minimumResultCharacters || isGrid {
            var relaxed = self
            relaxed.thresholds = thresholds.forLinkListings()
            let listing = relaxed.selectProse(hasStopWords: hasStopWords)
            // The cards of a grid are the page's, however bare their links. A thread of short
            // posts is no listing: on a page declared a discussion, the posts the prose pass
            // found stand, however short.
            let isShortThread = describesDiscussion && characters(of: selection.keep) > 0
            if !isShortThread, characters(of: listing.keep) > characters(of: selection.keep),
               isGrid || !isStoryAboveHeadlines(selection, listing) {
                // Whether the page is a listing is decided on its cards' text; their bare
                // titles then come with them.
                relaxed.thresholds.keepsCardTitles = true
                return relaxed.selectProse(hasStopWords: hasStopWords)
            }
            // Last resort: class names may have misled (page builders call every box a
            // widget); judge the blocks on their text alone rather than return nothing.
            guard characters(of: selection.keep) < Heuristics.lastResortMaximumCharacters else { return selection }
            relaxed.thresholds = thresholds
            relaxed.thresholds.ignoresClassFamilies = true
            let unmarked = relaxed.selectProse(hasStopWords: hasStopWords)
            if characters(of: unmarked.keep) > characters(of: selection.keep) { return unmarked }
        }
        return selection
    }

    private func selectProse(hasStopWords: Bool) -> Selection {
        let classifier = BlockClassifier(
            blocks: blocks, hasStopWords: hasStopWords, keepComments: false, thresholds: thresholds)
        var selection = choose(verdicts: classifier.classifyAll(blocks))
        if !thresholds.linksAreNeutral, !thresholds.ignoresClassFamilies {
            keepLead(&selection, classifier: classifier)
        }
        // A forum or a Q&A page keeps its posts in sections named like comments: when the rest
        // of the page has little prose and the comments have much, the comments are the content.
        let commentClassifier = classifier.keepingComments(true)
        var commentProse = 0
        for b in blocks.indices where blocks[b].family == .comments && commentClassifier.classify(blocks[b]).blockClass == .good {
            commentProse += Int(blocks[b].characters)
        }
        let keptCharacters = characters(of: selection.keep)
        if keptCharacters < Heuristics.forumTakeoverMaximumMainCharacters, commentProse > 2 * keptCharacters {
            return choose(verdicts: commentClassifier.classifyAll(blocks))
        }
        // A page declared a discussion (a forum thread, a question page) says its comment
        // sections are its posts.
        if describesDiscussion, !thresholds.linksAreNeutral, !thresholds.ignoresClassFamilies,
           let thread = threadSelection(selection, commentVerdicts: commentClassifier.classifyAll(blocks)) {
            return thread
        }
        // Comment text, without the "X said:" lines and section headings around it.
        selection.commentBlocks = blocks.indices.filter {
            guard blocks[$0].family == .comments, blocks[$0].kind != .heading else { return false }
            if blocks[$0].words <= 6, blocks[$0].prefix.hasSuffix(":") { return false }
            let verdict = commentClassifier.classify(blocks[$0])
            return verdict.blockClass == .good || verdict.nearGood
        }
        return selection
    }

    /// The lead (standfirst) is written between the title and the text, often inside the
    /// article's header: when the chosen text starts just after a title, the paragraphs
    /// between them that read as prose are the story's first lines, not header furniture.
    /// Dates, bylines, captions and ads between them are passed over; the lead is kept only
    /// when a title is found above it, so a blurb beside the text is not taken for one.
    private func keepLead(_ selection: inout Selection, classifier: BlockClassifier) {
        guard let first = selection.keep.firstIndex(of: true) else { return }
        // Judged on its text, whatever the header's class says.
        func readsAsProse(_ block: Block) -> Bool {
            var unmarked = block
            unmarked.family = nil
            return classifier.classify(unmarked).blockClass == .good
        }
        var leads: [Int] = []
        var seen = 0
        var b = first - 1
        while b >= 0, seen < Heuristics.leadSearchBlocks {
            let block = blocks[b]
            b -= 1
            guard block.words > 0 else { continue }
            seen += 1
            let isLead = (block.kind == .paragraph || block.kind == .other
                || (block.kind == .heading && block.words >= Heuristics.leadHeadingMinimumWords))
                && (block.family == nil || block.family == .header) && !block.isPageTitle
                && block.words >= Heuristics.leadMinimumWords
                && block.linkDensity < 0.3 && !isSummary(block) && !besidePicture(block)
                && readsAsProse(block)
            if isLead {
                leads.append(b + 1)
                continue
            }
            guard block.kind == .heading else { continue }
            // A boilerplate heading ("Advertisement") is passed over like the box it titles.
            if let family = block.family, family != .header, family != .breadcrumbs { continue }
            if block.isPageTitle || block.headingLevel <= 2 {
                for lead in leads {
                    selection.keep[lead] = true
                    selection.verdicts[lead] = BlockVerdict(blockClass: .good, reason: "lead under the title")
                }
            }
            return
        }
    }

    /// Whether a block is the page's summary shown above the text (a dek): like the title,
    /// it is the page's metadata, written for listings and search results. The summary may
    /// carry a label before it ("Analysis: …") or be cut off, so the block's opening is
    /// looked for anywhere in it.
    private func isSummary(_ block: Block) -> Bool {
        let length = Heuristics.summaryMatchBytes
        guard summaryText.count >= length, Int(block.prefixBytes.count) >= length else { return false }
        return ByteSearch.contains(summaryText[...], Array(block.prefixBytes.array.prefix(length)))
    }

    /// Whether a block shares its box with a bare picture (`<div><img><p>…</p></div>`): the
    /// text in a picture's own box describes the picture.
    private func besidePicture(_ block: Block) -> Bool {
        let parent = Int(document.nodes[Int(block.owner)].parent)
        guard parent >= 0 else { return false }
        var child = parent + 1
        let end = Int(document.nodes[parent].end)
        while child < end {
            let tag = document.nodes[child].tag
            if tag == .img || tag == .picture { return true }
            child = max(child + 1, Int(document.nodes[child].end))
        }
        return false
    }

    /// Whether the prose pass found a short story (at least `shortStoryMinimumParagraphs`
    /// paragraphs of prose) and the listing pass adds little to it but bare linked
    /// headlines (a ticker of other stories, perhaps under a label): the story is the page,
    /// however short. Cards of a real listing carry text of their own (a blurb) beside the link.
    private func isStoryAboveHeadlines(_ prose: Selection, _ listing: Selection) -> Bool {
        var paragraphs = 0
        for (b, verdict) in prose.verdicts.enumerated() where prose.keep[b] && verdict.blockClass == .good {
            paragraphs += 1
        }
        guard paragraphs >= Heuristics.shortStoryMinimumParagraphs else { return false }
        var added = 0, unlinked = 0
        for (b, block) in blocks.enumerated() where listing.keep[b] && !prose.keep[b] {
            added += Int(block.characters)
            unlinked += Int(block.characters - block.linkCharacters)
        }
        return Double(unlinked) < Heuristics.headlineTickerUnlinkedShare * Double(added)
    }

    private func characters(of keep: [Bool]) -> Int {
        var total = 0
        for (i, k) in keep.enumerated() where k { total += Int(blocks[i].characters) }
        return total
    }

    /// Picks the container and the blocks in it, widening when it holds too little prose.
    func choose(verdicts: [BlockVerdict]) -> Selection {
        let count = document.count
        var score = [Double](repeating: 0, count: count)
        var prose = [Double](repeating: 0, count: count)
        var totalProse = 0.0
        for i in blocks.indices {
            let chars = Double(blocks[i].characters)
            let owner = Int(blocks[i].owner)
            switch verdicts[i].blockClass {
            case .good:
                score[owner] += chars * (1 - blocks[i].linkDensity)
                prose[owner] += chars
                totalProse += chars
            case .short:
                score[owner] += chars * thresholds.shortBlockWeight * (thresholds.linksAreNeutral ? 1 : 1 - blocks[i].linkDensity)
            case .bad:
                score[owner] -= chars * Heuristics.boilerplateWeight
            }
        }
        var best = 0
        var bestScore = -Double.infinity
        // Both walks visit every node: read and written through pointers (the arrays' bounds
        // and uniqueness checks were most of their work).
        document.nodes.withUnsafeBufferPointer { nodes in
            score.withUnsafeMutableBufferPointer { score in
                prose.withUnsafeMutableBufferPointer { prose in
                    for i in stride(from: count - 1, through: 1, by: -1) {
                        let parent = Int(nodes[i].parent)
                        if parent >= 0 {
                            score[parent] += score[i]
                            prose[parent] += prose[i]
                        }
                    }
                }
                marks.removed.withUnsafeBufferPointer { removed in
                    marks.contentHint.withUnsafeBufferPointer { contentHint in
                        for i in 0 ..< count where nodes[i].tag != .text && !removed[i] {
                            var s = score[i]
                            if s > 0, contentHint[i] { s *= Heuristics.contentHintBonus }
                            if s >= bestScore {
                                best = i
                                bestScore = s
                            }
                        }
                    }
                }
            }
        }
        // Widen to the nearest ancestor that holds enough of the page's prose.
        var container = best
        while totalProse > 0, prose[container] < thresholds.minimumProseCoverage * totalProse,
              document.nodes[container].parent >= 0
        {
            container = Int(document.nodes[container].parent)
        }
        var keep = keepBlocks(in: container, verdicts: verdicts)
        // A container whose text is mostly plain link lists (a wiki's page of references, a
        // docs index) is a directory: its links are the content.
        if !thresholds.linksAreNeutral, container > 0 {
            var kept = 0, linkLists = 0
            let start = Int32(container), end = document.nodes[container].end
            // Blocks read in place (a copy of a block is some 200 bytes).
            for b in blocks.indices where blocks[b].firstNode > start && blocks[b].firstNode < end {
                if keep[b] { kept += Int(blocks[b].characters) }
                if verdicts[b].blockClass == .bad, verdicts[b].family == nil, blocks[b].inList {
                    linkLists += Int(blocks[b].characters)
                }
            }
            if Double(linkLists) > Heuristics.directoryLinkShare * Double(kept) {
                var directory = self
                directory.thresholds = thresholds.forLinkListings()
                // Only link density drops a block without naming a family; in a directory such
                // a list entry is undecided, as the listing pass would judge it.
                let relaxed = blocks.indices.map { b -> BlockVerdict in
                    guard verdicts[b].blockClass == .bad, verdicts[b].family == nil, blocks[b].inList else { return verdicts[b] }
                    let reason: VerdictReason = blocks[b].kind == .heading ? "linked heading" : "link in a listing"
                    return BlockVerdict(blockClass: .short, reason: reason)
                }
                keep = directory.keepBlocks(in: container, verdicts: relaxed)
            }
        }
        // A container whose teaser cards outweigh what the prose rules kept is a listing made
        // of several runs of cards (a section per category, each run too small alone to count
        // as the page): its cards are the content.
        if !thresholds.linksAreNeutral, container > 0 {
            var kept = 0, teasers = 0
            let start = Int32(container), end = document.nodes[container].end
            for (b, block) in blocks.enumerated() where block.firstNode > start && block.firstNode < end {
                if keep[b] { kept += Int(block.characters) }
                if verdicts[b].family == .teasers { teasers += Int(block.characters) }
            }
            if Double(teasers) > Heuristics.listingTeaserShare * Double(kept) {
                var listing = self
                listing.thresholds = thresholds.forLinkListings()
                let relaxed = blocks.indices.map { b -> BlockVerdict in
                    let verdict = verdicts[b]
                    guard verdict.blockClass == .bad, verdict.family == nil || verdict.family == .teasers else { return verdict }
                    let reason: VerdictReason = blocks[b].kind == .heading ? "linked heading" : "card in a listing"
                    return BlockVerdict(blockClass: .short, reason: reason)
                }
                keep = listing.keepBlocks(in: container, verdicts: relaxed)
            }
        }
        var verdicts = verdicts
        if !thresholds.linksAreNeutral {
            keepListsInText(&keep, &verdicts, container: container)
            keepDefinitionTerms(&keep, &verdicts, container: container)
        }
        return Selection(keep: keep, verdicts: verdicts, container: container, commentBlocks: [])
    }

    /// The outermost list (`ul`, `ol`, `dl`) whose item holds a block, below `container`: the
    /// block is the item's text or a paragraph right inside the item. Text deeper in boxes
    /// inside an item (a listicle's entries) is no list entry.
    private func listRoot(of block: Block, container: Int) -> Int? {
        func isItem(_ tag: Tag) -> Bool { tag == .li || tag == .dt || tag == .dd }
        var node = Int(block.owner)
        if !isItem(document.nodes[node].tag) {
            node = Int(document.nodes[node].parent)
            guard node > container, isItem(document.nodes[node].tag) else { return nil }
        }
        var root: Int? = nil
        while node > container {
            let tag = document.nodes[node].tag
            if tag == .ul || tag == .ol || tag == .dl {
                root = node
            } else if !isItem(tag) {
                break
            }
            node = Int(document.nodes[node].parent)
        }
        return root
    }

    /// A list written into the text is part of it, links and all: "see also" entries under a
    /// paragraph, a reference's list of members, a linked term and its gloss. A list is in the
    /// text when some of its items read as prose, or when the text goes on around it in the
    /// same element (a paragraph of its parent kept before it and after it). Menus sit in
    /// boxes of their own, beside the text, not between its paragraphs.
    private func keepListsInText(_ keep: inout [Bool], _ verdicts: inout [BlockVerdict], container: Int) {
        let start = Int32(container), end = document.nodes[container].end
        let inside = blocks.indices.filter { blocks[$0].firstNode > start && blocks[$0].firstNode < end }
        var k = 0
        while k < inside.count {
            let b = inside[k]
            guard blocks[b].inList, let root = listRoot(of: blocks[b], container: container) else { k += 1; continue }
            let rootEnd = document.nodes[root].end
            var last = k
            while last + 1 < inside.count, blocks[inside[last + 1]].firstNode < rootEnd { last += 1 }
            defer { k = last + 1 }
            let members = inside[k ... last]
            guard members.contains(where: { !keep[$0] && verdicts[$0].family == nil }) else { continue }
            var inText = members.contains { keep[$0] && verdicts[$0].blockClass == .good }
            // A list half of whose items are kept already (short lines their neighbours vouched
            // for: "Pros:" over "Quiet" and "Boils fast for its size") is in the text: its
            // other items are too short to vouch for themselves.
            if !inText {
                let kept = members.reduce(0) { keep[$1] ? $0 + 1 : $0 }
                inText = kept >= 1 && kept * 2 >= members.count
            }
            if !inText {
                let parent = Int32(document.nodes[root].parent)
                // The nearest paragraph outside the list on a side must be kept prose of the
                // same parent (a label such as "Related:" is not). Headings, captions and other lists of that parent between
                // them are passed over (a section of headed link lists inside the text).
                func textBeside<S: Sequence<Int>>(_ indices: S) -> Bool {
                    for n in indices {
                        let block = blocks[n]
                        if block.kind == .heading || block.kind == .caption || block.family == .caption { continue }
                        if block.inList, let other = listRoot(of: block, container: container),
                           document.nodes[other].parent == parent { continue }
                        return keep[n] && verdicts[n].blockClass == .good
                            && document.nodes[Int(block.owner)].parent == parent
                    }
                    return false
                }
                // A single linked line between paragraphs is a pointer to another story.
                inText = members.count >= 2
                    && textBeside(inside[..<k].reversed()) && textBeside(inside[(last + 1)...])
            }
            guard inText else { continue }
            for n in members where !keep[n] && verdicts[n].family == nil && blocks[n].kind != .heading {
                keep[n] = true
                verdicts[n] = BlockVerdict(blockClass: .short, reason: "list in the text")
            }
            // The heading right over the list titles it, as a heading over any kept text.
            if k > 0, let first = members.first, keep[first] {
                let heading = inside[k - 1]
                if blocks[heading].kind == .heading, !keep[heading], verdicts[heading].blockClass != .bad,
                   blocks[first].firstNode < sectionEnd(ofHeading: blocks[heading]) {
                    keep[heading] = true
                }
            }
        }
    }

    /// A term of a definition list stays when its definition stays: the term is often a link
    /// to its own page (an API reference's members), which says nothing against it.
    private func keepDefinitionTerms(_ keep: inout [Bool], _ verdicts: inout [BlockVerdict], container: Int) {
        let start = Int32(container), end = document.nodes[container].end
        let inside = blocks.indices.filter { blocks[$0].firstNode > start && blocks[$0].firstNode < end }
        for (k, b) in inside.enumerated().dropLast() where !keep[b] && verdicts[b].family == nil {
            let owner = Int(blocks[b].owner)
            guard document.nodes[owner].tag == .dt else { continue }
            let next = inside[k + 1]
            let list = Int(document.nodes[owner].parent)
            guard keep[next], list >= 0, blocks[next].firstNode < document.nodes[list].end else { continue }
            keep[b] = true
            verdicts[b] = BlockVerdict(blockClass: .short, reason: "term of a kept definition")
        }
    }

    /// The end of the section a heading titles: its parent, or higher while the parent holds
    /// nothing but the heading (`<header><h2>…</h2></header>`).
    func sectionEnd(ofHeading heading: Block) -> Int32 {
        var scope = Int(document.nodes[Int(heading.owner)].parent)
        var steps = 0
        while scope > 0, steps < 3, document.nodes[scope].end <= heading.lastNode + 1 || onlyHeadingInside(scope, heading) {
            scope = Int(document.nodes[scope].parent)
            steps += 1
        }
        // Page builders wrap a heading in a box per widget, column and section: boxes that
        // hold nothing but the heading are its own, however deep.
        while scope > 0, steps < Heuristics.headingWrapperMaximumDepth, onlyHeadingInside(scope, heading) {
            scope = Int(document.nodes[scope].parent)
            steps += 1
        }
        return scope >= 0 ? document.nodes[scope].end : Int32(document.count)
    }

    private func onlyHeadingInside(_ scope: Int, _ heading: Block) -> Bool {
        var i = scope + 1
        let end = Int(document.nodes[scope].end)
        while i < end {
            if document.nodes[i].tag == .text, i < Int(heading.firstNode) || i > Int(heading.lastNode),
               !document.textBytes(of: i).allSatisfy(\.isASCIIWhitespace) {
                return false
            }
            i += 1
        }
        return true
    }

    /// A heading dropped only for its link that opens a kept paragraph right under it: a list
    /// article's entry (a product, a school, a tool) whose title links to the thing it
    /// describes, over its text or its facts ("Headquarters: …"). The section is the text's
    /// own, so the title is too. A heading over another heading is not vouched for so: a list
    /// of linked headlines (other stories) stands over whatever comes after it; nor is one
    /// over a card's blurb, which is no paragraph (`<div class="excerpt">`).
    private func titlesProse(_ heading: Block, _ verdict: BlockVerdict, next: Int?, keep: [Bool], verdicts: [BlockVerdict]) -> Bool {
        guard verdict.family == nil, case .linkDensity = verdict.reason, let n = next,
              blocks[n].kind == .paragraph, keep[n] else { return false }
        // A short line under it (the entry's facts) vouches only for a title that is one link
        // and over a line of its own: a card's blurb is shown twice (mobile and desktop), and
        // a call to action in the text ("→ Order the new issue now ←") is a link among marks.
        if verdicts[n].blockClass != .good,
           verdicts[n].family == .repeated || !(heading.linkDensity >= Heuristics.linkedTitleMinimumLinkDensity || opensWithRank(heading)) {
            return false
        }
        // The paragraph shares the heading's box: an entry's title and text, not the last of a
        // list of linked titles and the story after the list (each title in its own list).
        var scope = Int(document.nodes[Int(heading.owner)].parent)
        var steps = 0
        while scope > 0, steps < 3, onlyHeadingInside(scope, heading) {
            // A linked heading as a list's entry is a link list's line (other stories).
            if document.nodes[scope].tag == .li { return false }
            scope = Int(document.nodes[scope].parent)
            steps += 1
        }
        return scope > 0 && document.nodes[scope].tag != .li && blocks[n].firstNode < document.nodes[scope].end
    }

    /// A title that opens with its rank in the list ("3. ", "12) "), left out of the title's
    /// link: the rest of it is the link.
    private func opensWithRank(_ heading: Block) -> Bool {
        // (On the opening's bytes: a cut character's bytes stop the digits and fail the mark
        // as its replacement character would.)
        heading.prefixBytes.withBytes { opening in
            var i = 0
            while i < opening.count, opening[i].isASCIIDigit { i += 1 }
            return (1 ... 3).contains(i) && i < opening.count && (opening[i] == 0x2E || opening[i] == 0x29)
        }
    }

    /// A plain heading dropped only for being seen three times: the subtitle every entry of a
    /// list article repeats ("Pros", "Cons", "Key features", "Why we like it") over its own
    /// text. Like any heading it stays only when what it introduces stays.
    /// The text right under it must be its own: a heading over a line the page repeats too
    /// titles a notice (an embed's consent box, shown for every embed).
    private func isRecurringSubtitle(_ heading: Block, _ verdict: BlockVerdict, next: Int?, verdicts: [BlockVerdict]) -> Bool {
        guard heading.linkCharacters == 0, case .frequent = verdict.reason, let n = next else { return false }
        // A short line seen twice under it is an entry's own ("Lightweight" under each
        // "Pros" of a comparison), a paragraph is the notice.
        return verdicts[n].family != .repeated || blocks[n].characters < Heuristics.frequentBlockMaximumCharacters
    }

    /// A short plain line seen three times that ends in a colon ("Pros:", "Key features:",
    /// "Examples:") is a lead-in, the label each entry of a list article repeats over its own
    /// text: it stays when the block right under it stays and is not repeated itself (a
    /// label over a repeated notice is the notice's).
    private func introducesOwnText(_ block: Block, _ verdict: BlockVerdict, next: Int?, keep: [Bool], verdicts: [BlockVerdict]) -> Bool {
        guard case .frequent = verdict.reason, block.linkCharacters == 0, let n = next, keep[n],
              verdicts[n].family != .repeated else { return false }
        return block.prefixBytes.withBytes { opening in
            var end = opening.count
            while end > 0, opening[end - 1] == 0x20 || opening[end - 1] == 0xA0 || opening[end - 1] == 0xC2 { end -= 1 }
            return end > 0 && opening[end - 1] == 0x3A
        }
    }

    /// Whether a dropped block is furniture set into the text (an ad, a promo, a share bar, a
    /// caption) rather than a block of its own section.
    private func isPassedOver(_ verdict: BlockVerdict) -> Bool {
        guard verdict.blockClass == .bad, let family = verdict.family else { return false }
        return Self.embeddedFamilies.contains(family)
    }

    /// Whether the block after a heading is an entry of a list dropped for its links: the
    /// heading titles a list of links, whatever its own text says.
    private func titlesLinkList(_ next: Int?, verdicts: [BlockVerdict]) -> Bool {
        guard let n = next else { return false }
        return blocks[n].kind == .listItem && verdicts[n].blockClass == .bad && verdicts[n].family == nil
    }

    /// Keeps the good blocks of a container and the short ones their neighbours vouch for.
    func keepBlocks(in container: Int, verdicts: [BlockVerdict]) -> [Bool] {
        var keep = [Bool](repeating: false, count: blocks.count)
        let start = Int32(container)
        let end = document.nodes[container].end
        let inside = blocks.indices.filter { blocks[$0].firstNode > start && blocks[$0].firstNode < end }
        // Nearest decided (good or bad) neighbour on each side, among the container's blocks.
        var previousDecided = [BlockClass?](repeating: nil, count: inside.count)
        var nextDecided = [BlockClass?](repeating: nil, count: inside.count)
        var last: BlockClass? = nil
        // A block dropped only for its links is weak evidence against its neighbours (a
        // "download the data" link after a table); one dropped by a rule is strong.
        func evidence(_ b: Int) -> BlockClass? {
            let verdict = verdicts[b]
            switch verdict.blockClass {
            case .short: return nil
            case .bad where verdict.family == nil: return nil
            // Ads and promos are dropped into the middle of content: they say nothing about
            // the text around them.
            case .bad where isPassedOver(verdict): return nil
            // A lone number is dropped as a counter, but it says nothing about the text around
            // it: a step's number, a statistic's figure and a vote count look the same.
            // (The opening's bytes read in place: its `String` and an array of it cost more than
            // the rest of the pass. Bytes of a character cut at the end fail the test as its
            // replacement character's would.)
            case .bad where verdict.family == .articleMeta
                && blocks[b].prefixBytes.withBytes({ TextRules.isLoneNumber($0, block: blocks[b]) }):
                return nil
            default: return verdict.blockClass
            }
        }
        for (k, b) in inside.enumerated() {
            previousDecided[k] = last
            if let e = evidence(b) { last = e }
        }
        last = nil
        for (k, b) in inside.enumerated().reversed() {
            nextDecided[k] = last
            if let e = evidence(b) { last = e }
        }
        for (k, b) in inside.enumerated() where blocks[b].kind != .heading {
            switch verdicts[b].blockClass {
            case .good: keep[b] = true
            case .bad: keep[b] = false
            case .short where thresholds.linksAreNeutral:
                keep[b] = true
            case .short:
                let before = previousDecided[k], after = nextDecided[k]
                if verdicts[b].nearGood {
                    keep[b] = before == .good || after == .good
                } else {
                    keep[b] = (before == .good && after != .bad) || (after == .good && before != .bad)
                }
            }
        }
        // A heading stays when what it introduces stays: the first block after it that is
        // not a heading, a caption or an ad, found within the heading's own section (a
        // heading over a strip of logos introduces nothing of the next section).
        var nextBody: Int? = nil
        // The block right after the one at hand (walking backwards, the one seen last).
        var following: Int? = nil
        for b in inside.reversed() {
            defer { following = b }
            if blocks[b].kind == .heading {
                keep[b] = false
                // In a listing a linked heading is a card's title, content of its own (a card
                // of a title and a subtitle has no body under it).
                if thresholds.keepsCardTitles, verdicts[b].blockClass == .short,
                   blocks[b].linkDensity > thresholds.maximumLinkDensity {
                    keep[b] = true
                } else if verdicts[b].blockClass == .good, blocks[b].headingLevel != 1, !isSummary(blocks[b]),
                          !titlesLinkList(nextBody, verdicts: verdicts) {
                    // A section heading that reads as prose on its own is a sentence of the
                    // text set large (a landing page's sections open so), not a label over
                    // other blocks. Not the page's first-level title, nor its summary shown
                    // under it: both are metadata (the lead rule judges what is under the title);
                    // nor the title of a list of links ("Other services in your area").
                    keep[b] = true
                } else if verdicts[b].blockClass != .bad || titlesProse(blocks[b], verdicts[b], next: following, keep: keep, verdicts: verdicts)
                            || isRecurringSubtitle(blocks[b], verdicts[b], next: following, verdicts: verdicts),
                          let n = nextBody, keep[n] {
                    keep[b] = blocks[n].firstNode < sectionEnd(ofHeading: blocks[b])
                }
            } else {
                if !keep[b], introducesOwnText(blocks[b], verdicts[b], next: following, keep: keep, verdicts: verdicts) {
                    keep[b] = true
                }
                // A picture's caption, or an ad, between a heading and its text belongs to
                // neither: the heading introduces the text after it. (Bylines and credits are
                // not passed over: a grid's heading would reach its cards' blurbs over them.)
                if !keep[b], blocks[b].kind == .caption || isPassedOver(verdicts[b]) { continue }
                nextBody = b
            }
        }
        return keep
    }
}
