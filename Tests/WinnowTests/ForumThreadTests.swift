// Forum threads: replies named like comments on a page declared a discussion, and posts
// whose text the thread repeats (quotes, previews of the post answered).
import Testing
@testable import Winnow

@Suite("Forum threads")
struct ForumThreadTests {
    typealias Support = ExtractionTestSupport

    static let opening = "Our allotment society wants to build a shared tool shed by the gate, and the committee asked "
        + "me to find out whether anyone here has put up a timber shed on a concrete base. What thickness of slab did "
        + "you pour, and did you need anything under it besides compacted hardcore?"
    static let firstReply = "We poured a slab of about ten centimetres on a layer of compacted hardcore, with a damp "
        + "proof sheet between them, and it has not moved in eight winters. Make it a little larger than the shed so "
        + "that rain runs off instead of pooling under the floor."
    static let secondReply = "I would add bearers under the floor as well, so that air can move below the timber. Ours "
        + "rotted at the corners within five years because the floor sat flat on the concrete and stayed damp all "
        + "through the autumn and winter."

    /// A thread: the opening post in the page's own box, the replies in comment-named boxes.
    static func thread(head: String) -> String {
        func reply(_ user: String, _ text: String) -> String {
            """
            <li class="comment"><div class="comment-author">\(user)</div>
            <div class="comment-content"><p>\(text)</p></div></li>
            """
        }
        return """
            <!DOCTYPE html><html lang="en"><head><title>Concrete base for a shed? - Plot Holders' Forum</title>\(head)</head>
            <body>
            <nav><a href="/">Forum index</a> <a href="/building">Building and repairs</a></nav>
            <article class="topic"><h1>Concrete base for a shed?</h1>
            <div class="post-author">gatekeeper_anne</div>
            <div class="post-body"><p>\(opening)</p></div></article>
            <section id="comments"><h2>Replies</h2><ol class="comment-list">
            \(reply("bean_row_bill", firstReply))
            \(reply("compost_carla", secondReply))
            </ol></section>
            <footer><p>The forum is run by the society's volunteers.</p></footer>
            </body></html>
            """
    }

    static let discussionData = """
        <script type="application/ld+json">{"@context": "https://schema.org", "@type": "DiscussionForumPosting",
        "headline": "Concrete base for a shed?", "author": {"@type": "Person", "name": "gatekeeper_anne"}}</script>
        """

    /// The thread declared as the main entity of a web page, as some forum engines write it.
    static let nestedDiscussionData = """
        <script type="application/ld+json">{"@context": "https://schema.org", "@type": "WebPage",
        "mainEntity": {"@type": "DiscussionForumPosting", "headline": "Concrete base for a shed?"}}</script>
        """

    @Test("a page declared a discussion keeps the replies in its comment sections beside the opening post")
    func declaredThreadKeepsReplies() throws {
        for head in [Self.discussionData, Self.nestedDiscussionData] {
            let extraction = try Support.extract(Self.thread(head: head))
            Support.expectKept(["shared tool shed by the gate", "ten centimetres on a layer", "bearers under the floor"], in: extraction)
            Support.expectDropped(["Forum index", "society's volunteers"], in: extraction)
        }
    }

