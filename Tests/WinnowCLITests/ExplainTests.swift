import Foundation
import Testing

@Suite("winnow explain")
struct ExplainTests {
    @Test func tableListsEveryBlockWithItsDecision() throws {
        let dir = try TemporaryDirectory()
        try dir.write("page.html", Pages.article())
        let result = try CLI.run(["explain", "--width", "0", "page.html"], in: dir.url)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        let header = try #require(lines.first)
        for column in ["DECISION", "KIND", "WORDS", "LINK%", "STOP%", "REASON", "PATH", "TEXT"] {
            #expect(header.contains(column))
        }
        #expect(lines.contains { $0.contains("kept") && $0.contains("Overnight trains will once again") })
        #expect(lines.contains { $0.contains("dropped") })
        #expect(lines.last?.contains("blocks kept") == true)
    }

    @Test func widthCutsLines() throws {
        let dir = try TemporaryDirectory()
        try dir.write("page.html", Pages.article())
        let result = try CLI.run(["explain", "--width", "60", "page.html"], in: dir.url)
        #expect(result.status == 0)
        for line in result.stdout.split(separator: "\n").dropLast() {
            #expect(line.count <= 60, "\(line)")
        }
    }

    @Test func jsonHasEveryBlockWithFeatures() throws {
        let dir = try TemporaryDirectory()
        try dir.write("page.html", Pages.article())
        let result = try CLI.run(["explain", "--format", "json", "page.html"], in: dir.url)
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: result.stdoutData) as? [String: Any])
        let decisions = try #require(object["decisions"] as? [[String: Any]])
        #expect(decisions.count == object["blocks"] as? Int)
        #expect(!decisions.isEmpty)
        for (i, block) in decisions.enumerated() {
            #expect(block["index"] as? Int == i)
            for key in ["kept", "decision", "reason", "kind", "words", "linkDensity", "stopWordDensity", "path", "text"] {
                #expect(block[key] != nil, "block \(i) lacks \(key)")
            }
        }
        #expect(decisions.contains { $0["kept"] as? Bool == true && ($0["text"] as? String)?.contains("Overnight trains") == true })
    }

    @Test func readsStandardInput() throws {
        let result = try CLI.run(["explain", "--width", "0"], stdin: Data(Pages.article().utf8))
        #expect(result.status == 0)
        #expect(result.stdout.contains("Overnight trains"))
    }

    @Test func aMissingFileExitsWithOne() throws {
        let result = try CLI.run(["explain", "nowhere.html"])
        #expect(result.status == 1)
        #expect(result.stderr == "winnow: nowhere.html: no such file or directory\n")
    }
}
