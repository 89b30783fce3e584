// How the main content is chosen on pages that are not a plain article: forum threads,
// listings, page builders, server-rendered noscript pages; and what must never change the
// selected text (repeated runs, rendering options).
import Testing
@testable import Winnow

@Suite("Choosing the main content")
struct ContentSelectionTests {
    typealias Support = ExtractionTestSupport

    @Test("a forum thread whose posts are all in comment elements comes out as the posts")
    func forumThreadIsTheContent() throws {
        func post(_ user: String, _ body: String) -> String {
            """
            <div class="comment" id="post-\(user.count)"><div class="comment-meta"><a href="/u/\(user)">\(user)</a>
            <span>2 days ago</span></div><div class="comment-body"><p>\(body)</p></div></div>
            """
        }
        let html = """
            <!DOCTYPE html><html lang="en"><head><title>Best sealant for an old narrowboat roof? - Towpath Forum</title></head>
            <body>
            <nav><a href="/">Forum index</a> <a href="/boats">Boats and maintenance</a> <a href="/login">Log in</a></nav>
            <h1>Best sealant for an old narrowboat roof?</h1>
            <div class="comments">
            \(post("willow_wren", "The roof of my boat has started to leak around the mushroom vents again, and the sealant the last owner used has gone hard and cracked. Has anyone found something that stays flexible through a winter, and is it worth taking the vents off to do the job properly?"))
            \(post("keeper_of_lock9", "I would take the vents off, because there is no way to clean the old sealant out while they are in place. Scrape back to bare metal, prime the edges, and use a butyl tape under the flange rather than anything from a tube; it has stayed soft on my roof for six years."))
            \(post("MarthaOnTheCut", "Butyl tape is what the boatyard used on ours as well. The only thing I would add is to do it on a dry, warm day, since the primer takes far longer to cure when the steel is cold and damp in the morning."))
            \(post("willow_wren", "Thank you both, that is very helpful. I found a roll of butyl tape at the chandlery by the marina and will wait for the next dry weekend before I start taking the vents apart."))
            </div>
            <footer><p>Towpath Forum is run by volunteers.</p></footer>
            </body></html>
            """
        let extraction = try Support.extract(html)
        Support.expectKept(
            ["started to leak around the mushroom vents", "I would take the vents off", "Butyl tape is what the boatyard used",
             "I found a roll of butyl tape"],
            in: extraction)
        Support.expectDropped(["Forum index", "Log in", "run by volunteers"], in: extraction)
    }

    /// A story whose lead sits in the article's header, between the headline and the body.
    static func storyWithLead(_ lead: String, description: String) -> String {
        """
        <!DOCTYPE html><html lang="en"><head><title>Ferry timetable cut for the winter - Harbour Post</title>
        <meta name="description" content="\(description)"></head><body>
        <nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
        <article><header class="story-header"><h1>Ferry timetable cut for the winter</h1>
        <p class="story-lead">\(lead)</p>
        <div class="story-meta">By Ann Hollis, 3 November 2026</div></header>
        <div class="story-body">
        <p>The operator said on Monday that the last sailing of the day would leave the island at six in the evening from
        the first week of December, two hours earlier than during the summer, and that the early crossing would run only
        on weekdays until the spring.</p>
        <p>Parents whose children travel to the secondary school on the mainland said the change would leave pupils with
        no way home after sports practice, and the council has asked the operator to keep one late boat on school days.</p>
        <p>The operator replied that fewer than twenty passengers used the late crossings last winter and that the crew
        were needed for the refit of the second vessel, which is due back in service before Easter.</p>
        </div></article>
        <footer><p>Harbour Post, the island's weekly paper since 1921.</p></footer>
        </body></html>
        """
    }

    @Test("a lead of several sentences between the headline and the body is the story's first lines")
    func leadInArticleHeaderIsKept() throws {
        let lead = "Islanders will lose their evening boat from December. The operator blames falling winter numbers "
            + "and a refit, but parents say their children will be stranded on the mainland after school."
        let extraction = try Support.extract(Self.storyWithLead(lead, description: "Winter sailings from the island."))
        Support.expectKept(["Islanders will lose their evening boat", "the last sailing of the day"], in: extraction)
        #expect(extraction.text.hasPrefix("Islanders will lose"), "\(Support.explain(extraction))")
        Support.expectDropped(["By Ann Hollis", "Home News Sport"], in: extraction)
    }

    @Test("the page's own summary (its meta description) shown under the headline is metadata, not a lead")
    func summaryUnderHeadlineIsNotALead() throws {
        let lead = "Islanders will lose their evening boat from December. The operator blames falling winter numbers "
            + "and a refit, but parents say their children will be stranded on the mainland after school."
        let extraction = try Support.extract(Self.storyWithLead(lead, description: "Analysis: " + lead))
        Support.expectKept(["the last sailing of the day"], in: extraction)
        Support.expectDropped(["Islanders will lose their evening boat"], in: extraction)
    }

