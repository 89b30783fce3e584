// The byte-level JSON reader behind JSON-LD metadata: what it accepts must be what
// Foundation's JSONSerialization accepted (the repairs of JSONLDReader depend on which
// scripts fail), and malformed input of any kind must give nil, never a trap.
import Foundation
import Testing
@testable import Winnow

@Suite("Reading JSON on bytes")
struct JSONValueTests {
    private func parse(_ text: String) -> JSONValue? { JSONValue.parse(Array(text.utf8)) }

    /// A text form of a value, the same for Foundation's objects and ours: keys sorted, a
    /// key written twice read as its last value, numbers as `NSNumber.stringValue`.
    private static func canonical(_ value: JSONValue) -> String {
        switch value {
        case .null: return "null"
        case .bool, .number: return "n:" + (value.numberText ?? "?")
        case .string(let s): return "s:" + s.value.debugDescription
        case .array(let items): return "[" + items.map(canonical).joined(separator: ",") + "]"
        case .object(let object):
            var last: [String: String] = [:]
            for member in object.members { last[member.key.value] = canonical(member.value) }
            return "{" + last.keys.sorted().map { "\($0.debugDescription):\(last[$0]!)" }.joined(separator: ",") + "}"
        }
    }

    private static func canonical(foundation value: Any) -> String {
        switch value {
        case is NSNull: return "null"
        case let s as String: return "s:" + s.debugDescription
        case let n as NSNumber: return "n:" + n.stringValue
        case let list as [Any]: return "[" + list.map { canonical(foundation: $0) }.joined(separator: ",") + "]"
        case let object as [String: Any]:
            return "{" + object.keys.sorted().map { "\($0.debugDescription):\(canonical(foundation: object[$0]!))" }
                .joined(separator: ",") + "}"
        default: return "?"
        }
    }

    private static func foundation(_ bytes: [UInt8]) -> String? {
        (try? JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])).map { canonical(foundation: $0) }
    }

    @Test("objects, arrays, nesting and the scalars read as written")
    func readsNestedValues() throws {
        let value = try #require(parse(#"{"@type":["Article","Thing"],"n":-12.5e2,"ok":true,"none":null,"in":{"list":[[],{}]}}"#))
        let object = try #require(value.object)
        #expect(object["@type"].map(Self.canonical) == #"[s:"Article",s:"Thing"]"#)
        #expect(object["n"]?.numberText == "-1250.0")
        #expect(object["ok"]?.numberText == "1")
        if case .null? = object["none"] {} else { Issue.record("null is a value") }
        #expect(object["missing"] == nil)
        #expect(object["in"].map(Self.canonical) == #"{"list":[[],{}]}"#)
    }

    @Test("escapes: the short ones, \\u with either case, surrogate pairs, and escaped keys")
    func decodesEscapes() throws {
        let object = try #require(parse(#"{"s":"a\"b\\c\/d\b\f\n\r\t","u":"\u00e9\u00C9\ud83d\ude00","\u0040id":"x"}"#)?.object)
        #expect(object["s"]?.string == "a\"b\\c/d\u{08}\u{0C}\n\r\t")
        #expect(object["u"]?.string == "éÉ😀")
        #expect(object["@id"]?.string == "x")
    }

    @Test("a key written twice reads as its last value and counts once")
    func duplicateKeys() throws {
        let object = try #require(parse(##"{"name":"First","@id":"#a","name":"Second"}"##)?.object)
        #expect(object["name"]?.string == "Second")
        #expect(!object.hasMoreKeys(than: 2))
        #expect(object.hasMoreKeys(than: 1))
        #expect(object.isOverridden(0) && !object.isOverridden(2))
    }

    @Test("malformed JSON gives nil")
    func refusesMalformedInput() {
        let malformed = [
            "", " ", "{", "}", "[", "[1", "[1]]", "{\"a\"}", "{\"a\":}", "{\"a\" 1}", "{a:1}", "{'a':1}", "{\"a\":1 \"b\":2}",
            "[,]", "{,}", "[,1]", "[1,,2]", "{\"a\":1,,}", "[tru]", "[True]", "[nul]", "[NaN]", "[+1]", "[01]", "[-01]", "[1.]",
            "[.5]", "[1e]", "[1e+]", "[-]", "[\"a\tb\"]", "[\"a\nb\"]", "[\"\u{01}\"]", "[\"\\x\"]", "[\"\\u12\"]", "[\"\\u12G4\"]",
            "[\"\\ud800\"]", "[\"\\udc00\"]", "[\"\\ud800\\u0041\"]", "[\"unterminated]", "[\"\\", "{\"a\":1} x",
            "{\"a\":1}{\"b\":2}", "[1]\u{0C}", "\u{0C}[1]", "\u{A0}[1]", "[1]\u{FEFF}", " \u{FEFF}[1]", "/* c */ [1]", "[1] // c",
        ]
        for text in malformed {
            #expect(parse(text) == nil, "\(text.debugDescription)")
            #expect(Self.foundation(Array(text.utf8)) == nil, "Foundation too refuses \(text.debugDescription)")
        }
    }

    @Test("what Foundation also accepts: one trailing comma, a leading byte-order mark, bare scalars")
    func acceptsFoundationsExtensions() {
        for text in ["[1,]", "{\"a\":1,}", "{\"a\":[{},],}", "\u{FEFF}[1]", "\"text\"", "12", "null", " \r\n\t[ ]\t"] {
            #expect(parse(text) != nil, "\(text.debugDescription)")
        }
    }

    @Test("512 levels of nesting parse, 513 do not, as in Foundation; deep input does not trap")
    func nestingLimit() {
        let deepest = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
        let tooDeep = String(repeating: "[", count: 513) + String(repeating: "]", count: 513)
        #expect(parse(deepest) != nil)
        #expect(parse(tooDeep) == nil)
        #expect(parse(String(repeating: "{\"a\":", count: 100_000)) == nil)
        #expect(parse(String(repeating: "[", count: 100_000)) == nil)
    }

    @Test("a raw byte-order mark opening a run of a string is dropped, as Foundation drops it")
    func byteOrderMarksInStrings() throws {
        let object = try #require(parse("{\"a\":\"\u{FEFF}x\",\"b\":\"x\\n\u{FEFF}y\",\"c\":\"x \u{FEFF}y\",\"d\":\"\\ufeffz\",\"\u{FEFF}e\":1}")?.object)
        #expect(object["a"]?.string == "x")
        #expect(object["b"]?.string == "x\ny")
        #expect(object["c"]?.string == "x \u{FEFF}y")
        #expect(object["d"]?.string == "\u{FEFF}z")
        #expect(object["e"] != nil)
    }

    @Test("on thousands of mangled scripts, the reader accepts and reads exactly what Foundation does")
    func agreesWithFoundation() {
        let seeds = [
            ##"{"@context":"https://schema.org","@graph":[{"@type":"WebSite","@id":"#site","name":"A \u00e9 site"},"##
                + ##"{"@type":["NewsArticle"],"headline":"Line\none","author":[{"@id":"#p"},{"name":"B"}],"n":[0,-1.5e3,7,true,null]}]}"##,
            "{\"name\":\"x\u{FEFF}\\t\u{FEFF}y\",\"k\":{\"a\":[1,2,],\"a\":\"\\ud83d\\ude00\"},}",
            ##"[{"@type":"Person","name":"C \"D\"","sameAs":["u","v"]},{"@id":"#p","givenName":"E","familyName":"F"}]"##,
        ]
        let pieces: [[UInt8]] = ["{", "}", "[", "]", ",", ":", "\"", "\\", "u", "0", "d", "8", "-", "e", ".", " ", "\n", "\t",
                                 "1", "a", "\u{FEFF}", "\u{01}", "é", "tru", "null"].map { Array($0.utf8) }
        var generator = SeededGenerator(seed: 20261129)
        var checked = 0, accepted = 0
        for round in 0 ..< 4000 {
            var bytes = Array(seeds[round % seeds.count].utf8)
            for _ in 0 ..< Int.random(in: 1 ... 3, using: &generator) {
                let at = Int.random(in: 0 ... bytes.count, using: &generator)
                if Bool.random(using: &generator), at < bytes.count {
                    bytes.remove(at: at)
                } else {
                    bytes.insert(contentsOf: pieces.randomElement(using: &generator)!, at: at)
                }
            }
            // Scripts reach the reader as Swift strings: valid UTF-8 only.
            guard String(validating: bytes, as: UTF8.self) != nil else { continue }
            checked += 1
            let ours = JSONValue.parse(bytes).map(Self.canonical)
            if ours != nil { accepted += 1 }
            #expect(ours == Self.foundation(bytes), "\(String(decoding: bytes, as: UTF8.self).debugDescription)")
        }
        #expect(checked > 3000)
        #expect(accepted > 100)
    }
}

