/// Extracts the main content and metadata of web pages.
///
/// ```swift
/// let result = try Extractor().extract(bytes)
/// print(result.text)
/// ```
/// An extractor holds only its options; it is safe to share across threads.
public struct Extractor: Sendable {
    public var options: ExtractionOptions

    public init(options: ExtractionOptions = .init()) {
        self.options = options
    }

    /// Extracts from the bytes of a page as served.
    ///
    /// - Parameters:
    ///   - bytes: The page, in any encoding, optionally gzip-compressed.
    ///   - contentType: The HTTP `Content-Type` header, if known (its charset is a hint).
    /// - Throws: ``WinnowError`` for input that is empty, binary, corrupt or too large.
    public func extract(_ bytes: [UInt8], contentType: String? = nil) throws -> Extraction {
        let document = try HTMLParser.parse(bytes, encodingHint: contentType, maximumBytes: options.maximumBytes)
        return extract(document)
    }

    /// Extracts from a page held in a string.
    ///
    /// - Throws: ``WinnowError/emptyInput`` when the string has no markup or text.
    public func extract(html: String) throws -> Extraction {
        extract(try HTMLParser.parse(html))
    }

    /// Extracts from a parsed document.
    public func extract(_ document: Document) -> Extraction {
        let extraction = extract(document, readsHidden: false)
        // A page whose visible part gives next to nothing may keep its content in elements
        // that scripts reveal (`display:none` product panels, deferred blocks): read them.
        // (Product details kept beside the text do not count: they are no text.)
        let textCharacters = extraction.keptCharacters - extraction.selection.productDetailCharacters
        guard textCharacters < Heuristics.lastResortMaximumCharacters else { return extraction }
        let revealed = extract(document, readsHidden: true)
        return revealed.keptCharacters >= Heuristics.minimumResultCharacters ? revealed : extraction
    }

    private func extract(_ document: Document, readsHidden: Bool) -> Extraction {
        var marks = NodeMarks(document, readsHidden: readsHidden)
        marks.liftRepeatedPromoItems(document)
        TeaserRule.mark(document, &marks)
        let metadataResult = MetadataExtractor(document: document, url: options.url, marks: marks).read()
        var metadata = metadataResult.metadata
        ProductRule.markReviews(document, &marks, buyersOnly: !metadataResult.describesProduct)
        if metadataResult.describesProduct { ProductRule.markCarousels(document, &marks) }
        let stopWords = LanguageGuess.stopWords(document: document, marks: marks, declared: metadata.language)
        var segmentation = Segmentation(document: document, marks: marks, stopWords: stopWords.set)
        marks.inheritFamilies(
            document, prose: segmentation.proseCharacters(document: document),
            proseBefore: segmentation.proseBefore(document: document), anchor: segmentation.anchorNode())
        segmentation.assignFamilies(marks, in: document)
        let titleRule = TitleRule(document: document, titles: metadata.titleCandidates)
        // Only headings can be the title (checked first: `matches` takes a copy of the block).
        for b in segmentation.blocks.indices where segmentation.blocks[b].kind == .heading && titleRule.matches(segmentation.blocks[b]) {
            segmentation.blocks[b].isPageTitle = true
        }
        var selector = ContentSelector(
            document: document, marks: marks, blocks: segmentation.blocks, thresholds: Thresholds(mode: options.mode))
        selector.describesProduct = metadataResult.describesProduct
        selector.describesRecipe = metadataResult.describesRecipe
        selector.describesDiscussion = metadataResult.describesDiscussion
        selector.openingPost = metadataResult.openingPostNode
        if let description = metadata.description {
            selector.summaryText = TextScanner.normalized(Array(description.utf8), limit: Heuristics.summaryMaximumBytes)
        }
        var selection = selector.select(hasStopWords: !stopWords.set.isEmpty)
        // The byline and dateline went into the metadata; the text does not repeat them.
        for node in metadataResult.bylineNodes {
            let end = document.nodes[node].end
            // Blocks read in place (a copy of a block is some 200 bytes).
            for b in segmentation.blocks.indices
            where segmentation.blocks[b].firstNode > Int32(node) && segmentation.blocks[b].lastNode < end && selection.keep[b] {
                selection.keep[b] = false
                selection.verdicts[b] = BlockVerdict(blockClass: .bad, reason: "byline", family: .articleMeta)
            }
        }
        // The author's biography under the story, found by the author's name.
        AuthorBioRule(authors: metadata.authors).drop(from: &selection, blocks: segmentation.blocks)
        // A page that does not declare its language gets the one its function words showed.
        if metadata.language == nil { metadata.language = stopWords.language }
        return Extraction(
            document: document, blocks: segmentation.blocks, removed: marks.removed, selection: selection, metadata: metadata,
            options: options, baseHref: metadataResult.baseHref)
    }
}

extension Extraction {
    /// Characters of the blocks kept as main content.
    fileprivate var keptCharacters: Int {
        var total = 0
        for b in blocks.indices where selection.keep[b] { total += Int(blocks[b].characters) }
        return total
    }
}
