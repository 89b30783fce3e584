// One test per boilerplate family: a small invented article page with that family's
// furniture around it. The article must come out; the furniture must not.
import Testing
@testable import Winnow

@Suite("Boilerplate families are dropped around an article")
struct BoilerplateFamilyTests {
    typealias Support = ExtractionTestSupport

    @Test("the bare article page keeps all three paragraphs and nothing else")
    func bareArticleIsKept() throws {
        let extraction = try Support.extractArticle()
        Support.expectArticle(extraction)
        #expect(extraction.comments.isEmpty)
        // The paragraphs, and at most the headline: no other block.
        #expect(extraction.decisions.filter(\.kept).count <= 4, "\(Support.explain(extraction))")
    }

    @Test("a picture caption inside a menu (a mega-menu's featured story) is the menu's")
    func captionInsideMenuIsNavigation() throws {
        let feature = { (topic: String) in
            """
            <li class="menu-feature"><figure><img src="/f.jpg" alt=""><figcaption>The harbour trust has \
            opened a new visitor centre beside the old \(topic), and the volunteers who run it are \
            looking for more help with tours over the summer months.</figcaption></figure></li>
            """
        }
        let menu = """
            <nav class="primary-menu"><ul>
            <li><a href="/about">About</a><ul class="mega"><li><a href="/about/team">Our team</a></li>\(feature("boat shed"))</ul></li>
            <li><a href="/visit">Visit</a><ul class="mega"><li><a href="/visit/hours">Opening hours</a></li>\(feature("slipway"))</ul></li>
            <li><a href="/learn">Learn</a><ul class="mega"><li><a href="/learn/schools">Schools</a></li>\(feature("rope walk"))</ul></li>
            <li><a href="/give">Give</a><ul class="mega"><li><a href="/give/now">Give now</a></li>\(feature("lighthouse"))</ul></li>
            </ul></nav>
            """
        // A short page in one wrapper with its menu, whose captions outweigh the page's prose
        // (as in a photo gallery, where captions are the content).
        let page = """
            <html><head><title>Course list</title></head><body><div id="page">\(menu)
            <div class="content"><h1>Course list</h1><p>\(Support.paragraphs[1])</p></div>
            </div></body></html>
            """
        let extraction = try Support.extract(page)
        #expect(extraction.text.contains(Support.articleMarkers[1]), "\(Support.explain(extraction))")
        #expect(!extraction.text.contains("visitor centre"), "\(Support.explain(extraction))")
    }

    @Test("a syntax highlighter's token classes inside code name no family")
    func highlighterTokensAreNotFurniture() throws {
        let code = """
        <pre><code class="language-bash"><span class="hljs-comment"># make the pot warm</span>
        kettle --boil --to 95
        <span class="token comment"># pour and wait</span>
        teapot steep --minutes 4</code></pre>
        """
        let extraction = try Support.extractArticle(middle: code)
        Support.expectArticle(extraction)
        #expect(extraction.text.contains("# make the pot warm\nkettle --boil --to 95"), "\(Support.explain(extraction))")
        #expect(extraction.text.contains("teapot steep --minutes 4"))
    }

    @Test("a paragraph opening with a link classed as a pop-up or share link is not that furniture")
    func linkClassDoesNotNameItsParagraph() throws {
        let paragraph = """
        <p><a class="external-popup" href="https://kettles.example/">Brightwater</a> makes the kettle most tea rooms \
        along the canal still use, and its thermostat holds the water within a degree of the setting for an hour.</p>
        <p><a class="share-link" href="/s">Steep times</a> matter less than most guides claim, as long as the water \
        was not boiling hard when it met the leaves.</p>
        """
        let extraction = try Support.extractArticle(middle: paragraph)
        Support.expectArticle(extraction)
        #expect(extraction.text.contains("Brightwater makes the kettle"), "\(Support.explain(extraction))")
        #expect(extraction.text.contains("Steep times matter less"))
    }

    @Test("dates in a table's cells are data, not datelines")
    func datesInTableCellsAreData() throws {
        let rows = (1 ... 8).map { "<tr><td>\($0)/1/2019</td><td>+\($0).5%</td></tr>" }.joined()
        let table = "<table><thead><tr><th>Month</th><th>Change in the price of a pot of tea</th></tr></thead><tbody>\(rows)</tbody></table>"
        let extraction = try Support.extractArticle(middle: table)
        Support.expectArticle(extraction)
        #expect(extraction.text.contains("1/1/2019"), "\(Support.explain(extraction))")
        #expect(extraction.text.contains("8/1/2019"))
        #expect(extraction.text.contains("+8.5%"))
    }

    @Test("a table whose header row sticks (class sticky-header) is no site header")
    func stickyHeaderTableIsData() throws {
        let rows = ["Holt Crossing | 1791", "Marrowfield | 1802", "Brook Lock | 1810", "Upper Basin | 1824"]
            .map { row in "<tr>" + row.split(separator: "|").map { "<td>\($0.trimmingCharacters(in: .whitespaces))</td>" }.joined() + "</tr>" }.joined()
        let table = "<table class=\"wikitable sortable sticky-header\"><caption>Locks and the year they opened</caption><tr><th>Lock</th><th>Opened</th></tr>\(rows)</table>"
        let extraction = try Support.extractArticle(middle: table, options: ExtractionOptions(includeTables: true))
        Support.expectArticle(extraction)
        #expect(extraction.text.contains("Marrowfield | 1802"), "\(Support.explain(extraction))")
        #expect(extraction.text.contains("Upper Basin | 1824"))
    }

    @Test("linked names in a data table's cells are its values, not menu links")
    func linkedCellsOfDataTableAreKept() throws {
        let rows = [("1911", "Ada Fenwick", "Otto Brandl"), ("1912", "Lise Marrow", "Ivo Castellan"),
                    ("1913", "Pieter Holm", "Nora Quist"), ("1914", "Emil Sandor", "Greta Vale")]
            .map { "<tr><td>\($0.0)</td><td><a href=\"/wiki/a\($0.0)\">\($0.1)</a></td><td><a href=\"/wiki/b\($0.0)\">\($0.2)</a></td></tr>" }
            .joined()
        let table = "<table class=\"wikitable\"><tr><th>Year</th><th>Glassmaking</th><th>Clockwork</th></tr>\(rows)</table>"
        let extraction = try Support.extractArticle(middle: table, options: ExtractionOptions(includeTables: true))
        Support.expectArticle(extraction)
        #expect(extraction.text.contains("Lise Marrow"), "\(Support.explain(extraction))")
        #expect(extraction.text.contains("Greta Vale"))
    }

    @Test("navigation bars and menus are dropped")
    func navigationAndMenusAreDropped() throws {
        let extraction = try Support.extractArticle(
            top: """
                <nav><ul>
                  <li><a href="/">Front page</a></li><li><a href="/valley">Valley news</a></li>
                  <li><a href="/farming">Farming diary</a></li><li><a href="/sport">Weekend sport</a></li>
                </ul></nav>
                <div class="menu main-menu"><ul>
                  <li><a href="/events">What's on this month</a></li><li><a href="/letters">Letters to the editor</a></li>
                </ul></div>
                """,
            bottom: """
                <div role="navigation"><a href="/archive">Browse the archive by year</a>
                <a href="/about">About the Courier</a></div>
                """)
        Support.expectArticle(extraction)
        Support.expectDropped(
            ["Front page", "Valley news", "Farming diary", "Weekend sport", "What's on this month",
             "Letters to the editor", "Browse the archive", "About the Courier"],
            in: extraction)
    }

    @Test("breadcrumb trails are dropped")
    func breadcrumbsAreDropped() throws {
        let extraction = try Support.extractArticle(
            top: """
                <ol class="breadcrumb"><li><a href="/">Courier</a></li><li><a href="/history">Local history</a></li>
                <li><a href="/history/waterways">Waterways</a></li></ol>
                """,
            start: """
                <div class="crumbs"><a href="/">Home</a> › <a href="/history">Heritage projects</a> › Canal logbook</div>
                """)
        Support.expectArticle(extraction)
        Support.expectDropped(["Local history", "Waterways", "Heritage projects", "Canal logbook"], in: extraction)
    }

