import Foundation
import Winnow

/// `winnow explain`'s rendering of block decisions: an aligned table, or JSON.
struct ExplainTable {
    var decisions: [BlockDecision]

    /// The longest snippet of a block's text shown in the table.
    static let snippetLength = 100

    /// The table with a header line and a summary line; lines are cut to `width` columns
    /// (0: not cut). On a narrow terminal the element path gives up room to the text.
    func render(width: Int) -> String {
        let header = ["#", "DECISION", "KIND", "WORDS", "LINK%", "STOP%", "REASON", "PATH", "TEXT"]
        let rightAligned: Set<Int> = [0, 3, 4, 5]
        let pathColumn = 7
        var rows: [[String]] = [header]
        for d in decisions {
            rows.append([
                String(d.index), d.kept ? "kept" : "dropped", Self.kindName(d.kind), String(d.words),
                Self.percent(d.linkDensity), Self.percent(d.stopWordDensity),
                Terminal.truncate(d.reason, to: 36), d.path,
                Terminal.truncate(Self.snippet(d.text), to: Self.snippetLength),
            ])
        }
        var widths = Array(repeating: 0, count: header.count)
        for row in rows {
            for (c, cell) in row.enumerated() { widths[c] = max(widths[c], Terminal.displayWidth(cell)) }
        }
        // On a terminal, the reason and the element path each take at most three tenths of the
        // room left after the short columns, so that some of the text shows.
        let reasonColumn = 6
        let room = width - (widths[..<reasonColumn].reduce(0, +) + 2 * reasonColumn)
        var reasonWidth = widths[reasonColumn]
        var pathWidth = min(widths[pathColumn], 48)
        if width > 0 {
            reasonWidth = min(reasonWidth, max(12, room * 3 / 10))
            pathWidth = min(pathWidth, max(12, room * 3 / 10))
        }
        widths[reasonColumn] = max(reasonWidth, Terminal.displayWidth(header[reasonColumn]))
        widths[pathColumn] = max(pathWidth, Terminal.displayWidth(header[pathColumn]))
        for r in rows.indices.dropFirst() {
            rows[r][reasonColumn] = Terminal.truncate(rows[r][reasonColumn], to: widths[reasonColumn])
            rows[r][pathColumn] = Self.shortenPath(rows[r][pathColumn], to: widths[pathColumn])
        }

        var out = ""
        for row in rows {
            var line = ""
            for (c, cell) in row.enumerated() {
                if c > 0 { line += "  " }
                line += c == row.count - 1 ? cell : Terminal.pad(cell, to: widths[c], right: rightAligned.contains(c))
            }
            while line.hasSuffix(" ") { line.removeLast() }
            out += (width > 0 ? Terminal.truncate(line, to: width) : line) + "\n"
        }
        let kept = decisions.filter(\.kept)
        let keptWords = kept.reduce(0) { $0 + $1.words }
        let allWords = decisions.reduce(0) { $0 + $1.words }
        out += "\(kept.count) of \(decisions.count) blocks kept (\(keptWords) of \(allWords) words)\n"
        return out
    }

    /// JSON: the source, the page's title and every block with its decision and features.
    static func json(_ decisions: [BlockDecision], source: String, extraction: Extraction) -> String {
        struct Row: Encodable {
            var index: Int
            var decision: String
            var kept: Bool
            var reason: String
            var blockClass: String
            var family: String?
            var kind: String
            var words: Int
            var characters: Int
            var linkDensity: Double
            var stopWordDensity: Double
            var inMainContainer: Bool
            var path: String
            var text: String
        }
        struct Report: Encodable {
            var source: String
            var title: String?
            var blocks: Int
            var kept: Int
            var decisions: [Row]
        }
        let rows = decisions.map { d in
            Row(
                index: d.index, decision: d.kept ? "kept" : "dropped", kept: d.kept, reason: d.reason,
                blockClass: className(d.blockClass), family: d.family?.rawValue, kind: kindName(d.kind), words: d.words,
                characters: d.characters, linkDensity: rounded(d.linkDensity), stopWordDensity: rounded(d.stopWordDensity),
                inMainContainer: d.inMainContainer, path: d.path, text: d.text)
        }
        let report = Report(
            source: source, title: extraction.metadata.title, blocks: decisions.count,
            kept: decisions.filter(\.kept).count, decisions: rows)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(report)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    static func className(_ blockClass: BlockClass) -> String {
        switch blockClass {
        case .good: return "good"
        case .short: return "short"
        case .bad: return "bad"
        }
    }

    private static func rounded(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }

    static func kindName(_ kind: Block.Kind) -> String {
        switch kind {
        case .paragraph: return "paragraph"
        case .heading: return "heading"
        case .listItem: return "list item"
        case .tableCell: return "table cell"
        case .preformatted: return "pre"
        case .quote: return "quote"
        case .caption: return "caption"
        case .other: return "other"
        }
    }

    static func percent(_ value: Double) -> String {
        String(Int((value * 100).rounded()))
    }

    /// The text on one line, whitespace collapsed.
    static func snippet(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Keeps the end of a long element path, which says the most: `… > div.post > p`.
    static func shortenPath(_ path: String, to width: Int) -> String {
        if Terminal.displayWidth(path) <= width { return path }
        var parts = path.components(separatedBy: " > ")
        while parts.count > 1, Terminal.displayWidth("… > " + parts.joined(separator: " > ")) > width {
            parts.removeFirst()
        }
        let short = "… > " + parts.joined(separator: " > ")
        return Terminal.displayWidth(short) <= width ? short : Terminal.truncate(parts.last ?? path, to: width)
    }
}
