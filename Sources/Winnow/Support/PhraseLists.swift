/// Up to eight phrase lists searched in one walk over a short lower-cased UTF-8 text: which
/// of the lists have a phrase in it, each list found as ``PhraseMatcher/containsAny(in:)``
/// finds it.
///
/// The text rules look for up to seven lists in the same opening of a block (appeals,
/// notices, social networks, calls to action, related-story phrases, embedded credits,
/// picture agencies); seven ``PhraseMatcher`` walks over the same 120 bytes were most of
/// their cost. Here one table gives, for each pair of bytes, the lists that have a phrase
/// starting with it, so a position is compared only against the phrases of the lists asked
/// for whose pair it is: the same comparisons as the separate walks, in one walk. (A single
/// pair bit set for the union of the lists let far more positions through to comparisons
/// against every list, and cost more than the separate walks.)
struct PhraseLists: Sendable {
    /// For each pair of bytes (first << 8 | second), a bit per list with a phrase starting
    /// with it (every pair of a one-byte phrase's byte).
    private let pairLists: [UInt8]
    /// Bits of the lists whose phrases must stand as whole words (see ``PhraseMatcher``).
    private let wholeWordLists: UInt8
    /// The phrases' bytes, one after another.
    private let bytes: [UInt8]
    /// Start and end of each phrase in ``bytes``, grouped by list and first byte.
    private let phraseBounds: [Int32]
    /// For list `l` and first byte `b`, the phrases `bucketStart[l * 256 + b] ..<
    /// bucketStart[l * 256 + b + 1]` of ``phraseBounds`` (in pairs).
    private let bucketStart: [Int32]

    /// - Parameter lists: The phrases of each list (lower-cased, as the texts), and whether
    ///   they must stand as whole words. At most eight lists; empty phrases are never found.
    init(_ lists: [(phrases: [String], wholeWords: Bool)]) {
        precondition(lists.count <= 8)
        var pairLists = [UInt8](repeating: 0, count: 65536)
        var wholeWordLists: UInt8 = 0
        var bytes: [UInt8] = []
        var phraseBounds: [Int32] = []
        var bucketStart: [Int32] = []
        for (l, list) in lists.enumerated() {
            let bit = UInt8(1) << UInt8(l)
            if list.wholeWords { wholeWordLists |= bit }
            let phrases = list.phrases.map { Array($0.utf8) }.filter { !$0.isEmpty }
            for first in 0 ... 255 {
                bucketStart.append(Int32(phraseBounds.count / 2))
                for phrase in phrases where phrase[0] == UInt8(first) {
                    phraseBounds.append(Int32(bytes.count))
                    bytes.append(contentsOf: phrase)
                    phraseBounds.append(Int32(bytes.count))
                    let seconds: [UInt8] = phrase.count >= 2 ? [phrase[1]] : Array(0 ... 255)
                    for second in seconds { pairLists[first << 8 | Int(second)] |= bit }
                }
            }
        }
        bucketStart.append(Int32(phraseBounds.count / 2))
        self.pairLists = pairLists
        self.wholeWordLists = wholeWordLists
        self.bytes = bytes
        self.phraseBounds = phraseBounds
        self.bucketStart = bucketStart
    }

    @inline(__always)
    private static func isWordByte(_ b: UInt8) -> Bool {
        b >= 0x80 || (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A)
    }

    /// The lists among `wanted` (a bit per list, in the order given at `init`) that have a
    /// phrase in `text`.
    func matching(_ wanted: UInt8, in text: [UInt8]) -> UInt8 {
        guard wanted != 0, !text.isEmpty else { return 0 }
        return text.withUnsafeBufferPointer { text in
            pairLists.withUnsafeBufferPointer { pairLists in
                bytes.withUnsafeBufferPointer { bytes in
                    phraseBounds.withUnsafeBufferPointer { phraseBounds in
                        bucketStart.withUnsafeBufferPointer { bucketStart in
                            var remaining = wanted
                            let end = text.count
                            var i = 0
                            while i < end {
                                let first = text[i]
                                let second = i + 1 < end ? text[i + 1] : 0
                                var lists = pairLists[Int(first) << 8 | Int(second)] & remaining
                                if lists != 0 {
                                    // Whole-word lists start only at the start of a word.
                                    if lists & wholeWordLists != 0, i > 0, Self.isWordByte(text[i - 1]) {
                                        lists &= ~wholeWordLists
                                    }
                                    while lists != 0 {
                                        let l = lists.trailingZeroBitCount
                                        let bit = UInt8(1) << UInt8(l)
                                        lists &= lists - 1
                                        let wholeWords = wholeWordLists & bit != 0
                                        let bucket = l << 8 | Int(first)
                                        var e = Int(bucketStart[bucket])
                                        let last = Int(bucketStart[bucket + 1])
                                        while e < last {
                                            let start = Int(phraseBounds[2 * e]), count = Int(phraseBounds[2 * e + 1]) - start
                                            e += 1
                                            let stop = i + count
                                            guard stop <= end else { continue }
                                            var k = 1
                                            while k < count && text[i + k] == bytes[start + k] { k += 1 }
                                            guard k == count else { continue }
                                            if !wholeWords || stop == end || !Self.isWordByte(bytes[start + k - 1])
                                                || !Self.isWordByte(text[stop]) {
                                                remaining &= ~bit
                                                break
                                            }
                                        }
                                    }
                                    if remaining == 0 { return wanted }
                                }
                                i += 1
                            }
                            return wanted & ~remaining
                        }
                    }
                }
            }
        }
    }
}
