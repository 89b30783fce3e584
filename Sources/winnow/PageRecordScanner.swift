import Foundation

/// Reads a page record straight from the bytes of its line, without building Swift strings for
/// the page: `html` goes from the JSON string's bytes to UTF-8 bytes in one pass (escapes
/// undone), which is most of the cost of a record otherwise (the general decoder spent 20 % of a
/// record run's time building the page's `String`, then the extractor needs bytes again).
///
/// It takes only what it is sure of: one object whose keys have no escapes, the record's keys
/// holding strings (or null), valid UTF-8. Anything else (a number where a string belongs,
/// a duplicate key, a lone surrogate, bad JSON) returns nil, and the general decoder decides,
/// so results and error reasons are the same either way.
enum PageRecordScanner {
    static func scan(_ line: [UInt8]) -> PageRecord? {
        line.withUnsafeBufferPointer { bytes -> PageRecord? in
            var scanner = Cursor(bytes: bytes)
            return scanner.record()
        }
    }

    private struct Cursor {
        let bytes: UnsafeBufferPointer<UInt8>
        var i = 0

        mutating func record() -> PageRecord? {
            var record = PageRecord()
            var seen = Set<String>()
            skipSpace()
            guard take(0x7B) else { return nil }  // {
            skipSpace()
            if take(0x7D) { return finished(record) }  // }
            while true {
                skipSpace()
                guard let key = plainKey(), seen.insert(key).inserted else { return nil }
                skipSpace()
                guard take(0x3A) else { return nil }  // :
                skipSpace()
                switch key {
                case "html", "bodyBase64", "url", "contentType":
                    guard let value = stringOrNull() else { return nil }
                    guard let value else { break }
                    switch key {
                    case "html": record.html = value
                    case "bodyBase64": record.bodyBase64 = value
                    case "url": record.url = String(decoding: value, as: UTF8.self)
                    default: record.contentType = String(decoding: value, as: UTF8.self)
                    }
                case "id":
                    let start = i
                    guard skipValue() else { return nil }
                    let span = Data(UnsafeBufferPointer(rebasing: bytes[start..<i]))
                    guard let id = try? JSONDecoder().decode(JSONValue.self, from: span) else { return nil }
                    record.id = id == .null ? nil : id
                default:
                    guard skipCheckedValue() else { return nil }
                }
                skipSpace()
                if take(0x2C) { continue }  // ,
                guard take(0x7D) else { return nil }
                return finished(record)
            }
        }

        /// The record, when nothing but white space follows the object.
        private mutating func finished(_ record: PageRecord) -> PageRecord? {
            skipSpace()
            return i == bytes.count ? record : nil
        }

        private mutating func skipSpace() {
            while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D { i += 1 }
        }

        private mutating func take(_ byte: UInt8) -> Bool {
            guard i < bytes.count, bytes[i] == byte else { return false }
            i += 1
            return true
        }

        /// A key without escapes.
        private mutating func plainKey() -> String? {
            guard take(0x22) else { return nil }
            let start = i
            while i < bytes.count, bytes[i] != 0x22 {
                if bytes[i] == 0x5C || bytes[i] < 0x20 { return nil }
                i += 1
            }
            guard i < bytes.count else { return nil }
            let key = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
            i += 1
            return key
        }

