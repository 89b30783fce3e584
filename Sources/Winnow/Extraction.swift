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
    /// The nodes the rules removed (``NodeMarks/removed``: never content, hidden), indexed by
    /// node. A block runs from its first to its last text node, and hidden inline text
    /// between them (`<span style="display:none">`, a screen reader's `sr-only` label) is
    /// still inside that range: every renderer skips these subtrees, as the segmentation did
    /// when it counted the block's words.
    let removed: [Bool]
    let selection: ContentSelector.Selection
    let options: ExtractionOptions
    /// The page's `<base href>`, for resolving links in renderings.
    var baseHref: String? = nil

    init(
        document: Document, blocks: [Block], removed: [Bool], selection: ContentSelector.Selection, metadata: Metadata,
        options: ExtractionOptions, baseHref: String? = nil
    ) {
        self.baseHref = baseHref
        self.document = document
        self.blocks = blocks
        self.removed = removed
        self.selection = selection
        self.metadata = metadata
        self.options = options
        let renderer = TextRenderer(document: document, blocks: blocks, removed: removed)
        text = CanonicalComposition.composed(renderer.render(blocks.indices.filter { selection.keep[$0] }))
        comments = options.includeComments ? CanonicalComposition.composed(renderer.render(selection.commentBlocks)) : ""
    }
}
