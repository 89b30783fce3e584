import Foundation
import Testing

@Suite("winnow extract --input jsonl|warc")
struct RecordTests {
    static func line(_ object: [String: Any]) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
    }

    @Test func everyJSONLineGivesOneLineInOrderWithIdsAndErrorsInPlace() throws {
        var lines: [String] = []
        for i in 0..<12 {
            lines.append(try Self.line(["url": "https://example.org/news/\(i)", "id": i, "html": Pages.article(title: "Night train \(i)")]))
        }
        lines[3] = #"{"url": "https://example.org/broken", "html": "<p>unterminated"#
        lines[7] = try Self.line(["id": "neither", "url": "https://example.org/empty"])
        lines.insert("", at: 10)
        let result = try CLI.run(["--input", "jsonl", "--jobs", "4"], stdin: Data((lines.joined(separator: "\n") + "\n").utf8))
        #expect(result.status == 1)
        let out = try jsonLines(result.stdout)
        #expect(out.count == lines.count)
        for (i, object) in out.enumerated() {
            switch i {
            case 3:
                #expect(object["error"] as? String == "bad record: not valid JSON")
                #expect(object["id"] is NSNull)
            case 7:
                #expect(object["id"] as? String == "neither")
                #expect(object["source"] as? String == "https://example.org/empty")
                #expect((object["error"] as? String)?.contains("neither an html nor a bodyBase64") == true)
            case 10:
                #expect(object["error"] as? String == "bad record: empty line")
            default:
                let n = i > 10 ? i - 1 : i
                #expect(object["id"] as? Int == n)
                #expect(object["source"] as? String == "https://example.org/news/\(n)")
                #expect(object["title"] as? String == "Night train \(n)")
                #expect((object["text"] as? String)?.contains(Pages.uniqueSentence) == true)
                #expect(object["error"] == nil)
            }
        }
        #expect(result.stderr.contains("winnow: stdin:4: bad record: not valid JSON\n"))
        #expect(result.stderr.contains("winnow: stdin:11: bad record: empty line\n"))
        #expect(result.stderr.hasSuffix("winnow: 3 of 13 records failed\n"))

        let serial = try CLI.run(["--input", "jsonl", "--jobs", "1"], stdin: Data((lines.joined(separator: "\n") + "\n").utf8))
        #expect(serial.stdoutData == result.stdoutData)
    }

    @Test func cleanJSONLinesExitZeroSilently() throws {
        let input = try Self.line(["url": "https://example.org/a", "html": Pages.article()]) + "\n"
        let result = try CLI.run(["--input", "jsonl"], stdin: Data(input.utf8))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        let out = try jsonLines(result.stdout)
        #expect(out.count == 1)
        #expect(out[0]["id"] is NSNull)
        #expect(out[0]["source"] as? String == "https://example.org/a")
    }

    @Test func base64BodiesAreDecodedWithTheirCharsetAndGzip() throws {
        // A windows-1252 page without <meta charset>: its bytes are not UTF-8.
        let page = Data("<html><body><article><p>Un caf".utf8) + Data([0xE9]) + Data(" pour deux, et la suite de la phrase.</p></article></body></html>".utf8)
        let lines = [
            try Self.line(["id": "latin", "bodyBase64": page.base64EncodedString(), "contentType": "text/html; charset=windows-1252"]),
            try Self.line(["id": "gzip", "bodyBase64": try CLI.gzip(Data(Pages.article().utf8)).base64EncodedString()]),
            try Self.line(["id": "bad", "bodyBase64": "%%%"]),
        ]
        let result = try CLI.run(["--input", "jsonl"], stdin: Data(lines.joined(separator: "\n").utf8))
        let out = try jsonLines(result.stdout)
        #expect(out.count == 3)
        #expect((out[0]["text"] as? String)?.contains("Un café pour deux") == true)
        #expect(out[0]["encoding"] as? String == "windows-1252")
        #expect((out[1]["text"] as? String)?.contains(Pages.uniqueSentence) == true)
        #expect(out[2]["error"] as? String == "bad record: bodyBase64 is not valid base64")
        #expect(result.status == 1)
    }

    @Test func theFastRecordReaderAndTheGeneralDecoderAgree() throws {
        // Keys written with escapes send a line to the general JSON decoder; plain keys take the
        // fast reader. Each pair of lines must give the same output line.
        let page = #"<article><h1>Caf\u00e9</h1><p>\"Quoted\" words, a tab\there, a smile \ud83d\ude00, a slash \/ and caf\u00e9 cr\u00e8me.</p></article>"#
        let records = [
            #"{"id": 12, "url": "https://example.org/x", "html": "\#(page)", "other": {"a": [1, "b\"c"]}, "n": -2.5e3}"#,
            #"{"id": {"shard": 3, "keys": [true, null]}, "html": "<p>plain é text</p>"}"#,
            #"{"html": "<p>one</p>", "other": tru}"#,
            #"{"html": "<p>\x</p>"}"#,
            #"{"html": "<p>\ud800 alone</p>"}"#,
            #"{"html": "<p>ok</p>"} trailing"#,
            #"{"html": null, "bodyBase64": "PHA+aGk8L3A+"}"#,
        ]
        var lines: [String] = []
        for record in records {
            lines.append(record)
            lines.append(record.replacingOccurrences(of: #""html""#, with: #""ht\u006dl""#).replacingOccurrences(of: #""id""#, with: #""\u0069d""#))
        }
        let result = try CLI.run(["--input", "jsonl"], stdin: Data(lines.joined(separator: "\n").utf8))
        let out = result.stdout.split(separator: "\n")
        #expect(out.count == lines.count)
        for k in stride(from: 0, to: out.count - 1, by: 2) { #expect(out[k] == out[k + 1], "line \(k + 1)") }
        let first = try jsonLines(result.stdout)[0]
        #expect((first["text"] as? String)?.contains("\"Quoted\" words, a tab here, a smile 😀, a slash / and café crème.") == true)
        #expect(first["id"] as? Int == 12)
        #expect(out[2].contains(#""id":{"keys":[true,null],"shard":3}"#))
        #expect(try jsonLines(result.stdout).map { $0["error"] as? String }[4...11] == [
            "bad record: not valid JSON", "bad record: not valid JSON", "bad record: not valid JSON", "bad record: not valid JSON",
            "bad record: not valid JSON", "bad record: not valid JSON", "bad record: not valid JSON", "bad record: not valid JSON",
        ])
    }

    /// A small crawl: warcinfo, a request, an HTML page, an image, a 404, a chunked page, and a
    /// last page cut short.
    static func crawl() -> [Data] {
        let page = Data(Pages.article(title: "Harbour lights").utf8)
        let chunkedPage = Data(Pages.article(title: "Chunked tides").utf8)
        let last = WARC.response(uri: "https://example.org/last", id: "<urn:test:last>", headers: ["Content-Type: text/html"], body: page)
        return [
            WARC.record(type: "warcinfo", id: "<urn:test:info>", contentType: "application/warc-fields", block: Data("software: hand\r\n".utf8)),
            WARC.record(
                type: "request", uri: "https://example.org/a", id: "<urn:test:req>", contentType: "application/http; msgtype=request",
                block: Data("GET /a HTTP/1.1\r\nHost: example.org\r\n\r\n".utf8)),
            WARC.response(uri: "https://example.org/a", id: "<urn:test:a>", headers: ["Content-Type: text/html; charset=utf-8"], body: page),
            WARC.response(uri: "https://example.org/logo.png", id: "<urn:test:png>", headers: ["Content-Type: image/png"], body: Data([0x89, 0x50, 0x4E, 0x47])),
            WARC.response(uri: "https://example.org/gone", id: "<urn:test:404>", status: "404 Not Found", headers: ["Content-Type: text/html"], body: page),
            WARC.response(
                uri: "https://example.org/chunked", id: "<urn:test:chunked>",
                headers: ["Content-Type: text/html", "Transfer-Encoding: chunked"], body: WARC.chunked(chunkedPage, size: 200)),
            last.prefix(last.count - 300),
        ]
    }

    @Test func warcFilesPlainAndGzipGiveALinePerHTMLResponse() throws {
        let dir = try TemporaryDirectory()
        let records = Self.crawl()
        try dir.write("crawl.warc", records.reduce(Data(), +))
        var compressed = Data()
        for record in records { compressed += try CLI.gzip(record) }
        try dir.write("crawl.warc.gz", compressed)
        let plain = try CLI.run(["--input", "warc", "crawl.warc"], in: dir.url)
        let gzip = try CLI.run(["--input", "warc", "crawl.warc.gz"], in: dir.url)
        for result in [plain, gzip] {
            #expect(result.status == 1)
            let out = try jsonLines(result.stdout)
            #expect(out.map { $0["id"] as? String } == ["<urn:test:a>", "<urn:test:chunked>"])
            #expect(out.map { $0["source"] as? String } == ["https://example.org/a", "https://example.org/chunked"])
            #expect((out[0]["text"] as? String)?.contains(Pages.uniqueSentence) == true)
            #expect(out[1]["title"] as? String == "Chunked tides")
            #expect((out[1]["text"] as? String)?.contains(Pages.uniqueSentence) == true)
            #expect(result.stderr.contains("truncated WARC record"))
            #expect(result.stderr.contains("(<urn:test:last>): the input ends inside it"))
            #expect(result.stderr.contains(
                "winnow: 7 records: 2 pages extracted, 1 failed, 4 skipped (2 not responses, 1 not 2xx, 1 not HTML)\n"))
        }
        #expect(plain.stdoutData == gzip.stdoutData)
        #expect(plain.stderr.contains("winnow: crawl.warc: record 7: truncated WARC record at byte "))
    }

    @Test func warcFromStandardInputAndFromAListOfPaths() throws {
        let dir = try TemporaryDirectory()
        let whole = Self.crawl().dropLast().reduce(Data(), +)
        try dir.write("a.warc", whole)
        try dir.write("b.warc.gz", try CLI.gzip(whole))
        let piped = try CLI.run(["--input", "warc", "--quiet"], stdin: whole)
        #expect(piped.status == 0, "\(piped.stderr)")
        #expect(piped.stderr.isEmpty)
        #expect(try jsonLines(piped.stdout).count == 2)
        let listed = try CLI.run(["--input", "warc", "--files-from", "-", "--jobs", "1"], stdin: Data("a.warc\nb.warc.gz\nmissing.warc\n".utf8), in: dir.url)
        #expect(listed.status == 1)
        #expect(try jsonLines(listed.stdout).count == 4)
        #expect(listed.stderr.contains("winnow: missing.warc: no such file or directory\n"))
        let directory = try CLI.run(["--input", "warc", "--quiet", "."], in: dir.url)
        #expect(try jsonLines(directory.stdout).count == 4)
    }

    @Test func recordInputsTakeOnlyJSONLinesOnStandardOutput() throws {
        let text = try CLI.run(["--input", "warc", "--format", "text", "x.warc"])
        #expect(text.status == 2)
        #expect(text.stderr.contains("--format can only be jsonl"))
        let output = try CLI.run(["--input", "jsonl", "--output", "out", "x.jsonl"])
        #expect(output.status == 2)
        #expect(output.stderr.contains("--output cannot be used"))
    }
}
