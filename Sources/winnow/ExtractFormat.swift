import ArgumentParser
import Winnow

/// The output formats of `winnow extract`: the library's, plus JSON Lines for batches.
enum ExtractFormat: String, CaseIterable, ExpressibleByArgument {
    case text, markdown, html, json, jsonl

    /// The library format that renders a single result.
    var outputFormat: OutputFormat {
        switch self {
        case .text: return .text
        case .markdown: return .markdown
        case .html: return .html
        case .json, .jsonl: return .json
        }
    }

    /// The file extension of a result written with `--output`.
    var fileExtension: String {
        switch self {
        case .text: return "txt"
        case .markdown: return "md"
        case .html: return "html"
        case .json, .jsonl: return "json"
        }
    }
}
