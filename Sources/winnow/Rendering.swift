import Foundation
import Winnow

// The one place where the command turns an `Extraction` into output: the library renders
// every format (`Extraction.rendered(as:includeBlocks:)`); the command adds the comments to
// plain text and shapes the one-line records of `--format jsonl`.

/// Renders an extraction in a format of the library.
///
/// Text is the main text followed, when comments were asked for, by the comments after a blank
/// line. Markdown, HTML and JSON are the library's renderings.
func render(_ extraction: Extraction, _ format: OutputFormat) -> String {
    switch format {
    case .text:
        return plainText(extraction)
    case .markdown, .html, .json:
        let rendered = extraction.rendered(as: format)
        return rendered.isEmpty || rendered.hasSuffix("\n") ? rendered : rendered + "\n"
    }
}

/// One line of `--format jsonl`: the JSON object on a single line, naming its input as `source`.
func renderJSONLine(_ extraction: Extraction, source: String) -> String {
    encode(ExtractionRecord(extraction, source: source), pretty: false) + "\n"
}

/// One line of a record run (`--input jsonl|warc`): the `jsonl` object with the record's
/// address as `source` and its `id` (null when it has none) carried through.
func renderRecordLine(_ extraction: Extraction, source: String?, id: JSONValue?) -> String {
    var record = ExtractionRecord(extraction, source: source)
    record.id = .some(id ?? .null)
    return encode(record, pretty: false) + "\n"
}

/// The line of a record that failed: its `source` and `id` as far as they are known, and `error`.
func renderErrorLine(source: String?, id: JSONValue?, reason: String) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    let data = (try? encoder.encode(ErrorRecord(source: source, id: id ?? .null, error: reason))) ?? Data("{}".utf8)
    return String(decoding: data, as: UTF8.self) + "\n"
}

/// The JSON shape of a failed record: `{"error": …, "id": …, "source": …}`.
private struct ErrorRecord: Encodable {
    var source: String?
    var id: JSONValue
    var error: String

    enum CodingKeys: String, CodingKey { case source, id, error }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(source, forKey: .source)
        try c.encode(id, forKey: .id)
        try c.encode(error, forKey: .error)
    }
}

private func plainText(_ extraction: Extraction) -> String {
    if extraction.comments.isEmpty { return extraction.text }
    if extraction.text.isEmpty { return extraction.comments }
    return extraction.text + "\n" + extraction.comments
}

private func encode(_ record: ExtractionRecord, pretty: Bool) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
    // Encoding strings, arrays and optionals cannot fail.
    let data = (try? encoder.encode(record)) ?? Data("{}".utf8)
    return String(decoding: data, as: UTF8.self)
}

/// The JSON shape of an extraction: every key is always present (null when unknown), so that
/// consumers can rely on it. `date` is the ISO 8601 publication date, else the date of the last
/// modification.
private struct ExtractionRecord: Encodable {
    var source: String?
    /// A record's id: nil outside record runs (no key), `.some(.null)` for a record without one.
    var id: JSONValue??
    var text: String
    var comments: String?
    var title: String?
    var author: String?
    var authors: [String]
    var date: String?
    var dateModified: String?
    var sitename: String?
    var lang: String?
    var description: String?
    var url: String?
    var image: String?
    var tags: [String]
    var categories: [String]
    var license: String?
    var pageType: String?
    var encoding: String

    init(_ e: Extraction, source: String?) {
        let m = e.metadata
        self.source = source
        comments = e.comments.isEmpty ? nil : e.comments
        text = e.text
        title = m.title
        author = m.author
        authors = m.authors
        date = m.date
        dateModified = m.dateModified
        sitename = m.siteName
        lang = m.language
        description = m.description
        url = m.canonicalURL
        image = m.image
        tags = m.tags
        categories = m.categories
        license = m.license
        pageType = m.pageType
        encoding = e.encoding.name
    }

    enum CodingKeys: String, CodingKey {
        case source, id, text, comments, title, author, authors, date, dateModified, sitename, lang, description
        case url, image, tags, categories, license, pageType, encoding
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        if let source {
            try c.encode(source, forKey: .source)
        } else if id != nil {
            try c.encodeNil(forKey: .source)
        }
        if let id { try c.encode(id ?? .null, forKey: .id) }
        try c.encode(text, forKey: .text)
        if let comments { try c.encode(comments, forKey: .comments) }
        try c.encode(title, forKey: .title)
        try c.encode(author, forKey: .author)
        try c.encode(authors, forKey: .authors)
        try c.encode(date, forKey: .date)
        try c.encode(dateModified, forKey: .dateModified)
        try c.encode(sitename, forKey: .sitename)
        try c.encode(lang, forKey: .lang)
        try c.encode(description, forKey: .description)
        try c.encode(url, forKey: .url)
        try c.encode(image, forKey: .image)
        try c.encode(tags, forKey: .tags)
        try c.encode(categories, forKey: .categories)
        try c.encode(license, forKey: .license)
        try c.encode(pageType, forKey: .pageType)
        try c.encode(encoding, forKey: .encoding)
    }
}