    @Test("the site header and footer are dropped")
    func headerAndFooterAreDropped() throws {
        let extraction = try Support.extractArticle(
            top: """
                <header class="site-header"><div class="logo"><a href="/">The Valley Courier</a></div>
                <p class="tagline">Independent news for the upper valley since 1921</p></header>
                """,
            bottom: """
                <footer>
                <p>The Valley Courier is published every week by the Upper Valley Press Trust, a charity registered in the county.</p>
                <p><a href="/contact">Contact the newsroom</a> · <a href="/jobs">Work with us</a></p>
                </footer>
                """)
        Support.expectArticle(extraction)
        Support.expectDropped(
            ["The Valley Courier", "Independent news for the upper valley", "Upper Valley Press Trust",
             "Contact the newsroom", "Work with us"],
            in: extraction)
    }

    @Test("sidebars are dropped")
    func sidebarsAreDropped() throws {
        let extraction = try Support.extractArticle(
            afterArticle: """
                <aside><h2>Weather on the moor</h2><p>Light rain in the morning, clearing to sunny spells by the afternoon.</p></aside>
                <div class="sidebar"><h3>Tide times at Fenmouth</h3><p>High water 06:42 and 19:05, low water 12:50.</p></div>
                """)
        Support.expectArticle(extraction)
        Support.expectDropped(["Weather on the moor", "Light rain in the morning", "Tide times", "High water"], in: extraction)
    }

    @Test("cookie and consent banners are dropped, even when they read like prose")
    func cookieAndConsentBannersAreDropped() throws {
        let extraction = try Support.extractArticle(
            bottom: """
                <div id="cookie-notice" class="cookie-banner">
                <p>We use cookies and similar tools to remember your choices, to understand how our pages are read and to show
                you relevant offers. You can change your mind at any time from the privacy page.</p>
                <button>Accept all</button><button>Manage preferences</button></div>
                <div class="cmp-dialog" role="dialog"><p>Your privacy matters to us and our partners, who store and access
                information on your device for measurement and for personalised content.</p>
                <button>Agree and close</button></div>
                """)
        Support.expectArticle(extraction)
        Support.expectDropped(
            ["We use cookies", "Accept all", "Manage preferences", "Your privacy matters", "Agree and close"],
            in: extraction)
    }

    @Test("newsletter and subscription boxes are dropped")
    func newsletterBoxesAreDropped() throws {
        let extraction = try Support.extractArticle(
            afterArticle: """
                <div class="newsletter-signup"><h3>The Courier in your inbox</h3>
                <p>Our weekly letter brings the best stories from the valley to you every Friday morning, free of charge.</p>
                <form><input type="email" placeholder="Your email"><button>Sign me up</button></form></div>
                """)
        Support.expectArticle(extraction)
        Support.expectDropped(["The Courier in your inbox", "Our weekly letter", "Sign me up"], in: extraction)
    }

    @Test("subscription prompts inside the article are dropped by their text", arguments: [
        "Subscribe to the Courier for just £1 a week.",
        "Sign up for our free Friday newsletter.",
        "Abonnez-vous à notre lettre du vendredi.",
        "Jetzt abonnieren und keine Geschichte verpassen!",
    ])
    func subscriptionPromptsAreDropped(prompt: String) throws {
        let extraction = try Support.extractArticle(middle: "<p><strong>\(prompt)</strong></p>")
        Support.expectArticle(extraction)
        Support.expectDropped([prompt], in: extraction)
    }

    @Test("a sign-up box named only by layout classes is dropped by its text", arguments: [
        "By subscribing to this letter, you agree to our terms of service and privacy policy.",
        "En vous inscrivant, vous acceptez nos conditions d'utilisation.",
    ])
    func signUpConsentLineIsDropped(consent: String) throws {
        let box = """
            <div class="flex flex-col px-5"><p class="text-xl">More from the valley</p>
            <p class="max-w-lg">Get the Courier's free weekly newsletter, with walks, markets and the week's best stories from the towns along the canal.</p>
            <p class="text-xs">\(consent)</p></div>
            """
        let extraction = try Support.extractArticle(afterArticle: box)
        Support.expectArticle(extraction)
        Support.expectDropped([String(consent.prefix(30)), "free weekly newsletter"], in: extraction)
    }

    @Test("a form's status messages (shown only after a submit) are dropped")
    func formStatusMessagesAreDropped() throws {
        let box = """
            <div class="w-form"><form><input type="email"><input type="submit" value="Send"></form>
            <div class="w-form-done"><div>Thank you, your note has reached the editors of the Courier, and one of them \
            will write back to you within a few days with an answer to the question that you asked about the canal.</div></div>
            <div class="w-form-fail"><div>Something went wrong while we were sending your note to the editors of the \
            Courier, so please wait for a minute or two and then try to send it to them again from this page.</div></div></div>
            """
        let extraction = try Support.extractArticle(middle: box)
        Support.expectArticle(extraction)
        Support.expectDropped(["your note has reached", "Something went wrong"], in: extraction)
    }

    @Test("promo banners are dropped")
    func promoBannersAreDropped() throws {
        let extraction = try Support.extractArticle(
            top: """
                <div class="promo-banner"><a href="/offer">Spring offer: the Courier in print and online for half price</a></div>
                """,
            afterArticle: """
                <div class="cta-box"><p>Support local journalism: become a Courier member today.</p>
                <a href="/join">Join now</a></div>
                """)
        Support.expectArticle(extraction)
        Support.expectDropped(["Spring offer", "Support local journalism", "Join now"], in: extraction)
    }

    @Test("calls to join a channel or install an app are dropped", arguments: [
        "Join our Telegram channel for breaking news from the valley!",
        "Chat with other readers on our Discord server.",
        "Get the morning headlines on WhatsApp: tap here to follow.",
        "Download our app from the App Store or Google Play.",
    ])
    func callsToActionAreDropped(callToAction: String) throws {
        let extraction = try Support.extractArticle(
            middle: "<p><a href=\"https://example.com/go\">\(callToAction)</a></p>",
            end: "<p>\(callToAction)</p>")
        Support.expectArticle(extraction)
        Support.expectDropped([callToAction], in: extraction)
    }

    @Test("sponsored labels and the slots under them are dropped in many languages", arguments: [
        ("Sponsored", "Solar panels for every roof: get a free quote"),
        ("Sponsorisé", "Des panneaux solaires pour chaque toit, devis gratuit"),
        ("Anzeige", "Solarmodule für jedes Dach: jetzt kostenloses Angebot"),
        ("Werbung", "Gartenmöbel im Frühjahrsverkauf zum halben Preis"),
        ("Publicidad", "Paneles solares para cada tejado, presupuesto gratis"),
        ("Publicité", "Vos vacances à la mer dès quarante euros la nuit"),
        ("Pubblicità", "Pannelli solari per ogni tetto, preventivo gratuito"),
        ("Реклама", "Солнечные панели для каждой крыши бесплатно"),
        ("広告", "すべての屋根にソーラーパネルを無料見積もり"),
        // Labels written in capitals in the markup.
        ("SPONSORED", "Walking holidays in the hills from £199"),
        ("ANZEIGE", "Wanderurlaub in den Bergen ab 199 Euro"),
        ("РЕКЛАМА", "Отдых в горах от двух тысяч рублей"),
    ])
    func sponsoredSlotsAreDropped(label: String, advert: String) throws {
        let extraction = try Support.extractArticle(
            middle: """
                <div class="box"><div class="box-label">\(label)</div>
                <a href="https://advertiser.example/offer"><div class="box-title">\(advert)</div></a></div>
                """)
        Support.expectArticle(extraction)
        Support.expectDropped([label, advert], in: extraction)
    }

