/// One record of a WARC file (ISO 28500): its named fields and its content block.
///
/// A `response` record's block is an HTTP response (status line, headers, body), read with
/// ``HTTPResponse``; ``payload(maximumBytes:)`` picks out the HTML page, if the record holds one.
public struct WARCRecord: Sendable {
    /// The version line, such as `WARC/1.1`.
    public var version: String
    /// The record's header fields, in order.
    public var fields: [HeaderField]
    /// The content block, cut at the reader's `maximumBlockBytes` (see ``isBlockComplete``).
    public var block: [UInt8]
    /// The block's length as the header declares it.
    public var contentLength: Int
    /// Where the record starts in the uncompressed stream.
    public var offset: Int

    public init(version: String, fields: [HeaderField], block: [UInt8], contentLength: Int, offset: Int) {
        self.version = version
        self.fields = fields
        self.block = block
        self.contentLength = contentLength
        self.offset = offset
    }

    /// Whether ``block`` holds the whole block (a block over the reader's limit is cut).
    public var isBlockComplete: Bool { block.count == contentLength }

    /// `WARC-Type`: `warcinfo`, `request`, `response`, `resource`, `metadata`, `revisit`…
    public var type: String? { fields.value(of: "WARC-Type") }

    /// `WARC-Target-URI`, without the angle brackets some writers put around it.
    public var targetURI: String? {
        guard var uri = fields.value(of: "WARC-Target-URI") else { return nil }
        if uri.hasPrefix("<"), uri.hasSuffix(">"), uri.count >= 2 { uri = String(uri.dropFirst().dropLast()) }
        return uri
    }

    /// `WARC-Record-ID`, such as `<urn:uuid:…>`.
    public var recordID: String? { fields.value(of: "WARC-Record-ID") }

    /// The block's `Content-Type` (`application/http; msgtype=response` for a response record).
    public var contentType: String? { fields.value(of: "Content-Type") }
}
