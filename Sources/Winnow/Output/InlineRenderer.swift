/// Renders the inline content of one block (text, emphasis, code, links, images, line
/// breaks) as Markdown or HTML. Whitespace collapses as in the plain text, so the words are
/// those of ``TextRenderer``; only the markup around them differs.
struct InlineRenderer {
    enum Style { case markdown, html }

    let context: RenderContext
    let style: Style

    private var document: Document { context.document }
    private var options: ExtractionOptions { context.options }

    /// An element whose markup is written when its first text arrives, so that empty
    /// elements leave nothing and markers hug the words.
    private struct Open {
        var end: Int
        var open: [UInt8]
        var close: [UInt8]
        var written: Bool
        /// Markdown code spans: where the span's text starts in the output.
        var codeStart: Int?
        /// Whether the element is a code span (text inside is not escaped).
        var isCode = false
    }

    func render(_ range: Range<Int>, verbatim: Bool = false) -> String {
        var out: [UInt8] = []
        var stack: [Open] = []
        var pendingSpace = false
        var codeDepth = 0
        // Where two boxes met (see `BoxMeeting`), and the last byte of text written: the
        // space goes between words, whatever markup closes and opens around it.
        var meeting = BoxMeeting.none
        var lastText: UInt8 = 0x20

        func flushOpens() {
            for k in stack.indices where !stack[k].written {
                if pendingSpace, !out.isEmpty, out.last != 0x0A { out.append(0x20) }
                pendingSpace = false
                out.append(contentsOf: stack[k].open)
                stack[k].written = true
                if stack[k].codeStart != nil { stack[k].codeStart = out.count }
            }
        }
        func close(_ entry: Open) {
            if entry.isCode { codeDepth -= 1 }
            guard entry.written else { return }
            if let start = entry.codeStart {
                // A Markdown code span: fence with more backticks than the text holds.
                let content = Array(out[start...])
                out.removeSubrange((start - entry.open.count)...)
                var longest = 0, run = 0
                for b in content { run = b == 0x60 ? run + 1 : 0; longest = max(longest, run) }
                let fence = [UInt8](repeating: 0x60, count: longest + 1)
                let pad: [UInt8] = content.first == 0x60 || content.last == 0x60 ? [0x20] : []
                out += fence + pad + content + pad + fence
                return
            }
            if entry.open.isEmpty, entry.close.isEmpty { return }
            out.append(contentsOf: entry.close)
        }

        var i = range.lowerBound
        while i < range.upperBound {
            while let top = stack.last, top.end <= i { close(stack.removeLast()) }
            let node = document.nodes[i]
            // Hidden subtrees inside the block (see ``Extraction/removed``) are skipped, as
            // in the plain text.
            if context.removed[i] {
                i = Int(node.end)
                continue
            }
            if node.tag == .text {
                let bytes = document.textBytes(of: i)
                for byte in bytes {
                    if !verbatim, byte.isASCIIWhitespace {
                        pendingSpace = true
                        continue
                    }
                    if meeting.separates(lastText, byte) { pendingSpace = true }
                    meeting = .none
                    lastText = byte
                    flushOpens()
                    if pendingSpace, !out.isEmpty, out.last != 0x0A { out.append(0x20) }
                    pendingSpace = false
                    appendEscaped(byte, into: &out, inCode: codeDepth > 0 || verbatim)
                }
                i += 1
                continue
            }
            if node.tag.isNeverContent {
                i = Int(node.end)
                continue
            }
            if !verbatim, i > range.lowerBound {
                let met = document.boxMeeting(at: i, from: range.lowerBound)
                if met != .none { meeting = met }
            }
            let end = Int(node.end)
            // Highlighters put each line of code in a block element of its own.
            if verbatim, node.tag.isBlock, let last = out.last, last != 0x0A { out.append(0x0A) }
            switch node.tag {
            case .br:
                if !verbatim, !out.isEmpty {
                    out.append(contentsOf: style == .markdown ? Array("\\\n".utf8) : Array("<br>\n".utf8))
                    pendingSpace = false
                }
            case .img:
                if options.includeImages, let src = imageSource(i) {
                    flushOpens()
                    if pendingSpace, !out.isEmpty, out.last != 0x0A { out.append(0x20) }
                    pendingSpace = false
                    let alt = AuthorNames.collapse(document.attribute(.alt, of: i) ?? "")
                    switch style {
                    case .markdown:
                        out += Array("![".utf8) + Array(Self.markdownEscaped(alt).utf8) + Array("](".utf8)
                            + Array(Self.markdownURL(src).utf8) + [0x29]
                    case .html:
                        out += Array("<img src=\"\(Self.htmlEscaped(src))\" alt=\"\(Self.htmlEscaped(alt))\">".utf8)
                    }
                }
            case .a:
                if options.includeLinks, let href = document.attribute(.href, of: i), let url = context.resolver.resolve(href) {
                    switch style {
                    case .markdown: stack.append(Open(end: end, open: [0x5B], close: Array("](\(Self.markdownURL(url)))".utf8), written: false))
                    case .html: stack.append(Open(end: end, open: Array("<a href=\"\(Self.htmlEscaped(url))\">".utf8), close: Array("</a>".utf8), written: false))
                    }
                } else {
                    stack.append(Open(end: end, open: [], close: [], written: false))
                }
            case .strong, .b:
                stack.append(marker(end, "**", "strong"))
            case .em, .i, .cite, .dfn:
                stack.append(marker(end, "*", "em"))
            case .del, .s, .strike:
                stack.append(marker(end, "~~", "del"))
            case .sub, .sup:
                stack.append(style == .html && options.includeFormatting ? marker(end, "", node.tag.name) : Open(end: end, open: [], close: [], written: false))
            case .code, .kbd, .samp, .tt, .var:
                guard !verbatim, codeDepth == 0 else {
                    stack.append(Open(end: end, open: [], close: [], written: false))
                    break
                }
                codeDepth += 1
                switch style {
                case .markdown: stack.append(Open(end: end, open: [0x60], close: [0x60], written: false, codeStart: 0, isCode: true))
                case .html: stack.append(Open(end: end, open: Array("<code>".utf8), close: Array("</code>".utf8), written: false, isCode: true))
                }
            default:
                stack.append(Open(end: end, open: [], close: [], written: false))
            }
            i += 1
        }
        while let top = stack.popLast() { close(top) }
        while let last = out.last, last == 0x20 || last == 0x0A { out.removeLast() }
        if verbatim { while let first = out.first, first == 0x0A || first == 0x0D { out.removeFirst() } }
        return String(decoding: out, as: UTF8.self)
    }

