/// The end of a run of plain string bytes in JSON: the first quote, backslash or control
/// byte (below 0x20) at or after a position. A JSON-LD script is mostly string bytes, so the
/// run is sought eight bytes at a time: a word with none of the three is passed over whole,
/// and the bytes of a word with one are read one by one.
enum JSONPlainRun {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// The index of the first byte at or after `start` that is `"`, `\` or below 0x20, or
    /// `bytes.count` when there is none.
    static func end(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let n = bytes.count
        var k = start
        if let base = UnsafeRawPointer(bytes.baseAddress) {
            while k + 8 <= n {
                let w = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: k, as: UInt64.self))
                // Non-zero exactly when some byte is zero (after the xor: is the quote or the
                // backslash) or below 0x20; the tests are exact for the word as a whole.
                let quote = w ^ (ones &* 0x22), backslash = w ^ (ones &* 0x5C)
                let hit = ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash) | ((w &- ones &* 0x20) & ~w)
                if hit & highs != 0 { break }
                k += 8
            }
        }
        while k < n {
            let b = bytes[k]
            if b == 0x22 || b == 0x5C || b < 0x20 { break }
            k += 1
        }
        return k
    }
}