    @Test("a one-line dek under the headline is not taken for a lead")
    func oneLineDekIsNotALead() throws {
        let extraction = try Support.extract(
            Self.storyWithLead(
                "The island's evening ferry will stop running in December, and parents fear for pupils at the mainland school.",
                description: "Winter sailings from the island."))
        Support.expectKept(["the last sailing of the day"], in: extraction)
        Support.expectDropped(["evening ferry will stop running"], in: extraction)
    }

    @Test("text in a picture's own box above the body is its caption, not a lead")
    func textBesideHeaderPictureIsNotALead() throws {
        let caption = "<img src=\"/ferry.jpg\" alt=\"\"><p>In this photo taken last winter, the island ferry waits at the "
            + "mainland pier in the snow while the crew clear the deck before the last crossing of the evening.</p>"
        let html = Self.storyWithLead("", description: "Winter sailings from the island.")
            .replacingOccurrences(of: "<p class=\"story-lead\"></p>", with: "<div class=\"image top\">\(caption)</div>")
        let extraction = try Support.extract(html)
        Support.expectKept(["the last sailing of the day"], in: extraction)
        Support.expectDropped(["the island ferry waits"], in: extraction)
    }

    @Test("a short story of two paragraphs beside a ticker of linked headlines is the story alone")
    func shortStoryBesideHeadlineTickerIsTheStory() throws {
        let headlines = [
            "Council approves new footbridge over the river Wend", "Bus drivers vote to accept the revised pay offer",
            "Harbour wall repairs to start after the spring tides", "Library extends its opening hours on Saturdays",
            "Flood warning lifted for the lower valley farms", "School roof fund reaches its target a month early",
            "Night market returns to the old cattle yard", "Ferry operator orders a second electric vessel",
            "Allotment waiting list closes after record demand", "Cycle lane on the quay road to be widened",
        ]
        let ticker = headlines.enumerated().map { "<div class=\"ticker-item\"><a href=\"/news/\($0.offset)\">\($0.element)</a></div>" }
        let html = """
            <!DOCTYPE html><html lang="en"><head><title>Lighthouse keeper's cottage sold - Wend Valley News</title></head><body>
            <nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
            <div class="page"><div class="story"><h1>Lighthouse keeper's cottage sold</h1>
            <p>The keeper's cottage at Carrow Point was sold at auction on Friday to a local trust, which plans to open it to visitors.</p>
            <p>The trust said the rooms would be restored as they were when the last keeper left in 1991, and that the garden would stay open.</p>
            </div>
            <div class="latest"><div class="latest-title">LATEST</div>
            \(ticker.joined(separator: "\n"))</div></div>
            <footer><p>Wend Valley News</p></footer></body></html>
            """
        let extraction = try Support.extract(html)
        Support.expectKept(["sold at auction on Friday", "the garden would stay open"], in: extraction)
        Support.expectDropped(["LATEST", "footbridge over the river", "second electric vessel"], in: extraction)
    }

    @Test("a <main> named for the skip link (id=skip-main) is still the main content")
    func mainElementNamedForSkipLinkIsContent() throws {
        let html = """
            <!DOCTYPE html><html lang="en"><head><title>Lock gates lifted out - Valley TV</title></head><body>
            <ul id="skiplinks"><li><a href="#skip-main">Skip to the content</a></li></ul>
            <nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
            <main id="skip-main"><div class="video"><div class="player"></div>
            <div class="details"><p>A crane lifted the lower gates out of Marrowfield lock this morning, the first time in
            fifty years that the chamber has stood empty. Engineers will spend the winter fitting new oak gates.</p></div>
            </div></main>
            <div class="cookie-notice"><p>We use cookies so that the site works and so that we can see how it is used. You can
            accept them all, refuse those that are not needed, or choose one by one in the settings, and change your mind at
            any time from the link at the foot of every page.</p></div>
            </body></html>
            """
        let extraction = try Support.extract(html)
        // The longer notice beside it keeps `main` from being a layout wrapper by size alone.
        Support.expectKept(["A crane lifted the lower gates", "fitting new oak gates"], in: extraction)
        Support.expectDropped(["Home News Sport"], in: extraction)
    }

    @Test("a page hidden whole until its scripts run is still read; a hidden menu in it is not", arguments: [
        "<div style=\"visibility:hidden;min-height:100vh\">", "<div hidden id=\"S:0\">",
    ])
    func pageHiddenUntilScriptsRunIsRead(wrapper: String) throws {
        let html = Support.page(
            top: wrapper + "<div style=\"display:none\"><p>Mobile menu: front page, valley news, weekend sport.</p></div>",
            bottom: "</div>")
        let extraction = try Support.extract(html)
        Support.expectArticle(extraction)
        Support.expectDropped(["Mobile menu"], in: extraction)
    }

