/// Function-word sets for the stop-word density feature, stored as word hashes so that the
/// scan of a page never builds a string per word.
enum StopWords {
    /// One hash set per language code, built on first use.
    static let sets: [String: Set<UInt64>] = {
        var result: [String: Set<UInt64>] = [:]
        for (language, words) in wordLists { result[language] = hashes(ofWords: words) }
        return result
    }()

    /// The hashes of the words of a list, split at spaces and line feeds on its bytes: a
    /// split on `Character`s ran grapheme breaking over every list, most of the cost of the
    /// first page a process reads (17 M instructions).
    static func hashes(ofWords words: String) -> Set<UInt64> {
        var set = Set<UInt64>()
        set.reserveCapacity(words.utf8.count / 4)
        var hash = WordHash.seed
        var inWord = false
        for byte in words.utf8 {
            if byte == 0x20 || byte == 0x0A {
                if inWord { set.insert(hash) }
                hash = WordHash.seed
                inWord = false
            } else {
                hash = WordHash.step(hash, byte)
                inWord = true
            }
        }
        if inWord { set.insert(hash) }
        return set
    }

    /// The stop-word set for a BCP 47 tag (`en-GB` → `en`), if Winnow has one.
    static func set(forLanguageTag tag: String) -> Set<UInt64>? {
        sets[list(forLanguageTag: tag)]
    }

    /// The code of the list a BCP 47 tag reads (`en-GB` → `en`, Norwegian → `nb`).
    static func list(forLanguageTag tag: String) -> String {
        let primary = tag.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? ""
        switch primary {
        case "no", "nn": return "nb"
        default: return primary
        }
    }

    /// The same sets as open-addressing tables (see ``WordSet``), built once: a declared
    /// language's coverage is asked of one on every page that declares it, and copying the set
    /// into a table cost more than the look-ups.
    static let tables: [String: WordSet] = sets.mapValues { WordSet($0) }

    /// The languages with a list, in a fixed order: ties in ``guessLanguage(fromWordHashes:)``
    /// go to the first, so the guess never depends on a dictionary's iteration order.
    static let languages: [String] = sets.keys.sorted()

    /// For each function word of any list, the languages it belongs to, one bit each in the
    /// order of ``languages``: one look-up per sampled word instead of one per word and list.
    private static let membership: [UInt64: UInt64] = {
        var result: [UInt64: UInt64] = [:]
        for (bit, language) in languages.enumerated() {
            for hash in sets[language] ?? [] { result[hash, default: 0] |= 1 << UInt64(bit) }
        }
        return result
    }()

    /// Picks the language whose function words cover most of a sample of word hashes.
    ///
    /// - Returns: The language code, or nil when no list covers at least
    ///   ``Heuristics/minimumStopWordShareForLanguage`` of the words.
    static func guessLanguage(fromWordHashes hashes: [UInt64]) -> String? {
        guard hashes.count >= 20 else { return nil }
        var hits = [Int](repeating: 0, count: languages.count)
        for hash in hashes {
            guard var bits = membership[hash] else { continue }
            while bits != 0 {
                hits[bits.trailingZeroBitCount] += 1
                bits &= bits - 1
            }
        }
        var best = -1
        for k in hits.indices where hits[k] > 0 && (best < 0 || hits[k] > hits[best]) { best = k }
        guard best >= 0, Double(hits[best]) / Double(hashes.count) >= Heuristics.minimumStopWordShareForLanguage else { return nil }
        return languages[best]
    }
}

/// FNV-1a over a word's UTF-8 bytes with ASCII letters folded to lower case.
enum WordHash {
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x100_0000_01b3

    @inline(__always)
    static func step(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        let folded = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
        return (hash ^ UInt64(folded)) &* prime
    }

    static func of<S: Sequence>(_ bytes: S) -> UInt64 where S.Element == UInt8 {
        var hash = seed
        for byte in bytes { hash = step(hash, byte) }
        return hash
    }
}
