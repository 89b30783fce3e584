/// Every tuned number of the extractor, in one place. Each says what it means and how it
/// was chosen; "measured" means tried on the development sets of `../shared/datasets`
/// with `Scripts/evaluate`, keeping the value that generalised across all of them.
public enum Heuristics {
    // MARK: Rules

    /// A marked element holding at least this share of the page's prose is a layout wrapper,
    /// not the widget its class names (`<div class="widget Blog">` around the post). Half
    /// the prose is more than any real widget holds.
    static let familyWrapperShare = 0.5
    /// A marked element that starts after this share of the page's prose (and after most of
    /// the prose outside it) follows the page and is no layout wrapper, however much prose it
    /// holds: a site footer of long legal notes, a cookie panel listing every purpose (when
    /// it stands apart from the page's wrapper, see `NodeMarks.standsApart`). Only for those
    /// families: a paywall box holding the rest of an article also starts after its first
    /// paragraphs. Measured at
    /// 0.1, 0.25 and 0.4: 0.1 gained most (product pages with footnote footers), none cost.
    static let pageFooterProseBefore = 0.1
    /// A block at least this long (with few links) counts as prose when deciding whether a
    /// marked element is a layout wrapper. Two sentences of ordinary text.
    static let proseBlockCharacters: Int32 = 80
    /// A hidden element holding at least this share of the page's readable text is the page
    /// itself, hidden until scripts run (`visibility:hidden` anti-flicker wrappers, streamed
    /// renders in `<div hidden>`): it is read. Hidden menus and pop-ups hold far less.
    static let hiddenPageShare = 0.5
    /// An element named a table of contents, pager, breadcrumb trail or tag list that holds at
    /// least this many characters of prose (paragraphs of few links) is a content section
    /// named by its anchor id. Two ordinary paragraphs; real link lists hold none.
    static let linkFamilyMaximumProse = 300
    /// A `<noscript>` with at least this much text (and block structure) is a server-rendered
    /// page, not a fallback notice. Notices are one sentence; rendered pages are kilobytes.
    static let minimumNoscriptContentBytes = 500
    /// Teaser cards come in runs of at least this many alike siblings; two could be a pair
    /// of columns.
    static let teaserMinimumRun = 3
    /// A promo box (same class string, a heading inside) seen at least this many times on a
    /// page is the page's list of items, not a banner: sites repeat their own banner once or
    /// twice. Measured at 4 and 6.
    static let promoItemMinimumRun = 4
    /// A card holds at most this many bytes of text: a title and a blurb. Forum posts and
    /// product descriptions run longer.
    static let teaserMaximumBytes: Int32 = 800
    /// Visible bytes (whitespace left out) a card of a listing may hold: more than a teaser
    /// (a caption, a long blurb, a player's controls beside the title), less than a story.
    /// Set at two and a half teasers and not tuned (only this value was measured).
    static let listingCardMaximumBytes: Int32 = 2000
    /// A card's title link has at least this many bytes ("Read more" and usernames are
    /// shorter than a headline).
    static let teaserMinimumTitleBytes: Int32 = 20
    /// Visible bytes of a badge or count a card may show before its linked title
    /// ("Bestseller", "3 Colors", "Sold out"): a label, not the card's opening words.
    static let cardLabelMaximumBytes: Int32 = 12
    /// How many such labels may come before the title (a badge and a count).
    static let cardLabelMaximumCount = 2
    /// A run of cards holding more than this share of the page's visible text (whitespace of
    /// the markup not counted) is the page's content.
    /// Measured against the page without the site's frame (`TeaserRule.frameFamilies`); 0.25
    /// and 0.35 were both worse on wcxb-dev listings once the frame was left out.
    static let teaserMaximumPageShare = 0.3
    /// A run above `teaserMaximumPageShare` is still teasers when the page holds, in an element
    /// hinted as content outside the run, a story of at least this share of the run's text: a
    /// feed of cards under an article is the site's, however long. Measured at 0.3 and 0.5
    /// (equal on aeb and trafilatura-dev; 0.5 better on wcxb-dev).
    static let teaserStoryShare = 0.5
    /// Visible bytes of an element hinted as content that make it a story beside a listing
    /// split into several small grids (about 170 words: a short news story), however long
    /// the grids together: a news article sits over many rows of other sections' feeds.
    /// The sidebar blurbs and row descriptions of real listings stay under it.
    static let splitListingStoryBytes: Int32 = 1000
    /// The longest prose block anchors the content only when it is at least this long;
    /// shorter, it may be a cookie notice on an otherwise empty page.
    static let anchorMinimumCharacters: Int32 = 400
    /// A form with inputs and less text than this is only a form (labels, notices, a
    /// submit line); a page wrapped whole in a form has kilobytes.
    static let maximumFormTextBytes = 1000
    /// The box around a text area holds less text than this: a heading, a button, a notice.
    static let maximumWritingBoxTextBytes = 300
    /// Appeals to subscribe or donate and copyright or disclaimer notices are recognised in
    /// blocks up to this many characters: such boxes say their piece in two or three
    /// sentences, and a longer paragraph that mentions a subscription is part of the story.
    /// Measured at 300, 400 and 600: 300 let one appeal through; 600 caught one more
    /// (86-word) disclosure widget and moved no other page on any set; 400 kept, the length
    /// of three ordinary sentences.
    static let appealMaximumCharacters: Int32 = 400
    /// Text rules look only at blocks up to this many characters: labels, prompts and
    /// bylines are short, and a real paragraph that starts with "By" is long.
    static let textRuleMaximumCharacters = 160
    /// Text nodes at least this many bytes long feed the language guess; shorter ones are
    /// mostly menu entries and labels.
    static let languageSampleNodeBytes: Int32 = 60
    /// At most this many words of one text node go into the language sample, so that a long
    /// run of leaked script or JSON cannot fill it alone. A paragraph's first sentences.
    static let languageSampleWordsPerNode = 60
    /// The language guess needs this share of sampled words in one function-word list;
    /// running prose in a listed language scores 0.3–0.5, other languages under 0.1.
    static let minimumStopWordShareForLanguage = 0.12

