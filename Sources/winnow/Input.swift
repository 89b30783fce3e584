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
