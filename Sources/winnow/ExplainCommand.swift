import ArgumentParser
import Foundation
import Winnow

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show why each block of a page was kept or dropped.",
        discussion: """
            Lists every block of the page in document order with its decision (kept or \
            dropped), the rule or score that decided (reason), and the features it was judged \
            on: kind, words, link density, stop-word density, element path and a snippet of \
            its text. On a terminal the table is cut to the terminal's width; --width sets \
            another, 0 for none. --format json prints the same as JSON, one object a block.

            Examples:
              winnow explain page.html
              winnow explain --mode precision page.html.gz | less -S
              winnow explain --format json page.html | jq '.decisions[] | select(.kept)'
              curl -s https://example.org | winnow explain -
            """
    )

    enum Format: String, CaseIterable, ExpressibleByArgument {
        case table, json
    }

    @Argument(help: "The page: a file, or - (or nothing, with a pipe) for standard input.", completion: .file())
    var input: String?

    @Option(name: .shortAndLong, help: "An aligned table, or JSON.")
    var format: Format = .table

    @Option(help: "Cut table lines to this many columns (default: the terminal's width; 0: no cut).")
    var width: Int?

    @OptionGroup(title: "Extraction")
    var extraction: ExtractionArguments

    func validate() throws {
        if input == nil, Terminal.stdinIsTerminal {
            throw ValidationError("no input: name a file, or pipe a page to standard input.")
        }
        if let width, width < 0 { throw ValidationError("--width cannot be negative.") }
    }

    func run() throws {
        let path = input ?? "-"
        let page = path == "-" ? Input.standardInput : Input(path: path, relativePath: path)
        let extraction: Extraction
        do {
            extraction = try Extractor(options: self.extraction.options).extract(try page.load())
        } catch let error as InputError {
            Terminal.error("winnow: \(path): \(error.reason)\n")
            throw ExitCode(1)
        } catch {
            Terminal.error("winnow: \(path): \(error)\n")
            throw ExitCode(1)
        }
        let decisions = extraction.decisions
        switch format {
        case .json:
            StandardOutput.write(ExplainTable.json(decisions, source: path, extraction: extraction))
        case .table:
            let columns = width ?? Terminal.width(of: 1) ?? 0
            StandardOutput.write(ExplainTable(decisions: decisions).render(width: columns))
        }
        StandardOutput.flush()
    }
}