    @Test("sections whose anchor ids say toc are content when they hold paragraphs; the real contents list is dropped")
    func sectionsNamedTocAreContent() throws {
        let sections = Support.paragraphs.enumerated().map { n, text in
            "<section id=\"toc_\(n)\" class=\"toc-para\"><h2>Part \(n + 1)</h2><p>\(text)</p></section>"
        }
        let html = """
            <!DOCTYPE html><html lang="en"><head><title>The lock keepers' logbook</title></head><body>
            <nav class="toc"><a href="#toc_0">Part 1</a> <a href="#toc_1">Part 2</a> <a href="#toc_2">Part 3</a></nav>
            <div class="toc-chapters">\(sections.joined(separator: "\n"))</div>
            <div class="newsletter"><p>Get the Courier every Friday: a short letter from the valley with the week's news, the
            river levels, the events in the villages and a photograph from a reader, sent to your inbox for free.</p></div>
            </body></html>
            """
        let extraction = try Support.extract(html)
        Support.expectArticle(extraction)
        Support.expectDropped(["Get the Courier"], in: extraction)
    }

    @Test("adv before a component's name is 'advanced', not an advertisement")
    func advancedComponentIsNoAd() throws {
        #expect(AttributeRules.classify(ArraySlice("kt-adv-heading2368_aaa829-50 wp-block-kadence".utf8)).family == nil)
        #expect(AttributeRules.classify(ArraySlice("adv-btn".utf8)).family == nil)
        #expect(AttributeRules.classify(ArraySlice("adv-slot".utf8)).family == .advertisement)
        #expect(AttributeRules.classify(ArraySlice("box adv".utf8)).family == .advertisement)
        let extraction = try Support.extractArticle(
            start: "<h2 class=\"kt-adv-heading12_ab wp-block-heading\">What the keepers wrote</h2><p class=\"kt-adv-heading12_cd\">\(Support.paragraphs[1])</p>")
        Support.expectArticle(extraction)
        #expect(extraction.text.contains("What the keepers wrote"), "\(Support.explain(extraction))")
    }

    @Test("generated class names and anchor ids are not furniture words: jXK9ad-Sm is no ad slot, skip-item no skip link")
    func generatedAndAnchorNamesAreNotFurniture() throws {
        #expect(AttributeRules.classify(ArraySlice("jXK9ad-SmKAyb".utf8)).family == nil)
        #expect(AttributeRules.classify(ArraySlice("topic4 skip-item".utf8)).family == nil)
        // `cmp-` is a content-management system's component prefix as often as a consent platform.
        #expect(AttributeRules.classify(ArraySlice("cmp-text cmp-text--article".utf8)).family == nil)
        #expect(AttributeRules.classify(ArraySlice("ad1".utf8)).family == .advertisement)
        #expect(AttributeRules.classify(ArraySlice("skip-to-content".utf8)).family == .navigation)
        let extraction = try Support.extractArticle(
            start: "<div class=\"jXK9ad-SmKAyb\"><p>\(Support.paragraphs[1])</p></div>")
        Support.expectArticle(extraction)
        #expect(Support.occurrences(of: "Copying is slower than it sounds", in: extraction.text) == 2)
    }

    @Test("a short article above a long discussion is still the article, not the comments")
    func shortArticleAboveLongDiscussionIsTheArticle() throws {
        let comments = (1 ... 5).map { n in
            """
            <div class="comment"><p class="comment-author">Reader \(n)</p><p>Comment number \(n): I have walked that stretch
            of the towpath many times, and I always wondered what the little brick hut by the lower lock was for, so it is
            good to hear that the keepers' records have survived all these years in the cellar.</p></div>
            """
        }.joined(separator: "\n")
        let html = """
            <!DOCTYPE html><html lang="en"><head><title>Logbook found - Valley Courier</title></head><body>
            <main><article><h1>Logbook found in a flooded cellar</h1>
            <p>Volunteers clearing the lock cottage at Marrowfield have found the keepers' logbook, which was thought
            to have been lost in the flood of 1968. It will be copied over the summer and shown at the library.</p>
            </article>
            <section id="comments">\(comments)</section></main>
            </body></html>
            """
        let extraction = try Support.extract(html)
        Support.expectKept(["have found the keepers' logbook", "shown at the library"], in: extraction)
        Support.expectDropped(["Comment number", "Reader 1"], in: extraction)
    }

    @Test("a listing page of link cards with no prose still returns the card titles")
    func listingPageReturnsCardTitles() throws {
        let titles = [
            "Lock gates replaced at Holt after two centuries", "Heron numbers rise along the lower reaches",
            "Volunteers clear the overgrown feeder channel", "Trip boat season opens with a brass band",
            "New moorings planned for the Marrowfield basin", "Wharf cottage becomes a canal museum",
        ]
        let cards = titles.enumerated().map { i, title in
            """
            <li class="story"><a href="/news/\(i)"><h2>\(title)</h2></a><span class="date">\(i + 3) May</span></li>
            """
        }.joined(separator: "\n")
        let html = """
            <!DOCTYPE html><html lang="en"><head><title>Waterways news - Valley Courier</title></head><body>
            <header class="site-header"><a href="/">Valley Courier</a></header>
            <nav><a href="/">Front page</a> <a href="/sport">Weekend sport</a> <a href="/letters">Letters</a></nav>
            <main><ul class="stories">
            \(cards)
            </ul></main>
            <footer><a href="/privacy">Privacy</a> <a href="/terms">Terms</a></footer>
            </body></html>
            """
        let extraction = try Support.extract(html)
        Support.expectKept(titles, in: extraction)
        Support.expectDropped(["Weekend sport", "Privacy"], in: extraction)
    }

