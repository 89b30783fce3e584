/// An HTML element name, interned when the tree is built so that rules compare integers.
///
/// Names Winnow has no rule for become ``other``; their text still counts.
public enum Tag: UInt8, Sendable, CaseIterable {
    case text = 0  // a text node, not an element
    case other
    case html, head, body, title, meta, link, base, style, script, noscript, template
    case div, span, p, br, hr, a, img, picture, source, figure, figcaption
    case h1, h2, h3, h4, h5, h6, hgroup
    case ul, ol, li, dl, dt, dd, menu
    case table, caption, thead, tbody, tfoot, tr, th, td, colgroup, col
    case pre, code, kbd, samp, `var`, tt
    case blockquote, q, cite, address
    case b, strong, i, em, u, s, strike, del, ins, mark, small, big, sub, sup, abbr, time, font, center
    case article, main, section, aside, nav, header, footer, details, summary, dialog
    case form, input, button, select, option, optgroup, textarea, label, fieldset, legend, output
    case iframe, frame, frameset, object, embed, param, video, audio, track, canvas, map, area
    case svg, math
    case wbr, data, ruby, rt, rp, bdi, bdo, dfn
    case blink, marquee, nobr, acronym, xmp, listing, plaintext
}

extension Tag {
    /// Looks a lower-case element name up; libxml2's HTML parser has already lower-cased it.
    static func named(_ name: UnsafeBufferPointer<UInt8>) -> Tag {
        guard name.count <= 10 else { return .other }
        var key: UInt64 = 0
        for byte in name { key = key &<< 8 | UInt64(byte | 0x20) }
        // Binary search of the sorted keys: no hashing, no allocation.
        let table = lookup
        var low = 0
        var high = table.keys.count
        while low < high {
            let middle = (low + high) >> 1
            let k = table.keys[middle]
            if k == key { return table.tags[middle] }
            if k < key { low = middle + 1 } else { high = middle }
        }
        return .other
    }

    /// Every named tag's key (its name's bytes packed into an integer), sorted, and the tags
    /// in the same order.
    private static let lookup: (keys: [UInt64], tags: [Tag]) = {
        var pairs: [(UInt64, Tag)] = []
        for tag in Tag.allCases where tag != .text && tag != .other {
            var key: UInt64 = 0
            for byte in tag.name.utf8 { key = key &<< 8 | UInt64(byte) }
            pairs.append((key, tag))
        }
        pairs.sort { $0.0 < $1.0 }
        return (pairs.map(\.0), pairs.map(\.1))
    }()

    /// The element's name as written in HTML.
    public var name: String {
        switch self {
        case .text: return "#text"
        case .other: return "#other"
        case .var: return "var"
        default: return String(describing: self)
        }
    }

    /// Elements that start a new block of text (a line break in rendered output).
    public var isBlock: Bool {
        switch self {
        case .html, .body, .div, .p, .hr, .figure, .figcaption, .h1, .h2, .h3, .h4, .h5, .h6, .hgroup,
             .ul, .ol, .li, .dl, .dt, .dd, .menu, .table, .caption, .thead, .tbody, .tfoot, .tr, .th, .td,
             .pre, .blockquote, .address, .center, .article, .main, .section, .aside, .nav, .header,
             .footer, .details, .summary, .dialog, .form, .fieldset, .legend, .listing, .xmp, .plaintext,
             .frameset:
            return true
        default:
            return false
        }
    }

    /// The elements of a table's structure.
    public var isTablePart: Bool {
        switch self {
        case .table, .caption, .thead, .tbody, .tfoot, .tr, .th, .td: return true
        default: return false
        }
    }

    /// Headings `h1` to `h6`.
    public var isHeading: Bool { rawValue >= Tag.h1.rawValue && rawValue <= Tag.h6.rawValue }

    /// Elements whose text is never page content: code, styling, embedded or interactive
    /// widgets. Their subtrees are removed before anything is scored.
    public var isNeverContent: Bool {
        switch self {
        case .head, .title, .meta, .link, .base, .style, .script, .template, .input, .button,
             .select, .option, .optgroup, .textarea, .output, .iframe, .frame, .frameset, .object, .embed,
             .param, .video, .audio, .track, .canvas, .map, .area, .svg, .math, .dialog, .rp:
            return true
        default:
            return false
        }
    }
}
