import Foundation
import Winnow

/// `extract --input jsonl|warc`: streams of page records in, one JSON line out per record, in
/// input order, written and flushed as soon as it is ready.
///
/// Memory holds a few records at a time (the stream runner's window), never a whole input; a
/// record that fails gives an error line (JSON lines: every input line gives exactly one output
/// line) and a `winnow: <where>: <reason>` message, and the run goes on.
struct RecordRunner {
    var kind: InputKind
    var inputs: [Input]
    var options: ExtractionOptions
    var jobs: Int
    var quiet: Bool

    /// What a run came to.
    struct Summary {
        var extracted = 0
        var failed = 0
        var notResponse = 0
        var unsuccessful = 0
        var notHTML = 0
        var skipped: Int { notResponse + unsuccessful + notHTML }
        var records: Int { extracted + failed + skipped }
    }

    /// Runs the records through the extractor and writes their lines; returns the counts.
    func run() -> Summary {
        let source = RecordSource(kind: kind, inputs: inputs, maximumLineBytes: 2 * options.maximumBytes)
        let options = options
        let runner = StreamRunner<RecordJob, RecordOutcome>(jobs: jobs)
        let progress = ProgressBar(total: nil, unit: "records", enabled: !quiet && Terminal.stderrIsTerminal)
        var summary = Summary()
        runner.run(
            next: { source.next() },
            work: { Self.process($0, options: options) },
            consume: { outcome in
                switch outcome {
                case .extracted(let line):
                    summary.extracted += 1
                    StandardOutput.write(line)
                    StandardOutput.flush()
                    progress.advance(failed: false)
                case .failed(let line, let message):
                    summary.failed += 1
                    if let line {
                        StandardOutput.write(line)
                        StandardOutput.flush()
                    }
                    progress.clear()
                    Terminal.error("winnow: \(message)\n")
                    progress.advance(failed: true)
                case .skipped(let reason):
                    switch reason {
                    case .notResponse: summary.notResponse += 1
                    case .unsuccessful: summary.unsuccessful += 1
                    case .notHTML: summary.notHTML += 1
                    }
                }
            })
        StandardOutput.flush()
        progress.finish()
        return summary
    }

    /// One record's work, on a worker thread.
    static func process(_ job: RecordJob, options: ExtractionOptions) -> RecordOutcome {
        switch job {
        case .line(let location, let bytes):
            let record: PageRecord
            let page: (bytes: [UInt8], contentType: String?)
            do {
                record = try PageRecord.decode(bytes)
                page = try record.page()
            } catch {
                return .failed(
                    line: renderErrorLine(source: error.url, id: error.id, reason: error.reason),
                    message: "\(location): \(error.reason)")
            }
            return extract(page.bytes, contentType: page.contentType, url: record.url, id: record.id, location: location, options: options)
        case .warc(let location, let record):
            let id = record.recordID.map(JSONValue.string)
            let place = location + (record.recordID.map { " \($0)" } ?? "")
            do {
                switch try record.payload(maximumBytes: options.maximumBytes) {
                case .skipped(let reason):
                    return .skipped(reason)
                case .html(let body, let contentType):
                    return extract(body, contentType: contentType, url: record.targetURI, id: id, location: place, options: options)
                }
            } catch {
                return .failed(
                    line: renderErrorLine(source: record.targetURI, id: id, reason: error.description),
                    message: "\(place): \(error.description)")
            }
        case .failure(let location, let reason, let emitsLine):
            return .failed(line: emitsLine ? renderErrorLine(source: nil, id: nil, reason: reason) : nil, message: "\(location): \(reason)")
        }
    }

    private static func extract(
        _ bytes: [UInt8], contentType: String?, url: String?, id: JSONValue?, location: String, options: ExtractionOptions
    ) -> RecordOutcome {
        var options = options
        if let url { options.url = url }
        do {
            let extraction = try Extractor(options: options).extract(bytes, contentType: contentType)
            return .extracted(renderRecordLine(extraction, source: url ?? options.url, id: id))
        } catch {
            let reason = String(describing: error)
            return .failed(line: renderErrorLine(source: url ?? options.url, id: id, reason: reason), message: "\(location): \(reason)")
        }
    }
}

/// One unit of a record run, as the reader hands it to the workers.
enum RecordJob: Sendable {
    /// A line of JSON lines input; `location` is `path:line`.
    case line(location: String, bytes: [UInt8])
    /// A WARC record; `location` is `path: record N`.
    case warc(location: String, record: WARCRecord)
    /// Something the reader could not read: an input that does not open, a malformed WARC
    /// record, a line over the limit. `emitsLine`: whether it takes an output line (a line of
    /// JSON lines input does, so that output lines match input lines one for one).
    case failure(location: String, reason: String, emitsLine: Bool)
}

/// What a record came to.
enum RecordOutcome: Sendable {
    case extracted(String)
    /// A failure: its output line, if it takes one, and its message for standard error.
    case failed(line: String?, message: String)
    case skipped(WARCPayload.Skip)
}

/// Reads the records of the inputs one after the other, on the stream runner's reader thread
/// (and there only).
final class RecordSource: @unchecked Sendable {
    private let kind: InputKind
    private let inputs: [Input]
    private let maximumLineBytes: Int
    private var nextInput = 0
    private var current: Input?
    private var stream: FileStream?
    private var lines: LineReader?
    private var warc: WARCReader?
    /// The line or record number in the current input.
    private var ordinal = 0

    init(kind: InputKind, inputs: [Input], maximumLineBytes: Int) {
        self.kind = kind
        self.inputs = inputs
        self.maximumLineBytes = maximumLineBytes
    }

    /// The next job, or nil when every input has been read.
    func next() -> RecordJob? {
        while true {
            guard let input = current else {
                guard nextInput < inputs.count else { return nil }
                let input = inputs[nextInput]
                nextInput += 1
                if let failure = open(input) { return failure }
                continue
            }
            let name = input.isStandardInput ? "stdin" : input.path
            do {
                if let lines {
                    guard let line = try lines.next() else {
                        close()
                        continue
                    }
                    ordinal += 1
                    switch line {
                    case .text(let bytes):
                        return .line(location: "\(name):\(ordinal)", bytes: bytes)
                    case .tooLong(let bytes):
                        return .failure(
                            location: "\(name):\(ordinal)",
                            reason: "bad record: the line has \(bytes) bytes, over the limit of \(maximumLineBytes)", emitsLine: true)
                    }
                }
                if let warc {
                    guard let record = try warc.next() else {
                        close()
                        continue
                    }
                    ordinal += 1
                    return .warc(location: "\(name): record \(ordinal)", record: record)
                }
                close()
            } catch let error as WARCError {
                ordinal += 1
                return .failure(location: "\(name): record \(ordinal)", reason: error.description, emitsLine: false)
            } catch {
                close()
                return .failure(location: name, reason: String(describing: error), emitsLine: false)
            }
        }
    }

    /// Opens an input; returns the failure when it cannot be opened.
    private func open(_ input: Input) -> RecordJob? {
        ordinal = 0
        do {
            let stream = try input.openStream()
            let source: GzipReader.Source = { try stream.read(into: $0) }
            switch kind {
            case .jsonl:
                lines = LineReader(maximumBytes: maximumLineBytes, source: try GzipReader.decompressingIfNeeded(source))
            case .warc, .pages:
                warc = try WARCReader(source: source)
            }
            self.stream = stream
            current = input
            return nil
        } catch {
            return .failure(location: input.path, reason: String(describing: error), emitsLine: false)
        }
    }

    private func close() {
        lines = nil
        warc = nil
        stream = nil
        current = nil
    }
}
