/// How one block looks on its own, before its neighbours are consulted.
public enum BlockClass: UInt8, Sendable, Codable {
    /// Prose: long enough, few links, function words where the language has a list.
    case good
    /// Too short to judge alone: decided by its neighbours.
    case short
    /// Boilerplate: a family's rule, a text rule, repetition or link density.
    case bad
}

/// The rule that decided a block, put in words only when asked (`explain`, JSON blocks):
/// building a string with a percentage for every block of every page was measurable work
/// that plain extraction never reads.
enum VerdictReason: CustomStringConvertible, ExpressibleByStringLiteral {
    /// A reason whose words are fixed.
    case plain(StaticString)
    /// A class, id, role or tag family.
    case family(BoilerplateFamily)
    /// A text rule's family.
    case text(BoilerplateFamily)
    case linkDensity(Double)
    /// Seen ``Heuristics/frequentBlockCount`` times or more.
    case frequent
    case prose(stopWordDensity: Double)
    case fewFunctionWords(stopWordDensity: Double)

    init(stringLiteral value: StaticString) { self = .plain(value) }

    var description: String {
        switch self {
        case .plain(let words): return words.description
        case .family(let family): return "family: \(family.rawValue)"
        case .text(let family): return "text: \(family.rawValue)"
        case .linkDensity(let density): return "link density \(Self.percent(density))"
        case .frequent: return "repeated \(Heuristics.frequentBlockCount)+ times"
        case .prose(let density): return "prose (function words \(Self.percent(density)))"
        case .fewFunctionWords(let density): return "few function words (\(Self.percent(density)))"
        }
    }

    private static func percent(_ value: Double) -> String { "\(Int((value * 100).rounded()))%" }
}

/// The verdict on one block, with the rule that decided it.
struct BlockVerdict {
    var blockClass: BlockClass
    var reason: VerdictReason
    var family: BoilerplateFamily?
    /// A short block that reads like prose (enough function words): one good neighbour
    /// is enough to keep it, as jusText's near-good class.
    var nearGood = false
    /// Part of the frame of a recurring section (see ``BlockClassifier/recurringSections``):
    /// meant to recur, so never a copy of a section shown twice.
    var recurringFrame = false
}

/// Classifies blocks from their features and the families the rules gave them.
struct BlockClassifier {
    let hasStopWords: Bool
    private(set) var keepComments: Bool
    // The sets below are `WordSet`s (text hashes, and first nodes as numbers): they are built
    // once a page and probed for every block, without `Set`'s SipHash.
    let repeatedHashes: WordSet
    /// Text seen twice or more outside links: what a plain heading is counted against.
    let unlinkedRepeatedHashes: WordSet
    let unlinkedFrequentHashes: WordSet
    /// Text seen this many times or more is furniture outright.
    let frequentHashes: WordSet
    /// First nodes of frequent blocks that frame a recurring section of the text (a frequent
    /// heading and the frequent lines right under it): a plan's days, not ad labels.
    let recurringSections: WordSet
    /// First nodes of the first copy of text seen twice or more (see ``classify(_:)``).
    let firstOfTwoCopies: WordSet
    /// Text of blocks set as quotes (`<blockquote>`): a reply quoting an earlier post.
    let quotedHashes: WordSet
    let thresholds: Thresholds
    /// Whether the page's captions outweigh its other prose: a gallery or slideshow, whose
    /// captions are the story.
    let captionsAreContent: Bool

