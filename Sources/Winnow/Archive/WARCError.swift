/// Why a WARC record, or the page in it, could not be read. Each description is written for a
/// person; offsets count bytes of the uncompressed stream.
public enum WARCError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A record's header could not be read (no `WARC/` version line, no valid
    /// `Content-Length`); the reader skips to the next line that starts a record.
    case malformedRecord(offset: Int, reason: String)
    /// The input ended inside a record.
    case truncatedRecord(offset: Int, recordID: String?)
    /// The gzip data of a `.warc.gz` is damaged: nothing after this point can be read.
    case corruptCompression(offset: Int)
    /// The HTTP response in a record could not be read.
    case malformedHTTP(String)
    /// The response's body is compressed with a coding Winnow does not decode (brotli, zstd…).
    case unsupportedContentEncoding(String)
    /// The body is larger than the limit, or the record was cut at the reader's limit.
    case tooLarge(bytes: Int, limit: Int)

    public var description: String {
        switch self {
        case .malformedRecord(let offset, let reason):
            return "malformed WARC record at byte \(offset): \(reason)"
        case .truncatedRecord(let offset, let recordID):
            return "truncated WARC record at byte \(offset)\(recordID.map { " (\($0))" } ?? ""): the input ends inside it"
        case .corruptCompression(let offset):
            return "corrupt gzip data after byte \(offset) of the WARC stream: the rest cannot be read"
        case .malformedHTTP(let reason):
            return "malformed HTTP response: \(reason)"
        case .unsupportedContentEncoding(let coding):
            return "unsupported Content-Encoding: \(coding)"
        case .tooLarge(let bytes, let limit):
            return "record of \(bytes) bytes is over the limit of \(limit) bytes"
        }
    }
}
