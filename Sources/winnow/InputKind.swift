import ArgumentParser

/// What `extract`'s inputs hold (`--input`).
enum InputKind: String, CaseIterable, ExpressibleByArgument {
    /// Each input is one page (the default).
    case pages
    /// Each input is JSON lines, one page record a line (`PageRecord`).
    case jsonl
    /// Each input is a WARC archive, plain or gzip-compressed.
    case warc

    /// The names taken from directories when `--include` is not given.
    var defaultIncludes: [String] {
        switch self {
        case .pages: return InputCollector.defaultIncludes
        case .jsonl: return ["*.jsonl", "*.jsonl.gz", "*.ndjson", "*.ndjson.gz"]
        case .warc: return ["*.warc", "*.warc.gz"]
        }
    }
}