    init(blocks: [Block], hasStopWords: Bool, keepComments: Bool, thresholds: Thresholds) {
        self.hasStopWords = hasStopWords
        self.keepComments = keepComments
        // How often each text occurs: the hashes sorted, then counted by runs.
        var hashes: [UInt64] = []
        var unlinkedHashes: [UInt64] = []
        hashes.reserveCapacity(blocks.count)
        // The loops read the blocks' fields in place: a `for block in blocks` copied each
        // block, retaining and releasing its prefix string.
        for b in blocks.indices where blocks[b].words > 0 && !blocks[b].inTable {
            hashes.append(blocks[b].textHash)
            if blocks[b].linkCharacters == 0 { unlinkedHashes.append(blocks[b].textHash) }
        }
        let (repeated, frequent) = Self.recurring(&hashes)
        repeatedHashes = repeated
        frequentHashes = frequent
        var firstCopies: [UInt64] = []
        var seenTwice = WordCache<Bool>()
        var quoted: [UInt64] = []
        for b in blocks.indices {
            let hash = blocks[b].textHash
            if blocks[b].kind == .quote && blocks[b].words > 0 { quoted.append(hash) }
            guard blocks[b].words > 0 && !blocks[b].inTable && blocks[b].kind != .heading
                && repeated.contains(hash) && seenTwice[hash] == nil else { continue }
            seenTwice[hash] = true
            firstCopies.append(UInt64(blocks[b].firstNode))
        }
        firstOfTwoCopies = WordSet(firstCopies)
        quotedHashes = WordSet(quoted)
        // A section heading is listed again as a link in the page's table of contents and
        // its sidebar: those copies point at it and say nothing against it.
        (unlinkedRepeatedHashes, unlinkedFrequentHashes) = Self.recurring(&unlinkedHashes)
        // A heading seen three times followed by a line seen three times is the recurring
        // frame of a section of the text (a plan's days: "Lunch", "Eat before noon", then
        // each day's own dish); an ad label or a series banner stands over varying text, and
        // a heading over a repeated paragraph is the title of a notice (an embed's consent box).
        // The frame is the heading and the run of frequent lines under it.
        var sections: [UInt64] = []
        // Indices of the blocks with words (a filtered copy of the blocks retained every prefix).
        let texts = blocks.indices.filter { blocks[$0].words > 0 }
        var index = 0
        while index < texts.count {
            let b = texts[index]
            let startsFrame = blocks[b].kind == .heading && blocks[b].linkCharacters == 0 && !blocks[b].inTable
                && frequent.contains(blocks[b].textHash) && index + 1 < texts.count
                && blocks[texts[index + 1]].kind != .heading && blocks[texts[index + 1]].linkCharacters == 0
                && blocks[texts[index + 1]].characters < Heuristics.frequentBlockMaximumCharacters
                && frequent.contains(blocks[texts[index + 1]].textHash)
            guard startsFrame else { index += 1; continue }
            sections.append(UInt64(blocks[b].firstNode))
            index += 1
            while index < texts.count, blocks[texts[index]].kind != .heading, blocks[texts[index]].linkCharacters == 0,
                  frequent.contains(blocks[texts[index]].textHash) {
                sections.append(UInt64(blocks[texts[index]].firstNode))
                index += 1
            }
        }
        recurringSections = WordSet(sections)
        // Function-word density depends on the language (Arabic and Finnish attach what
        // English writes as separate words), so the bar is lowered to a share of the page's
        // own typical prose density when that is low.
        var densities: [Double] = []
        for b in blocks.indices where blocks[b].characters >= Heuristics.proseBlockCharacters && blocks[b].linkDensity < 0.3 {
            densities.append(blocks[b].stopWordDensity)
        }
        var calibrated = thresholds
        if densities.count >= 3 {
            densities.sort()
            let median = densities[densities.count / 2]
            calibrated.minimumStopWordDensity = min(
                thresholds.minimumStopWordDensity,
                max(Heuristics.lowestStopWordDensity, median * Heuristics.stopWordDensityShareOfMedian))
        }
        self.thresholds = calibrated
        var captionCharacters = 0, proseCharacters = 0
        for b in blocks.indices {
            if blocks[b].family == .caption {
                captionCharacters += Int(blocks[b].characters)
            } else if blocks[b].family == nil, blocks[b].characters >= Heuristics.proseBlockCharacters, blocks[b].linkDensity < 0.3 {
                proseCharacters += Int(blocks[b].characters)
            }
        }
        captionsAreContent = Double(captionCharacters)
            > Heuristics.galleryCaptionShare * Double(captionCharacters + proseCharacters)
    }

    /// The hashes seen at least ``Heuristics/repeatedBlockCount`` times, and at least
    /// ``Heuristics/frequentBlockCount`` times, among `hashes` (which are sorted).
    private static func recurring(_ hashes: inout [UInt64]) -> (repeated: WordSet, frequent: WordSet) {
        hashes.sort()
        var repeated: [UInt64] = [], frequent: [UInt64] = []
        var start = 0
        while start < hashes.count {
            var end = start + 1
            while end < hashes.count, hashes[end] == hashes[start] { end += 1 }
            if end - start >= Heuristics.repeatedBlockCount { repeated.append(hashes[start]) }
            if end - start >= Heuristics.frequentBlockCount { frequent.append(hashes[start]) }
            start = end
        }
        return (WordSet(repeated), WordSet(frequent))
    }