@Suite("Reading JSON-LD")
struct JSONLDReaderTests {
    @Test("@graph members, @id references, arrays of scripts' objects and numbers read as text")
    func graphAndReferences() {
        var reader = JSONLDReader()
        reader.add(script: #"""
            {"@graph":[{"@type":"Person","@id":"#p","name":"Ana Lind"},
             {"@type":"BlogPosting","headline":"A &amp; B","author":{"@id":"#p"},"publisher":{"@type":"Organization","@id":"#o","name":"Quill"},
              "datePublished":"2021-04-05","keywords":"one, two","articleSection":[7,"Notes"]}]}
            """#)
        reader.add(script: #"[{"@type":"WebSite","name":"Quill Site","inLanguage":{"alternateName":"nb"}}]"#)
        let facts = reader.facts()
        #expect(facts.headline == "A & B")
        #expect(facts.authors == ["Ana Lind"])
        #expect(facts.publisher == "Quill")
        #expect(facts.datePublished == "2021-04-05")
        #expect(facts.keywords == ["one", "two"])
        #expect(facts.sections == ["7", "Notes"])
        #expect(facts.websiteName == "Quill Site")
        #expect(facts.language == "nb")
        #expect(facts.type == "BlogPosting")
    }

    @Test("a malformed script is skipped; raw line breaks, trailing commas and comment wrappers are repaired")
    func malformedAndRepairedScripts() {
        var reader = JSONLDReader()
        let lost = reader.add(script: #"{"@type":"Article","headline":"Lost" "author":}"#)
        #expect(!lost)
        let lone = reader.add(script: "{\"@type\":\"Article\",\"headline\":\"\\ud800\"}")
        #expect(!lone)
        let repaired = reader.add(script: "<!--{\"@type\":\"Article\",\n \"headline\":\"Two\nlines\" , ,\"author\":\"Kim Ode\",}-->")
        #expect(repaired)
        let facts = reader.facts()
        #expect(facts.headline == "Two lines")
        #expect(facts.authors == ["Kim Ode"])
    }

    @Test("objects written back to back are read as a list")
    func backToBackObjects() {
        var reader = JSONLDReader()
        let added = reader.add(script: #"{"@type":"WebSite","name":"Slate Row"}{"@type":"Article","headline":"Gates"}"#)
        #expect(added)
        #expect(reader.facts().websiteName == "Slate Row")
        #expect(reader.facts().headline == "Gates")
    }
}
