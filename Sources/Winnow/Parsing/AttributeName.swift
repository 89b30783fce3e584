/// Attribute names Winnow reads. Others are not copied out of libxml2's parse events.
public enum AttributeName: UInt8, Sendable, CaseIterable {
    case `class`, id, role, itemprop, itemtype, itemscope, href, src, srcset, alt, title, lang
    case hidden, ariaHidden, ariaLabel, style, datetime, content, name, property, rel, type
    case colspan, rowspan, start, dir, charset, httpEquiv, dataSrc, dataLazySrc, dataOriginal
    case popover, ariaLevel

    /// The name as written in HTML.
    public var htmlName: String {
        switch self {
        case .ariaHidden: return "aria-hidden"
        case .ariaLabel: return "aria-label"
        case .ariaLevel: return "aria-level"
        case .httpEquiv: return "http-equiv"
        case .dataSrc: return "data-src"
        case .dataLazySrc: return "data-lazy-src"
        case .dataOriginal: return "data-original"
        default: return String(describing: self)
        }
    }

    /// The FNV-1a hash of a name's bytes with 0x20 set in each (capitals folded; the names'
    /// own bytes, lower-case letters and `-`, are unchanged by it), as the shim computes it.
    @inline(__always)
    static func nameHash<Bytes: Sequence<UInt8>>(_ name: Bytes) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in name { hash = (hash ^ UInt64(byte | 0x20)) &* 0x100_0000_01b3 }
        return hash
    }

    /// The attribute whose name (capitals folded) has this ``nameHash(_:)``.
    ///
    /// A `switch` over the hashes, which the compiler turns into a search of its own: the
    /// sorted table in a `static let` cost a `swift_once` and the table's reference counts for
    /// every attribute of every page. A test checks every name finds its attribute.
    static func named(_ name: UnsafeBufferPointer<UInt8>) -> AttributeName? {
        switch nameHash(name) {
        case 0x0460DFAD9060B275: return .lang  // lang
        case 0x06B449FAC3C911B0: return .datetime  // datetime
        case 0x08B72E07B55C3AC0: return .id  // id
        case 0x2B023DD92EA5077F: return .ariaHidden  // aria-hidden
        case 0x420C75B526B35282: return .content  // content
        case 0x58DA6B1CCD7C4488: return .property  // property
        case 0x5C9EAC383244CDE2: return .itemscope  // itemscope
        case 0x5F1009F6A5C3C107: return .itemprop  // itemprop
        case 0x603A7A79E6B03A2F: return .ariaLevel  // aria-level
        case 0x78CDC5FA1863C87A: return .popover  // popover
        case 0x825994195CFB21C9: return .src  // src
        case 0x89E9C61960F4CFB4: return .rel  // rel
        case 0x8A3EAB78034977EB: return .charset  // charset
        case 0x904A920D778A4A86: return .httpEquiv  // http-equiv
        case 0x9AB8EDCC20799138: return .href  // href
        case 0xA000C4DF231528B9: return .hidden  // hidden
        case 0xA358EC1FF0C833B9: return .role  // role
        case 0xA79439EF7BFA9C2D: return .type  // type
        case 0xAFDCEBFFFA777F55: return .colspan  // colspan
        case 0xB3778AFE35E8088F: return .rowspan  // rowspan
        case 0xB9582A549F184E5F: return .srcset  // srcset
        case 0xBF7282ADBC7013F6: return .style  // style
        case 0xC237F3202AA6B60E: return .dataSrc  // data-src
        case 0xC4BCADBA8E631B86: return .name  // name
        case 0xC65306E8BAD02397: return .dataOriginal  // data-original
        case 0xCAA83E18F46E5F54: return .dir  // dir
        case 0xD11655952FCBAB9F: return .`class`  // class
        case 0xDA31296C0C1B6029: return .title  // title
        case 0xE3FEB65B656B78B7: return .ariaLabel  // aria-label
        case 0xE6F0A3190519E83C: return .alt  // alt
        case 0xE75CCA2C0278AA19: return .dataLazySrc  // data-lazy-src
        case 0xEE5D97AD45AD251F: return .start  // start
        case 0xFF4F13D3AC438B16: return .itemtype  // itemtype
        default: return nil
        }
    }

    /// The hashes ``named(_:)`` looks names up by, sorted: the preparation pass leaves out of
    /// libxml2's input every attribute whose name hashes to none of them, exactly those the
    /// SAX builder would not copy (see `winnow_prepare_utf8`).
    static let sortedHashes: [UInt64] = allCases.map { nameHash($0.htmlName.utf8) }.sorted()
}
