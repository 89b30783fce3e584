// Reading WARC archives: records, gzip per record, damaged records, and the HTML page in a
// response (status, media type, chunked and gzip bodies, charset hint).
import Foundation
import Testing
@testable import Winnow

@Suite("WARC reader")
struct WARCReaderTests {
    typealias Support = ParsingTestSupport
    typealias Archive = ArchiveTestSupport

    static let page = Array(Support.page(title: "Harbour notes", paragraphs: [Support.prose("harbour ferries")]).utf8)

    /// A small archive: warcinfo, request, an HTML response, an image response, a resource page.
    static func records() -> [[UInt8]] {
        [
            Archive.record(type: "warcinfo", id: "<urn:test:info>", contentType: "application/warc-fields", block: Array("software: hand\r\n".utf8)),
            Archive.record(
                type: "request", uri: "https://example.org/a", id: "<urn:test:req>", contentType: "application/http; msgtype=request",
                block: Array("GET /a HTTP/1.1\r\nHost: example.org\r\n\r\n".utf8)),
            Archive.response(
                uri: "https://example.org/a", id: "<urn:test:a>",
                http: Archive.http(headers: ["Content-Type: text/html; charset=utf-8", "Content-Length: \(page.count)"], body: page)),
            Archive.response(
                uri: "https://example.org/logo.png", id: "<urn:test:png>",
                http: Archive.http(headers: ["Content-Type: image/png"], body: [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0])),
            Archive.record(type: "resource", uri: "https://example.org/b", id: "<urn:test:b>", contentType: "text/html", block: page),
        ]
    }

    @Test("records of a plain WARC come out in order with their fields and blocks")
    func plainRecords() throws {
        let (records, errors) = try Archive.readAll(Self.records().flatMap { $0 })
        #expect(errors.isEmpty)
        #expect(records.map(\.type) == ["warcinfo", "request", "response", "response", "resource"])
        #expect(records.map(\.recordID) == ["<urn:test:info>", "<urn:test:req>", "<urn:test:a>", "<urn:test:png>", "<urn:test:b>"])
        #expect(records[2].targetURI == "https://example.org/a")
        #expect(records[4].block == Self.page)
        #expect(records.allSatisfy { $0.isBlockComplete })
        #expect(records[0].version == "WARC/1.1")
    }

    @Test("a .warc.gz with one gzip member per record reads like the plain file, however the input is cut")
    func gzipPerRecord() throws {
        let plain = try Archive.readAll(Self.records().flatMap { $0 }).records
        let compressed = try Self.records().flatMap { try Archive.gzip($0) }
        for step in [1, 7, 1 << 16] {
            let (records, errors) = try Archive.readAll(compressed, step: step)
            #expect(errors.isEmpty)
            #expect(records.map(\.recordID) == plain.map(\.recordID))
            #expect(records.map(\.block) == plain.map(\.block))
        }
    }

