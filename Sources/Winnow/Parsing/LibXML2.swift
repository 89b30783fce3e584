internal import CLibXML2

/// The calls into libxml2, iconv and zlib. Every pointer obtained here is released here.
enum LibXML2 {
    /// libxml2 wants `xmlInitParser` once, before any thread parses.
    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    /// Converts bytes in a legacy encoding to UTF-8, or returns nil when iconv lacks it.
    static func convert(_ bytes: [UInt8], dropping prefix: Int, from charset: String) -> [UInt8]? {
        bytes.withUnsafeBufferPointer { buffer -> [UInt8]? in
            var length = 0
            let base = buffer.baseAddress.map { $0 + prefix }
            guard let base, let out = winnow_iconv_to_utf8(charset, base, buffer.count - prefix, &length) else {
                return buffer.count == prefix ? [] : nil
            }
            defer { free(out) }
            return Array(UnsafeBufferPointer(start: out, count: length))
        }
    }

    /// Inflates gzip bytes.
    static func gunzip(_ bytes: [UInt8], limit: Int) throws -> [UInt8] {
        try bytes.withUnsafeBufferPointer { buffer in
            var length = 0
            var status: Int32 = 0
            guard let out = winnow_gunzip(buffer.baseAddress, buffer.count, limit, &length, &status) else {
                if status == 2 { throw WinnowError.tooLarge(bytes: limit + 1, limit: limit) }
                throw WinnowError.corruptCompression
            }
            defer { free(out) }
            return Array(UnsafeBufferPointer(start: out, count: length))
        }
    }

    /// Parses UTF-8 bytes with libxml2 and builds a ``Document`` from its SAX events.
    static func buildDocument(utf8: [UInt8]) throws -> Document {
        _ = initialized
        guard utf8.count < Int(Int32.max) else { throw WinnowError.tooLarge(bytes: utf8.count, limit: Int(Int32.max)) }
        var builder = SAXTreeBuilder(sizeHint: utf8.count)
        let status = withUnsafeMutablePointer(to: &builder) { user in
            utf8.withUnsafeBufferPointer { buffer in
                buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { bytes in
                    withUnsafePointer(to: SAXTreeBuilder.callbacks) {
                        winnow_sax_parse_utf8(bytes, Int32(buffer.count), $0, user)
                    }
                }
            }
        }
        guard status == 0, builder.started else { throw WinnowError.parseFailed }
        return builder.finish()
    }
}

/// Builds a ``Document`` straight from libxml2's SAX events, without a libxml2 tree.
///
/// The result is the tree libxml2's own tree builder (SAX2.c) would have made, restricted to
/// the root element's subtree, with comments and processing instructions left out and the
/// attributes of ``AttributeName`` only: the callbacks push a placeholder
/// on the parser's node stack (`nodePush`/`nodePop`), so that its depth limit and the pops it
/// makes by itself (a start tag cut off by the end of input) apply as they did; elements are
/// named after the part of their name behind the first colon (`o:p` is a `p`), as
/// `xmlSplitQName` names them; top-level elements after the root become its children only when
/// the root is the document's first child, and are dropped otherwise; text outside the root is
/// dropped; adjacent text (split by comments or CDATA) is one text node.
private struct SAXTreeBuilder {
    private var document = Document()
    /// libxml2's node stack, mirrored: a recorded element's index, or -1 for one outside the
    /// root's subtree.
    private var stack: [Int32] = []
    /// Whether libxml2 made a document (its startDocument event).
    private(set) var started = false
    /// The document node's first child, which decides where top-level elements after the
    /// root go.
    private var firstChild = FirstChild.none
    private var hasDoctype = false
    /// The text node libxml2 is appending to (the current element's last child), for its
    /// size limit: its type (0: none, 1: text, 2: CDATA) and length.
    private var textType = 0
    private var textLength = 0

    private enum FirstChild { case none, root, other }

    init(sizeHint: Int) {
        document.text.reserveCapacity(sizeHint / 2)
        document.nodes.reserveCapacity(sizeHint / 40)
        stack.reserveCapacity(64)
    }

    /// Closes what is still open and returns the document.
    mutating func finish() -> Document {
        while !stack.isEmpty { pop() }
        if !document.nodes.isEmpty { document.nodes[0].end = Int32(document.nodes.count) }
        return document
    }

    /// The callbacks the shim's SAX handler calls; `builder` is a `SAXTreeBuilder`.
    static let callbacks = winnow_sax_callbacks(
        start_document: { b in builder(b).pointee.started = true },
        doctype: { b in builder(b).pointee.doctype() },
        start_element: { b, ctxt, name, attributes in builder(b).pointee.startElement(ctxt!, name, attributes) },
        end_element: { b, ctxt in builder(b).pointee.endElement(ctxt!) },
        text: { b, ctxt, bytes, length, type in builder(b).pointee.text(ctxt!, bytes, length, type: Int(type)) },
        other_node: { b, ctxt in builder(b).pointee.otherNode(ctxt!) })

