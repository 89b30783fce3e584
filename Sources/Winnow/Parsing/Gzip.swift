/// gzip decompression for pages stored compressed (`.html.gz`, WARC payloads).
public enum Gzip {
    /// Whether bytes start with gzip's magic number.
    public static func isCompressed(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer(InputSniffer.isGzip)
    }

    /// Inflates gzip bytes (several concatenated members are read as one stream).
    ///
    /// - Parameters:
    ///   - bytes: gzip data.
    ///   - limit: The largest output accepted, against decompression bombs.
    /// - Throws: ``WinnowError/corruptCompression`` or ``WinnowError/tooLarge(bytes:limit:)``.
    public static func decompress(_ bytes: [UInt8], limit: Int = HTMLParser.defaultMaximumBytes) throws -> [UInt8] {
        try LibXML2.gunzip(bytes, limit: limit)
    }
}
