import Foundation
import Testing

/// Helpers for the end-to-end tests: they run the built `winnow` binary in temporary folders.

/// What a run of the binary came to.
struct RunResult {
    var status: Int32
    var stdoutData: Data
    var stderrData: Data
    var stdout: String { String(decoding: stdoutData, as: UTF8.self) }
    var stderr: String { String(decoding: stderrData, as: UTF8.self) }
}

enum CLI {
    /// The package's root: the nearest folder above this file that holds Package.swift.
    static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while url.path != "/" {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
            url = url.deletingLastPathComponent()
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }()

    /// The built binary: $WINNOW_BINARY, else `winnow` beside the test bundle, else
    /// `.build/debug/winnow` under the package root.
    static let binary: URL? = {
        let fm = FileManager.default
        var candidates: [URL] = []
        if let explicit = ProcessInfo.processInfo.environment["WINNOW_BINARY"] {
            candidates.append(URL(fileURLWithPath: explicit))
        }
        // The test bundle (xctest) lives in the build folder, next to the executables.
        var bundleDir = Bundle.main.bundleURL
        while bundleDir.path != "/", bundleDir.lastPathComponent.hasSuffix(".xctest") || bundleDir.pathExtension == "xctest" {
            bundleDir = bundleDir.deletingLastPathComponent()
        }
        candidates.append(bundleDir.appendingPathComponent("winnow"))
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            candidates.append(bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("winnow"))
        }
        candidates.append(packageRoot.appendingPathComponent(".build/debug/winnow"))
        return candidates.first { url in
            var isDirectory: ObjCBool = false
            return fm.fileExists(atPath: url.path, isDirectory: &isDirectory) && !isDirectory.boolValue
                && fm.isExecutableFile(atPath: url.path)
        }
    }()

    /// Runs `winnow` with arguments, optional standard input, in a working folder.
    static func run(_ arguments: [String], stdin: Data? = nil, in directory: URL? = nil) throws -> RunResult {
        guard let binary else {
            Issue.record("the winnow binary was not found: run `swift build` before `swift test` (looked beside the test bundle and in \(packageRoot.path)/.build/debug), or set WINNOW_BINARY")
            throw MissingBinary()
        }
        let scratch = try TemporaryDirectory()
        let inURL = scratch.url.appendingPathComponent("stdin")
        let outURL = scratch.url.appendingPathComponent("stdout")
        let errURL = scratch.url.appendingPathComponent("stderr")
        try (stdin ?? Data()).write(to: inURL)
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let input = try FileHandle(forReadingFrom: inURL)
        let output = try FileHandle(forWritingTo: outURL)
        let error = try FileHandle(forWritingTo: errURL)
        defer {
            try? input.close()
            try? output.close()
            try? error.close()
        }

        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? scratch.url
        process.standardInput = input
        process.standardOutput = output
        process.standardError = error
        var environment = ProcessInfo.processInfo.environment
        environment["COLUMNS"] = "200"
        process.environment = environment
        try process.run()
        process.waitUntilExit()
        return RunResult(
            status: process.terminationStatus, stdoutData: try Data(contentsOf: outURL), stderrData: try Data(contentsOf: errURL))
    }

    /// Compresses bytes with the system's gzip.
    static func gzip(_ data: Data) throws -> Data {
        let scratch = try TemporaryDirectory()
        let file = scratch.url.appendingPathComponent("data")
        try data.write(to: file)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["gzip", "-n", file.path]
        try process.run()
        process.waitUntilExit()
        return try Data(contentsOf: scratch.url.appendingPathComponent("data.gz"))
    }
}

struct MissingBinary: Error {}

/// A folder under the system's temporary directory, removed when the value goes away.
final class TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("winnow-cli-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    var path: String { url.path }

    /// Writes a file (creating its folders) and returns its URL.
    @discardableResult
    func write(_ relativePath: String, _ contents: String) throws -> URL {
        try write(relativePath, Data(contents.utf8))
    }

    @discardableResult
    func write(_ relativePath: String, _ contents: Data) throws -> URL {
        let file = url.appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try contents.write(to: file)
        return file
    }

    func read(_ relativePath: String) throws -> String {
        try String(decoding: Data(contentsOf: url.appendingPathComponent(relativePath)), as: UTF8.self)
    }

    func exists(_ relativePath: String) -> Bool {
        FileManager.default.fileExists(atPath: url.appendingPathComponent(relativePath).path)
    }
}

/// Test pages: an article framed by navigation, a cookie notice and a footer.
enum Pages {
    static func article(title: String = "Night trains return to the valley", sentence: String = uniqueSentence) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <title>\(title) | The Valley Courier</title>
          <meta property="og:site_name" content="The Valley Courier">
          <meta name="author" content="Maren Holt">
          <meta property="article:published_time" content="2025-03-14T08:30:00Z">
        </head>
        <body>
          <header><nav><ul>
            <li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li>
          </ul></nav></header>
          <main>
            <article>
              <h1>\(title)</h1>
              <p>\(sentence)</p>
              <p>The regional rail authority confirmed on Tuesday that the overnight service between the harbour and the mountain towns will run again from the first week of May, after a pause of almost eleven years.</p>
              <p>Passengers will be able to book a couchette or a seat, and the first trains are already nearly full, according to the operator, which said that demand had surprised even its own planners.</p>
              <p>Local businesses in the upper valley welcomed the news. The owner of a small hotel near the terminus said that many of her guests had asked for years whether they could arrive without a car.</p>
            </article>
          </main>
          <footer><p>© 2025 The Valley Courier. All rights reserved.</p><p><a href="/privacy">Privacy</a> | <a href="/terms">Terms</a></p></footer>
        </body>
        </html>
        """
    }

    static let uniqueSentence =
        "Overnight trains will once again connect the coast with the high valley, and the first tickets sold out within an hour of going on sale this morning."
}

/// WARC files written by hand for the record-stream tests.
enum WARC {
    /// One WARC/1.1 record, closed by its two line ends.
    static func record(type: String, uri: String? = nil, id: String, contentType: String, block: Data) -> Data {
        var header = "WARC/1.1\r\nWARC-Type: \(type)\r\nWARC-Record-ID: \(id)\r\nWARC-Date: 2025-05-01T10:00:00Z\r\n"
        if let uri { header += "WARC-Target-URI: \(uri)\r\n" }
        header += "Content-Type: \(contentType)\r\nContent-Length: \(block.count)\r\n\r\n"
        return Data(header.utf8) + block + Data("\r\n\r\n".utf8)
    }

    /// A `response` record: an HTTP 200 (or `status`) response with these headers and body.
    static func response(uri: String, id: String, status: String = "200 OK", headers: [String], body: Data) -> Data {
        let http = Data(("HTTP/1.1 \(status)\r\n" + headers.map { $0 + "\r\n" }.joined() + "\r\n").utf8) + body
        return record(type: "response", uri: uri, id: id, contentType: "application/http; msgtype=response", block: http)
    }

    /// A body in chunked transfer coding, in chunks of `size` bytes.
    static func chunked(_ body: Data, size: Int) -> Data {
        var out = Data()
        var i = 0
        let bytes = [UInt8](body)
        while i < bytes.count {
            let chunk = bytes[i..<min(i + size, bytes.count)]
            out += Data((String(chunk.count, radix: 16) + "\r\n").utf8) + Data(chunk) + Data("\r\n".utf8)
            i += size
        }
        return out + Data("0\r\n\r\n".utf8)
    }
}