    /// A grid of cards whose titles and blurbs are mostly links, beside a box of prose long
    /// enough for the prose rules to return it alone.
    static func cardGridPage(cards count: Int, box: String) -> String {
        let cards = (1 ... count).map { n in
            """
            <article class="item"><h2><a href="/news/\(n)">Lock number \(n) reopens after the winter repairs</a></h2>
            <p><a href="/news/\(n)">Engineers spent the cold months rebuilding the gates of lock \(n).</a> Boats pass again from Monday.</p>
            <span class="date">\(n) March</span></article>
            """
        }.joined(separator: "\n")
        return """
            <!DOCTYPE html><html lang="en"><head><title>Waterways news - Valley Courier</title></head><body>
            <nav><a href="/">Front page</a> <a href="/sport">Weekend sport</a> <a href="/letters">Letters</a></nav>
            <div class="layout">
            <div class="stories">
            \(cards)
            </div>
            <div class="about-box"><p>\(box)</p></div>
            </div>
            <footer><a href="/privacy">Privacy</a> <a href="/terms">Terms</a></footer>
            </body></html>
            """
    }

    @Test("a grid of linked cards that holds most of the page keeps its cards, not only a box of prose beside it")
    func cardGridBesideProseKeepsItsCards() throws {
        // Two paragraphs: enough for the prose rules alone (more than `minimumResultCharacters`).
        let box = Support.paragraphs[0] + "</p><p>" + Support.paragraphs[1]
        let extraction = try Support.extract(Self.cardGridPage(cards: 20, box: box))
        Support.expectKept(
            ["Lock number 1 reopens after the winter repairs", "rebuilding the gates of lock 20", "Lock number 7 reopens"],
            in: extraction)
        Support.expectDropped(["Weekend sport", "Privacy"], in: extraction)
    }

    @Test("a grid of cards longer than teasers (a caption beside each title) is still the page's listing")
    func gridOfLongCardsKeepsItsCards() throws {
        // Each card: a linked title, a caption that reads as prose (kept by the prose rules), a
        // linked blurb and a note; longer than a teaser, and more of it linked than kept.
        let caption = "A picture of lock NUMBER taken by a volunteer photographer from the towpath on a cold morning, "
            + "with the new gates closed and the water level still low after the repairs were finished by the crew."
        let blurb = "Engineers spent the cold months rebuilding the gates of lock NUMBER, replacing the oak beams, "
            + "the iron collars and the paddles that let the water through, and the towpath beside it was relaid "
            + "with gravel. The trust says boats can pass again from Monday, and that the next lock upstream will "
            + "close for the same work in the autumn once the summer season of trip boats is over for the year. "
            + "Volunteers who helped with the work will be thanked at a gathering at the village hall next month."
        let cards = (1 ... 8).map { n in
            """
            <div class="entry"><h2><a href="/news/\(n)">Lock number \(n) reopens after the winter repairs</a></h2>
            <div class="picture"><p>\(caption.replacing("NUMBER", with: "\(n)"))</p></div>
            <p><a href="/news/\(n)">\(blurb.replacing("NUMBER", with: "\(n)"))</a></p>
            <p class="note">Sent in from the keeper's cottage at the top of the flight with photographs, \(n) March</p></div>
            """
        }.joined(separator: "\n")
        let html = """
            <!DOCTYPE html><html lang="en"><head><title>Waterways news - Valley Courier</title></head><body>
            <nav><a href="/">Front page</a> <a href="/sport">Weekend sport</a></nav>
            <div class="layout"><div class="stories">\(cards)</div>
            <div class="about-box"><p>\(Support.paragraphs[0])</p><p>\(Support.paragraphs[1])</p></div></div>
            </body></html>
            """
        let extraction = try Support.extract(html)
        Support.expectKept(["Lock number 1 reopens after the winter repairs", "rebuilding the gates of lock 8,"], in: extraction)
        Support.expectDropped(["Weekend sport"], in: extraction)
    }

    @Test("a header inside a card is the card's own: a listing keeps the titles in its cards' headers")
    func cardHeadersAreNotTheSiteHeader() throws {
        let titles = ["Lock keeper for the upper flight", "Towpath ranger, weekends", "Boat crew for the trip season",
                      "Volunteer archivist for the logbook", "Bridge painter, summer contract", "Wharf cafe assistant"]
        let cards = titles.enumerated().map { n, title in
            """
            <li class="vacancy"><div class="vacancy__header"><a href="/jobs/\(n)"><h3>\(title)</h3></a></div>
            <p>Marrowfield basin, from \(n + 2) May</p></li>
            """
        }.joined(separator: "\n")
        let html = """
            <!DOCTYPE html><html lang="en"><head><title>Vacancies - Canal Trust</title></head><body>
            <div class="site-header"><a href="/">Canal Trust</a> <a href="/donate">Donate today</a></div>
            <main><ul class="vacancies">\(cards)</ul></main>
            </body></html>
            """
        let extraction = try Support.extract(html)
        Support.expectKept(titles, in: extraction)
        Support.expectDropped(["Donate today"], in: extraction)
    }

