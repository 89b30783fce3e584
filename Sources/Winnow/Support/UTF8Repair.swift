/// The bytes `String(decoding:as: UTF8.self)` makes of a text that is valid UTF-8 but for,
/// at most, one sequence cut short at its end (a prefix cut at a length limit), found with no
/// `String`: the valid bytes as they are and the cut sequence as one U+FFFD, the maximal
/// subpart that the decoder replaces. Other broken input is left to the decoder (nil).
enum UTF8Repair {
    /// U+FFFD in UTF-8.
    static let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]

    static func repaired(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        let n = bytes.count
        guard let base = bytes.baseAddress else { return [] }
        var i = 0
        while i < n {
            // Runs of ASCII passed eight bytes at a time (most prefixes are mostly ASCII).
            while i &+ 8 <= n, UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 { i &+= 8 }
            guard i < n else { break }
            let b = base[i]
            if b < 0x80 { i &+= 1; continue }
            // The sequence's length and its second byte's range (overlong forms, surrogates
            // and code points past U+10FFFF excluded, as the decoder excludes them).
            let length: Int
            var low: UInt8 = 0x80, high: UInt8 = 0xBF
            switch b {
            case 0xC2 ... 0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1 ... 0xEC, 0xEE ... 0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1 ... 0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return nil
            }
            for k in 1 ..< length {
                if i + k == n {
                    // Cut at the end after valid bytes: one replacement character.
                    var result = Array(bytes[0 ..< i])
                    result.append(contentsOf: replacement)
                    return result
                }
                let c = base[i + k]
                if c < low || c > high { return nil }
                low = 0x80; high = 0xBF
            }
            i &+= length
        }
        return Array(bytes)
    }
}
