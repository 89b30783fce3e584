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

    static func named(_ name: UnsafeBufferPointer<UInt8>) -> AttributeName? {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in name { hash = (hash ^ UInt64(byte | 0x20)) &* 0x100_0000_01b3 }
        // Binary search of the sorted hashes: no second hashing, no allocation.
        let table = lookup
        var low = 0
        var high = table.hashes.count
        while low < high {
            let middle = (low + high) >> 1
            let h = table.hashes[middle]
            if h == hash { return table.names[middle] }
            if h < hash { low = middle + 1 } else { high = middle }
        }
        return nil
    }

    /// The hashes ``named(_:)`` looks names up by, sorted: the preparation pass leaves out of
    /// libxml2's input every attribute whose name hashes to none of them, exactly those the
    /// SAX builder would not copy (see `winnow_prepare_utf8`).
    static var sortedHashes: [UInt64] { lookup.hashes }

    /// The hash of every name, sorted, and the names in the same order.
    private static let lookup: (hashes: [UInt64], names: [AttributeName]) = {
        var pairs: [(UInt64, AttributeName)] = []
        for attribute in AttributeName.allCases {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in attribute.htmlName.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
            pairs.append((hash, attribute))
        }
        pairs.sort { $0.0 < $1.0 }
        return (pairs.map(\.0), pairs.map(\.1))
    }()
}
