import ArgumentParser
import Winnow

@main
struct WinnowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "winnow",
        abstract: "Extract the main content and metadata of web pages.",
        discussion: """
            Without a subcommand, winnow runs `extract`: it prints the main text of each page \
            given, read from files, directories or standard input (gzip-compressed or not).

            Examples:
              winnow page.html               # the main text of one page
              curl -s https://example.org | winnow --url https://example.org
              winnow --format jsonl pages/ > out.jsonl
              winnow --output texts/ --jobs 4 pages/
              winnow --input warc crawl.warc.gz > pages.jsonl   # every HTML page of a WARC
              winnow explain page.html       # why each block was kept or dropped
              winnow check                   # compare Samples/ with expected files

            See 'winnow help <subcommand>' for each subcommand's options.
            """,
        version: Winnow.version,
        subcommands: [ExtractCommand.self, ExplainCommand.self, CheckCommand.self],
        defaultSubcommand: ExtractCommand.self
    )

    /// Runs the command line, with exit code 2 for bad usage (argument-parser's default is 64).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                Terminal.error(fullMessage(for: error) + "\n")
                Self.exit(withError: ExitCode(2))
            }
            Self.exit(withError: error)
        }
    }
}