    @Test("slots classed sponsored are dropped with their content")
    func sponsoredClassSlotsAreDropped() throws {
        let extraction = try Support.extractArticle(
            afterArticle: """
                <section class="sponsored-content"><h3>From our partners</h3>
                <p>How a family bakery in the hills doubled its orders by moving its accounts to the cloud this year.</p></section>
                """)
        Support.expectArticle(extraction)
        Support.expectDropped(["From our partners", "family bakery in the hills"], in: extraction)
    }

    @Test("ad slots are dropped: ad-slot boxes and adsbygoogle units")
    func adSlotsAreDropped() throws {
        let extraction = try Support.extractArticle(
            start: """
                <div class="ad-slot ad-slot--leaderboard"><span>Holiday cottages on the coast from forty pounds a night</span></div>
                """,
            middle: """
                <div><ins class="adsbygoogle" style="display:block" data-ad-slot="1234567890"><span>Compare energy tariffs
                in two minutes and switch today</span></ins></div>
                """)
        Support.expectArticle(extraction)
        Support.expectDropped(["Holiday cottages on the coast", "Compare energy tariffs"], in: extraction)
    }

    @Test("a line repeated three times after the article is dropped", arguments: [
        // Mostly link: dropped for its links once repetition withdraws the linked-paragraph pardon.
        "<a href=\"https://shop.example/boots?ref=courier\">Shop waterproof walking boots at Trailhouse</a> (affiliate link)",
        // Mostly plain text: only the repetition marks it.
        "Our pick for the towpath: waterproof walking boots from <a href=\"https://shop.example/boots\">Trailhouse</a>, now 20% off (affiliate link)",
    ])
    func repeatedAffiliateLineIsDropped(line: String) throws {
        let affiliate = "<p>\(line)</p>\n"
        let extraction = try Support.extractArticle(end: affiliate + affiliate + affiliate)
        Support.expectArticle(extraction)
        Support.expectDropped(["waterproof walking boots", "affiliate link"], in: extraction)
    }

    @Test("share and social bars are dropped")
    func shareBarsAreDropped() throws {
        let extraction = try Support.extractArticle(
            start: """
                <div class="share-buttons"><a href="#">Facebook</a><a href="#">Bluesky</a><a href="#">Mastodon</a></div>
                """,
            end: """
                <p>Share this article</p>
                <ul class="social-links"><li><a href="#">Pinterest</a></li><li><a href="#">LinkedIn</a></li></ul>
                """)
        Support.expectArticle(extraction)
        Support.expectDropped(["Facebook", "Bluesky", "Mastodon", "Share this article", "Pinterest", "LinkedIn"], in: extraction)
    }

    @Test("related, recommended and most-read lists are dropped")
    func relatedListsAreDropped() throws {
        let extraction = try Support.extractArticle(
            afterArticle: """
                <section class="related-posts"><h2>More on waterways</h2><ul>
                <li><a href="/a">Mill pond restoration wins a heritage grant</a></li>
                <li><a href="/b">Towpath reopens after the winter floods</a></li></ul></section>
                <div class="recommended"><h2>Recommended for you</h2>
                <a href="/c">Ten walks along forgotten canals</a></div>
                """,
            bottom: """
                <div class="most-read"><h2>Most read</h2><ol>
                <li><a href="/d">Council votes on the new flood barrier</a></li>
                <li><a href="/e">Village shop saved by its customers</a></li></ol></div>
                """)
        Support.expectArticle(extraction)
        Support.expectDropped(
            ["More on waterways", "Mill pond restoration", "Towpath reopens", "Recommended for you", "forgotten canals",
             "Most read", "new flood barrier", "Village shop saved"],
            in: extraction)
    }

    /// A comment section of three prose comments.
    static let commentSection = """
        <section id="comments" class="comments-area"><h2>3 comments</h2>
        <div class="comment"><p class="comment-author">Hazel from Upper Brook</p>
        <p>My grandfather worked the lower lock in the fifties, and he always said the logbook was the only thing he was
        never allowed to take home. I would love to know whether his handwriting is in there somewhere.</p></div>
        <div class="comment"><p class="comment-author">Tom K.</p>
        <p>I volunteered on two of the Tuesday evenings and can recommend it to anyone who likes a puzzle, because some of
        the older entries take the whole table to decipher.</p></div>
        <div class="comment"><p class="comment-author">M. Okafor</p>
        <p>Will the finished copy be put online, or kept at the library? It would be a shame if only a few people could
        read it after all that careful work by the volunteers.</p></div>
        </section>
        """

    static let commentMarkers = [
        "My grandfather worked the lower lock", "I volunteered on two of the Tuesday evenings",
        "Will the finished copy be put online",
    ]

    @Test("comments are dropped by default")
    func commentsAreDroppedByDefault() throws {
        let extraction = try Support.extractArticle(afterArticle: Self.commentSection)
        Support.expectArticle(extraction)
        Support.expectDropped(Self.commentMarkers + ["3 comments", "Hazel from Upper Brook"], in: extraction)
        #expect(extraction.comments.isEmpty)
    }

    @Test("comments are returned apart with includeComments, and still not in the text")
    func commentsAreReturnedApart() throws {
        let extraction = try Support.extractArticle(
            afterArticle: Self.commentSection, options: .init(includeComments: true))
        Support.expectArticle(extraction)
        Support.expectDropped(Self.commentMarkers, in: extraction)
        for marker in Self.commentMarkers {
            #expect(extraction.comments.contains(marker), "\(Support.explain(extraction))")
        }
        for marker in Support.articleMarkers {
            #expect(!extraction.comments.contains(marker))
        }
    }

    @Test("author bio boxes are dropped")
    func authorBioBoxesAreDropped() throws {
        let extraction = try Support.extractArticle(
            end: """
                <div class="author-bio"><img src="/img/ruth-adeyemi-200x200.jpg" alt="">
                <p>Ruth Adeyemi has covered the upper valley for the Courier since 2014, and she writes about rivers,
                farming and local history. She lives in Marrowfield with two cats and a leaking boat.</p>
                <a href="/authors/ruth">Read full bio</a></div>
                """)
        Support.expectArticle(extraction)
        Support.expectDropped(["Ruth Adeyemi has covered", "Read full bio"], in: extraction)
    }

    @Test("an author box after the story is dropped even when it holds the page's longest paragraph")
    func longAuthorBioAfterTheStoryIsDropped() throws {
        let bio = """
            Ruth Adeyemi has covered the upper valley for the Courier since 2014, first as a trainee on the \
            farming desk and later as the paper's only river correspondent, and she has written about floods, \
            lock repairs, disputed fishing rights, village fêtes and the slow return of the otters to the lower \
            meadows. Before joining the paper she spent six years cataloguing parish records for the county \
            archive, which is where she learned to read the cramped handwriting of old ledgers, and she still \
            volunteers there on Saturday mornings. She lives in Marrowfield with two cats and a leaking boat.
            """
        for boxClass in ["author-bio", "author-description", "post-author__about", "saboxplugin-desc"] {
            let extraction = try Support.extractArticle(end: "<div class=\"\(boxClass)\"><p>\(bio)</p></div>")
            Support.expectArticle(extraction)
            Support.expectDropped(["Ruth Adeyemi has covered"], in: extraction)
        }
    }

    @Test("a paragraph under the story opening with the author's name is their biography; the same at the top is the story")
    func authorBiographyFoundByName() throws {
        let bio = "<div class=\"x9-box\"><p>Ruth Adeyemi is a reporter for the Courier who writes about rivers, "
            + "farming and local history, and she lives in Marrowfield with two cats.</p></div>"
        let withMeta = { (html: String) in
            html.replacingOccurrences(of: "<title>", with: "<meta name=\"author\" content=\"Ruth Adeyemi\"><title>")
        }
        let under = try Support.extract(withMeta(Support.page(end: bio)))
        Support.expectArticle(under)
        Support.expectDropped(["Ruth Adeyemi is a reporter"], in: under)
        #expect(under.metadata.authors == ["Ruth Adeyemi"])
        let opening = try Support.extract(withMeta(Support.page(start: bio)))
        Support.expectArticle(opening)
        Support.expectKept(["Ruth Adeyemi is a reporter"], in: opening)
    }

