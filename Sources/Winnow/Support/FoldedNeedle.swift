/// A lower-case ASCII word searched for in bytes with ASCII capitals folded, by the shift
/// table of Horspool's search built once for the word.
///
/// At each window the byte under its last position decides how far the window moves: as far
/// as keeps that byte under its last occurrence in the word before the last position, or
/// past it when it occurs nowhere there. The table is indexed by the raw byte with the
/// folding built in, so a probe is one load and one add. Where English text holds many of a
/// word's letters, this moves the window by several bytes where a set of the word's bytes
/// (``BylineReader/contains(_:_:_:)``) moves it by one at each of them; a table built per
/// search cost more than it saved on short texts, so it is built once a process.
struct FoldedNeedle: Sendable {
    /// The word's bytes (lower-case ASCII).
    let bytes: [UInt8]
    /// For each byte value, how far the window moves when it is the window's last byte.
    let shifts: [UInt8]

    init(_ word: StaticString) {
        let n = word.utf8CodeUnitCount
        precondition(n > 0 && n < 256)
        let p = word.utf8Start
        bytes = (0 ..< n).map { p[$0] }
        var table = [UInt8](repeating: UInt8(n), count: 256)
        for b in 0 ..< 256 {
            let folded = BylineReader.fold(UInt8(b))
            // The last occurrence before the word's last byte.
            var j = n - 2
            while j >= 0, p[j] != folded { j -= 1 }
            if j >= 0 { table[b] = UInt8(n - 1 - j) }
        }
        shifts = table
    }

    /// Whether `buffer[range]`, with ASCII capitals folded, contains the word: what
    /// ``BylineReader/contains(_:_:_:)`` answers for it.
    func occurs(in buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        bytes.withUnsafeBufferPointer { needle in
            shifts.withUnsafeBufferPointer { shifts in
                let n = needle.count
                guard range.count >= n else { return false }
                let lastByte = needle[n - 1]
                var end = range.lowerBound + n - 1
                while end < range.upperBound {
                    let b = buffer[end]
                    if BylineReader.fold(b) == lastByte {
                        let start = end - (n - 1)
                        var k = 0
                        while k < n - 1, BylineReader.fold(buffer[start + k]) == needle[k] { k += 1 }
                        if k == n - 1 { return true }
                    }
                    end += Int(shifts[Int(b)])
                }
                return false
            }
        }
    }
}
