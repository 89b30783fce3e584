@testable import Winnow

// The text scanner as it was before it read the text through a pointer, took multi-byte
// letters into its runs and kept its prefix in a raw buffer: the reference the fast scanner is
// compared with (`TextScannerFastPathTests`).
/// (Reference copy.) Reads the UTF-8 bytes of text nodes into a ``Block``'s counts in one pass, with no string
/// built per word.
struct ReferenceTextScanner {
    /// The function words of the page's language, as word hashes (empty when unknown).
    let stopWords: Set<UInt64>
    /// How many bytes of lower-cased text to keep as the block's prefix.
    static let prefixLength = TextScanner.prefixLength

    private var inWord = false
    private var wordHash = WordHash.seed
    private var pendingSpace = false
    private var prefixBytes: [UInt8] = []
    /// Whether a byte of 0x80 or more went into the prefix (runs of letters and digits are
    /// ASCII; other bytes go through `keep`).
    private var prefixHasNonASCII = false
    /// How many bytes of prefix this scanner keeps (longer for a whole line of metadata).
    private let prefixLimit: Int

    /// The same hashes in an open-addressing table (0: an empty slot), probed once per word:
    /// cheaper than the set's hashing of an already hashed word.
    private let stopTable: [UInt64]
    private let stopShift: UInt64
    private let stopWordsHaveZero: Bool

    init(stopWords: Set<UInt64>, prefixLimit: Int = Self.prefixLength) {
        self.stopWords = stopWords
        self.prefixLimit = prefixLimit
        prefixBytes.reserveCapacity(prefixLimit)
        var bits: UInt64 = 4
        while (1 << bits) < stopWords.count * 4 { bits += 1 }
        let shift = 64 - bits
        let mask = (1 << Int(bits)) - 1
        var table = [UInt64](repeating: 0, count: 1 << Int(bits))
        for hash in stopWords where hash != 0 {
            var slot = Self.slot(hash, shift)
            while table[slot] != 0 { slot = (slot + 1) & mask }
            table[slot] = hash
        }
        stopTable = table
        stopShift = shift
        stopWordsHaveZero = stopWords.contains(0)
    }

