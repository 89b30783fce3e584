/// Makes decoded bytes safe for libxml2, which stops at a NUL byte and gives up on
/// malformed UTF-8, while a browser decodes on.
enum UTF8Repair {
    /// Drops NUL bytes, which browsers do not render and libxml2 reads as the end of input.
    static func removeNULs(_ bytes: inout [UInt8]) {
        guard bytes.contains(0) else { return }
        bytes.removeAll { $0 == 0 }
    }

    /// Replaces every malformed UTF-8 sequence by U+FFFD, as the WHATWG decoder does.
    static func replaceInvalidSequences(_ bytes: inout [UInt8]) {
        guard let firstBad = firstInvalidIndex(bytes) else { return }
        var out: [UInt8] = Array(bytes[..<firstBad])
        out.reserveCapacity(bytes.count + 16)
        var i = firstBad
        while i < bytes.count {
            let length = sequenceLength(bytes, at: i)
            if length == 0 {
                out.append(contentsOf: [0xEF, 0xBF, 0xBD])
                i += 1
            } else {
                out.append(contentsOf: bytes[i ..< i + length])
                i += length
            }
        }
        bytes = out
    }

    private static func firstInvalidIndex(_ bytes: [UInt8]) -> Int? {
        var i = 0
        while i < bytes.count {
            if bytes[i] < 0x80 { i += 1; continue }
            let length = sequenceLength(bytes, at: i)
            if length == 0 { return i }
            i += length
        }
        return nil
    }

    /// The length of the well-formed sequence at `i`, or 0 when it is malformed.
    private static func sequenceLength(_ bytes: [UInt8], at i: Int) -> Int {
        let b0 = bytes[i]
        if b0 < 0x80 { return 1 }
        func continuation(_ k: Int, _ low: UInt8 = 0x80, _ high: UInt8 = 0xBF) -> Bool {
            i + k < bytes.count && bytes[i + k] >= low && bytes[i + k] <= high
        }
        switch b0 {
        case 0xC2 ... 0xDF: return continuation(1) ? 2 : 0
        case 0xE0: return continuation(1, 0xA0) && continuation(2) ? 3 : 0
        case 0xED: return continuation(1, 0x80, 0x9F) && continuation(2) ? 3 : 0
        case 0xE1 ... 0xEF: return continuation(1) && continuation(2) ? 3 : 0
        case 0xF0: return continuation(1, 0x90) && continuation(2) && continuation(3) ? 4 : 0
        case 0xF1 ... 0xF3: return continuation(1) && continuation(2) && continuation(3) ? 4 : 0
        case 0xF4: return continuation(1, 0x80, 0x8F) && continuation(2) && continuation(3) ? 4 : 0
        default: return 0
        }
    }
}
