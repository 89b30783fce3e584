// Service pages: a company's page made of sections (a hero, tabs, an FAQ, price cards).
// Small invented pages whose section text must survive the markup around it.
import Testing
@testable import Winnow

@Suite("Sections of a service page are content")
struct ServicePageTests {
    typealias Support = ExtractionTestSupport

    /// Two invented paragraphs above the sections.
    static let intro = """
        <p>The harbour office opens at seven and closes when the last ferry is tied up, which in summer can be \
        well after ten at night.</p>
        <p>Most visitors come for the boat trips along the cliffs, but the small museum by the slipway is worth \
        an hour of anyone's time.</p>
        """

    static func page(_ sections: String, story: String = intro) -> String {
        """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>Harbour tours</title></head>
        <body><main><h1>Harbour tours</h1>
        \(story)
        \(sections)
        </main></body></html>
        """
    }

    @Test("FAQ questions whose links only open the answer are no teaser cards")
    func accordionQuestionsAreNotTeasers() throws {
        // A long story beside the FAQ, so that a run of real teaser cards would be furniture.
        let story = "<article class=\"article-body\">" + (1 ... 6).map {
            "<p>Paragraph \($0) of the guide: the office by the pier sells tickets until the last boat leaves, "
                + "and the staff there will tell you which trips are running in the wind of the day.</p>"
        }.joined() + "</article>"
        let faq = "<div class=\"faq-list\">" + (1 ... 4).map {
            "<div class=\"faq-item\"><h3 class=\"faq-title\"><a href=\"#answer-\($0)\" role=\"button\">Question number \($0) "
                + "about the boat trips and tickets?</a></h3><div id=\"answer-\($0)\" class=\"faq-body\"><p>Answer number \($0): "
                + "tickets are sold at the kiosk by the pier and the boats leave every hour when the sea is calm.</p></div></div>"
        }.joined() + "</div>"
        let extraction = try Support.extract(Self.page(faq, story: story))
        Support.expectKept(["Question number 2 about the boat trips", "Answer number 4: tickets are sold"], in: extraction)
    }

    @Test("a question heading wrapped in an in-page link is not a link-only block")
    func linkedQuestionHeadingIsKept() throws {
        let faq = "<div class=\"faq-list\">" + (1 ... 4).map {
            "<div class=\"faq-item\"><a href=\"#\" class=\"faq-question\"><h3>Question number \($0) about the boat trips?</h3></a>"
                + "<div class=\"faq-body\"><p>Answer number \($0): tickets are sold at the kiosk by the pier and the boats "
                + "leave every hour when the sea is calm.</p></div></div>"
        }.joined() + "</div>"
        let extraction = try Support.extract(Self.page(faq))
        Support.expectKept(["Question number 1 about the boat trips?", "Question number 3 about the boat trips?"], in: extraction)
    }

    @Test("tab panels holding running text are content even when the tab box is named a menu")
    func tabPanelsUnderAMenuNameAreKept() throws {
        let tabs = """
            <div id="tour-menu-tabs" class="tabs"><ul role="tablist"><li role="tab">Cliffs</li><li role="tab">Caves</li></ul>
            <div role="tabpanel" id="tour-menu-tabs-panel-1"><div class="menu-item-body"><p>The cliff tour follows the coast \
            north for two hours and stops below the old lighthouse, where seals rest on the rocks at low tide.</p></div></div>
            <div role="tabpanel" id="tour-menu-tabs-panel-2"><div class="menu-item-body"><p>The cave tour goes south in smaller \
            boats that can enter the sea caves when the swell is low and the tide is right.</p></div></div>
            </div>
            """
        let extraction = try Support.extract(Self.page(tabs))
        Support.expectKept(["The cliff tour follows the coast", "The cave tour goes south"], in: extraction)
    }

    @Test("a section's or card's header (section-header, card-header) is no site header")
    func partHeadersAreKept() throws {
        let sections = """
            <section class="pricing"><div class="section-header"><h2>Tickets for every kind of trip</h2><p>Children under \
            five travel free on every boat, and families of four pay for three on weekday mornings.</p></div>
            <div class="card"><div class="card-header"><p>A short trip round the bay, with a stop at the seal rocks and a hot \
            drink on board.</p></div><p>Twelve pounds</p></div></section>
            """
        let extraction = try Support.extract(Self.page(sections))
        Support.expectKept(["Children under five travel free", "A short trip round the bay"], in: extraction)
    }

    @Test("answers in hidden accordion panels are read; aria-hidden text stays out")
    func hiddenAccordionPanelsAreRead() throws {
        let faq = """
            <div class="accordion"><h3><button>When do the boats leave?</button></h3>
            <div class="accordion__panel" hidden><p>The first boat leaves at nine and the last one at six, \
            and in August an evening trip goes out to watch the sun set behind the islands.</p></div>
            <h3><button>Can I bring a dog?</button></h3>
            <div class="accordion__panel" style="display:none"><p>Dogs on a lead are welcome on every boat, and the \
            crew keeps a bowl of fresh water on the deck for them.</p></div>
            <h3><button>Is there a café?</button></h3>
            <div class="faq-answer" style="display:none"><p>A small café by the ticket kiosk sells soup, sandwiches \
            and the best scones on this part of the coast.</p></div>
            <div class="accordion__panel" aria-hidden="true"><p>Screen readers never reach this note about the \
            winter timetable, which the site keeps out of the page.</p></div></div>
            """
        let extraction = try Support.extract(Self.page(faq))
        Support.expectKept(["The first boat leaves at nine", "Dogs on a lead are welcome", "A small café by the ticket kiosk"], in: extraction)
        Support.expectDropped(["Screen readers never reach this note"], in: extraction)
    }