    @inline(__always)
    private static func slot(_ hash: UInt64, _ shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) &>> shift)
    }

    @inline(__always)
    private func isStopWord(_ hash: UInt64) -> Bool {
        if hash == 0 { return stopWordsHaveZero }
        let mask = stopTable.count - 1
        var slot = Self.slot(hash, stopShift)
        while true {
            let entry = stopTable[slot]
            if entry == hash { return true }
            if entry == 0 { return false }
            slot = (slot + 1) & mask
        }
    }

    /// A line of text lower-cased and spaced as block prefixes are, up to `limit` bytes.
    static func normalized(_ text: [UInt8], limit: Int) -> [UInt8] {
        var block = Block(owner: 0, firstNode: 0, lastNode: 0)
        var scanner = ReferenceTextScanner(stopWords: [], prefixLimit: limit)
        scanner.scan(text, text.indices, isLink: false, into: &block)
        scanner.endWord(&block)
        return scanner.validPrefix()
    }

    /// The prefix bytes as a `String` would hold them: a character cut at the limit becomes
    /// U+FFFD, as `String(decoding:as:)` makes it (only texts with other than ASCII can hold
    /// such a cut, and only those are decoded).
    private func validPrefix() -> [UInt8] {
        prefixHasNonASCII ? Array(String(decoding: prefixBytes, as: UTF8.self).utf8) : prefixBytes
    }

    /// Starts a new block.
    mutating func reset() {
        inWord = false
        wordHash = WordHash.seed
        pendingSpace = false
        prefixBytes.removeAll(keepingCapacity: true)
        prefixHasNonASCII = false
    }

    /// Ends the current block: closes its last word and stores the prefix.
    mutating func finish(_ block: inout Block) {
        endWord(&block)
        block.prefixBytes = PrefixBytes(validPrefix())
    }

    /// A block boundary inside the same block (a `<br>`): words do not run across it.
    mutating func breakWord(_ block: inout Block) {
        endWord(&block)
        pendingSpace = true
    }

    @inline(__always)
    mutating func endWord(_ block: inout Block) {
        guard inWord else { return }
        inWord = false
        block.words &+= 1
        if isStopWord(wordHash) { block.stopWords &+= 1 }
        block.textHash = (block.textHash ^ wordHash) &* WordHash.prime
        wordHash = WordHash.seed
    }

    @inline(__always)
    private mutating func keep(_ byte: UInt8) {
        guard prefixBytes.count < prefixLimit else { return }
        if pendingSpace && !prefixBytes.isEmpty { prefixBytes.append(0x20) }
        pendingSpace = false
        if byte >= 0x80 { prefixHasNonASCII = true }
        prefixBytes.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
    }

    /// Whether `byte` is an ASCII letter or digit (two subtractions, no table; a byte of 0x80
    /// or more fails both).
    @inline(__always)
    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10
    }

    /// Adds the bytes of one text node to `block`: `text[range]` (the document's text buffer
    /// and the node's range, read in place: a slice per node cost a retain and a release).
    mutating func scan(_ text: [UInt8], _ range: Range<Int>, isLink: Bool, into block: inout Block) {
        var characters: Int32 = 0
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            let b = text[i]
            if Self.isAlphanumeric(b) {
                // A run of ASCII letters and digits, read in a tight loop with the hash and the
                // counts in locals (the scanner lives in a closure's box, so a store to it per
                // byte went to memory); its prefix bytes are kept after, while there is room.
                let start = i
                var hash = wordHash
                var digits: Int32 = 0
                var c = b
                while true {
                    // `c | 0x20` is `WordHash.step`'s folding for letters and digits.
                    hash = (hash ^ UInt64(c | 0x20)) &* WordHash.prime
                    if c <= 0x39 { digits &+= 1 }
                    i += 1
                    guard i < end else { break }
                    c = text[i]
                    guard Self.isAlphanumeric(c) else { break }
                }
                wordHash = hash
                inWord = true
                block.digits &+= digits
                characters &+= Int32(truncatingIfNeeded: i - start)
                if prefixBytes.count < prefixLimit {
                    // What `keep` would do byte by byte: the pending space, then the run's
                    // bytes lower-cased while there is room (the first always).
                    if pendingSpace && !prefixBytes.isEmpty { prefixBytes.append(0x20) }
                    pendingSpace = false
                    let taken = min(i - start, max(1, prefixLimit - prefixBytes.count))
                    for k in start ..< start + taken { prefixBytes.append(text[k] | 0x20) }
                }
                continue
            }
            if b < 0x80 {
                i += 1
                if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == 0x0C {
                    endWord(&block)
                    pendingSpace = true
                } else {
                    endWord(&block)
                    characters &+= 1
                    keep(b)
                    switch b {
                    case 0x2E, 0x21, 0x3F: block.sentenceMarks &+= 1
                    case 0x2C, 0x3B: block.commas &+= 1
                    default: break
                    }
                }
                continue
            }
            // Decode one multi-byte scalar.
            let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
            var scalar = UInt32(b) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
            var k = 1
            while k < length, i + k < end {
                scalar = scalar << 6 | (UInt32(text[i + k]) & 0x3F)
                k += 1
            }
            let start = i
            i += k
            switch scalar {
            case 0xA0, 0x2000 ... 0x200B, 0x202F, 0x205F, 0x3000, 0xFEFF:
                endWord(&block)
                pendingSpace = true
            case 0x3002, 0xFF01, 0xFF1F, 0x0964, 0x06D4, 0x2026:
                endWord(&block)
                block.sentenceMarks &+= 1
                characters &+= 1
                for j in start ..< i { keep(text[j]) }
            case 0xFF0C, 0x3001, 0x060C, 0xFF1B:
                endWord(&block)
                block.commas &+= 1
                characters &+= 1
                for j in start ..< i { keep(text[j]) }
            case 0xA1 ... 0xBF, 0x2010 ... 0x205E, 0x3003 ... 0x303F, 0xFF02 ... 0xFF0B, 0xFF0D ... 0xFF0F,
                 0xFF1A, 0xFF1C ... 0xFF20, 0x200C, 0x200D:
                // Punctuation and joiners: a word boundary (ZWNJ splits Persian word parts).
                endWord(&block)
                characters &+= 1
                for j in start ..< i { keep(text[j]) }
            case 0x3040 ... 0x30FF, 0x3400 ... 0x9FFF, 0xF900 ... 0xFAFF, 0x20000 ... 0x2FFFF:
                // Kana and ideographs: each is a word of its own.
                endWord(&block)
                characters &+= 2
                block.words &+= 1
                var h = WordHash.seed
                for j in start ..< i { h = WordHash.step(h, text[j]); keep(text[j]) }
                block.textHash = (block.textHash ^ h) &* WordHash.prime
            default:
                inWord = true
                for j in start ..< i { wordHash = WordHash.step(wordHash, text[j]); keep(text[j]) }
                characters &+= 1
            }
        }
        block.characters &+= characters
        if isLink { block.linkCharacters &+= characters }
    }
}
