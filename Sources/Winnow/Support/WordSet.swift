/// An open-addressing hash set of word hashes (see ``WordHash``). Swift's `Set` runs
/// SipHash on every lookup; the keys here are already well-mixed 64-bit hashes, so one
/// multiply picks the slot. Lookups sit in the per-word inner loop of the text scan.
struct WordSet: Sendable {
    private var slots: [UInt64]
    private var shift: UInt64
    private(set) var count = 0

    init<S: Sequence>(_ hashes: S) where S.Element == UInt64 {
        let items = Array(hashes)
        var capacity = 16
        while capacity < items.count * 2 { capacity <<= 1 }
        slots = .init(repeating: 0, count: capacity)
        shift = UInt64(64 - capacity.trailingZeroBitCount)
        for item in items { insert(item) }
    }

    init() { self.init([]) }

    var isEmpty: Bool { count == 0 }

    @inline(__always)
    private func slot(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift) }

    private mutating func insert(_ hash: UInt64) {
        let key = hash == 0 ? 1 : hash
        var i = slot(key)
        while slots[i] != 0 {
            if slots[i] == key { return }
            i = (i + 1) & (slots.count - 1)
        }
        slots[i] = key
        count += 1
    }

    @inline(__always)
    func contains(_ hash: UInt64) -> Bool {
        let key = hash == 0 ? 1 : hash
        var i = slot(key)
        while true {
            let s = slots[i]
            if s == key { return true }
            if s == 0 { return false }
            i = (i + 1) & (slots.count - 1)
        }
    }
}

/// A read-only map from word hashes to values, with the same probing as ``WordSet``.
struct WordMap<Value: Sendable>: Sendable {
    private var keys: [UInt64]
    private var values: [Value?]
    private var shift: UInt64

    init(_ pairs: [(UInt64, Value)]) {
        var capacity = 16
        while capacity < pairs.count * 2 { capacity <<= 1 }
        keys = .init(repeating: 0, count: capacity)
        values = .init(repeating: nil, count: capacity)
        shift = UInt64(64 - capacity.trailingZeroBitCount)
        for (hash, value) in pairs {
            let key = hash == 0 ? 1 : hash
            var i = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
            while keys[i] != 0 && keys[i] != key { i = (i + 1) & (capacity - 1) }
            keys[i] = key
            values[i] = value
        }
    }

    @inline(__always)
    subscript(hash: UInt64) -> Value? {
        let key = hash == 0 ? 1 : hash
        var i = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while true {
            let k = keys[i]
            if k == key { return values[i] }
            if k == 0 { return nil }
            i = (i + 1) & (keys.count - 1)
        }
    }
}
