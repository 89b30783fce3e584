/// Picks the function-word list for a page: the declared language when Winnow has a list
/// for it, otherwise the list that best covers a sample of the page's paragraph text.
enum LanguageGuess {
    /// Words sampled from paragraphs for the guess; enough for a stable vote.
    static let sampleWords = 400

    /// The function words of the page's language as the table built once for the language
    /// (see ``StopWords/tables``), and the language when it was guessed.
    static func stopWords(document: Document, marks: NodeMarks, declared: String?) -> (language: String?, set: StopWordTable) {
        let sample = sample(document: document, removed: marks.removed)
        if let declared, let table = StopWords.tables[StopWords.list(forLanguageTag: declared)] {
            // Trust the declaration only when the text agrees; many sites leave `lang="en"`
            // on every page whatever its language.
            if sample.count < 40 || coverage(sample, table) >= Heuristics.minimumStopWordShareForLanguage {
                return (nil, table)
            }
        }
        if let language = StopWords.guessLanguage(fromWordHashes: sample), let table = StopWords.tables[language] {
            return (language, table)
        }
        return (nil, .empty)
    }

    /// The word hashes the guess votes with: words of the long text nodes that are not
    /// removed, at most ``sampleWords`` and ``Heuristics/languageSampleWordsPerNode`` a node.
    static func sample(document: Document, removed: [Bool]) -> [UInt64] {
        var sample: [UInt64] = []
        sample.reserveCapacity(sampleWords)
        var hash = WordHash.seed
        var inWord = false
        // The text buffer read through a pointer (iterating a slice per node cost some 30
        // instructions a byte).
        document.text.withUnsafeBufferPointer { bytes in
        outer: for i in 0 ..< document.count where document.nodes[i].tag == .text && !removed[i] {
            let node = document.nodes[i]
            // Long text nodes are prose far more often than menus are.
            guard node.count >= Heuristics.languageSampleNodeBytes else { continue }
            // No single node fills the sample: a run of script or JSON leaked into the text
            // would otherwise outvote the page's prose.
            let nodeLimit = sample.count + Heuristics.languageSampleWordsPerNode
            // A word's letters hashed in a tight loop; the byte after them ends it.
            var k = Int(node.start)
            let end = k + Int(node.count)
            while k < end {
                var b = bytes[k]
                if isLetter(b) {
                    repeat {
                        hash = WordHash.step(hash, b)
                        k &+= 1
                        if k == end { break }
                        b = bytes[k]
                    } while isLetter(b)
                    inWord = true
                    if k == end { break }
                }
                if inWord {
                    sample.append(hash)
                    hash = WordHash.seed
                    inWord = false
                    if sample.count >= sampleWords { break outer }
                    if sample.count >= nodeLimit { break }
                }
                k &+= 1
            }
            if inWord { sample.append(hash); hash = WordHash.seed; inWord = false }
        }
        }
        return sample
    }

    /// Whether a byte belongs to a word for the sample: an ASCII letter, or any byte of a
    /// multi-byte character.
    @inline(__always)
    static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 || b >= 0x80 }

    private static func coverage(_ sample: [UInt64], _ table: StopWordTable) -> Double {
        guard !sample.isEmpty else { return 0 }
        // Asked of the language's open-addressing table (one multiply a look-up, where a Set
        // runs SipHash for each of the 400 words; the table is built once a process, see
        // ``StopWords/tables``).
        var hits = 0
        for hash in sample where table.contains(hash) { hits += 1 }
        return Double(hits) / Double(sample.count)
    }
}
