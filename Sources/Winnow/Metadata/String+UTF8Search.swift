import Foundation

extension String {
    /// Whether the string's UTF-8 holds `byte`: `memchr` over the contiguous bytes of a native
    /// string. (`utf8.contains(_:)` walked the view a byte at a time through its iterator,
    /// some thousand instructions for a description or a keyword list.)
    func containsUTF8(_ byte: UInt8) -> Bool {
        if let found = utf8.withContiguousStorageIfAvailable({ bytes -> Bool in
            guard let base = bytes.baseAddress, !bytes.isEmpty else { return false }
            return memchr(base, Int32(byte), bytes.count) != nil
        }) {
            return found
        }
        return utf8.contains(byte)
    }

    /// Whether the string is ASCII without a carriage return: then its Characters are its
    /// bytes (CR LF is the one ASCII pair that makes a single Character), and Foundation's
    /// search and split with an ASCII needle find what a byte search finds (no other scalar
    /// is canonically equivalent to an ASCII one but the Kelvin sign, U+037E and U+1FEF,
    /// which are not ASCII).
    var isASCIIWithoutCR: Bool {
        var s = self
        return s.withUTF8 { bytes in
            for b in bytes where b >= 0x80 || b == 0x0D { return false }
            return true
        }
    }

    /// `components(separatedBy: separator)` for an ASCII string without a carriage return
    /// and an ASCII separator, on bytes (Foundation's split cost some 60,000 instructions a
    /// title); Foundation's for other strings.
    func componentsSplit(by separator: String) -> [String] {
        guard isASCIIWithoutCR, separator.isASCIIWithoutCR, !separator.isEmpty else {
            return components(separatedBy: separator)
        }
        var s = self
        var needle = separator
        return s.withUTF8 { hay in
            needle.withUTF8 { sep in
                var parts: [String] = []
                let n = sep.count
                var start = 0
                var i = 0
                while i + n <= hay.count {
                    if hay[i] == sep[0] {
                        var k = 1
                        while k < n, hay[i + k] == sep[k] { k += 1 }
                        if k == n {
                            parts.append(String(decoding: UnsafeBufferPointer(rebasing: hay[start ..< i]), as: UTF8.self))
                            i += n
                            start = i
                            continue
                        }
                    }
                    i += 1
                }
                parts.append(String(decoding: UnsafeBufferPointer(rebasing: hay[start...]), as: UTF8.self))
                return parts
            }
        }
    }
}