    @Test("a truncated last record is reported with its id after the whole records before it")
    func truncatedLastRecord() throws {
        let whole = Self.records().flatMap { $0 }
        let last = Archive.response(
            uri: "https://example.org/c", id: "<urn:test:cut>",
            http: Archive.http(headers: ["Content-Type: text/html"], body: Self.page))
        let (records, errors) = try Archive.readAll(whole + last.prefix(last.count - 200))
        #expect(records.count == 5)
        #expect(errors == [.truncatedRecord(offset: whole.count, recordID: "<urn:test:cut>")])
        #expect(errors.first?.description.contains("truncated WARC record") == true)

        // The same cut inside a gzip member.
        let compressed = try Self.records().flatMap { try Archive.gzip($0) } + (try Archive.gzip(last)).dropLast(40)
        let fromGzip = try Archive.readAll(Array(compressed))
        #expect(fromGzip.records.count == 5)
        #expect(fromGzip.errors.count == 1)
        if case .truncatedRecord(_, let id) = fromGzip.errors.first { #expect(id == "<urn:test:cut>") } else { Issue.record("\(fromGzip.errors)") }
    }

    @Test("a malformed record is reported and reading goes on with the next one")
    func malformedRecordIsSkipped() throws {
        let records = Self.records()
        let noLength = Array("WARC/1.1\r\nWARC-Type: response\r\nContent-Length: many\r\n\r\nsome bytes\r\n\r\n".utf8)
        let garbage = Array("this line is not a record\r\nnor this one\r\n".utf8)
        let (read, errors) = try Archive.readAll(records[0] + noLength + records[2] + garbage + records[4])
        #expect(read.map(\.recordID) == ["<urn:test:info>", "<urn:test:a>", "<urn:test:b>"])
        #expect(errors.count == 2)
        #expect(errors.allSatisfy { if case .malformedRecord = $0 { true } else { false } })
    }

    @Test("a block over the limit is cut, and the record after it is read whole")
    func oversizedBlockIsCut() throws {
        let big = Archive.record(type: "resource", uri: "https://example.org/big", id: "<urn:test:big>", contentType: "video/mp4",
            block: [UInt8](repeating: 0x41, count: 5000))
        let (records, errors) = try Archive.readAll(big + Self.records()[4], step: 100, maximumBlockBytes: 1000)
        #expect(errors.isEmpty)
        #expect(records.count == 2)
        #expect(records[0].block.count == 1000 && records[0].contentLength == 5000 && !records[0].isBlockComplete)
        #expect(records[1].block == Self.page)
    }

    @Test("only 2xx HTML responses and HTML resources hold a page; the rest are skipped with a reason")
    func payloads() throws {
        let records = try Archive.readAll(Self.records().flatMap { $0 }).records
        #expect(try records[0].payload() == .skipped(.notResponse(type: "warcinfo")))
        #expect(try records[1].payload() == .skipped(.notResponse(type: "request")))
        #expect(try records[2].payload() == .html(body: Self.page, contentType: "text/html; charset=utf-8"))
        #expect(try records[3].payload() == .skipped(.notHTML(mediaType: "image/png")))
        #expect(try records[4].payload() == .html(body: Self.page, contentType: "text/html"))

        let missing = Archive.response(
            uri: "https://example.org/gone", id: "<urn:test:404>",
            http: Archive.http(status: "404 Not Found", headers: ["Content-Type: text/html"], body: Self.page))
        let xhtml = Archive.record(
            type: "response", uri: "https://example.org/x", id: "<urn:test:x>", contentType: "application/http; msgtype=response",
            extraFields: ["WARC-Identified-Payload-Type: application/xhtml+xml"], block: Archive.http(headers: [], body: Self.page))
        let more = try Archive.readAll(missing + xhtml).records
        #expect(try more[0].payload() == .skipped(.unsuccessful(status: 404)))
        #expect(try more[1].payload() == .html(body: Self.page, contentType: nil))
    }

    @Test("chunked and gzip-encoded bodies are undone, in that order")
    func chunkedAndCompressedBodies() throws {
        let chunked = Archive.http(headers: ["Content-Type: text/html", "Transfer-Encoding: chunked"], body: Archive.chunked(Self.page, size: 100))
        #expect(try HTTPResponse(parsing: chunked).decodedBody() == Self.page)
        // Blank lines before the status line are tolerated.
        let leading = try HTTPResponse(parsing: Array("\r\n".utf8) + chunked)
        #expect(leading.status == 200 && leading.mediaType == "text/html")

        let gzipped = try Archive.gzip(Self.page)
        let both = Archive.http(
            headers: ["Content-Type: text/html", "Content-Encoding: gzip", "Transfer-Encoding: chunked"], body: Archive.chunked(gzipped, size: 64))
        #expect(try HTTPResponse(parsing: both).decodedBody() == Self.page)

        // Stored decoded although the header still names the codings.
        let decoded = Archive.http(headers: ["Content-Type: text/html", "Content-Encoding: gzip", "Transfer-Encoding: chunked"], body: Self.page)
        #expect(try HTTPResponse(parsing: decoded).decodedBody() == Self.page)

        let brotli = Archive.http(headers: ["Content-Type: text/html", "Content-Encoding: br"], body: [0x1B, 0x2C, 0x00])
        #expect(throws: WARCError.unsupportedContentEncoding("br")) { try HTTPResponse(parsing: brotli).decodedBody() }
        #expect(throws: WARCError.malformedHTTP("no HTTP/ status line")) { try HTTPResponse(parsing: Self.page) }
    }

    @Test("the HTTP charset decides the encoding of a page that does not declare one")
    func httpCharsetIsTheEncodingHint() throws {
        // "café crème" in windows-1252, in a page with no <meta charset>.
        let body = Array("<html><body><p>Un caf".utf8) + [0xE9] + Array(" cr".utf8) + [0xE8] + Array("me pour deux.</p></body></html>".utf8)
        let record = Archive.response(
            uri: "https://example.org/fr", id: "<urn:test:fr>",
            http: Archive.http(headers: ["Content-Type: text/html; charset=windows-1252"], body: body))
        let read = try #require(try Archive.readAll(record).records.first)
        guard case .html(let bytes, let contentType) = try read.payload() else { Issue.record("no page"); return }
        let extraction = try Extractor().extract(bytes, contentType: contentType)
        #expect(extraction.text.contains("Un café crème pour deux."))
        #expect(extraction.encoding.name == "windows-1252")
    }

    @Test("GzipReader inflates a multi-member stream piece by piece, before its input is all read")
    func gzipReaderStreams() throws {
        // Letters drawn at random compress little, so the stream is many reads long.
        var generator = SeededGenerator(seed: 7)
        let texts = (0..<40).map { _ in (0..<20_000).map { _ in UInt8.random(in: 0x61...0x7A, using: &generator) } }
        let members = try texts.map(Archive.gzip)
        let expected = texts.flatMap { $0 }
        let source = Archive.ChunkedSource(members.flatMap { $0 }, step: 4096)
        let reader = try GzipReader(source: source.read(into:))
        var out: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1000)
        var givenAtFirstRead: Int?
        while true {
            let count = try buffer.withUnsafeMutableBytes { try reader.read(into: $0) }
            if count == 0 { break }
            givenAtFirstRead = givenAtFirstRead ?? source.given
            out += buffer[..<count]
        }
        #expect(out == expected)
        #expect(try #require(givenAtFirstRead) < source.bytes.count / 10)
        #expect(!reader.isTruncated)

        let cut = Archive.ChunkedSource(Array(members.flatMap { $0 }.dropLast(50)), step: 4096)
        let truncated = try GzipReader(source: cut.read(into:))
        while try buffer.withUnsafeMutableBytes({ try truncated.read(into: $0) }) > 0 {}
        #expect(truncated.isTruncated)
    }
}