    @inline(__always)
    private static func builder(_ b: UnsafeMutableRawPointer?) -> UnsafeMutablePointer<SAXTreeBuilder> {
        b.unsafelyUnwrapped.assumingMemoryBound(to: SAXTreeBuilder.self)
    }

    /// Catches up with pops libxml2 made on its own node stack.
    @inline(__always)
    private mutating func sync(_ ctxt: UnsafeMutableRawPointer) {
        let depth = Int(winnow_sax_depth(ctxt))
        while stack.count > depth { pop() }
    }

    @inline(__always)
    private mutating func pop() {
        let index = stack.removeLast()
        if index >= 0 { document.nodes[Int(index)].end = Int32(document.nodes.count) }
        textType = 0
    }

    mutating func doctype() {
        // xmlSAX2InternalSubset: the first doctype is put first among the document's children.
        guard started, !hasDoctype else { return }
        hasDoctype = true
        firstChild = .other
    }

    mutating func otherNode(_ ctxt: UnsafeMutableRawPointer) {
        guard started else { return }
        sync(ctxt)
        if stack.isEmpty {
            if firstChild == .none { firstChild = .other }
        } else {
            textType = 0
        }
    }

    mutating func startElement(
        _ ctxt: UnsafeMutableRawPointer, _ fullName: UnsafePointer<xmlChar>?,
        _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
    ) {
        guard started, let fullName else { return }
        sync(ctxt)
        textType = 0
        // Where xmlSAX2StartElement links the element.
        var parent: Int32 = -1
        var record = true
        if let top = stack.last {
            parent = top
            record = top >= 0
        } else {
            switch firstChild {
            case .none: firstChild = .root
            case .root: parent = 0
            case .other: record = document.nodes.isEmpty
            }
        }
        guard winnow_sax_push(ctxt) >= 0 else { return }
        guard record else {
            stack.append(-1)
            return
        }
        let index = Int32(document.nodes.count)
        let firstAttribute = Int32(document.attributes.count)
        if var a = attributes {
            while let name = a[0] {
                let value = a[1]
                if let attribute = AttributeName.named(UnsafeBufferPointer(start: name, count: strlen(name))) {
                    let start = Int32(document.attributeBytes.count)
                    // A valueless boolean attribute (`checked`) gets its own name as its value.
                    if let bytes = value ?? (htmlIsBooleanAttr(name) != 0 ? name : nil) {
                        document.attributeBytes.append(contentsOf: UnsafeBufferPointer(start: bytes, count: strlen(bytes)))
                    }
                    document.attributes.append(
                        .init(name: attribute, start: start, count: Int32(document.attributeBytes.count) - start))
                }
                a += 2
            }
        }
        document.nodes.append(.init(
            tag: Tag.named(SAXTreeBuilder.localName(fullName)),
            depth: parent < 0 ? 0 : document.nodes[Int(parent)].depth &+ 1, parent: parent, end: index + 1,
            start: firstAttribute, count: Int32(document.attributes.count) - firstAttribute))
        stack.append(index)
    }

    /// The element name xmlSplitQName leaves: what follows the first colon, unless the name
    /// starts or ends with it.
    @inline(__always)
    private static func localName(_ name: UnsafePointer<xmlChar>) -> UnsafeBufferPointer<UInt8> {
        let length = strlen(name)
        guard name[0] != 0x3A else { return UnsafeBufferPointer(start: name, count: length) }
        var i = 1
        while i < length - 1 {
            if name[i] == 0x3A { return UnsafeBufferPointer(start: name + i + 1, count: length - i - 1) }
            i += 1
        }
        return UnsafeBufferPointer(start: name, count: length)
    }

    mutating func endElement(_ ctxt: UnsafeMutableRawPointer) {
        guard started else { return }
        sync(ctxt)
        winnow_sax_pop(ctxt)
        sync(ctxt)
        textType = 0
    }

    mutating func text(_ ctxt: UnsafeMutableRawPointer, _ bytes: UnsafePointer<xmlChar>?, _ length: Int32, type: Int) {
        sync(ctxt)
        guard let top = stack.last, let bytes else { return }
        let count = Int(length)
        // xmlSAX2Text appends to a last child of the same type, up to its size limit.
        if textType == type {
            if textLength + count > winnow_max_text_length() {
                winnow_sax_fail_huge_text(ctxt)
                return
            }
            textLength += count
        } else {
            textType = type
            textLength = count
        }
        guard top >= 0, count > 0 else { return }
        if let last = document.nodes.last, last.tag == .text, last.parent == top,
           Int(last.start + last.count) == document.text.count {
            document.text.append(contentsOf: UnsafeBufferPointer(start: bytes, count: count))
            document.nodes[document.nodes.count - 1].count += length
            return
        }
        let index = Int32(document.nodes.count)
        let start = Int32(document.text.count)
        document.text.append(contentsOf: UnsafeBufferPointer(start: bytes, count: count))
        document.nodes.append(.init(
            tag: .text, depth: document.nodes[Int(top)].depth &+ 1, parent: top, end: index + 1,
            start: start, count: length))
    }
}
