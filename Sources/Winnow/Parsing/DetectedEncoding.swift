/// The character encoding a page was decoded with, and what decided it.
public struct DetectedEncoding: Sendable, Equatable, Codable {
    /// What decided the encoding, in the order Winnow consults them.
    public enum Source: String, Sendable, Codable {
        /// A byte-order mark at the start of the bytes.
        case byteOrderMark
        /// The caller's hint, such as an HTTP `Content-Type` charset.
        case hint
        /// A `<meta charset>` or `http-equiv` declaration in the first 1,024 bytes.
        case meta
        /// The bytes are valid UTF-8 (no declaration, or one that the bytes contradict).
        case validUTF8
        /// Nothing else decided: windows-1252, the web's historical default.
        case fallback
        /// The input was a Swift `String`, hence already UTF-8.
        case assumed
    }

    /// The WHATWG name of the encoding, such as `UTF-8` or `windows-1252`.
    public var name: String
    /// What decided it.
    public var source: Source

    public init(name: String, source: Source) {
        self.name = name
        self.source = source
    }
}
