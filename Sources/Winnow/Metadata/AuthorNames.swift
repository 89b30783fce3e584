/// Cleans author values into people's names: drops the "By" prefix, trailing dates and
/// roles after a separator, profile URLs (keeping the name in an `/author/jane-doe` path),
/// social handles and generic values ("admin", "staff"); splits lists of several authors.
enum AuthorNames {
    static func clean(_ raw: String) -> [String] {
        var s = collapse(HTMLEntities.decode(raw))
        guard !s.isEmpty else { return [] }
        let lowered = s.lowercased()
        if ["last updated", "updated", "published", "posted on", "last modified", "date"].contains(where: { lowered.hasPrefix($0) }) {
            return []
        }
        // "Jane Doe (https://example.com/jane)": the address goes.
        // (A "(" Character holds the byte: values without it skip the Character walk.)
        if s.containsUTF8(0x28), let open = s.firstIndex(of: "("), let close = s[open...].firstIndex(of: ")"), s[open ... close].contains("http") || s[open ... close].contains("www.") {
            s = collapse(String(s[..<open]) + String(s[s.index(after: close)...]))
        }
        if let fromURL = nameFromURL(s) { return fromURL.map { [$0] } ?? [] }
        s = stripPrefixes(s)
        s = cutTail(s)
        var result: [String] = []
        for part in split(s) {
            let name = trimPunctuation(stripPrefixes(part))
            // "Dana Poe, MS, RD": degrees and credentials after a name belong to it; they are
            // no further authors.
            if let last = result.last, isCredential(name) {
                result[result.count - 1] = last + ", " + name
                continue
            }
            guard isPlausible(name), !result.contains(where: { $0.lowercased() == name.lowercased() }) else { continue }
            result.append(name)
        }
        return result
    }

    /// Degree and credential forms written after a name: two to five capitals (`MS`, `RD`,
    /// `FAND`, `MBA`), or the common mixed-case degrees and suffixes.
    static func isCredential(_ s: String) -> Bool {
        let bytes = Array(s.utf8)
        if bytes.count >= 2, bytes.count <= 5, bytes.allSatisfy({ $0 >= 0x41 && $0 <= 0x5A }) { return true }
        return credentialForms.contains(s.lowercased())
    }

    private static let credentialForms: Set<String> = [
        "phd", "ph.d", "ph.d.", "msc", "m.sc.", "bsc", "b.sc.", "md", "m.d.", "jr", "jr.", "sr", "sr.", "esq", "esq.",
        "dr. med.", "mph", "rn", "cpa", "llm", "ll.m.",
    ]

