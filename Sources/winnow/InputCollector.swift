import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns the command line's paths into the ordered list of pages to process.
///
/// - A file named directly is an input whatever its name (a missing one fails when read, in
///   its place in the batch).
/// - A directory is searched recursively, hidden files and folders skipped, for files whose
///   name matches one of the include globs; its files come sorted by relative path.
/// - `-` is standard input.
struct InputCollector {
    static let defaultIncludes = ["*.html", "*.htm", "*.html.gz", "*.htm.gz"]

    /// Shell globs matched against a file's name, or against its path relative to the
    /// directory searched when the glob holds a `/`.
    var includes: [String] = Self.defaultIncludes

    /// Whether a directory was among the paths (the run is then a batch however many files
    /// it held).
    private(set) var sawDirectory = false

    mutating func collect(_ paths: [String]) -> [Input] {
        var inputs: [Input] = []
        for path in paths {
            if path == "-" {
                inputs.append(.standardInput)
            } else if isDirectory(path) {
                sawDirectory = true
                inputs.append(contentsOf: files(under: path))
            } else {
                inputs.append(Input(path: path, relativePath: Self.mirroredPath(of: path)))
            }
        }
        return inputs
    }

    /// Reads a list of paths, one a line (empty lines skipped), from a file or `-` for stdin.
    static func readList(_ source: String) throws -> [String] {
        let input = source == "-" ? Input.standardInput : Input(path: source, relativePath: source)
        let text = String(decoding: try input.load(), as: UTF8.self)
        return text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }).map { line in
            var line = Substring(line)
            if line.hasSuffix("\r") { line = line.dropLast() }
            return String(line)
        }.filter { !$0.isEmpty }
    }

    /// Whether a file name (or relative path) matches the include globs.
    func matches(relativePath: String) -> Bool {
        let name = relativePath.split(separator: "/").last.map(String.init) ?? relativePath
        return includes.contains { glob in
            fnmatch(glob, glob.contains("/") ? relativePath : name, 0) == 0
        }
    }

    private func files(under root: String) -> [Input] {
        guard let enumerator = FileManager.default.enumerator(atPath: root) else { return [] }
        var found: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let name = relative.split(separator: "/").last ?? Substring(relative)
            let type = enumerator.fileAttributes?[.type] as? FileAttributeType
            if name.hasPrefix(".") {
                if type == .typeDirectory { enumerator.skipDescendants() }
                continue
            }
            var isFile = type == .typeRegular
            if type == .typeSymbolicLink {
                var info = stat()
                isFile = stat(Self.join(root, relative), &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
            }
            if isFile, matches(relativePath: relative) { found.append(relative) }
        }
        found.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        return found.map { Input(path: Self.join(root, $0), relativePath: $0) }
    }

    private func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    static func join(_ directory: String, _ relative: String) -> String {
        directory.hasSuffix("/") ? directory + relative : directory + "/" + relative
    }

    /// The path `--output` mirrors for a file named directly: the path as given when it is
    /// relative and stays below the current directory, else the file's name.
    static func mirroredPath(of path: String) -> String {
        let parts = path.split(separator: "/", omittingEmptySubsequences: true).filter { $0 != "." }
        if path.hasPrefix("/") || parts.contains("..") || parts.isEmpty {
            return parts.last.map(String.init) ?? "page"
        }
        return parts.joined(separator: "/")
    }
}
