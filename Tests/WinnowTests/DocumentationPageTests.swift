// Documentation pages: code blocks, section headings with permalinks, definition lists,
// tables of values, lists of links written into the text, example columns and index pages
// of section cards. Every page here is invented.
import Testing
@testable import Winnow

@Suite("Documentation pages")
struct DocumentationPageTests {
    typealias Support = ExtractionTestSupport

    @Test("a code block whose lines are divs is one block, one line each, token classes ignored")
    func codeLinesAreOneBlock() throws {
        let code = """
            <pre class="code-block"><code><div class="line"><span class="token comment">// group the records by host</span></div>\
            <div class="line"><span class="token keyword">let</span> groups = sorter.group(by: "host")</div>\
            <div class="line">groups.write(to: "out")</div></code></pre>
            """
        let extraction = try Support.extract(Support.docsPage(content: code))
        Support.expectKept(["// group the records by host\nlet groups = sorter.group(by: \"host\")\ngroups.write(to: \"out\")"], in: extraction)
        let codeBlocks = extraction.decisions.filter { $0.kind == .preformatted }
        #expect(codeBlocks.count == 1)
    }

    @Test("a short line of code stays with the prose that introduces it")
    func shortCodeLineStays() throws {
        let content = """
            <p>The sorter ships as a single package, and the package manager of your system installs it with one command:</p>
            <pre>pkg add sorter</pre>
            <nav class="pagination"><a href="/docs/intro">Previous</a> <a href="/docs/usage">Next</a></nav>
            """
        let extraction = try Support.extract(Support.docsPage(content: content))
        Support.expectKept(["pkg add sorter"], in: extraction)
    }

    @Test("a section heading with a permalink, listed again in the contents, stays")
    func permalinkHeadingStays() throws {
        let toc = """
            <div class="on-page"><ul><li><a href="#output-files">Output files</a></li>\
            <li><a href="#limits">Limits</a></li></ul></div>
            """
        let content = """
            \(toc)
            <h2 id="output-files"><a href="#output-files">Output files</a></h2>
            <p>Each group is written to a file named after its key, with characters that are not allowed in file
            names replaced by an underscore, and a number is added when two keys map to the same name.</p>
            """
        let sidebar = Support.docsSidebar.replacingOccurrences(
            of: "</ul></nav>", with: "<li class=\"nav-entry\"><a href=\"#output-files\">Output files</a></li></ul></nav>")
        let extraction = try Support.extract(Support.docsPage(content: content, sidebar: sidebar))
        let heading = extraction.decisions.first { $0.kind == .heading && $0.text == "Output files" }
        #expect(heading?.kept == true, "\(Support.explain(extraction))")
    }

    @Test("a heading classed to be left out of the contents is still a heading")
    func hideFromTocHeadingStays() throws {
        let content = """
            <h2 class="hide-from-toc">Choosing a key</h2>
            <p>A good key splits the input into groups of similar size; a key with a handful of values makes a few
            huge files, and a key that is unique per record makes one file for every line of the input.</p>
            """
        let extraction = try Support.extract(Support.docsPage(content: content))
        Support.expectKept(["Choosing a key"], in: extraction)
    }

    @Test("a heading whose link back to the contents is classed toc-backref stays")
    func backrefHeadingStays() throws {
        let content = """
            <section id="exit-codes"><h2><a class="toc-backref" href="#contents-3">Exit codes</a></h2>
            <p>The command exits with zero when every record found a group, with one when some records were
            unmatched, and with two when the output folder could not be written at all.</p></section>
            """
        let extraction = try Support.extract(Support.docsPage(content: content))
        Support.expectKept(["Exit codes"], in: extraction)
    }

