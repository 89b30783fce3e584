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