    // MARK: Block classification

    /// Captions holding more than this share of the page's caption and prose text make a
    /// gallery or slideshow, where they are the story; below it they describe pictures beside
    /// the story and are dropped. Measured at 0.3, 0.5 and 0.7.
    static let galleryCaptionShare = 0.5

    /// Blocks shorter than this (in characters) carry too little evidence on their own and
    /// are judged by their neighbours, as in jusText.
    static let shortBlockCharacters: Int32 = 50
    /// A short block needs this many words to count as near-good prose ("Una maceta de 20
    /// litros por planta"); fewer are labels and buttons.
    static let nearGoodMinimumWords: Int32 = 4
    /// Blocks at least this long are prose when their other features agree.
    static let longBlockCharacters: Int32 = 180
    /// A list item of at least this many words is written text even when mostly linked (a
    /// digest's item: a linked sentence and its gloss), and is judged by its neighbours like a
    /// linked paragraph; menu entries and related-story titles are shorter.
    static let linkedListItemMinimumWords: Int32 = 20
    /// Above this link density a block is navigation, whatever its length.
    static let maximumLinkDensity = 0.5
    /// Prose in a language with a function-word list has at least this density.
    static let minimumStopWordDensity = 0.18
    /// The density bar never drops below this, whatever the page's own prose looks like.
    static let lowestStopWordDensity = 0.06
    /// The density bar is at most this share of the median density of the page's long
    /// blocks: prose sits well above half of its own page's typical density.
    static let stopWordDensityShareOfMedian = 0.6
    /// Weight of a boilerplate block's characters against content when choosing the
    /// container: below 1 because boilerplate blocks are short and many, and one long
    /// paragraph should outweigh a menu of equal length.
    static let boilerplateWeight = 0.6
    /// Weight of short (undecided) blocks in container choice.
    static let shortBlockWeight = 0.15

    /// Weight of undecided blocks in the listing pass, where cards of short linked text are
    /// the content: high enough that a grid of cards outweighs the menus around it.
    static let listingShortBlockWeight = 0.6

    // MARK: Container choice