    @Test("legal disclaimers and copyright lines are dropped")
    func legalLinesAreDropped() throws {
        let extraction = try Support.extractArticle(
            end: """
                <p><em>Disclaimer: the Courier is not responsible for the content of external sites.</em></p>
                <div class="disclaimer"><p>Readers who visit the lock do so at their own risk; the towpath is uneven and is
                not lit after dark, and the trust that owns it accepts no liability for injuries.</p></div>
                """,
            afterArticle: """
                <div class="article-end"><p>© 2026 Upper Valley Press Trust. All rights reserved.</p></div>
                """)
        Support.expectArticle(extraction)
        Support.expectDropped(
            ["Disclaimer:", "not responsible for the content of external sites", "at their own risk",
             "© 2026", "All rights reserved"],
            in: extraction)
    }

    @Test("reading-time, byline and update widgets are dropped")
    func readingTimeAndUpdateWidgetsAreDropped() throws {
        let extraction = try Support.extractArticle(
            start: """
                <div class="article-meta-row"><span class="author-name">By Ruth Adeyemi</span></div>
                <div class="reading-time">5 min read</div>
                <div class="stamp"><span>2 mins</span></div>
                <p class="updated">Updated 14 March 2026</p>
                """)
        Support.expectArticle(extraction)
        Support.expectDropped(["By Ruth Adeyemi", "5 min read", "2 mins", "Updated 14 March"], in: extraction)
    }

    @Test("reading-time and update lines between paragraphs are dropped by their text alone", arguments: [
        "5 min read", "2 mins", "Lesezeit: 4 Minuten", "Lectura: 3 minutos", "Tempo di lettura: 6 minuti",
        "6 min de lecture", "Время чтения: 5 мин", "By Ruth Adeyemi", "Von Ruth Adeyemi", "Par Ruth Adeyemi",
        "Updated 14 March 2026", "Last updated: 2 April 2026",
    ])
    func readingTimeLinesAreDroppedByText(line: String) throws {
        // A neutral box between two good paragraphs: only the text rule can drop it.
        let extraction = try Support.extractArticle(middle: "<div class=\"row\"><span>\(line)</span></div>")
        Support.expectArticle(extraction)
        Support.expectDropped([line], in: extraction)
    }

    @Test("legal and affiliate-disclosure lines between paragraphs are dropped by their text alone", arguments: [
        "Disclaimer: this story is not financial advice.",
        "© 2026 Upper Valley Press Trust",
        "Copyright 2026 Upper Valley Press Trust. All rights reserved.",
        "This post may contain affiliate links, which earn us a small commission.",
        "Haftungsausschluss: Alle Angaben ohne Gewähr.",
        "Tous droits réservés.",
        "If you buy through the links on this page, we may earn a small commission at no extra cost to you.",
        "Wenn du über diese Links einkaufst, erhalten wir eine kleine Provision.",
    ])
    func legalLinesAreDroppedByText(line: String) throws {
        let extraction = try Support.extractArticle(middle: "<p><small>\(line)</small></p>")
        Support.expectArticle(extraction)
        Support.expectDropped([line], in: extraction)
    }

    @Test("appeals to subscribe, donate or join, two or three sentences long, are dropped by their text", arguments: [
        "To read the full story, please subscribe to the Valley Courier. You can choose a yearly plan or pay month by month, and every plan includes the archive.",
        "If you are already a subscriber, you can log in here for immediate access to this story and to everything else in our archive of the valley.",
        "Unabhängiger Lokaljournalismus kostet Geld. Jede Spende hilft uns, weiter über das Tal und seine Menschen zu berichten.",
        "Unterstütze den Talboten mit einem monatlichen Beitrag, damit wir weiter unabhängig über das Tal berichten können.",
        "Hazte miembro y disfruta de beneficios exclusivos. Cancela cuando quieras.",
        "Pour lire la suite de cet article, abonnez-vous au Courrier de la vallée dès aujourd'hui et soutenez notre rédaction.",
        "Jede kleine Spende hilft den Freiwilligen am Kanal!",
        "Den Talboten lesen oder verschenken und Vorteile sichern!",
        "Wir respektieren deine Privatsphäre und geben deine Adresse nicht weiter.",
        "Get the latest news from the valley straight to your phone with the Courier app.",
        "Lust auf mehr? Lass dir die besten Geschichten aus dem Tal jede Woche in deinen Posteingang liefern.",
        "Follow The Valley Courier on Twitter and Instagram for news from the towpath.",
        "Get Valley Monthly delivered through your letterbox every month. Twelve issues for the price of ten.",
        "Email Ann Marsh at ann@courier.example or follow her @annmarsh. Follow us on Twitter @valleycourier and on Facebook.",
    ])
    func appealsAreDroppedByText(line: String) throws {
        let extraction = try Support.extractArticle(end: "<p>\(line)</p>")
        Support.expectArticle(extraction)
        Support.expectDropped([String(line.prefix(40))], in: extraction)
    }

    @Test("copyright, reprint and disclaimer notices written as sentences are dropped by their text", arguments: [
        "This document is subject to copyright. Apart from any fair dealing for the purpose of private study or research, no part may be reproduced without the written permission.",
        "This article is the copyrighted property of the Valley Courier. Written permission must be obtained before reprint in online or print media.",
        "The Valley Courier is not responsible for the opinions, statements or media content presented by contributors.",
        "The views expressed in this column are the author's own and do not necessarily reflect those of the trust.",
        "Nachdruck nur mit schriftlicher Genehmigung der Redaktion.",
        "Suggested citation: Marsh, Ann: The Marrowfield logbook, Valley Courier, 2026.",
        "We recommend the best walking gear through an independent review process, and advertisers do not influence our picks.",
        "This slideshow requires JavaScript.",
    ])
    func noticesAreDroppedByText(line: String) throws {
        let extraction = try Support.extractArticle(end: "<p>\(line)</p>")
        Support.expectArticle(extraction)
        Support.expectDropped([String(line.prefix(40))], in: extraction)
    }

    @Test("a heading that opens \"More on …:\" over a section of the page, and a sentence that starts with \"Follow\", are kept")
    func moreOnHeadingAndFollowSentenceAreKept() throws {
        let section = """
            <h2>More on the lock keepers:</h2>
            <p>Follow the towpath east from the lock and the keepers' cottages appear one after another, each with its \
            own small garden, its own bench and its own view of the water, as they have for two hundred years.</p>
            """
        let extraction = try Support.extractArticle(middle: section)
        Support.expectArticle(extraction)
        Support.expectKept(["More on the lock keepers:", "Follow the towpath east"], in: extraction)
    }

    @Test("a paragraph that reports on subscriptions and donations in the third person is kept")
    func storyAboutSubscriptionsIsKept() throws {
        let story = """
            <p>Subscribers to the trust's newsletter can now sign up for guided walks, and donations to the appeal rose \
            sharply after the logbook was found, the treasurer said.</p>
            """
        let extraction = try Support.extractArticle(middle: story)
        Support.expectArticle(extraction)
        Support.expectKept(["Subscribers to the trust's newsletter", "donations to the appeal rose"], in: extraction)
    }

