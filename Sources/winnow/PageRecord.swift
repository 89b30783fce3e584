import Foundation

/// One line of `--input jsonl`: a page and what to carry through to its result.
///
/// ```
/// {"url": "https://example.org/a", "id": 17, "html": "<!DOCTYPE html>…"}
/// {"url": "https://example.org/b", "bodyBase64": "H4sIAAAA…", "contentType": "text/html; charset=shift_jis"}
/// ```
///
/// - `html`: the page as text. JSON strings are Unicode, so the page is read as UTF-8 whatever
///   its `<meta charset>` says (it was decoded when the string was made).
/// - `bodyBase64`: the page's bytes as served, base64-encoded: any encoding, gzip or not. Use it
///   when the bytes have not been decoded (a crawler's raw body): the encoding is then detected
///   as for a file (`contentType`'s charset, the byte-order mark, `<meta>`, the bytes).
/// - `contentType`: the HTTP `Content-Type`, whose charset is a hint for `bodyBase64`.
/// - `url`: the page's address (links resolve against it; the result's `source`).
/// - `id`: any JSON value, copied to the result as it is.
///
/// Exactly one of `html` and `bodyBase64` must be given; other keys are ignored.
struct PageRecord {
    var url: String?
    var id: JSONValue?
    /// `html`, as UTF-8 bytes.
    var html: [UInt8]?
    /// `bodyBase64`, still encoded (ASCII bytes).
    var bodyBase64: [UInt8]?
    var contentType: String?

    /// A line that is not a usable record, with the reason (for its error record).
    struct Invalid: Error {
        var reason: String
        /// What of the line could still be read, to carry into the error record.
        var url: String?
        var id: JSONValue?
    }

    /// The page's bytes and the encoding hint to extract them with.
    func page() throws(Invalid) -> (bytes: [UInt8], contentType: String?) {
        switch (html, bodyBase64) {
        case (let html?, nil):
            return (html, "text/html; charset=utf-8")
        case (nil, let encoded?):
            guard let data = Data(base64Encoded: Data(encoded), options: .ignoreUnknownCharacters) else {
                throw Invalid(reason: "bad record: bodyBase64 is not valid base64", url: url, id: id)
            }
            return ([UInt8](data), contentType)
        case (nil, nil):
            throw Invalid(reason: "bad record: it has neither an html nor a bodyBase64 field", url: url, id: id)
        case (_?, _?):
            throw Invalid(reason: "bad record: it has both html and bodyBase64; give one", url: url, id: id)
        }
    }

    /// Reads a line.
    static func decode(_ line: [UInt8]) throws(Invalid) -> PageRecord {
        if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) {
            throw Invalid(reason: "bad record: empty line")
        }
        if let record = PageRecordScanner.scan(line) { return record }
        // The general decoder, for what the scanner leaves (and for the reasons of bad lines).
        do {
            let fields = try JSONDecoder().decode(Fields.self, from: Data(line))
            return PageRecord(
                url: fields.url, id: fields.id, html: fields.html.map { Array($0.utf8) },
                bodyBase64: fields.bodyBase64.map { Array($0.utf8) }, contentType: fields.contentType)
        } catch let error as DecodingError {
            // Carry what can be read of a well-formed object whose fields have the wrong types.
            let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any]
            let url = object?["url"] as? String
            let id = (try? JSONDecoder().decode(IDOnly.self, from: Data(line)))?.id
            throw Invalid(reason: "bad record: " + Self.reason(error, isObject: object != nil), url: url, id: id)
        } catch {
            throw Invalid(reason: "bad record: not valid JSON")
        }
    }

    private struct IDOnly: Decodable { var id: JSONValue? }

    /// The keys of a record, as `JSONDecoder` reads them.
    private struct Fields: Decodable {
        var url: String?
        var id: JSONValue?
        var html: String?
        var bodyBase64: String?
        var contentType: String?
    }

    private static func reason(_ error: DecodingError, isObject: Bool) -> String {
        switch error {
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            if let key = context.codingPath.first?.stringValue { return "\(key) must be a string" }
            return isObject ? "not a JSON object" : "not a JSON object"
        case .dataCorrupted, .keyNotFound:
            return isObject ? "unreadable fields" : "not valid JSON"
        @unknown default:
            return "not valid JSON"
        }
    }
}

/// Any JSON value, kept to be written back unchanged (a record's `id`).
enum JSONValue: Codable, Sendable, Equatable {
    case null
    case bool(Bool)
    case integer(Int64)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() {
            self = .null
        } else if let b = try? c.decode(Bool.self) {
            self = .bool(b)
        } else if let i = try? c.decode(Int64.self) {
            self = .integer(i)
        } else if let d = try? c.decode(Double.self) {
            self = .number(d)
        } else if let s = try? c.decode(String.self) {
            self = .string(s)
        } else if let a = try? c.decode([JSONValue].self) {
            self = .array(a)
        } else {
            self = .object(try c.decode([String: JSONValue].self))
        }
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .null: try c.encodeNil()
        case .bool(let b): try c.encode(b)
        case .integer(let i): try c.encode(i)
        case .number(let d): try c.encode(d)
        case .string(let s): try c.encode(s)
        case .array(let a): try c.encode(a)
        case .object(let o): try c.encode(o)
        }
    }
}
