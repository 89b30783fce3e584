/// A parsed page, built from libxml2's parse events into flat Swift arrays.
///
/// Nodes are stored in document (pre-order) order, so a subtree is the index range
/// `i ..< nodes[i].end`, and walking the page is a loop over an array. Text and attribute
/// values live in two byte buffers; nothing here refers to C memory.
public struct Document: Sendable {
    /// One element or text node.
    public struct Node: Sendable {
        /// The element's name, or ``Tag/text`` for a text node.
        public var tag: Tag
        /// Depth below the root element (the root is 0).
        public var depth: UInt16
        /// Index of the parent node, or -1 for the root.
        public var parent: Int32
        /// One past the index of the last node in this node's subtree.
        public var end: Int32
        /// Text nodes: start of their bytes in ``Document/text``. Elements: first attribute.
        var start: Int32
        /// Text nodes: byte count. Elements: attribute count.
        var count: Int32
    }

    /// A copied attribute: its name and where its value sits in ``Document/attributeBytes``.
    struct Attribute: Sendable {
        var name: AttributeName
        var start: Int32
        var count: Int32
    }

    /// All nodes in document order; index 0 is the root element.
    public internal(set) var nodes: [Node] = []
    /// The UTF-8 bytes of every text node, back to back.
    public internal(set) var text: [UInt8] = []
    var attributes: [Attribute] = []
    var attributeBytes: [UInt8] = []
    /// Bytes of script bodies left out before the parse (code Winnow never reads); they still
    /// count when telling a script-built page from a short one.
    var removedScriptBytes = 0
    /// How the page's bytes were decoded.
    public internal(set) var encoding: DetectedEncoding = .init(name: "UTF-8", source: .assumed)

    /// The number of nodes.
    public var count: Int { nodes.count }

    /// Whether the page has no element at all.
    public var isEmpty: Bool { nodes.isEmpty }
}

extension Document {
    /// The UTF-8 bytes of a text node (empty for elements).
    @inline(__always)
    public func textBytes(of index: Int) -> ArraySlice<UInt8> {
        let node = nodes[index]
        guard node.tag == .text else { return [] }
        return text[Int(node.start) ..< Int(node.start + node.count)]
    }

    /// The value of an attribute of an element, as bytes, or nil when absent.
    @inline(__always)
    public func attributeBytes(_ name: AttributeName, of index: Int) -> ArraySlice<UInt8>? {
        let node = nodes[index]
        guard node.tag != .text, node.count > 0 else { return nil }
        for a in Int(node.start) ..< Int(node.start + node.count) where attributes[a].name == name {
            let attribute = attributes[a]
            return attributeBytes[Int(attribute.start) ..< Int(attribute.start + attribute.count)]
        }
        return nil
    }

    /// Whether an element carries an attribute.
    @inline(__always)
    public func hasAttribute(_ name: AttributeName, of index: Int) -> Bool {
        attributeBytes(name, of: index) != nil
    }

    /// The value of an attribute of an element, or nil when absent.
    public func attribute(_ name: AttributeName, of index: Int) -> String? {
        attributeBytes(name, of: index).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The concatenated raw text of a subtree, whitespace as in the source.
    public func rawText(of index: Int) -> String {
        var bytes: [UInt8] = []
        for i in index ..< Int(nodes[index].end) where nodes[i].tag == .text {
            bytes.append(contentsOf: textBytes(of: i))
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The text of a subtree with runs of whitespace collapsed to one space and trimmed.
    public func normalizedText(of index: Int) -> String {
        var bytes: [UInt8] = []
        var pendingSpace = false
        // Ends of the open block elements, innermost last: leaving a block separates words as
        // entering one does (`<p>Ann Lee</p><small>May 2</small>` is two phrases, not "LeeMay").
        var blockEnds: [Int32] = []
        for i in index ..< Int(nodes[index].end) {
            while let last = blockEnds.last, last <= Int32(i) {
                blockEnds.removeLast()
                pendingSpace = true
            }
            let tag = nodes[i].tag
            if tag == .text {
                for byte in textBytes(of: i) {
                    if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C {
                        pendingSpace = true
                    } else {
                        if pendingSpace && !bytes.isEmpty { bytes.append(0x20) }
                        pendingSpace = false
                        bytes.append(byte)
                    }
                }
            } else if tag.isBlock {
                pendingSpace = true
                blockEnds.append(nodes[i].end)
            } else if tag == .br {
                pendingSpace = true
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Indexes of the element children of a node, in order.
    public func children(of index: Int) -> [Int] {
        var result: [Int] = []
        var i = index + 1
        let end = Int(nodes[index].end)
        while i < end {
            result.append(i)
            i = Int(nodes[i].end)
        }
        return result
    }

    /// The first element with a given tag, searching the whole document in order.
    public func first(_ tag: Tag) -> Int? {
        nodes.firstIndex { $0.tag == tag }
    }
}
