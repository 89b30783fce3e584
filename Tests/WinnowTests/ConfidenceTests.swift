import Testing
@testable import Winnow

@Suite("Confidence and doubts")
struct ConfidenceTests {
    @Test("An article is trusted")
    func article() throws {
        let e = try Extractor().extract(html: JSONRendererTests.page)
        #expect(e.doubts.isEmpty || e.doubts == [.tooShort])
        #expect(e.confidence > 0.3)
    }

    @Test("A JavaScript shell is empty and says so")
    func javascriptShell() throws {
        let script = String(repeating: "window.app.render(document.getElementById('root'));\n", count: 100)
        let html = "<html><head><script>\(script)</script></head><body><div id=\"root\"></div>"
            + "<noscript>You need to enable JavaScript to run this app.</noscript></body></html>"
        let e = try Extractor().extract(html: html)
        #expect(e.doubts.contains(.javascriptShell))
        #expect(e.confidence < 0.2)
    }

    @Test("A paywall teaser is doubted")
    func paywall() throws {
        let html = """
        <html><body><article><h1>Rates Rise Again</h1>
        <p>The central bank raised its main rate for the third time this year, citing stubborn prices in services.</p>
        <p>Subscribe to continue reading this article and get unlimited access.</p></article></body></html>
        """
        let e = try Extractor().extract(html: html)
        #expect(e.doubts.contains(.paywallStub))
    }

    @Test("A page of short list items is probably not an article")
    func notArticle() throws {
        let items = (1 ... 30).map { "<li><a href=\"/p/\($0)\">Product \($0)</a> from 9 euros</li>" }.joined()
        let html = "<html><body><main><ul>\(items)</ul></main></body></html>"
        let e = try Extractor().extract(html: html)
        #expect(e.doubts.contains(.notArticle) || e.doubts.contains(.tooShort))
    }

    @Test("Doubts have stable machine-readable names")
    func names() {
        #expect(Doubt.allCases.map(\.rawValue) == [
            "empty-page", "javascript-shell", "consent-wall", "paywall-stub", "too-short", "not-article",
        ])
    }

    @Test("A consent notice that is most of the page is a consent wall")
    func consentWall() throws {
        let html = """
        <html><body><div class="cookie-consent"><p>We and our partners use cookies and similar technologies to store and access information on your device, to measure audiences and to show you personalised content and advertising. You can accept, refuse or manage your choices at any time.</p>
        <p>By clicking accept you agree to the processing of your data for the purposes described in our privacy policy.</p></div>
        <main><p>Short teaser.</p></main></body></html>
        """
        let e = try Extractor().extract(html: html)
        #expect(e.doubts.contains(.consentWall))
        #expect(e.confidence < 0.3)
    }
}
