import Foundation

/// Renders an extraction as one JSON object: every metadata field (null when unknown), the
/// plain text, a rendering of the content (Markdown unless asked otherwise), the encoding,
/// the confidence with its doubts, and optionally every block's decision.
struct JSONRenderer {
    let extraction: Extraction
    var contentFormat: OutputFormat = .markdown
    var includeBlocks = false

    func object() -> [String: Any] {
        let m = extraction.metadata
        let estimate = extraction.estimate
        func value(_ s: String?) -> Any { s ?? NSNull() }
        var object: [String: Any] = [
            "title": value(m.title), "authors": m.authors, "author": value(m.author),
            "datePublished": value(m.datePublished), "dateModified": value(m.dateModified), "siteName": value(m.siteName),
            "language": value(m.language), "description": value(m.description), "canonicalURL": value(m.canonicalURL),
            "image": value(m.image), "tags": m.tags, "categories": m.categories, "license": value(m.license),
            "pageType": value(m.pageType),
            "text": extraction.text,
            "encoding": ["name": extraction.encoding.name, "source": extraction.encoding.source.rawValue],
            "confidence": estimate.confidence,
            "doubts": estimate.doubts.map(\.rawValue),
        ]
        if contentFormat != .json, contentFormat != .text {
            object["contentFormat"] = contentFormat.rawValue
            object["content"] = extraction.rendered(as: contentFormat)
        }
        if extraction.options.includeComments { object["comments"] = extraction.comments }
        if includeBlocks {
            object["blocks"] = extraction.decisions.map { d -> [String: Any] in
                [
                    "index": d.index, "kept": d.kept, "class": Self.name(of: d.blockClass), "reason": d.reason,
                    "family": d.family?.rawValue ?? NSNull(), "kind": Self.name(of: d.kind), "path": d.path, "text": d.text,
                    "characters": d.characters, "words": d.words, "linkDensity": Self.rounded(d.linkDensity),
                    "stopWordDensity": Self.rounded(d.stopWordDensity), "inMainContainer": d.inMainContainer,
                ]
            }
        }
        return object
    }

    static func name(of blockClass: BlockClass) -> String {
        switch blockClass {
        case .good: return "good"
        case .short: return "short"
        case .bad: return "bad"
        }
    }

    static func name(of kind: Block.Kind) -> String {
        switch kind {
        case .paragraph: return "paragraph"
        case .heading: return "heading"
        case .listItem: return "listItem"
        case .tableCell: return "tableCell"
        case .preformatted: return "preformatted"
        case .quote: return "quote"
        case .caption: return "caption"
        case .other: return "other"
        }
    }

    static func rounded(_ x: Double) -> Double { (x * 1000).rounded() / 1000 }

    func render() -> String {
        let options: JSONSerialization.WritingOptions = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        guard let data = try? JSONSerialization.data(withJSONObject: object(), options: options) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