    @Test("comment, rating and login labels, author-box and contents titles, and story pagers are dropped by their text", arguments: [
        "Keine Kommentare", "Leave a reply", "You must be logged in to post a comment.", "Sie sind nicht eingeloggt.",
        "Artikel bewerten", "Escucha esta nota aquí", "Über den Autor", "About the author",
        "Nächster Artikel: Die Brücke am Fluss", "Next article", "(Noch keine Bewertungen)",
        "Bitte registrieren Sie sich und halten Sie sich an unsere Netiquette.",
        "Der Beitrag wurde am Mittwoch, den 4. März 2026 um 15:21 Uhr veröffentlicht.",
        "Video verfügbar bis 28.02.2026", "Weiterführende Links", "Haftungsbeschränkung für externe Links",
        "The lock gates at dawn. © Valley Photo Agency", "Ann Marsh at the lock, photo: Courier archive",
        "Beitragsbild: Die Schleuse im Winter", "Artikel teilen:", "segunda-feira, 22 de janeiro de 2026 às 0:13",
        "Mittwoch, 4. März 2026, 15:21 Uhr", "Image 1 of 5", "(Image credit: Valley Photo Agency)",
        "http://courier.example/uploads/2026/03/lock-gates.jpg 540 960 admin", "Mehr Geschichten vom Kanal:",
        "Abbildung 4: Das Schleusentor im Querschnitt.", "No votes so far! Be the first to rate this post.",
        "Table of Contents", "Inhaltsverzeichnis", "Already have an account? Log in", "Was this article helpful?",
        "This entry was posted on Wednesday, March 4th, 2026 at 3:21 pm and is filed under Canals. You can follow any responses to this entry through the RSS feed.",
    ])
    func interactionLabelsAreDroppedByText(line: String) throws {
        let extraction = try Support.extractArticle(end: "<p>\(line)</p>")
        Support.expectArticle(extraction)
        Support.expectDropped([line], in: extraction)
    }

    @Test("cross-references to other stories are dropped in several languages", arguments: [
        "Read more:", "Read also:", "See also:", "Lesen Sie auch:", "À lire aussi :", "Lee también:", "Leggi anche:",
        "Читайте также:", "Weitere Infos unter", "More information at",
    ])
    func crossReferencesAreDropped(opening: String) throws {
        let extraction = try Support.extractArticle(
            middle: "<p><strong>\(opening)</strong> <a href=\"/barrier\">Council votes on the new flood barrier</a></p>")
        Support.expectArticle(extraction)
        Support.expectDropped([opening, "new flood barrier"], in: extraction)
    }

    @Test("lead-ins of lists of other stories are dropped, with or without a link in them", arguments: [
        "Das könnte Sie auch interessieren:", "Lesen Sie auch diese Beiträge:", "Auch lesen:",
        "You might also like", "Contenido relacionado", "Articles qui pourraient vous intéresser",
    ])
    func relatedLeadInsAreDropped(line: String) throws {
        let extraction = try Support.extractArticle(
            end: "<p>\(line)</p><ul><li><a href=\"/barrier\">Council votes on the new flood barrier</a></li></ul>")
        Support.expectArticle(extraction)
        Support.expectDropped([line, "new flood barrier"], in: extraction)
    }

    @Test("an image file name leaking as text is dropped")
    func imageFileNamesAreDropped() throws {
        let extraction = try Support.extractArticle(
            middle: """
                <figure><img src="/uploads/lower-lock-gates-1200x800.jpg" alt=""><figcaption>lower-lock-gates-1200x800.jpg</figcaption></figure>
                <p>IMG_2041.JPG</p>
                """)
        Support.expectArticle(extraction)
        Support.expectDropped(["lower-lock-gates-1200x800.jpg", "IMG_2041"], in: extraction)
    }

    @Test("picture captions and credits beside the story are dropped")
    func captionsBesideTheStoryAreDropped() throws {
        let extraction = try Support.extractArticle(
            middle: """
                <figure><img src="/gates.jpg" alt=""><figcaption>The lower lock gates at Marrowfield, seen from the
                towpath on a wet morning last spring. Photo: Valley Courier archive</figcaption></figure>
                <div class="wp-caption"><img src="/cellar.jpg" alt=""><p class="wp-caption-text">Volunteers in the cellar
                where the logbook was found, after the water had been pumped out.</p></div>
                """)
        Support.expectArticle(extraction)
        Support.expectDropped(["lower lock gates at Marrowfield", "Volunteers in the cellar"], in: extraction)
    }

    @Test("on a gallery page the captions are the story and stay")
    func galleryCaptionsAreKept() throws {
        let slides = [
            "The lower gates, rebuilt in oak by the canal trust after the flood of 1968 had torn the old ones from their hinges.",
            "The keeper's cottage, where the logbook lay in the cellar for more than fifty years before the volunteers found it.",
            "The balance beams, painted white each spring by the same family of boaters who have moored below the lock since the war.",
            "The overflow weir in winter, when the river runs high enough to cover the towpath and the lock has to be closed.",
        ]
        let figures = slides.map { "<figure class=\"slide\"><img src=\"/s.jpg\" alt=\"\"><figcaption>\($0)</figcaption></figure>" }
        let html = """
            <!DOCTYPE html><html lang="en"><head><title>Marrowfield lock in pictures</title></head><body>
            <nav><a href="/">Front page</a> <a href="/galleries">Galleries</a></nav>
            <article><h1>Marrowfield lock in pictures</h1>
            <p>A walk around the lock, in four pictures.</p>
            \(figures.joined(separator: "\n"))
            </article></body></html>
            """
        let extraction = try Support.extract(html)
        Support.expectKept(["rebuilt in oak by the canal trust", "painted white each spring", "the lock has to be closed"], in: extraction)
        Support.expectDropped(["Galleries"], in: extraction)
    }

    @Test("read-more links, cross-references and pagination are dropped")
    func readMoreAndPaginationAreDropped() throws {
        let extraction = try Support.extractArticle(
            middle: """
                <p><strong>Read more:</strong> <a href="/flood-barrier">Council votes on the new flood barrier</a></p>
                """,
            end: """
                <p><a href="/logbook/part-2">Continue reading</a></p>
                <div class="pagination"><a href="?p=1">Previous</a> <a href="?p=1">1</a> <span>2</span>
                <a href="?p=3">3</a> <a href="?p=3">Next</a></div>
                """)
        Support.expectArticle(extraction)
        Support.expectDropped(
            ["Read more:", "Council votes on the new flood barrier", "Continue reading", "Previous", "Next"],
            in: extraction)
    }