    @Test("a footer inside a card is the card's own: a listing keeps the prices in its cards' footers")
    func cardFootersAreNotTheSiteFooter() throws {
        let titles = ["Brass lantern for the narrowboat", "Rope fender, hand spliced", "Tiller pin with a heron",
                      "Enamel water can, painted roses", "Windlass with an oak handle", "Canvas cratch cover for the bow"]
        let cards = titles.enumerated().map { n, title in
            """
            <li class="item"><h3><a href="/shop/\(n)">\(title)</a></h3><p>Made at the basin workshop</p>
            <div class="item__footer"><p>Price \(n + 12) pounds, posted in a week</p></div></li>
            """
        }.joined(separator: "\n")
        let html = """
            <!DOCTYPE html><html lang="en"><head><title>Shop - Canal Trust</title></head><body>
            <main><ul class="items">\(cards)</ul></main>
            <div class="site-footer"><a href="/privacy">Privacy notice</a> <a href="/terms">Terms of sale</a></div>
            </body></html>
            """
        let extraction = try Support.extract(html)
        Support.expectKept(["Price 12 pounds, posted in a week", "Price 17 pounds"], in: extraction)
        Support.expectDropped(["Privacy notice"], in: extraction)
    }

    @Test("a listing's card of a linked title over a subtitle, with nothing else in its box, keeps its title")
    func listingKeepsTitlesOverSubtitles() throws {
        let names = ["Spring boat gathering at Holt", "Towpath clean-up weekend", "Lock keepers' open day",
                     "Heritage narrowboat parade", "Canal photography walk", "Wharf music evening"]
        let cards = names.enumerated().map { n, name in
            """
            <div class="event"><div class="when">\(n + 3) May</div>
            <div class="what"><h2><a href="/events/\(n)">\(name)</a></h2><h3>Gathering by the water in Marrowfield</h3></div></div>
            """
        }.joined(separator: "\n")
        let html = """
            <!DOCTYPE html><html lang="en"><head><title>Events - Canal Trust</title></head><body>
            <nav><a href="/">Home</a> <a href="/donate">Donate today</a></nav>
            <main><h1>Events on the canal</h1><div class="events">\(cards)</div></main>
            </body></html>
            """
        let extraction = try Support.extract(html)
        Support.expectKept(names, in: extraction)
        Support.expectDropped(["Donate today"], in: extraction)
    }

    @Test("a few linked cards beside a longer text stay out: the text is the page")
    func fewCardsBesideATextStayOut() throws {
        let text = Support.paragraphs.joined(separator: "</p><p>")
        let extraction = try Support.extract(Self.cardGridPage(cards: 4, box: text))
        Support.expectKept(Support.articleMarkers, in: extraction)
        Support.expectDropped(["Lock number 1 reopens", "rebuilding the gates of lock 3"], in: extraction)
    }

    @Test("a popover (shown only when a button opens it) is not read, so a thread beside it is still taken over")
    func popoverIsNotContent() throws {
        func post(_ user: String, _ body: String) -> String {
            "<div class=\"comment\"><a href=\"/u/\(user)\">\(user)</a><div class=\"comment-body\"><p>\(body)</p></div></div>"
        }
        let html = """
            <!DOCTYPE html><html lang="en"><head><title>Winter moorings - Towpath Forum</title></head><body>
            <button popovertarget="install">Install the app</button>
            <div popover id="install"><p>Install this forum as an app on your home screen, with notifications for the
            threads you follow, badges for new replies and quicker loading on slow connections when you are out on the water.</p></div>
            <h1>Winter moorings</h1>
            <div class="comments">
            \(post("willow_wren", Support.paragraphs[0]))
            \(post("keeper_of_lock9", Support.paragraphs[1]))
            \(post("MarthaOnTheCut", Support.paragraphs[2]))
            </div>
            </body></html>
            """
        let extraction = try Support.extract(html)
        Support.expectKept(Support.articleMarkers, in: extraction)
        Support.expectDropped(["Install this forum as an app"], in: extraction)
    }

    @Test("sections sharing one navigation-like class that together hold most of the prose are the content")
    func sectionsSharingAMarkedClassAreTheContent() throws {
        // Each section alone holds a quarter of the prose, under the wrapper share; the class
        // string they share names the page's layout, not a menu.
        let html = """
            <!DOCTYPE html><html lang="en"><head><title>The Marrowfield logbook</title></head><body>
            <nav class="site-nav"><a href="/">Home</a> <a href="/news">News</a> <a href="/about">About us</a></nav>
            <main>
            <h1>The Marrowfield logbook</h1>
            <p>\(Support.paragraphs[1])</p>
            <div class="content-nav-section"><p>\(Support.paragraphs[0])</p></div>
            <div class="content-nav-section"><h2>Copying by hand</h2><p>\(Support.paragraphs[1].replacing("Copying", with: "Typing"))</p></div>
            <div class="content-nav-section"><p>\(Support.paragraphs[2])</p></div>
            </main>
            <footer><a href="/privacy">Privacy</a></footer>
            </body></html>
            """
        let extraction = try Support.extract(html)
        Support.expectKept(
            ["The old lock keepers of Marrowfield", "Typing is slower than it sounds", "the gates were chained shut"],
            in: extraction)
        Support.expectDropped(["About us", "Privacy"], in: extraction)
    }

