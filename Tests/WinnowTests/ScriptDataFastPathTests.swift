import Testing
@testable import Winnow

/// The script data reader's memchr search finds the value the byte-by-byte search found.
@Suite("Script data fast path")
struct ScriptDataFastPathTests {
    /// `ScriptDataReader.value(after:in:)` as it was before the key's first byte was sought
    /// by `memchr`.
    static func valueReference(after key: [UInt8], in bytes: [UInt8]) -> String? {
        guard bytes.count > key.count + 4, let first = key.first else { return nil }
        let n = bytes.count, m = key.count
        var i = 0
        while i < n - m {
            defer { i += 1 }
            guard bytes[i] == first, i > 0 else { continue }
            let before = bytes[i - 1]
            guard before == 0x22 || before == 0x5C || before == 0x27 else { continue }
            var t = 1
            while t < m, bytes[i + t] == key[t] { t += 1 }
            guard t == m else { continue }
            var j = i + m
            var skipped = 0
            while j < n, skipped < 8, bytes[j] == 0x22 || bytes[j] == 0x5C || bytes[j] == 0x27 || bytes[j] == 0x3A || bytes[j] == 0x20 {
                j += 1
                skipped += 1
            }
            guard skipped >= 2 else { continue }
            let start = j
            while j < n, j - start < 40, bytes[j] != 0x22, bytes[j] != 0x5C, bytes[j] != 0x27 { j += 1 }
            if j > start { return String(decoding: bytes[start ..< j], as: UTF8.self) }
        }
        return nil
    }

    @Test("A key's value is read where the byte-by-byte search read it")
    func valueMatchesByteSearch() throws {
        let pieces = ["\"", "\\\"", "'", ":", " ", "{", "}", ",", "d", "p", "pub", "dateP", "datePublished", "publishedAt",
                      "pubDate", "2024-03-05", "T10:00:00Z", "x", "é", "value", "\"datePublished\":\"", "\\\"publishedAt\\\":\\\"",
                      "'pubDate': '", "dd", "pp", "published_at"]
        var seed: UInt64 = 41
        func next(_ bound: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int(seed >> 33) % bound
        }
        let reader = ScriptDataReader(document: try HTMLParser.parse("<p>x</p>"))
        var found = 0
        for _ in 0 ..< 6_000 {
            var text = ""
            for _ in 0 ..< next(14) { text += pieces[next(pieces.count)] }
            let bytes = Array(text.utf8)
            for key in ScriptDataReader.keys {
                let expected = Self.valueReference(after: key, in: bytes)
                #expect(reader.value(after: key, in: bytes[...]) == expected, "\(text) \(key)")
                if expected != nil { found += 1 }
            }
        }
        #expect(found > 1_000)
    }
}
