import Foundation
import Winnow

/// Reads lines from a byte source piece by piece: memory holds the longest line, not the input.
final class LineReader {
    /// What one read gave.
    enum Line {
        /// A line without its line end (`\n` or `\r\n`).
        case text([UInt8])
        /// A line longer than the limit: its bytes were skipped, up to its line end.
        case tooLong(bytes: Int)
    }

    let maximumBytes: Int
    private let source: GzipReader.Source
    private var buffer: [UInt8]
    private var start = 0
    private var end = 0
    private var ended = false

    init(maximumBytes: Int, source: @escaping GzipReader.Source) {
        self.maximumBytes = maximumBytes
        self.source = source
        buffer = [UInt8](repeating: 0, count: 1 << 16)
    }

    /// The next line, or nil at the end of the input. A last line without a line end counts.
    func next() throws -> Line? {
        var searched = start
        var skipped = 0
        while true {
            if let newline = newline(from: searched) {
                var lineEnd = newline
                if lineEnd > start, buffer[lineEnd - 1] == 0x0D { lineEnd -= 1 }
                let line = Array(buffer[start..<lineEnd])
                let length = skipped + newline - start
                start = newline + 1
                return skipped > 0 || length > maximumBytes ? .tooLong(bytes: length) : .text(line)
            }
            if end - start > maximumBytes {
                // Too long to hold: drop what is buffered and go on to the line's end.
                skipped += end - start
                start = end
            }
            searched = end
            let before = start
            if try !fill() {
                if start == end && skipped == 0 { return nil }
                var line = Array(buffer[start..<end])
                if line.last == 0x0D { line.removeLast() }
                let length = skipped + end - start
                start = end
                return skipped > 0 || length > maximumBytes ? .tooLong(bytes: length) : .text(line)
            }
            searched -= before - start
        }
    }

    /// The index of the first `\n` at or after `from` in the buffered bytes.
    private func newline(from: Int) -> Int? {
        guard from < end else { return nil }
        return buffer.withUnsafeBytes { raw -> Int? in
            guard let base = raw.baseAddress, let found = memchr(base + from, 0x0A, end - from) else { return nil }
            return base.distance(to: UnsafeRawPointer(found))
        }
    }

    private func fill() throws -> Bool {
        if ended { return false }
        if try ByteWindow.refill(&buffer, start: &start, end: &end, from: source) <= 0 {
            ended = true
            return false
        }
        return true
    }
}
