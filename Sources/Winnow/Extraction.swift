/// The result of extracting one page: its main text, metadata, and the decisions that led
/// there. Renderings in other formats are made on demand from the same selection, so the
/// format never changes which text is selected.
public struct Extraction: Sendable {
    /// The page's metadata.
    public let metadata: Metadata
    /// The main content as plain text.
    public let text: String
    /// Comment sections as plain text (empty unless comments were asked for).
    public let comments: String
    /// How the page's bytes were decoded.
    public var encoding: DetectedEncoding { document.encoding }

    let document: Document
    let blocks: [Block]
    let selection: ContentSelector.Selection
    let options: ExtractionOptions
    /// The page's `<base href>`, for resolving links in renderings.
    var baseHref: String? = nil

    init(
        document: Document, blocks: [Block], selection: ContentSelector.Selection, metadata: Metadata, options: ExtractionOptions,
        baseHref: String? = nil
    ) {
        self.baseHref = baseHref
        self.document = document
        self.blocks = blocks
        self.selection = selection
        self.metadata = metadata
        self.options = options
        let renderer = TextRenderer(document: document, blocks: blocks)
        text = CanonicalComposition.composed(renderer.render(blocks.indices.filter { selection.keep[$0] }))
        comments = options.includeComments ? CanonicalComposition.composed(renderer.render(selection.commentBlocks)) : ""
    }
}
