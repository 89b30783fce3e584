import ArgumentParser
import Winnow

extension ExtractionOptions.Mode: ExpressibleByArgument {}

/// The library's options, shared by `extract` and `explain`.
struct ExtractionArguments: ParsableArguments {
    @Option(help: "The page's URL, for resolving links and for metadata.")
    var url: String?

    @Option(help: "What to favour when unsure: precision keeps only clear content, recall anything that may be content.")
    var mode: ExtractionOptions.Mode = .balanced

    @Flag(help: "Also extract comment sections, after the main text.")
    var comments = false

    @Flag(help: "Keep link targets (Markdown, HTML).")
    var links = false

    @Flag(help: "Keep images (Markdown, HTML).")
    var images = false

    @Flag(name: .customLong("no-tables"), help: "Render tables as lines of text instead of tables.")
    var noTables = false

    @Flag(name: .customLong("no-formatting"), help: "Drop emphasis (bold, italic, code) from Markdown and HTML.")
    var noFormatting = false

    var options: ExtractionOptions {
        ExtractionOptions(
            mode: mode, includeComments: comments, includeLinks: links, includeImages: images,
            includeTables: !noTables, includeFormatting: !noFormatting, url: url)
    }
}
