import Foundation

/// A JSON value read by ``JSONValue/parse(_:)``: strings stay undecoded slices of the input
/// until a reader asks for one, since a page's structured data holds far more text (article
/// bodies, reviews, offers) than the metadata reads.
enum JSONValue {
    case null
    case bool(Bool)
    /// The number as written (JSON's grammar checked).
    case number(ArraySlice<UInt8>)
    case string(JSONString)
    case array([JSONValue])
    case object(JSONObject)

    /// Deepest nesting of arrays and objects accepted, as Foundation's `JSONSerialization`
    /// (512 levels parse, 513 do not).
    static let maximumDepth = 512

    /// Parses one JSON text; nil when it is not valid JSON.
    ///
    /// What is accepted is what Foundation's `JSONSerialization` accepts with
    /// `.fragmentsAllowed` (the reader it replaces, whose repairs depend on which scripts
    /// fail): RFC 8259 JSON, plus a byte-order mark at the start and one trailing comma
    /// after the last element of an array or object. Raw control characters in strings,
    /// unpaired surrogate escapes, comments, `NaN`, leading zeros and text after the value
    /// are refused. Malformed input of any kind returns nil; nothing traps.
    static func parse(_ bytes: [UInt8]) -> JSONValue? {
        var reader = Reader(bytes: bytes)
        return reader.document()
    }

    /// The string, when the value is one.
    var string: String? {
        if case .string(let s) = self { return s.value }
        return nil
    }

    var object: JSONObject? {
        if case .object(let o) = self { return o }
        return nil
    }

    /// What `NSNumber.stringValue` gives for a number or a boolean from `JSONSerialization`
    /// ("1" for true, "1.0" for 1.0, "1000.0" for 1e3): numbers are rare in the fields read,
    /// so Foundation renders them.
    var numberText: String? {
        switch self {
        case .bool(let b): return b ? "1" : "0"
        case .number(let digits):
            let number = try? JSONSerialization.jsonObject(with: Data(digits), options: [.fragmentsAllowed])
            return (number as? NSNumber)?.stringValue
        default: return nil
        }
    }

    private struct Reader {
        let bytes: [UInt8]
        var i = 0
        var depth = 0

        init(bytes: [UInt8]) { self.bytes = bytes }

        mutating func document() -> JSONValue? {
            if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { i = 3 }
            skipSpace()
            guard let value = value() else { return nil }
            skipSpace()
            return i == bytes.count ? value : nil
        }

        @inline(__always)
        mutating func skipSpace() {
            while i < bytes.count {
                let b = bytes[i]
                guard b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 else { return }
                i += 1
            }
        }

        mutating func value() -> JSONValue? {
            guard i < bytes.count else { return nil }
            switch bytes[i] {
            case 0x7B: return object()
            case 0x5B: return array()
            case 0x22: return string().map(JSONValue.string)
            case 0x74: return literal("true", .bool(true))
            case 0x66: return literal("false", .bool(false))
            case 0x6E: return literal("null", .null)
            case 0x2D, 0x30 ... 0x39: return number()
            default: return nil
            }
        }

        mutating func literal(_ word: StaticString, _ value: JSONValue) -> JSONValue? {
            let n = word.utf8CodeUnitCount
            guard i + n <= bytes.count else { return nil }
            let p = word.utf8Start
            for k in 0 ..< n where bytes[i + k] != p[k] { return nil }
            i += n
            return value
        }

