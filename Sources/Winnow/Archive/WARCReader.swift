/// Reads the records of a WARC stream one at a time, plain or gzip-compressed (one member per
/// record, as `.warc.gz` files are written, or any other split), from a source read piece by
/// piece: memory holds one record, never the file.
///
/// ```swift
/// let reader = try WARCReader(source: { buffer in read(fd, buffer.baseAddress, buffer.count) })
/// while let record = try reader.next() { … }
/// ```
///
/// A record whose header cannot be read is reported (``WARCError/malformedRecord(offset:reason:)``)
/// and the next call goes on from the next line that starts a record; a record cut short by the
/// end of the input is reported (``WARCError/truncatedRecord(offset:recordID:)``) and ends the
/// stream. Damaged gzip data ends the stream too: what follows it cannot be found.
public final class WARCReader {
    /// The longest header line accepted; a longer one is not a WARC header.
    public static let maximumHeaderLineBytes = 1 << 16
    /// The most header bytes of one record.
    public static let maximumHeaderBytes = 1 << 20

    /// Blocks longer than this are cut to it (the rest is skipped unread), so that one huge
    /// record (a video) cannot take the memory; ``WARCRecord/isBlockComplete`` then says so.
    public let maximumBlockBytes: Int

    private let source: GzipReader.Source
    private var buffer: [UInt8]
    private var start = 0
    private var end = 0
    private var ended = false
    /// Bytes of the uncompressed stream consumed so far.
    public private(set) var offset = 0
    /// Whether a damaged stream or a truncated record ended reading.
    private var stopped = false

    /// - Parameters:
    ///   - maximumBlockBytes: Where blocks are cut (the default is the extractor's input limit).
    ///   - source: The WARC bytes, gzip-compressed or not (recognised from the magic number).
    public init(maximumBlockBytes: Int = HTMLParser.defaultMaximumBytes, source: @escaping GzipReader.Source) throws {
        self.maximumBlockBytes = maximumBlockBytes
        self.source = try GzipReader.decompressingIfNeeded(source)
        buffer = [UInt8](repeating: 0, count: 1 << 16)
    }

    /// The next record, or nil at the end of the stream.
    ///
    /// - Throws: ``WARCError`` for a record that cannot be read; calling again goes on with the
    ///   next record when there is one. Errors of the source are passed on.
    public func next() throws -> WARCRecord? {
        guard !stopped else { return nil }
        // Records are separated by two line ends; writers differ, so any blank lines are skipped.
        var recordStart = offset
        var versionLine: ArraySlice<UInt8>
        repeat {
            recordStart = offset
            guard let line = try readLine(limit: Self.maximumHeaderLineBytes) else { return nil }
            versionLine = HeaderField.trimmed(line)
        } while versionLine.isEmpty
        guard versionLine.starts(with: Self.versionPrefix) else {
            try skipToNextRecord()
            throw WARCError.malformedRecord(offset: recordStart, reason: "no WARC/ version line where a record should start")
        }
        var lines: [ArraySlice<UInt8>] = []
        var headerBytes = 0
        while true {
            guard let line = try readLine(limit: Self.maximumHeaderLineBytes) else {
                stopped = true
                throw WARCError.truncatedRecord(offset: recordStart, recordID: HeaderField.parse(lines).value(of: "WARC-Record-ID"))
            }
            headerBytes += line.count
            if HeaderField.trimmed(line).isEmpty { break }
            if headerBytes > Self.maximumHeaderBytes {
                try skipToNextRecord()
                throw WARCError.malformedRecord(offset: recordStart, reason: "the header is longer than \(Self.maximumHeaderBytes) bytes")
            }
            lines.append(line)
        }
        let fields = HeaderField.parse(lines)
        guard let lengthText = fields.value(of: "Content-Length"), let length = Int(lengthText), length >= 0 else {
            try skipToNextRecord()
            throw WARCError.malformedRecord(offset: recordStart, reason: "no valid Content-Length")
        }
        let kept = min(length, maximumBlockBytes)
        var block = [UInt8]()
        block.reserveCapacity(kept)
        try copy(kept, into: &block)
        let skipped = try skip(length - kept)
        if block.count + skipped < length {
            stopped = true
            throw WARCError.truncatedRecord(offset: recordStart, recordID: fields.value(of: "WARC-Record-ID"))
        }
        try skipRecordEnd()
        return WARCRecord(
            version: HeaderField.text(versionLine), fields: fields, block: block, contentLength: length, offset: recordStart)
    }

    private static let versionPrefix = Array("WARC/".utf8)

    // MARK: - Buffered reading

    /// Reads more bytes behind the unread ones; false at the end of the input.
    private func fill() throws -> Bool {
        if ended { return false }
        let count: Int
        do {
            count = try ByteWindow.refill(&buffer, start: &start, end: &end, from: source)
        } catch WinnowError.corruptCompression {
            stopped = true
            ended = true
            throw WARCError.corruptCompression(offset: offset + (end - start))
        }
        if count <= 0 {
            ended = true
            return false
        }
        return true
    }

    /// The next line with its line end, or what is left before the end of the input; nil when
    /// nothing is left. A line longer than `limit` is returned cut at `limit` bytes.
    private func readLine(limit: Int) throws -> ArraySlice<UInt8>? {
        var searched = start
        while true {
            if let newline = buffer[searched..<end].firstIndex(of: 0x0A) {
                let line = buffer[start...newline]
                consume(newline + 1 - start)
                return ArraySlice(Array(line))
            }
            if end - start >= limit {
                let line = buffer[start..<(start + limit)]
                consume(limit)
                return ArraySlice(Array(line))
            }
            searched = end
            let before = start
            if try !fill() {
                if start == end { return nil }
                let line = buffer[start..<end]
                consume(end - start)
                return ArraySlice(Array(line))
            }
            searched -= before - start
        }
    }

    private func consume(_ count: Int) {
        start += count
        offset += count
    }

    /// Appends up to `count` bytes to `bytes` (fewer when the input ends).
    private func copy(_ count: Int, into bytes: inout [UInt8]) throws {
        var left = count
        while left > 0 {
            if start == end, try !fill() { return }
            let take = min(left, end - start)
            bytes.append(contentsOf: buffer[start..<(start + take)])
            consume(take)
            left -= take
        }
    }

    /// Skips up to `count` bytes; returns how many were skipped.
    private func skip(_ count: Int) throws -> Int {
        var left = count
        while left > 0 {
            if start == end, try !fill() { break }
            let take = min(left, end - start)
            consume(take)
            left -= take
        }
        return count - left
    }

    /// Consumes the line ends that close a record (two by the standard; any number tolerated).
    private func skipRecordEnd() throws {
        while true {
            if start == end, try !fill() { return }
            let b = buffer[start]
            guard b == 0x0D || b == 0x0A else { return }
            consume(1)
        }
    }

    /// Skips to the start of the next line that begins with `WARC/`, leaving it unread.
    private func skipToNextRecord() throws {
        var atLineStart = true
        while true {
            if end - start < Self.versionPrefix.count, try fill() { continue }
            if start == end { return }
            if atLineStart, buffer[start..<end].starts(with: Self.versionPrefix) { return }
            if atLineStart, end - start < Self.versionPrefix.count {
                // The input ends with a short line: it cannot start a record.
                consume(end - start)
                return
            }
            atLineStart = buffer[start] == 0x0A
            consume(1)
        }
    }
}
