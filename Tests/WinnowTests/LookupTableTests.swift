// The small look-up tables of the speed work, against the plain definitions they replace.
import Foundation
import Testing
@testable import Winnow

@Suite("Look-up tables for the rules")
struct LookupTableTests {
    @Test("an opening list finds an opening exactly when a scan of every phrase does")
    func openingListAgreesWithAScan() {
        let openings = ["read more", "read", "ré", "more from", "m", "by ", "©"]
        let list = OpeningList(openings)
        let alphabet = ["r", "e", "a", "d", " ", "m", "o", "é", "b", "y", "©", "f"]
        var generator = SeededGenerator(seed: 20261129)
        for _ in 0 ..< 3000 {
            let text = (0 ..< Int.random(in: 0 ... 10, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }.joined()
            let bytes = Array(text.utf8)
            let expected = openings.contains { bytes.starts(with: Array($0.utf8)) }
            #expect(list.opens(bytes) == expected, "\(text)")
            // A slice is read from its own start.
            let padded = [0x2E] + bytes
            #expect(list.opens(padded[1...]) == expected, "\(text)")
        }
        #expect(!list.opens([UInt8]()))
    }

    @Test("a word cache keeps what a dictionary keeps, key 0 and growth included")
    func wordCacheAgreesWithADictionary() {
        var cache = WordCache<Int>()
        var dictionary: [UInt64: Int] = [:]
        var generator = SeededGenerator(seed: 7)
        // Few distinct keys among many writes (so that keys repeat), past several growths.
        let keys = (0 ..< 1500).map { k -> UInt64 in k == 0 ? 0 : generator.next() }
        for step in 0 ..< 6000 {
            let key = keys.randomElement(using: &generator)!
            #expect(cache[key] == dictionary[key])
            cache[key] = step
            dictionary[key] = step
        }
        for key in keys { #expect(cache[key] == dictionary[key]) }
        #expect(cache[12345] == dictionary[12345])
    }

    @Test("every tag's name finds the tag, capitals folded, and other names find none")
    func tagNamesFindTheirTags() throws {
        // The element tag's type, named through a node (`Tag` alone also names Testing's tags).
        let elementTag = type(of: try HTMLParser.parse("<p>x</p>").nodes[0].tag)
        let named = { (text: String) in Array(text.utf8).withUnsafeBufferPointer { elementTag.named($0) } }
        for tag in elementTag.allCases where tag != .text && tag != .other {
            #expect(named(tag.name) == tag, "\(tag.name)")
            #expect(named(tag.name.uppercased()) == tag, "\(tag.name)")
        }
        for name in ["", "x", "custom-el", "blockquotes", "divs", "h7", "sectionx"] {
            #expect(named(name) == .other, "\(name)")
        }
    }

    @Test("every attribute's name finds the attribute, capitals folded, and other names find none")
    func attributeNamesFindTheirAttributes() {
        func named(_ text: String) -> AttributeName? {
            Array(text.utf8).withUnsafeBufferPointer { AttributeName.named($0) }
        }
        for attribute in AttributeName.allCases {
            #expect(named(attribute.htmlName) == attribute, "\(attribute.htmlName)")
            #expect(named(attribute.htmlName.uppercased()) == attribute, "\(attribute.htmlName)")
        }
        for name in ["", "x", "data-id", "onclick", "classes", "aria", "width"] {
            #expect(named(name) == nil, "\(name)")
        }
    }

    @Test("trimming a set of characters by bytes gives what a Character search of the set gives")
    func trimmingBytewiseAgreesWithCharacters() {
        func plain(_ text: String, _ set: String) -> String {
            var t = Substring(text)
            while let f = t.first, set.contains(f) { t.removeFirst() }
            while let l = t.last, set.contains(l) { t.removeLast() }
            return String(t)
        }
        let sets = ["¶§#🔗 ", ",.", ":", "K", "#\u{301}", "\r\n", "\u{212A}", ";\u{37E}", " \u{A0}"]
        let alphabet = ["#", " ", "¶", "§", "🔗", ",", ".", ":", "K", "\u{212A}", "\u{301}", "\r", "\n", "\r\n", ";", "\u{37E}",
                        "\u{A0}", "a", "é", "e\u{301}", "🏻"]
        var generator = SeededGenerator(seed: 41)
        for _ in 0 ..< 3000 {
            let text = (0 ..< Int.random(in: 0 ... 6, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }.joined()
            for set in sets { #expect(text.trimmingCharacters(in: set) == plain(text, set), "\(text.unicodeScalars.map(\.value))") }
        }
    }

    @Test("a byline line is told on its bytes as the lower-cased String tells it")
    func bylineLineKindAgreesWithStrings() {
        let alphabet = ["By", "by", " ", ":", "Written", "written", "AUTHOR", "author", "s", "Story", "posted", "x", "é", "K",
                        "\u{212A}", "\u{130}", "ß", "\u{301}", "\u{37E}", "Ｂy"]
        var generator = SeededGenerator(seed: 53)
        for _ in 0 ..< 3000 {
            let text = (0 ..< Int.random(in: 0 ... 5, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }.joined()
            let lower = text.lowercased()
            let kind = BylineReader.bylineLineKind(text)
            #expect(kind.isLabel == BylineReader.labels.contains(lower.trimmingCharacters(in: ":")), "\(text)")
            #expect(kind.opensWithBy == (lower.hasPrefix("by ") || lower.hasPrefix("written by ")), "\(text)")
        }
    }

    @Test("fewer characters than a limit, read up to the limit, agrees with count")
    func fewerCharactersAgreesWithCount() {
        let alphabet = ["a", "é", "e\u{301}", "\r\n", "🔗", "👍🏻", " ", "\u{301}"]
        var generator = SeededGenerator(seed: 67)
        for _ in 0 ..< 2000 {
            let text = (0 ..< Int.random(in: 0 ... 12, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }.joined()
            for limit in 0 ... 14 { #expect(text.hasFewerCharacters(than: limit) == (text.count < limit), "\(limit) \(text.unicodeScalars.map(\.value))") }
        }
    }

    @Test("screen-reader classes are found anywhere in a class value, as a search of each did")
    func screenReaderClassesAgreeWithASearch() {
        let classes = ["sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text"]
        let alphabet = ["sr-only", "visually", "-hidden", "hidden", "screen-reader-text", "screen", "s", "v", " ", "-", "x", "sr-onl"]
        var generator = SeededGenerator(seed: 31)
        for _ in 0 ..< 3000 {
            let text = (0 ..< Int.random(in: 0 ... 5, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }.joined()
            let bytes = Array(text.utf8)
            let expected = classes.contains { ByteSearch.contains(bytes[...], Array($0.utf8)) }
            let padded = [0x41, 0x42] + bytes + [0x43]
            #expect(Visibility.namesScreenReaderText(padded, 2, bytes.count) == expected, "\(text)")
        }
    }

    @Test("a family set holds exactly the families it was made of")
    func familySetMembership() {
        let all = BoilerplateFamily.allCases
        #expect(Set(all.map(\.ordinal)).count == all.count)
        #expect(all.allSatisfy { $0.ordinal < 32 })
        var generator = SeededGenerator(seed: 11)
        for _ in 0 ..< 200 {
            let members = all.filter { _ in Bool.random(using: &generator) }
            let set = FamilySet(members)
            for family in all { #expect(set.contains(family) == members.contains(family)) }
        }
    }

    @Test("the text scanner counts a run of letters and digits as the byte-by-byte reading did")
    func textScannerCountsRuns() throws {
        let document = try HTMLParser.parse("<p>Tea AT 4pm, then   the Quay.</p><p>Café au lait</p>")
        let segmentation = Segmentation(document: document, marks: NodeMarks(document), stopWords: [WordHash.of("the".utf8)])
        let first = segmentation.blocks[0]
        #expect(first.words == 6)
        #expect(first.digits == 1)
        #expect(first.commas == 1)
        #expect(first.sentenceMarks == 1)
        #expect(first.stopWords == 1)
        // Spaces collapsed, ASCII capitals folded; the characters are the prefix's non-spaces.
        #expect(first.prefix == "tea at 4pm, then the quay.")
        #expect(first.characters == 21)
        // A word runs on through a multi-byte letter; "é" is one character.
        #expect(segmentation.blocks[1].words == 3)
        #expect(segmentation.blocks[1].characters == 10)
        #expect(segmentation.blocks[1].prefix == "café au lait")
    }

    @Test("the text scanner keeps a prefix of its limit, the pending space counted")
    func textScannerPrefixLimit() {
        let line = Array("Alpha  beta gamma".utf8)
        #expect(TextScanner.normalized(line, limit: 5) == Array("alpha".utf8))
        // The space before "beta" goes in with its first letter, past the limit by one.
        #expect(TextScanner.normalized(line, limit: 6) == Array("alpha b".utf8))
        #expect(TextScanner.normalized(line, limit: 8) == Array("alpha be".utf8))
        #expect(TextScanner.normalized(line, limit: 100) == Array("alpha beta gamma".utf8))
    }

    @Test("block text collapses whitespace between words and keeps line breaks")
    func blockTextCollapsesWhitespace() throws {
        let extraction = try RenderingTestSupport.keepingEverything(
            "<p>One two\n   three <b>four</b>\tfive<br> six  seven<br>eight</p>")
        #expect(extraction.text == "One two three four five\nsix seven\neight\n")
    }

    @Test("the skipping byte search finds a needle exactly when a scan at every position does")
    func skippingSearchAgreesWithAScan() {
        let alphabet: [UInt8] = Array("pubLISHedx -".utf8) + [0xC3, 0xA9, 0x70 | 0x40]
        var generator = SeededGenerator(seed: 11)
        for _ in 0 ..< 4000 {
            let text = (0 ..< Int.random(in: 0 ... 24, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            let folded = text.map(BylineReader.fold)
            let needle = Array("published".utf8)
            let expected = folded.count >= needle.count
                && (0 ... folded.count - needle.count).contains { folded[$0 ..< $0 + needle.count].elementsEqual(needle) }
            #expect(BylineReader.contains(text[...], "published") == expected, "\(text)")
            let short = Array("ub".utf8)
            let expectedShort = folded.count >= 2 && (0 ... folded.count - 2).contains { folded[$0 ..< $0 + 2].elementsEqual(short) }
            #expect(BylineReader.contains(text[...], "ub") == expectedShort, "\(text)")
        }
        #expect(BylineReader.contains([UInt8]()[...], ""))
        #expect(BylineReader.contains(Array("first PUBLISHED in".utf8)[...], "published"))
    }

    @Test("meta tags under keys no reader asks for are not kept; asked-for keys are, in any case and beside others")
    func metaTagsKeepOnlyReadKeys() throws {
        let html = """
        <html><head><title>T</title>
        <meta name="viewport" content="width=device-width">
        <meta name="Description" content="A summary of the page.">
        <meta property="fb:app_id og:SITE_NAME" content="Harbour Notes">
        <meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Ines Varga">
        </head><body><p>Text of the page.</p></body></html>
        """
        let m = try RenderingTestSupport.metadata(html).metadata
        #expect(m.description == "A summary of the page.")
        #expect(m.siteName == "Harbour Notes")
        #expect(m.authors == ["Ines Varga"])
        #expect(MetaTagReader.isRead("og:site_name") && !MetaTagReader.isRead("viewport"))
    }

    @Test("an ASCII title is cut at its separators as the Character search cuts it")
    func asciiTitleSplitAgreesWithTheCharacterSplit() {
        let pieces = ["Night", " ", "|", "-", "/", ":", "::", "trains", "\r\n", " - ", " | ", " :: ", " / "]
        var generator = SeededGenerator(seed: 3)
        for _ in 0 ..< 3000 {
            let title = (0 ..< Int.random(in: 1 ... 9, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            var expected = [title]
            for separator in TitleRule.separators where title.contains(separator) {
                var rest = Substring(title)
                while let range = rest.firstRange(of: separator) {
                    expected.append(String(rest[..<range.lowerBound]))
                    rest = rest[range.upperBound...]
                }
                expected.append(String(rest))
            }
            #expect(TitleRule.candidates(of: title) == expected, "\(title.debugDescription)")
        }
    }
}
