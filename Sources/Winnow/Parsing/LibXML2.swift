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

    /// Whether bytes are UTF-8, and whether any character in them takes several bytes.
    static func scanUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> (valid: Bool, multiByte: Bool) {
        guard let base = bytes.baseAddress else { return (true, false) }
        let verdict = winnow_utf8_scan(base, bytes.count)
        return (verdict.valid != 0, verdict.multi_byte != 0)
    }

    /// Parses UTF-8 bytes with libxml2 and copies the tree into a ``Document``.
    ///
    /// The bytes are first prepared in one pass (NULs dropped, malformed sequences replaced,
    /// bodies of styles and of scripts Winnow never reads emptied; see `winnow_prepare_utf8`).
    /// - Throws: ``WinnowError/emptyInput`` when nothing but white space is left.
    static func buildDocument(utf8: UnsafeBufferPointer<UInt8>) throws -> Document {
        _ = initialized
        guard utf8.count < Int(Int32.max) else { throw WinnowError.tooLarge(bytes: utf8.count, limit: Int(Int32.max)) }
        var prepared = winnow_prepared()
        let status = keptScriptMarkers.withUnsafeBufferPointer { markers in
            winnow_prepare_utf8(utf8.baseAddress ?? UnsafePointer(bitPattern: 1)!, utf8.count, markers.baseAddress, &prepared)
        }
        guard status == 0, let bytes = prepared.bytes else { throw WinnowError.parseFailed }
        defer { free(bytes) }
        let length = prepared.length
        if UnsafeBufferPointer(start: bytes, count: length).allSatisfy(\.isASCIIWhitespace) { throw WinnowError.emptyInput }
        guard let doc = bytes.withMemoryRebound(to: CChar.self, capacity: length, {
            winnow_parse_utf8($0, Int32(length))
        }) else { throw WinnowError.parseFailed }
        defer { xmlFreeDoc(doc) }
        var builder = TreeCopier(sizeHint: length)
        if let root = xmlDocGetRootElement(doc) { builder.copy(from: root) }
        builder.document.removedScriptBytes = prepared.removed_script_bytes
        return builder.document
    }

    /// ``ScriptDataReader/bodyMarkers`` as the C list the preparation pass reads: each
    /// marker ended by a NUL, the list by an empty string.
    private static let keptScriptMarkers: [CChar] =
        ScriptDataReader.bodyMarkers.flatMap { $0.utf8.map { CChar(bitPattern: $0) } + [0] } + [0]
}

/// Walks libxml2's tree once, without recursion (pages nest deeply), and appends each
/// element and text node to the flat arrays of a ``Document``.
///
/// One repair on the way: libxml2 ignores `</button>` while a `<div>` opened inside the button
/// is still open (its end-tag priorities), so the rest of the page ends up inside the button,
/// which is never content. Browsers follow HTML5, where a button cannot contain a button: the
/// copier closes the open button when the next one starts, so what follows is outside again.
private struct TreeCopier {
    var document = Document()
    /// Open elements: their index in `document.nodes`.
    private var stack: [Int32] = []
    /// The libxml2 node of each open element, in step with `stack`. An element closed early
    /// by the button repair is no longer here when libxml2's walk leaves it.
    private var openNodes: [xmlNodePtr] = []

    init(sizeHint: Int) {
        document.text.reserveCapacity(sizeHint / 2)
        document.nodes.reserveCapacity(sizeHint / 40)
    }

