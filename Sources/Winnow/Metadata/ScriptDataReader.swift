/// Reads a publication date from the data a script-built page embeds for its own code
/// (`"publishedAt":"2024-03-05T…"` in a framework's state object), the last resort when the
/// page declares no date in markup.
struct ScriptDataReader {
    let document: Document

    /// Keys that name a publication date in application data, most specific first.
    static let keys: [[UInt8]] = [
        "datePublished", "publishedAt", "publishedDate", "publishDate", "published_at", "publish_date",
        "date_published", "first_publication_date", "pubDate", "postedAt",
    ].map { Array($0.utf8) }

    /// Fragments of which every key holds one. The parser keeps the body of a script that is
    /// not marked as JSON only when one of these is in it, so a key must never be added
    /// without its fragment (a test checks).
    static let bodyMarkers = ["ublish", "ublication", "pubDate", "postedAt"]

    func publicationDate(in scripts: [Int]) -> String? {
        for script in scripts {
            for i in script ..< Int(document.nodes[script].end) where document.nodes[i].tag == .text {
                let bytes = document.textBytes(of: i)
                for key in Self.keys {
                    if let value = value(after: key, in: bytes), let date = DateNormalizer.normalize(value) { return date }
                }
            }
        }
        return nil
    }

    /// The string value following the first `"key"` in the bytes (quotes possibly escaped).
    private func value(after key: [UInt8], in bytes: ArraySlice<UInt8>) -> String? {
        guard bytes.count > key.count + 4, let first = key.first else { return nil }
        var i = bytes.startIndex
        let end = bytes.endIndex - key.count
        while i < end {
            if bytes[i] == first, bytes[i + 1 ..< i + key.count].elementsEqual(key.dropFirst()),
               i > bytes.startIndex, bytes[i - 1] == 0x22 || bytes[i - 1] == 0x5C || bytes[i - 1] == 0x27 {
                var j = i + key.count
                // Closing quote, escapes, colon, spaces, opening quote.
                var skipped = 0
                while j < bytes.endIndex, skipped < 8, [0x22, 0x5C, 0x27, 0x3A, 0x20].contains(bytes[j]) { j += 1; skipped += 1 }
                guard skipped >= 2 else { i += 1; continue }
                let start = j
                while j < bytes.endIndex, j - start < 40, bytes[j] != 0x22, bytes[j] != 0x5C, bytes[j] != 0x27 { j += 1 }
                if j > start { return String(decoding: bytes[start ..< j], as: UTF8.self) }
            }
            i += 1
        }
        return nil
    }
}