        /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`
        mutating func number() -> JSONValue? {
            let start = i
            if bytes[i] == 0x2D { i += 1 }
            guard i < bytes.count, isDigit(bytes[i]) else { return nil }
            if bytes[i] == 0x30 {
                i += 1
                if i < bytes.count, isDigit(bytes[i]) { return nil }
            } else {
                while i < bytes.count, isDigit(bytes[i]) { i += 1 }
            }
            if i < bytes.count, bytes[i] == 0x2E {
                i += 1
                guard i < bytes.count, isDigit(bytes[i]) else { return nil }
                while i < bytes.count, isDigit(bytes[i]) { i += 1 }
            }
            if i < bytes.count, bytes[i] | 0x20 == 0x65 {
                i += 1
                if i < bytes.count, bytes[i] == 0x2B || bytes[i] == 0x2D { i += 1 }
                guard i < bytes.count, isDigit(bytes[i]) else { return nil }
                while i < bytes.count, isDigit(bytes[i]) { i += 1 }
            }
            return .number(bytes[start ..< i])
        }

        @inline(__always)
        func isDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }

        /// A string at `i` (its opening quote), escapes checked but not decoded.
        mutating func string() -> JSONString? {
            i += 1
            let start = i
            var escaped = false
            while i < bytes.count {
                // The run of plain bytes up to the next quote, backslash or control byte, in a
                // local loop over a pointer (strings are most of a script's bytes; the loop
                // below stored the index and checked the bounds at every byte).
                // (Eight bytes at a time: ``JSONPlainRun``.)
                let from = i
                i = bytes.withUnsafeBufferPointer { JSONPlainRun.end(in: $0, from: from) }
                guard i < bytes.count else { break }
                let b = bytes[i]
                if b == 0x22 {
                    let startsWithMark = i - start >= 3 && bytes[start] == 0xEF && bytes[start + 1] == 0xBB && bytes[start + 2] == 0xBF
                    let s = JSONString(bytes: bytes[start ..< i], escaped: escaped || startsWithMark)
                    i += 1
                    return s
                }
                if b < 0x20 { return nil }
                if b == 0x5C {
                    escaped = true
                    guard i + 1 < bytes.count else { return nil }
                    switch bytes[i + 1] {
                    case 0x22, 0x5C, 0x2F, 0x62, 0x66, 0x6E, 0x72, 0x74: i += 2
                    case 0x75:
                        guard let unit = JSONString.hex4(bytes, i + 2) else { return nil }
                        i += 6
                        if unit >= 0xDC00 && unit <= 0xDFFF { return nil }
                        if unit >= 0xD800 && unit <= 0xDBFF {
                            // A high surrogate must be followed by an escaped low one.
                            guard i + 1 < bytes.count, bytes[i] == 0x5C, bytes[i + 1] == 0x75,
                                  let low = JSONString.hex4(bytes, i + 2), low >= 0xDC00 && low <= 0xDFFF else { return nil }
                            i += 6
                        }
                    default: return nil
                    }
                    continue
                }
                i += 1
            }
            return nil
        }

        mutating func array() -> JSONValue? {
            depth += 1
            guard depth <= JSONValue.maximumDepth else { return nil }
            defer { depth -= 1 }
            i += 1
            var items: [JSONValue] = []
            skipSpace()
            if i < bytes.count, bytes[i] == 0x5D { i += 1; return .array(items) }
            while true {
                guard let item = value() else { return nil }
                items.append(item)
                skipSpace()
                guard i < bytes.count else { return nil }
                if bytes[i] == 0x5D { i += 1; return .array(items) }
                guard bytes[i] == 0x2C else { return nil }
                i += 1
                skipSpace()
                // One trailing comma is allowed.
                if i < bytes.count, bytes[i] == 0x5D { i += 1; return .array(items) }
            }
        }

        mutating func object() -> JSONValue? {
            depth += 1
            guard depth <= JSONValue.maximumDepth else { return nil }
            defer { depth -= 1 }
            i += 1
            var members: [JSONObject.Member] = []
            skipSpace()
            if i < bytes.count, bytes[i] == 0x7D { i += 1; return .object(JSONObject(members: members)) }
            while true {
                guard i < bytes.count, bytes[i] == 0x22, let key = string() else { return nil }
                skipSpace()
                guard i < bytes.count, bytes[i] == 0x3A else { return nil }
                i += 1
                skipSpace()
                guard let value = value() else { return nil }
                members.append(.init(key: key, value: value))
                skipSpace()
                guard i < bytes.count else { return nil }
                if bytes[i] == 0x7D { i += 1; return .object(JSONObject(members: members)) }
                guard bytes[i] == 0x2C else { return nil }
                i += 1
                skipSpace()
                if i < bytes.count, bytes[i] == 0x7D { i += 1; return .object(JSONObject(members: members)) }
            }
        }
    }
}

/// A JSON string as it stands between its quotes, decoded on demand.
///
/// Decoded as Foundation's `JSONSerialization` decodes: it converts the raw runs of a
/// string (from its start, and after each escape) one by one with a conversion that drops
/// a byte-order mark at the start of a run, so a raw U+FEFF there is not part of the value.
struct JSONString {
    let bytes: ArraySlice<UInt8>
    /// Whether it holds a backslash escape or starts with a byte-order mark (else its
    /// bytes are its UTF-8).
    let escaped: Bool

    var value: String {
        guard escaped else { return String(decoding: bytes, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = bytes.startIndex
        var runStart = true
        while i < bytes.endIndex {
            let b = bytes[i]
            if runStart {
                runStart = false
                if b == 0xEF, i + 2 < bytes.endIndex, bytes[i + 1] == 0xBB, bytes[i + 2] == 0xBF {
                    i += 3
                    continue
                }
            }
            guard b == 0x5C, i + 1 < bytes.endIndex else { out.append(b); i += 1; continue }
            switch bytes[i + 1] {
            case 0x62: out.append(0x08)
            case 0x66: out.append(0x0C)
            case 0x6E: out.append(0x0A)
            case 0x72: out.append(0x0D)
            case 0x74: out.append(0x09)
            case 0x75:
                var scalar = UInt32(Self.hex4(bytes, i + 2) ?? 0xFFFD)
                i += 6
                if scalar >= 0xD800 && scalar <= 0xDBFF, let low = Self.hex4(bytes, i + 2) {
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (UInt32(low) - 0xDC00)
                    i += 6
                }
                out.append(contentsOf: String(Unicode.Scalar(scalar) ?? "\u{FFFD}").utf8)
                runStart = true
                continue
            default: out.append(bytes[i + 1]) // " \ /
            }
            i += 2
            runStart = true
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether the string is `key` (ASCII), without decoding it when it has no escapes.
    func equals(_ key: StaticString) -> Bool {
        guard !escaped else { return value == key.description }
        let n = key.utf8CodeUnitCount
        guard bytes.count == n else { return false }
        let p = key.utf8Start
        var k = 0
        for b in bytes {
            guard b == p[k] else { return false }
            k += 1
        }
        return true
    }

    /// Whether two keys are the same key (as `String` equality decides).
    func sameKey(as other: JSONString) -> Bool {
        if !escaped, !other.escaped, bytes.allSatisfy({ $0 < 0x80 }), other.bytes.allSatisfy({ $0 < 0x80 }) {
            return bytes.elementsEqual(other.bytes)
        }
        return value == other.value
    }

    /// The value of four hexadecimal digits at `at`, nil when they are not that.
    static func hex4<C: RandomAccessCollection>(_ bytes: C, _ at: C.Index) -> UInt16? where C.Element == UInt8, C.Index == Int {
        guard at + 4 <= bytes.endIndex else { return nil }
        var v: UInt16 = 0
        for k in at ..< at + 4 {
            let b = bytes[k]
            let d: UInt8
            switch b {
            case 0x30 ... 0x39: d = b - 0x30
            case 0x41 ... 0x46: d = b - 0x41 + 10
            case 0x61 ... 0x66: d = b - 0x61 + 10
            default: return nil
            }
            v = v << 4 | UInt16(d)
        }
        return v
    }
}

/// A JSON object's members in document order. A key written twice reads as its last
/// value, and counts once, as in the dictionary Foundation makes.
struct JSONObject {
    struct Member {
        let key: JSONString
        let value: JSONValue
    }

    let members: [Member]

    subscript(key: StaticString) -> JSONValue? {
        for member in members.reversed() where member.key.equals(key) { return member.value }
        return nil
    }

    /// Whether the object has more than `n` distinct keys, without counting past that.
    func hasMoreKeys(than n: Int) -> Bool {
        guard members.count > n else { return false }
        var distinct: [JSONString] = []
        for member in members where !distinct.contains(where: { $0.sameKey(as: member.key) }) {
            distinct.append(member.key)
            if distinct.count > n { return true }
        }
        return false
    }

    /// Whether a later member has the key of member `k` (which then does not count).
    func isOverridden(_ k: Int) -> Bool {
        members[(k + 1)...].contains { $0.key.sameKey(as: members[k].key) }
    }
}
