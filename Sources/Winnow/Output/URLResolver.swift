import Foundation

/// Makes link and image addresses absolute against the page's address, or its `<base href>`
/// when it has one, and refuses the schemes that run code (`javascript:`, `vbscript:`) or
/// embed data.
struct URLResolver: Sendable {
    let base: URL?

    init(pageURL: String?, baseHref: String?) {
        let page = pageURL.flatMap { URL(string: $0.trimmingSpaces()) }
        if let href = baseHref?.trimmingSpaces(), !href.isEmpty, let b = URL(string: href, relativeTo: page),
           b.scheme == "http" || b.scheme == "https" {
            base = b.absoluteURL
        } else {
            base = page
        }
    }

    /// Whether an address runs code or embeds data rather than pointing somewhere.
    static func isUnsafe(_ value: String) -> Bool {
        let compact = String(value.lowercased().unicodeScalars.filter { $0.value > 0x20 }.map(Character.init))
        return compact.hasPrefix("javascript:") || compact.hasPrefix("vbscript:") || compact.hasPrefix("data:")
            || compact.hasPrefix("file:")
    }

    /// The absolute address, or nil for an empty or unsafe one. Without a base, a relative
    /// address is returned as written.
    func resolve(_ raw: String) -> String? {
        let value = raw.trimmingSpaces()
        guard !value.isEmpty, !Self.isUnsafe(value) else { return nil }
        if value.hasPrefix("#") { return base == nil ? value : base!.absoluteString.split(separator: "#").first.map { $0 + value } ?? value }
        let escaped = value.replacingOccurrences(of: " ", with: "%20")
        guard let base else { return escaped }
        guard let url = URL(string: escaped, relativeTo: base) else { return escaped }
        return url.absoluteString
    }
}