    /// A club's page of trails, each written in a page builder's call-to-action box.
    private func trailsPage(boxes count: Int) -> String {
        let trails = [("Alder Ridge Loop", "Intermediate", "5 miles"), ("Fernhollow Trail", "Beginner", "3 miles"),
                      ("Quarry Run", "Advanced", "7 miles"), ("Heron Marsh Path", "Beginner", "4 miles"),
                      ("Cinder Hill Climb", "Advanced", "6 miles"), ("Willowbend Circuit", "Intermediate", "9 miles")]
        let boxes = trails.prefix(count).enumerated().map { i, trail in
            """
            <div class="col"><div class="builder-cta"><div class="builder-cta__content">
            <h2 class="builder-cta__title">\(trail.0)</h2>
            <div class="builder-cta__description">Difficulty: \(trail.1) Length: \(trail.2) Trail steward: the volunteer crew</div>
            <div class="builder-cta__button"><a href="/map/\(i)">View trail map</a></div></div></div></div>
            """
        }.joined()
        return """
            <html><head><title>Trails</title></head><body>
            <header class="site-header"><nav><a href="/">Home</a> <a href="/trails">Trails</a> <a href="/join">Join</a></nav></header>
            <main><h1>Trails</h1><p>Our club looks after these trails with volunteer crews every weekend of the year. We clear
            fallen branches after storms, rebuild the small bridges over the creeks when the spring floods wash them out, and
            mark the junctions so that visitors who come for the first time can find their way back to the car park before
            the light goes. Members ride for free, and new riders are always welcome to join a work day.</p>
            <div class="grid">\(boxes)</div></main>
            <footer class="site-footer"><p>Contact the club</p></footer></body></html>
            """
    }

    @Test("a call-to-action box repeated for every item of the page is the page's list, not a banner")
    func repeatedPromoBoxesAreItems() throws {
        let extraction = try Support.extract(trailsPage(boxes: 6))
        Support.expectKept(["Alder Ridge Loop", "Difficulty: Advanced Length: 7 miles", "Willowbend Circuit"], in: extraction)
    }

    @Test("a call-to-action box shown twice stays a promo")
    func twoPromoBoxesStayPromo() throws {
        let extraction = try Support.extract(trailsPage(boxes: 2))
        Support.expectDropped(["Alder Ridge Loop", "Fernhollow Trail"], in: extraction)
    }

    /// The intro and two more invented paragraphs: enough prose that the page is read as text,
    /// not as a listing.
    static let longIntro = intro + """
        <p>The ticket office keeps a list of the day's sailings by the door, with the times each boat leaves and \
        returns, and a note when the wind is too strong for the smaller boats to go out past the point.</p>
        <p>In winter the boats are taken out of the water for repairs, and the office opens only on weekends, \
        when the staff answer questions about the coming season and sell tickets for the spring trips.</p>
        """

    @Test("numbered steps keep their short lines: a lone step number is no evidence against them")
    func stepsBetweenNumbersAreKept() throws {
        let steps = "<section class=\"how-it-works\"><h2>How booking works</h2>" + [
            "Pick a boat", "Choose your day", "Pay at the kiosk",
        ].enumerated().map { "<div class=\"step\"><div class=\"step-number\">\($0.offset + 1)</div><div>\($0.element)</div></div>" }
            .joined() + "</section>"
        let extraction = try Support.extract(Self.page(steps, story: Self.longIntro))
        Support.expectKept(["Pick a boat", "Choose your day", "Pay at the kiosk"], in: extraction)
    }

    @Test("a section heading written as a sentence stays over its button; one over a list of links goes")
    func proseSectionHeadingStays() throws {
        let sections = """
            <section class="proof"><h2>More than two thousand families have crossed the bay with us since the harbour \
            reopened</h2><div class="actions"><a class="button" href="/book">Book a trip</a></div></section>
            <section class="elsewhere"><h2>Other trips that you can take from the harbour in the same season</h2><ul>
            <li><a href="/trips/cliffs">Cliff walk</a></li><li><a href="/trips/caves">Sea caves</a></li>
            <li><a href="/trips/island">Island picnic</a></li></ul></section>
            """
        let extraction = try Support.extract(Self.page(sections, story: Self.longIntro))
        Support.expectKept(["More than two thousand families have crossed the bay"], in: extraction)
        Support.expectDropped(["Other trips that you can take"], in: extraction)
    }

    @Test("a heading over an ad and then its text stays: the ad is set into the text")
    func headingOverAnAdStays() throws {
        let section = """
            <h2>The old lighthouse</h2><div class="advertisement">Advertisement</div>
            <p>The lighthouse was built from stone quarried on the island and kept by three families in turn until \
            the light was automated, long after the last keeper had moved to the village.</p>
            """
        let extraction = try Support.extract(Self.page(section, story: Self.longIntro))
        Support.expectKept(["The old lighthouse", "The lighthouse was built from stone"], in: extraction)
    }
}