    mutating func copy(from root: xmlNodePtr) {
        var current: xmlNodePtr? = root
        while let node = current {
            var descend = false
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                appendElement(node)
                descend = node.pointee.children != nil
                if !descend { close(node) }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                appendText(node)
            default:
                break  // comments, processing instructions, entity references
            }
            if descend {
                current = node.pointee.children
                continue
            }
            // Move to the next sibling, closing every element whose children are done.
            var climb: xmlNodePtr? = node
            current = nil
            while let c = climb {
                if c == root { break }
                if let next = c.pointee.next {
                    current = next
                    break
                }
                climb = c.pointee.parent
                if let parent = climb, parent.pointee.type == XML_ELEMENT_NODE { close(parent) }
                if climb == root { break }
            }
        }
        while let last = openNodes.last { close(last) }
    }

    private mutating func appendElement(_ node: xmlNodePtr) {
        let tag = node.pointee.name.map { name -> Tag in
            let length = strlen(UnsafeRawPointer(name).assumingMemoryBound(to: CChar.self))
            return Tag.named(UnsafeBufferPointer(start: name, count: length))
        } ?? .other
        if tag == .button { closeOpenButton() }
        let index = Int32(document.nodes.count)
        let firstAttribute = Int32(document.attributes.count)
        var attribute = node.pointee.properties
        while let a = attribute {
            if let rawName = a.pointee.name {
                let length = strlen(UnsafeRawPointer(rawName).assumingMemoryBound(to: CChar.self))
                if let name = AttributeName.named(UnsafeBufferPointer(start: rawName, count: length)) {
                    let start = Int32(document.attributeBytes.count)
                    var child = a.pointee.children
                    while let c = child {
                        if let content = c.pointee.content {
                            let n = strlen(UnsafeRawPointer(content).assumingMemoryBound(to: CChar.self))
                            document.attributeBytes.append(contentsOf: UnsafeBufferPointer(start: content, count: n))
                        }
                        child = c.pointee.next
                    }
                    document.attributes.append(.init(name: name, start: start, count: Int32(document.attributeBytes.count) - start))
                }
            }
            attribute = a.pointee.next
        }
        document.nodes.append(.init(
            tag: tag, depth: UInt16(clamping: stack.count), parent: stack.last ?? -1, end: index + 1,
            start: firstAttribute, count: Int32(document.attributes.count) - firstAttribute))
        stack.append(index)
        openNodes.append(node)
    }

    private mutating func appendText(_ node: xmlNodePtr) {
        guard let content = node.pointee.content else { return }
        let length = strlen(UnsafeRawPointer(content).assumingMemoryBound(to: CChar.self))
        guard length > 0 else { return }
        let index = Int32(document.nodes.count)
        // Adjacent text nodes (split by a dropped comment) become one.
        if let last = document.nodes.last, last.tag == .text, last.parent == (stack.last ?? -1),
           Int(last.start + last.count) == document.text.count {
            document.text.append(contentsOf: UnsafeBufferPointer(start: content, count: length))
            document.nodes[document.nodes.count - 1].count += Int32(length)
            return
        }
        let start = Int32(document.text.count)
        document.text.append(contentsOf: UnsafeBufferPointer(start: content, count: length))
        document.nodes.append(.init(
            tag: .text, depth: UInt16(clamping: stack.count), parent: stack.last ?? -1, end: index + 1,
            start: start, count: Int32(length)))
    }

    /// Closes the element libxml2's walk is leaving, unless it was closed early.
    private mutating func close(_ node: xmlNodePtr) {
        guard openNodes.last == node else { return }
        openNodes.removeLast()
        let index = stack.removeLast()
        document.nodes[Int(index)].end = Int32(document.nodes.count)
    }

    /// Before a button starts: if a button is open in scope (HTML5's "has a button element in
    /// scope"), closes it and every element opened inside it, as an HTML5 parser does.
    private mutating func closeOpenButton() {
        var k = stack.count - 1
        while k >= 0 {
            let tag = document.nodes[Int(stack[k])].tag
            if tag == .button { break }
            if Self.scopeBoundaries.contains(tag) { return }
            k -= 1
        }
        guard k >= 0 else { return }
        let end = Int32(document.nodes.count)
        while stack.count > k {
            document.nodes[Int(stack.removeLast())].end = end
            openNodes.removeLast()
        }
    }

    /// Elements that end HTML5's default scope: a button outside them is not "in scope".
    private static let scopeBoundaries: Set<Tag> = [
        .html, .table, .td, .th, .caption, .object, .marquee, .template, .svg, .math,
    ]
}
