import Testing
@testable import Winnow

/// The metadata readers' byte paths give what the `String` code they stand in for gives.
@Suite("Metadata fast paths")
struct MetadataFastPathTests {
    /// A pseudo-random generator for the generated inputs (the same on every run).
    struct Draws {
        var seed: UInt64
        mutating func next(_ bound: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int(seed >> 33) % bound
        }
    }

    @Test("A heading's title key compared on bytes agrees with the key of its normalised text")
    func headingKeyOnBytes() throws {
        let pieces = ["Night", "night", "Trains", "RETURN", " ", "  ", "\n", "-", "2024", "é", "E\u{301}", "\u{212A}elvin",
                      "kelvin", "İstanbul", "istanbul", "東京", "Ａ", "&amp;", "’", "Ölçü", "x", "!", "3"]
        var draws = Draws(seed: 7)
        func text() -> String {
            var s = ""
            for _ in 0 ... draws.next(5) { s += pieces[draws.next(pieces.count)] }
            return s
        }
        var agreeing = 0, asked = 0
        for _ in 0 ..< 300 {
            // A heading with text split over inline and block children.
            let parts = (0 ... draws.next(3)).map { _ in text() }
            var inner = ""
            for (k, part) in parts.enumerated() {
                switch k % 3 {
                case 0: inner += part
                case 1: inner += "<span>\(part)</span>"
                default: inner += "<div>\(part)</div>"
                }
            }
            let document = try HTMLParser.parse("<html><body><h2>\(inner)</h2><p>\(text())</p></body></html>")
            guard let heading = (0 ..< document.count).first(where: { document.nodes[$0].tag == .h2 }) else { continue }
            let own = TitleCleaner.key(document.normalizedText(of: heading))
            for key in [own, TitleCleaner.key(text()), own + "x", String(own.dropLast()), TitleCleaner.key(parts[0])] {
                let slow = TitleCleaner.key(document.normalizedText(of: heading)) == key
                #expect(MetadataExtractor.textKey(of: heading, in: document, equals: key) == slow, "\(inner) | \(key)")
                if let fast = MetadataExtractor.asciiTextKey(of: heading, in: document, equals: key) {
                    #expect(fast == slow, "\(inner) | \(key)")
                    asked += 1
                    if fast { agreeing += 1 }
                }
            }
        }
        #expect(asked > 400)
        #expect(agreeing > 50)
    }
}
