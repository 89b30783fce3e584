/// Decides a page's character encoding in the WHATWG order: byte-order mark, the caller's
/// hint, a `<meta>` declaration in the first 1,024 bytes, valid UTF-8, then windows-1252.
///
/// One deliberate departure from browsers: a declared single-byte encoding is overruled when
/// the bytes are valid UTF-8 with multi-byte sequences in them. Legacy text essentially never
/// forms valid UTF-8 by chance, while servers and templates that declare latin-1 over UTF-8
/// bytes are common, and a browser's mojibake helps no reader.
enum EncodingDetector {
    /// The number of leading bytes searched for a `<meta>` declaration, as browsers do.
    static let prescanLength = 1024

    /// Decides the encoding of `bytes`, given an optional `Content-Type` value or label.
    ///
    /// Also tells, when it scanned them (no byte-order mark), whether the bytes are UTF-8 with
    /// nothing for the preparation pass to repair (`cleanUTF8`), which spares that pass a scan.
    static func detect(
        _ bytes: UnsafeBufferPointer<UInt8>, hint: String?
    ) -> (DetectedEncoding, bomLength: Int, cleanUTF8: Bool?) {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            return (.init(name: "UTF-8", source: .byteOrderMark), 3, nil)
        }
        if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF {
            return (.init(name: "UTF-16BE", source: .byteOrderMark), 2, nil)
        }
        if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE {
            return (.init(name: "UTF-16LE", source: .byteOrderMark), 2, nil)
        }
        let utf8 = UTF8Scan.scan(bytes)
        if let hint, let declared = labelFromContentType(hint).flatMap(EncodingLabel.encoding(forLabel:)) {
            return (resolve(declared, source: .hint, utf8: utf8), 0, utf8.isClean)
        }
        if let label = prescanMeta(bytes), var declared = EncodingLabel.encoding(forLabel: label) {
            // A page cannot be UTF-16 when its declaration was readable as ASCII.
            if declared.hasPrefix("UTF-16") { declared = "UTF-8" }
            return (resolve(declared, source: .meta, utf8: utf8), 0, utf8.isClean)
        }
        if utf8.isValid { return (.init(name: "UTF-8", source: .validUTF8), 0, utf8.isClean) }
        return (.init(name: "windows-1252", source: .fallback), 0, utf8.isClean)
    }

    private static func resolve(_ declared: String, source: DetectedEncoding.Source, utf8: UTF8Scan) -> DetectedEncoding {
        if declared != "UTF-8", !declared.hasPrefix("UTF-16"), utf8.isValid, utf8.hasMultiByte {
            return .init(name: "UTF-8", source: .validUTF8)
        }
        return .init(name: declared, source: source)
    }

    /// The charset of a `Content-Type` value (`text/html; charset=x`), or the value itself
    /// when it is a bare label.
    static func labelFromContentType(_ value: String) -> String? {
        // An ASCII value is lower-cased byte by byte (what `lowercased()` does to ASCII); the
        // byte sets are tests, not `Set`s built for each call.
        let lower = value.utf8.allSatisfy({ $0 < 0x80 })
            ? value.utf8.map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 } : Array(value.lowercased().utf8)
        let key = Array("charset".utf8)
        guard let at = ByteSearch.firstIndex(of: key, in: lower[...]) else {
            return lower.contains(UInt8(ascii: "/")) ? nil : String(decoding: lower, as: UTF8.self)
        }
        func isSkipped(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x22 || b == 0x27 }
        func isStop(_ b: UInt8) -> Bool { b == 0x22 || b == 0x27 || b == 0x3B || b == 0x20 || b == 0x3E || b == 0x2F || b == 0x09 }
        var i = at + key.count
        while i < lower.count, lower[i] == 0x20 || lower[i] == 0x09 { i += 1 }
        guard i < lower.count, lower[i] == UInt8(ascii: "=") else { return nil }
        i += 1
        while i < lower.count, isSkipped(lower[i]) { i += 1 }
        var j = i
        while j < lower.count, !isStop(lower[j]) { j += 1 }
        return j > i ? String(decoding: lower[i ..< j], as: UTF8.self) : nil
    }

    /// Finds a charset declared by a `<meta>` tag in the first bytes of the page.
    static func prescanMeta(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let limit = min(bytes.count, prescanLength)
        var i = 0
        while i + 5 < limit {
            defer { i += 1 }
            guard bytes[i] == UInt8(ascii: "<"),
                  bytes[i + 1] | 0x20 == UInt8(ascii: "m"), bytes[i + 2] | 0x20 == UInt8(ascii: "e"),
                  bytes[i + 3] | 0x20 == UInt8(ascii: "t"), bytes[i + 4] | 0x20 == UInt8(ascii: "a")
            else { continue }
            var j = i + 5
            let tagEnd = min(bytes.count, i + 512)
            var tag: [UInt8] = []
            while j < tagEnd, bytes[j] != UInt8(ascii: ">") {
                tag.append(bytes[j] | (bytes[j] >= 0x41 && bytes[j] <= 0x5A ? 0x20 : 0))
                j += 1
            }
            let text = String(decoding: tag, as: UTF8.self)
            if let label = labelFromContentType(text) {
                return label
            }
        }
        return nil
    }
}

/// One pass over bytes that tells whether they are valid UTF-8, whether any character
/// needed more than one byte, and whether they hold nothing the preparation pass repairs
/// (no NUL, no overlong form, surrogate or sequence cut short).
struct UTF8Scan {
    var isValid: Bool
    var hasMultiByte: Bool
    var isClean: Bool

    static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> UTF8Scan {
        let verdict = LibXML2.scanUTF8(bytes)
        return UTF8Scan(isValid: verdict.valid, hasMultiByte: verdict.multiByte, isClean: verdict.clean)
    }
}