    /// The same classifier with comment sections judged on their text (or not): the page's
    /// counts and calibration do not depend on it, so they are not computed again.
    func keepingComments(_ keep: Bool) -> BlockClassifier {
        var copy = self
        copy.keepComments = keep
        return copy
    }

    /// The verdict on every block, in order (read in place: `blocks.map(classify)` copied
    /// each block, retaining and releasing its prefix string).
    func classifyAll(_ blocks: [Block]) -> [BlockVerdict] {
        var verdicts: [BlockVerdict] = []
        verdicts.reserveCapacity(blocks.count)
        for b in blocks.indices { verdicts.append(classify(blocks[b])) }
        return verdicts
    }

    func classify(_ block: Block) -> BlockVerdict {
        if let family = block.family, !(keepComments && family == .comments),
           !(thresholds.ignoresClassFamilies && family != .comments && family != .reviews),
           !(family == .teasers && thresholds.linksAreNeutral),
           !(family == .caption && captionsAreContent) {
            return .init(blockClass: .bad, reason: .family(family), family: family)
        }
        if block.isPageTitle {
            return .init(blockClass: .bad, reason: "the page title", family: .articleMeta)
        }
        // A cell of a data table (one with header cells) is a value: a date, a file name or
        // "Recommended" in a column is no dateline, stray file name or label. Layout tables,
        // without header cells, hold a page's boxes, bylines and counters among them.
        if !(block.kind == .tableCell && block.inDataTable), let family = TextRules.family(of: block) {
            return .init(blockClass: .bad, reason: .text(family), family: family)
        }
        let isSectionTitle = block.kind == .heading && block.linkCharacters == 0
        let isRepeated = !thresholds.linksAreNeutral && block.characters < Heuristics.repeatedBlockMaximumCharacters
            && (isSectionTitle ? unlinkedRepeatedHashes : repeatedHashes).contains(block.textHash)
        let linkDensity = block.linkDensity
        if linkDensity > thresholds.maximumLinkDensity {
            // A heading that is a link titles another page (a teaser), not a section of this
            // one; in the listing pass such titles are the content.
            if block.kind == .heading, thresholds.linksAreNeutral { return .init(blockClass: .short, reason: "linked heading") }
            if thresholds.linksAreNeutral { return .init(blockClass: .short, reason: "link in a listing") }
            // A paragraph is written text even when it is mostly a link ("Pro tip: see our
            // guide"); menus are lists and bare divs.
            // A cell of a data table is a value of its row (a laureate's name, a model linked to
            // its page), not a menu: its neighbours decide.
            if block.kind == .tableCell, block.inDataTable, !isRepeated {
                return .init(blockClass: .short, reason: "linked table cell")
            }
            if block.kind == .paragraph || (block.kind == .listItem && block.words >= Heuristics.linkedListItemMinimumWords),
               block.linkDensity < 0.9, !isRepeated {
                return .init(blockClass: .short, reason: "linked paragraph")
            }
            return .init(blockClass: .bad, reason: .linkDensity(linkDensity))
        }
        // Furniture seen three times is a label, a one-line prompt or a line with a link (an
        // affiliate pick); a longer plain line seen three times is a recurring part of the text
        // (a meal plan's breakfast, a recipe step).
        if isRepeated, block.words > 0, block.kind != .tableCell,
           (isSectionTitle ? unlinkedFrequentHashes : frequentHashes).contains(block.textHash),
           !recurringSections.contains(UInt64(block.firstNode)),
           block.characters < Heuristics.frequentBlockMaximumCharacters || block.linkCharacters > 0 {
            return .init(blockClass: .bad, reason: .frequent, family: .repeated)
        }
        // Text that a quote on the page repeats is the post quoted: its first copy, outside a
        // quote, is judged on its text like any other.
        let isQuotedOriginal = block.kind != .quote && quotedHashes.contains(block.textHash)
            && firstOfTwoCopies.contains(UInt64(block.firstNode))
        if isRepeated, !isQuotedOriginal, block.words > 0, block.kind != .tableCell {
            // Repetition alone is weak evidence (recipes and meal plans repeat lines): the
            // block is left to its neighbours, which drop a run of repeated ads. Text seen
            // twice is often a quote or a preview of its first copy (a reply quoting a post, a
            // thread's preview of the post answered): a first copy that would be prose needs
            // only one good neighbour, like near-good text. Paragraphs only: a picture's
            // description shown again in its lightbox is no post.
            let readsAsProse = block.kind == .paragraph && firstOfTwoCopies.contains(UInt64(block.firstNode)) && hasStopWords
                && block.characters >= thresholds.shortBlockCharacters
                && block.stopWordDensity >= thresholds.minimumStopWordDensity
            return .init(
                blockClass: .short, reason: "repeated on the page", family: .repeated, nearGood: readsAsProse,
                recurringFrame: recurringSections.contains(UInt64(block.firstNode)))
        }
        if block.kind == .preformatted, block.characters >= Heuristics.shortBlockCharacters {
            return .init(blockClass: .good, reason: "preformatted text")
        }
        if block.characters < thresholds.shortBlockCharacters {
            // A caption belongs to the picture beside the text: one good neighbour vouches.
            if block.kind == .caption { return .init(blockClass: .short, reason: "caption", nearGood: true) }
            // Table cells are short by nature; the table stands or falls with the text by it.
            if block.kind == .tableCell { return .init(blockClass: .short, reason: "table cell", nearGood: true) }
            // A line of code (a command to type) belongs to the text that introduces it; menus
            // are not set in `<pre>`.
            if block.kind == .preformatted { return .init(blockClass: .short, reason: "short code", nearGood: true) }
            if hasStopWords, block.words >= Heuristics.nearGoodMinimumWords,
               block.stopWordDensity >= thresholds.minimumStopWordDensity {
                return .init(blockClass: .short, reason: "short prose", nearGood: true)
            }
            return .init(blockClass: .short, reason: "short")
        }
        if hasStopWords {
            let density = block.stopWordDensity
            if density >= thresholds.minimumStopWordDensity {
                return .init(blockClass: .good, reason: .prose(stopWordDensity: density))
            }
            if block.characters >= Heuristics.longBlockCharacters * 2 && density >= thresholds.minimumStopWordDensity / 2 {
                return .init(blockClass: .good, reason: "long text")
            }
            return .init(blockClass: .short, reason: .fewFunctionWords(stopWordDensity: density))
        }
        if block.characters >= Heuristics.longBlockCharacters / 2 || block.sentenceMarks + block.commas >= 2 {
            return .init(blockClass: .good, reason: "long text")
        }
        return .init(blockClass: .short, reason: "short")
    }
}

