/// Function-word sets for the stop-word density feature, stored as word hashes so that the
/// scan of a page never builds a string per word.
enum StopWords {
    /// Each list's word hashes, in the list's order (a repeated word repeated), built once a
    /// process with no `Set`: the tables below are built from these, and a `Set` per list
    /// (SipHash for each of the 4,700 words) cost 2.3 M instructions on a process's first page.
    static let hashLists: [String: [UInt64]] = {
        var result: [String: [UInt64]] = [:]
        for (language, words) in wordLists { result[language] = hashArray(ofWords: words) }
        return result
    }()

    /// The hashes of the words of a list in order, split at spaces and line feeds on its bytes:
    /// a split on `Character`s ran grapheme breaking over every list, most of the cost of the
    /// first page a process reads (17 M instructions).
    static func hashArray(ofWords words: String) -> [UInt64] {
        var result: [UInt64] = []
        result.reserveCapacity(words.utf8.count / 4)
        var hash = WordHash.seed
        var inWord = false
        for byte in words.utf8 {
            if byte == 0x20 || byte == 0x0A {
                if inWord { result.append(hash) }
                hash = WordHash.seed
                inWord = false
            } else {
                hash = WordHash.step(hash, byte)
                inWord = true
            }
        }
        if inWord { result.append(hash) }
        return result
    }

    /// The code of the list a BCP 47 tag reads (`en-GB` → `en`, Norwegian → `nb`).
    static func list(forLanguageTag tag: String) -> String {
        let primary = tag.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? ""
        switch primary {
        case "no", "nn": return "nb"
        default: return primary
        }
    }

    /// The same lists as open-addressing tables (see ``StopWordTable``), built once: the
    /// scan probes the page language's table for every word, and a declared language's
    /// coverage is asked of it on every page that declares it.
    static let tables: [String: StopWordTable] = hashLists.mapValues { StopWordTable($0) }

    /// The languages with a list, in a fixed order: ties in ``guessLanguage(fromWordHashes:)``
    /// go to the first, so the guess never depends on a dictionary's iteration order.
    static let languages: [String] = hashLists.keys.sorted()

    /// For each function word of any list, the languages it belongs to, one bit each in the
    /// order of ``languages``: one look-up per sampled word instead of one per word and list.
    /// An open-addressing table built once a process (a dictionary cost 2.0 M instructions
    /// to fill with the 4,700 words, on the first page that guessed its language).
    private static let membership: LanguageBits = {
        var result = LanguageBits(capacity: languages.reduce(0) { $0 + (hashLists[$1]?.count ?? 0) })
        for (bit, language) in languages.enumerated() {
            for hash in hashLists[language] ?? [] { result.add(hash, 1 << UInt64(bit)) }
        }
        return result
    }()

    /// The languages a word hash belongs to, one bit each in the order of ``languages`` (0:
    /// none).
    static func languageBits(of hash: UInt64) -> UInt64 { membership.bits(of: hash) }

    /// Picks the language whose function words cover most of a sample of word hashes.
    ///
    /// - Returns: The language code, or nil when no list covers at least
    ///   ``Heuristics/minimumStopWordShareForLanguage`` of the words.
    static func guessLanguage(fromWordHashes hashes: [UInt64]) -> String? {
        guard hashes.count >= 20 else { return nil }
        var hits = [Int](repeating: 0, count: languages.count)
        for hash in hashes {
            var bits = membership.bits(of: hash)
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

/// A language's function words as the scan asks for them: an open-addressing ``WordSet`` and,
/// since a `WordSet` keeps hashes 0 and 1 in one slot, whether each of those two is a word.
struct StopWordTable: Sendable {
    let table: WordSet
    let hasZero: Bool
    let hasOne: Bool

    /// No words (a page whose language has no list).
    static let empty = StopWordTable([])

    init(_ hashes: [UInt64]) {
        table = WordSet(hashes)
        hasZero = hashes.contains(0)
        hasOne = hashes.contains(1)
    }

    var isEmpty: Bool { table.isEmpty }

    @inline(__always)
    func contains(_ hash: UInt64) -> Bool {
        if hash <= 1 { return hash == 0 ? hasZero : hasOne }
        return table.contains(hash)
    }
}

/// Word hashes mapped to bit sets, by open addressing with one multiply a probe (the keys are
/// already well-mixed hashes; 0 marks an empty slot, so hash 0 has a field of its own).
struct LanguageBits: Sendable {
    private var keys: [UInt64]
    private var values: [UInt64]
    private let shift: UInt64
    private var zeroBits: UInt64 = 0

    /// A table for up to `capacity` keys.
    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = .init(repeating: 0, count: size)
        values = .init(repeating: 0, count: size)
        shift = UInt64(64 - size.trailingZeroBitCount)
    }

    /// Adds `bits` to those of `hash`.
    mutating func add(_ hash: UInt64, _ bits: UInt64) {
        guard hash != 0 else { zeroBits |= bits; return }
        let mask = keys.count - 1
        var i = Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while keys[i] != 0 && keys[i] != hash { i = (i + 1) & mask }
        keys[i] = hash
        values[i] |= bits
    }

    /// The bits of `hash` (0 when it was never added).
    @inline(__always)
    func bits(of hash: UInt64) -> UInt64 {
        guard hash != 0 else { return zeroBits }
        let mask = keys.count - 1
        var i = Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while true {
            let key = keys[i]
            if key == hash { return values[i] }
            if key == 0 { return 0 }
            i = (i + 1) & mask
        }
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
