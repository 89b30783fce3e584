// How page bytes become text: which encoding wins, and that the words come out right.
// The legacy-encoded pages are in Fixtures/Encoding, written by Scripts/make-test-fixtures.
import Testing
@testable import Winnow

@Suite("Encoding detection and decoding")
struct EncodingTests {
    typealias Support = ParsingTestSupport

    /// One fixture page: what should decide its encoding and words that must come out intact.
    struct Case: CustomTestStringConvertible, Sendable {
        var file: String
        var hint: String? = nil
        var name: String
        var source: DetectedEncoding.Source
        var words: [String]
        var testDescription: String { file + (hint.map { " with hint \($0)" } ?? "") }
    }

    static let declaredCases: [Case] = [
        Case(
            file: "windows-1252-meta.html", name: "windows-1252", source: .meta,
            words: ["Café", "Käsekuchen", "3,80 €", "„Wir wollten", "fühlen“", "Uhr – nur", "Straße"]),
        Case(
            file: "iso-8859-2-meta.html", name: "ISO-8859-2", source: .meta,
            words: ["Mieszkańcy Łodzi", "kładkę", "środę", "dziewięć", "żółte lampy"]),
        Case(
            file: "koi8-r-meta.html", name: "KOI8-R", source: .meta,
            words: ["весна пришла в город", "тёплых курток", "Ёжики", "подснежники"]),
        Case(
            file: "shift_jis-http-equiv.html", name: "Shift_JIS", source: .meta,
            words: ["京都の紅葉は例年より", "嵐山", "東福寺", "観光協会"]),
        Case(
            file: "iso-2022-jp-meta.html", name: "ISO-2022-JP", source: .meta,
            words: ["京都の紅葉は例年より", "嵐山", "東福寺", "観光協会"]),
        Case(
            file: "gbk-meta-gb2312.html", name: "GBK", source: .meta,
            words: ["西湖边的桂花", "龙井茶的品质", "价格也保持稳定"]),
        Case(
            file: "utf-16le-bom.html", name: "UTF-16LE", source: .byteOrderMark,
            words: ["À Thessalonique", "« μπουγάτσα »", "pâte feuilletée", "une île voisine"]),
        Case(
            file: "utf-16be-bom.html", name: "UTF-16BE", source: .byteOrderMark,
            words: ["montaña", "la señora Núñez", "almendras 🍍 que", "según"]),
        // No declaration, and the bytes are not UTF-8: the web's default.
        Case(
            file: "windows-1252-undeclared.html", name: "windows-1252", source: .fallback,
            words: ["Café", "Käsekuchen", "3,80 €", "„Wir wollten", "Straße"]),
        // The page's meta tag says windows-1252, the server knows better.
        Case(
            file: "iso-8859-2-meta-says-windows-1252.html", hint: "text/html; charset=ISO-8859-2",
            name: "ISO-8859-2", source: .hint, words: ["Mieszkańcy Łodzi", "żółte lampy"]),
        Case(
            file: "iso-8859-2-meta-says-windows-1252.html", hint: "latin2",
            name: "ISO-8859-2", source: .hint, words: ["Mieszkańcy Łodzi", "żółte lampy"]),
        // A byte-order mark beats a contradicting hint.
        Case(
            file: "utf-16le-bom.html", hint: "text/html; charset=windows-1252",
            name: "UTF-16LE", source: .byteOrderMark, words: ["« μπουγάτσα »"]),
    ]

    @Test("fixture pages decode to the right words and report what decided", arguments: declaredCases)
    func fixturePageDecodes(_ c: Case) throws {
        let bytes = try Support.fixture("Encoding/" + c.file)
        let document = try HTMLParser.parse(bytes, encodingHint: c.hint)
        #expect(document.encoding == DetectedEncoding(name: c.name, source: c.source))
        let all = Support.allText(document)
        for word in c.words {
            #expect(all.contains(word), "document text lacks \(word)")
        }
        #expect(!all.contains("\u{FFFD}"), "replacement characters in \(all)")

        let extraction = try Extractor().extract(bytes, contentType: c.hint)
        #expect(extraction.encoding == document.encoding)
        for word in c.words {
            #expect(extraction.text.contains(word), "extracted text lacks \(word): \(extraction.text)")
        }
    }