    /// Names from a value that is a URL: `Optional(name)` for an author-profile URL, `.some(nil)`
    /// for another URL (dropped), nil when the value is not a URL.
    private static func nameFromURL(_ s: String) -> String?? {
        let lower = s.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("www.") || lower.hasPrefix("//") else {
            return nil
        }
        let parts = s.split(separator: "/").map(String.init)
        for marker in ["author", "authors", "people", "person", "profile", "profiles", "writers", "staff"] {
            if let k = parts.firstIndex(where: { $0.lowercased() == marker }), k + 1 < parts.count {
                let slug = parts[k + 1].split(separator: "?").first.map(String.init) ?? ""
                let words = slug.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == "+" || $0 == "." })
                    .filter { !$0.allSatisfy(\.isNumber) }
                guard !words.isEmpty, words.count <= 5 else { return .some(nil) }
                let name = words.map { $0.prefix(1).uppercased() + $0.dropFirst().lowercased() }.joined(separator: " ")
                return isPlausible(name) ? .some(name) : .some(nil)
            }
        }
        return .some(nil)
    }

    static func collapse(_ s: String) -> String {
        if isCollapsed(s) { return s }
        if let fast = byteCollapse(s) { return fast }
        return s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Whether `collapse(_:)` would return `s` unchanged, told on its bytes without building
    /// a copy (most values are already collapsed): no space at either end, no two spaces in a
    /// row, no ASCII whitespace but the space, no byte that may open a White_Space scalar above
    /// ASCII (0xC2, 0xE1, 0xE2, 0xE3 lead them all), and ASCII on both sides of every space (so
    /// no prepend before it and no mark after it can join it into a grapheme). False answers
    /// are only "not sure": `byteCollapse` and the Character split then decide.
    static func isCollapsed(_ s: String) -> Bool {
        var s = s
        return s.withUTF8 { bytes -> Bool in
            let n = bytes.count
            guard n > 0, let base = bytes.baseAddress else { return true }
            if base[0] == 0x20 || base[n - 1] == 0x20 { return false }
            var previous: UInt8 = 0
            for i in 0 ..< n {
                let b = base[i]
                if b == 0x20 {
                    // Not first or last (checked above): both neighbours exist.
                    if previous >= 0x80 || base[i + 1] >= 0x80 || base[i + 1] == 0x20 { return false }
                } else if b &- 0x09 < 5 || b == 0xC2 || b &- 0xE1 < 3 {
                    return false
                }
                previous = b
            }
            return true
        }
    }

    /// `collapse(_:)` on UTF-8 bytes, whitespace being the Unicode White_Space scalars; nil
    /// when grapheme clustering could join a whitespace scalar to its neighbour (a combining
    /// mark after it, a prepended mark before it), where only the Character split is exact.
    private static func byteCollapse(_ s: String) -> String? {
        var s = s
        return s.withUTF8 { bytes -> String? in
            // Written straight into the new string (a description runs to hundreds of bytes,
            // and appending to an array byte by byte checked its capacity at each); the result
            // is never longer than the value.
            var unsure = false
            let result = String(unsafeUninitializedCapacity: bytes.count) { out -> Int in
                var o = 0
                var pendingSpace = false
                var previous: UInt32 = 0
                var i = 0
                let n = bytes.count
                while i < n {
                    let b = bytes[i]
                    if b < 0x80 {
                        if b == 0x20 || b &- 0x09 < 5 {
                            if mayPrepend(previous) { unsure = true; return 0 }
                            pendingSpace = true
                        } else {
                            if pendingSpace && o > 0 { out[o] = 0x20; o += 1 }
                            pendingSpace = false
                            out[o] = b
                            o += 1
                        }
                        previous = UInt32(b)
                        i += 1
                        continue
                    }
                    // A multi-byte scalar (the String's bytes are valid UTF-8).
                    let length = b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
                    var v = UInt32(b) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                    for k in 1 ..< length { v = v << 6 | UInt32(bytes[i + k] & 0x3F) }
                    if isWhiteSpace(v) {
                        if mayPrepend(previous) { unsure = true; return 0 }
                        pendingSpace = true
                    } else {
                        if pendingSpace {
                            if !neverExtends(v) { unsure = true; return 0 }
                            if o > 0 { out[o] = 0x20; o += 1 }
                        }
                        pendingSpace = false
                        for k in 0 ..< length { out[o + k] = bytes[i + k] }
                        o += length
                    }
                    previous = v
                    i += length
                }
                return o
            }
            return unsure ? nil : result
        }
    }

    /// The White_Space scalars above ASCII.
    static func isWhiteSpace(_ v: UInt32) -> Bool {
        v == 0x85 || v == 0xA0 || v == 0x1680 || (v >= 0x2000 && v <= 0x200A) || v == 0x2028 || v == 0x2029 || v == 0x202F
            || v == 0x205F || v == 0x3000
    }

    /// Scalars that may be grapheme prepends (which a following space joins), taken broadly.
    static func mayPrepend(_ v: UInt32) -> Bool {
        (v >= 0x0600 && v <= 0x0605) || v == 0x06DD || v == 0x070F || v == 0x0890 || v == 0x0891 || v == 0x08E2 || v == 0x0D4E
            || (v >= 0x11000 && v <= 0x11FFF)
    }

    /// Blocks without combining marks, spacing marks or joiners (nothing there extends a
    /// space before it into one grapheme): Latin, Greek, Cyrillic, Armenian and Hebrew letters,
    /// general punctuation, symbols, kana, CJK ideographs, Hangul syllables, fullwidth forms.
    static func neverExtends(_ v: UInt32) -> Bool {
        switch v {
        case 0x00A0 ..< 0x0300, 0x0370 ..< 0x0483, 0x048A ..< 0x0591, 0x05D0 ..< 0x0600, 0x1E00 ..< 0x2000, 0x2010 ..< 0x2028,
             0x2030 ..< 0x2060, 0x2070 ..< 0x20D0, 0x2100 ..< 0x2C00, 0x3001 ..< 0x302A, 0x3030 ..< 0x3099, 0x309B ..< 0x3100,
             0x4E00 ..< 0xA000, 0xAC00 ..< 0xD7A4, 0xFF01 ..< 0xFF9E:
            return true
        default:
            return false
        }
    }

    private static let prefixes = [
        "written by", "posted by", "published by", "words by", "story by", "text by", "reported by", "article by",
        "reviewed by", "edited by", "author:", "authors:", "autor:", "autorin:", "auteur:", "author", "by:", "by",
        "von", "par", "por", "door", "av", "from",
    ]

    private static func stripPrefixes(_ input: String) -> String {
        var s = input.trimmingSpaces()
        var changed = true
        while changed {
            changed = false
            let lower = s.lowercased()
            // A prefix's first byte is an ASCII letter, which only that letter's byte can open
            // a text with (no other character is canonically equivalent to a lower-case ASCII
            // letter): the other prefixes are not asked.
            let first = lower.utf8.first
            for p in prefixes where p.utf8.first == first && lower.hasPrefix(p) {
                let rest = s.dropFirst(p.count)
                // A prefix word must end at a space or a colon.
                guard p.hasSuffix(":") || rest.first == " " || rest.first == ":" else { continue }
                s = String(rest).trimmingSpaces()
                if s.hasPrefix(":") { s = String(s.dropFirst()).trimmingSpaces() }
                changed = true
                break
            }
        }
        return s
    }

    /// Cuts what follows the name in a byline: a date, "Updated…", a separator and a role.
    private static func cutTail(_ input: String) -> String {
        var s = cutMarkers(input)
        // A date or a count after the name. A single word is a user name whose digits are its
        // own ("jdoe42"), not a date run into it.
        // (An ASCII digit Character is a digit byte: names without one skip the Character walks.)
        if s.utf8.contains(where: { $0 &- 0x30 < 10 }), !isHandle(s), let digit = s.firstIndex(where: { $0.isASCII && $0.isNumber }),
           s.distance(from: s.startIndex, to: digit) > 2 {
            s = String(s[..<digit])
            // Drop a trailing month name or weekday left before the digits.
            var words = s.split(separator: " ")
            while let last = words.last, monthOrDay.contains(last.lowercased().trimmingCharacters(in: ",.")) { words.removeLast() }
            s = words.joined(separator: " ")
        }
        return s
    }

    /// Separators before a role or a date, in the order they are cut at.
    static let tailSeparators = [" | ", " • ", " · ", " — ", " – ", "|", "•", "·"]
    /// Words that end a name in a byline (lower-case), each cut at where it first occurs.
    static let tailWords = [" updated", " published", " posted", " last updated", " edited by", " reviewed by", " on ", " at ", " le ",
                            " am ", " il ", " follow", " email", " twitter", " read more", " view all", " more from", " contributor"]

    /// `cutTail`'s cuts at ``tailSeparators`` and ``tailWords``: on bytes for an ASCII value
    /// without a carriage return (``cutMarkersOnBytes(_:)``), else ``cutMarkersOnCharacters(_:)``.
    static func cutMarkers(_ input: String) -> String {
        input.isASCIIWithoutCR ? cutMarkersOnBytes(input) : cutMarkersOnCharacters(input)
    }

    /// The cuts with Foundation's search, each word's cut at its Character offset in the
    /// lower-cased value.
    static func cutMarkersOnCharacters(_ input: String) -> String {
        var s = input
        for marker in tailSeparators {
            if TitleCleaner.mayContain(s, marker), let r = s.range(of: marker), r.lowerBound > s.startIndex { s = String(s[..<r.lowerBound]) }
        }
        let lower = s.lowercased()
        for marker in tailWords {
            if TitleCleaner.mayContain(lower, marker), let r = lower.range(of: marker) {
                let offset = lower.distance(from: lower.startIndex, to: r.lowerBound)
                if offset > 1 { s = String(s.prefix(offset)) }
            }
        }
        return s
    }

    /// ``cutMarkersOnCharacters(_:)`` for ASCII without CR, where Characters are bytes,
    /// lower-casing folds A–Z, and Foundation finds an ASCII marker where its bytes are (the
    /// separators above ASCII occur in no such value). Each word's cut keeps the value's first
    /// `offset` bytes, so the cuts together keep the shortest of those prefixes.
    static func cutMarkersOnBytes(_ input: String) -> String {
        var bytes = Array(input.utf8)
        for marker in asciiTailSeparators {
            if let r = ByteSearch.firstIndex(of: marker, in: bytes[...]), r > 0 { bytes.removeSubrange(r...) }
        }
        let lower = bytes.map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 }
        var keep = bytes.count
        for marker in tailWordBytes {
            if let r = ByteSearch.firstIndex(of: marker, in: lower[...]), r > 1 { keep = min(keep, r) }
        }
        return String(decoding: bytes[..<keep], as: UTF8.self)
    }

    /// The ASCII ones of ``tailSeparators``, in order, as bytes.
    private static let asciiTailSeparators = tailSeparators.filter { $0.utf8.allSatisfy { $0 < 0x80 } }.map { Array($0.utf8) }
    /// ``tailWords`` as bytes.
    private static let tailWordBytes = tailWords.map { Array($0.utf8) }

    /// A user name rather than a person's name: one word of letters, digits, `_`, `-` and `.`
    /// holding a digit or an underscore ("jdoe42", "j_doe"). People's names have neither; a
    /// date run into a name ("Ann3/4/2025") is not a word of that kind.
    static func isHandle(_ name: String) -> Bool {
        let t = name.trimmingSpaces()
        guard !t.isEmpty, t.contains(where: \.isLetter),
              t.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" || $0 == "." }) else { return false }
        return t.contains { $0 == "_" || ($0.isASCII && $0.isNumber) }
    }

    private static let monthOrDay: Set<String> = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "january", "february",
        "march", "april", "june", "july", "august", "september", "october", "november", "december", "mon", "tue", "wed",
        "thu", "fri", "sat", "sun", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "on",
        "-", "–", "—",
    ]

    private static func split(_ s: String) -> [String] {
        // Nothing inside parentheses is split: "Jane Doe (with John Roe and Ann Poe)".
        var depth = 0
        var protected = ""
        if !s.containsUTF8(0x28) {
            protected = s
        } else {
            for ch in s {
                if ch == "(" { depth += 1 } else if ch == ")" { depth = max(0, depth - 1) }
                protected.append(depth > 0 && (ch == "," || ch == ";" || ch == " ") ? "\u{1}" : ch)
            }
        }
        var parts = [protected]
        // (Each split is skipped when no part can hold its separator.)
        for separator in [";", ",", "、", "，"] where parts.contains(where: { TitleCleaner.mayContain($0, separator) }) {
            parts = parts.flatMap { TitleCleaner.mayContain($0, separator) ? $0.componentsSplit(by: separator) : [$0] }
        }
        // "and" joins two people when both sides read as full names ("Mac & i" is one name).
        for separator in [" and ", " & ", " und ", " et ", " y ", " e ", " en ", " og ", " och "]
        where parts.contains(where: { TitleCleaner.mayContain($0, separator) }) {
            parts = parts.flatMap { part -> [String] in
                guard TitleCleaner.mayContain(part, separator) else { return [part] }
                let pieces = part.componentsSplit(by: separator)
                guard pieces.count > 1, pieces.allSatisfy({ $0.trimmingSpaces().contains(" ") }) else { return [part] }
                return pieces
            }
        }
        parts = parts.map { $0.containsUTF8(0x01) ? String($0.map { $0 == "\u{1}" ? " " : $0 }) : $0 }
        // "Doe, Jane" is one person written surname first, not two.
        if parts.count == 2, !s.contains(";"), s.componentsSplit(by: ",").count == 2,
           parts.allSatisfy({ !$0.trimmingSpaces().contains(" ") && !$0.trimmingSpaces().isEmpty }), !s.contains(" and ") {
            return [parts[1].trimmingSpaces() + " " + parts[0].trimmingSpaces()]
        }
        return parts
    }

    private static func trimPunctuation(_ s: String) -> String {
        var t = s.trimmingSpaces()
        while let f = t.first, !(f.isLetter || f.isNumber) { t.removeFirst() }
        while let l = t.last, !(l.isLetter || l.isNumber || l == "." || l == ")") { t.removeLast() }
        return t.trimmingSpaces()
    }

    static let generic: Set<String> = [
        "admin", "administrator", "staff", "editor", "editors", "editorial", "editorial staff", "editorial team", "guest",
        "unknown", "anonymous", "webmaster", "user", "root", "author", "authors", "team", "staff writer", "staff reporter",
        "by", "none", "null", "undefined", "default", "site admin", "wpengine", "contributor", "contributors", "posted",
        "redaktion", "rédaction", "redacción", "redazione", "follow", "share", "more", "about", "view profile", "profile",
    ]

    static func isPlausible(_ name: String) -> Bool {
        if name.isASCIIWithoutCR {
            var name = name
            return name.withUTF8 { isPlausibleOnBytes($0) }
        }
        return isPlausibleOnCharacters(name)
    }

    /// ``isPlausible(_:)`` for ASCII without CR, where Characters are bytes, letters are
    /// A–Z and a–z, and lower-casing folds A–Z.
    static func isPlausibleOnBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = bytes.count
        guard n >= 2, n <= 80 else { return false }
        var lower = [UInt8](repeating: 0, count: n)
        var letter = false
        var words = 0
        var previous: UInt8 = 0x20
        for k in 0 ..< n {
            let b = bytes[k]
            if (b | 0x20) &- 0x61 < 26 { letter = true }
            // The ":" test is below; a word starts at a byte other than a space after a space.
            if b == 0x3A { return false }
            if b != 0x20, previous == 0x20 { words += 1 }
            previous = b
            lower[k] = b &- 0x41 < 26 ? b | 0x20 : b
        }
        guard letter else { return false }
        if generic.contains(String(decoding: lower, as: UTF8.self)) { return false }
        if bytes[0] == 0x40 || lower.contains(0x40) || ByteSearch.contains(lower[...], Array("http".utf8))
            || ByteSearch.contains(lower[...], Array("www.".utf8)) {
            return false
        }
        return words <= 10
    }

    /// ``isPlausible(_:)`` on Characters.
    static func isPlausibleOnCharacters(_ name: String) -> Bool {
        let count = name.count
        guard count >= 2, count <= 80 else { return false }
        guard name.contains(where: \.isLetter) else { return false }
        let lower = name.lowercased()
        if generic.contains(lower) { return false }
        if name.hasPrefix("@") || ["http", "www.", "@"].contains(where: { TitleCleaner.mayContain(lower, $0) && lower.contains($0) }) {
            return false
        }
        if name.split(separator: " ").count > 10 || name.contains(":") { return false }
        return true
    }

    /// Stricter test for a byline read from the visible page: a short run of words that reads
    /// like a name, not a sentence or a button.
    static func looksLikeName(_ name: String, requireCapital: Bool = true) -> Bool {
        if name.isASCIIWithoutCR {
            var name = name
            return name.withUTF8 { looksLikeNameOnBytes($0, requireCapital: requireCapital) }
        }
        return looksLikeNameOnCharacters(name, requireCapital: requireCapital)
    }

    /// ``looksLikeName(_:requireCapital:)`` for ASCII without CR: words are the runs between
    /// spaces, and a word's first Character is cased when it is an ASCII letter.
    static func looksLikeNameOnBytes(_ bytes: UnsafeBufferPointer<UInt8>, requireCapital: Bool) -> Bool {
        guard isPlausibleOnBytes(bytes) else { return false }
        var depth = 0, outside = 0, words = 0, cased = 0, capitals = 0
        var k = 0
        let n = bytes.count
        while k < n {
            if bytes[k] == 0x20 { k += 1; continue }
            var end = k
            while end < n, bytes[end] != 0x20 { end += 1 }
            words += 1
            if bytes[k] == 0x28 { depth += 1 }
            if depth == 0 { outside += 1 }
            if bytes[end - 1] == 0x29 { depth = max(0, depth - 1) }
            let first = bytes[k]
            if first &- 0x41 < 26 { cased += 1; capitals += 1 } else if first &- 0x61 < 26 { cased += 1 }
            k = end
        }
        guard outside <= 6 else { return false }
        for b in bytes where b == 0x3F || b == 0x21 || b == 0x3A { return false }
        if requireCapital || words > 1, cased > 0, capitals == 0 { return false }
        return true
    }

    /// ``looksLikeName(_:requireCapital:)`` on Characters.
    static func looksLikeNameOnCharacters(_ name: String, requireCapital: Bool = true) -> Bool {
        guard isPlausibleOnCharacters(name) else { return false }
        let words = name.split(separator: " ")
        // Words in parentheses ("(with Ann Poe)") are a note, not the name's length.
        var depth = 0
        var outside = 0
        for word in words {
            if word.hasPrefix("(") { depth += 1 }
            if depth == 0 { outside += 1 }
            if word.hasSuffix(")") { depth = max(0, depth - 1) }
        }
        guard outside <= 6 else { return false }
        if name.contains(where: { $0 == "?" || $0 == "!" || $0 == ":" }) { return false }
        // In scripts with case, names are capitalised.
        let cased = words.filter { $0.first.map { $0.isUppercase || $0.isLowercase } ?? false }
        if requireCapital || words.count > 1, !cased.isEmpty, !cased.contains(where: { $0.first!.isUppercase }) { return false }
        return true
    }
}

