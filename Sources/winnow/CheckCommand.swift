import ArgumentParser
import Foundation
import Winnow

extension OutputFormat: ExpressibleByArgument {}

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Run regression samples and compare the output with the expected files.",
        discussion: """
            A sample is a folder holding page.html (or page.html.gz), the expected output \
            (expected.txt for text, expected.md for Markdown, expected.html for HTML, \
            expected.json for JSON) and optionally options.json: {"url": …, "includeComments": \
            true, "includeLinks": …, "includeImages": …, "includeTables": …, \
            "includeFormatting": …, "mode": "precision", "formats": ["text", "markdown"]}. \
            Each <dir> is a sample or a folder of samples (searched recursively); the default is \
            Samples.

            Every difference is printed as a unified diff (--- expected, +++ actual), then a \
            summary line such as `26 passed, 1 failed` (one check per sample and format). The \
            exit status is 1 when a check failed. Trailing newlines at the end of the files, and \
            CRLF line ends, do not count as differences.

            Examples:
              winnow check
              winnow check Samples/de-windows-1252-encoding
              winnow check --format text --format json my-samples/
              winnow check --junit check-report.xml
              winnow check --update          # accept the current output as expected
            """
    )

    @Argument(help: ArgumentHelp("Sample folders, or folders of samples.", valueName: "dir"), completion: .directory)
    var directories: [String] = ["Samples"]

    @Option(name: .shortAndLong, help: "Compare only these formats (text, markdown, html, json; repeatable or comma-separated), instead of each sample's options.json formats.")
    var format: [String] = []

    @Flag(help: "Rewrite the expected files from the current output.")
    var update = false

    @Option(help: ArgumentHelp("Write a JUnit XML report to this file.", valueName: "file"), completion: .file())
    var junit: String?

    @Flag(name: .shortAndLong, help: "Also list the checks that passed.")
    var verbose = false

    func validate() throws {
        _ = try formats()
    }

    private func formats() throws -> [OutputFormat]? {
        let names = format.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }
        guard !names.isEmpty else { return nil }
        return try names.map { name in
            guard let format = OutputFormat(rawValue: name) else {
                throw ValidationError("unknown format '\(name)': use text, markdown, html or json.")
            }
            return format
        }
    }

    func run() throws {
        let chosenFormats = try formats()
        var samples: [Sample] = []
        do {
            for directory in directories { samples += try Sample.find(in: directory) }
        } catch {
            Terminal.error("winnow: \(error)\n")
            throw ExitCode(1)
        }

        var report = JUnitReport()
        var passed = 0, failed = 0, changed = 0, unchanged = 0, gaps = 0
        for sample in samples {
            let started = Date()
            let outcome = Result { () throws -> Extraction in
                let bytes = try Input(path: sample.page, relativePath: sample.page).load()
                return try Extractor(options: sample.options.extractionOptions).extract(bytes)
            }
            let extractSeconds = Date().timeIntervalSince(started)
            for format in chosenFormats ?? sample.options.formats ?? [.text] {
                let formatStarted = Date()
                let label = "\(sample.name) (\(format.rawValue))"
                let expectedPath = sample.expectedPath(format)
                let expectedName = Sample.expectedFileName(format)
                var failure: (message: String, details: String)?
                switch (outcome, update) {
                case (.failure(let error), _):
                    let reason = (error as? InputError)?.reason ?? String(describing: error)
                    failure = ("extraction failed: \(reason)", reason)
                    StandardOutput.write("FAIL \(label): \(sample.page): \(reason)\n")
                case (.success(let extraction), true):
                    if try Self.updateExpected(expectedPath, with: render(extraction, format)) {
                        StandardOutput.write("updated \(expectedPath)\n")
                        changed += 1
                    } else {
                        unchanged += 1
                    }
                    continue
                case (.success(let extraction), false):
                    switch Self.compare(expectedPath, with: render(extraction, format)) {
                    case .same:
                        break
                    case .differs(let diff) where sample.options.knownGap != nil:
                        gaps += 1
                        StandardOutput.write("GAP  \(label): \(sample.options.knownGap ?? "")\n\(diff)\n")
                        continue
                    case .differs(let diff):
                        failure = ("output differs from \(expectedName)", diff)
                        StandardOutput.write("FAIL \(label)\n\(diff)\n")
                    case .missing:
                        failure = ("\(expectedName) is missing", "no file \(expectedPath)")
                        StandardOutput.write("FAIL \(label): \(expectedPath) is missing (winnow check --update writes it)\n")
                    }
                }
                if failure == nil {
                    passed += 1
                    if verbose { StandardOutput.write("ok   \(label)\n") }
                } else {
                    failed += 1
                }
                report.cases.append(
                    JUnitReport.Case(
                        sample: sample.name, format: format.rawValue,
                        seconds: extractSeconds + Date().timeIntervalSince(formatStarted), failure: failure))
            }
        }

        if update {
            StandardOutput.write("\(changed) expected \(changed == 1 ? "file" : "files") updated, \(unchanged) unchanged\n")
            StandardOutput.flush()
            if failed > 0 { throw ExitCode(1) }
            return
        }
        if let junit {
            do {
                try Data(report.xml().utf8).write(to: URL(fileURLWithPath: junit), options: .atomic)
            } catch {
                Terminal.error("winnow: \(junit): cannot write the JUnit report\n")
                throw ExitCode(1)
            }
        }
        if gaps > 0 {
            StandardOutput.write("\(gaps) known \(gaps == 1 ? "gap" : "gaps") (options.json knownGap; not counted as failures)\n")
        }
        StandardOutput.write("\(passed) passed, \(failed) failed\n")
        StandardOutput.flush()
        if failed > 0 { throw ExitCode(1) }
    }

    enum Comparison: Equatable {
        case same
        /// The unified diff from the expected file to the output.
        case differs(String)
        case missing
    }

    /// Compares an output with an expected file.
    static func compare(_ expectedPath: String, with output: String) -> Comparison {
        guard let data = FileManager.default.contents(atPath: expectedPath) else { return .missing }
        let expected = normalized(String(decoding: data, as: UTF8.self))
        let actual = normalized(output)
        if expected == actual { return .same }
        return .differs(LineDiff(old: expected, new: actual).unified(oldName: expectedPath, newName: "\(expectedPath) (actual)"))
    }

    /// Writes an output to its expected file unless the file already says the same; returns
    /// whether it wrote.
    static func updateExpected(_ expectedPath: String, with output: String) throws -> Bool {
        if compare(expectedPath, with: output) == .same { return false }
        do {
            try Data(normalized(output).utf8).write(to: URL(fileURLWithPath: expectedPath), options: .atomic)
        } catch {
            Terminal.error("winnow: \(expectedPath): cannot write\n")
            throw ExitCode(1)
        }
        return true
    }

    /// The form in which outputs are compared and written: LF line ends, exactly one final
    /// newline (none for an empty output).
    static func normalized(_ text: String) -> String {
        var text = text.replacingOccurrences(of: "\r\n", with: "\n")
        while text.hasSuffix("\n") { text.removeLast() }
        return text.isEmpty ? "" : text + "\n"
    }
}
