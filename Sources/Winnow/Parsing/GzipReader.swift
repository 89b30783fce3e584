/// Reads a gzip stream piece by piece, for inputs too large to hold (a multi-gigabyte
/// `.warc.gz`): memory stays at one input buffer whatever the stream's length.
///
/// Several concatenated members read as one stream, as `gunzip` reads them; a `.warc.gz` is
/// such a stream, one member per record. ``Gzip/decompress(_:limit:)`` is the one-call form for
/// bytes already in memory.
public final class GzipReader {
    /// Where bytes come from: fills the buffer it is given and returns how many bytes it wrote,
    /// 0 at the end of the input.
    public typealias Source = (UnsafeMutableRawBufferPointer) throws -> Int

    private let source: Source
    private let inflater: LibXML2.Inflater
    private var input: [UInt8]
    private var inputStart = 0
    private var inputEnd = 0
    private var sourceEnded = false
    private var insideMember = false

    /// Whether the input ended inside a member: what came before it was still returned.
    public private(set) var isTruncated = false

    /// - Parameters:
    ///   - prefix: Compressed bytes already read from the input (by a caller that looked at the
    ///     magic number); they are inflated before anything else is read.
    ///   - bufferSize: The size of the compressed-input buffer.
    ///   - source: The rest of the compressed input.
    public init(prefix: [UInt8] = [], bufferSize: Int = 1 << 16, source: @escaping Source) throws(WinnowError) {
        self.source = source
        inflater = try LibXML2.Inflater()
        input = prefix
        inputEnd = prefix.count
        if input.count < bufferSize { input += [UInt8](repeating: 0, count: bufferSize - input.count) }
    }

    /// Inflates into `buffer`; returns the count of bytes written, 0 at the end of the stream.
    ///
    /// - Throws: ``WinnowError/corruptCompression`` on damaged data (and whatever `source` throws).
    public func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        guard buffer.count > 0 else { return 0 }
        while true {
            if inputStart == inputEnd {
                if !sourceEnded { try refill() }
                if inputStart == inputEnd {
                    if insideMember { isTruncated = true }
                    return 0
                }
            }
            let step = try input.withUnsafeBytes { bytes throws(WinnowError) in
                try inflater.run(UnsafeRawBufferPointer(rebasing: bytes[inputStart..<inputEnd]), into: buffer)
            }
            switch step {
            case .progress(let consumed, let produced):
                inputStart += consumed
                if consumed > 0 { insideMember = true }
                if produced > 0 { return produced }
                if consumed == 0 {
                    // zlib took nothing from a non-empty buffer: it wants bytes the input has not given.
                    if sourceEnded {
                        isTruncated = true
                        return 0
                    }
                    try refill()
                }
            case .memberEnded(let consumed, let produced):
                inputStart += consumed
                insideMember = false
                if produced > 0 { return produced }
            }
        }
    }

    /// Moves unread input to the front and reads more behind it.
    private func refill() throws {
        if inputStart > 0 {
            let left = inputEnd - inputStart
            if left > 0 {
                input.withUnsafeMutableBytes { bytes in
                    bytes.baseAddress!.copyMemory(from: bytes.baseAddress! + inputStart, byteCount: left)
                }
            }
            inputStart = 0
            inputEnd = left
        }
        if inputEnd == input.count { input += [UInt8](repeating: 0, count: input.count) }
        let count = try input.withUnsafeMutableBytes { bytes in
            try source(UnsafeMutableRawBufferPointer(rebasing: bytes[inputEnd...]))
        }
        if count <= 0 { sourceEnded = true } else { inputEnd += count }
    }

    /// A source of a stream's bytes as they were written: inflated when the stream starts with
    /// gzip's magic number, passed through otherwise. Compression is recognised from the bytes,
    /// as ``HTMLParser`` recognises it in a page.
    public static func decompressingIfNeeded(_ source: @escaping Source) throws -> Source {
        var head = [UInt8](repeating: 0, count: 2)
        var filled = 0
        while filled < 2 {
            let count = try head.withUnsafeMutableBytes { try source(UnsafeMutableRawBufferPointer(rebasing: $0[filled...])) }
            if count <= 0 { break }
            filled += count
        }
        head.removeLast(2 - filled)
        if head.count == 2, head[0] == 0x1F, head[1] == 0x8B {
            let reader = try GzipReader(prefix: head, source: source)
            return { try reader.read(into: $0) }
        }
        var pending = head[...]
        return { buffer in
            if pending.isEmpty { return try source(buffer) }
            let count = min(buffer.count, pending.count)
            for i in 0..<count { buffer[i] = pending[pending.startIndex + i] }
            pending = pending.dropFirst(count)
            return count
        }
    }
}
