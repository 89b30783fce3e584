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

    /// The printed diff, applied to the expected file, gives the actual output: checked on
    /// many edits scattered over a long page.
    @Test(arguments: Array(UInt64(1)...20))
    func theDiffTurnsExpectedIntoActual(seed: UInt64) throws {
        let dir = try TemporaryDirectory()
        let paragraphs = (0..<40).map { i in
            "Paragraph \(i) tells the story of the night train, the valley and the people who waited for its return through the long winter of the year \(1990 + i)."
        }
        let page = Pages.article().replacingOccurrences(
            of: "<p>\(Pages.uniqueSentence)</p>", with: paragraphs.map { "<p>\($0)</p>" }.joined(separator: "\n"))
        try dir.write("samples/long/page.html", page)
        let actual = try CLI.run(["samples/long/page.html"], in: dir.url).stdout
        var lines = actual.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines.removeLast()  // the final newline
        var random = SeededRandom(seed: seed)
        for _ in 0..<8 {
            let at = Int(random.next() % UInt64(lines.count))
            switch random.next() % 3 {
            case 0: lines.remove(at: at)
            case 1: lines.insert("An inserted line \(random.next() % 1000).", at: at)
            default: lines[at] = "A changed line \(random.next() % 1000)."
            }
        }
        // check ignores newlines at the very end, so an edit must not leave empty last lines.
        while lines.last == "" { lines.removeLast() }
        let expected = lines.joined(separator: "\n") + "\n"
        try dir.write("samples/long/expected.txt", expected)
        let result = try CLI.run(["check", "samples"], in: dir.url)
        #expect(result.status == 1)
        let patched = try applyUnifiedDiff(result.stdout, to: expected)
        #expect(patched == actual)
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

/// A small deterministic generator (SplitMix64) for the diff test's edits.
private struct SeededRandom {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

struct PatchMismatch: Error, CustomStringConvertible {
    var description: String
}

/// Applies the hunks of a unified diff (found in `output`) to a text, checking that every
/// context and removed line matches and that the hunk headers count right.
private func applyUnifiedDiff(_ output: String, to text: String) throws -> String {
    var old = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    old.removeLast()
    var result: [String] = []
    var next = 0  // the next old line not yet copied
    var lines = output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)[...]
    while let line = lines.first {
        lines = lines.dropFirst()
        guard line.hasPrefix("@@ -") else { continue }
        // @@ -start[,count] +start[,count] @@
        let fields = line.split(separator: " ")
        func range(_ field: Substring) -> (Int, Int) {
            let parts = field.dropFirst().split(separator: ",")
            return (Int(parts[0])!, parts.count > 1 ? Int(parts[1])! : 1)
        }
        let (oldStart, oldCount) = range(fields[1])
        let (_, newCount) = range(fields[2])
        let firstOld = oldCount == 0 ? oldStart : oldStart - 1
        guard firstOld >= next else { throw PatchMismatch(description: "hunks overlap at \(line)") }
        result += old[next..<firstOld]
        next = firstOld
        var seenOld = 0, seenNew = 0
        while seenOld < oldCount || seenNew < newCount, let body = lines.first {
            lines = lines.dropFirst()
            let content = String(body.dropFirst())
            switch body.first {
            case " ":
                guard next < old.count, old[next] == content else { throw PatchMismatch(description: "context differs: \(body)") }
                result.append(content)
                next += 1
                seenOld += 1
                seenNew += 1
            case "-":
                guard next < old.count, old[next] == content else { throw PatchMismatch(description: "removal differs: \(body)") }
                next += 1
                seenOld += 1
            case "+":
                result.append(content)
                seenNew += 1
            default:
                throw PatchMismatch(description: "unexpected line in hunk: \(body)")
            }
        }
        guard seenOld == oldCount, seenNew == newCount else { throw PatchMismatch(description: "counts differ in \(line)") }
    }
    result += old[next...]
    return result.joined(separator: "\n") + "\n"
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
