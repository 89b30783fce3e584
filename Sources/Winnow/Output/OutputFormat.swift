/// The renderings of an extraction.
public enum OutputFormat: String, Sendable, Codable, CaseIterable {
    case text, markdown, html, json
}