    /// Bonus factor for containers that say they are the content (`article`, `main`,
    /// `itemprop=articleBody`, content-like class words).
    static let contentHintBonus = 1.15

    // MARK: Widening and repetition

    /// A container holding more than this many times as much text in plain link lists as in
    /// what the prose rules kept is a directory, and its link lists are kept.
    static let directoryLinkShare = 2.0

    /// A container holding more than this many times as much text in teaser cards as the
    /// prose rules kept in it is a listing (a section of cards per category, each run too
    /// small alone to count as the page), and its cards are kept. Measured at 1, 2 and 3: 1
    /// gained most on wcxb-dev listings but cost aeb 0.004 (short articles above long rails of
    /// related stories); 2 gained listing pages and cost no set anything.
    static let listingTeaserShare = 2.0
    /// A page whose listing cards (a run of cards holding much of the page, no story beside
    /// it) outweigh this many times the prose kept outside them is a grid of cards: the
    /// listing pass reads it. An intro or a category description above a shop's grid is often
    /// all its annotators keep, so the bar is high. Swept on wcxb-dev word F1 (aeb and
    /// trafilatura-dev did not move): 1 → 0.8606, 1.5 → 0.8609, 2 → 0.8613, 3 → 0.8618,
    /// 4 → 0.8617, 6 → 0.8612.
    static let cardGridShare = 3.0

    /// A prose selection shorter than this triggers the listing pass (link cards as content).
    /// A short paragraph or two: less than any article, more than a stray caption. Measured
    /// at 250, 400, 600 and 900: 400 helped wcxb-dev and cost aeb nothing; more cost aeb.
    static let minimumResultCharacters = 400
    /// A prose selection of at least this many paragraphs is a (short) story: the listing
    /// pass may not replace it with a ticker of linked headlines.
    static let shortStoryMinimumParagraphs = 2
    /// Added text of the listing pass with less than this share outside links is a ticker
    /// of headlines (a label such as "Latest" and the linked titles), not cards.
    static let headlineTickerUnlinkedShare = 0.1
    /// Class names are overruled (the last-resort pass) only when the rules left less than
    /// this: a paywall teaser of one paragraph is a result, a page of nothing is not.
    static let lastResortMaximumCharacters = 150

    /// Comment-like sections become the content (a forum thread, a Q&A page) only when the
    /// rest of the page yields less than this many characters: a short article above a long
    /// discussion is still the article.
    static let forumTakeoverMaximumMainCharacters = 150
    /// Prose in the comment sections of a page declared a discussion that makes them its
    /// posts (`ContentSelector+Forum.swift`): one reply's paragraph, as
    /// `forumTakeoverMaximumMainCharacters`.
    static let threadMinimumReplyCharacters = 150
    /// A slot (the same chain of tags and classes below the container) found in at least this
    /// many boxes, with prose kept in at least `alikeSlotMinimumGood` of them, is the place of
    /// a post in a run of alike boxes: its short blocks are posts too
    /// (`ContentSelector.keepAlikeSlots`). Three boxes make a run, as `duplicateMinimumRun`.
    static let alikeSlotMinimumRun = 3
    /// Boxes with kept prose that make a slot a post's place. Two: one could be a lone text.
    static let alikeSlotMinimumGood = 2

