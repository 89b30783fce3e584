/// Reads the UTF-8 bytes of text nodes into a ``Block``'s counts in one pass, with no string
/// built per word.
struct TextScanner {
    /// The function words of the page's language, as word hashes (empty when unknown), in
    /// the open-addressing table ``StopWords/tables`` built once for the language: probed once
    /// per word (a table built from a set per page cost 14,000 instructions).
    let stopWords: StopWordTable
    /// How many bytes of lower-cased text to keep as the block's prefix.
    static let prefixLength = 120

    private var inWord = false
    private var wordHash = WordHash.seed
    private var pendingSpace = false
    /// The prefix, written through a pointer into a buffer of `prefixLimit + 8` bytes owned
    /// by `prefixStorage` (an array's appends cost a uniqueness check and a capacity test a
    /// byte). A scanner is not copied while it scans: copies would share the buffer.
    private let prefix: UnsafeMutablePointer<UInt8>
    private var prefixCount = 0
    private let prefixStorage: PrefixStorage
    /// Whether a byte of 0x80 or more went into the prefix (then it is decoded as a `String`
    /// would hold it, see ``validPrefix()``).
    private var prefixHasNonASCII = false
    /// How many bytes of prefix this scanner keeps (longer for a whole line of metadata).
    private let prefixLimit: Int

    /// Owns a scanner's prefix buffer.
    private final class PrefixStorage {
        let base: UnsafeMutablePointer<UInt8>
        init(capacity: Int) { base = .allocate(capacity: capacity) }
        deinit { base.deallocate() }
    }

    init(stopWords: StopWordTable, prefixLimit: Int = Self.prefixLength) {
        self.stopWords = stopWords
        self.prefixLimit = prefixLimit
        // At most the limit, a pending space and a letter's first byte: room for the limit
        // and eight.
        prefixStorage = PrefixStorage(capacity: prefixLimit + 8)
        prefix = prefixStorage.base
    }

    /// A scanner counting the words of `stopWords` (a table built from the set).
    init(stopWords: Set<UInt64>, prefixLimit: Int = Self.prefixLength) {
        self.init(stopWords: StopWordTable(Array(stopWords)), prefixLimit: prefixLimit)
    }

    /// ``isStopWord(_:)``, for tests.
    func countsAsStopWord(_ hash: UInt64) -> Bool { isStopWord(hash) }

    @inline(__always)
    private func isStopWord(_ hash: UInt64) -> Bool { stopWords.contains(hash) }

    /// A line of text lower-cased and spaced as block prefixes are, up to `limit` bytes.
    static func normalized(_ text: [UInt8], limit: Int) -> [UInt8] {
        var block = Block(owner: 0, firstNode: 0, lastNode: 0)
        var scanner = TextScanner(stopWords: [], prefixLimit: limit)
        scanner.scan(text, text.indices, isLink: false, into: &block)
        scanner.endWord(&block)
        return scanner.validPrefix()
    }

    /// The prefix bytes as a `String` would hold them: a character cut at the limit becomes
    /// U+FFFD, as `String(decoding:as:)` makes it (only texts with other than ASCII can hold
    /// such a cut). Valid text and a cut at the end are repaired in place (``UTF8Repair``);
    /// only other broken bytes are decoded through a `String` (which cost some 1,000
    /// instructions a block).
    private func validPrefix() -> [UInt8] {
        let bytes = UnsafeBufferPointer(start: prefix, count: prefixCount)
        guard prefixHasNonASCII else { return Array(bytes) }
        return UTF8Repair.repaired(bytes) ?? Array(String(decoding: bytes, as: UTF8.self).utf8)
    }

    /// Starts a new block.
    mutating func reset() {
        inWord = false
        wordHash = WordHash.seed
        pendingSpace = false
        prefixCount = 0
        prefixHasNonASCII = false
    }

