// Helpers shared by the parsing, encoding and bad-input tests.
import Foundation
import Testing
@testable import Winnow

enum ParsingTestSupport {
    /// The bytes of a file under `Fixtures/` (written by `Scripts/make-test-fixtures`).
    static func fixture(_ path: String) throws -> [UInt8] {
        let folder = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        let url = folder.appendingPathComponent(path)
        #expect(FileManager.default.fileExists(atPath: url.path), "missing fixture \(path); run Scripts/make-test-fixtures")
        return [UInt8](try Data(contentsOf: url))
    }

    /// The repository's `Samples/` folder, found from this source file.
    static var samplesDirectory: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Samples")
    }

    /// The `page.html` bytes of every sample, sorted by sample name.
    static func samplePages() throws -> [(name: String, bytes: [UInt8])] {
        let names = try FileManager.default.contentsOfDirectory(atPath: samplesDirectory.path).sorted()
        return names.compactMap { name in
            let url = samplesDirectory.appendingPathComponent(name).appendingPathComponent("page.html")
            return (try? Data(contentsOf: url)).map { (name, [UInt8]($0)) }
        }
    }

    /// All text of a parsed page, whitespace collapsed.
    static func allText(_ document: Document) -> String {
        document.isEmpty ? "" : document.normalizedText(of: 0)
    }

    /// A UTF-8 page with a heading and the given paragraphs inside `<article>`.
    static func page(title: String = "A test page", paragraphs: [String], head: String = "") -> String {
        let body = paragraphs.map { "<p>\($0)</p>" }.joined(separator: "\n")
        return """
            <!DOCTYPE html>
            <html><head>\(head)<title>\(title)</title></head>
            <body><article><h1>\(title)</h1>
            \(body)
            </article></body></html>
            """
    }

    /// A paragraph long enough, with enough function words, to be kept as content.
    static func prose(_ topic: String) -> String {
        "This paragraph is about \(topic), and it is written so that the extractor has no doubt "
            + "that it is the main text of the page. It has several sentences, some commas, and the "
            + "usual words of English prose, which is what real articles are made of."
    }

    /// What reading some input gave: text, or a typed error.
    enum Outcome {
        case text(String)
        case error(WinnowError)
    }

    /// Extracts `bytes`, turning a ``WinnowError`` into an outcome; any other error fails.
    static func outcome(
        of bytes: [UInt8], contentType: String? = nil, options: ExtractionOptions = .init(),
        sourceLocation: SourceLocation = #_sourceLocation
    ) -> Outcome {
        do {
            return .text(try Extractor(options: options).extract(bytes, contentType: contentType).text)
        } catch let error as WinnowError {
            #expect(!error.description.isEmpty, sourceLocation: sourceLocation)
            return .error(error)
        } catch {
            Issue.record("untyped error \(error)", sourceLocation: sourceLocation)
            return .error(.parseFailed)
        }
    }
}

/// SplitMix64: a small seeded generator, so that "random" inputs are the same on every run.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func bytes(_ count: Int) -> [UInt8] {
        (0 ..< count).map { _ in UInt8.random(in: .min ... .max, using: &self) }
    }
}

/// WARC records and HTTP responses written by hand, for the archive tests.
enum ArchiveTestSupport {
    /// One WARC/1.1 record: version line, fields, block, and the two line ends that close it.
    static func record(
        type: String, uri: String? = nil, id: String, contentType: String? = nil, extraFields: [String] = [],
        block: [UInt8], declaredLength: Int? = nil
    ) -> [UInt8] {
        var header = "WARC/1.1\r\nWARC-Type: \(type)\r\nWARC-Record-ID: \(id)\r\nWARC-Date: 2025-05-01T10:00:00Z\r\n"
        if let uri { header += "WARC-Target-URI: \(uri)\r\n" }
        if let contentType { header += "Content-Type: \(contentType)\r\n" }
        for field in extraFields { header += field + "\r\n" }
        header += "Content-Length: \(declaredLength ?? block.count)\r\n\r\n"
        return Array(header.utf8) + block + Array("\r\n\r\n".utf8)
    }

    /// An HTTP/1.1 response: status line, the given header lines, and the body.
    static func http(status: String = "200 OK", headers: [String], body: [UInt8]) -> [UInt8] {
        Array(("HTTP/1.1 \(status)\r\n" + headers.map { $0 + "\r\n" }.joined() + "\r\n").utf8) + body
    }

    /// A `response` record holding an HTTP response.
    static func response(uri: String, id: String, http: [UInt8]) -> [UInt8] {
        record(type: "response", uri: uri, id: id, contentType: "application/http; msgtype=response", block: http)
    }

    /// A body in chunked transfer coding, cut into chunks of `size` bytes.
    static func chunked(_ body: [UInt8], size: Int) -> [UInt8] {
        var out: [UInt8] = []
        var i = 0
        while i < body.count {
            let chunk = body[i..<min(i + size, body.count)]
            out += Array((String(chunk.count, radix: 16) + "\r\n").utf8) + chunk + Array("\r\n".utf8)
            i += size
        }
        return out + Array("0\r\n\r\n".utf8)
    }

    /// Bytes compressed by the system's gzip (one member).
    static func gzip(_ bytes: [UInt8]) throws -> [UInt8] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("winnow-archive-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("data")
        try Data(bytes).write(to: file)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["gzip", "-n", file.path]
        try process.run()
        process.waitUntilExit()
        return [UInt8](try Data(contentsOf: folder.appendingPathComponent("data.gz")))
    }

    /// A source that hands out `bytes` at most `step` bytes a call, counting what it gave.
    final class ChunkedSource {
        let bytes: [UInt8]
        let step: Int
        private(set) var given = 0

        init(_ bytes: [UInt8], step: Int) {
            self.bytes = bytes
            self.step = step
        }

        func read(into buffer: UnsafeMutableRawBufferPointer) -> Int {
            let count = min(step, buffer.count, bytes.count - given)
            for i in 0..<count { buffer[i] = bytes[given + i] }
            given += count
            return count
        }
    }

    /// Every record of a WARC stream, with the errors met on the way (as their descriptions).
    static func readAll(_ bytes: [UInt8], step: Int = 1 << 16, maximumBlockBytes: Int = HTMLParser.defaultMaximumBytes)
        throws -> (records: [WARCRecord], errors: [WARCError])
    {
        let source = ChunkedSource(bytes, step: step)
        let reader = try WARCReader(maximumBlockBytes: maximumBlockBytes, source: source.read(into:))
        var records: [WARCRecord] = []
        var errors: [WARCError] = []
        while true {
            do {
                guard let record = try reader.next() else { break }
                records.append(record)
            } catch let error as WARCError {
                errors.append(error)
            }
        }
        return (records, errors)
    }
}
