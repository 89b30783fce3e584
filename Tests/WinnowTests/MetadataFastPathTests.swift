import Foundation
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
        #expect(asked > 200)
        #expect(agreeing > 50)
    }

    @Test("A byte found by memchr is the byte the UTF-8 view holds")
    func containsUTF8AgreesWithView() {
        let pieces = ["a", "&", "(", "\u{1}", "é", "東", "\r\n", " ", "&amp;", "\u{1F44D}", "x(y)"]
        var draws = Draws(seed: 3)
        for _ in 0 ..< 2000 {
            var s = ""
            for _ in 0 ..< draws.next(8) { s += pieces[draws.next(pieces.count)] }
            // A bridged or sliced string may not be contiguous: a substring's copy covers that path's twin.
            for t in [s, String(s.dropFirst())] {
                for b: UInt8 in [0x26, 0x28, 0x01, 0xC3, 0x0D] {
                    #expect(t.containsUTF8(b) == t.utf8.contains(b), "\(t.unicodeScalars.map(\.value)) \(b)")
                }
            }
        }
    }

    @Test("Titles split on bytes as Foundation splits them")
    func titleSplitAgreesWithFoundation() {
        let pieces = ["Night Trains", " | ", " - ", " -- ", "-", " ", "  ", "|", " – ", " — ", " · ", "Zoë", "\r\n", "Rail",
                      " :: ", ":", " / ", "a", " ~ ", "東京", "\u{387}", " \u{301}"]
        var draws = Draws(seed: 9)
        var split = 0
        for _ in 0 ..< 3000 {
            var title = ""
            for _ in 0 ... draws.next(7) { title += pieces[draws.next(pieces.count)] }
            for separator in TitleCleaner.separators {
                let fast = title.componentsSplit(by: separator)
                #expect(fast == title.components(separatedBy: separator), "\(title) | \(separator)")
                if fast.count > 1 { split += 1 }
            }
            // `parts` as it was: every separator sought, split by Foundation.
            var best: (parts: [String], separator: String)? = nil
            for separator in TitleCleaner.separators where separator != " : " && TitleCleaner.mayContain(title, separator) {
                let p = title.components(separatedBy: separator).map { $0.trimmingSpaces() }
                guard p.count > 1, !p.contains(where: \.isEmpty) else { continue }
                if best == nil || p.last!.count < best!.parts.last!.count { best = (p, separator) }
            }
            let parts = TitleCleaner.parts(title)
            #expect(parts?.parts == best?.parts && parts?.separator == best?.separator, "\(title)")
        }
        #expect(split > 1000)
    }

    @Test("A label above ASCII is searched whenever Foundation could find it")
    func labelRunsNeverHideAMatch() {
        let labels = BylineReader.changedLabels + BylineReader.publishedLabels + BylineReader.originallyPublishedPhrases
        let pieces = ["mis à jour", "mis a\u{300} jour", "mis", " ", "à", "jour", "publié", "publie\u{301}", "publiée", "publi",
                      "veröffentlicht", "vero\u{308}ffentlicht", "ursprünglich veröffentlicht", "publié initialement",
                      "initialement publié", "initialement", "updated", "x", "\u{212A}", "le ", "é", "e"]
        var draws = Draws(seed: 13)
        var found = 0, skipped = 0
        for _ in 0 ..< 3000 {
            var text = ""
            for _ in 0 ... draws.next(5) { text += pieces[draws.next(pieces.count)] }
            let lower = text.lowercased()
            for label in labels {
                let searched = lower.range(of: label) != nil
                let may = BylineReader.mayContain(lower, label)
                #expect(may || !searched, "\(lower.unicodeScalars.map(\.value)) | \(label)")
                if searched { found += 1 }
                if !may { skipped += 1 }
            }
        }
        #expect(found > 500)
        #expect(skipped > 10000)
    }

    @Test("A byline's tail is cut on bytes where the Character search cuts it")
    func bylineTailOnBytes() {
        let pieces = ["Jane Doe", "JANE", " ", "|", " | ", " On ", " on ", " Updated", " at ", " AT", "May 5", " le ", "x", ",",
                      " Read More", " view all", " contributor", " Posted", " edited by Ann", "o", "n ", " email", " ·", "\t", "Ann"]
        var draws = Draws(seed: 21)
        var cut = 0
        for _ in 0 ..< 4000 {
            var value = ""
            for _ in 0 ... draws.next(6) { value += pieces[draws.next(pieces.count)] }
            let slow = AuthorNames.cutMarkersOnCharacters(value)
            #expect(AuthorNames.cutMarkers(value) == slow, "\(value)")
            if value.isASCIIWithoutCR {
                #expect(AuthorNames.cutMarkersOnBytes(value) == slow, "\(value)")
                if slow != value { cut += 1 }
            }
        }
        #expect(cut > 1000)
        // Values above ASCII or with CR take the Character search.
        #expect(AuthorNames.cutMarkers("Zoë Ängel · Editor") == "Zoë Ängel")
        #expect(AuthorNames.cutMarkers("Ann Lee\r\n on May 5") == AuthorNames.cutMarkersOnCharacters("Ann Lee\r\n on May 5"))
    }

    @Test("Title keys read on bytes agree with the Unicode tables on every scalar they cover")
    func titleKeyOnBytes() {
        var covered = 0
        let ranges = [0x00 ... 0x7F, 0xC0 ... 0xFF, 0x0400 ... 0x045F, 0x2000 ... 0x206F, 0x3041 ... 0x3096, 0x30A1 ... 0x30FA,
                      0x4E00 ... 0x9FFF, 0xAC00 ... 0xD7A3]
        for v in ranges.joined() {
            guard let scalar = Unicode.Scalar(v) else { continue }
            // Every scalar alone; one in 64 in company too.
            let texts = v % 64 == 0 || v < 0x460 ? [String(scalar), "a\(scalar)B", "\(scalar)\(scalar)9", "Zoë \(scalar)’s"] : [String(scalar)]
            for text in texts {
                let fast = TitleCleaner.byteKey(text)
                #expect(fast != nil, "\(v)")
                #expect(fast.map { Array($0.utf8) } == Array(TitleCleaner.scalarKey(text).utf8), "\(v) \(text)")
                covered += 1
            }
        }
        #expect(covered > 30000)
        // Other scalars go to the tables.
        for text in ["İstanbul", "ª", "Ｋ", "\u{212A}", "Ѣ", "e\u{301}", "\u{2070}", "\u{1F44D}", "ー"] {
            #expect(TitleCleaner.byteKey(text) == nil, "\(text)")
            #expect(TitleCleaner.key(text) == TitleCleaner.scalarKey(text))
        }
    }

    @Test("Schema.org type names cut on bytes as on Characters")
    func typeNamesOnBytes() {
        func characters(_ t: String) -> String {
            if let cut = t.lastIndex(where: { $0 == "/" || $0 == ":" || $0 == "#" }) { return String(t[t.index(after: cut)...]) }
            return t
        }
        let pieces = ["https:", "//", "schema.org", "/", "NewsArticle", "#", ":", "Thing", "Ü", "/\u{301}", "\r\n", " ", "x"]
        var draws = Draws(seed: 17)
        for _ in 0 ..< 3000 {
            var t = ""
            for _ in 0 ..< draws.next(6) { t += pieces[draws.next(pieces.count)] }
            #expect(JSONLDReader.typeName(t) == characters(t), "\(t.unicodeScalars.map(\.value))")
        }
        #expect(JSONLDReader.typeName("http://schema.org/BlogPosting") == "BlogPosting")
    }

    @Test("A short element's text is its normalised text, and a long one's is never built")
    func shortTextAgreesWithNormalisedText() throws {
        let words = ["Ann", "Lee", "May 2", "  ", "\n", "\t", "é", "e\u{301}\u{301}", "\u{1F44D}\u{1F3FD}", "東京", "a\r\nb", "x",
                     "\u{600}1", "Posted on", "·", "\u{200D}"]
        let wraps = ["<p>%</p>", "<span>%</span>", "<div>%<br>%</div>", "%", "<li>%</li>", "<b>%</b> %", "<section>%</section>"]
        var draws = Draws(seed: 29)
        func fragment(_ depth: Int) -> String {
            var s = ""
            for _ in 0 ... draws.next(4) {
                if depth < 3, draws.next(3) == 0 {
                    let wrap = wraps[draws.next(wraps.count)]
                    s += wrap.replacingOccurrences(of: "%", with: fragment(depth + 1))
                } else {
                    for _ in 0 ... draws.next(6) { s += words[draws.next(words.count)] }
                }
            }
            return s
        }
        var short = 0, long = 0
        for _ in 0 ..< 300 {
            let document = try HTMLParser.parse("<html><body><div>\(fragment(0))</div></body></html>")
            for i in 0 ..< document.count where document.nodes[i].tag != .text {
                let text = document.normalizedText(of: i)
                for limit in [2, 6, 20, 80, 121] {
                    let expected: String? = text.hasFewerCharacters(than: limit) ? text : nil
                    #expect(document.normalizedText(of: i, ifFewerCharactersThan: limit) == expected, "\(text) \(limit)")
                    if document.normalizedTextHasASCIIPairs(atLeast: limit, of: i) {
                        #expect(text.count >= limit, "\(text) \(limit)")
                        long += 1
                    } else if expected != nil {
                        short += 1
                    }
                }
            }
        }
        #expect(short > 500)
        #expect(long > 500)
    }

    @Test("Names judged on bytes as on Characters")
    func namesOnBytes() {
        let pieces = ["Jane", "jane", " ", "  ", "Doe", "(with", "Ann)", "admin", "Admin", "http", "www.", "@jd", "x", "?", "!", ":",
                      "42", "Zoë", "ÉLAN", "\r\n", "-", ".", "staff writer", "Staff Writer", "o'Neil", "Mac", "&", "A"]
        var draws = Draws(seed: 31)
        var plausible = 0, names = 0
        for _ in 0 ..< 6000 {
            var name = ""
            for _ in 0 ... draws.next(12) { name += pieces[draws.next(pieces.count)] }
            let p = AuthorNames.isPlausibleOnCharacters(name)
            #expect(AuthorNames.isPlausible(name) == p, "\(name)")
            if p { plausible += 1 }
            for requireCapital in [true, false] {
                let slow = AuthorNames.looksLikeNameOnCharacters(name, requireCapital: requireCapital)
                #expect(AuthorNames.looksLikeName(name, requireCapital: requireCapital) == slow, "\(name) \(requireCapital)")
                if slow { names += 1 }
            }
        }
        #expect(plausible > 1000)
        #expect(names > 500)
    }

    @Test("A four-digit run is found by probing every fourth byte as by reading them all")
    func dateProbesAgreeWithFullScan() {
        var draws = Draws(seed: 37)
        var found = 0
        for _ in 0 ..< 20000 {
            var bytes: [UInt8] = []
            for _ in 0 ..< draws.next(24) { bytes.append(draws.next(3) == 0 ? UInt8(0x61 + draws.next(3)) : UInt8(0x30 + draws.next(10))) }
            let slice = bytes[...]
            let all = DateNormalizer.mayHoldDate(slice.lazy.map { $0 })
            #expect(DateNormalizer.mayHoldDate(slice) == all, "\(bytes)")
            // A slice that does not start at zero.
            let tail = bytes.dropFirst(min(1, bytes.count))
            #expect(DateNormalizer.mayHoldDate(tail) == DateNormalizer.mayHoldDate(tail.lazy.map { $0 }), "\(bytes)")
            if all { found += 1 }
        }
        #expect(found > 2000)
        #expect(found < 18000)
    }

    @Test("Language tags and keyword lists read on bytes as on Characters")
    func languageTagsAndKeywordsOnBytes() {
        let tagPieces = ["en", "EN", "_", "-", "us", "US", ",", ";", " ", "Latn", "hant", "419", "x", "toolong12", "fr", "é", "\r\n", "1"]
        let keywordPieces = ["rail", ",", " ", "Zoë", "é", ",\u{301}", "\u{600}", "\u{600},", "東京", "\u{1F44D}", ",,", "\r\n", "a"]
        var draws = Draws(seed: 41)
        var tags = 0
        for _ in 0 ..< 4000 {
            var raw = ""
            for _ in 0 ..< draws.next(6) { raw += tagPieces[draws.next(tagPieces.count)] }
            let slow = MetadataExtractor.languageTagOnCharacters(raw)
            #expect(MetadataExtractor.languageTag(raw) == slow, "\(raw)")
            if slow != nil { tags += 1 }
            var keywords = ""
            for _ in 0 ..< draws.next(8) { keywords += keywordPieces[draws.next(keywordPieces.count)] }
            #expect(MetadataExtractor.commaSeparated(keywords) == keywords.split(separator: ",").map(String.init),
                    "\(keywords.unicodeScalars.map(\.value))")
        }
        #expect(tags > 500)
    }

    @Test("Entities decoded on bytes as on Characters")
    func entitiesOnBytes() {
        let pieces = ["&amp;", "&", ";", "amp", "&#39;", "&#x2019;", "&#X41;", "&#xD800;", "&#+12;", "&nbsp;", "&copy", "&&lt;", "x",
                      " ", "Zoë", "\r\n", "&#769;", "#", "&ndash;", "&unknown;", "&verylongname;"]
        var draws = Draws(seed: 43)
        var ascii = 0
        for _ in 0 ..< 4000 {
            var s = ""
            for _ in 0 ..< draws.next(8) { s += pieces[draws.next(pieces.count)] }
            #expect(Array(HTMLEntities.decode(s).utf8) == Array(HTMLEntities.decodeCharacters(s).utf8), "\(s)")
            if s.isASCIIWithoutCR, s.contains("&") { ascii += 1 }
        }
        #expect(ascii > 1000)
    }

    @Test("Dates read from ASCII words lower-cased on bytes")
    func dateWordsOnBytes() {
        #expect(DateNormalizer.normalize("Posted MARCH 5, 2024") == "2024-03-05")
        #expect(DateNormalizer.normalize("5 Mars 2024") == "2024-03-05")
        #expect(DateNormalizer.normalize("Tue, 05 MAR 2024 10:00:00 GMT") == "2024-03-05")
    }

    @Test("Malformed JSON-LD repaired on bytes as on Characters")
    func jsonRepairOnBytes() {
        let pieces = ["{", "}", "[", "]", "\"", "\\", ",", ",,", ":", " ", "\n", "\t", "\u{B}", "name", "Zoë", "東京", "\u{A0}",
                      "\u{205F}", "\u{2014}", "}{", "x", "1", "\"a\nb\"", "\u{1F}", "\r\n", "\r", "\u{1F44D}", "\u{1F44D}\u{1F3FD}",
                      "\u{1F468}\u{200D}\u{1F469}", "\u{301}", "\u{200D}", "\u{600}", "\u{2028}", "\u{FE0F}", "\u{202F}", "\u{3000}",
                      // Runs longer than a word, for the word-at-a-time copy inside strings.
                      "a long plain value of words", "Ünïcödé wörds ïn ä lönger välue"]
        var draws = Draws(seed: 53)
        var plain = 0, other = 0
        for _ in 0 ..< 6000 {
            var text = ""
            for _ in 0 ... draws.next(16) { text += pieces[draws.next(pieces.count)] }
            guard JSONLDReader.hasPlainScalars(text) else { other += 1; continue }
            plain += 1
            let repaired = JSONLDReader.repairOnCharacters(text)
            #expect(Array(JSONLDReader.repairOnBytes(text).utf8) == Array(repaired.utf8), "\(text.unicodeScalars.map(\.value))")
            #expect(Array(JSONLDReader.separateObjectsOnBytes(repaired).utf8)
                    == Array(repaired.replacingOccurrences(of: "}{", with: "},{").utf8), "\(repaired)")
        }
        #expect(plain > 1500)
        #expect(other > 1500)
        for text in ["{\"k\":\"a\u{301}\"}", "\"\u{301}", " \u{200D}", "\u{600}1", "\u{A0}\u{301}", "x\u{FE0F}"] {
            #expect(!JSONLDReader.hasPlainScalars(text), "\(text.unicodeScalars.map(\.value))")
        }
        for text in ["{\"k\":\"Zoë\r\n東京 \u{1F44D}\u{1F3FD}\"}\r\n", "\u{1F468}\u{200D}\u{1F469}"] {
            #expect(JSONLDReader.hasPlainScalars(text), "\(text.unicodeScalars.map(\.value))")
        }
    }

    @Test("Script data values found through a pointer as by the slice search")
    func scriptDataValuesOnPointers() throws {
        // The search as it was, on slices.
        func reference(_ key: [UInt8], _ bytes: ArraySlice<UInt8>) -> String? {
            guard bytes.count > key.count + 4, let first = key.first else { return nil }
            var i = bytes.startIndex
            let end = bytes.endIndex - key.count
            while i < end {
                if bytes[i] == first, bytes[i + 1 ..< i + key.count].elementsEqual(key.dropFirst()),
                   i > bytes.startIndex, bytes[i - 1] == 0x22 || bytes[i - 1] == 0x5C || bytes[i - 1] == 0x27 {
                    var j = i + key.count
                    var skipped = 0
                    while j < bytes.endIndex, skipped < 8, [0x22, 0x5C, 0x27, 0x3A, 0x20].contains(bytes[j]) { j += 1; skipped += 1 }
                    guard skipped >= 2 else { i += 1; continue }
                    let start = j
                    while j < bytes.endIndex, j - start < 40, bytes[j] != 0x22, bytes[j] != 0x5C, bytes[j] != 0x27 { j += 1 }
                    if j > start { return String(decoding: bytes[start ..< j], as: UTF8.self) }
                }
                i += 1
            }
            return nil
        }
        let reader = ScriptDataReader(document: try HTMLParser.parse("<p>x</p>"))
        let pieces = ["\"", "\\", "'", ":", " ", "publishedAt", "datePublished", "pubDate", "2024-03-05", "x", "{", "d", "p", "\"\"", "é"]
        var draws = Draws(seed: 59)
        var found = 0
        for _ in 0 ..< 8000 {
            var text = ""
            for _ in 0 ... draws.next(14) { text += pieces[draws.next(pieces.count)] }
            let bytes = Array(("#" + text).utf8).dropFirst(draws.next(2))
            for key in ScriptDataReader.keys {
                let expected = reference(key, bytes)
                #expect(reader.value(after: key, in: bytes) == expected, "\(text)")
                if expected != nil { found += 1 }
            }
        }
        #expect(found > 200)
    }

    @Test("Meta keys read alike whether one plain key or a list; values kept in rank order")
    func metaKeysPlainAndListed() throws {
        let html = """
        <html><head>
        <meta name="author" content="Ann Lee">
        <meta property="author" content="Bo Ray">
        <meta name="AUTHOR" content=" Cy Dunn ">
        <meta itemprop="author" content="Di Ek">
        <meta property="og:title dc.title" content="Night Trains">
        <meta name="og:title" content="Late Trains">
        <meta property="og:title" content="Early Trains">
        <meta name="viewport" content="width=device-width">
        <meta name="description" content="">
        <meta name="keywords" content="rail, travel">
        </head><body><p>x</p></body></html>
        """
        let document = try HTMLParser.parse(html)
        var reader = MetaTagReader()
        for i in 0 ..< document.count where document.nodes[i].tag == .meta { reader.add(document: document, index: i) }
        #expect(reader.all(["author"]) == ["Bo Ray", "Ann Lee", "Cy Dunn", "Di Ek"])
        #expect(reader.best("author") == ["Bo Ray"])
        #expect(reader.all(["og:title"]) == ["Night Trains", "Early Trains", "Late Trains"])
        #expect(reader.first(["dc.title"]) == "Night Trains")
        #expect(reader.first(["description"]) == nil)
        #expect(reader.first(["keywords"]) == "rail, travel")
    }

    @Test("A word found by its shift table is found by the byte-set search, and only then")
    func foldedNeedleAgreesWithByteSetSearch() {
        let pieces = ["published", "PUBLISHED", "Published", "publishe", "ublished", "pub", "lished", "d", "p", " ",
                      "é", "東", "\u{00A4}", ",", "0", "5", "3", "(", ")", "%", "$", "\"", "shed", "Publi", "xpublishedx"]
        let needle = FoldedNeedle("published")
        var draws = Draws(seed: 5)
        var found = 0
        for _ in 0 ..< 4000 {
            var text = ""
            for _ in 0 ... draws.next(12) { text += pieces[draws.next(pieces.count)] }
            let bytes = Array(text.utf8)
            bytes.withUnsafeBufferPointer { buffer in
                // Whole texts and windows inside them.
                let a = draws.next(bytes.count + 1), b = draws.next(bytes.count + 1)
                for range in [0 ..< bytes.count, min(a, b) ..< max(a, b)] {
                    let fast = needle.occurs(in: buffer, range)
                    #expect(fast == BylineReader.contains(buffer, range, "published"), "\(text) \(range)")
                    if fast { found += 1 }
                }
            }
        }
        #expect(found > 1000)
    }

    /// The interpolated ISO strings `DateNormalizer` built before it wrote bytes.
    static func isoReference(_ y: Int, _ m: Int, _ d: Int, time: (Int, Int, Int)?, offset: DateNormalizer.Offset) -> String {
        func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let date = "\(y)-\(pad(m))-\(pad(d))"
        guard let (hour, minute, second) = time else { return date }
        var suffix = ""
        switch offset {
        case .none: break
        case .utc: suffix = "Z"
        case .hours(let sign, let hh, let mm): suffix = (sign == 0x2B ? "+" : "-") + pad(hh) + ":" + pad(mm)
        }
        return date + "T" + pad(hour) + ":" + pad(minute) + ":" + pad(second) + suffix
    }

    @Test("ISO dates and timestamps written as bytes equal the interpolated strings")
    func isoWrittenOnBytes() {
        for y in DateNormalizer.earliestYear ... DateNormalizer.latestYear {
            for m in 1 ... 12 {
                for d in 1 ... 31 {
                    #expect(DateNormalizer.format(y, m, d) == Self.isoReference(y, m, d, time: nil, offset: .none))
                }
            }
        }
        var draws = Draws(seed: 11)
        let offsets: [DateNormalizer.Offset] = [.none, .utc] + (0 ..< 15).flatMap { hh in
            [0, 30, 45, 59].flatMap { mm in [DateNormalizer.Offset.hours(sign: 0x2B, hh, mm), .hours(sign: 0x2D, hh, mm)] }
        }
        for _ in 0 ..< 5_000 {
            let y = DateNormalizer.earliestYear + draws.next(DateNormalizer.latestYear - DateNormalizer.earliestYear + 1)
            let m = 1 + draws.next(12), d = 1 + draws.next(31)
            let time = (draws.next(24), draws.next(60), draws.next(61))
            let offset = offsets[draws.next(offsets.count)]
            #expect(DateNormalizer.timestamp(y, m, d, time.0, time.1, time.2, offset)
                == Self.isoReference(y, m, d, time: time, offset: offset))
        }
        // Through the reader: a timestamp with a lower-case zone letter and fractions.
        #expect(DateNormalizer.normalize("2021-07-04t08:05:09.123z") == "2021-07-04T08:05:09Z")
        #expect(DateNormalizer.normalize("2021-07-04 08:05 -0330") == "2021-07-04T08:05:00-03:30")
    }
}