    @Test("a table of contents on a docs page is dropped; each heading appears once")
    func tableOfContentsIsDropped() throws {
        let html = """
            <!DOCTYPE html><html lang="en"><head><title>Gauge reader guide</title></head><body>
            <main class="docs">
            <div class="toc"><p>On this page</p><ul>
            <li><a href="#install">Installing the gauge reader</a></li>
            <li><a href="#calibrate">Calibrating against the staff gauge</a></li>
            <li><a href="#export">Exporting the readings</a></li></ul></div>
            <h2 id="install">Installing the gauge reader</h2>
            <p>The reader is fixed to the lock wall with two bolts, above the highest flood mark you can find, so that
            the sensor looks straight down at the water. Before you tighten the bolts, check that the cable can reach
            the logger box without being stretched, and that nothing hangs over the water where the sensor can see it.</p>
            <h2 id="calibrate">Calibrating against the staff gauge</h2>
            <p>Once a month, read the painted staff gauge by eye and type the value into the logger. The reader
            compares it with its own measurement and corrects the drift, which is usually a few millimetres in a
            warm month. If the difference is larger than a hand's width, the sensor has probably been knocked and
            should be checked before the next flood.</p>
            <h2 id="export">Exporting the readings</h2>
            <p>The logger keeps a year of readings in its memory. Connect it to a laptop with the cable in the box,
            choose the export button, and the readings are saved as a spreadsheet with one row for every quarter of an
            hour, which the canal trust can then add to its own records of the water level.</p>
            </main></body></html>
            """
        let extraction = try Support.extract(html)
        Support.expectKept(["The reader is fixed to the lock wall", "read the painted staff gauge", "The logger keeps a year"], in: extraction)
        Support.expectDropped(["On this page"], in: extraction)
        for heading in ["Installing the gauge reader", "Calibrating against the staff gauge", "Exporting the readings"] {
            #expect(
                Support.occurrences(of: heading, in: extraction.text) <= 1,
                "the table of contents entry \"\(heading)\" was kept\n\(Support.explain(extraction))")
        }
    }

    @Test("tag lists are dropped")
    func tagListsAreDropped() throws {
        let extraction = try Support.extractArticle(
            end: """
                <ul class="post-tags"><li><a href="/tag/canals">canals</a></li><li><a href="/tag/archives">archives</a></li>
                <li><a href="/tag/volunteering">volunteering</a></li></ul>
                """)
        Support.expectArticle(extraction)
        Support.expectDropped(["archives", "volunteering"], in: extraction)
    }

    @Test("search forms are dropped")
    func searchFormsAreDropped() throws {
        let extraction = try Support.extractArticle(
            top: """
                <div role="search"><form action="/search"><label>Search the Courier archive</label>
                <input name="q"><button>Find stories</button></form></div>
                """)
        Support.expectArticle(extraction)
        Support.expectDropped(["Search the Courier archive", "Find stories"], in: extraction)
    }

    @Test("a run of four alike teaser cards after the article is dropped")
    func teaserCardGridIsDropped() throws {
        func card(_ slug: String, _ title: String, _ blurb: String) -> String {
            """
            <div class="card"><h3><a href="/\(slug)">\(title)</a></h3><p>\(blurb)</p></div>
            """
        }
        let grid = """
            <section class="grid">
            \(card("ferry", "The last ferryman of Holt Crossing", "After forty years on the river he hands over the oars to his niece."))
            \(card("eels", "Why the eels are coming back to the Brook", "Cleaner water and a new fish pass have changed the lower reaches."))
            \(card("bridge", "Repairs begin on the packhorse bridge", "Stonemasons expect the work to last until the end of the summer."))
            \(card("fair", "Photos from the Marrowfield spring fair", "Sheep, cakes and a tug of war across the old canal basin."))
            </section>
            """
        let extraction = try Support.extractArticle(afterArticle: grid)
        Support.expectArticle(extraction)
        Support.expectDropped(
            ["last ferryman", "eels are coming back", "packhorse bridge", "spring fair", "hands over the oars",
             "new fish pass", "Stonemasons expect", "tug of war"],
            in: extraction)
    }

    @Test("teaser cards whose class lists vary per card (post ids, categories) are still one run")
    func teaserCardsWithPerCardClassesAreDropped() throws {
        func card(_ id: Int, _ category: String, _ title: String, _ blurb: String) -> String {
            """
            <div class="teaser post-\(id) category-\(category) has-thumbnail">
            <h3><a href="/\(id)">\(title)</a></h3><p>\(blurb)</p></div>
            """
        }
        let grid = """
            <section>
            \(card(3494524, "river", "The last ferryman of Holt Crossing", "After forty years on the river he hands over the oars to his niece."))
            \(card(3493722, "nature", "Why the eels are coming back to the Brook", "Cleaner water and a new fish pass have changed the lower reaches."))
            \(card(3492810, "heritage", "Repairs begin on the packhorse bridge", "Stonemasons expect the work to last until the end of the summer."))
            \(card(3491177, "events", "Photos from the Marrowfield spring fair", "Sheep, cakes and a tug of war across the old canal basin."))
            </section>
            """
        let extraction = try Support.extractArticle(afterArticle: grid)
        Support.expectArticle(extraction)
        Support.expectDropped(["last ferryman", "hands over the oars", "new fish pass", "Stonemasons expect", "tug of war"], in: extraction)
    }

    @Test("teaser cards that open with a category label are still teasers when their blurb is cut short")
    func labelledTeaserCardsWithExcerptsAreDropped() throws {
        func card(_ title: String, _ blurb: String) -> String {
            """
            <div class="pre-content"><div class="categories">Front Page</div>
            <div class="title"><a href="/story">\(title)</a></div><div class="date">May 4, 2024</div>
            <div class="body">\(blurb)...</div></div>
            """
        }
        let grid = """
            <div class="more"><div class="label">ALSO IN THE NEWS</div>
            \(card("The last ferryman of Holt Crossing", "After forty years on the river he hands over the oars to his niece, who"))
            \(card("Why the eels are coming back to the Brook", "Cleaner water and a new fish pass have changed the lower reaches, and"))
            \(card("Repairs begin on the packhorse bridge", "Stonemasons expect the work to last until the end of the summer, when"))
            </div>
            """
        let extraction = try Support.extractArticle(afterArticle: grid)
        Support.expectArticle(extraction)
        Support.expectDropped(["hands over the oars", "new fish pass", "Stonemasons expect"], in: extraction)
    }

    @Test("teaser cards are measured by their visible text, not the indentation of their markup")
    func deeplyIndentedTeaserCardsAreDropped() throws {
        let pad = String(repeating: " ", count: 120)
        func card(_ slug: String, _ title: String, _ blurb: String) -> String {
            """
            <li class="list-item">\(pad)<div class="card">\(pad)<div class="media"><a href="/\(slug)"><img src="/\(slug).jpg" alt=""></a></div>\(pad)
            <div class="info">\(pad)<h5 class="title"><a href="/\(slug)">\(title)</a></h5>\(pad)<div class="author"><a href="/a">Ann Lee</a></div>\(pad)
            <div class="description">\(pad)\(blurb)\(pad)</div></div></div></li>
            """
        }
        let blurb = "A long look at how the towpath was rebuilt after the winter floods, who paid for it and what the boat clubs think of the new surface."
        let grid = """
            <ul class="more">
            \(card("ferry", "The last ferryman of Holt Crossing", blurb))
            \(card("eels", "Why the eels are coming back to the Brook", blurb.replacingOccurrences(of: "towpath", with: "weir")))
            \(card("bridge", "Repairs begin on the packhorse bridge", blurb.replacingOccurrences(of: "towpath", with: "lock gate")))
            \(card("fair", "Photos from the Marrowfield spring fair", blurb.replacingOccurrences(of: "towpath", with: "basin")))
            </ul>
            """
        let extraction = try Support.extractArticle(afterArticle: grid)
        Support.expectArticle(extraction)
        Support.expectDropped(["how the towpath was rebuilt", "how the weir was rebuilt", "how the basin was rebuilt"], in: extraction)
    }

    @Test("forum posts whose heading links the poster's name are posts, not teaser cards")
    func postsWithLinkedUserNamesAreNotTeasers() throws {
        func post(_ user: String, _ text: String) -> String {
            """
            <div class="message"><div class="user"><h4 class="message-name"><a href="/members/\(user)">\(user)</a></h4>
            <dl><dt>Joined</dt><dd>Oct 7, 2009</dd></dl></div>
            <div class="message-body"><p>\(text)</p></div></div>
            """
        }
        let html = """
            <html><head><title>Which lock gate grease lasts the winter?</title></head><body>
            <h1>Which lock gate grease lasts the winter?</h1><div class="thread">
            \(post("barrowman", "Our gates seize every January. Which grease have you found that still works after a month of frost?"))
            \(post("kellyboat", "The marine lithium kind has lasted two winters on our paddles, though it needs wiping off every spring."))
            \(post("hollis", "We gave up on grease and fitted bronze bushes instead; costly, but nobody has touched them since."))
            \(post("pennywhistle", "Whatever you use, clean the old grease out first or the new stuff just slides around on top of it."))
            </div></body></html>
            """
        let extraction = try Support.extract(html)
        for phrase in ["Our gates seize", "marine lithium", "bronze bushes", "clean the old grease"] {
            #expect(extraction.text.contains(phrase), "\(phrase)\n\(Support.explain(extraction))")
        }
    }

    @Test("alike sections that open with a plain heading and link further down are content, not teaser cards")
    func builderSectionsWithButtonsAreKept() throws {
        func section(_ n: Int, _ heading: String, _ text: String) -> String {
            """
            <div class="section section_\(n)"><h2>\(heading)</h2><p>\(text)</p>
            <a class="button" href="/join">Find out how to join the volunteers</a></div>
            """
        }
        let sections = """
            <div>
            \(section(1, "Reading", "One volunteer reads each line aloud."))
            \(section(2, "Typing", "The other types it into the archive."))
            \(section(3, "Checking", "Then they swap and check every word."))
            </div>
            """
        let extraction = try Support.extractArticle(middle: sections)
        Support.expectArticle(extraction)
        Support.expectKept(["reads each line aloud", "types it into the archive", "swap and check every word"], in: extraction)
    }

    @Test("a site footer's paragraph longer than a short story is still the footer")
    func longFooterParagraphUnderShortStoryIsDropped() throws {
        let html = """
            <!DOCTYPE html><html lang="en"><head><title>Lock gates reopen | Valley Courier</title></head><body>
            <main><h1>Lock gates reopen</h1>
            <div class="story-body">The gates of the Marrowfield lock opened on Tuesday for the first time in a decade, \
            and two narrowboats passed through before noon while a small crowd watched from the towpath.</div>
            <div class="story-body">The trust that restored them says the towpath will stay open through the winter, \
            and volunteers will keep the logbook at the lock cottage for anyone who wants to read it.</div>
            </main>
            <div class="footer-wrap"><div class="footer-text">The Valley Courier reader service can be reached with any \
            questions or requests by telephone on weekdays between nine and five, and on Saturdays between nine and noon, \
            or by letter to the office above the old corn exchange; the service handles subscriptions, deliveries, \
            archive orders and the return of photographs lent to the paper by its readers, and it answers letters \
            about corrections within a week of their arrival at the office, by post or by telephone as the reader prefers, \
            and it keeps the paper's records of births, marriages and deaths for anyone who asks to see them.</div></div>
            </body></html>
            """
        let extraction = try Support.extract(html)
        Support.expectKept(["The gates of the Marrowfield lock opened"], in: extraction)
        Support.expectDropped(["reader service can be reached"], in: extraction)
    }

    @Test("a long line that recurs three times inside the story (a plan's daily meal) stays")
    func longRecurringLineInStoryIsKept() throws {
        let day = """
            <p>Breakfast for the walk: two boiled eggs, a slice of rye toast with butter, an apple and a flask of tea.</p>
            """
        let extraction = try Support.extractArticle(
            middle: "<h2>Day one</h2>\(day)<h2>Day two</h2>\(day)<h2>Day three</h2>\(day)")
        Support.expectArticle(extraction)
        #expect(Support.occurrences(of: "two boiled eggs", in: extraction.text) == 3, "\(Support.explain(extraction))")
    }

    @Test("short labels under a heading that recurs three times (a plan's days) stay")
    func recurringSectionLabelsAreKept() throws {
        func day(_ meal: String) -> String {
            "<h3>Midday stop</h3><p>Eat before the long climb</p><p>\(meal)</p>"
        }
        let extraction = try Support.extractArticle(
            middle: day("A pasty from the bakery at the bridge, with an apple and a flask of tea for the ridge.")
                + day("Cheese and pickle rolls packed the night before, eaten by the reservoir wall in the sun.")
                + day("Soup at the hut below the pass, and a slab of fruit cake kept back for the descent."))
        Support.expectArticle(extraction)
        #expect(Support.occurrences(of: "Midday stop", in: extraction.text) == 3, "\(Support.explain(extraction))")
        #expect(Support.occurrences(of: "Eat before the long climb", in: extraction.text) == 3, "\(Support.explain(extraction))")
    }

    @Test("a plan whose second week repeats the first week's dishes keeps both weeks")
    func repeatedWeekOfRecurringSectionsIsKept() throws {
        let dishes = [
            "A pasty from the bakery at the bridge, with an apple and a flask of tea for the ridge.",
            "Cheese and pickle rolls packed the night before, eaten by the reservoir wall in the sun.",
            "Soup at the hut below the pass, and a slab of fruit cake kept back for the descent.",
        ]
        let week = dishes.map { "<h3>Lunch at the pass</h3><p>Eat before the long climb</p><p>\($0)</p>" }.joined()
        let extraction = try Support.extractArticle(middle: "<h2>Week one</h2>\(week)<h2>Week two</h2>\(week)")
        Support.expectArticle(extraction)
        for dish in ["A pasty from the bakery", "Cheese and pickle rolls", "Soup at the hut"] {
            #expect(Support.occurrences(of: dish, in: extraction.text) == 2, "\(Support.explain(extraction))")
        }
    }

    @Test("a table cell holding a lone four-digit number is data, not a date line")
    func loneFourDigitNumberInTableIsKept() throws {
        let table = """
            <table><tr><th>Crew</th><th>Points</th><th>Wins</th></tr>
            <tr><td>Holt Crossing</td><td>5040</td><td>5</td></tr>
            <tr><td>Marrowfield</td><td>2380</td><td>2</td></tr>
            <tr><td>Upper Brook</td><td>2019</td><td>1</td></tr></table>
            """
        let extraction = try Support.extractArticle(middle: table)
        Support.expectArticle(extraction)
        Support.expectKept(["5040", "2380", "2019", "Upper Brook"], in: extraction)
    }

    @Test("a post embedded in the story (a quoted tweet in a social-media-embed box) stays")
    func embeddedSocialPostIsKept() throws {
        let embed = """
            <div class="social-media-embed"><blockquote class="twitter-tweet"><p>The lock gates at Marrowfield opened \
            this morning for the first time in ten years, and the whole village came down to the towpath to watch.</p>\
            — Valley Courier (@valleycourier) March 4, 2026</blockquote></div>
            """
        let extraction = try Support.extractArticle(middle: embed)
        Support.expectArticle(extraction)
        Support.expectKept(["the whole village came down to the towpath"], in: extraction)
    }

    @Test("a long feed of teaser cards beside a story of its own is dropped, however much of the page it holds")
    func longTeaserFeedBesideStoryIsDropped() throws {
        let stories = [
            ("The last ferryman of Holt Crossing", "After forty years on the river he hands over the oars to his niece, who learned the crossing as a child."),
            ("Why the eels are coming back to the Brook", "Cleaner water and a new fish pass have changed the lower reaches, and the anglers have noticed it first."),
            ("Repairs begin on the packhorse bridge", "Stonemasons expect the work to last until the end of the summer, and the ford will stay open meanwhile."),
            ("Photos from the Marrowfield spring fair", "Sheep, cakes and a tug of war across the old canal basin, which the home team lost for the third year."),
            ("A new bus to the market towns", "The council has agreed a trial of a weekly bus to the market towns, starting with the first week of May."),
            ("The choir sings at the lock", "Forty singers gathered at the lock cottage on Sunday evening to raise money for the restoration fund."),
        ]
        let cards = stories.enumerated().map { i, story in
            "<div class=\"card\"><h3><a href=\"/story/\(i)\">\(story.0)</a></h3><p>\(story.1)</p></div>"
        }.joined(separator: "\n")
        let html = """
            <!DOCTYPE html><html lang="en"><head><title>\(Support.pageTitle)</title></head><body><main>
            <div class="story-body" itemprop="articleBody"><h1>\(Support.headline)</h1>
            \(Support.paragraphs.map { "<p>\($0)</p>" }.joined(separator: "\n"))</div>
            <div class="feed">\(cards)</div>
            </main></body></html>
            """
        let extraction = try Support.extract(html)
        Support.expectArticle(extraction)
        Support.expectDropped(["hands over the oars", "new fish pass", "tug of war", "weekly bus", "Forty singers"], in: extraction)
    }

    @Test("a list of other stories, each a linked title and an excerpt cut short with an ellipsis, is dropped")
    func excerptListWithEllipsesIsDropped() throws {
        let ticker = """
            <div class="ticker"><ul>
            <li><a href="/ferry">The last ferryman of Holt Crossing retires</a> <span>HOLT CROSSING: After forty years on the \
            river the ferryman hands over the oars to his niece, who says she will keep the old...</span></li>
            <li><a href="/eels">Why the eels are coming back to the Brook</a> <span>UPPER BROOK: Cleaner water and a new \
            fish pass have changed the lower reaches of the river, where anglers report…</span></li>
            <li><a href="/bridge">Repairs begin on the packhorse bridge</a> <span>MARROWFIELD: Stonemasons expect the work \
            on the old bridge to last until the end of the summer, the trust said on [...]</span></li>
            </ul></div>
            """
        let extraction = try Support.extractArticle(start: ticker)
        Support.expectArticle(extraction)
        Support.expectDropped(["hands over the oars", "new fish pass", "Stonemasons expect"], in: extraction)
    }

    @Test("a digest's list items, each a long linked sentence and its gloss, are text; a menu's short linked items are not")
    func longLinkedListItemsAreKept() throws {
        let digest = """
            <ol>
            <li><a href="/lock">The lock keepers of Marrowfield kept a logbook for almost two centuries, and volunteers</a> \
            found it in a flooded cellar last spring, according to the trust.</li>
            <li><a href="/bridge">Stonemasons expect the repairs on the old packhorse bridge to last until the end of summer,</a> \
            and the ford below it will stay open meanwhile.</li>
            </ol>
            """
        let menu = """
            <ul class="links"><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul>
            """
        let extraction = try Support.extractArticle(middle: digest, end: menu)
        Support.expectArticle(extraction)
        Support.expectKept(["kept a logbook for almost two centuries", "the ford below it will stay open"], in: extraction)
        Support.expectDropped(["Weather"], in: extraction)
    }

    @Test("hidden elements are dropped", arguments: [
        "<div hidden>",
        "<div aria-hidden=\"true\">",
        "<div style=\"display: none\">",
        "<div style=\"color:red; DISPLAY:NONE\">",
        "<div style=\"visibility: hidden\">",
    ])
    func hiddenElementsAreDropped(openingTag: String) throws {
        // The hidden text is prose, so that only the hiding can drop it.
        let hidden = """
            \(openingTag)<p>This paragraph was written for an earlier version of the story, when the volunteers still
            believed the logbook had been lost in the great flood, and it should never be shown to a reader of the page.</p></div>
            """
        let extraction = try Support.extractArticle(middle: hidden)
        Support.expectArticle(extraction)
        Support.expectDropped(["written for an earlier version of the story"], in: extraction)
    }

    @Test("text for screen readers alone is not shown; a block so classed stays",
          arguments: ["sr-only", "visually-hidden", "u-visuallyhidden", "screen-reader-text"])
    func screenReaderTextIsDropped(className: String) throws {
        let middle = """
            <p><span class="\(className)">Note for screen readers:</span> The ferry timetable changes in spring, when the
            river runs high and the crossing takes twice as long as in the dry months, so plan the trip with a margin.</p>
            <div class="\(className)"><p>The volunteers keep a spare boat at the lower landing, moored beside the old toll
            house, for the weeks when the main ferry is out of the water for its yearly overhaul.</p></div>
            """
        let extraction = try Support.extractArticle(middle: middle)
        Support.expectArticle(extraction)
        Support.expectDropped(["Note for screen readers"], in: extraction)
        Support.expectKept(["The ferry timetable changes in spring", "The volunteers keep a spare boat at the lower landing"], in: extraction)
    }

    @Test("scripts, styles, templates, iframes and form controls never give text")
    func neverContentTagsAreDropped() throws {
        let extraction = try Support.extractArticle(
            start: """
                <script>var teaser = "A script string that must never be shown as part of the story text";</script>
                <style>.story::before { content: "A style rule that must never be shown"; }</style>
                """,
            middle: """
                <template><p>A template paragraph that is only cloned by a script, and that must never be shown to a reader
                of this page, however much it looks like the rest of the story around it.</p></template>
                <iframe src="/embed">An iframe fallback text that must never be shown</iframe>
                """,
            end: """
                <form><select><option>Sort comments by newest first</option></select>
                <textarea>A draft comment that must never be shown</textarea><button>Post your comment</button></form>
                """)
        Support.expectArticle(extraction)
        Support.expectDropped(
            ["A script string", "A style rule", "A template paragraph", "An iframe fallback", "Sort comments by newest",
             "A draft comment", "Post your comment"],
            in: extraction)
    }

    @Test("a link marked rel=sponsored is dropped", arguments: ["sponsored", "nofollow sponsored"])
    func relSponsoredLinkIsDropped(rel: String) throws {
        let extraction = try Support.extractArticle(
            middle: """
                <p><a rel="\(rel)" href="https://broadband.example/trial">Try Brightwave fibre broadband free for a month</a></p>
                """)
        Support.expectArticle(extraction)
        Support.expectDropped(["Brightwave"], in: extraction)
    }
}

