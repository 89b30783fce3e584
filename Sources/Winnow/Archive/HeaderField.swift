/// One `Name: value` line of a WARC record's header or of an HTTP response's header.
public struct HeaderField: Sendable, Equatable {
    public var name: String
    public var value: String

    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }

    /// Parses header lines (`Name: value`, continuation lines starting with a space or a tab
    /// joined to the line before); lines without a colon are ignored, as readers of real
    /// archives must tolerate them.
    static func parse<Lines: Sequence>(_ lines: Lines) -> [HeaderField] where Lines.Element == ArraySlice<UInt8> {
        var fields: [HeaderField] = []
        for line in lines {
            guard let first = line.first else { continue }
            if first == 0x20 || first == 0x09, !fields.isEmpty {
                fields[fields.count - 1].value += " " + text(trimmed(line))
                continue
            }
            guard let colon = line.firstIndex(of: 0x3A) else { continue }
            let name = text(trimmed(line[..<colon]))
            if name.isEmpty { continue }
            fields.append(HeaderField(name: name, value: text(trimmed(line[(colon + 1)...]))))
        }
        return fields
    }

    /// Header bytes as text: UTF-8 where valid, each invalid byte replaced.
    static func text(_ bytes: ArraySlice<UInt8>) -> String { String(decoding: bytes, as: UTF8.self) }

    /// Bytes without the spaces, tabs and line ends around them.
    static func trimmed(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var slice = bytes
        while let b = slice.first, b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0A { slice = slice.dropFirst() }
        while let b = slice.last, b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0A { slice = slice.dropLast() }
        return slice
    }
}

extension Array where Element == HeaderField {
    /// The value of the first field with this name (names compare without regard to case).
    public func value(of name: String) -> String? {
        first { $0.name.caseInsensitiveEquals(name) }?.value
    }
}

extension String {
    /// Whether two ASCII names are equal ignoring case (header names are ASCII).
    fileprivate func caseInsensitiveEquals(_ other: String) -> Bool {
        let a = utf8, b = other.utf8
        guard a.count == b.count else { return false }
        return zip(a, b).allSatisfy { x, y in
            x == y || ((x | 0x20) == (y | 0x20) && (x | 0x20) >= 0x61 && (x | 0x20) <= 0x7A)
        }
    }
}

/// The media type of a `Content-Type` value: lower-cased, without parameters
/// (`Text/HTML; charset=utf-8` → `text/html`); nil when empty.
func mediaTypeOf(_ contentType: String?) -> String? {
    guard let contentType else { return nil }
    let type = contentType.split(separator: ";", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
    let trimmed = type.trimming(" \t")
    return trimmed.isEmpty ? nil : trimmed.lowercased()
}

extension StringProtocol {
    fileprivate func trimming(_ set: String) -> String {
        let drop = Set(set)
        var slice = Substring(self)
        while let c = slice.first, drop.contains(c) { slice = slice.dropFirst() }
        while let c = slice.last, drop.contains(c) { slice = slice.dropLast() }
        return String(slice)
    }
}