extension String {
    /// The string without the characters of `set` at either end.
    ///
    /// An end that is one ASCII scalar is looked up among the set's bytes when every scalar of
    /// the set is a character of its own that no ASCII scalar is canonically equivalent to
    /// (``standsAloneInSet(_:)``): then the set holds that character exactly when it holds its
    /// byte. A `Character` search of the set cost some 3,800 instructions a question.
    func trimmingCharacters(in set: String) -> String {
        let bytewise = set.unicodeScalars.allSatisfy(Self.standsAloneInSet)
        func isMember(_ c: Character) -> Bool {
            if bytewise, c.utf8.count == 1, let b = c.utf8.first { return set.utf8.contains(b) }
            return set.contains(c)
        }
        var t = Substring(self)
        while let f = t.first, isMember(f) { t.removeFirst() }
        while let l = t.last, isMember(l) { t.removeLast() }
        return String(t)
    }

    /// Scalars that are a grapheme of their own next to any other of these, and canonically
    /// equivalent to no ASCII scalar: ASCII but the carriage return (which joins a line feed),
    /// Latin-1 and Latin Extended letters and signs (below the combining marks at U+0300),
    /// general punctuation, and the pictographs from U+1F300 (the skin-tone modifiers, which
    /// extend, excepted).
    static func standsAloneInSet(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00 ..< 0x0D, 0x0E ..< 0x80, 0xA0 ..< 0x300, 0x2010 ..< 0x2028, 0x1F300 ..< 0x1F3FB, 0x1F400 ..< 0x1F600:
            return true
        default:
            return false
        }
    }
}
