/// A hash of a whole attribute value, ASCII capitals folded, read eight bytes at a time.
///
/// ``NodeMarks`` hashes every element's class and id value to find its verdict in the page's
/// cache, and the review and alike-slot rules key their own caches by the same hashes.
/// ``WordHash`` (FNV-1a) folds and multiplies byte by byte, a chain of multiplies as long
/// as the value; here each eight bytes are folded at once (a capital is a byte from `A` to
/// `Z`, found in all eight lanes by two additions) and mixed with one multiply. Two values
/// get the same hash when their bytes are equal once ASCII capitals are folded, as with
/// ``WordHash``, so the caches group values exactly as they did.
enum ValueHash {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// The eight bytes of `x` with ASCII capitals made small (bytes of 0x80 and more kept).
    @inline(__always)
    static func folded(_ x: UInt64) -> UInt64 {
        let low = x & ~highs
        // Bit 7 of each lane: the lane's low seven bits are at least `A`, more than `Z`.
        let atLeastA = low &+ ones &* 0x3F
        let pastZ = low &+ ones &* 0x25
        let capitals = atLeastA & ~pastZ & ~x & highs
        return x | (capitals >> 2)
    }

    @inline(__always)
    private static func mix(_ hash: UInt64, _ chunk: UInt64) -> UInt64 {
        let h = (hash ^ chunk) &* 0x9E37_79B9_7F4A_7C15
        return h ^ (h >> 29)
    }

    /// The hash of `bytes[range]`.
    static func of(_ bytes: [UInt8], _ range: Range<Int>) -> UInt64 {
        guard !range.isEmpty else { return 0x6A09_E667_F3BC_C908 }
        return bytes.withUnsafeBufferPointer { p in
            let base = UnsafeRawPointer(p.baseAddress! + range.lowerBound)
            let count = range.count
            var hash: UInt64 = 0xCBF2_9CE4_8422_2325
            var i = 0
            while i + 8 <= count {
                hash = mix(hash, folded(UInt64(littleEndian: base.loadUnaligned(fromByteOffset: i, as: UInt64.self))))
                i += 8
            }
            let rest = count - i
            if rest > 0 {
                // The last bytes in the low lanes, zeros above: one load where the buffer allows
                // (the value's last eight bytes shifted down, or eight from its start masked),
                // byte by byte only in a buffer shorter than eight.
                let tail: UInt64
                if count >= 8 {
                    tail = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)) >> UInt64(8 * (8 - rest))
                } else if range.lowerBound + 8 <= p.count {
                    tail = UInt64(littleEndian: base.loadUnaligned(as: UInt64.self)) & (UInt64.max >> UInt64(8 * (8 - rest)))
                } else if range.upperBound >= 8 {
                    let end = UnsafeRawPointer(p.baseAddress! + range.upperBound - 8)
                    tail = UInt64(littleEndian: end.loadUnaligned(as: UInt64.self)) >> UInt64(8 * (8 - rest))
                } else {
                    var bytes: UInt64 = 0
                    for k in 0 ..< rest { bytes |= UInt64(base.load(fromByteOffset: i + k, as: UInt8.self)) << UInt64(8 * k) }
                    tail = bytes
                }
                hash = mix(hash, folded(tail))
            }
            // The length, so that a short value and its zero-padded tail differ.
            var h = hash ^ UInt64(count) &* 0xFF51_AFD7_ED55_8CCD
            h ^= h >> 33
            h = h &* 0xC4CE_B9FE_1A85_EC53
            return h ^ (h >> 33)
        }
    }
}
