// The language guess's fast paths: the sample's word loop and the table of each word's
// languages, compared with the code they replaced on generated pages and on every list's words.
import Testing
@testable import Winnow

@Suite("Language guess fast paths")
struct LanguageGuessFastPathTests {
    /// The sample as it was read before: byte by byte, a branch per byte.
    private func referenceSample(document: Document, removed: [Bool]) -> [UInt64] {
        var sample: [UInt64] = []
        var hash = WordHash.seed
        var inWord = false
        outer: for i in 0 ..< document.count where document.nodes[i].tag == .text && !removed[i] {
            let node = document.nodes[i]
            guard node.count >= Heuristics.languageSampleNodeBytes else { continue }
            let nodeLimit = sample.count + Heuristics.languageSampleWordsPerNode
            for k in Int(node.start) ..< Int(node.start) + Int(node.count) {
                let b = document.text[k]
                let isLetter = (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) || b >= 0x80
                if isLetter {
                    hash = WordHash.step(hash, b)
                    inWord = true
                } else if inWord {
                    sample.append(hash)
                    hash = WordHash.seed
                    inWord = false
                    if sample.count >= LanguageGuess.sampleWords { break outer }
                    if sample.count >= nodeLimit { break }
                }
            }
            if inWord { sample.append(hash); hash = WordHash.seed; inWord = false }
        }
        return sample
    }

    @Test("the sample's words are those the byte-by-byte loop read, on generated pages")
    func sampleAgrees() throws {
        var generator = SeededGenerator(seed: 47)
        let pieces = ["the", "Der", "und", "word", "WORDS", "é", "Straße", "жизнь", "中文", "42", " ", "  ", "\n", ",", ". ", "-", "'",
                      "a", "Z", "@", "`", "{", "[", "\u{00A0}"]
        var samples = 0
        for round in 0 ..< 300 {
            var html = "<html><body>"
            for _ in 0 ..< Int.random(in: 1 ... 30, using: &generator) {
                var text = ""
                // Short nodes (skipped) and long ones, some of more words than a node may give.
                for _ in 0 ..< Int.random(in: 1 ... (round % 2 == 0 ? 40 : 200), using: &generator) {
                    text += pieces.randomElement(using: &generator)!
                }
                html += "<p>" + text
                if Bool.random(using: &generator) { html += "<b>bold</b>" + text }
            }
            let document = try HTMLParser.parse(html + "</body></html>")
            let removed = (0 ..< document.count).map { _ in Int.random(in: 0 ..< 10, using: &generator) == 0 }
            let sample = LanguageGuess.sample(document: document, removed: removed)
            #expect(sample == referenceSample(document: document, removed: removed))
            if sample.count >= 20 { samples += 1 }
        }
        #expect(samples > 100)
    }

    @Test("each word's languages are those a dictionary of the lists gives")
    func languageBitsAgree() {
        var reference: [UInt64: UInt64] = [:]
        for (bit, language) in StopWords.languages.enumerated() {
            for hash in StopWords.sets[language] ?? [] { reference[hash, default: 0] |= 1 << UInt64(bit) }
        }
        for (hash, bits) in reference { #expect(StopWords.languageBits(of: hash) == bits) }
        var generator = SeededGenerator(seed: 53)
        for _ in 0 ..< 20000 {
            let hash = UInt64.random(in: 0 ... .max, using: &generator)
            #expect(StopWords.languageBits(of: hash) == reference[hash] ?? 0)
        }
        #expect(StopWords.languageBits(of: 0) == reference[0] ?? 0)
        // A table of the bits alone: hash 0 has a field of its own, bits add up.
        var table = LanguageBits(capacity: 4)
        table.add(0, 1)
        table.add(7, 2)
        table.add(7, 4)
        #expect(table.bits(of: 0) == 1)
        #expect(table.bits(of: 7) == 6)
        #expect(table.bits(of: 8) == 0)
    }
}
