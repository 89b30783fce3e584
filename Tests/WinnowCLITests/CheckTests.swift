import Foundation
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite("winnow check")
struct CheckTests {
    /// A samples folder with one sample whose expected text is the binary's own output.
    private func makeSamples(_ names: [String] = ["trains"]) throws -> TemporaryDirectory {
        let dir = try TemporaryDirectory()
        for name in names {
            try dir.write("samples/\(name)/page.html", Pages.article())
            try dir.write("samples/\(name)/README.md", "A test article.\n")
            let current = try CLI.run(["samples/\(name)/page.html"], in: dir.url)
            try #require(current.status == 0)
            try dir.write("samples/\(name)/expected.txt", current.stdoutData)
        }
        return dir
    }

    @Test func aPassingSample() throws {
        let dir = try makeSamples()
        let result = try CLI.run(["check", "samples"], in: dir.url)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.hasSuffix("1 passed, 0 failed\n"))
        // One sample given directly.
        let one = try CLI.run(["check", "samples/trains"], in: dir.url)
        #expect(one.stdout == "1 passed, 0 failed\n")
    }

    @Test func theDefaultFolderIsSamples() throws {
        let dir = try TemporaryDirectory()
        try dir.write("Samples/a/page.html", Pages.article())
        try dir.write("Samples/a/expected.txt", try CLI.run(["Samples/a/page.html"], in: dir.url).stdoutData)
        let result = try CLI.run(["check"], in: dir.url)
        #expect(result.status == 0)
        #expect(result.stdout == "1 passed, 0 failed\n")
    }

    @Test func aFailingSampleShowsAUnifiedDiff() throws {
        let dir = try makeSamples(["good", "bad"])
        var expected = try dir.read("samples/bad/expected.txt")
        expected = expected.replacingOccurrences(of: "Overnight trains", with: "Daytime buses")
        expected += "\nA paragraph that the page does not have.\n"
        try dir.write("samples/bad/expected.txt", expected)
        let result = try CLI.run(["check", "samples"], in: dir.url)
        #expect(result.status == 1)
        let out = result.stdout
        #expect(out.contains("--- samples/bad/expected.txt\n"))
        #expect(out.contains("+++ "))
        #expect(out.contains("\n@@ -1,"))
        #expect(out.contains("\n-Daytime buses will once again connect"))
        #expect(out.contains("\n+Overnight trains will once again connect"))
        #expect(out.contains("\n-A paragraph that the page does not have."))
        #expect(!out.contains("samples/good/expected.txt"))
        #expect(out.hasSuffix("1 passed, 1 failed\n"))
    }

    @Test func updateRewritesTheExpectedFiles() throws {
        let dir = try makeSamples(["one", "two"])
        try dir.write("samples/two/expected.txt", "stale\n")
        let update = try CLI.run(["check", "--update", "samples"], in: dir.url)
        #expect(update.status == 0, "\(update.stderr)")
        #expect(update.stdout.contains("1 expected file updated, 1 unchanged"))
        #expect(try dir.read("samples/two/expected.txt").contains(Pages.uniqueSentence))
        let again = try CLI.run(["check", "samples"], in: dir.url)
        #expect(again.status == 0)
        #expect(again.stdout == "2 passed, 0 failed\n")
    }

    @Test func optionsJSONChoosesFormatsAndOptionsAndGzipPagesWork() throws {
        let dir = try TemporaryDirectory()
        try dir.write("samples/gz/page.html.gz", try CLI.gzip(Data(Pages.article().utf8)))
        try dir.write("samples/gz/options.json", #"{"url": "https://courier.example/trains", "mode": "precision", "includeTables": false, "formats": ["text", "json"]}"#)
        // A missing expected file fails; --update writes both.
        let missing = try CLI.run(["check", "samples"], in: dir.url)
        #expect(missing.status == 1)
        #expect(missing.stdout.contains("expected.txt is missing"))
        #expect(missing.stdout.hasSuffix("0 passed, 2 failed\n"))
        let update = try CLI.run(["check", "--update", "samples"], in: dir.url)
        #expect(update.status == 0)
        #expect(dir.exists("samples/gz/expected.txt"))
        #expect(dir.exists("samples/gz/expected.json"))
        #expect(try dir.read("samples/gz/expected.json").contains("\"title\""))
        let check = try CLI.run(["check", "samples"], in: dir.url)
        #expect(check.stdout == "2 passed, 0 failed\n")
        // --format overrides options.json.
        let onlyText = try CLI.run(["check", "--format", "text", "samples"], in: dir.url)
        #expect(onlyText.stdout == "1 passed, 0 failed\n")
        let markdown = try CLI.run(["check", "--format", "markdown", "samples"], in: dir.url)
        #expect(markdown.status == 1)
        #expect(markdown.stdout.contains("expected.md is missing"))
    }

    @Test func junitReportHasACasePerSampleAndFormat() throws {
        let dir = try makeSamples(["good", "bad"])
        try dir.write("samples/bad/expected.txt", "Something else entirely.\n")
        let result = try CLI.run(["check", "--junit", "report.xml", "samples"], in: dir.url)
        #expect(result.status == 1)
        let data = Data(try dir.read("report.xml").utf8)
        let report = try JUnitShape(data)
        #expect(report.suites.count == 1)
        #expect(report.suites.first?["tests"] == "2")
        #expect(report.suites.first?["failures"] == "1")
        #expect(report.cases.map { $0.attributes["classname"] } == ["bad", "good"])
        #expect(report.cases.map { $0.attributes["name"] } == ["text", "text"])
        #expect(report.cases[0].failure?.contains("@@") == true)
        #expect(report.cases[0].failure?.contains("-Something else entirely.") == true)
        #expect(report.cases[1].failure == nil)
    }

    @Test func badFoldersAndOptionsAreReported() throws {
        let dir = try TemporaryDirectory()
        let missing = try CLI.run(["check", "nowhere"], in: dir.url)
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("winnow: nowhere: no such directory"))
        try dir.write("empty/readme.txt", "nothing")
        let empty = try CLI.run(["check", "empty"], in: dir.url)
        #expect(empty.status == 1)
        try dir.write("broken/s/page.html", Pages.article())
        try dir.write("broken/s/options.json", #"{"mode": "sloppy"}"#)
        let broken = try CLI.run(["check", "broken"], in: dir.url)
        #expect(broken.status == 1)
        #expect(broken.stderr.contains("options.json"))
        let badFormat = try CLI.run(["check", "--format", "pdf", "broken"], in: dir.url)
        #expect(badFormat.status == 2)
    }
}

/// The parts of a JUnit report the tests look at.
private final class JUnitShape: NSObject, XMLParserDelegate {
    struct Case {
        var attributes: [String: String]
        var failure: String?
    }

    var suites: [[String: String]] = []
    var cases: [Case] = []
    private var inFailure = false

    init(_ data: Data) throws {
        super.init()
        let parser = XMLParser(data: data)
        parser.delegate = self
        guard parser.parse() else { throw parser.parserError ?? CocoaError(.propertyListReadCorrupt) }
    }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String]
    ) {
        switch name {
        case "testsuite": suites.append(attributes)
        case "testcase": cases.append(Case(attributes: attributes))
        case "failure":
            inFailure = true
            cases[cases.count - 1].failure = ""
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inFailure { cases[cases.count - 1].failure! += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "failure" { inFailure = false }
    }
}
