/// Byte classes the parser, the rules and the renderers share, on single UTF-8 bytes.
extension UInt8 {
    /// Whether the byte is HTML's white space: tab, line feed, form feed, return or space (one
    /// test of a bit mask of the five).
    @inline(__always)
    var isASCIIWhitespace: Bool { self <= 0x20 && (UInt64(1) &<< UInt64(self)) & 0x1_0000_3600 != 0 }

    /// An ASCII digit, `0` to `9`.
    @inline(__always)
    var isASCIIDigit: Bool { self >= 0x30 && self <= 0x39 }

    /// An ASCII letter or digit (scripts written without spaces stay so; punctuation hugs its word).
    @inline(__always)
    var isASCIIAlphanumeric: Bool { isASCIIDigit || ((self | 0x20) >= 0x61 && (self | 0x20) <= 0x7A) }
}
