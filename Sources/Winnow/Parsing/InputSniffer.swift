/// Tells web pages from other bytes before anything is decoded, so that an image or an
/// archive gets a clear error rather than a page of noise.
enum InputSniffer {
    /// Share of control bytes in the first kilobyte above which input is binary. Text in any
    /// encoding has almost none; 10% leaves room for a few stray bytes in a real page.
    static let binaryControlShare = 0.10

    /// Whether the bytes start with gzip's magic number.
    static func isGzip(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.count >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B
    }

    /// What non-HTML bytes look like, or nil when they may be a page.
    static func nonHTMLKind(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        func starts(_ magic: [UInt8]) -> Bool {
            bytes.count >= magic.count && zip(bytes, magic).allSatisfy { $0 == $1 }
        }
        if starts([0x89, 0x50, 0x4E, 0x47]) { return "a PNG image" }
        if starts([0xFF, 0xD8, 0xFF]) { return "a JPEG image" }
        if starts(Array("GIF8".utf8)) { return "a GIF image" }
        if starts(Array("%PDF".utf8)) { return "a PDF document" }
        if starts([0x50, 0x4B, 0x03, 0x04]) { return "a ZIP archive" }
        if starts(Array("RIFF".utf8)) { return "a RIFF media file" }
        if starts([0x28, 0xB5, 0x2F, 0xFD]) { return "Zstandard-compressed data" }
        if starts([0x42, 0x5A, 0x68]) { return "bzip2-compressed data" }
        if starts([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00]) { return "xz-compressed data" }
        if starts([0x7F, 0x45, 0x4C, 0x46]) { return "an executable" }
        // UTF-16 text is full of zero bytes; its byte-order mark is checked by the decoder.
        if starts([0xFF, 0xFE]) || starts([0xFE, 0xFF]) { return nil }
        let head = min(bytes.count, 1024)
        guard head > 0 else { return nil }
        var controls = 0
        for i in 0 ..< head {
            let b = bytes[i]
            if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C && b != 0x1B { controls += 1 }
        }
        if Double(controls) / Double(head) > binaryControlShare { return "binary data" }
        return nil
    }
}
