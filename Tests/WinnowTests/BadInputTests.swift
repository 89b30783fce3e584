// Input no page should be: each gives text or a typed WinnowError, and the process lives.
import Testing
@testable import Winnow

@Suite("Bad input")
struct BadInputTests {
    typealias Support = ParsingTestSupport

    @Test("empty bytes are an empty-input error")
    func emptyBytes() {
        #expect(throws: WinnowError.emptyInput) { try HTMLParser.parse([UInt8]()) }
        #expect(throws: WinnowError.emptyInput) { try Extractor().extract([UInt8]()) }
        #expect(WinnowError.emptyInput.description == "empty input: there is no HTML to read")
    }

    @Test("whitespace-only input is an empty-input error")
    func whitespaceOnly() {
        #expect(throws: WinnowError.emptyInput) { try HTMLParser.parse(Array(" \n\t\r\u{0C}  \n".utf8)) }
        #expect(throws: WinnowError.emptyInput) { try HTMLParser.parse("   \n\n ") }
        #expect(throws: WinnowError.emptyInput) { try Extractor().extract(html: "") }
    }

    @Test("whitespace in UTF-16 is an empty-input error")
    func whitespaceOnlyUTF16() {
        #expect(throws: WinnowError.emptyInput) { try HTMLParser.parse([0xFF, 0xFE, 0x20, 0x00, 0x0A, 0x00]) }
    }

    @Test("a page with markup but no text gives empty text, not an error")
    func markupWithoutText() throws {
        let extraction = try Extractor().extract(Array("<html><head><script>x()</script></head><body></body></html>".utf8))
        #expect(extraction.text.isEmpty)
    }

