/// Renders kept blocks as clean HTML: a small set of tags (`h1`–`h6`, `p`, `ul`, `ol`,
/// `li`, `blockquote`, `pre`, `code`, `table`, `tr`, `th`, `td`, `strong`, `em`, `del`,
/// `sub`, `sup`, `a`, `img`, `br`), no attributes but `href`, `src`, `alt`, a code block's
/// `class="language-…"`, an ordered list's `start` and a cell's spans, absolute addresses, and no script, style, handler or
/// `javascript:` address. Text and attribute values are escaped.
struct HTMLRenderer {
    let context: RenderContext

    func render(_ kept: [Int]) -> String {
        let inline = InlineRenderer(context: context, style: .html)
        let document = context.document
        var out: [String] = []
        // Open lists (element index, whether an item is open) and quotes.
        var openLists: [(list: Int, itemOpen: Bool)] = []
        var openItem: Int? = nil
        var quoteDepth = 0
        var renderedTables = Set<Int>()

        func closeItem() {
            if let last = out.last, last.hasPrefix("<li>") { out[out.count - 1] += "</li>" } else { out.append("</li>") }
        }
        func closeLists(to depth: Int) {
            while openLists.count > depth {
                let last = openLists.removeLast()
                if last.itemOpen { closeItem() }
                out.append("</\(listTag(last.list))>")
            }
        }
        func setQuotes(_ depth: Int) {
            if depth != quoteDepth { closeLists(to: 0); openItem = nil }
            while quoteDepth < depth { out.append("<blockquote>"); quoteDepth += 1 }
            while quoteDepth > depth { out.append("</blockquote>"); quoteDepth -= 1 }
        }
        func listTag(_ list: Int) -> String { document.nodes[list].tag == .ol ? "ol" : "ul" }

        for b in kept {
            let block = context.blocks[b]
            setQuotes(context.quoteDepth(of: block))
            if block.kind == .tableCell, context.options.includeTables, let table = context.table(of: block) {
                closeLists(to: 0); openItem = nil
                if renderedTables.insert(table).inserted {
                    let t = renderTable(table, kept: kept, inline: inline)
                    if !t.isEmpty { out.append(t) }
                }
                continue
            }
            let body: String
            switch block.kind {
            case .preformatted:
                let code = inline.render(context.inlineRange(of: block), verbatim: true)
                let language = context.codeLanguage(of: block).map { " class=\"language-\(InlineRenderer.htmlEscaped($0))\"" } ?? ""
                body = "<pre><code\(language)>\(code)</code></pre>"
            case .heading:
                let level = max(1, min(6, Int(block.headingLevel)))
                body = "<h\(level)>\(inline.render(context.inlineRange(of: block)))</h\(level)>"
            default:
                let text = inline.render(context.inlineRange(of: block))
                let listed = block.inList && context.listItem(of: block).map { !context.ancestors(of: $0) { $0 == .ul || $0 == .ol || $0 == .menu || $0 == .dl }.isEmpty } == true
                body = listed ? text : "<p>\(text)</p>"
            }
            let item = block.inList ? context.listItem(of: block) : nil
            let lists = item.map { context.ancestors(of: $0) { $0 == .ul || $0 == .ol || $0 == .menu || $0 == .dl } } ?? []
            if let item, !lists.isEmpty {
                // Keep the open lists this item shares, close the rest, open its own.
                var shared = 0
                while shared < openLists.count, shared < lists.count, openLists[shared].list == lists[shared] { shared += 1 }
                closeLists(to: shared)
                for l in lists.dropFirst(shared) {
                    if let last = openLists.last, !last.itemOpen {
                        out.append("<li>")
                        openItem = nil
                        openLists[openLists.count - 1].itemOpen = true
                    }
                    var start = ""
                    if document.nodes[l].tag == .ol, let n = document.attribute(.start, of: l).flatMap({ Int($0.trimmingSpaces()) }), n != 1 {
                        start = " start=\"\(n)\""
                    }
                    out.append("<\(listTag(l))\(start)>")
                    openLists.append((l, false))
                }
                if openItem != item {
                    if openLists.last?.itemOpen == true { closeItem() }
                    out.append("<li>" + body)
                    openLists[openLists.count - 1].itemOpen = true
                    openItem = item
                } else if let last = out.last, last.hasPrefix("<li>") {
                    out[out.count - 1] += block.kind == .preformatted ? body : "<br>" + body
                } else {
                    out.append(body)
                }
            } else {
                closeLists(to: 0); openItem = nil
                out.append(body)
            }
        }
        closeLists(to: 0)
        setQuotes(0)
        return out.isEmpty ? "" : out.joined(separator: "\n") + "\n"
    }

    private func renderTable(_ table: Int, kept: [Int], inline: InlineRenderer) -> String {
        let document = context.document
        var lines: [String] = ["<table>"]
        for row in context.rows(of: table) {
            var cells: [String] = []
            var any = false
            for cell in row {
                let range = cell ..< Int(document.nodes[cell].end)
                let text = context.keptBlocks(in: range, kept: kept)
                    .map { inline.render(context.inlineRange(of: context.blocks[$0])) }.joined(separator: " ")
                if !text.isEmpty { any = true }
                let tag = document.nodes[cell].tag == .th ? "th" : "td"
                var attributes = ""
                for name in [AttributeName.colspan, .rowspan] {
                    if let v = document.attribute(name, of: cell), let n = Int(v.trimmingSpaces()), n > 1, n <= 100 {
                        attributes += " \(name.htmlName)=\"\(n)\""
                    }
                }
                cells.append("<\(tag)\(attributes)>\(text)</\(tag)>")
            }
            if any { lines.append("<tr>" + cells.joined() + "</tr>") }
        }
        guard lines.count > 1 else { return "" }
        lines.append("</table>")
        return lines.joined(separator: "\n")
    }
}
