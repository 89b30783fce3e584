import Testing
@testable import Winnow

/// Helpers for the metadata and rendering tests.
enum RenderingTestSupport {
    /// An extraction of a page whose blocks are all kept, so that a renderer test pins the
    /// rendering alone, whatever the content selector decides.
    static func keepingEverything(_ html: String, options: ExtractionOptions = .init()) throws -> Extraction {
        let document = try HTMLParser.parse(html)
        let marks = NodeMarks(document)
        let metadata = MetadataExtractor(document: document, url: options.url, marks: marks).read()
        let segmentation = Segmentation(document: document, marks: marks, stopWords: [])
        let count = segmentation.blocks.count
        let selection = ContentSelector.Selection(
            keep: .init(repeating: true, count: count),
            verdicts: .init(repeating: BlockVerdict(blockClass: .good, reason: "test", family: nil), count: count),
            container: 0, commentBlocks: [])
        return Extraction(
            document: document, blocks: segmentation.blocks, removed: marks.removed, selection: selection, metadata: metadata.metadata,
            options: options, baseHref: metadata.baseHref)
    }

    /// The metadata of a page.
    static func metadata(_ html: String, url: String? = nil) throws -> MetadataExtractor.Result {
        let document = try HTMLParser.parse(html)
        return MetadataExtractor(document: document, url: url, marks: NodeMarks(document)).read()
    }

    /// The words of a text (letters and digits), to compare renderings with the plain text.
    static func words(_ text: String) -> [String] {
        text.split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map { $0.lowercased() }
    }

    /// The block structure a Markdown document reads back as: one entry per heading
    /// (`h2`), list item (`li`), fence (`code`) and table row (`tr`), in order.
    static func markdownStructure(_ markdown: String) -> [String] {
        var result: [String] = []
        var inFence = false
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.drop(while: { $0 == " " || $0 == ">" })
            if trimmed.hasPrefix("```") {
                if !inFence { result.append("code") }
                inFence.toggle()
                continue
            }
            if inFence { continue }
            if trimmed.hasPrefix("#") {
                let level = trimmed.prefix { $0 == "#" }.count
                if trimmed.dropFirst(level).first == " " { result.append("h\(level)") }
            } else if trimmed.hasPrefix("- ") || trimmed.hasPrefix("* ") {
                result.append("li")
            } else if let dot = trimmed.firstIndex(of: "."), dot > trimmed.startIndex,
                      trimmed[..<dot].allSatisfy(\.isNumber), trimmed[dot...].dropFirst().first == " " {
                result.append("li")
            } else if trimmed.hasPrefix("|"), !trimmed.hasPrefix("| ---") && !trimmed.hasPrefix("|---") && !trimmed.hasPrefix("| -") {
                result.append("tr")
            }
        }
        return result
    }

    /// The same structure read from the HTML page: headings, list items, `pre`, table rows.
    static func htmlStructure(_ extraction: Extraction) -> [String] {
        var result: [String] = []
        let document = extraction.document
        for i in 0 ..< document.count {
            switch document.nodes[i].tag {
            case .h1, .h2, .h3, .h4, .h5, .h6: result.append(document.nodes[i].tag.name)
            case .li: result.append("li")
            case .pre: result.append("code")
            case .tr: result.append("tr")
            default: break
            }
        }
        return result
    }
}
