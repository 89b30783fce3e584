/// The sliding buffer of a reader that takes its input piece by piece (``WARCReader``, the
/// command line's line reader): the unread bytes are `buffer[start..<end]`.
package enum ByteWindow {
    /// Moves the unread bytes to the front of `buffer`, doubles it when they fill it, and
    /// reads more behind them.
    ///
    /// - Parameters:
    ///   - buffer: The window's storage; it only grows.
    ///   - start: First unread byte; 0 afterwards.
    ///   - end: End of the unread bytes; moved past what was read.
    ///   - read: Fills a buffer and returns how many bytes it wrote (0 or less at the end).
    /// - Returns: What `read` returned.
    /// - Throws: What `read` throws (the window is compacted but unchanged otherwise).
    package static func refill(
        _ buffer: inout [UInt8], start: inout Int, end: inout Int, from read: (UnsafeMutableRawBufferPointer) throws -> Int
    ) rethrows -> Int {
        if start > 0 {
            let left = end - start
            if left > 0 {
                let from = start
                buffer.withUnsafeMutableBytes { $0.baseAddress!.copyMemory(from: $0.baseAddress! + from, byteCount: left) }
            }
            start = 0
            end = left
        }
        if end == buffer.count { buffer += [UInt8](repeating: 0, count: buffer.count) }
        let tail = end
        let count = try buffer.withUnsafeMutableBytes { try read(UnsafeMutableRawBufferPointer(rebasing: $0[tail...])) }
        if count > 0 { end += count }
        return count
    }
}
