import Foundation
import Testing

@Suite("winnow extract")
struct ExtractTests {
    @Test func printsTheMainTextOfAFile() throws {
        let dir = try TemporaryDirectory()
        try dir.write("page.html", Pages.article())
        let result = try CLI.run(["page.html"], in: dir.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains(Pages.uniqueSentence))
        #expect(result.stderr.isEmpty)
    }

    @Test func theExtractSubcommandNameIsOptional() throws {
        let dir = try TemporaryDirectory()
        try dir.write("page.html", Pages.article())
        let implicit = try CLI.run(["page.html"], in: dir.url)
        let explicit = try CLI.run(["extract", "page.html"], in: dir.url)
        #expect(implicit.status == 0)
        #expect(implicit.stdoutData == explicit.stdoutData)
    }

    @Test func readsStandardInputWithoutArgumentsOrWithDash() throws {
        let page = Data(Pages.article().utf8)
        let piped = try CLI.run([], stdin: page)
        #expect(piped.status == 0, "\(piped.stderr)")
        #expect(piped.stdout.contains(Pages.uniqueSentence))
        let dash = try CLI.run(["-"], stdin: page)
        #expect(dash.status == 0)
        #expect(dash.stdoutData == piped.stdoutData)
    }

    @Test func gzipIsRecognisedByContentNotName() throws {
        let dir = try TemporaryDirectory()
        try dir.write("plain.html", Pages.article())
        try dir.write("compressed.dat", try CLI.gzip(Data(Pages.article().utf8)))
        let plain = try CLI.run(["plain.html"], in: dir.url)
        let compressed = try CLI.run(["compressed.dat"], in: dir.url)
        #expect(compressed.status == 0, "\(compressed.stderr)")
        #expect(compressed.stdoutData == plain.stdoutData)
        let piped = try CLI.run([], stdin: try CLI.gzip(Data(Pages.article().utf8)))
        #expect(piped.stdoutData == plain.stdoutData)
    }

