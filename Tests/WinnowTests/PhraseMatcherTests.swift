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

    @Test("folding in place agrees with folding by appending on generated bytes, invalid ones too")
    func inPlaceAgrees() {
        // The byte folding as it was, appending each byte (the reference), with the Unicode
        // tables for a text it cannot fold, as `lowercasedBytes(utf8:)` does.
        func reference(_ bytes: [UInt8]) -> [UInt8] {
            let tables = Array(String(decoding: bytes, as: UTF8.self).lowercased().utf8)
            var out: [UInt8] = []
            var i = 0
            while i < bytes.count {
                let b0 = bytes[i]
                if b0 < 0x80 { out.append(b0 &- 0x41 < 26 ? b0 | 0x20 : b0); i += 1; continue }
                let length = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : 2
                guard i + length <= bytes.count else { return tables }
                var scalar = UInt32(b0) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                for k in 1 ..< length { scalar = scalar << 6 | (UInt32(bytes[i + k]) & 0x3F) }
                guard let folded = CaseFolding.fold(scalar) else { return tables }
                if folded == scalar {
                    out += bytes[i ..< i + length]
                } else if folded < 0x800 {
                    out += [UInt8(0xC0 | (folded >> 6)), UInt8(0x80 | (folded & 0x3F))]
                } else {
                    out += [UInt8(0xE0 | (folded >> 12)), UInt8(0x80 | ((folded >> 6) & 0x3F)), UInt8(0x80 | (folded & 0x3F))]
                }
                i += length
            }
            return out
        }
        var generator = SeededGenerator(seed: 5)
        let pieces: [[UInt8]] = [
            Array("A".utf8), Array("z".utf8), Array("À".utf8), Array("é".utf8), Array("Ж".utf8), Array("Σ".utf8),
            Array("Ł".utf8), Array("İ".utf8), Array("中".utf8), Array("😀".utf8), Array(" ".utf8), Array("Ÿ".utf8),
            [0xE0, 0x83, 0x80],  // an overlong À: its fold changes its length
            [0xC3], [0x80], [0xF0, 0x9F],
        ]
        var changedLength = 0
        for _ in 0 ..< 4000 {
            var bytes: [UInt8] = []
            for _ in 0 ..< Int.random(in: 0 ... 6, using: &generator) { bytes += pieces.randomElement(using: &generator)! }
            let expected = reference(bytes)
            #expect(CaseFolding.lowercasedBytes(utf8: bytes) == expected, "\(bytes)")
            if expected.count != bytes.count { changedLength += 1 }
        }
        #expect(changedLength > 100)
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

@Suite("Figure labels")
struct FigureLabelTests {
    @Test("the first-byte check agrees with trying every figure word, on generated openings")
    func agrees() {
        func reference(_ text: [UInt8]) -> Bool {
            for word in TextRules.figureLabelWords.map({ Array($0.utf8) }) where text.starts(with: word) {
                var i = word.count
                while i < text.count, text[i] == 0x20 { i += 1 }
                let digits = i
                while i < text.count, text[i] >= 0x30 && text[i] <= 0x39 { i += 1 }
                guard i > digits, i < text.count else { continue }
                if text[i] == 0x3A || text[i] == 0x2E { return true }
            }
            return false
        }
        var generator = SeededGenerator(seed: 17)
        let pieces = ["abbildung", "abb.", "figure", "fig.", "bild", "table", "tabelle", " ", "4", "12", ":", ".", "x", "grafik", "", "figure 3:", "table 12."]
        var labels = 0
        for _ in 0 ..< 5000 {
            let text = Array((0 ..< Int.random(in: 0 ... 5, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined().utf8)
            let expected = reference(text)
            #expect(TextRules.isFigureLabel(text) == expected)
            if expected { labels += 1 }
        }
        #expect(labels > 200)
    }
}

@Suite("Cheap preconditions of the text rules")
struct TextRulePreconditionTests {
    @Test("a file name's last byte test turns away only names no extension ends")
    func fileNames() {
        let extensions = [".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".avif"].map { Array($0.utf8) }
        func reference(_ text: ArraySlice<UInt8>) -> Bool {
            guard !text.isEmpty, text.count < 80, !text.contains(0x20) else { return false }
            return extensions.contains { text.count > $0.count && text.suffix($0.count).elementsEqual($0) }
        }
        var generator = SeededGenerator(seed: 31)
        let pieces = ["avatar", "-300x300", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".avif", " ", "g", "f", "p", "G", "é", ".pnq", "x"]
        var names = 0
        for _ in 0 ..< 5000 {
            let text = Array((0 ..< Int.random(in: 0 ... 4, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined().utf8)[...]
            let expected = reference(text)
            #expect(TextRules.looksLikeFileName(text) == expected)
            if expected { names += 1 }
        }
        #expect(names > 500)
    }

    @Test("a gallery counter holds two ASCII digits, which the block's digit count sees")
    func galleryCounters() {
        var generator = SeededGenerator(seed: 32)
        let pieces = ["image", "photo", "bild", "1", "12", "of", "von", "/", "de", "x", "٣", "５"]
        var counters = 0
        for _ in 0 ..< 5000 {
            // Mostly a counter's shape (word, number, "of", number), with other tokens mixed in.
            let shapes = [["image", "photo", "bild"], ["1", "12", "٣", "x"], ["of", "von", "/", "de"], ["5", "10", "５", "x"]]
            var words = shapes.map { $0.randomElement(using: &generator)! }
            if Bool.random(using: &generator) { words[Int.random(in: 0 ..< 4, using: &generator)] = pieces.randomElement(using: &generator)! }
            if Int.random(in: 0 ..< 5, using: &generator) == 0 { words.removeLast() }
            let text = Array(words.joined(separator: " ").utf8)[...]
            guard TextRules.isGalleryCounter(text) else { continue }
            counters += 1
            #expect(text.filter { $0 >= 0x30 && $0 <= 0x39 }.count >= 2)
        }
        #expect(counters > 500)
    }
}
