// The one-walk phrase search of the text rules, against the plain definition it replaces.
import Testing
@testable import Winnow

@Suite("Finding phrases in short texts")
struct PhraseMatcherTests {
    /// The definition: some phrase occurs; with whole words, not right after a letter or
    /// digit, and not right before one when the phrase ends in one.
    private func reference(_ phrases: [String], _ text: String, wholeWords: Bool) -> Bool {
        let t = Array(text.utf8)
        func word(_ b: UInt8) -> Bool { b >= 0x80 || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) || (b >= 0x30 && b <= 0x39) }
        for phrase in phrases.map({ Array($0.utf8) }) where !phrase.isEmpty && phrase.count <= t.count {
            for i in 0 ... t.count - phrase.count where Array(t[i ..< i + phrase.count]) == phrase {
                if !wholeWords { return true }
                let end = i + phrase.count
                if (i == 0 || !word(t[i - 1])) && (end == t.count || !word(phrase.last!) || !word(t[end])) { return true }
            }
        }
        return false
    }

    @Test("whole-word phrases: found at word boundaries only")
    func wholeWords() {
        let matcher = PhraseMatcher(["subscribe now", "cta", "©", "à lire"], wholeWords: true)
        #expect(matcher.containsAny(in: Array("please subscribe now.".utf8)))
        #expect(!matcher.containsAny(in: Array("resubscribe now".utf8)))
        #expect(!matcher.containsAny(in: Array("a factual account".utf8)))
        #expect(matcher.containsAny(in: Array("photo © agency".utf8)))
        #expect(matcher.containsAny(in: Array("à lire aussi".utf8)))
        #expect(!matcher.containsAny(in: Array("".utf8)))
    }

    @Test("the one-walk search agrees with the plain definition on generated texts")
    func agreesWithTheDefinition() {
        let phrases = ["ab", "abc", "b c", "ca", "a", "é", "xyz", "c!"]
        let alphabet = ["a", "b", "c", " ", "é", "!", "x", "y", "z", "1"]
        var generator = SeededGenerator(seed: 20261129)
        for wholeWords in [true, false] {
            let matcher = PhraseMatcher(phrases, wholeWords: wholeWords)
            for _ in 0 ..< 2000 {
                let text = (0 ..< Int.random(in: 0 ... 12, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }.joined()
                #expect(matcher.containsAny(in: Array(text.utf8)) == reference(phrases, text, wholeWords: wholeWords), "\(text)")
            }
        }
    }
}

@Suite("Lower-casing openings on bytes")
struct CaseFoldingTests {
    @Test("the byte folding gives what String.lowercased() gives, in many scripts", arguments: [
        "ÀLIRE AUSSI: Ärger über Straße", "ΑΘΗΝΑ ΣΗΜΕΡΑ", "ЁЖИК В ТУМАНЕ и Џ", "קרא עוד", "اقرأ أيضا",
        "相关阅读：新闻", "ＦＵＬＬ　ｗｉｄｔｈ", "İSTANBUL ışık", "ŁÓDŹ Ćma", "Ǆ ǅ ǆ", "emoji 😀 ok", "ÿ Ÿ ß ẞ",
        "Ελληνικά ΆΈΉ", "Ԁ Ա Ⴀ", "× ÷ µ",
    ])
    func matchesTheStandardLibrary(text: String) {
        #expect(CaseFolding.lowercasedBytes(text) == Array(text.lowercased().utf8))
        #expect(CaseFolding.lowercasedBytes(utf8: Array(text.utf8)) == Array(text.lowercased().utf8))
    }

    @Test("every scalar of the folded ranges agrees with String.lowercased()")
    func everyFoldedScalar() {
        let ranges: [ClosedRange<UInt32>] = [
            0x80 ... 0xFF, 0x100 ... 0x17F, 0x370 ... 0x3FF, 0x400 ... 0x4FF, 0x590 ... 0x109F, 0x2000 ... 0x20CF,
            0xFE70 ... 0xFEFF, 0xFF00 ... 0xFFEF, 0xFFF9 ... 0xFFFD,
        ]
        for range in ranges {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let text = "A" + String(Character(scalar)) + "b"
                #expect(CaseFolding.lowercasedBytes(text) == Array(text.lowercased().utf8), "U+\(String(value, radix: 16))")
                #expect(CaseFolding.lowercasedBytes(utf8: Array(text.utf8)) == Array(text.lowercased().utf8), "U+\(String(value, radix: 16))")
            }
        }
    }
}
