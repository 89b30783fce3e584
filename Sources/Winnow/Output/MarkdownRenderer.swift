/// Renders kept blocks as CommonMark with GFM tables: `#` headings, nested lists indented
/// under their items, `>` quotes, fenced code with its language, tables with a header row,
/// and emphasis, links and images as the options ask.
struct MarkdownRenderer {
    let context: RenderContext

    func render(_ kept: [Int]) -> String {
        let inline = InlineRenderer(context: context, style: .markdown)
        let document = context.document
        var parts: [(text: String, tight: Bool)] = []
        var startedItems = Set<Int>()
        var renderedTables = Set<Int>()
        var previousList: Int? = nil
        for b in kept {
            let block = context.blocks[b]
            if block.kind == .tableCell, context.options.includeTables, let table = context.table(of: block) {
                if renderedTables.insert(table).inserted {
                    let t = renderTable(table, kept: kept, inline: inline)
                    if !t.isEmpty { parts.append((quoted(t, block), false)) }
                }
                previousList = nil
                continue
            }
            var text: String
            var tight = false
            switch block.kind {
            case .preformatted:
                let code = inline.render(context.inlineRange(of: block), verbatim: true)
                var longest = 0, run = 0
                for ch in code { run = ch == "`" ? run + 1 : 0; longest = max(longest, run) }
                let fence = String(repeating: "`", count: max(3, longest + 1))
                text = fence + (context.codeLanguage(of: block) ?? "") + "\n" + code + "\n" + fence
            case .heading:
                // A heading is one line: its line breaks become spaces.
                let title = inline.render(context.inlineRange(of: block)).replacingOccurrences(of: "\\\n", with: " ")
                text = String(repeating: "#", count: Int(max(1, block.headingLevel))) + " " + title
            default:
                text = escapeLineStart(inline.render(context.inlineRange(of: block)))
            }
            if text.isEmpty { continue }
            // Lists: a marker on an item's first block, indentation for nesting.
            if block.inList, let item = context.listItem(of: block) {
                let lists = context.ancestors(of: item) { $0 == .ul || $0 == .ol || $0 == .menu || $0 == .dl }
                var indent = ""
                for l in lists.dropLast() {
                    indent += String(repeating: " ", count: document.nodes[l].tag == .ol ? 3 : 2)
                }
                let list = lists.last
                let ordered = list.map { document.nodes[$0].tag == .ol } ?? false
                let marker = ordered ? "\(context.itemNumber(item)). " : "- "
                let isFirst = startedItems.insert(item).inserted
                let lead = isFirst ? indent + marker : indent + String(repeating: " ", count: marker.count)
                let continuation = indent + String(repeating: " ", count: marker.count)
                text = lead + text.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\n" + continuation)
                tight = isFirst && previousList != nil && lists.first == previousList
                previousList = lists.first
            } else {
                previousList = nil
            }
            parts.append((quoted(text, block), tight))
        }
        var out = ""
        for (k, part) in parts.enumerated() {
            if k > 0 { out += part.tight ? "\n" : "\n\n" }
            out += part.text
        }
        return out.isEmpty ? "" : out + "\n"
    }

    /// Prefixes each line with `> ` per enclosing block quote.
    private func quoted(_ text: String, _ block: Block) -> String {
        let depth = context.quoteDepth(of: block)
        guard depth > 0 else { return text }
        let prefix = String(repeating: "> ", count: depth)
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? String(prefix.dropLast()) : prefix + $0 }.joined(separator: "\n")
    }

    /// A paragraph starting like a heading, list item, quote or rule is escaped.
    private func escapeLineStart(_ text: String) -> String {
        guard let first = text.first else { return text }
        if first == "#" || first == ">" || first == "=" { return "\\" + text }
        if first == "-" || first == "+" {
            let second = text.dropFirst().first
            if second == nil || second == " " || second == first { return "\\" + text }
        }
        if first.isNumber {
            let digits = text.prefix { $0.isNumber }
            let rest = text.dropFirst(digits.count)
            if digits.count <= 9, let mark = rest.first, mark == "." || mark == ")", rest.dropFirst().first == " " || rest.count == 1 {
                return String(digits) + "\\" + String(rest)
            }
        }
        return text
    }

    /// A GFM table of the kept cells of one table; the first row is the header.
    private func renderTable(_ table: Int, kept: [Int], inline: InlineRenderer) -> String {
        let document = context.document
        var rows: [[String]] = []
        for row in context.rows(of: table) {
            var cells: [String] = []
            for cell in row {
                let range = cell ..< Int(document.nodes[cell].end)
                let texts = context.keptBlocks(in: range, kept: kept).map { inline.render(context.inlineRange(of: context.blocks[$0])) }
                let span = max(1, min(20, Int(document.attribute(.colspan, of: cell)?.trimmingSpaces() ?? "") ?? 1))
                cells.append(texts.joined(separator: " ").replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\\ ", with: " "))
                for _ in 1 ..< span { cells.append("") }
            }
            if cells.contains(where: { !$0.isEmpty }) { rows.append(cells) }
        }
        guard let width = rows.map(\.count).max(), width > 0 else { return "" }
        func line(_ cells: [String]) -> String {
            "| " + (cells + Array(repeating: "", count: width - cells.count)).joined(separator: " | ") + " |"
        }
        var lines = [line(rows[0]), "|" + String(repeating: " --- |", count: width)]
        lines += rows.dropFirst().map(line)
        return lines.joined(separator: "\n")
    }
}
