import Testing
@testable import Winnow

@Suite("UTF-8 repair of cut prefixes")
struct UTF8RepairTests {
    /// What the scanner did before: decode through a `String`.
    static func reference(_ bytes: [UInt8]) -> [UInt8] { Array(String(decoding: bytes, as: UTF8.self).utf8) }

    static func fast(_ bytes: [UInt8]) -> [UInt8]? { bytes.withUnsafeBufferPointer { UTF8Repair.repaired($0) } }

    @Test("valid text and text cut inside its last character read as the String decoder reads them")
    func agreesWithStringDecoding() {
        var generator = SeededGenerator(seed: 61)
        // Whole characters of every length, boundary code points included, and stray bytes.
        let characters: [[UInt8]] = ["a", " ", "é", "ß", "ж", "\u{7FF}", "\u{800}", "\u{D7FF}", "\u{E000}", "\u{FFFD}",
                                     "\u{FFFF}", "한", "語", "\u{10000}", "😀", "\u{10FFFF}"].map { Array($0.utf8) }
        let strays: [[UInt8]] = [[0x80], [0xBF], [0xC0, 0x80], [0xC1], [0xE0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90],
                                 [0xF5], [0xFF], [0xE2, 0x82], [0xF0, 0x9F, 0x98]]
        var repaired = 0
        for round in 0 ..< 20_000 {
            var text: [UInt8] = []
            for _ in 0 ..< Int.random(in: 0 ... 12, using: &generator) {
                text += round % 4 == 0 && Int.random(in: 0 ..< 6, using: &generator) == 0
                    ? strays.randomElement(using: &generator)! : characters.randomElement(using: &generator)!
            }
            // Cut anywhere, as the prefix limit cuts.
            let cut = Array(text.prefix(Int.random(in: 0 ... text.count, using: &generator)))
            if let result = Self.fast(cut) {
                repaired += 1
                #expect(result == Self.reference(cut), "\(cut)")
            }
        }
        #expect(repaired > 10_000)
        #expect(Self.fast(Array("caf".utf8) + [0xC3]) == Array("caf\u{FFFD}".utf8))
        #expect(Self.fast(Array("plain".utf8)) == Array("plain".utf8))
        #expect(Self.fast([0x61, 0xFF, 0x62]) == nil)
    }
}