    private func marker(_ end: Int, _ markdown: String, _ tag: String) -> Open {
        guard options.includeFormatting, !markdown.isEmpty || style == .html else { return Open(end: end, open: [], close: [], written: false) }
        switch style {
        case .markdown: return Open(end: end, open: Array(markdown.utf8), close: Array(markdown.utf8), written: false)
        case .html: return Open(end: end, open: Array("<\(tag)>".utf8), close: Array("</\(tag)>".utf8), written: false)
        }
    }

    private func imageSource(_ i: Int) -> String? {
        for name in [AttributeName.src, .dataSrc, .dataLazySrc, .dataOriginal] {
            if let v = document.attribute(name, of: i), !v.trimmingSpaces().isEmpty, let url = context.resolver.resolve(v) { return url }
        }
        return nil
    }

    private func appendEscaped(_ byte: UInt8, into out: inout [UInt8], inCode: Bool) {
        switch style {
        case .markdown:
            if !inCode, Self.markdownSpecial.contains(byte) { out.append(0x5C) }
            out.append(byte)
        case .html:
            switch byte {
            case 0x26: out += Array("&amp;".utf8)
            case 0x3C: out += Array("&lt;".utf8)
            case 0x3E: out += Array("&gt;".utf8)
            default: out.append(byte)
            }
        }
    }

    /// Characters that Markdown would read as markup inside a line.
    static let markdownSpecial: Set<UInt8> = Set("\\`*_[]<>|~".utf8)

    static func markdownEscaped(_ s: String) -> String {
        var out = ""
        for ch in s {
            if let a = ch.asciiValue, markdownSpecial.contains(a) { out.append("\\") }
            out.append(ch)
        }
        return out
    }

    static func markdownURL(_ url: String) -> String {
        url.replacingOccurrences(of: " ", with: "%20").replacingOccurrences(of: "(", with: "%28").replacingOccurrences(of: ")", with: "%29")
    }

    static func htmlEscaped(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for ch in s {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(ch)
            }
        }
        return out
    }
}
