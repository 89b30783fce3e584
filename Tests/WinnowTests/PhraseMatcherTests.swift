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

@Suite("Finding several phrase lists in one walk")
struct PhraseListsTests {
    /// Generated texts: pieces of the lists' phrases (whole, cut, glued to letters) among
    /// spaces, punctuation and other bytes, so that matches at and off word boundaries occur.
    private func texts(from lists: [(phrases: [String], wholeWords: Bool)], count: Int, seed: UInt64) -> [[UInt8]] {
        var generator = SeededGenerator(seed: seed)
        let phrases = lists.flatMap(\.phrases).map { Array($0.utf8) }
        let glue: [[UInt8]] = [" ", "", ",", "x", "é", "(", "| ", "1", ":", ".", "ab"].map { Array($0.utf8) }
        var result: [[UInt8]] = []
        for _ in 0 ..< count {
            var text: [UInt8] = []
            for _ in 0 ..< Int.random(in: 0 ... 5, using: &generator) {
                text += glue.randomElement(using: &generator)!
                var phrase = phrases.randomElement(using: &generator)!
                if Bool.random(using: &generator), phrase.count > 2 {
                    let cut = Int.random(in: 1 ..< phrase.count, using: &generator)
                    phrase = Bool.random(using: &generator) ? Array(phrase.prefix(cut)) : Array(phrase.suffix(cut))
                }
                text += phrase
            }
            text += glue.randomElement(using: &generator)!
            result.append(Array(text.prefix(120)))
        }
        return result
    }

    private func agree(_ lists: [(phrases: [String], wholeWords: Bool)], texts: [[UInt8]]) {
        let combined = PhraseLists(lists)
        let separate = lists.map { PhraseMatcher($0.phrases, wholeWords: $0.wholeWords) }
        let all = UInt8(truncatingIfNeeded: (1 << lists.count) - 1)
        var matched = 0
        for (n, text) in texts.enumerated() {
            var expected: UInt8 = 0
            for (l, matcher) in separate.enumerated() where matcher.containsAny(in: text) { expected |= 1 << UInt8(l) }
            if expected != 0 { matched += 1 }
            #expect(combined.matching(all, in: text) == expected, "\(String(decoding: text, as: UTF8.self))")
            // Asking for some of the lists gives those lists' answers.
            let wanted = UInt8(truncatingIfNeeded: n &* 37) & all
            #expect(combined.matching(wanted, in: text) == expected & wanted, "\(String(decoding: text, as: UTF8.self))")
        }
        #expect(matched > texts.count / 10)
    }

    @Test("the text rules' lists in one walk agree with a walk per list on generated texts")
    func textRuleLists() {
        let lists = TextRules.phraseListContents
        agree(lists, texts: texts(from: lists, count: 6000, seed: 20261129))
    }

    @Test("one walk agrees with a walk per list for short lists, one-byte phrases and text ends")
    func smallLists() {
        let lists: [(phrases: [String], wholeWords: Bool)] = [
            (["ab", "abc", "b c", "c!"], true), (["a", "é", "ca"], false), (["xyz", "a b", "©"], true),
            (["b", "bc", ""], false), ([], true), (["c", "é!", "1"], true),
        ]
        agree(lists, texts: texts(from: lists, count: 4000, seed: 7))
        #expect(PhraseLists(lists).matching(0xFF, in: []) == 0)
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
