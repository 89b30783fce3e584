/// Why a page could not be read. Each case's description is written for a person.
public enum WinnowError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The input had no bytes, or only whitespace.
    case emptyInput
    /// The bytes are not a web page (an image, an archive, binary data); the reason says what
    /// they look like instead.
    case notHTML(String)
    /// Compressed input that could not be inflated.
    case corruptCompression
    /// The input is larger than the limit the caller set.
    case tooLarge(bytes: Int, limit: Int)
    /// A file could not be read.
    case unreadable(path: String, reason: String)
    /// libxml2 returned no document at all.
    case parseFailed

    public var description: String {
        switch self {
        case .emptyInput: return "empty input: there is no HTML to read"
        case .notHTML(let what): return "not HTML: the input looks like \(what)"
        case .corruptCompression: return "the gzip data is corrupt and could not be decompressed"
        case .tooLarge(let bytes, let limit): return "input of \(bytes) bytes is over the limit of \(limit) bytes"
        case .unreadable(let path, let reason): return "cannot read \(path): \(reason)"
        case .parseFailed: return "the HTML parser could not build a document from the input"
        }
    }
}
