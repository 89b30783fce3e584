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
    ///
    /// The name's bytes packed into an integer (the last eight of a longer name) are matched
    /// by a `switch` over the constants, which the compiler turns into a search of its own:
    /// a sorted table in a `static let` cost a `swift_once` and the table's reference counts
    /// for every element of every page. A test checks every tag's name finds it.
    static func named(_ name: UnsafeBufferPointer<UInt8>) -> Tag {
        guard name.count <= 10 else { return .other }
        var key: UInt64 = 0
        for byte in name { key = key &<< 8 | UInt64(byte | 0x20) }
        return tag(forKey: key)
    }

    /// The tag whose name packs into `key`, `.other` for none.
    private static func tag(forKey key: UInt64) -> Tag {
        switch key {
        case 0x61: return .a  // a
        case 0x62: return .b  // b
        case 0x69: return .i  // i
        case 0x70: return .p  // p
        case 0x71: return .q  // q
        case 0x73: return .s  // s
        case 0x75: return .u  // u
        case 0x6272: return .br  // br
        case 0x6464: return .dd  // dd
        case 0x646C: return .dl  // dl
        case 0x6474: return .dt  // dt
        case 0x656D: return .em  // em
        case 0x6831: return .h1  // h1
        case 0x6832: return .h2  // h2
        case 0x6833: return .h3  // h3
        case 0x6834: return .h4  // h4
        case 0x6835: return .h5  // h5
        case 0x6836: return .h6  // h6
        case 0x6872: return .hr  // hr
        case 0x6C69: return .li  // li
        case 0x6F6C: return .ol  // ol
        case 0x7270: return .rp  // rp
        case 0x7274: return .rt  // rt
        case 0x7464: return .td  // td
        case 0x7468: return .th  // th
        case 0x7472: return .tr  // tr
        case 0x7474: return .tt  // tt
        case 0x756C: return .ul  // ul
        case 0x626469: return .bdi  // bdi
        case 0x62646F: return .bdo  // bdo
        case 0x626967: return .big  // big
        case 0x636F6C: return .col  // col
        case 0x64656C: return .del  // del
        case 0x64666E: return .dfn  // dfn
        case 0x646976: return .div  // div
        case 0x696D67: return .img  // img
        case 0x696E73: return .ins  // ins
        case 0x6B6264: return .kbd  // kbd
        case 0x6D6170: return .map  // map
        case 0x6E6176: return .nav  // nav
        case 0x707265: return .pre  // pre
        case 0x737562: return .sub  // sub
        case 0x737570: return .sup  // sup
        case 0x737667: return .svg  // svg
        case 0x766172: return .`var`  // var
        case 0x776272: return .wbr  // wbr
        case 0x786D70: return .xmp  // xmp
        case 0x61626272: return .abbr  // abbr
        case 0x61726561: return .area  // area
        case 0x62617365: return .base  // base
        case 0x626F6479: return .body  // body
        case 0x63697465: return .cite  // cite
        case 0x636F6465: return .code  // code
        case 0x64617461: return .data  // data
        case 0x666F6E74: return .font  // font
        case 0x666F726D: return .form  // form
        case 0x68656164: return .head  // head
        case 0x68746D6C: return .html  // html
        case 0x6C696E6B: return .link  // link
        case 0x6D61696E: return .main  // main
        case 0x6D61726B: return .mark  // mark
        case 0x6D617468: return .math  // math
        case 0x6D656E75: return .menu  // menu
        case 0x6D657461: return .meta  // meta
        case 0x6E6F6272: return .nobr  // nobr
        case 0x72756279: return .ruby  // ruby
        case 0x73616D70: return .samp  // samp
        case 0x7370616E: return .span  // span
        case 0x74696D65: return .time  // time
        case 0x6173696465: return .aside  // aside
        case 0x617564696F: return .audio  // audio
        case 0x626C696E6B: return .blink  // blink
        case 0x656D626564: return .embed  // embed
        case 0x6672616D65: return .frame  // frame
        case 0x696E707574: return .input  // input
        case 0x6C6162656C: return .label  // label
        case 0x706172616D: return .param  // param
        case 0x736D616C6C: return .small  // small
        case 0x7374796C65: return .style  // style
        case 0x7461626C65: return .table  // table
        case 0x74626F6479: return .tbody  // tbody
        case 0x74666F6F74: return .tfoot  // tfoot
        case 0x7468656164: return .thead  // thead
        case 0x7469746C65: return .title  // title
        case 0x747261636B: return .track  // track
        case 0x766964656F: return .video  // video
        case 0x627574746F6E: return .button  // button
        case 0x63616E766173: return .canvas  // canvas
        case 0x63656E746572: return .center  // center
        case 0x6469616C6F67: return .dialog  // dialog
        case 0x666967757265: return .figure  // figure
        case 0x666F6F746572: return .footer  // footer
        case 0x686561646572: return .header  // header
        case 0x6867726F7570: return .hgroup  // hgroup
        case 0x696672616D65: return .iframe  // iframe
        case 0x6C6567656E64: return .legend  // legend
        case 0x6F626A656374: return .object  // object
        case 0x6F7074696F6E: return .option  // option
        case 0x6F7574707574: return .output  // output
        case 0x736372697074: return .script  // script
        case 0x73656C656374: return .select  // select
        case 0x736F75726365: return .source  // source
        case 0x737472696B65: return .strike  // strike
        case 0x7374726F6E67: return .strong  // strong
        case 0x6163726F6E796D: return .acronym  // acronym
        case 0x61646472657373: return .address  // address
        case 0x61727469636C65: return .article  // article
        case 0x63617074696F6E: return .caption  // caption
        case 0x64657461696C73: return .details  // details
        case 0x6C697374696E67: return .listing  // listing
        case 0x6D617271756565: return .marquee  // marquee
        case 0x70696374757265: return .picture  // picture
        case 0x73656374696F6E: return .section  // section
        case 0x73756D6D617279: return .summary  // summary
        case 0x636F6C67726F7570: return .colgroup  // colgroup
        case 0x6669656C64736574: return .fieldset  // fieldset
        case 0x6672616D65736574: return .frameset  // frameset
        case 0x6763617074696F6E: return .figcaption  // figcaption
        case 0x6C61696E74657874: return .plaintext  // plaintext
        case 0x6E6F736372697074: return .noscript  // noscript
        case 0x6F636B71756F7465: return .blockquote  // blockquote
        case 0x6F707467726F7570: return .optgroup  // optgroup
        case 0x74656D706C617465: return .template  // template
        case 0x7465787461726561: return .textarea  // textarea
        default: return .other
        }
    }

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
