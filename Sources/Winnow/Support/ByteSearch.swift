/// Substring search on UTF-8 bytes, for the rules that look for short ASCII keys in class
/// names, styles and short texts. (Swift's `String.contains` builds a searcher per call,
/// which costs far more than the search itself on strings this short.)
enum ByteSearch {
    /// Whether `haystack` contains the bytes of `needle`.
    @inline(__always)
    static func contains(_ haystack: ArraySlice<UInt8>, _ needle: [UInt8]) -> Bool {
        firstIndex(of: needle, in: haystack) != nil
    }

    /// Where the first occurrence of `needle` starts in `haystack` (an index of the
    /// haystack's), nil for none; an empty needle is found at the start.
    @inline(__always)
    static func firstIndex(of needle: [UInt8], in haystack: ArraySlice<UInt8>) -> Int? {
        let n = needle.count
        guard n > 0 else { return haystack.startIndex }
        guard haystack.count >= n else { return nil }
        let first = needle[0]
        var i = haystack.startIndex
        let last = haystack.endIndex - n
        while i <= last {
            if haystack[i] == first {
                var k = 1
                while k < n && haystack[i + k] == needle[k] { k += 1 }
                if k == n { return i }
            }
            i += 1
        }
        return nil
    }
}