@Suite("Class-word fragments")
struct ClassWordFragmentTests {
    /// The definition the fast search must keep: the first fragment, in list order, that the
    /// word contains.
    private func expectedFamily(_ word: String) -> BoilerplateFamily? {
        AttributeRules.wordFragments.first { word.contains($0.0) }?.1
    }

    @Test("each fragment is found inside a longer word, and the first listed fragment wins")
    func fragmentsInsideWords() {
        for (fragment, _) in AttributeRules.wordFragments {
            for word in ["zz\(fragment)zz", "\(fragment)zz", "zz\(fragment)", "sharingzz\(fragment)"] {
                let verdict = AttributeRules.classify(ArraySlice(Array(word.utf8)))
                #expect(verdict.family == expectedFamily(word), "\(word)")
            }
        }
    }

    @Test("a word holding no fragment gets no family from fragments")
    func noFragment() {
        #expect(AttributeRules.classify(ArraySlice(Array("zzqqzzqq".utf8))).family == nil)
    }
}

@Suite("Content hints of class words")
struct ContentHintTests {
    private func hint(_ value: String) -> Bool {
        AttributeRules.classify(ArraySlice(Array(value.utf8))).contentHint
    }

    @Test("a content word in a layout utility class is no content hint",
          arguments: ["is-content-justification-left", "justify-content-between", "align-content-center", "has-text-align-center"])
    func layoutUtilityIsNoHint(value: String) {
        #expect(!hint(value))
    }

