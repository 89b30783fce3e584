import Testing
@testable import Winnow

/// The word-at-a-time scan of a JSON string's plain bytes stops where the byte loop it
/// replaced stopped.
@Suite("JSON plain runs")
struct JSONPlainRunTests {
    /// The byte-by-byte scan `JSONValue.Reader.string()` ran before.
    static func endReference(_ bytes: [UInt8], from start: Int) -> Int {
        var k = start
        while k < bytes.count {
            let b = bytes[k]
            if b == 0x22 || b == 0x5C || b < 0x20 { break }
            k += 1
        }
        return k
    }

    @Test("The end of a plain run is found at the byte the byte loop stops at")
    func endMatchesByteLoop() {
        // Bytes next to the ones sought, and bytes whose xor with them sets the high bit.
        let alphabet: [UInt8] = [0x22, 0x5C, 0x00, 0x1F, 0x20, 0x21, 0x23, 0x5B, 0x5D, 0x7F, 0x80, 0xA2, 0xDC, 0xFF,
                                 0x01, 0x0A, 0x61, 0x7A, 0x30, 0xC3, 0xA9, 0xE2, 0x80, 0x9C]
        var seed: UInt64 = 99
        func next(_ bound: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int(seed >> 33) % bound
        }
        var stoppedEarly = 0
        for _ in 0 ..< 20_000 {
            let count = next(40)
            // Mostly plain letters, with a sought or tricky byte here and there.
            let bytes = (0 ..< count).map { _ in next(6) == 0 ? alphabet[next(alphabet.count)] : UInt8(0x61 + next(26)) }
            let start = count == 0 ? 0 : next(count + 1)
            let expected = Self.endReference(bytes, from: start)
            let found = bytes.withUnsafeBufferPointer { JSONPlainRun.end(in: $0, from: start) }
            #expect(found == expected, "\(bytes) from \(start)")
            if expected < count { stoppedEarly += 1 }
        }
        #expect(stoppedEarly > 5_000)
        // Every single byte value, alone in a long run of plain bytes, at every place in a word.
        for value in 0 ... 255 {
            for place in 0 ..< 24 {
                var bytes = [UInt8](repeating: 0x61, count: 24)
                bytes[place] = UInt8(value)
                let found = bytes.withUnsafeBufferPointer { JSONPlainRun.end(in: $0, from: 0) }
                #expect(found == Self.endReference(bytes, from: 0))
            }
        }
    }
}
