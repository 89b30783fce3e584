/// Takes the site's name off a page title: `Article | Site`, `Site - Article`, and the
/// sections stacked before it (`Article - Section - Site`).
enum TitleCleaner {
    /// Separators sites put between the article's title and their own name.
    static let separators = [" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " » ", " « ", " / ", " › ", " ‹ ", " ~ ", " : "]

    /// The parts of a title split at the first kind of separator it uses between words.
    static func parts(_ title: String) -> (parts: [String], separator: String)? {
        var best: (parts: [String], separator: String)? = nil
        // An ASCII title holds none of the separators above ASCII (nor U+0387 or U+037E, which
        // `mayContain` counts as a `·`), so they are not sought.
        let ascii = title.isASCIIWithoutCR
        for separator in separators where separator != " : " && !(ascii && !separator.isASCIIWithoutCR) && mayContain(title, separator) {
            let p = title.componentsSplit(by: separator).map { $0.trimmingSpaces() }
            guard p.count > 1, !p.contains(where: \.isEmpty) else { continue }
            // Prefer the separator whose last part is shortest (the site name is short).
            if best == nil || p.last!.count < best!.parts.last!.count { best = (p, separator) }
        }
        return best
    }

    /// Letters and digits only, lower-cased, for comparing names.
    static func key(_ s: String) -> String {
        if let bytes = byteKey(s) { return bytes }
        return scalarKey(s)
    }

    /// ``key(_:)`` through the Unicode tables for every scalar above ASCII.
    static func scalarKey(_ s: String) -> String {
        // As `s.lowercased()` filtered to alphabetic scalars and digits: lower-casing maps
        // each scalar on its own, so ASCII scalars take the byte rules and only the others
        // need the Unicode tables (each look-up costs hundreds of instructions).
        var out = String.UnicodeScalarView()
        for scalar in s.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                if v &- 0x41 < 26 { out.append(Unicode.Scalar(UInt8(v) | 0x20)) }
                else if v &- 0x61 < 26 || v &- 0x30 < 10 { out.append(scalar) }
                continue
            }
            for lower in scalar.properties.lowercaseMapping.unicodeScalars
            where lower.properties.isAlphabetic || ("0" ... "9").contains(lower) {
                out.append(lower)
            }
        }
        return String(out)
    }

    /// `key(_:)` on bytes: ASCII letters lower-cased and digits; the Latin-1 letters
    /// U+00C0–U+00FF (capitals lower-cased by adding 0x20, as their lower-case mapping does;
    /// `×` and `÷` dropped); the basic Cyrillic letters U+0400–U+045F (capitals lower-cased);
    /// the general punctuation U+2000–U+206F (curly quotes, dashes, spaces), none of it a
    /// letter or a digit, dropped; kana, CJK ideographs and Hangul syllables, letters without
    /// case, kept. Nil for text with any other scalar above ASCII, which ``scalarKey(_:)``
    /// reads. (Titles with a curly apostrophe, an accent or another script went scalar by
    /// scalar through the tables, some 10,000 instructions a key.) A test compares the two on
    /// every scalar of these ranges.
    static func byteKey(_ s: String) -> String? {
        var s = s
        return s.withUTF8 { bytes -> String? in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            let n = bytes.count
            var i = 0
            while i < n {
                let b = bytes[i]
                if b < 0x80 {
                    if b &- 0x41 < 26 { out.append(b | 0x20) } else if b &- 0x61 < 26 || b &- 0x30 < 10 { out.append(b) }
                    i += 1
                    continue
                }
                // A scalar of two or three bytes (the String's bytes are valid UTF-8).
                var v: UInt32
                if b < 0xE0 {
                    v = UInt32(b & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                    i += 2
                } else if b < 0xF0 {
                    v = UInt32(b & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                    i += 3
                } else {
                    return nil
                }
                switch v {
                case 0xD7, 0xF7, 0x2000 ... 0x206F: continue
                case 0xC0 ... 0xDE, 0x0410 ... 0x042F: v += 0x20
                case 0x0400 ... 0x040F: v += 0x50
                case 0xDF ... 0xFF, 0x0430 ... 0x045F, 0x3041 ... 0x3096, 0x30A1 ... 0x30FA, 0x4E00 ... 0x9FFF, 0xAC00 ... 0xD7A3: break
                default: return nil
                }
                if v < 0x800 {
                    out.append(0xC0 | UInt8(v >> 6))
                    out.append(0x80 | UInt8(v & 0x3F))
                } else {
                    out.append(0xE0 | UInt8(v >> 12))
                    out.append(0x80 | UInt8(v >> 6 & 0x3F))
                    out.append(0x80 | UInt8(v & 0x3F))
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// False when `text` cannot contain `separator`: its bytes do not occur in the text's.
    /// Conservative for separators holding `·` or `;` when the text holds U+0387 or U+037E,
    /// their canonical equivalents, which Foundation's search would match.
    static func mayContain(_ text: String, _ separator: String) -> Bool {
        var separator = separator
        var text = text
        return separator.withUTF8 { needle -> Bool in
            text.withUTF8 { hay -> Bool in
                let n = needle.count
                guard n > 0 else { return true }
                var special = false
                for k in 0 ..< n where needle[k] == 0x3B || (needle[k] == 0xC2 && k + 1 < n && needle[k + 1] == 0xB7) {
                    special = true
                }
                if special, hay.count >= 2 {
                    for k in 0 ..< hay.count - 1 where (hay[k] == 0xCE && hay[k + 1] == 0x87) || (hay[k] == 0xCD && hay[k + 1] == 0xBE) {
                        return true
                    }
                }
                guard hay.count >= n else { return false }
                let first = needle[0]
                var start = 0
                while start <= hay.count - n {
                    if hay[start] == first {
                        var k = 1
                        while k < n, hay[start + k] == needle[k] { k += 1 }
                        if k == n { return true }
                    }
                    start += 1
                }
                return false
            }
        }
    }

    /// Whether a title part names the site.
    static func matchesSite(_ part: String, siteName: String?, host: String?) -> Bool {
        let k = key(part)
        guard !k.isEmpty else { return false }
        if let siteName {
            let s = key(siteName)
            if !s.isEmpty, k == s || (k.count >= 3 && s.contains(k)) || (s.count >= 3 && k.contains(s) && k.count <= s.count * 2 + 4) {
                return true
            }
        }
        if let host {
            // "example.com", "Example" for www.example.com.
            let labels = host.lowercased().split(separator: ".").filter { $0 != "www" && $0 != "m" }
            if let name = labels.dropLast().last.map(String.init), name.count >= 3 {
                if k == key(name) || k == key(labels.joined(separator: ".")) || (k.count >= 4 && k.hasPrefix(key(name))) { return true }
            }
        }
        return false
    }

    /// The article's title from a page title.
    ///
    /// - Parameters:
    ///   - headings: texts of the page's top headings; one agreeing with a title part wins.
    ///   - trusted: the title came from article metadata (og:title, a headline), not `<title>`,
    ///     so only a part naming the site is removed.
    static func clean(_ title: String, siteName: String?, host: String?, headings: [String], trusted: Bool) -> String {
        let title = AuthorNames.collapse(title)
        guard let (parts, separator) = parts(title) else { return title }
        var kept = parts
        // A title that is the site's name is kept whole.
        if let siteName, key(siteName) == key(title) { return title }
        // The site's own name at the end, or exactly at the start.
        if kept.count > 1, matchesSite(kept.last!, siteName: siteName, host: host) { kept.removeLast() }
        if kept.count > 1, let siteName, key(kept.first!) == key(siteName) { kept.removeFirst() }
        if kept.count < parts.count {
            return kept.joined(separator: separator)
        }
        // A heading that matches the leading parts.
        let headingKeys = Set(headings.map(key).filter { !$0.isEmpty })
        for n in stride(from: parts.count - 1, through: 1, by: -1) {
            let head = parts.prefix(n).joined(separator: separator)
            if headingKeys.contains(key(head)) { return head }
        }
        if trusted && separator != " | " { return title }
        // A short tail after a long enough head is the site's name by convention.
        let head = parts.dropLast().joined(separator: separator)
        let tailWords = parts.last!.split(separator: " ").count
        let headWords = head.split(separator: " ").count
        if tailWords <= 4, headWords >= 3, parts.last!.count <= 40 {
            return head
        }
        return title
    }

    /// The likely site name in a title's tail, for pages that declare none.
    static func siteNameTail(_ title: String) -> String? {
        guard let (parts, _) = parts(AuthorNames.collapse(title)), let last = parts.last else { return nil }
        let words = last.split(separator: " ").count
        return words <= 4 && last.count <= 40 ? last : nil
    }
}
