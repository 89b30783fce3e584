/// Finds any of a list of phrases in a short lower-cased UTF-8 text in one walk over the text.
///
/// The text rules hold lists of a hundred phrases and more; searching for each phrase in turn
/// cost about 25,000 steps for every block of a page. Here a bit set of the phrases' first
/// two bytes rules out nearly every position at once, and only the phrases starting with the
/// byte at a remaining position are compared.
struct PhraseMatcher: Sendable {
    private let phrases: [[UInt8]]
    /// The indices of the phrases starting with each byte.
    private let byFirstByte: [[Int]]
    /// One bit per pair of bytes that starts a phrase (every pair for a one-byte phrase).
    private let starts: [UInt64]
    /// Whether a match must start and end at word boundaries (see ``containsAny(in:)``).
    private let wholeWords: Bool

    /// - Parameters:
    ///   - phrases: The phrases, lower-cased as the texts they are looked for in.
    ///   - wholeWords: Whether a phrase must begin at the start of a word and, when it ends in
    ///     a letter or digit, end at the end of one ("cta" is not found in "factual").
    init(_ phrases: [String], wholeWords: Bool) {
        // Indices stay those of the list given (``firstListed(in:)`` returns them); an empty
        // phrase is never looked for.
        let bytes = phrases.map { Array($0.utf8) }
        var byFirstByte = [[Int]](repeating: [], count: 256)
        var starts = [UInt64](repeating: 0, count: 1024)
        for (index, phrase) in bytes.enumerated() where !phrase.isEmpty {
            byFirstByte[Int(phrase[0])].append(index)
            let seconds: [UInt8] = phrase.count >= 2 ? [phrase[1]] : Array(0 ... 255)
            for second in seconds {
                let pair = Int(phrase[0]) << 8 | Int(second)
                starts[pair >> 6] |= 1 << UInt64(pair & 63)
            }
        }
        self.phrases = bytes
        self.byFirstByte = byFirstByte
        self.starts = starts
        self.wholeWords = wholeWords
    }

    @inline(__always)
    private static func isWordByte(_ b: UInt8) -> Bool {
        b >= 0x80 || (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A)
    }

    /// Whether any phrase occurs in `text`.
    func containsAny(in text: [UInt8]) -> Bool {
        search(text[...], stopAtFirst: true) != nil
    }

    /// The index, in the list given at `init`, of the first-listed phrase that occurs in `text`.
    func firstListed(in text: ArraySlice<UInt8>) -> Int? {
        search(text, stopAtFirst: false)
    }

    /// One walk over `text`: a matching phrase's index, the lowest-listed one unless
    /// `stopAtFirst` lets the first match found do.
    private func search(_ text: ArraySlice<UInt8>, stopAtFirst: Bool) -> Int? {
        // The text and the pair bits read through pointers: the walk visits every byte of
        // every short block's opening, and the arrays' bounds checks doubled its cost.
        text.withUnsafeBufferPointer { text in
            starts.withUnsafeBufferPointer { starts in
                var best = Int.max
                let end = text.count
                var i = 0
                while i < end {
                    let second = i + 1 < end ? Int(text[i + 1]) : 0
                    let pair = Int(text[i]) << 8 | second
                    if starts[pair >> 6] & (1 << UInt64(pair & 63)) != 0, !wholeWords || i == 0 || !Self.isWordByte(text[i - 1]) {
                        for index in byFirstByte[Int(text[i])] where index < best {
                            let phrase = phrases[index]
                            let stop = i + phrase.count
                            guard stop <= end else { continue }
                            var k = 1
                            while k < phrase.count && text[i + k] == phrase[k] { k += 1 }
                            guard k == phrase.count else { continue }
                            if !wholeWords || stop == end || !Self.isWordByte(phrase[k - 1]) || !Self.isWordByte(text[stop]) {
                                if stopAtFirst { return index }
                                best = index
                            }
                        }
                    }
                    i += 1
                }
                return best == .max ? nil : best
            }
        }
    }
}