    @Test("a question page declared in microdata keeps its answers too")
    func microdataQuestionPageKeepsAnswers() throws {
        let html = Self.thread(head: "").replacingOccurrences(
            of: "<body>", with: #"<body itemscope itemtype="https://schema.org/QAPage">"#)
        let extraction = try Support.extract(html)
        Support.expectKept(["shared tool shed by the gate", "ten centimetres on a layer", "bearers under the floor"], in: extraction)
    }

    @Test("on a question page, comments inside the question's and the answer's boxes are remarks, not replies")
    func remarksInsidePostsStayOut() throws {
        func remarks(_ text: String) -> String {
            "<div class=\"comments\"><ul class=\"comment-list\"><li class=\"comment\">\(text) – <a href=\"/u/9\">bean_row_bill</a></li></ul></div>"
        }
        let html = """
            <!DOCTYPE html><html lang="en"><head><title>Concrete base for a shed? - Plot Holders' Answers</title>
            <script type="application/ld+json">{"@context": "https://schema.org", "@type": "QAPage"}</script></head>
            <body><nav><a href="/">Questions</a> <a href="/tags">Tags</a></nav>
            <div id="posts">
            <div class="question"><div class="post-text"><p>\(Self.opening)</p></div>
            \(remarks("Could you say roughly how large the shed will be, since that changes the answer quite a lot for the slab?"))</div>
            <div class="answer"><div class="post-text"><p>\(Self.firstReply)</p><p>\(Self.secondReply)</p></div>
            \(remarks("Thank you, the damp proof sheet is the part I would have forgotten, and the bearers make a lot of sense too."))</div>
            </div>
            <footer><p>The site is run by the society's volunteers.</p></footer>
            </body></html>
            """
        let extraction = try Support.extract(html)
        Support.expectKept(["shared tool shed by the gate", "ten centimetres on a layer", "bearers under the floor"], in: extraction)
        Support.expectDropped(["how large the shed will be", "part I would have forgotten"], in: extraction)
    }

    @Test("without a discussion declared, comments under a post stay comments")
    func undeclaredCommentsStayApart() throws {
        let extraction = try Support.extract(Self.thread(head: ""), options: .init(includeComments: true))
        Support.expectKept(["shared tool shed by the gate"], in: extraction)
        Support.expectDropped(["ten centimetres on a layer", "bearers under the floor"], in: extraction)
        #expect(extraction.comments.contains("bearers under the floor"))
    }

    @Test("a post whose paragraphs the thread shows again (a preview above a reply) keeps them")
    func previewedPostIsKept() throws {
        let first = "The hinges on the new gate have already started to squeak after less than a month of use, and "
            + "the noise carries across half of the allotment."
        let second = "Has anyone here tried a dry lubricant on outdoor hinges, or is plain oil still the better "
            + "choice for a gate that is opened twenty times a day?"
        let third = "The gate was made by a local carpenter from oak, and he told us the hinges were galvanised, so I "
            + "would rather not use anything that could stain the wood or strip the coating."
        let answer = [
            "Plain oil collects grit on an outdoor hinge and wears it faster, so I have used a dry graphite spray on "
                + "ours for two years without any squeak, even through a very wet spring on the allotment.",
            "Whatever you choose, lift the gate off its pins once a year and clean both the pins and the sockets "
                + "with a stiff brush, because old grease and sand do more harm than the weather.",
            "If the squeak comes back within a week, the gate has probably dropped on its hinges, and then no "
                + "lubricant will help: check that the post is still upright and that the gate does not rub on the latch.",
        ]
        // The reply shows the opening post's first two paragraphs again, as a preview of
        // what it answers: they are text seen twice, and the post's own copy must stay.
        let html = """
            <!DOCTYPE html><html lang="en"><head><title>Squeaky gate hinges - Plot Holders' Forum</title></head><body>
            <nav><a href="/">Forum index</a></nav>
            <ul class="posts">
            <li class="post"><div class="post-header"><a href="/u/1">rosemary_r</a> wrote</div>
            <div class="post-text"><p>\(first)</p><p>\(second)</p><p>\(third)</p></div>
            <div class="post-footer"><a href="/reply">Reply</a> <a href="/quote">Quote</a></div></li>
            <li class="post"><div class="post-header"><a href="/u/2">old_tom</a> wrote</div>
            <div class="in-reply-to"><p>\(first)</p><p>\(second)</p></div>
            <div class="post-text">\(answer.map { "<p>\($0)</p>" }.joined())</div>
            <div class="post-footer"><a href="/reply">Reply</a> <a href="/quote">Quote</a></div></li>
            </ul>
            <footer><p>The forum is run by the society's volunteers.</p></footer>
            </body></html>
            """
        let extraction = try Support.extract(html)
        Support.expectKept(["hinges on the new gate", "dry lubricant on outdoor hinges", "local carpenter", "dry graphite spray"], in: extraction)
    }

    @Test("a post that a reply quotes keeps the paragraph quoted, though it is seen twice")
    func quotedPostIsKept() throws {
        let question = "Does anyone know whether the water troughs on the lower plots will be turned back on before "
            + "the end of March this year?"
        let detail = "Last year they stayed dry until the middle of April, and several of us lost our early potatoes "
            + "because we could not carry enough water down from the top gate every evening."
        let answer = [
            "The committee agreed last week to turn the water back on in the middle of March, as long as the frosts "
                + "have stopped by then, so the troughs on the lower plots should be running a fortnight before Easter.",
            "Please check your own tap when it comes back on, because two of the old stopcocks split last winter and "
                + "flooded the path by the compost bays before anyone noticed the water running.",
            "If you need water earlier for seedlings, the tap by the shed is on a heated pipe and stays on through "
                + "the winter, although you will have to carry the cans down the hill yourself.",
        ]
        let html = """
            <!DOCTYPE html><html lang="en"><head><title>Water troughs - Plot Holders' Forum</title></head><body>
            <nav><a href="/">Forum index</a></nav>
            <div class="posts">
            <div class="post"><div class="post-header"><a href="/u/1">rosemary_r</a> wrote</div>
            <div class="post-text"><p>\(question)</p><p>\(detail)</p></div>
            <div class="post-footer"><a href="/reply">Reply</a> <a href="/quote">Quote</a></div></div>
            <div class="post"><div class="post-header"><a href="/u/2">old_tom</a> wrote</div>
            <div class="post-text"><blockquote><div class="quote-title"><a href="/p/1">rosemary_r said:</a></div>
            <div class="quote-text">\(question)</div></blockquote>\(answer.map { "<p>\($0)</p>" }.joined())</div>
            <div class="post-footer"><a href="/reply">Reply</a> <a href="/quote">Quote</a></div></div>
            </div>
            <footer><p>The forum is run by the society's volunteers.</p></footer>
            </body></html>
            """
        let extraction = try Support.extract(html)
        Support.expectKept(["water troughs on the lower plots", "stayed dry until", "middle of March", "heated pipe"], in: extraction)
    }

    /// A thread of posts, each with the poster's signature under its text, as phpBB-like
    /// engines write them.
    static func signedThread(signatureClass: String) -> String {
        func post(_ user: String, _ text: String, _ signature: String) -> String {
            """
            <div class="post"><div class="post-header"><a href="/u/\(user)">\(user)</a> wrote</div>
            <div class="post-text"><p>\(text)</p></div>
            <div class="\(signatureClass)">\(signature)</div></div>
            """
        }
        return """
            <!DOCTYPE html><html lang="en"><head><title>Concrete base for a shed? - Plot Holders' Forum</title></head><body>
            <nav><a href="/">Forum index</a></nav>
            <div class="posts">
            \(post("gatekeeper_anne", opening, "Growing leeks on plot nine since the old pavilion burnt down, and proud of every single one of them."))
            \(post("bean_row_bill", firstReply, "Runner beans are the only vegetable worth the trouble, whatever my neighbours on the lower path say."))
            \(post("compost_carla", secondReply, "Ask me about worm bins any day of the week, I have three of them and a fourth on order."))
            </div>
            <footer><p>The forum is run by the society's volunteers.</p></footer>
            </body></html>
            """
    }

    @Test("a poster's signature under each post is dropped, the posts are kept")
    func signaturesAreDropped() throws {
        let extraction = try Support.extract(Self.signedThread(signatureClass: "signature"))
        Support.expectKept(["shared tool shed by the gate", "ten centimetres on a layer", "bearers under the floor"], in: extraction)
        Support.expectDropped(["leeks on plot nine", "Runner beans are the only", "worm bins"], in: extraction)
    }

    @Test("a question page's post-signature (who asked and when) is no poster's signature")
    func postSignatureIsNoSignature() {
        #expect(AttributeRules.classify(ArraySlice("message-signature".utf8)).family == .authorBio)
        #expect(AttributeRules.classify(ArraySlice("post-signature owner".utf8)).family == nil)
    }

    @Test("a consent panel added after a thread of short posts is dropped, however long its paragraphs")
    func consentPanelAfterShortPostsIsDropped() throws {
        let posts = ["Is anyone else's water trough still dry? The tap by the top gate has been off since the frost.",
                     "Mine too, since Sunday at least.", "The committee says next week.",
                     "Thanks, I will bring cans down from the shed until then, it is only a few trips each evening.",
                     "Ours came back on this morning!",
                     "Our trough by the lower path is still dry as well, and the hose from the shed does not reach it.",
                     "The one by the compost bays is dry too, so I have been using the water butts behind the old pavilion."]
        let purposes = [
            "These tools remember the choices you make on our pages, such as your language and the size of the text, so that you do not have to set them again each time you come back to the forum.",
            "These tools count visits and the ways in which visitors move around the forum, so that we can find out which of our pages are read most and which of them are hard to use.",
            "These tools are set by our partners to build a picture of your interests and to show you relevant offers on other sites, and they do not store any of your personal details directly.",
            "These tools let us show you videos and maps from other sites inside our pages, and those sites may count your visit in their own records as well.",
        ]
        let html = """
            <!DOCTYPE html><html lang="en"><head><title>Water troughs - Plot Holders' Forum</title></head><body>
            <div class="wrapper"><nav><a href="/">Forum index</a></nav>
            <table class="thread">\(posts.enumerated().map { "<tr><td class=\"user\">plot_\($0.offset)</td><td class=\"msg\">\($0.element)</td></tr>" }.joined())</table>
            <footer><p>The forum is run by the society's volunteers.</p></footer></div>
            <div id="consent-sdk"><div id="consent-preference-center"><h2>Your privacy</h2>
            \(purposes.map { "<p>\($0)</p>" }.joined())</div></div>
            </body></html>
            """
        let extraction = try Support.extract(html)
        Support.expectKept(["water trough still dry", "butts behind the old pavilion"], in: extraction)
        Support.expectDropped(["remember the choices", "count visits", "picture of your interests"], in: extraction)
    }

    @Test("a short post in a run of alike post boxes is kept, between posters' cards and dates")
    func shortPostInAlikeBoxesIsKept() throws {
        func post(_ user: String, _ body: String) -> String {
            """
            <div class="message"><div class="message-user"><h4 class="message-name"><a href="/u/\(user)">\(user)</a></h4>
            <dl class="pairs"><dt>Joined</dt><dd>Mar 3, 2019</dd></dl></div>
            <div class="message-main"><div class="message-attribution"><a href="/p/\(user)">Apr 2, 2024</a></div>
            <div class="message-body"><div class="bb-wrapper">\(body)</div></div></div></div>
            """
        }
        let html = """
            <!DOCTYPE html><html lang="en"><head><title>Concrete base for a shed? - Plot Holders' Forum</title></head><body>
            <nav><a href="/">Forum index</a></nav>
            <div class="thread">
            \(post("gatekeeper_anne", Self.opening))
            \(post("bean_row_bill", Self.firstReply))
            \(post("lettuce_lou", "Same question here, following."))
            \(post("compost_carla", Self.secondReply))
            </div>
            <footer><p>The forum is run by the society's volunteers.</p></footer>
            </body></html>
            """
        let extraction = try Support.extract(html)
        Support.expectKept(["shared tool shed by the gate", "ten centimetres on a layer", "Same question here", "bearers under the floor"], in: extraction)
        Support.expectDropped(["Forum index", "society's volunteers"], in: extraction)
    }

    @Test("a reply's quote of a post kept above it is left out: the post is in the text once")
    func quoteOfKeptPostIsDroppedOnce() throws {
        let html = """
            <!DOCTYPE html><html lang="en"><head><title>Concrete base for a shed? - Plot Holders' Forum</title></head><body>
            <nav><a href="/">Forum index</a></nav>
            <div class="posts">
            <div class="post"><div class="post-header"><a href="/u/1">gatekeeper_anne</a> wrote</div>
            <div class="post-text"><p>\(Self.opening)</p></div></div>
            <div class="post"><div class="post-header"><a href="/u/2">bean_row_bill</a> wrote</div>
            <div class="post-text"><blockquote><p>\(Self.opening)</p></blockquote><p>\(Self.firstReply)</p></div></div>
            <div class="post"><div class="post-header"><a href="/u/3">compost_carla</a> wrote</div>
            <div class="post-text"><p>\(Self.secondReply)</p></div></div>
            </div>
            <footer><p>The forum is run by the society's volunteers.</p></footer>
            </body></html>
            """
        let extraction = try Support.extract(html)
        Support.expectKept(["ten centimetres on a layer", "bearers under the floor"], in: extraction)
        #expect(Support.occurrences(of: "shared tool shed by the gate", in: extraction.text) == 1, "\(Support.explain(extraction))")
    }

    @Test("a question marked in microdata stays when its answers, in a box of their own, outweigh it")
    func microdataQuestionBesideLongAnswersIsKept() throws {
        let answers = [Self.firstReply, Self.secondReply,
            "A friend of mine laid paving slabs on sand instead of pouring concrete, and his shed has stood on them for "
                + "twelve years now without any trouble, although he did have to level two of the slabs after a wet spring.",
            "Check with the committee before you order anything, because the society's rules ask for a drawing of any "
                + "base larger than two metres square, and they like to know where the run-off water will go.",
            "If the ground slopes at all, build the frame up on the low side rather than digging out the high side: "
                + "digging leaves a hollow that fills with water every time it rains hard."]
        let html = """
            <!DOCTYPE html><html lang="en"><head><title>Concrete base for a shed? - Plot Holders' Answers</title></head>
            <body><nav><a href="/">Questions</a> <a href="/tags">Tags</a></nav>
            <div id="mainbar"><div itemprop="mainEntity" itemscope itemtype="https://schema.org/Question">
            <div id="question"><div class="post-body"><p>\(Self.opening)</p></div>
            <div class="comments"><ul>\((1 ... 5).map { "<li class=\"comment\">Remark number \($0): have you asked the committee whether the base needs a drawing first, and what about the drain by the gate?</li>" }.joined())</ul></div></div>
            <div id="answers"><h2>5 Answers</h2>
            \(answers.map { "<div class=\"answer\" itemprop=\"suggestedAnswer\" itemscope itemtype=\"https://schema.org/Answer\"><div class=\"post-body\"><p>\($0)</p></div></div>" }.joined(separator: "\n"))
            </div></div></div>
            <footer><p>The answers site is run by the society's volunteers.</p></footer>
            </body></html>
            """
        let extraction = try Support.extract(html)
        Support.expectKept(["shared tool shed by the gate", "ten centimetres on a layer", "digging leaves a hollow"], in: extraction)
        Support.expectDropped(["Remark number"], in: extraction)
    }
}

@Suite("Slots of alike boxes")
struct AlikeSlotKeyTests {
    /// The chain hash the top-down keys replaced: from the element up to the container.
    private func reference(_ document: Document, _ element: Int, below container: Int) -> UInt64 {
        var hash = WordHash.seed
        var node = element
        while node > container {
            hash = WordHash.step(hash, document.nodes[node].tag.rawValue)
            if let value = document.attributeBytes(.class, of: node) {
                for byte in value { hash = WordHash.step(hash, byte) }
            }
            hash = WordHash.step(hash, 0x3E)
            node = Int(document.nodes[node].parent)
        }
        return hash
    }

