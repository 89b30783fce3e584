// The text scanner's fast paths (pointer reads, multi-byte letters taken into a word's run, the
// prefix in a raw buffer, a cached stop-word table) compared with the scanner they replaced
// (`ReferenceTextScanner`) on generated text.
import Testing
@testable import Winnow

@Suite("Text scanner fast paths")
struct TextScannerFastPathTests {
    /// Pieces of text: ASCII words and digits, every kind of white space and punctuation the
    /// scan counts, letters of two, three and four bytes, the multi-byte spaces, marks and
    /// ideographs the scan's switch handles, and broken UTF-8 (stray continuation bytes, cut
    /// and overlong sequences).
    static let pieces: [[UInt8]] = {
        let strings = ["word", "Word", "WORD", "the", "of", "and", "a", "x", "42", "2024", "9a", "Ab3", " ", "  ", "\n", "\t", "\r\n",
                       "\u{0C}", ".", ",", "!", "?", ";", ":", "-", "(", ")", "'", "\"", "&", "é", "É", "ß", "ж", "Жизнь", "α", "ωμέγα",
                       "ğ", "ا", "ל", "ए", "한국", "中", "文字", "あ", "カ", "\u{00A0}", "\u{2009}", "\u{202F}", "\u{3000}", "\u{FEFF}",
                       "\u{200B}", "\u{200C}", "\u{200D}", "…", "—", "–", "«", "»", "¡", "¿", "\u{060C}", "\u{06D4}", "\u{0964}",
                       "、", "。", "，", "！", "？", "；", "：", "（", "😀", "𝔸", "\u{20000}", "\u{F900}", "\u{FF0F}", "\u{ABCD}",
                       "\u{D7A3}", "\u{1E00}", "\u{1FFF}", "\u{2000}", "\u{205F}", "\u{0080}", "\u{009F}", "\u{00BF}", "\u{00C0}"]
        var result = strings.map { Array($0.utf8) }
        result += [[0x80], [0xBF], [0xC3], [0xE2, 0x80], [0xF0, 0x9F], [0xC0, 0x80], [0xE0, 0x80, 0x80], [0xFF], [0xF8, 0x88, 0x80, 0x80]]
        return result
    }()

    static let stopWordPool = ["the", "of", "and", "a", "word", "жизнь", "ωμέγα", "한국", "é", "ab3"]

    /// Scans `nodes` (ranges of `text`) with both scanners, a `<br>` before each node where
    /// `breaks` says, and compares every count, hash and prefix.
    private func compare(_ text: [UInt8], nodes: [Range<Int>], breaks: [Bool], links: [Bool], stopWords: Set<UInt64>, limit: Int) {
        var fast = TextScanner(stopWords: stopWords, prefixLimit: limit)
        var reference = ReferenceTextScanner(stopWords: stopWords, prefixLimit: limit)
        var a = Block(owner: 0, firstNode: 0, lastNode: 0)
        var b = Block(owner: 0, firstNode: 0, lastNode: 0)
        for (n, range) in nodes.enumerated() {
            if breaks[n] { fast.breakWord(&a); reference.breakWord(&b) }
            fast.scan(text, range, isLink: links[n], into: &a)
            reference.scan(text, range, isLink: links[n], into: &b)
        }
        fast.finish(&a)
        reference.finish(&b)
        let shown = String(decoding: text, as: UTF8.self).debugDescription
        #expect(a.characters == b.characters, "\(shown)")
        #expect(a.words == b.words, "\(shown)")
        #expect(a.linkCharacters == b.linkCharacters, "\(shown)")
        #expect(a.stopWords == b.stopWords, "\(shown)")
        #expect(a.sentenceMarks == b.sentenceMarks, "\(shown)")
        #expect(a.commas == b.commas, "\(shown)")
        #expect(a.digits == b.digits, "\(shown)")
        #expect(a.textHash == b.textHash, "\(shown)")
        #expect(a.prefixBytes.array == b.prefixBytes.array, "\(shown) limit \(limit)")
    }

    @Test("the scanner counts, hashes and keeps prefixes as the reference scanner, on generated text")
    func scannerAgreesWithReference() {
        var generator = SeededGenerator(seed: 29)
        let stopWords = Set(Self.stopWordPool.map { WordHash.of($0.utf8) })
        var multiByteRuns = 0
        for round in 0 ..< 6000 {
            var text: [UInt8] = []
            for _ in 0 ..< Int.random(in: 0 ... 40, using: &generator) {
                text += Self.pieces.randomElement(using: &generator)!
            }
            // Cut into nodes at any byte (a node may end inside a multi-byte sequence).
            var cuts = (0 ..< Int.random(in: 0 ... 4, using: &generator)).map { _ in Int.random(in: 0 ... text.count, using: &generator) }
            cuts = ([0] + cuts + [text.count]).sorted()
            let nodes = (0 ..< cuts.count - 1).map { cuts[$0] ..< cuts[$0 + 1] }
            let breaks = nodes.map { _ in Bool.random(using: &generator) && Bool.random(using: &generator) }
            let links = nodes.map { _ in Bool.random(using: &generator) }
            let limit = [1, 2, 5, 7, 16, TextScanner.prefixLength, Heuristics.summaryMaximumBytes][round % 7]
            compare(text, nodes: nodes, breaks: breaks, links: links, stopWords: round % 3 == 0 ? [] : stopWords, limit: limit)
            if text.contains(where: { $0 >= 0xC3 && $0 <= 0xDF }) { multiByteRuns += 1 }
        }
        #expect(multiByteRuns > 1000)
    }

