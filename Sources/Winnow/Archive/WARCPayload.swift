/// What a WARC record holds for an extractor: an HTML page, or a reason to pass it by.
public enum WARCPayload: Sendable, Equatable {
    /// An HTML page: its body as served (transfer and content codings undone) and the
    /// `Content-Type` it was served with, whose charset is the extractor's encoding hint.
    case html(body: [UInt8], contentType: String?)
    /// Not a page to extract.
    case skipped(Skip)

    /// Why a record holds no page.
    public enum Skip: Sendable, Equatable {
        /// Not a `response` or `resource` record (`warcinfo`, `request`, `metadata`, `revisit`…).
        case notResponse(type: String?)
        /// A response whose HTTP status is not 2xx (redirects, errors).
        case unsuccessful(status: Int)
        /// A response whose body is not HTML (images, scripts, PDF, JSON…): the media type, if any.
        case notHTML(mediaType: String?)
    }

    /// The media types read as HTML.
    public static let htmlMediaTypes: Set<String> = ["text/html", "application/xhtml+xml"]
}

extension WARCRecord {
    /// The HTML page in this record, if any.
    ///
    /// `response` records (an HTTP response) with a 2xx status and an HTML `Content-Type` hold a
    /// page; when the response has no `Content-Type`, the archive's `WARC-Identified-Payload-Type`
    /// decides. `resource` records (a document stored without HTTP) hold one when their own
    /// `Content-Type` is HTML. Every other record is skipped, with the reason.
    ///
    /// - Throws: ``WARCError`` for a response that cannot be read, a coding that cannot be
    ///   undone, or a page whose block was cut at the reader's limit.
    public func payload(maximumBytes: Int = HTMLParser.defaultMaximumBytes) throws(WARCError) -> WARCPayload {
        switch type?.lowercased() {
        case "response":
            if let declared = mediaTypeOf(contentType), declared != "application/http" {
                return .skipped(.notHTML(mediaType: declared))
            }
            let response = try HTTPResponse(parsing: block)
            guard (200..<300).contains(response.status) else { return .skipped(.unsuccessful(status: response.status)) }
            let media = response.mediaType ?? mediaTypeOf(fields.value(of: "WARC-Identified-Payload-Type"))
            guard let media, WARCPayload.htmlMediaTypes.contains(media) else { return .skipped(.notHTML(mediaType: media)) }
            guard isBlockComplete else { throw WARCError.tooLarge(bytes: contentLength, limit: block.count) }
            return .html(body: try response.decodedBody(maximumBytes: maximumBytes), contentType: response.contentType)
        case "resource":
            let media = mediaTypeOf(contentType)
            guard let media, WARCPayload.htmlMediaTypes.contains(media) else { return .skipped(.notHTML(mediaType: media)) }
            guard isBlockComplete else { throw WARCError.tooLarge(bytes: contentLength, limit: block.count) }
            return .html(body: block, contentType: contentType)
        default:
            return .skipped(.notResponse(type: type))
        }
    }
}
