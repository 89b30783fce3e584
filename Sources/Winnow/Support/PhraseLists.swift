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
    /// For each pair of bytes (first << 8 | second), the number of its entry in ``pairLists``
    /// and ``bucketStart``, or 0 when no phrase starts with it (every pair of a one-byte
    /// phrase's byte is its).
    private let pairEntry: [UInt16]
    /// For each entry, a bit per list with a phrase starting with its pair.
    private let pairLists: [UInt8]
    /// Bits of the lists whose phrases must stand as whole words (see ``PhraseMatcher``).
    private let wholeWordLists: UInt8
    /// The phrases' bytes, one after another.
    private let bytes: [UInt8]
    /// Start and end of each phrase in ``bytes``, grouped by pair entry and list.
    private let phraseBounds: [Int32]
    /// For entry `e` and list `l`, the phrases `bucketStart[e * 8 + l] ..< bucketStart[e * 8 +
    /// l + 1]` of ``phraseBounds`` (in pairs): those of the list that start with the pair.
    private let bucketStart: [Int32]

    /// - Parameter lists: The phrases of each list (lower-cased, as the texts), and whether
    ///   they must stand as whole words. At most eight lists; empty phrases are never found.
    init(_ lists: [(phrases: [String], wholeWords: Bool)]) {
        precondition(lists.count <= 8)
        var wholeWordLists: UInt8 = 0
        // Every phrase under every pair it starts with (all pairs of a one-byte phrase's byte).
        var placed: [(pair: Int, list: Int, phrase: [UInt8])] = []
        for (l, list) in lists.enumerated() {
            if list.wholeWords { wholeWordLists |= UInt8(1) << UInt8(l) }
            for phrase in list.phrases.map({ Array($0.utf8) }) where !phrase.isEmpty {
                if phrase.count >= 2 {
                    placed.append((Int(phrase[0]) << 8 | Int(phrase[1]), l, phrase))
                } else {
                    for second in 0 ... 255 { placed.append((Int(phrase[0]) << 8 | second, l, phrase)) }
                }
            }
        }
        // Entries numbered from 1 in the order their pairs are first met; then the phrases
        // counted per entry and list, and laid out by those counts (no dictionary of arrays:
        // this runs once a process, before the first page).
        var pairEntry = [UInt16](repeating: 0, count: 65536)
        var entries = 0
        for p in placed where pairEntry[p.pair] == 0 {
            entries += 1
            pairEntry[p.pair] = UInt16(entries)
        }
        precondition(entries < Int(UInt16.max))
        var pairLists = [UInt8](repeating: 0, count: entries + 1)
        var bucketStart = [Int32](repeating: 0, count: (entries + 1) * 8 + 1)
        for p in placed {
            let entry = Int(pairEntry[p.pair])
            pairLists[entry] |= UInt8(1) << UInt8(p.list)
            bucketStart[entry * 8 + p.list + 1] += 1
        }
        for k in 1 ..< bucketStart.count { bucketStart[k] += bucketStart[k - 1] }
        var next = bucketStart
        var bounds = [(start: Int32, end: Int32)](repeating: (0, 0), count: placed.count)
        var bytes: [UInt8] = []
        for p in placed {
            let bucket = Int(pairEntry[p.pair]) * 8 + p.list
            bounds[Int(next[bucket])] = (Int32(bytes.count), Int32(bytes.count + p.phrase.count))
            next[bucket] += 1
            bytes.append(contentsOf: p.phrase)
        }
        var phraseBounds: [Int32] = []
        phraseBounds.reserveCapacity(2 * bounds.count)
        for b in bounds { phraseBounds.append(b.start); phraseBounds.append(b.end) }
        self.pairEntry = pairEntry
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
            pairEntry.withUnsafeBufferPointer { pairEntry in
                pairLists.withUnsafeBufferPointer { pairLists in
                    bytes.withUnsafeBufferPointer { bytes in
                        phraseBounds.withUnsafeBufferPointer { phraseBounds in
                            bucketStart.withUnsafeBufferPointer { bucketStart in
                                var remaining = wanted
                                let end = text.count
                                // The lists of `remaining` with a phrase at `i`, whose first two
                                // bytes are those of `entry`, are taken out of `remaining`.
                                @inline(__always) func compare(_ i: Int, _ entry: Int) {
                                    var lists = pairLists[entry] & remaining
                                    guard lists != 0 else { return }
                                    // Whole-word lists start only at the start of a word.
                                    if lists & wholeWordLists != 0, i > 0, Self.isWordByte(text[i - 1]) {
                                        lists &= ~wholeWordLists
                                    }
                                    while lists != 0 {
                                        let l = lists.trailingZeroBitCount
                                        let bit = UInt8(1) << UInt8(l)
                                        lists &= lists - 1
                                        let wholeWords = wholeWordLists & bit != 0
                                        var e = Int(bucketStart[(entry << 3) | l])
                                        let last = Int(bucketStart[((entry << 3) | l) + 1])
                                        while e < last {
                                            let start = Int(phraseBounds[2 * e]), count = Int(phraseBounds[2 * e + 1]) - start
                                            e += 1
                                            let stop = i + count
                                            guard stop <= end else { continue }
                                            // The first two bytes are the pair's (one for a one-byte phrase).
                                            var k = 2
                                            while k < count && text[i + k] == bytes[start + k] { k += 1 }
                                            guard k >= count else { continue }
                                            if !wholeWords || stop == end || !Self.isWordByte(bytes[start + count - 1])
                                                || !Self.isWordByte(text[stop]) {
                                                remaining &= ~bit
                                                break
                                            }
                                        }
                                    }
                                }
                                var first = text[0]
                                var i = 0
                                while i + 1 < end {
                                    let second = text[i + 1]
                                    let entry = Int(pairEntry[Int(first) << 8 | Int(second)])
                                    if entry != 0 {
                                        compare(i, entry)
                                        if remaining == 0 { return wanted }
                                    }
                                    first = second
                                    i += 1
                                }
                                // The last byte, with a 0 after it: only one-byte phrases start there.
                                let entry = Int(pairEntry[Int(first) << 8])
                                if entry != 0 { compare(i, entry) }
                                return wanted & ~remaining
                            }
                        }
                    }
                }
            }
        }
    }
}
