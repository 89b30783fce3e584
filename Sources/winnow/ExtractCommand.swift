import ArgumentParser
import Foundation
import Winnow

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print the main content of web pages.",
        discussion: """
            Inputs are files, directories (searched recursively for --include globs) and `-` for \
            standard input; with no input and a pipe, standard input is read. Pages may be \
            gzip-compressed: compression is recognised from the bytes, not the name.

            Without --output, results go to standard output in input order. Several text, \
            Markdown or HTML results are each preceded by a `==> path <==` line; several JSON \
            results form an array; jsonl prints one object a line with the input's path as \
            `source`. With --output DIR, each result is written to DIR under the input's \
            relative path, with the format's extension (.txt, .md, .html, .json).

            A file that fails is reported on standard error as `winnow: <path>: <reason>` and the \
            batch goes on. Exit status: 0 when every input succeeded, 1 when some failed, 2 for \
            bad usage.

            Record streams (--input jsonl|warc), for pipes such as Spark's rdd.pipe or Hadoop \
            streaming: the inputs (files, directories, -, or standard input by default) hold many \
            pages, and each result is one JSON line, written in input order and flushed as soon \
            as it is ready. With jsonl, each line is a record {"url", "html" or "bodyBase64", \
            "contentType", "id"} and gives exactly one output line: the jsonl object with the \
            record's url as `source` and its `id`, or {"error", "id", "source"} when it fails. \
            With warc (.warc or .warc.gz, one gzip member per record), each HTML response \
            (2xx, text/html or application/xhtml+xml) gives a line with WARC-Target-URI as \
            `source` and WARC-Record-ID as `id`; other records are counted and skipped, \
            malformed or truncated ones reported and skipped. Exit status 1 when any record \
            failed. See Docs/CLI.md and Docs/Scale.md.

            Examples:
              winnow page.html
              winnow extract --format markdown --links page.html.gz
              curl -s https://example.org/post | winnow --url https://example.org/post -
              winnow --format jsonl --jobs 4 crawl/ > pages.jsonl
              winnow --output texts/ --include '*.xhtml' site/
              find . -name '*.html' | winnow --files-from - --format jsonl
              winnow --input warc crawl.warc.gz > pages.jsonl
              ls crawl/*.warc.gz | winnow --input warc --files-from - > pages.jsonl
              echo '{"id": 1, "html": "<p>Hi</p>"}' | winnow --input jsonl
            """
    )

    @Argument(help: "Files, directories, or - for standard input.", completion: .file())
    var inputs: [String] = []

    @Option(name: .shortAndLong, help: "Output format (jsonl: one JSON object a line, for batches). Default: text; jsonl, the only one, with --input jsonl|warc.")
    var format: ExtractFormat?

    @Option(help: ArgumentHelp("What the inputs hold: pages (each input is a page), jsonl (one page record a line), warc (WARC archives, .warc or .warc.gz).", valueName: "kind"))
    var input: InputKind = .pages

    @OptionGroup(title: "Extraction")
    var extraction: ExtractionArguments

    @Option(name: .customLong("files-from"), help: ArgumentHelp("Read the paths to process from a file, one a line (- for standard input).", valueName: "file"), completion: .file())
    var filesFrom: String?

    @Option(help: ArgumentHelp("Glob of the file names to take from directories; repeatable. Default: \(InputCollector.defaultIncludes.joined(separator: ", ")) (--input jsonl: \(InputKind.jsonl.defaultIncludes.joined(separator: ", ")); warc: \(InputKind.warc.defaultIncludes.joined(separator: ", "))).", valueName: "glob"))
    var include: [String] = []

    @Option(name: .shortAndLong, help: ArgumentHelp("Write each result to a file in this directory, mirroring the input's relative path.", valueName: "dir"), completion: .directory)
    var output: String?

    @Option(name: .shortAndLong, help: "Pages processed in parallel (default: the number of cores).")
    var jobs: Int?

    @Flag(name: .shortAndLong, help: "No progress bar (nor, with --input warc, the closing count of records).")
    var quiet = false

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
        if filesFrom == "-", inputs.contains("-") {
            throw ValidationError("standard input cannot be both a page (-) and the list of paths (--files-from -).")
        }
        if inputs.filter({ $0 == "-" }).count > 1 { throw ValidationError("standard input (-) can be read only once.") }
        if inputs.isEmpty, filesFrom == nil, Terminal.stdinIsTerminal {
            throw ValidationError("no input: name a file or directory, or pipe a page to standard input.")
        }
        if input != .pages {
            if let format, format != .jsonl {
                throw ValidationError("--input \(input.rawValue) writes one JSON line a record: --format can only be jsonl.")
            }
            if output != nil {
                throw ValidationError("--input \(input.rawValue) writes its records to standard output: --output cannot be used with it.")
            }
        }
    }

    /// The output format: the one asked for, else text (JSON lines for record streams).
    private var resolvedFormat: ExtractFormat { format ?? (input == .pages ? .text : .jsonl) }

    func run() throws {
        var collector = InputCollector()
        collector.includes = include.isEmpty ? input.defaultIncludes : include
        var paths = inputs
        if let filesFrom {
            do {
                paths += try InputCollector.readList(filesFrom)
            } catch {
                Terminal.error("winnow: \(filesFrom): \(error)\n")
                throw ExitCode(1)
            }
        } else if paths.isEmpty {
            paths = ["-"]
        }
        let list = collector.collect(paths)
        if list.isEmpty {
            Terminal.error("winnow: no input files (none matched \(collector.includes.joined(separator: ", ")))\n")
            throw ExitCode(1)
        }
        if input != .pages { return try runRecords(list) }
        let batch = list.count > 1 || collector.sawDirectory || filesFrom != nil
        let failures = try runBatch(list, batch: batch)
        if failures > 0 {
            if list.count > 1 { Terminal.error("winnow: \(failures) of \(list.count) inputs failed\n") }
            throw ExitCode(1)
        }
    }

    /// Runs record streams (`--input jsonl|warc`) and reports their counts.
    private func runRecords(_ list: [Input]) throws {
        let runner = RecordRunner(
            kind: input, inputs: list, options: extraction.options,
            jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount, quiet: quiet)
        let summary = runner.run()
        let g = ProgressBar.grouped
        func count(_ n: Int, _ noun: String) -> String { "\(g(n)) \(noun)\(n == 1 ? "" : "s")" }
        if input == .warc, !quiet {
            Terminal.error(
                "winnow: \(count(summary.records, "record")): \(count(summary.extracted, "page")) extracted, "
                    + "\(g(summary.failed)) failed, \(g(summary.skipped)) skipped (\(count(summary.notResponse, "not response")), "
                    + "\(g(summary.unsuccessful)) not 2xx, \(g(summary.notHTML)) not HTML)\n")
        } else if summary.failed > 0 {
            Terminal.error("winnow: \(g(summary.failed)) of \(count(summary.records, "record")) failed\n")
        }
        if summary.failed > 0 { throw ExitCode(1) }
    }

    /// What processing one input came to.
    private enum Outcome: Sendable {
        case rendered(String)
        case written
        case failed(String)
    }

    /// Processes the inputs in parallel and writes results in input order; returns the count
    /// of failures.
    private func runBatch(_ list: [Input], batch: Bool) throws -> Int {
        let extractor = Extractor(options: extraction.options)
        let format = resolvedFormat
        let outputDirectory = output
        if let outputDirectory {
            do {
                try FileManager.default.createDirectory(atPath: outputDirectory, withIntermediateDirectories: true)
            } catch {
                Terminal.error("winnow: \(outputDirectory): cannot create the output directory\n")
                throw ExitCode(1)
            }
        }
        let jobs = jobs ?? ProcessInfo.processInfo.activeProcessorCount
        let runner = BatchRunner<Outcome>(count: list.count, jobs: jobs)
        let progress = ProgressBar(total: list.count, enabled: ProgressBar.wanted(total: list.count, quiet: quiet))
        // Two inputs that would write the same output file (page.html and page.htm): the later
        // one fails rather than overwrite the earlier one's result.
        var clashes: [Int: String] = [:]
        if let outputDirectory {
            var seen: [String: String] = [:]
            for (i, input) in list.enumerated() {
                let target = Self.outputPath(for: input, in: outputDirectory, extension: format.fileExtension)
                if let earlier = seen[target] {
                    clashes[i] = "its output \(target) is already that of \(earlier)"
                } else {
                    seen[target] = input.path
                }
            }
        }
        let outputClashes = clashes
        let jsonArray = batch && format == .json && outputDirectory == nil
        let headers = batch && outputDirectory == nil && [.text, .markdown, .html].contains(format)
        var first = true

        if jsonArray { StandardOutput.write("[\n") }
        runner.run(
            work: { i in
                let input = list[i]
                if let clash = outputClashes[i] { return .failed(clash) }
                do {
                    let bytes = try input.load()
                    let extraction = try extractor.extract(bytes)
                    let result =
                        format == .jsonl
                        ? renderJSONLine(extraction, source: input.path) : render(extraction, format.outputFormat)
                    guard let outputDirectory else { return .rendered(result) }
                    let target = URL(fileURLWithPath: Self.outputPath(for: input, in: outputDirectory, extension: format.fileExtension))
                    do {
                        try FileManager.default.createDirectory(
                            at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                        try Data(result.utf8).write(to: target, options: .atomic)
                    } catch {
                        return .failed("cannot write \(target.path)")
                    }
                    return .written
                } catch let error as InputError {
                    return .failed(error.reason)
                } catch {
                    return .failed(String(describing: error))
                }
            },
            consume: { i, outcome in
                switch outcome {
                case .rendered(var text):
                    if headers {
                        text = (first ? "" : "\n") + "==> \(list[i].path) <==\n" + text
                    } else if jsonArray {
                        text = (first ? "" : ",\n") + text.dropLast()
                    }
                    first = false
                    StandardOutput.write(text)
                    progress.advance(failed: false)
                case .written:
                    progress.advance(failed: false)
                case .failed(let reason):
                    progress.clear()
                    StandardOutput.flush()
                    Terminal.error("winnow: \(list[i].path): \(reason)\n")
                    progress.advance(failed: true)
                }
            })
        if jsonArray { StandardOutput.write(first ? "]\n" : "\n]\n") }
        StandardOutput.flush()
        progress.finish()
        return progress.failed
    }

    /// Where `--output` puts an input's result: its relative path with the format's extension
    /// in place of the page's (`.html`, `.htm`, also after `.gz`).
    static func outputPath(for input: Input, in directory: String, extension ext: String) -> String {
        var name = input.relativePath
        if name.hasSuffix(".gz") { name.removeLast(3) }
        if let dot = name.lastIndex(of: "."), !name[dot...].contains("/"), dot != name.startIndex,
            name[name.index(before: dot)] != "/"
        {
            name = String(name[..<dot])
        }
        return InputCollector.join(directory, name + "." + ext)
    }
}
