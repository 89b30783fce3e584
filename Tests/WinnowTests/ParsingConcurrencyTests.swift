// libxml2, iconv and zlib are called from many threads at once; each call owns its state.
import Dispatch
import Foundation
import Testing
@testable import Winnow

@Suite("Parsing from many threads")
struct ParsingConcurrencyTests {
    typealias Support = ParsingTestSupport

    /// What must not differ between a serial and a concurrent run.
    struct Summary: Equatable, Sendable {
        var text: String
        var encoding: DetectedEncoding
        var nodes: Int
    }

    static func summary(_ bytes: [UInt8]) -> Summary? {
        guard let document = try? HTMLParser.parse(bytes) else { return nil }
        let extraction = Extractor().extract(document)
        return Summary(text: extraction.text, encoding: extraction.encoding, nodes: document.count)
    }

    /// Every sample page, every encoding fixture and the gzip page.
    static func pages() throws -> [[UInt8]] {
        var pages = try Support.samplePages().map(\.bytes)
        let fixtures = try FileManager.default.contentsOfDirectory(
            atPath: try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
                .appendingPathComponent("Encoding").path)
        for name in fixtures.sorted() { pages.append(try Support.fixture("Encoding/" + name)) }
        pages.append(try Support.fixture("Gzip/page.html.gz"))
        return pages
    }

    @Test("pages parsed concurrently with DispatchQueue.concurrentPerform equal the serial results")
    func concurrentPerformMatchesSerial() throws {
        let pages = try Self.pages()
        #expect(pages.count >= 20)
        let serial = pages.map(Self.summary)
        let rounds = 4
        let results = Results<Summary>(count: pages.count * rounds)
        DispatchQueue.concurrentPerform(iterations: pages.count * rounds) { i in
            results.set(i, Self.summary(pages[i % pages.count]))
        }
        for i in 0 ..< pages.count * rounds {
            #expect(results.get(i) == serial[i % pages.count], "page \(i % pages.count) differs")
        }
    }

    @Test("pages parsed in a task group equal the serial results")
    func taskGroupMatchesSerial() async throws {
        let pages = try Self.pages()
        let serial = pages.map(Self.summary)
        let concurrent = await withTaskGroup(of: (Int, Summary?).self) { group in
            for round in 0 ..< 3 {
                for (i, page) in pages.enumerated() {
                    group.addTask { (i + round * pages.count, Self.summary(page)) }
                }
            }
            var out = [Summary?](repeating: nil, count: pages.count * 3)
            for await (i, summary) in group { out[i] = summary }
            return out
        }
        for (i, summary) in concurrent.enumerated() {
            #expect(summary == serial[i % pages.count], "page \(i % pages.count) differs")
        }
    }

    static func describe(_ bytes: [UInt8]) -> String {
        do {
            return "parsed \(try HTMLParser.parse(bytes).count) nodes"
        } catch let error as WinnowError {
            return error.description
        } catch {
            return "untyped error \(error)"
        }
    }

    @Test("bad input on many threads at once gives the same errors as serially")
    func concurrentErrors() throws {
        let bomb = try Support.fixture("Gzip/bomb.html.gz")
        let limit = 1 << 20
        let inputs: [[UInt8]] = [[], Array("  ".utf8), [0x89, 0x50, 0x4E, 0x47, 0, 0], [0x1F, 0x8B, 0x08], bomb]
        @Sendable func describe(_ bytes: [UInt8]) -> String {
            do {
                return "parsed \(try HTMLParser.parse(bytes, maximumBytes: limit).count) nodes"
            } catch let error as WinnowError {
                return error.description
            } catch {
                return "untyped error \(error)"
            }
        }
        let serial = inputs.map(describe)
        #expect(serial == [
            WinnowError.emptyInput.description, WinnowError.emptyInput.description,
            WinnowError.notHTML("a PNG image").description, WinnowError.corruptCompression.description,
            WinnowError.tooLarge(bytes: limit + 1, limit: limit).description,
        ])
        let iterations = inputs.count * 20
        let results = Results<String>(count: iterations)
        DispatchQueue.concurrentPerform(iterations: iterations) { i in
            results.set(i, describe(inputs[i % inputs.count]))
        }
        for i in 0 ..< iterations {
            #expect(results.get(i) == serial[i % inputs.count])
        }
    }
}

/// A fixed-size array written by many threads, each to its own slot.
private final class Results<Value: Sendable>: @unchecked Sendable {
    private var slots: [Value?]
    private let lock = NSLock()

    init(count: Int) { slots = .init(repeating: nil, count: count) }

    func set(_ i: Int, _ value: Value?) {
        lock.lock()
        slots[i] = value
        lock.unlock()
    }

    func get(_ i: Int) -> Value? {
        lock.lock()
        defer { lock.unlock() }
        return slots[i]
    }
}