    @Test("a footer's long list of towns is not prose, so it does not outweigh the article in a marked wrapper")
    func placeListsAreNotProse() throws {
        let towns = (1 ... 12).map { _ in
            "Ashby Brackley Corfe Dunmere Elston Farthingoe Gresley Hatherden Ilsworth Kettleby Lanchester Mardle"
        }.joined(separator: " ")
        let html = """
            <!DOCTYPE html><html lang="en"><head><title>The Marrowfield logbook</title></head><body>
            <div class="topbar">
            <h1>The Marrowfield logbook</h1>
            <p>\(Support.paragraphs[0])</p><p>\(Support.paragraphs[1])</p><p>\(Support.paragraphs[2])</p>
            </div>
            <footer><h2>Towns we serve</h2><div>\(towns)</div></footer>
            </body></html>
            """
        let extraction = try Support.extract(html)
        Support.expectKept(Support.articleMarkers, in: extraction)
        Support.expectDropped(["Brackley Corfe Dunmere"], in: extraction)
    }

    @Test("a page whose visible part gives nothing is read with its hidden panels shown")
    func hiddenPanelsAreReadWhenNothingIsVisible() throws {
        // The menu outweighs the hidden panel, so the panel is no page hidden whole; scripts
        // would reveal it (a deferred product panel).
        let menu = (1 ... 60).map { "<li><a href=\"/c/\($0)\">Department number \($0) and its many offers</a></li>" }.joined()
        let html = """
            <!DOCTYPE html><html lang="en"><head><title>The Marrowfield logbook</title></head><body>
            <nav><ul>\(menu)</ul></nav>
            <div class="panel deferred" style="display: none">
            <h1>The Marrowfield logbook</h1>
            <p>\(Support.paragraphs[0])</p><p>\(Support.paragraphs[1])</p><p>\(Support.paragraphs[2])</p>
            </div>
            <div style="display:none"><p>Hidden elsewhere on the page</p></div>
            </body></html>
            """
        let extraction = try Support.extract(html)
        Support.expectKept(Support.articleMarkers, in: extraction)
        Support.expectDropped(["Department number"], in: extraction)
    }

    @Test("a page of several small runs of cards under a short intro keeps its cards")
    func severalRunsOfCardsAreTheListing() throws {
        // Each run of three cards is under the teaser rule's page share alone; together they
        // hold most of the page and outweigh the intro several times.
        let topics = ["Locks", "Boats", "Towpaths", "Bridges", "Wharves", "Aqueducts"]
        let sections = topics.map { topic in
            let cards = (1 ... 3).map { n in
                """
                <div class="card"><h3><a href="/\(topic.lowercased())/\(n)">The \(topic.lowercased()) guide, part \(n) of our series</a></h3>
                <p>What the volunteers learned about \(topic.lowercased()) in year \(n), and where to read the logbook pages.</p></div>
                """
            }.joined()
            return "<section><h2>\(topic)</h2>\(cards)</section>"
        }.joined()
        let html = """
            <!DOCTYPE html><html lang="en"><head><title>Guides - Valley Courier</title></head><body>
            <nav><a href="/">Home</a> <a href="/guides">Guides</a></nav>
            <main><h1>Guides</h1><p>\(Support.paragraphs[0])</p>\(sections)</main>
            </body></html>
            """
        let extraction = try Support.extract(html)
        Support.expectKept(
            [Support.articleMarkers[0], "The locks guide, part 1", "What the volunteers learned about bridges in year 3"],
            in: extraction)
    }

    @Test("a section shown twice (a mobile and a desktop copy) comes out once; one recurring line between texts stays")
    func sectionShownTwiceComesOutOnce() throws {
        let description = """
            <p>\(Support.paragraphs[0])</p><ul><li>Bound in waxed canvas and stitched by hand</li>
            <li>Printed on acid-free paper that will not yellow</li><li>Ships in a recycled card box within two days</li></ul>
            """
        let credit = "Photograph by the Marrowfield volunteers, used with permission."
        let html = """
            <!DOCTYPE html><html lang="en"><head><title>The logbook facsimile - Valley Shop</title></head><body>
            <main><h1>The logbook facsimile</h1>
            <div class="description-mobile">\(description)</div>
            <div class="description-desktop">\(description)</div>
            <h2>Pictures</h2>
            <p>\(Support.paragraphs[1])</p><p>\(credit)</p>
            <p>\(Support.paragraphs[2])</p><p>\(credit)</p>
            </main></body></html>
            """
        let extraction = try Support.extract(html)
        #expect(Support.occurrences(of: "Printed on acid-free paper", in: extraction.text) == 1, "\(Support.explain(extraction))")
        #expect(Support.occurrences(of: Support.articleMarkers[0], in: extraction.text) == 1)
        #expect(Support.occurrences(of: credit, in: extraction.text) == 2)
    }

