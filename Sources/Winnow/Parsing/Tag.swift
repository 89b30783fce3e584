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
        return byKey[key] ?? .other
    }

    private static let byKey: [UInt64: Tag] = {
        var table: [UInt64: Tag] = [:]
        for tag in Tag.allCases where tag != .text && tag != .other {
            var key: UInt64 = 0
            for byte in tag.name.utf8 { key = key &<< 8 | UInt64(byte) }
            table[key] = tag
        }
        return table
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
    public var isBlock: Bool { Tag.blockSet[Int(rawValue)] }

    /// Headings `h1` to `h6`.
    public var isHeading: Bool { rawValue >= Tag.h1.rawValue && rawValue <= Tag.h6.rawValue }

    /// Elements whose text is never page content: code, styling, embedded or interactive
    /// widgets. Their subtrees are removed before anything is scored.
    public var isNeverContent: Bool { Tag.neverContentSet[Int(rawValue)] }

    private static let blockSet: [Bool] = table([
        .html, .body, .div, .p, .hr, .figure, .figcaption, .h1, .h2, .h3, .h4, .h5, .h6, .hgroup,
        .ul, .ol, .li, .dl, .dt, .dd, .menu, .table, .caption, .thead, .tbody, .tfoot, .tr, .th, .td,
        .pre, .blockquote, .address, .center, .article, .main, .section, .aside, .nav, .header,
        .footer, .details, .summary, .dialog, .form, .fieldset, .legend, .listing, .xmp, .plaintext,
        .frameset,
    ])

    private static let neverContentSet: [Bool] = table([
        .head, .title, .meta, .link, .base, .style, .script, .template, .input, .button,
        .select, .option, .optgroup, .textarea, .output, .iframe, .frame, .frameset, .object, .embed,
        .param, .video, .audio, .track, .canvas, .map, .area, .svg, .math, .dialog, .rp,
    ])

    private static func table(_ tags: [Tag]) -> [Bool] {
        var flags = [Bool](repeating: false, count: Tag.allCases.count)
        for tag in tags { flags[Int(tag.rawValue)] = true }
        return flags
    }
}
