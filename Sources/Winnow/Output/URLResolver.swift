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
    private static let unsafeSchemes = ["javascript:", "vbscript:", "data:", "file:"].map { Array($0.utf8) }

    static func isUnsafe(_ value: String) -> Bool {
        // The scheme, lowercased, with the spaces and control characters browsers skip left
        // out; only its first bytes matter (data: URLs run to megabytes).
        var scheme: [UInt8] = []
        scheme.reserveCapacity(12)
        for byte in value.utf8 where byte > 0x20 {
            scheme.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
            if scheme.count == 11 { break }
        }
        return unsafeSchemes.contains { scheme.starts(with: $0) }
    }

    /// The absolute address, or nil for an empty or unsafe one. Without a base, a relative
    /// address is returned as written.
    func resolve(_ raw: String) -> String? {
        let value = raw.trimmingSpaces()
        guard !value.isEmpty, !Self.isUnsafe(value) else { return nil }
        if value.hasPrefix("#") { return base == nil ? value : base!.absoluteString.split(separator: "#").first.map { $0 + value } ?? value }
        // Foundation's replace costs tens of thousands of instructions even when nothing
        // matches; most addresses hold no space (and no other character is equivalent to one).
        let escaped = value.utf8.contains(0x20) ? value.replacingOccurrences(of: " ", with: "%20") : value
        guard let base else { return escaped }
        guard let url = URL(string: escaped, relativeTo: base) else { return escaped }
        return url.absoluteString
    }
}