    @Test("normalized lines match the reference scanner's, on generated text")
    func normalizedAgreesWithReference() {
        var generator = SeededGenerator(seed: 31)
        for _ in 0 ..< 3000 {
            var text: [UInt8] = []
            for _ in 0 ..< Int.random(in: 0 ... 60, using: &generator) { text += Self.pieces.randomElement(using: &generator)! }
            for limit in [3, TextScanner.prefixLength, Heuristics.summaryMaximumBytes] {
                #expect(TextScanner.normalized(text, limit: limit) == ReferenceTextScanner.normalized(text, limit: limit))
            }
        }
    }

    @Test("a language's cached stop-word table counts the words its set counts, hashes 0 and 1 included")
    func cachedStopWordTable() {
        var generator = SeededGenerator(seed: 37)
        // Every list's table against the per-page build from its set (the reference scanner).
        for language in StopWords.languages {
            let set = StopWords.sets[language] ?? []
            let words = (StopWords.wordLists[language] ?? "").split(whereSeparator: { $0 == " " || $0 == "\n" }).map { Array($0.utf8) }
            for _ in 0 ..< 40 {
                var text: [UInt8] = []
                for _ in 0 ..< Int.random(in: 1 ... 30, using: &generator) {
                    text += Bool.random(using: &generator) && !words.isEmpty
                        ? words.randomElement(using: &generator)! : Self.pieces.randomElement(using: &generator)!
                    text.append(0x20)
                }
                var fast = TextScanner(stopWords: StopWords.tables[language]!)
                var reference = ReferenceTextScanner(stopWords: set)
                var a = Block(owner: 0, firstNode: 0, lastNode: 0)
                var b = Block(owner: 0, firstNode: 0, lastNode: 0)
                fast.scan(text, text.indices, isLink: false, into: &a)
                reference.scan(text, text.indices, isLink: false, into: &b)
                fast.finish(&a)
                reference.finish(&b)
                #expect(a.stopWords == b.stopWords, "\(language)")
                #expect(a.words == b.words)
            }
        }
        // Hashes 0 and 1 share a slot of a WordSet: the table's own flags decide them.
        for set: Set<UInt64> in [[0], [1], [0, 1], [5], []] {
            let scanner = TextScanner(stopWords: StopWordTable(Array(set)))
            #expect(scanner.countsAsStopWord(0) == set.contains(0))
            #expect(scanner.countsAsStopWord(1) == set.contains(1))
            #expect(scanner.countsAsStopWord(5) == set.contains(5))
        }
    }

    @Test("the shim's blank count with byte-wide counts agrees with isASCIIWhitespace")
    func blankCountAgrees() {
        var generator = SeededGenerator(seed: 41)
        let bytes: [UInt8] = [0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x00, 0x1F, 0x21, 0x41, 0x61, 0x80, 0xA0, 0xC2, 0xFF]
        for round in 0 ..< 3000 {
            // Lengths around the 240-byte blocks and the vector width, and long runs of blanks
            // (a block's count must not wrap).
            let length = round < 600 ? round : Int.random(in: 0 ... 2000, using: &generator)
            let allBlank = round % 5 == 0
            let text = (0 ..< length).map { _ in allBlank ? [0x20, 0x0A, 0x09][Int.random(in: 0 ... 2, using: &generator)]
                : bytes.randomElement(using: &generator)! }
            let expected = text.filter(\.isASCIIWhitespace).count
            text.withUnsafeBufferPointer { buffer in
                #expect(LibXML2.blankByteCount(buffer.baseAddress ?? UnsafePointer(bitPattern: 1)!, buffer.count) == expected)
            }
        }
    }

    @Test("a text node is blank by the shim's count exactly when it is byte by byte, on generated pages")
    func blankNodesAgree() throws {
        var generator = SeededGenerator(seed: 43)
        let blanks = [" ", "\n", "\t", "\r\n", "\u{0C}", "\n        ", "\n\t\t\t\t", String(repeating: " ", count: 300)]
        let words = ["a", "word", "\u{00A0}", "é", "\u{0B}", "&nbsp;", "&#32;", "."]
        var blankNodes = 0
        for _ in 0 ..< 400 {
            var html = "<html><body>"
            for _ in 0 ..< Int.random(in: 1 ... 12, using: &generator) {
                var text = ""
                for _ in 0 ..< Int.random(in: 1 ... 4, using: &generator) {
                    text += Bool.random(using: &generator) ? blanks.randomElement(using: &generator)! : words.randomElement(using: &generator)!
                }
                html += ["<div>", "<p>", "<span>", "</div>", "</p>", "<br>"].randomElement(using: &generator)! + text
            }
            let document = try HTMLParser.parse(html + "</body></html>")
            for i in 0 ..< document.count where document.nodes[i].tag == .text {
                let node = document.nodes[i]
                let fast = Segmentation.isBlank(node, in: document)
                #expect(fast == Segmentation.isBlankByBytes(node, in: document))
                if fast { blankNodes += 1 }
            }
        }
        #expect(blankNodes > 200)
    }

    @Test("a plain multi-byte letter continues the word it follows")
    func multiByteLetterInsideWord() {
        var scanner = TextScanner(stopWords: [WordHash.of("café".utf8)])
        var block = Block(owner: 0, firstNode: 0, lastNode: 0)
        let text = Array("Café Straße, 한국어 中文".utf8)
        scanner.scan(text, text.indices, isLink: false, into: &block)
        scanner.finish(&block)
        // café, straße, 한국어 and the two ideographs (each a word of its own).
        #expect(block.words == 5)
        #expect(block.stopWords == 1)
        #expect(block.commas == 1)
        #expect(block.characters == 4 + 6 + 1 + 3 + 4)
        #expect(block.prefix == "café straße, 한국어 中文")
    }
}