    @Test("a site footer of long legal notes after the page is still a footer, though it holds most of the prose")
    func footerOfLongNotesIsStillAFooter() throws {
        let notes = (1 ... 6).map { n in
            """
            <li>Note \(n): the facsimile offer applies to orders placed through the online shop before the end of the \
            month and is subject to availability, and the prices shown include value added tax but exclude delivery to \
            addresses outside the valley, which is charged at cost when the order is confirmed.</li>
            """
        }.joined()
        let html = """
            <!DOCTYPE html><html lang="en"><head><title>The Marrowfield logbook</title></head><body>
            <div class="page"><h1>The Marrowfield logbook</h1>
            <p>\(Support.paragraphs[0])</p><p>\(Support.paragraphs[1])</p><p>\(Support.paragraphs[2])</p></div>
            <footer><ol>\(notes)</ol><p><a href="/privacy">Privacy</a></p></footer>
            </body></html>
            """
        let extraction = try Support.extract(html)
        Support.expectArticle(extraction)
        Support.expectDropped(["the facsimile offer applies"], in: extraction)
    }

    @Test("a page builder that classes every box a widget still returns its article")
    func pageBuilderWidgetsStillReturnTheArticle() throws {
        let html = """
            <!DOCTYPE html><html lang="en"><head><title>Notes from the towpath</title></head><body>
            <div class="widget Header" id="Header1"><h2><a href="/">Notes from the towpath</a></h2>
            <p>A blog about slow travel on the waterways</p></div>
            <div class="widget Blog" id="Blog1"><div class="post">
            <h3 class="post-title">Copying the lock logbook</h3>
            <div class="post-body widget-content">
            <p>\(Support.paragraphs[0])</p>
            <p>\(Support.paragraphs[1])</p>
            <p>\(Support.paragraphs[2])</p>
            </div></div></div>
            <div class="widget PopularPosts" id="PopularPosts1"><h2>Popular posts</h2><ul>
            <li><a href="/2026/03/ice.html">Breaking the ice at Holt top lock</a></li>
            <li><a href="/2026/02/coal.html">The last coal boat to Fenmouth</a></li></ul></div>
            <div class="widget Attribution" id="Attribution1"><a href="/">Powered by an invented blog host</a></div>
            </body></html>
            """
        let extraction = try Support.extract(html)
        Support.expectArticle(extraction)
        Support.expectDropped(["Breaking the ice", "The last coal boat", "Powered by"], in: extraction)
    }

    @Test("a page builder whose content boxes carry furniture words is still read (last-resort pass)")
    func pageBuilderWithMisleadingClassesIsRead() throws {
        // Every box is a "widget" and the builder's layout classes happen to contain furniture
        // words (`sidebar`, `footer`, `promo`) on the very boxes that hold the text.
        let html = """
            <!DOCTYPE html><html lang="en"><head><title>Lock logbook project</title></head><body>
            <div class="widget builder-row promo-row"><div class="widget builder-col sidebar-col">
            <div class="widget text-widget footer-style"><p>\(Support.paragraphs[0])</p></div>
            <div class="widget text-widget footer-style"><p>\(Support.paragraphs[1])</p></div>
            <div class="widget text-widget footer-style"><p>\(Support.paragraphs[2])</p></div>
            </div></div>
            </body></html>
            """
        let extraction = try Support.extract(html)
        Support.expectArticle(extraction)
    }

    @Test("a server-rendered page inside <noscript> is read")
    func noscriptServerRenderedPageIsRead() throws {
        let html = """
            <!DOCTYPE html><html lang="en"><head><title>Lock logbook - Towpath Forum</title>
            <script src="/app.js"></script></head><body>
            <div id="app"></div>
            <noscript><div class="topic"><h1>The Marrowfield lock logbook</h1>
            <p>\(Support.paragraphs[0])</p>
            <p>\(Support.paragraphs[1])</p>
            <p>\(Support.paragraphs[2])</p>
            </div></noscript>
            </body></html>
            """
        let extraction = try Support.extract(html)
        Support.expectArticle(extraction)
    }

    @Test("a short 'enable JavaScript' noscript is not content")
    func noscriptNoticeIsDropped() throws {
        let extraction = try Support.extractArticle(
            bottom: "<noscript><p>Please enable JavaScript to see the comments and the photo gallery.</p></noscript>")
        Support.expectArticle(extraction)
        Support.expectDropped(["Please enable JavaScript"], in: extraction)
    }

    @Test("the page title repeated as the <h1> in the body is not in the text")
    func pageTitleHeadingIsDropped() throws {
        let extraction = try Support.extract(
            Support.page(
                title: "Volunteers copy the Marrowfield lock logbook | Valley Courier",
                headline: "Volunteers copy the Marrowfield lock logbook"))
        Support.expectArticle(extraction)
        Support.expectDropped(["Volunteers copy the Marrowfield lock logbook"], in: extraction)
        #expect(extraction.metadata.title?.contains("Volunteers copy the Marrowfield lock logbook") == true)
    }

