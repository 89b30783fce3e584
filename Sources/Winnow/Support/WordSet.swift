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

/// A growing map from word hashes to values, with the same probing as ``WordSet``: a page's
/// cache of what each distinct attribute value says (``NodeMarks``), where a `Dictionary`
/// ran SipHash over a key that is already a hash on every element.
struct WordCache<Value> {
    private var keys: [UInt64]
    private var values: [Value?]
    private var shift: UInt64
    private var count = 0
    /// The value for key 0, which marks an empty slot in `keys`.
    private var zeroValue: Value?

    init() {
        keys = .init(repeating: 0, count: 256)
        values = .init(repeating: nil, count: 256)
        shift = UInt64(64 - 8)
    }

    @inline(__always)
    private func slot(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift) }

    subscript(hash: UInt64) -> Value? {
        get {
            guard hash != 0 else { return zeroValue }
            var i = slot(hash)
            while true {
                let k = keys[i]
                if k == hash { return values[i] }
                if k == 0 { return nil }
                i = (i + 1) & (keys.count - 1)
            }
        }
        set {
            guard hash != 0 else { zeroValue = newValue; return }
            guard let newValue else { preconditionFailure("WordCache keeps values; it never removes them") }
            if 2 * (count + 1) > keys.count { grow() }
            var i = slot(hash)
            while keys[i] != 0 && keys[i] != hash { i = (i + 1) & (keys.count - 1) }
            if keys[i] == 0 { count += 1 }
            keys[i] = hash
            values[i] = newValue
        }
    }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        keys = .init(repeating: 0, count: oldKeys.count * 2)
        values = .init(repeating: nil, count: oldKeys.count * 2)
        shift -= 1
        for (i, key) in oldKeys.enumerated() where key != 0 {
            var j = slot(key)
            while keys[j] != 0 { j = (j + 1) & (keys.count - 1) }
            keys[j] = key
            values[j] = oldValues[i]
        }
    }
}