    @Test("a section whose id is made from its title names no widget; a comment section still does")
    func headingAnchorIdsNameNoFamily() throws {
        let content = """
            <section id="reply-to-review-comments"><h2>Reply to review comments</h2>
            <p>Reviewers will often ask for changes to a pull request before it is merged, and answering each of
            their notes, even to say why you disagree, keeps the discussion short and friendly.</p></section>
            <section id="comments"><h2>Comments</h2>
            <p>Great page, this helped me a lot with my own sorting scripts, thanks to whoever wrote it up!</p></section>
            """
        let extraction = try Support.extract(Support.docsPage(content: content))
        Support.expectKept(["Reply to review comments", "answering each of their notes"], in: extraction)
        Support.expectDropped(["Great page, this helped me"], in: extraction)
    }

    @Test("a heading's own id made from its text names no widget")
    func headingOwnIdIsAnAnchor() throws {
        let content = """
            <h3 id="share-settings">Share settings</h3>
            <p>Settings can be shared between machines by copying the configuration file, which holds the key,
            the output folder and the chunk size, into the same folder on the other machine.</p>
            """
        let extraction = try Support.extract(Support.docsPage(content: content))
        Support.expectKept(["Share settings"], in: extraction)
    }

    @Test("a CSS Modules hash in a class name yields no words")
    func cssModuleHashIsNoWord() {
        #expect(AttributeRules.classify(ArraySlice("docs-table_root__adKqa".utf8)).family == nil)
        #expect(AttributeRules.classify(ArraySlice("docs_sidebar__x7Qz2".utf8)).family == .sidebar)
        // A lower-case BEM element after a double underscore is a word.
        #expect(AttributeRules.classify(ArraySlice("story__ad".utf8)).family == .advertisement)
    }

    @Test("cells of a data table are values, not datelines or file names")
    func dataTableCellsAreValues() throws {
        let content = """
            <table><thead><tr><th>Field</th><th>Example</th><th>Notes</th></tr></thead><tbody>
            <tr><td>started_at</td><td>2026-07-01</td><td>The day the run started</td></tr>
            <tr><td>preview</td><td>https://example.com/preview.jpg</td><td>A picture of the first group</td></tr>
            <tr><td>finished_at</td><td>2026-07-02</td><td>The day the run ended</td></tr>
            </tbody></table>
            """
        let extraction = try Support.extract(Support.docsPage(content: content))
        // (The first date is read as the page's dateline by the metadata, a separate rule.)
        Support.expectKept(["preview.jpg", "2026-07-02"], in: extraction)
    }

    @Test("a list of links between paragraphs of the text is part of it; a single linked line is not")
    func listsInTheText() throws {
        let content = """
            <p>Besides plain text, the sorter understands the record formats below, each with a page of its own.</p>
            <ul><li><a href="/docs/csv">Comma-separated values</a></li><li><a href="/docs/json">JSON lines</a></li>
            <li><a href="/docs/tsv">Tab-separated values</a></li></ul>
            <p>Formats are recognised from the first line of the input, and the option called format overrides the
            guess when the first line is ambiguous or the input starts with a comment.</p>
            <ul><li><a href="/blog/new-release">Read our announcement of the new release</a></li></ul>
            """
        let extraction = try Support.extract(Support.docsPage(content: content))
        Support.expectKept(["Comma-separated values", "JSON lines", "Tab-separated values"], in: extraction)
        Support.expectDropped(["Read our announcement"], in: extraction)
    }

    @Test("a linked term of a definition list stays with its definition")
    func definitionTermStays() throws {
        let content = """
            <dl><dt><a href="/docs/api/group-by"><code>Sorter.groupBy</code></a></dt>
            <dd><p>Names the field whose value decides which group a record goes to, and may be called once per run.</p></dd>
            <dt><a href="/docs/api/chunk-size"><code>Sorter.chunkSize</code></a></dt>
            <dd><p>Sets how many bytes of input are read at a time, which bounds the memory the command needs.</p></dd></dl>
            """
        let extraction = try Support.extract(Support.docsPage(content: content))
        Support.expectKept(["Sorter.groupBy", "Sorter.chunkSize"], in: extraction)
    }