/// The thresholds a mode sets: precision mode asks more of a block, recall mode less.
struct Thresholds {
    var maximumLinkDensity: Double
    var shortBlockCharacters: Int32
    var minimumStopWordDensity: Double
    var minimumProseCoverage: Double
    /// Weight of undecided blocks when choosing the container.
    var shortBlockWeight = Heuristics.shortBlockWeight
    /// Listing pass: link-heavy blocks are undecided rather than boilerplate, repetition is
    /// allowed (cards repeat their labels) and every undecided block in the container stays.
    var linksAreNeutral = false
    /// Last-resort pass: class/id families are ignored and blocks judged on their text, except
    /// comments and a product's reviews, which are never the page's text whatever little else it shows.
    var ignoresClassFamilies = false
    /// Listing pass, once it has won: a linked heading in the container stays on its own, a
    /// card's title, even with no body under it in its box (a title and a subtitle).
    var keepsCardTitles = false

    /// The thresholds of the second pass for pages made of link cards.
    func forLinkListings() -> Thresholds {
        var listing = self
        listing.linksAreNeutral = true
        listing.shortBlockWeight = Heuristics.listingShortBlockWeight
        return listing
    }

    init(mode: ExtractionOptions.Mode) {
        maximumLinkDensity = Heuristics.maximumLinkDensity
        shortBlockCharacters = Heuristics.shortBlockCharacters
        minimumStopWordDensity = Heuristics.minimumStopWordDensity
        minimumProseCoverage = Heuristics.minimumProseCoverage
        switch mode {
        case .balanced: break
        case .precision:
            maximumLinkDensity = 0.35
            minimumStopWordDensity += 0.04
            minimumProseCoverage = 0.3
        case .recall:
            maximumLinkDensity = 0.65
            shortBlockCharacters = 30
            minimumStopWordDensity -= 0.05
            minimumProseCoverage = 0.85
        }
    }
}