    @Test("a PNG image is refused as not HTML")
    func pngHeader() {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52]
            + [UInt8](repeating: 0, count: 64)
        #expect(throws: WinnowError.notHTML("a PNG image")) { try Extractor().extract(png) }
        #expect(WinnowError.notHTML("a PNG image").description == "not HTML: the input looks like a PNG image")
    }

    @Test("other binary formats are named", arguments: [
        ([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10], "a JPEG image"),
        (Array("%PDF-1.7\n".utf8), "a PDF document"),
        ([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00], "a ZIP archive"),
        ([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01], "an executable"),
    ] as [([UInt8], String)])
    func otherBinaryFormats(_ bytes: [UInt8], _ kind: String) {
        #expect(throws: WinnowError.notHTML(kind)) { try HTMLParser.parse(bytes) }
    }

    @Test("random bytes give text or a typed error", arguments: 1 ... 40)
    func randomBytes(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        let count = Int.random(in: 1 ... 8192, using: &generator)
        _ = Support.outcome(of: generator.bytes(count))
    }

    @Test("random bytes behind a gzip magic number give text or a typed error", arguments: 1 ... 20)
    func randomGzip(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        let bytes: [UInt8] = [0x1F, 0x8B, 0x08, 0x00] + generator.bytes(Int.random(in: 0 ... 2048, using: &generator))
        _ = Support.outcome(of: bytes)
    }

    @Test("random printable bytes with tags sprinkled in give text or a typed error", arguments: 1 ... 20)
    func randomTagSoup(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        let pieces = ["<", ">", "</", "<p>", "<div ", "=\"", "\"", "&", ";", "<!--", "-->", "<script>", " ", "é", "€", "\n"]
        var html = ""
        for _ in 0 ..< 4000 {
            if Int.random(in: 0 ..< 3, using: &generator) == 0 {
                html += pieces.randomElement(using: &generator)!
            } else {
                html.unicodeScalars.append(Unicode.Scalar(UInt8.random(in: 0x20 ... 0x7E, using: &generator)))
            }
        }
        _ = Support.outcome(of: Array(html.utf8))
    }

    @Test("a page cut in the middle of a tag keeps the text before the cut")
    func truncatedMidTag() throws {
        let html = Support.page(paragraphs: [Support.prose("cutting"), Support.prose("nothing")])
        let cut = html.range(of: "<p>This paragraph is about nothing")!.lowerBound
        let truncated = String(html[..<cut]) + "<p cla"
        let document = try HTMLParser.parse(Array(truncated.utf8))
        #expect(Support.allText(document).contains("This paragraph is about cutting"))
        let extraction = try Extractor().extract(Array(truncated.utf8))
        #expect(extraction.text.contains("This paragraph is about cutting"))
    }

    @Test("a page cut in the middle of a UTF-8 sequence is still UTF-8, with one replacement character")
    func truncatedMidUTF8Sequence() throws {
        let html = "<html><body><p>Une phrase française, coupée au milieu du dernier caractère é"
        var bytes = Array(html.utf8)
        bytes.removeLast()  // the second byte of "é"
        let document = try HTMLParser.parse(bytes)
        #expect(document.encoding == DetectedEncoding(name: "UTF-8", source: .validUTF8))
        let text = Support.allText(document)
        #expect(text.hasPrefix("Une phrase française, coupée au milieu du dernier caractère"))
        #expect(text.hasSuffix("\u{FFFD}"))
    }

    @Test("NUL bytes in the middle of text are dropped and the text on both sides kept")
    func nulBytesInText() throws {
        let before = Array("<html><body><article><p>The words before the NUL stay. ".utf8)
        let after = Array(" The words after the NUL stay too.</p><p>\(Support.prose("NUL bytes"))</p></article></body></html>".utf8)
        let bytes = before + [0, 0, 0] + after
        let document = try HTMLParser.parse(bytes)
        let text = Support.allText(document)
        #expect(text.contains("The words before the NUL stay. The words after the NUL stay too."))
        let extraction = try Extractor().extract(bytes)
        #expect(extraction.text.contains("The words before the NUL stay."))
        #expect(extraction.text.contains("The words after the NUL stay too."))
    }

    @Test("NUL bytes in a tag do not end the page")
    func nulBytesInTag() throws {
        let bytes = Array("<html><body><p cl".utf8) + [0] + Array("ass=x>first</p><p>second</p></body></html>".utf8)
        let text = Support.allText(try HTMLParser.parse(bytes))
        #expect(text.contains("first") && text.contains("second"))
    }

    @Test("a 20 MB page is read to its end")
    func twentyMegabytePage() throws {
        var html = "<html><head><title>Long</title></head><body><article>\n"
        html.reserveCapacity(21 << 20)
        var n = 0
        while html.utf8.count < 20 << 20 {
            n += 1
            html += "<p>Paragraph \(n): " + Support.prose("size") + " It ends here with a number, \(n).</p>\n"
        }
        html += "</article></body></html>"
        let bytes = Array(html.utf8)
        #expect(bytes.count >= 20 << 20)
        let document = try HTMLParser.parse(bytes)
        let paragraphs = document.nodes.filter { $0.tag == .p }.count
        #expect(paragraphs == n)
        let extraction = try Extractor().extract(bytes)
        #expect(extraction.text.hasPrefix("Paragraph 1:"))
        #expect(extraction.text.contains("Paragraph \(n): This paragraph is about size"))
    }

    @Test("100,000 nested divs give text or a typed error")
    func deeplyNestedDivs() throws {
        let depth = 100_000
        let html = String(repeating: "<div>", count: depth) + "<p>" + Support.prose("depth") + "</p>"
            + String(repeating: "</div>", count: depth)
        switch Support.outcome(of: Array(html.utf8)) {
        case .text(let text): #expect(text.contains("This paragraph is about depth"))
        case .error(let error): #expect(error.description.count > 10)
        }
    }

    @Test("100,000 unclosed nested elements give text or a typed error")
    func deeplyNestedUnclosedElements() {
        let html = String(repeating: "<span><b><i>", count: 33_334) + "deep words"
        _ = Support.outcome(of: Array(html.utf8))
    }

    @Test("truncated gzip headers are a corrupt-compression error")
    func truncatedGzipHeader() throws {
        let bytes = Array(try Support.fixture("Gzip/page.html.gz").prefix(10))
        #expect(throws: WinnowError.corruptCompression) { try Extractor().extract(bytes) }
        #expect(WinnowError.corruptCompression.description.contains("gzip"))
    }

    @Test("a gzip stream cut in the middle yields the text it had")
    func truncatedGzipStream() throws {
        let full = try Support.fixture("Gzip/page.html.gz")
        let bytes = Array(full.prefix(full.count * 2 / 3))
        switch Support.outcome(of: bytes) {
        case .text(let text): #expect(text.contains("Paragraph 1 of the compressed page"))
        case .error(let error): #expect(error == .corruptCompression)
        }
    }

    @Test("a gzip bomb beyond maximumBytes is refused as too large")
    func gzipBomb() throws {
        let bomb = try Support.fixture("Gzip/bomb.html.gz")
        #expect(bomb.count < 64 << 10)
        let limit = 4 << 20
        #expect(throws: WinnowError.tooLarge(bytes: limit + 1, limit: limit)) {
            try HTMLParser.parse(bomb, maximumBytes: limit)
        }
        #expect(throws: WinnowError.tooLarge(bytes: limit + 1, limit: limit)) {
            try Extractor(options: .init(maximumBytes: limit)).extract(bomb)
        }
        #expect(WinnowError.tooLarge(bytes: limit + 1, limit: limit).description
            == "input of 4194305 bytes is over the limit of 4194304 bytes")
    }

    @Test("uncompressed input beyond maximumBytes is refused as too large")
    func uncompressedOverLimit() {
        let bytes = Array(Support.page(paragraphs: [Support.prose("limits")]).utf8)
        #expect(throws: WinnowError.tooLarge(bytes: bytes.count, limit: 100)) {
            try HTMLParser.parse(bytes, maximumBytes: 100)
        }
    }
}