    @Test("a Creative Commons licence line under the text is a legal notice")
    func licenceLineIsDropped() throws {
        let bottom = "<p>Except where noted, this page is licensed under the Creative Commons Attribution 4.0 License.</p>"
        let extraction = try Support.extractArticle(end: bottom)
        Support.expectArticle(extraction)
        Support.expectDropped(["licensed under the Creative Commons"], in: extraction)
    }

    @Test("an example column classed aside that holds code is content; a sidebar of links is not")
    func codeAsideIsContent() throws {
        let content = """
            <div class="call-grid"><div class="call-text"><p>The group call returns one entry for every group the run
            produced, with the number of records it holds and the name of the file it was written to.</p></div>
            <div class="call-aside"><pre>{
              "group": "host-a",
              "records": 1204,
              "file": "out/host-a.txt"
            }</pre></div></div>
            <aside class="related-links"><a href="/docs/topic-1">Configuration topic number 1</a></aside>
            """
        let extraction = try Support.extract(Support.docsPage(content: content))
        Support.expectKept(["\"records\": 1204"], in: extraction)
    }

    @Test("on an index page the section cards are the content, not the sidebar's alike entries")
    func indexPageCardsBeatTheMenu() throws {
        func card(_ n: Int, _ title: String, _ blurb: String) -> String {
            "<div class=\"card\"><h2><a href=\"/docs/section-\(n)\">\(title)</a></h2><div class=\"card-body\"><p>\(blurb)</p></div></div>"
        }
        // Thirty alike entries, each a box around a long link: a run of teaser cards by shape,
        // under a third of the page's text beside the big footer.
        let menu = """
            <nav class="docs-sidebar"><ul>
            \((1 ... 30).map { "<li class=\"entry\"><div><a href=\"/docs/page-\($0)\">Reference page number \($0) of the docs</a></div></li>" }.joined(separator: "\n"))
            </ul></nav>
            """
        let footer = """
            <footer class="site-footer"><ul>\((0 ..< 100).map { "<li><a href=\"/l\($0)\">Footer link to another part number \($0)</a></li>" }.joined())</ul>
            <p>Sorter is maintained by a group of volunteers.</p></footer>
            """
        let html = """
            <!DOCTYPE html><html lang="en"><head><title>Working with groups | Sorter docs</title></head><body>
            <header class="site-header"><a href="/">Sorter</a> <a href="/docs">Docs</a></header>
            \(menu)
            <main><h1>Working with groups</h1>
            <p>Groups are what the sorter makes from its input, and the pages below cover each part of them in turn.</p>
            <div class="cards">
            \(card(1, "Choosing the grouping key", "Pick the field that splits your input the way you need it split."))
            \(card(2, "Naming the output files", "Control how the file of each group is named on the disk."))
            \(card(3, "Handling unmatched records", "Decide what happens to the records that have no key at all."))
            </div></main>
            \(footer)
            </body></html>
            """
        let extraction = try Support.extract(html)
        Support.expectKept(["Pick the field that splits", "Control how the file", "Decide what happens"], in: extraction)
        Support.expectDropped(["Reference page number 7"], in: extraction)
    }

    @Test("a hidden tab panel is one of the text's versions; other hidden boxes stay out")
    func hiddenTabPanelsAreRead() throws {
        let content = """
            <div class="tabs"><ul role="tablist"><li><a role="tab" href="#tab-linux">Linux</a></li>
            <li><a role="tab" href="#tab-mac">macOS</a></li></ul>
            <section id="tab-linux" role="tabpanel"><p>On Linux, install the sorter from the package archive of your
            distribution and add the folder it lands in to the search path of your shell.</p></section>
            <section id="tab-mac" role="tabpanel" hidden><p>On macOS, unpack the download into the applications folder
            and allow it to run in the security settings the first time you open it.</p></section></div>
            <div class="survey" hidden><p>Was this page helpful to you today? Tell us what you think of it.</p></div>
            """
        let extraction = try Support.extract(Support.docsPage(content: content))
        Support.expectKept(["On Linux, install the sorter", "On macOS, unpack the download"], in: extraction)
        Support.expectDropped(["Was this page helpful"], in: extraction)
    }
}