    @Test("a headline other than the page title is kept")
    func otherHeadlineIsKept() throws {
        let extraction = try Support.extract(
            Support.page(title: "Valley Courier", headline: "Volunteers copy the Marrowfield lock logbook"))
        Support.expectArticle(extraction)
        Support.expectKept(["Volunteers copy the Marrowfield lock logbook"], in: extraction)
    }

    @Test("a short list between paragraphs is kept")
    func midArticleListIsKept() throws {
        let extraction = try Support.extractArticle(
            middle: """
                <ul><li>Cotton gloves</li><li>A soft pencil</li><li>A laptop with a spreadsheet</li></ul>
                """)
        Support.expectArticle(extraction)
        Support.expectKept(["- Cotton gloves", "- A soft pencil", "- A laptop with a spreadsheet"], in: extraction)
        // In document order: the list sits between the second and third paragraphs.
        let text = extraction.text
        let list = try #require(text.range(of: "Cotton gloves"))
        let second = try #require(text.range(of: Support.articleMarkers[1]))
        let third = try #require(text.range(of: Support.articleMarkers[2]))
        #expect(second.upperBound <= list.lowerBound && list.upperBound <= third.lowerBound)
    }

    @Test("a short list right after an ad slot between paragraphs is kept")
    func midArticleListAfterAdSlotIsKept() throws {
        // Ad slots are injected between paragraphs wherever the layout has room, so the block
        // after one is as often a list as a paragraph.
        let extraction = try Support.extractArticle(
            middle: """
                <div class="ad-slot"><span>Advertisement</span></div>
                <ul><li>Cotton gloves</li><li>A soft pencil</li><li>A laptop with a spreadsheet</li></ul>
                """)
        Support.expectArticle(extraction)
        Support.expectDropped(["Advertisement"], in: extraction)
        Support.expectKept(["- Cotton gloves", "- A soft pencil", "- A laptop with a spreadsheet"], in: extraction)
    }

    /// A page with furniture of many families, for the repeatability tests.
    static let busyPage = Support.page(
        top: """
            <header class="site-header"><a href="/">The Valley Courier</a></header>
            <nav><a href="/">Front page</a> <a href="/valley">Valley news</a></nav>
            """,
        start: """
            <div class="reading-time">5 min read</div>
            <p><img src="/img/lock.jpg" alt="The lower lock"> <em>The lower lock</em>, photographed in <a href="/photos">March</a>.</p>
            """,
        middle: """
            <div class="ad-slot"><span>Advertisement</span></div>
            <ul><li>Cotton <strong>gloves</strong></li><li>A <a href="/pencils">soft pencil</a></li></ul>
            """,
        end: """
            <p>Read the <a href="/logbook">full <b>transcript</b></a> as it grows, with <i>every</i> page <img src="/img/p1.png" alt="page one"> linked.</p>
            """,
        afterArticle: """
            <section id="comments"><div class="comment"><p>A comment that should never be part of the main text,
            however long it grows, because it belongs to the discussion below the story.</p></div></section>
            """,
        bottom: "<footer><p>© 2026 Upper Valley Press Trust</p></footer>")

    @Test("every mode keeps the article and drops the furniture", arguments: ExtractionOptions.Mode.allCases)
    func everyModeKeepsTheArticle(mode: ExtractionOptions.Mode) throws {
        let extraction = try Support.extract(Self.busyPage, options: .init(mode: mode))
        Support.expectArticle(extraction)
        Support.expectDropped(
            ["The Valley Courier", "Front page", "5 min read", "Advertisement", "A comment that should never", "© 2026"],
            in: extraction)
    }

    @Test("the same bytes give byte-identical output twice")
    func extractionIsDeterministic() throws {
        let bytes = Array(Self.busyPage.utf8)
        for options in [ExtractionOptions(), ExtractionOptions(includeComments: true), ExtractionOptions(mode: .recall)] {
            let first = try Extractor(options: options).extract(bytes)
            let second = try Extractor(options: options).extract(bytes)
            #expect(Array(first.text.utf8) == Array(second.text.utf8))
            #expect(Array(first.comments.utf8) == Array(second.comments.utf8))
            #expect(first.decisions == second.decisions)
            #expect(!first.text.isEmpty)
        }
    }

    @Test("rendering options never change the text", arguments: [false, true], [false, true])
    func renderingOptionsNeverChangeTheText(includeLinks: Bool, includeImages: Bool) throws {
        let plain = try Support.extract(Self.busyPage)
        Support.expectArticle(plain)
        let baseline = plain.text
        for includeFormatting in [false, true] {
            let options = ExtractionOptions(
                includeLinks: includeLinks, includeImages: includeImages, includeFormatting: includeFormatting)
            let extraction = try Support.extract(Self.busyPage, options: options)
            #expect(
                extraction.text == baseline,
                "includeLinks \(includeLinks), includeImages \(includeImages), includeFormatting \(includeFormatting)")
        }
    }
}
