#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// One page to process: a file or standard input.
struct Input: Sendable, Equatable {
    /// The path as the user would recognise it (as given, or joined to its directory); `-` for
    /// standard input. Errors and `source` use it.
    var path: String
    /// The path that `--output` mirrors under its directory, extension included.
    var relativePath: String

    static let standardInput = Input(path: "-", relativePath: "stdin")

    var isStandardInput: Bool { path == "-" }

    /// The input's bytes, read whole.
    func load() throws(InputError) -> [UInt8] {
        isStandardInput ? try Self.readAll(STDIN_FILENO, path: path) : try Self.readFile(path)
    }

    /// The input opened for reading piece by piece (WARC files, JSON lines: inputs too large
    /// to hold).
    func openStream() throws(InputError) -> FileStream {
        if isStandardInput { return FileStream(descriptor: STDIN_FILENO, path: path, owned: false) }
        let descriptor = open(path, O_RDONLY)
        if descriptor < 0 { throw InputError(path: path, errno: errno) }
        var info = stat()
        if fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
            close(descriptor)
            throw InputError(path: path, errno: EISDIR)
        }
        return FileStream(descriptor: descriptor, path: path, owned: true)
    }

    private static func readFile(_ path: String) throws(InputError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY)
        if descriptor < 0 { throw InputError(path: path, errno: errno) }
        defer { close(descriptor) }
        var info = stat()
        if fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
            throw InputError(path: path, errno: EISDIR)
        }
        return try readAll(descriptor, path: path, sizeHint: Int(info.st_size))
    }

    private static func readAll(_ descriptor: Int32, path: String, sizeHint: Int = 0) throws(InputError) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(max(sizeHint, 0) + 1)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count == 0 { return bytes }
            if count < 0 {
                if errno == EINTR { continue }
                throw InputError(path: path, errno: errno)
            }
            bytes.append(contentsOf: chunk[0..<count])
        }
    }
}

/// An open file read piece by piece; closed when it goes away (standard input is left open).
final class FileStream {
    let descriptor: Int32
    let path: String
    private let owned: Bool

    init(descriptor: Int32, path: String, owned: Bool) {
        self.descriptor = descriptor
        self.path = path
        self.owned = owned
    }

    deinit { if owned { close(descriptor) } }

    /// Fills as much of `buffer` as one read gives; 0 at the end of the file.
    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        while true {
            let count = readBytes(descriptor, buffer)
            if count >= 0 { return count }
            if errno == EINTR { continue }
            throw InputError(path: path, errno: errno)
        }
    }
}

/// `read(2)`, out of reach of `FileStream.read(into:)`'s own name.
private func readBytes(_ descriptor: Int32, _ buffer: UnsafeMutableRawBufferPointer) -> Int {
    read(descriptor, buffer.baseAddress, buffer.count)
}

/// A file that could not be read, with the system's reason.
struct InputError: Error, CustomStringConvertible {
    var path: String
    var reason: String

    init(path: String, errno code: Int32) {
        self.path = path
        let text = String(cString: strerror(code))
        reason = text.prefix(1).lowercased() + text.dropFirst()
    }

    var description: String { reason }
}