    /// Ends the current block: closes its last word and stores the prefix.
    mutating func finish(_ block: inout Block) {
        endWord(&block)
        if prefixHasNonASCII {
            block.prefixBytes = PrefixBytes(validPrefix())
        } else {
            block.prefixBytes = PrefixBytes(UnsafeBufferPointer(start: prefix, count: prefixCount))
        }
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
        guard prefixCount < prefixLimit else { return }
        if pendingSpace && prefixCount > 0 { prefix[prefixCount] = 0x20; prefixCount += 1 }
        pendingSpace = false
        if byte >= 0x80 { prefixHasNonASCII = true }
        prefix[prefixCount] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
        prefixCount += 1
    }

    /// The length of the multi-byte scalar at `p[i]` when it is a plain letter, one the
    /// scan's `default` case takes into the word (decoded as the scan decodes, without
    /// validation), or 0 (then the scan's switch decides: spaces, punctuation, ideographs, or
    /// a sequence cut by the node's end). Plain: below U+00A0, U+00C0 up to U+2000 but the
    /// Arabic comma and full stop and the danda, and U+A000 up to U+F900 (Hangul syllables
    /// among them); none of these is a case of the switch.
    @inline(__always)
    static func plainLetterLength(_ p: UnsafePointer<UInt8>, _ i: Int, _ end: Int) -> Int {
        let b = p[i]
        let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
        guard i + length <= end else { return 0 }
        var scalar = UInt32(b) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        scalar = scalar << 6 | (UInt32(p[i + 1]) & 0x3F)
        if length > 2 {
            scalar = scalar << 6 | (UInt32(p[i + 2]) & 0x3F)
            if length > 3 { scalar = scalar << 6 | (UInt32(p[i + 3]) & 0x3F) }
        }
        if scalar < 0x2000 {
            if scalar < 0xA0 { return length }
            if scalar < 0xC0 || scalar == 0x060C || scalar == 0x06D4 || scalar == 0x0964 { return 0 }
            return length
        }
        return scalar >= 0xA000 && scalar < 0xF900 ? length : 0
    }

    /// Each byte's kind for the scan: 1 an ASCII letter, 3 an ASCII digit, 4 ASCII white
    /// space, 8 a byte of 0x80 or more, 0 other ASCII (one load where two range tests were).
    static let byteKinds: [UInt8] = (0 ... 255).map { (b: Int) -> UInt8 in
        switch b {
        case 0x30 ... 0x39: return 3
        case 0x41 ... 0x5A, 0x61 ... 0x7A: return 1
        case 0x20, 0x0A, 0x09, 0x0D, 0x0C: return 4
        case 0x80...: return 8
        default: return 0
        }
    }

    /// Adds the bytes of one text node to `block`: `text[range]` (the document's text buffer
    /// and the node's range, read in place: a slice per node cost a retain and a release).
    mutating func scan(_ text: [UInt8], _ range: Range<Int>, isLink: Bool, into block: inout Block) {
        guard !range.isEmpty else { return }
        Self.byteKinds.withUnsafeBufferPointer { kinds in
            text.withUnsafeBufferPointer { buffer in
                precondition(range.lowerBound >= 0 && range.upperBound <= buffer.count)
                scan(buffer.baseAddress!, range.lowerBound, range.upperBound, kinds.baseAddress!, isLink: isLink, into: &block)
            }
        }
    }

