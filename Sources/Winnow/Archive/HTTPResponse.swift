/// An HTTP/1.x response as a WARC `response` record stores it: status line, header fields and
/// the body as it went over the wire.
public struct HTTPResponse: Sendable {
    /// The status code (200, 404…).
    public var status: Int
    public var fields: [HeaderField]
    /// The body as stored: possibly chunked (`Transfer-Encoding`) and compressed
    /// (`Content-Encoding`); ``decodedBody(maximumBytes:)`` undoes both.
    public var body: ArraySlice<UInt8>

    /// Reads a response from a record's block.
    ///
    /// - Throws: ``WARCError/malformedHTTP(_:)`` when there is no `HTTP/` status line.
    public init(parsing block: [UInt8]) throws(WARCError) {
        // The header ends at the first empty line (CRLF CRLF; bare LFs tolerated).
        var lines: [ArraySlice<UInt8>] = []
        var lineStart = 0
        var bodyStart: Int?
        var i = 0
        while i < block.count {
            if block[i] == 0x0A {
                let line = block[lineStart..<i]
                if HeaderField.trimmed(line).isEmpty {
                    // Blank lines before the status line are skipped; the first one after it
                    // ends the header.
                    if !lines.isEmpty {
                        bodyStart = i + 1
                        break
                    }
                } else {
                    lines.append(line)
                }
                lineStart = i + 1
            }
            i += 1
        }
        if bodyStart == nil, lineStart < block.count { lines.append(block[lineStart...]) }
        guard let statusLine = lines.first.map(HeaderField.trimmed), statusLine.starts(with: Array("HTTP/".utf8)) else {
            throw WARCError.malformedHTTP("no HTTP/ status line")
        }
        let parts = statusLine.split(separator: 0x20, maxSplits: 2, omittingEmptySubsequences: true)
        guard parts.count >= 2, let status = Int(HeaderField.text(parts[1])), (100...999).contains(status) else {
            throw WARCError.malformedHTTP("no status code in the status line")
        }
        self.status = status
        fields = HeaderField.parse(lines.dropFirst())
        body = bodyStart.map { block[$0...] } ?? []
    }

    /// The `Content-Type` field, such as `text/html; charset=utf-8`.
    public var contentType: String? { fields.value(of: "Content-Type") }

    /// The media type of the body, lower-cased and without parameters (`text/html`).
    public var mediaType: String? { mediaTypeOf(contentType) }

    /// The body with the transfer coding and the content coding undone.
    ///
    /// Chunked bodies are joined (a last chunk cut short keeps what arrived); a body marked
    /// chunked that does not start with a chunk size is taken as it is, since some crawlers
    /// store the body decoded but keep the header. `gzip`, `x-gzip` and `deflate` are inflated
    /// when the body starts as such data does (again, it may be stored decoded); `identity` is
    /// nothing to undo.
    ///
    /// - Throws: ``WARCError/unsupportedContentEncoding(_:)`` for other codings (brotli,
    ///   zstd…), ``WARCError/tooLarge(bytes:limit:)`` over `maximumBytes`, and
    ///   ``WARCError/malformedHTTP(_:)`` for a compressed body that cannot be inflated.
    public func decodedBody(maximumBytes: Int = HTMLParser.defaultMaximumBytes) throws(WARCError) -> [UInt8] {
        var bytes = Array(body)
        if let transfer = fields.value(of: "Transfer-Encoding"), transfer.lowercased().contains("chunked"),
            let joined = try Self.dechunked(bytes, maximumBytes: maximumBytes)
        {
            bytes = joined
        }
        let codings = (fields.value(of: "Content-Encoding") ?? "").lowercased()
            .split(separator: ",").map { $0.filter { $0 != " " && $0 != "\t" } }.filter { !$0.isEmpty && $0 != "identity" }
        for coding in codings.reversed() {
            switch coding {
            case "gzip", "x-gzip", "deflate":
                guard Self.looksCompressed(bytes) else { continue }
                do {
                    bytes = try Gzip.decompress(bytes, limit: maximumBytes)
                } catch WinnowError.tooLarge {
                    throw WARCError.tooLarge(bytes: maximumBytes + 1, limit: maximumBytes)
                } catch {
                    throw WARCError.malformedHTTP("the \(coding) body could not be inflated")
                }
            default:
                throw WARCError.unsupportedContentEncoding(String(coding))
            }
        }
        if bytes.count > maximumBytes { throw WARCError.tooLarge(bytes: bytes.count, limit: maximumBytes) }
        return bytes
    }

    /// Whether bytes start as gzip or zlib data.
    private static func looksCompressed(_ bytes: [UInt8]) -> Bool {
        guard bytes.count >= 2 else { return false }
        if bytes[0] == 0x1F, bytes[1] == 0x8B { return true }
        // zlib: deflate method, and the header's check bits.
        return bytes[0] & 0x0F == 8 && (Int(bytes[0]) << 8 | Int(bytes[1])) % 31 == 0
    }

    /// Joins the chunks of a chunked body; nil when the body does not start with a chunk size.
    static func dechunked(_ bytes: [UInt8], maximumBytes: Int) throws(WARCError) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        var chunks = 0
        while i < bytes.count {
            guard let lineEnd = bytes[i...].firstIndex(of: 0x0A) else { break }
            // The size in hexadecimal, then optional extensions after `;`.
            var size = 0
            var digits = 0
            var j = i
            while j < lineEnd, let digit = Self.hexValue(bytes[j]) {
                size = size &* 16 &+ digit
                digits += 1
                j += 1
            }
            while j < lineEnd, bytes[j] == 0x20 || bytes[j] == 0x09 { j += 1 }
            let sizeLineOK = digits > 0 && digits <= 15 && (j == lineEnd || bytes[j] == 0x3B || bytes[j] == 0x0D)
            guard sizeLineOK else {
                if chunks == 0 { return nil }
                break
            }
            chunks += 1
            i = lineEnd + 1
            if size == 0 { break }
            let take = min(size, bytes.count - i)
            if out.count + take > maximumBytes { throw WARCError.tooLarge(bytes: out.count + take, limit: maximumBytes) }
            out.append(contentsOf: bytes[i..<(i + take)])
            i += take
            // The chunk's closing line end.
            if i < bytes.count, bytes[i] == 0x0D { i += 1 }
            if i < bytes.count, bytes[i] == 0x0A { i += 1 }
        }
        return out
    }

    private static func hexValue(_ b: UInt8) -> Int? {
        switch b {
        case 0x30...0x39: return Int(b - 0x30)
        case 0x41...0x46: return Int(b - 0x41 + 10)
        case 0x61...0x66: return Int(b - 0x61 + 10)
        default: return nil
        }
    }
}