    @Test("without the hint, the lying meta tag is obeyed and the Polish page is mis-decoded")
    func metaDecidesWhenThereIsNoHint() throws {
        let bytes = try Support.fixture("Encoding/iso-8859-2-meta-says-windows-1252.html")
        let document = try HTMLParser.parse(bytes)
        #expect(document.encoding == DetectedEncoding(name: "windows-1252", source: .meta))
        // 0xA3 is Ł in ISO-8859-2 and £ in windows-1252.
        #expect(Support.allText(document).contains("£odzi"))
    }

    @Test("a page declaring iso-8859-1 whose bytes are UTF-8 is read as UTF-8")
    func lyingLatin1DeclarationIsOverruledByValidUTF8() throws {
        let html = Support.page(
            title: "Théâtre",
            paragraphs: [
                "Le théâtre de la ville rouvre ses portes après deux ans de travaux. La façade a été "
                    + "nettoyée, et la grande salle a retrouvé ses fauteuils de velours rouge.",
                "La première pièce, venue de Zürich, raconte l'histoire d'une famille qui hérite d'un "
                    + "hôtel au bord du lac. Les billets sont déjà presque tous vendus.",
            ],
            head: #"<meta http-equiv="content-type" content="text/html; charset=iso-8859-1">"#)
        let extraction = try Extractor().extract(Array(html.utf8))
        #expect(extraction.encoding == DetectedEncoding(name: "UTF-8", source: .validUTF8))
        for word in ["théâtre", "façade", "Zürich", "hôtel"] {
            #expect(extraction.text.contains(word), "extracted text lacks \(word)")
        }
    }

    @Test("a declared legacy encoding stands when the bytes are pure ASCII")
    func asciiPageKeepsItsDeclaration() throws {
        let html = Support.page(paragraphs: [Support.prose("plain ASCII")], head: #"<meta charset="koi8-r">"#)
        let document = try HTMLParser.parse(Array(html.utf8))
        #expect(document.encoding == DetectedEncoding(name: "KOI8-R", source: .meta))
    }

    @Test("a UTF-8 byte-order mark wins over a hint and a meta tag")
    func utf8ByteOrderMarkWinsOverEverything() throws {
        let html = Support.page(
            paragraphs: ["Über den Wolken: Grüße aus Köln, geschrieben in UTF-8 mit Byte-Order-Mark. "
                + "Dieser Absatz ist lang genug, damit er als Inhalt gilt, und er enthält Umlaute."],
            head: #"<meta charset="koi8-r">"#)
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(html.utf8)
        let document = try HTMLParser.parse(bytes, encodingHint: "text/html; charset=windows-1251")
        #expect(document.encoding == DetectedEncoding(name: "UTF-8", source: .byteOrderMark))
        let all = Support.allText(document)
        #expect(all.contains("Grüße aus Köln"))
        #expect(!all.contains("\u{FEFF}"), "the byte-order mark leaked into the text")
    }

    @Test("a Content-Type hint wins over the meta tag")
    func hintWinsOverMeta() throws {
        // windows-1251 bytes for "Привет, мир" under a page that claims KOI8-R.
        let cp1251: [UInt8] = [0xCF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2, 0x2C, 0x20, 0xEC, 0xE8, 0xF0]
        let bytes = Array(#"<html><head><meta charset="koi8-r"></head><body><p>"#.utf8) + cp1251
            + Array("</p></body></html>".utf8)
        let document = try HTMLParser.parse(bytes, encodingHint: "text/html;charset=\"windows-1251\"")
        #expect(document.encoding == DetectedEncoding(name: "windows-1251", source: .hint))
        #expect(Support.allText(document) == "Привет, мир")
    }

    @Test("an unknown hint label is ignored and the meta tag decides")
    func unknownHintFallsThroughToMeta() throws {
        let bytes = try Support.fixture("Encoding/koi8-r-meta.html")
        let document = try HTMLParser.parse(bytes, encodingHint: "text/html; charset=x-no-such-charset")
        #expect(document.encoding == DetectedEncoding(name: "KOI8-R", source: .meta))
        #expect(Support.allText(document).contains("подснежники"))
    }

    @Test("undeclared UTF-8 is recognised as valid UTF-8")
    func undeclaredUTF8() throws {
        let html = "<p>Ça va très bien, merci — 漢字 too.</p>"
        let document = try HTMLParser.parse(Array(html.utf8))
        #expect(document.encoding == DetectedEncoding(name: "UTF-8", source: .validUTF8))
        #expect(Support.allText(document) == "Ça va très bien, merci — 漢字 too.")
    }

    @Test("a Swift string is parsed as UTF-8 and says so")
    func stringInputIsAssumedUTF8() throws {
        let document = try HTMLParser.parse("<p>Grüße, Здравствуйте, こんにちは</p>")
        #expect(document.encoding == DetectedEncoding(name: "UTF-8", source: .assumed))
        #expect(Support.allText(document) == "Grüße, Здравствуйте, こんにちは")
    }

    @Test("invalid bytes in a UTF-8 page become U+FFFD and the rest decodes")
    func invalidSequenceInUTF8PageIsReplaced() throws {
        let bytes = Array("<p>Grüße ".utf8) + [0xC3, 0x28] + Array(" aus Köln</p>".utf8)
        let document = try HTMLParser.parse(bytes, encodingHint: "utf-8")
        #expect(document.encoding == DetectedEncoding(name: "UTF-8", source: .hint))
        #expect(Support.allText(document) == "Grüße \u{FFFD}( aus Köln")
    }

    @Test("Content-Type values and bare labels yield the charset", arguments: [
        ("text/html; charset=UTF-8", "utf-8"),
        ("text/html;charset=\"Shift_JIS\"", "shift_jis"),
        ("text/html; Charset = 'koi8-r'", "koi8-r"),
        ("windows-1250", "windows-1250"),
        ("text/html", nil),
    ] as [(String, String?)])
    func contentTypeLabel(_ value: String, _ expected: String?) {
        #expect(EncodingDetector.labelFromContentType(value) == expected)
    }

    @Test("WHATWG labels map to their encodings", arguments: [
        ("latin1", "windows-1252"), ("ISO-8859-1", "windows-1252"), ("us-ascii", "windows-1252"),
        ("gb2312", "GBK"), ("x-sjis", "Shift_JIS"), (" KOI8-R ", "KOI8-R"), ("utf8", "UTF-8"),
        ("ks_c_5601-1987", "EUC-KR"), ("iso-8859-9", "windows-1254"),
    ])
    func whatwgLabel(_ label: String, _ encoding: String) {
        #expect(EncodingLabel.encoding(forLabel: label) == encoding)
    }

    @Test("an unknown label maps to nothing")
    func unknownLabel() {
        #expect(EncodingLabel.encoding(forLabel: "x-klingon") == nil)
    }

    @Test("the meta prescan reads only the first 1,024 bytes")
    func metaPrescanIsBounded() throws {
        let padding = "<!--" + String(repeating: "x", count: 1100) + "-->"
        let html = "<html><head>\(padding)<meta charset=\"koi8-r\"></head><body><p>late</p></body></html>"
        let document = try HTMLParser.parse(Array(html.utf8))
        #expect(document.encoding == DetectedEncoding(name: "UTF-8", source: .validUTF8))
    }
}
