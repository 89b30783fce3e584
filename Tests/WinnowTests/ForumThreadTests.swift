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
}