    /// When the chosen content holds less than this share of the page's prose characters,
    /// the choice widens to an ancestor or to all prose blocks. Service, product and listing
    /// pages split their text into sibling sections, each holding under half of it. Measured
    /// at 0.45, 0.6, 0.7, 0.8 and 0.9: 0.7 helped all three sets (wcxb-dev +0.003, aeb +0.003,
    /// trafilatura-dev +0.003); 0.9 began to cost aeb and leak more.
    static let minimumProseCoverage = 0.7
    /// How many blocks above the chosen text are searched for the title and the lead under
    /// it (a date, a byline, a picture with its caption and credit, an ad label between).
    static let leadSearchBlocks = 12
    /// A heading this long under the title is a lead set as a heading (a standfirst in an
    /// `<h2>`), not a section title.
    static let leadHeadingMinimumWords: Int32 = 15
    /// A lead is the text's opening paragraph, commonly two sentences or more; a single short
    /// line under the title is a dek (a one-line summary, metadata like the title).
    static let leadMinimumWords: Int32 = 20
    /// A lead whose first this many bytes are those of the page's meta description is the
    /// page's summary (a dek), metadata like the title. Long enough for a clause, short
    /// enough to match a description cut off by the site.
    static let summaryMatchBytes = 40
    /// How much of the meta description is searched for a lead's opening.
    static let summaryMaximumBytes = 600
    /// A paragraph opening with the page author's name is their biography only when it is a
    /// sentence (a bare "Jane Roe, Editor" credit line is left to the byline rules).
    static let authorBioMinimumWords: Int32 = 8
    /// ...and when it comes after this share of the kept text: under the story, not its
    /// opening (an interview that begins by presenting its author).
    static let authorBioStoryShare = 0.5
    /// Text repeated this many times on a page is furniture (ad lines, labels), unless long.
    static let repeatedBlockCount = 2
    /// Short text found this many times on one page is furniture whatever its neighbours
    /// (the seed page's affiliate line, three times). Twice may be a quote or a recap.
    static let frequentBlockCount = 3
    /// Kept blocks of at least this many words whose text was already kept are copies.
    static let duplicateMinimumWords: Int32 = 3
    /// A run of at least this many consecutive copies is a section shown twice, and goes.
    /// Dropping every copy changed 316 wcxb-dev pages and cost documentation (its truth keeps
    /// notices repeated under each item); copies of 15+ words still cost it; runs of 3 gained
    /// wcxb-dev 0.002 (product, collection) and changed no set for the worse.
    static let duplicateMinimumRun = 3
    /// Text seen `frequentBlockCount` times is dropped outright only when shorter than this
    /// or linked: ad labels and "Read more" prompts are one short line, affiliate picks carry
    /// their link. A longer plain line seen three times is a recurring part of the text (a
    /// meal plan's daily breakfast) and is left to its neighbours like any repeated block. Measured at 50, 80 and 120 (aeb 0.966
    /// -> 0.967 at 50 and 80; 80 moved fewer wcxb-dev pages).
    static let frequentBlockMaximumCharacters: Int32 = 80
    /// Repeated blocks longer than this are kept (quoted posts, recurring disclaimers are
    /// handled by their own rules).
    static let repeatedBlockMaximumCharacters: Int32 = 200
    /// A linked heading over a short kept line (a list article's entry over its facts) stays
    /// only when it is one link: this share of its characters or more. A title among marks
    /// (">>> Order the new issue now! <<<", 85%) is a call to action in the text. Chosen as
    /// "all of it" less rounding, not tuned.
    static let linkedTitleMinimumLinkDensity = 0.99
    /// How many boxes holding nothing but a heading are climbed to find the section it
    /// titles: a page builder's section, column, widget and its container, each around the
    /// heading alone (six levels seen on builder pages). A bound, not a tuned value.
    static let headingWrapperMaximumDepth = 8

    // MARK: Product pages

    /// A page whose JSON-LD declares at most this many products (and no list or article) is
    /// the page of one product: one item, or one with a few variants or bundles. Category
    /// pages declare a product per card (24 and more on the development sets).
    static let singleProductMaximumObjects = 3

    // MARK: Dates

    /// A run of dates printed in alike elements, in time order, is a thread's posts when it
    /// has at least this many (a thread page shows its opening post and replies; two dates
    /// are as often a "posted" and an "updated" pair). Chosen as the smallest count that is
    /// more than such a pair; see Docs/Heuristics.md for the measured steps.
    static let threadMinimumPosts = 2
    /// A date printed beside the headline whose line calls it a change ("Updated: …") yields
    /// to an unlabelled date printed within this many nodes of it: the dateline's other half
    /// ("12 May 2021 · Updated 3 June 2024"), the publication day. Two sibling spans with
    /// their texts are 2 to 4 nodes apart; 8 allows a wrapper or an icon between them and
    /// stays inside one line of metadata (a card's date below is farther).
    static let changedDatelineReach = 8
}