    @Test("the top-down slot keys group the nodes as the chain hashes did")
    func sameGroups() throws {
        // Posts built alike, with classes in different cases, empty and missing classes,
        // a class inside code (which the node marks do not read) and a removed script.
        let post = { (n: Int) in
            """
            <div class="post \(n % 2 == 0 ? "Even" : "odd")"><div class="meta"><span class="">u\(n)</span></div>
            <div class="body"><p>Reply \(n)</p><pre><code class="lang-\(n % 3)">x</code></pre><p class="NOTE">n</p></div>
            <div class="body"><script class="s">var a</script><p>More</p></div></div>
            """
        }
        let html = "<html><body><main><div class=\"thread\">" + (0 ..< 6).map(post).joined() + "</div></main></body></html>"
        let document = try HTMLParser.parse(html)
        let marks = NodeMarks(document)
        let container = try #require((0 ..< document.count).first { document.attributeBytes(.class, of: $0).map { Array($0) } == Array("thread".utf8) })
        let selector = ContentSelector(document: document, marks: marks, blocks: [], thresholds: Thresholds(mode: .balanced))
        let keys = selector.slotKeys(below: container)
        let end = Int(document.nodes[container].end)
        let nodes = Array(container + 1 ..< end)
        var groups = 0
        for a in nodes {
            for b in nodes where b > a {
                let same = reference(document, a, below: container) == reference(document, b, below: container)
                #expect((keys[a - container] == keys[b - container]) == same, "\(a) \(b)")
                if same { groups += 1 }
            }
        }
        #expect(groups > 50)
    }
}