    /// ``scan(_:_:isLink:into:)`` on `p[start ..< end]`, read through a pointer; `kinds` is
    /// ``byteKinds``.
    private mutating func scan(
        _ p: UnsafePointer<UInt8>, _ start: Int, _ end: Int, _ kinds: UnsafePointer<UInt8>, isLink: Bool, into block: inout Block
    ) {
        var characters: Int32 = 0
        var i = start
        while i < end {
            let b = p[i]
            let kind = kinds[Int(b)]
            if kind & 1 != 0 || (kind == 8 && Self.plainLetterLength(p, i, end) > 0) {
                // A run of ASCII letters and digits and plain multi-byte letters (see
                // ``plainLetterLength``), read in a tight loop with the hash and the counts in
                // locals; its prefix bytes are kept after, while there is room. Each byte is
                // hashed as `WordHash.step` hashes it (`c | 0x20` folds an ASCII letter and
                // keeps a digit). A multi-byte letter is one character: its bytes past the
                // first are counted in `extra`.
                let runStart = i
                var hash = wordHash
                var digits: Int32 = 0
                var extra = 0
                var c = b
                var k = kind
                run: while true {
                    while k & 1 != 0 {
                        hash = (hash ^ UInt64(c | 0x20)) &* WordHash.prime
                        digits &+= Int32(k >> 1)
                        i &+= 1
                        if i == end { break run }
                        c = p[i]
                        k = kinds[Int(c)]
                    }
                    guard k == 8 else { break }
                    let length = Self.plainLetterLength(p, i, end)
                    guard length > 0 else { break }
                    // (`step`, not the raw byte: a broken sequence may hold an ASCII capital.)
                    for j in i ..< i &+ length { hash = WordHash.step(hash, p[j]) }
                    i &+= length
                    extra &+= length &- 1
                    if i == end { break }
                    c = p[i]
                    k = kinds[Int(c)]
                }
                wordHash = hash
                inWord = true
                block.digits &+= digits
                characters &+= Int32(truncatingIfNeeded: i &- runStart &- extra)
                if prefixCount < prefixLimit {
                    // What `keep` would do byte by byte: the pending space, then the run's
                    // bytes, ASCII capitals lower-cased, while there is room (the first always).
                    if pendingSpace && prefixCount > 0 { prefix[prefixCount] = 0x20; prefixCount &+= 1 }
                    pendingSpace = false
                    let taken = min(i &- runStart, max(1, prefixLimit &- prefixCount))
                    var high: UInt8 = 0
                    let out = prefix + prefixCount
                    for j in 0 ..< taken {
                        let c = p[runStart &+ j]
                        high |= c
                        out[j] = c >= 0x41 && c <= 0x5A ? c | 0x20 : c
                    }
                    prefixCount &+= taken
                    if high >= 0x80 { prefixHasNonASCII = true }
                }
                continue
            }
            if kind == 4 {
                i &+= 1
                endWord(&block)
                pendingSpace = true
                continue
            }
            if b < 0x80 {
                i += 1
                endWord(&block)
                characters &+= 1
                keep(b)
                switch b {
                case 0x2E, 0x21, 0x3F: block.sentenceMarks &+= 1
                case 0x2C, 0x3B: block.commas &+= 1
                default: break
                }
                continue
            }
            // Decode one multi-byte scalar.
            let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
            var scalar = UInt32(b) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
            var k = 1
            while k < length, i + k < end {
                scalar = scalar << 6 | (UInt32(p[i + k]) & 0x3F)
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
                for j in start ..< i { keep(p[j]) }
            case 0xFF0C, 0x3001, 0x060C, 0xFF1B:
                endWord(&block)
                block.commas &+= 1
                characters &+= 1
                for j in start ..< i { keep(p[j]) }
            case 0xA1 ... 0xBF, 0x2010 ... 0x205E, 0x3003 ... 0x303F, 0xFF02 ... 0xFF0B, 0xFF0D ... 0xFF0F,
                 0xFF1A, 0xFF1C ... 0xFF20, 0x200C, 0x200D:
                // Punctuation and joiners: a word boundary (ZWNJ splits Persian word parts).
                endWord(&block)
                characters &+= 1
                for j in start ..< i { keep(p[j]) }
            case 0x3040 ... 0x30FF, 0x3400 ... 0x9FFF, 0xF900 ... 0xFAFF, 0x20000 ... 0x2FFFF:
                // Kana and ideographs: each is a word of its own.
                endWord(&block)
                characters &+= 2
                block.words &+= 1
                var h = WordHash.seed
                for j in start ..< i { h = WordHash.step(h, p[j]); keep(p[j]) }
                block.textHash = (block.textHash ^ h) &* WordHash.prime
            default:
                inWord = true
                for j in start ..< i { wordHash = WordHash.step(wordHash, p[j]); keep(p[j]) }
                characters &+= 1
            }
        }
        block.characters &+= characters
        if isLink { block.linkCharacters &+= characters }
    }
}