        /// A string's UTF-8 bytes (`.some(nil)` for null), or nil when the value is neither or is
        /// not valid.
        private mutating func stringOrNull() -> [UInt8]?? {
            if i + 4 <= bytes.count, bytes[i] == 0x6E, bytes[i + 1] == 0x75, bytes[i + 2] == 0x6C, bytes[i + 3] == 0x6C {
                i += 4
                return .some(nil)
            }
            guard take(0x22) else { return nil }
            var out: [UInt8] = []
            var run = i
            var ascii = true
            while i < bytes.count {
                let b = bytes[i]
                if b == 0x22 {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<i]))
                    i += 1
                    // JSON text is UTF-8; the general decoder refuses anything else.
                    if !ascii, String(validating: out, as: UTF8.self) == nil { return nil }
                    return .some(out)
                }
                if b < 0x20 { return nil }
                if b >= 0x80 { ascii = false }
                if b == 0x5C {
                    if out.isEmpty { out.reserveCapacity(bytes.count - run) }
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<i]))
                    guard unescape(into: &out) else { return nil }
                    run = i
                    continue
                }
                i += 1
            }
            return nil
        }

        /// Undoes the escape at `i` (a backslash), appending its UTF-8 bytes.
        private mutating func unescape(into out: inout [UInt8]) -> Bool {
            guard i + 1 < bytes.count else { return false }
            let e = bytes[i + 1]
            i += 2
            switch e {
            case 0x22, 0x5C, 0x2F: out.append(e)
            case 0x62: out.append(0x08)
            case 0x66: out.append(0x0C)
            case 0x6E: out.append(0x0A)
            case 0x72: out.append(0x0D)
            case 0x74: out.append(0x09)
            case 0x75:
                guard var scalar = hex4() else { return false }
                if (0xD800..<0xDC00).contains(scalar) {
                    // A high surrogate must be followed by an escaped low one.
                    guard i + 1 < bytes.count, bytes[i] == 0x5C, bytes[i + 1] == 0x75 else { return false }
                    i += 2
                    guard let low = hex4(), (0xDC00..<0xE000).contains(low) else { return false }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                } else if (0xDC00..<0xE000).contains(scalar) {
                    return false
                }
                guard let unicode = Unicode.Scalar(scalar) else { return false }
                out.append(contentsOf: UTF8.encode(unicode)!)
            default:
                return false
            }
            return true
        }

        private mutating func hex4() -> UInt32? {
            guard i + 4 <= bytes.count else { return nil }
            var value: UInt32 = 0
            for k in 0..<4 {
                let b = bytes[i + k]
                let digit: UInt32
                switch b {
                case 0x30...0x39: digit = UInt32(b - 0x30)
                case 0x41...0x46: digit = UInt32(b - 0x41 + 10)
                case 0x61...0x66: digit = UInt32(b - 0x61 + 10)
                default: return nil
                }
                value = value << 4 | digit
            }
            i += 4
            return value
        }

        /// Skips the value of a key the record does not read, checking that it is valid JSON (a
        /// line the general decoder would refuse must not pass here).
        private mutating func skipCheckedValue() -> Bool {
            guard i < bytes.count else { return false }
            let start = i
            switch bytes[i] {
            case 0x22:
                return stringOrNull() != nil
            case 0x7B, 0x5B:
                guard skipValue() else { return false }
                let span = Data(UnsafeBufferPointer(rebasing: bytes[start..<i]))
                return (try? JSONSerialization.jsonObject(with: span)) != nil
            default:
                guard skipValue() else { return false }
                let literal = UnsafeBufferPointer(rebasing: bytes[start..<i])
                return literal.elementsEqual("true".utf8) || literal.elementsEqual("false".utf8)
                    || literal.elementsEqual("null".utf8) || Self.isNumber(literal)
            }
        }

        /// Whether bytes are a JSON number: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
        private static func isNumber(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
            var k = 0
            func digits() -> Int {
                let from = k
                while k < b.count, (0x30...0x39).contains(b[k]) { k += 1 }
                return k - from
            }
            if k < b.count, b[k] == 0x2D { k += 1 }
            guard k < b.count else { return false }
            if b[k] == 0x30 { k += 1 } else if digits() == 0 { return false }
            if k < b.count, b[k] == 0x2E {
                k += 1
                if digits() == 0 { return false }
            }
            if k < b.count, b[k] == 0x65 || b[k] == 0x45 {
                k += 1
                if k < b.count, b[k] == 0x2B || b[k] == 0x2D { k += 1 }
                if digits() == 0 { return false }
            }
            return k == b.count
        }

        /// Skips any JSON value (checked only as far as needed to find its end; the caller
        /// checks the span).
        private mutating func skipValue() -> Bool {
            guard i < bytes.count else { return false }
            switch bytes[i] {
            case 0x22:
                i += 1
                while i < bytes.count {
                    if bytes[i] == 0x5C {
                        i += 2
                        continue
                    }
                    if bytes[i] == 0x22 {
                        i += 1
                        return true
                    }
                    i += 1
                }
                return false
            case 0x7B, 0x5B:
                var depth = 0
                while i < bytes.count {
                    let b = bytes[i]
                    if b == 0x22 {
                        guard skipValue() else { return false }
                        continue
                    }
                    if b == 0x7B || b == 0x5B { depth += 1 }
                    if b == 0x7D || b == 0x5D {
                        depth -= 1
                        if depth == 0 {
                            i += 1
                            return true
                        }
                    }
                    i += 1
                }
                return false
            default:
                // A number, true, false or null: up to the next delimiter.
                let start = i
                while i < bytes.count, ![0x2C, 0x7D, 0x5D, 0x20, 0x09, 0x0A, 0x0D].contains(bytes[i]) { i += 1 }
                return i > start
            }
        }
    }
}
