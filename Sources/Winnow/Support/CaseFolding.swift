/// Lower-casing of short texts on UTF-8 bytes, for the text rules' openings.
///
/// `String.lowercased()` asks the Unicode tables for every scalar, about 40,000 instructions
/// for a 120-byte opening with accents. The scripts most pages are written in have simple
/// case pairs: they are folded here byte by byte, and any other scalar sends the whole text to
/// `String.lowercased()`, so the result is always the same as its.
enum CaseFolding {
    /// The UTF-8 bytes of `text.lowercased()`.
    static func lowercasedBytes(_ text: String) -> [UInt8] {
        var copy = text
        return copy.withUTF8(folded) ?? Array(text.lowercased().utf8)
    }

    /// The UTF-8 bytes of `String(decoding: bytes, as: UTF8.self).lowercased()`, for valid
    /// UTF-8 (a block's stored opening): no `String` is made unless the Unicode tables are needed.
    static func lowercasedBytes(utf8 bytes: [UInt8]) -> [UInt8] {
        bytes.withUnsafeBufferPointer(folded) ?? Array(String(decoding: bytes, as: UTF8.self).lowercased().utf8)
    }

    /// The bytes folded here, or nil when a scalar needs the Unicode tables.
    ///
    /// Every fold here keeps a scalar's UTF-8 length (ASCII to ASCII, the two-byte letters to
    /// two-byte letters, the rest unchanged), so the result is written through a pointer into
    /// an array of the text's length: an `append` per byte, with its capacity and uniqueness
    /// checks, cost some 25 instructions a byte.
    private static func folded(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        let n = bytes.count
        var complete = true, lengthChanges = false
        let out = [UInt8](unsafeUninitializedCapacity: n) { out, written in
            var i = 0
            while i < n {
                let b0 = bytes[i]
                if b0 < 0x80 {
                    out[i] = b0 &- 0x41 < 26 ? b0 | 0x20 : b0
                    i += 1
                    continue
                }
                let length = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : 2
                guard i + length <= n else { complete = false; break }
                var scalar = UInt32(b0) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                for k in 1 ..< length { scalar = scalar << 6 | (UInt32(bytes[i + k]) & 0x3F) }
                guard let folded = fold(scalar) else { complete = false; break }
                if folded == scalar {
                    for k in 0 ..< length { out[i + k] = bytes[i + k] }
                } else if folded < 0x800, length == 2 {
                    out[i] = UInt8(0xC0 | (folded >> 6))
                    out[i + 1] = UInt8(0x80 | (folded & 0x3F))
                } else {
                    // A fold that changes the length: only an overlong encoding, which valid
                    // UTF-8 has none of; read by appending, as before.
                    lengthChanges = true
                    break
                }
                i += length
            }
            written = complete && !lengthChanges ? n : 0
        }
        if lengthChanges { return foldedByAppending(bytes) }
        return complete ? out : nil
    }

    /// ``folded(_:)`` by appending each byte, for a text whose folding changes its length.
    private static func foldedByAppending(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        let n = bytes.count
        while i < n {
            let b0 = bytes[i]
            if b0 < 0x80 {
                out.append(b0 &- 0x41 < 26 ? b0 | 0x20 : b0)
                i += 1
                continue
            }
            let length = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : 2
            guard i + length <= n else { return nil }
            var scalar = UInt32(b0) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
            for k in 1 ..< length { scalar = scalar << 6 | (UInt32(bytes[i + k]) & 0x3F) }
            guard let folded = fold(scalar) else { return nil }
            if folded == scalar {
                for k in 0 ..< length { out.append(bytes[i + k]) }
            } else if folded < 0x800 {
                out.append(UInt8(0xC0 | (folded >> 6)))
                out.append(UInt8(0x80 | (folded & 0x3F)))
            } else {
                out.append(UInt8(0xE0 | (folded >> 12)))
                out.append(UInt8(0x80 | ((folded >> 6) & 0x3F)))
                out.append(UInt8(0x80 | (folded & 0x3F)))
            }
            i += length
        }
        return out
    }

    /// The lower-case form of a scalar whose case pair is simple, the scalar itself when it has
    /// no case, or nil when it must go to the Unicode tables.
    @inline(__always)
    static func fold(_ s: UInt32) -> UInt32? {
        switch s {
        case 0xC0 ... 0xDE where s != 0xD7: return s + 0x20           // Latin-1 capitals
        case 0x80 ... 0xFF: return s                                   // Latin-1 lower case, signs
        case 0x100 ... 0x17F: return latinExtendedA(s)                 // Central European letters
        case 0x391 ... 0x3A1, 0x3A4 ... 0x3A9: return s + 0x20         // Greek capitals but Σ
        case 0x3AC ... 0x3CE: return s                                 // Greek lower case
        case 0x400 ... 0x40F: return s + 0x50                          // Cyrillic Ѐ–Џ
        case 0x410 ... 0x42F: return s + 0x20                          // Cyrillic А–Я
        case 0x430 ... 0x45F: return s                                 // Cyrillic lower case
        case 0x590 ... 0x109F, 0x1100 ... 0x11FF: return s             // Hebrew to Myanmar, Hangul Jamo: no case
        case 0x2000 ... 0x206F, 0x20A0 ... 0x20CF: return s            // punctuation, currency signs
        case 0x3000 ... 0xD7FF, 0xF900 ... 0xFAFF, 0xFE30 ... 0xFE4F: return s  // CJK, kana, Hangul
        case 0xFF01 ... 0xFF20, 0xFF3B ... 0xFF40, 0xFF5B ... 0xFFEF: return s  // full-width signs
        case 0x1F000 ... 0x1FAFF, 0x20000 ... 0x3FFFF: return s        // emoji, CJK extensions
        case 0xFE70 ... 0xFEFF: return s                               // Arabic presentation forms
        // The replacement character: an opening cut inside a character ends with one.
        case 0xFFF9 ... 0xFFFD: return s
        default: return nil
        }
    }

    /// Latin Extended-A (Polish, Czech, Hungarian, Turkish…): capitals and small letters
    /// alternate, the capital first, except in U+0139–U+0148 and U+0179–U+017E where the
    /// small letter comes first; U+0178 (Ÿ) folds to U+00FF and U+0130 (İ) to two scalars
    /// (left to the Unicode tables).
    private static func latinExtendedA(_ s: UInt32) -> UInt32? {
        switch s {
        case 0x130: return nil
        case 0x178: return 0xFF
        case 0x131, 0x138, 0x149, 0x17F: return s                      // ı ĸ ŉ ſ: small letters
        case 0x139 ... 0x148, 0x179 ... 0x17E: return s & 1 == 1 ? s + 1 : s
        default: return s & 1 == 0 ? s + 1 : s
        }
    }

}
