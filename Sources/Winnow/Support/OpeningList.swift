/// A list of openings a short text may start with ("read more", "posted by"…), bucketed by
/// their first byte.
///
/// The text rules test a block's opening against a dozen lists of up to a few hundred
/// phrases; a walk over a whole list for every block (checking each phrase's first byte)
/// was most of their cost. Here only the phrases starting with the text's first byte are
/// compared.
struct OpeningList: Sendable {
    /// The openings' bytes by their first byte (256 buckets).
    private let buckets: [[[UInt8]]]

    /// - Parameter openings: Lower-cased, as the texts they are looked for in; none empty.
    init(_ openings: [String]) {
        var buckets = [[[UInt8]]](repeating: [], count: 256)
        for opening in openings {
            let bytes = Array(opening.utf8)
            guard let first = bytes.first else { continue }
            buckets[Int(first)].append(bytes)
        }
        self.buckets = buckets
    }

    /// Whether `text` starts with one of the openings.
    func opens<C: RandomAccessCollection>(_ text: C) -> Bool where C.Element == UInt8, C.Index == Int {
        guard let first = text.first else { return false }
        let start = text.startIndex
        for opening in buckets[Int(first)] where opening.count <= text.count {
            var k = 1
            while k < opening.count, text[start + k] == opening[k] { k += 1 }
            if k == opening.count { return true }
        }
        return false
    }
}
