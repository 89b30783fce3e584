import Foundation

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
    /// Read through a pointer, the byte before a candidate checked before the key's other
    /// bytes: application data runs to hundreds of kilobytes, and each key's search compared
    /// slices at every byte that opens a key ("d", "p").
    func value(after key: [UInt8], in bytes: ArraySlice<UInt8>) -> String? {
        guard bytes.count > key.count + 4, let first = key.first else { return nil }
        return bytes.withUnsafeBufferPointer { p -> String? in
            key.withUnsafeBufferPointer { k -> String? in
                let n = p.count, m = k.count
                guard let base = p.baseAddress else { return nil }
                var i = 1
                let end = n - m
                while i < end {
                    // The key's first byte found by memchr (it was sought byte by byte, ten
                    // keys over every script's text).
                    guard let hit = memchr(base + i, Int32(first), end - i) else { return nil }
                    i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    defer { i += 1 }
                    let before = p[i - 1]
                    guard before == 0x22 || before == 0x5C || before == 0x27 else { continue }
                    var t = 1
                    while t < m, p[i + t] == k[t] { t += 1 }
                    guard t == m else { continue }
                    var j = i + m
                    // Closing quote, escapes, colon, spaces, opening quote.
                    var skipped = 0
                    while j < n, skipped < 8, p[j] == 0x22 || p[j] == 0x5C || p[j] == 0x27 || p[j] == 0x3A || p[j] == 0x20 {
                        j += 1
                        skipped += 1
                    }
                    guard skipped >= 2 else { continue }
                    let start = j
                    while j < n, j - start < 40, p[j] != 0x22, p[j] != 0x5C, p[j] != 0x27 { j += 1 }
                    if j > start { return String(decoding: UnsafeBufferPointer(rebasing: p[start ..< j]), as: UTF8.self) }
                }
                return nil
            }
        }
    }
}