    @Test("a content word beside a menu's name names the menu, not the content",
          arguments: ["main-nav", "MainNavigationItem", "menu-content", "post-menu"])
    func menuWordIsNoHint(value: String) {
        #expect(!hint(value))
    }

    @Test("a content word after a box's name is that box's inside, not the page's content",
          arguments: ["card-body", "PlaylistModule-body", "panel-content"])
    func boxInsideIsNoHint(value: String) {
        #expect(!hint(value))
    }

    @Test("content words on their own still hint", arguments: ["entry-content", "post-body", "main", "text-block"])
    func contentWordsHint(value: String) {
        #expect(hint(value))
    }

    @Test("a category, collection, archive or result list's header is that page's own, not the site header",
          arguments: ["category-header", "collection-header__intro", "archive-header", "product-list-header",
                      "listing-header", "search-results-header"])
    func listingPageHeaderIsNoSiteHeader(value: String) {
        #expect(AttributeRules.classify(ArraySlice(Array(value.utf8))).family == nil)
        #expect(AttributeRules.classify(ArraySlice(Array("site-header".utf8))).family == .header)
    }

    @Test("a product's header is that product's own, not the site header",
          arguments: ["product-header", "ProductHeader__title", "product__header"])
    func productHeaderIsNoSiteHeader(value: String) {
        #expect(AttributeRules.classify(ArraySlice(Array(value.utf8))).family == nil)
    }

    @Test("a utility class's bracketed value is CSS, not a name for the element",
          arguments: ["sticky top-[var(--nav-height)] w-full", "h-[calc(100vh-var(--header-height))]", "bg-[url('/img/footer.png')]"])
    func bracketedUtilityValueNamesNothing(value: String) {
        #expect(AttributeRules.classify(ArraySlice(Array(value.utf8))).family == nil)
        // The words outside the brackets still count.
        #expect(AttributeRules.classify(ArraySlice(Array((value + " main-nav").utf8))).family == .navigation)
    }
}
