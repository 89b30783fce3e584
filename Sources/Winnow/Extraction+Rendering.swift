extension Extraction {
    /// The extraction in one of the output formats. Every format renders the same kept
    /// blocks as ``text``; the options only change how they are written.
    ///
    /// - Parameters:
    ///   - format: `.text` is ``text``; `.markdown` CommonMark with GFM tables; `.html` clean
    ///     HTML of the kept content; `.json` the metadata, text, Markdown rendering,
    ///     encoding, confidence and doubts.
    ///   - includeBlocks: JSON only: add every block's decision (see ``decisions``).
    public func rendered(as format: OutputFormat, includeBlocks: Bool = false) -> String {
        switch format {
        case .text: return text
        case .markdown: return CanonicalComposition.composed(MarkdownRenderer(context: renderContext).render(keptBlocks))
        case .html: return CanonicalComposition.composed(HTMLRenderer(context: renderContext).render(keptBlocks))
        case .json: return JSONRenderer(extraction: self, includeBlocks: includeBlocks).render()
        }
    }

    /// Indexes of the kept blocks, in document order.
    var keptBlocks: [Int] { blocks.indices.filter { selection.keep[$0] } }

    var renderContext: RenderContext {
        RenderContext(document: document, blocks: blocks, removed: removed, options: options, baseHref: baseHref)
    }
}
