internal import CLibXML2

/// Turns the bytes of a page into a ``Document``: sniffs, decompresses, decodes to UTF-8,
/// parses with libxml2 and records the tree in Swift arrays.
///
/// This file and `LibXML2.swift` are the only Swift code that touches C memory. Every
/// libxml2 document is freed before `parse` returns, so nothing C-owned outlives a call.
public enum HTMLParser {
    /// Default cap on decompressed input, against decompression bombs.
    public static let defaultMaximumBytes = 256 << 20

    /// Parses a page from its bytes.
    ///
    /// - Parameters:
    ///   - bytes: The page as served: any encoding, optionally gzip-compressed.
    ///   - encodingHint: An HTTP `Content-Type` value or a bare charset label, if known.
    ///   - maximumBytes: Input (after decompression) larger than this is refused.
    /// - Throws: ``WinnowError`` for empty, binary, corrupt or oversized input.
    public static func parse(
        _ bytes: [UInt8], encodingHint: String? = nil, maximumBytes: Int = defaultMaximumBytes
    ) throws -> Document {
        if bytes.withUnsafeBufferPointer(InputSniffer.isGzip) {
            let inflated = try Gzip.decompress(bytes, limit: maximumBytes)
            return try parseDecompressed(inflated, encodingHint: encodingHint, maximumBytes: maximumBytes)
        }
        return try parseDecompressed(bytes, encodingHint: encodingHint, maximumBytes: maximumBytes)
    }

    /// Parses a page held in a Swift string (hence UTF-8).
    public static func parse(_ html: String) throws -> Document {
        let utf8 = Array(html.utf8)
        if utf8.allSatisfy(\.isASCIIWhitespace) { throw WinnowError.emptyInput }
        // A Swift string's UTF-8 is well-formed: only a NUL needs the repair.
        let clean = !utf8.contains(0)
        var document = try utf8.withUnsafeBufferPointer { try LibXML2.buildDocument(utf8: $0, clean: clean) }
        document.encoding = .init(name: "UTF-8", source: .assumed)
        return document
    }

    private static func parseDecompressed(
        _ bytes: [UInt8], encodingHint: String?, maximumBytes: Int
    ) throws -> Document {
        if bytes.count > maximumBytes { throw WinnowError.tooLarge(bytes: bytes.count, limit: maximumBytes) }
        if bytes.allSatisfy(\.isASCIIWhitespace) { throw WinnowError.emptyInput }
        let (encoding, bomLength, cleanUTF8) = try bytes.withUnsafeBufferPointer { buffer in
            if let kind = InputSniffer.nonHTMLKind(buffer) { throw WinnowError.notHTML(kind) }
            return EncodingDetector.detect(buffer, hint: encodingHint)
        }
        var document: Document
        if let iconvName = EncodingLabel.iconvName(for: encoding.name) {
            let utf8 = try LibXML2.convert(bytes, dropping: bomLength, from: iconvName)
                ?? LibXML2.convert(bytes, dropping: bomLength, from: "CP1252")
                ?? { throw WinnowError.notHTML("text in an encoding this system cannot decode") }()
            document = try utf8.withUnsafeBufferPointer { try LibXML2.buildDocument(utf8: $0) }
        } else {
            // Malformed sequences and NULs are mended by the preparation pass before libxml2.
            document = try bytes.withUnsafeBufferPointer {
                try LibXML2.buildDocument(utf8: UnsafeBufferPointer(rebasing: $0[bomLength...]), clean: cleanUTF8 ?? false)
            }
        }
        document.encoding = encoding
        return document
    }
}