    @Test func directoryBatchMirrorsRelativePathsUnderOutput() throws {
        let dir = try TemporaryDirectory()
        try dir.write("site/index.html", Pages.article(title: "Index"))
        try dir.write("site/news/2025/trains.htm", Pages.article(title: "Trains"))
        try dir.write("site/news/archive.html.gz", try CLI.gzip(Data(Pages.article(title: "Archive").utf8)))
        try dir.write("site/notes.txt", "not a page")
        try dir.write("site/.hidden/secret.html", Pages.article())
        let result = try CLI.run(["--output", "out", "--quiet", "site"], in: dir.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        for file in ["out/index.txt", "out/news/2025/trains.txt", "out/news/archive.txt"] {
            #expect(dir.exists(file), "\(file) missing")
            #expect(try dir.read(file).contains(Pages.uniqueSentence))
        }
        #expect(!dir.exists("out/notes.txt"))
        #expect(!dir.exists("out/.hidden/secret.txt"))

        let json = try CLI.run(["--output", "out-json", "--format", "json", "site"], in: dir.url)
        #expect(json.status == 0)
        #expect(dir.exists("out-json/news/2025/trains.json"))
        let markdown = try CLI.run(["-o", "out-md", "-f", "markdown", "site"], in: dir.url)
        #expect(markdown.status == 0)
        #expect(dir.exists("out-md/index.md"))
    }

    @Test func inputsWithTheSameOutputFileDoNotOverwriteEachOther() throws {
        let dir = try TemporaryDirectory()
        try dir.write("site/page.html", Pages.article(title: "First"))
        try dir.write("site/page.htm", Pages.article(title: "Second"))
        let result = try CLI.run(["--output", "out", "site"], in: dir.url)
        #expect(result.status == 1)
        #expect(result.stderr.contains("winnow: site/page.html: its output out/page.txt is already that of site/page.htm"))
        #expect(dir.exists("out/page.txt"))
    }

    @Test func includeGlobsChooseTheFilesOfDirectories() throws {
        let dir = try TemporaryDirectory()
        try dir.write("site/a.xhtml", Pages.article())
        try dir.write("site/b.html", Pages.article())
        let result = try CLI.run(["--format", "jsonl", "--include", "*.xhtml", "site"], in: dir.url)
        #expect(result.status == 0)
        let sources = try jsonLines(result.stdout).map { $0["source"] as? String }
        #expect(sources == ["site/a.xhtml"])
    }

    @Test func aBadFileFailsAloneAndTheBatchGoesOn() throws {
        let dir = try TemporaryDirectory()
        try dir.write("in/1-good.html", Pages.article())
        try dir.write("in/2-image.html", Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + [UInt8](repeating: 0, count: 64)))
        try dir.write("in/3-empty.html", "")
        try dir.write("in/4-good.html", Pages.article())
        let result = try CLI.run(["--output", "out", "in", "in/missing.html"], in: dir.url)
        #expect(result.status == 1)
        #expect(dir.exists("out/1-good.txt"))
        #expect(dir.exists("out/4-good.txt"))
        #expect(!dir.exists("out/2-image.txt"))
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("winnow: in/2-image.html: ") })
        #expect(lines.contains { $0.hasPrefix("winnow: in/3-empty.html: ") })
        #expect(lines.contains("winnow: in/missing.html: no such file or directory"))
        #expect(lines.last == "winnow: 3 of 5 inputs failed")
    }

    @Test func parallelOutputIsTheSameBytesAsSerial() throws {
        let dir = try TemporaryDirectory()
        for i in 0..<24 {
            try dir.write(String(format: "pages/p%02d.html", i), Pages.article(title: "Page \(i)", sentence: "Sentence number \(i) of the batch, long enough to be read as the opening of a real article about trains."))
        }
        for format in ["jsonl", "text", "json"] {
            let serial = try CLI.run(["--jobs", "1", "--format", format, "pages"], in: dir.url)
            let parallel = try CLI.run(["--jobs", "2", "--format", format, "pages"], in: dir.url)
            #expect(serial.status == 0)
            #expect(!serial.stdoutData.isEmpty)
            #expect(serial.stdoutData == parallel.stdoutData, "format \(format)")
            // No progress bar when standard error is not a terminal.
            #expect(parallel.stderr.isEmpty)
        }
        let lines = try jsonLines(try CLI.run(["-j", "2", "--format", "jsonl", "pages"], in: dir.url).stdout)
        #expect(lines.map { $0["source"] as? String } == (0..<24).map { String(format: "pages/p%02d.html", $0) })
    }

    @Test func everyFormat() throws {
        let dir = try TemporaryDirectory()
        try dir.write("page.html", Pages.article())
        for format in ["text", "markdown", "html"] {
            let result = try CLI.run(["--format", format, "page.html"], in: dir.url)
            #expect(result.status == 0, "\(format): \(result.stderr)")
            #expect(result.stdout.contains("Overnight trains will once again connect"), "\(format)")
        }
        let json = try CLI.run(["--format", "json", "--url", "https://courier.example/trains", "page.html"], in: dir.url)
        #expect(json.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: json.stdoutData) as? [String: Any])
        #expect((object["text"] as? String)?.contains(Pages.uniqueSentence) == true)
        #expect((object["title"] as? String)?.contains("Night trains return to the valley") == true)

        let jsonl = try CLI.run(["--format", "jsonl", "page.html"], in: dir.url)
        #expect(jsonl.status == 0)
        #expect(jsonl.stdout.split(separator: "\n").count == 1)
        let line = try #require(try jsonLines(jsonl.stdout).first)
        for key in ["source", "text", "title", "author", "date", "sitename", "lang"] {
            #expect(line.keys.contains(key), "jsonl lacks \(key)")
        }
        #expect(line["source"] as? String == "page.html")
        #expect(line["lang"] as? String == "en")
    }

    @Test func severalTextResultsAreHeadedByTheirPaths() throws {
        let dir = try TemporaryDirectory()
        try dir.write("a.html", Pages.article())
        try dir.write("b.html", Pages.article())
        let result = try CLI.run(["a.html", "b.html"], in: dir.url)
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("==> a.html <==\n"))
        #expect(result.stdout.contains("\n==> b.html <==\n"))
    }

    @Test func filesFromReadsAListOfPaths() throws {
        let dir = try TemporaryDirectory()
        try dir.write("x/one.html", Pages.article())
        try dir.write("x/two.html", Pages.article())
        try dir.write("list.txt", "x/two.html\n\nx/one.html\n")
        let fromFile = try CLI.run(["--files-from", "list.txt", "--format", "jsonl"], in: dir.url)
        #expect(fromFile.status == 0, "\(fromFile.stderr)")
        #expect(try jsonLines(fromFile.stdout).map { $0["source"] as? String } == ["x/two.html", "x/one.html"])
        let fromStdin = try CLI.run(["--files-from", "-", "--format", "jsonl"], stdin: Data("x/one.html\n".utf8), in: dir.url)
        #expect(try jsonLines(fromStdin.stdout).map { $0["source"] as? String } == ["x/one.html"])
    }

    @Test func libraryOptionsAreAccepted() throws {
        let dir = try TemporaryDirectory()
        try dir.write("page.html", Pages.article())
        for options in [["--mode", "precision"], ["--mode", "recall"], ["--comments", "--links", "--images"], ["--no-tables", "--no-formatting"]] {
            let result = try CLI.run(options + ["page.html"], in: dir.url)
            #expect(result.status == 0, "\(options): \(result.stderr)")
            #expect(result.stdout.contains(Pages.uniqueSentence), "\(options)")
        }
    }

    @Test func badUsageExitsWithTwo() throws {
        let dir = try TemporaryDirectory()
        try dir.write("page.html", Pages.article())
        for arguments in [["--jobs", "0", "page.html"], ["--format", "pdf", "page.html"], ["--no-such-option", "page.html"], ["explain", "--format", "yaml", "page.html"]] {
            let result = try CLI.run(arguments, in: dir.url)
            #expect(result.status == 2, "\(arguments): \(result.status)")
            #expect(!result.stderr.isEmpty)
        }
    }

    @Test func versionAndHelp() throws {
        let version = try CLI.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.split(separator: ".").count == 3)
        for command in [["--help"], ["extract", "--help"], ["explain", "--help"], ["check", "--help"]] {
            let help = try CLI.run(command)
            #expect(help.status == 0)
            #expect(help.stdout.contains("Examples:"), "\(command)")
        }
        let completion = try CLI.run(["--generate-completion-script", "bash"])
        #expect(completion.status == 0)
        #expect(completion.stdout.contains("winnow"))
    }
}

/// The objects of JSON Lines output.
func jsonLines(_ text: String) throws -> [[String: Any]] {
    try text.split(separator: "\n").map { line in
        try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    }
}
