// Output in Unicode NFC, and the byte scan that lets composed text through untouched.
import Testing
@testable import Winnow

@Suite("Canonical composition of output")
struct CanonicalCompositionTests {
    private func mayChange(_ text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { CanonicalComposition.mayChange($0) }
    }

    @Test("decomposed letters are composed; composition exclusions are decomposed")
    func composesAndDecomposes() {
        #expect(Array(CanonicalComposition.composed("cafe\u{301} e\u{300}").utf8) == Array("caf\u{E9} \u{E8}".utf8))
        // U+09DC is excluded from composition: NFC writes it as U+09A1 U+09BC.
        #expect(Array(CanonicalComposition.composed("\u{9DC}").unicodeScalars.map(\.value)) == [0x9A1, 0x9BC])
    }

    @Test("composed text in common scripts is passed through without a normalisation pass")
    func composedTextIsNotSuspect() {
        for text in ["plain ASCII text, 1-2-3.", "naïve café, Straße, łódź", "Привет, мир", "こんにちは、世界。", "مرحبا", "你好，世界"] {
            #expect(!mayChange(text), "\(text)")
            #expect(CanonicalComposition.composed(text) == text)
        }
        #expect(mayChange("e\u{301}"))
        #expect(mayChange("\u{1F600}"))
    }

    @Test("every BMP code point the table lets through is left alone by NFC, alone and after a letter")
    func tableCoversWhatNFCChanges() {
        for value in UInt32(0x300) ... 0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let alone = String(Character(scalar))
            guard !mayChange(alone) else { continue }
            for text in [alone, "a" + alone, "\u{1100}" + alone] {
                #expect(Array(text._nfcCodeUnits) == Array(text.utf8), "U+\(String(value, radix: 16))")
            }
        }
    }

    @Test("extracted text is in NFC whichever form the page used")
    func extractionIsComposed() throws {
        let sentence = "Le cafe\u{301} de la gare ouvre a\u{300} six heures, et les habitue\u{301}s y lisent le journal du matin."
        let html = "<html><body><article><h1>La gare</h1><p>\(sentence)</p><p>\(sentence)</p></article></body></html>"
        let extraction = try Extractor().extract(html: html)
        #expect(extraction.text.contains("café de la gare ouvre à six heures"))
        #expect(!extraction.text.unicodeScalars.contains { $0.value == 0x301 })
        #expect(!extraction.rendered(as: .markdown).unicodeScalars.contains { $0.value == 0x301 })
    }
}
