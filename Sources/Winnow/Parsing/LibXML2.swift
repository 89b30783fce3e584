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

    /// zlib's inflater for one stream of gzip members, for input read piece by piece
    /// (``GzipReader``). It owns its C state and frees it when it goes away.
    final class Inflater {
        private let state: UnsafeMutableRawPointer

        /// What one call came to.
        enum Step {
            /// Input was read and output written; the member goes on.
            case progress(consumed: Int, produced: Int)
            /// A member ended after these counts; the next byte starts a new member (or ends the stream).
            case memberEnded(consumed: Int, produced: Int)
        }

        init() throws(WinnowError) {
            guard let state = winnow_inflater_new() else { throw WinnowError.corruptCompression }
            self.state = state
        }

        deinit { winnow_inflater_free(state) }

        /// Inflates from `input` into `output`.
        /// - Throws: ``WinnowError/corruptCompression`` on data that is not gzip or is damaged.
        func run(_ input: UnsafeRawBufferPointer, into output: UnsafeMutableRawBufferPointer) throws(WinnowError) -> Step {
            var consumed = 0
            var produced = 0
            let status = winnow_inflater_run(
                state, input.baseAddress?.assumingMemoryBound(to: UInt8.self), input.count, &consumed,
                output.baseAddress?.assumingMemoryBound(to: UInt8.self), output.count, &produced)
            switch status {
            case 0: return .progress(consumed: consumed, produced: produced)
            case 1: return .memberEnded(consumed: consumed, produced: produced)
            default: throw WinnowError.corruptCompression
            }
        }
    }

    /// Whether bytes are UTF-8, and whether any character in them takes several bytes.
    static func scanUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> (valid: Bool, multiByte: Bool, clean: Bool) {
        guard let base = bytes.baseAddress else { return (true, false, true) }
        let verdict = winnow_utf8_scan(base, bytes.count)
        return (verdict.valid != 0, verdict.multi_byte != 0, verdict.clean != 0)
    }

    /// How many of the `count` bytes at `start` are ASCII whitespace (`UInt8.isASCIIWhitespace`),
    /// counted by the shim's vectorised loop: the rules count the blank bytes of every text node.
    @inline(__always)
    static func blankByteCount(_ start: UnsafePointer<UInt8>, _ count: Int) -> Int {
        winnow_count_blank(start, count)
    }

    /// Parses UTF-8 bytes with libxml2 into a ``Document``.
    ///
    /// The bytes are first prepared in one pass (NULs dropped, malformed sequences replaced,
    /// bodies of styles and of scripts Winnow never reads emptied; see `winnow_prepare_utf8`).
    /// - Throws: ``WinnowError/emptyInput`` when nothing but white space is left.
    ///
    /// - Parameters:
    ///   - dropsUnreadAttributes: Leave out of libxml2's input the attributes that are not
    ///     ``AttributeName``s (the SAX builder would drop them) and move read values past it;
    ///     false only in tests that check the document is the same either way.
    ///   - clean: Whether the bytes are known to hold nothing to repair (no NUL, only
    ///     well-formed UTF-8: ``UTF8Scan``); when false every piece is repaired as it is copied.
    static func buildDocument(
        utf8: UnsafeBufferPointer<UInt8>, dropsUnreadAttributes: Bool = true, clean: Bool = false
    ) throws -> Document {
        _ = initialized
        guard utf8.count < Int(Int32.max) else { throw WinnowError.tooLarge(bytes: utf8.count, limit: Int(Int32.max)) }
        let document = try withPreparedBytes(utf8, clean: clean, dropsUnreadAttributes: dropsUnreadAttributes) {
            bytes, moved, removedScriptBytes -> Document in
            guard let base = bytes.baseAddress else { throw WinnowError.parseFailed }
            if bytes.allSatisfy(\.isASCIIWhitespace) { throw WinnowError.emptyInput }
            var builder = SAXTreeBuilder(sizeHint: bytes.count)
            builder.moved = moved
            let parsed = withUnsafeMutablePointer(to: &builder) { user in
                base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { chars in
                    withUnsafePointer(to: SAXTreeBuilder.callbacks) {
                        winnow_sax_parse_utf8(chars, Int32(bytes.count), $0, user)
                    }
                }
            }
            guard parsed == 0, builder.started else { throw WinnowError.parseFailed }
            var document = builder.finish()
            document.removedScriptBytes = removedScriptBytes
            return document
        }
        guard let document else { throw WinnowError.parseFailed }
        return document
    }

    /// The bytes the preparation pass gives libxml2 for `utf8` (for tests), nil when memory ran out.
    /// Unless `restoresMovedValues` is false, moved values are put back in place of their
    /// placeholders, so that tests read what the rest of the pass did.
    static func preparedBytes(_ utf8: [UInt8], dropsUnreadAttributes: Bool = true, restoresMovedValues: Bool = true) -> [UInt8]? {
        utf8.withUnsafeBufferPointer { input in
            withPreparedBytes(input, clean: false, dropsUnreadAttributes: dropsUnreadAttributes) { placed, moved, _ in
                guard restoresMovedValues, let moved else { return Array(placed) }
                var result: [UInt8] = []
                var k = 0
                while k < placed.count {
                    if k + 4 <= placed.count, let value = moved.value(placedBy: UnsafeBufferPointer(rebasing: placed[k ..< k + 4])) {
                        result += value
                        k += 4
                    } else {
                        result.append(placed[k])
                        k += 1
                    }
                }
                return result
            }
        }
    }

    /// Runs the preparation pass (`winnow_prepare_utf8`) over `utf8` and calls `body` with the
    /// bytes for libxml2, the values moved past it (nil when none was) and the count of script
    /// bytes left out; the pass's buffers are freed when `body` returns. Nil when memory ran out.
    private static func withPreparedBytes<Result>(
        _ utf8: UnsafeBufferPointer<UInt8>, clean: Bool, dropsUnreadAttributes: Bool,
        _ body: (UnsafeBufferPointer<UInt8>, MovedValues?, Int) throws -> Result
    ) rethrows -> Result? {
        var prepared = winnow_prepared()
        let status = keptScriptMarkers.withUnsafeBufferPointer { markers in
            AttributeName.sortedHashes.withUnsafeBufferPointer { hashes in
                var names = winnow_name_hashes(hashes: hashes.baseAddress, count: hashes.count)
                return withUnsafePointer(to: &names) { names in
                    winnow_prepare_utf8(utf8.baseAddress ?? UnsafePointer(bitPattern: 1)!, utf8.count,
                                        clean ? 1 : 0, markers.baseAddress,
                                        dropsUnreadAttributes ? names : nil, &prepared)
                }
            }
        }
        guard status == 0, let bytes = prepared.bytes else { return nil }
        defer {
            free(bytes)
            free(prepared.moved)
            free(prepared.moved_ends)
        }
        var moved: MovedValues? = nil
        if prepared.moved_count > 0, let values = prepared.moved, let ends = prepared.moved_ends {
            moved = MovedValues(bytes: values, ends: UnsafeBufferPointer(start: ends, count: prepared.moved_count))
        }
        return try body(UnsafeBufferPointer(start: bytes, count: prepared.length), moved, prepared.removed_script_bytes)
    }

    /// ``ScriptDataReader/bodyMarkers`` as the C list the preparation pass reads: each
    /// marker ended by a NUL, the list by an empty string.
    private static let keptScriptMarkers: [CChar] =
        ScriptDataReader.bodyMarkers.flatMap { $0.utf8.map { CChar(bitPattern: $0) } + [0] } + [0]
}

/// The attribute values and data-script bodies the preparation pass moved out of libxml2's way
/// (`winnow_prepare_utf8`), and how to read their placeholders: one character of the private-use
/// planes 15 and 16, U+F0000 plus the value's number (the pass moves nothing on a page that
/// holds such a character).
struct MovedValues {
    let bytes: UnsafePointer<UInt8>
    let ends: UnsafeBufferPointer<UInt32>

    /// The value whose placeholder is the whole of `text`, or nil when `text` is not one.
    @inline(__always)
    func value(placedBy text: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8>? {
        guard text.count == 4, text[0] & 0xF8 == 0xF0 else { return nil }
        let scalar = Int(text[0] & 0x07) << 18 | Int(text[1] & 0x3F) << 12 | Int(text[2] & 0x3F) << 6 | Int(text[3] & 0x3F)
        let number = scalar - Int(WINNOW_FIRST_PLACEHOLDER)
        guard number >= 0, number < ends.count else { return nil }
        let start = number == 0 ? 0 : Int(ends[number - 1])
        return UnsafeBufferPointer(start: bytes + start, count: Int(ends[number]) - start)
    }
}

/// Builds a ``Document`` straight from libxml2's SAX events, without a libxml2 tree.
///
/// The result is the tree libxml2's own tree builder (SAX2.c) would have made, restricted to
/// the root element's subtree, with comments and processing instructions left out and the
/// attributes of ``AttributeName`` only. The callbacks push a placeholder on the parser's node
/// stack (`nodePush`/`nodePop`), so that the pops the parser makes by itself (a start tag cut
/// off by the end of input) apply as they did. Elements are named after the part of their name
/// behind the first colon (`o:p` is a `p`), as `xmlSplitQName` names them; text outside the
/// root is dropped; adjacent text (split by comments) is one text node.
///
/// Three repairs, where libxml2 and browsers part ways:
/// - Markup after the root's end (`</body></html>` written before the article, by a template
///   that closes the page too early) makes libxml2 start a second top-level tree. Browsers
///   put it in the body, and so does the builder: in the body when the body is the root's
///   last part, else in the root.
/// - A button cannot contain a button. libxml2 ignores `</button>` while a `<div>` opened
///   inside the button is still open (its end-tag priorities), so the rest of the page would end
///   up inside the button, which is never content. As in HTML5, a new button closes the open
///   one and everything opened inside it; what follows attaches to the button's parent.
/// - Elements nested deeper than ``maximumDepth`` are put beside their parent rather than inside
///   it, as browsers do past a similar depth (Blink: 512), instead of stopping the whole parse
///   at libxml2's own limit.
private struct SAXTreeBuilder {
    /// Elements deeper than this are closed at once (see the type's comment).
    static let maximumDepth = 512

    private var document = Document()
    /// libxml2's node stack, mirrored: a recorded element's index, or -1 for one outside the
    /// root's subtree or closed early by the button repair (its `end` is already set).
    private var stack: [Int32] = []
    /// For each level of `stack`, the element its children and text attach to: the element
    /// itself, or for an element closed early the parent of the closed button (-1: dropped).
    private var attach: [Int32] = []
    /// Elements past ``maximumDepth`` still open in libxml2's view; their end events are eaten.
    private var flattened = 0
    /// Whether libxml2 made a document (its startDocument event).
    private(set) var started = false
    /// Where markup after the root's end goes, once some did: the body, or else the root (its
    /// end is moved to the document's end by ``finish()``).
    private var reopenedTarget: Int32? = nil
    /// Placeholders and hidden segments of a streamed render, placed by ``finish()``.
    private var streamed = Document.StreamedSegments()
    /// The values the preparation pass moved, when it moved any: an attribute value or a text
    /// that is a placeholder is read from here.
    var moved: MovedValues? = nil

    init(sizeHint: Int) {
        document.text.reserveCapacity(sizeHint / 2)
        document.nodes.reserveCapacity(sizeHint / 40)
        stack.reserveCapacity(64)
        attach.reserveCapacity(64)
    }

    /// Closes what is still open and returns the document.
    mutating func finish() -> Document {
        while !stack.isEmpty { pop() }
        if !document.nodes.isEmpty { document.nodes[0].end = Int32(document.nodes.count) }
        if let target = reopenedTarget { document.nodes[Int(target)].end = Int32(document.nodes.count) }
        return streamed.isEmpty ? document : document.placingStreamedSegments(streamed)
    }

    /// The callbacks the shim's SAX handler calls; `builder` is a `SAXTreeBuilder`.
    static let callbacks = winnow_sax_callbacks(
        start_document: { b in builder(b).pointee.started = true },
        start_element: { b, ctxt, name, attributes in builder(b).pointee.startElement(ctxt!, name, attributes) },
        end_element: { b, ctxt in builder(b).pointee.endElement(ctxt!) },
        text: { b, ctxt, bytes, length in builder(b).pointee.text(ctxt!, bytes, length) },
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
        attach.removeLast()
        if index >= 0 { document.nodes[Int(index)].end = Int32(document.nodes.count) }
    }

    mutating func otherNode(_ ctxt: UnsafeMutableRawPointer) {
        guard started else { return }
        sync(ctxt)
    }

    mutating func startElement(
        _ ctxt: UnsafeMutableRawPointer, _ fullName: UnsafePointer<xmlChar>?,
        _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
    ) {
        guard started, let fullName else { return }
        let tag = Tag.named(SAXTreeBuilder.localName(fullName))
        if flattened > 0 {
            flattened += 1
            return record(tag, attributes, parent: attach.last ?? -1, closed: true)
        }
        sync(ctxt)
        if tag == .button { closeOpenButton() }
        // Where xmlSAX2StartElement links the element.
        var parent: Int32 = -1
        var recorded = true
        if let top = attach.last {
            // A `body` opened inside a second `html` after the root's end joins the body too.
            if top == reopenedTarget, stack.last == -1, tag == .html || tag == .head || tag == .body {
                guard winnow_sax_push(ctxt) >= 0 else { return }
                stack.append(-1)
                attach.append(top)
                return
            }
            parent = top
            recorded = top >= 0
        } else if !document.nodes.isEmpty {
            // Markup after the root's end (`…</body></html><div>…`, a template that closes the
            // page early): libxml2 starts a second top-level tree, browsers put it in the body.
            // A second `html`, `head` or `body` only opens the way there.
            let target = reopenedParent()
            if tag == .html || tag == .head || tag == .body {
                guard winnow_sax_push(ctxt) >= 0 else { return }
                stack.append(-1)
                attach.append(target)
                return
            }
            parent = target
        }
        if stack.count >= Self.maximumDepth {
            flattened = 1
            if recorded { record(tag, attributes, parent: parent, closed: true) }
            return
        }
        guard winnow_sax_push(ctxt) >= 0 else { return }
        guard recorded else {
            stack.append(-1)
            attach.append(-1)
            return
        }
        let index = Int32(document.nodes.count)
        record(tag, attributes, parent: parent, closed: false)
        stack.append(index)
        attach.append(index)
    }

    /// Where markup after the root's end goes, found once: the body when it is the root's last
    /// part (its subtree still ends where the document does, so it can grow), else the root.
    private mutating func reopenedParent() -> Int32 {
        if let target = reopenedTarget { return target }
        let count = Int32(document.nodes.count)
        var target: Int32 = 0
        var child = 1
        while child < Int(document.nodes[0].end) {
            let node = document.nodes[child]
            if node.tag == .body, node.end == count { target = Int32(child); break }
            child = Int(node.end)
        }
        reopenedTarget = target
        return target
    }

    /// Appends an element and its known attributes; a `closed` one gets no children.
    @inline(__always)
    private mutating func record(
        _ tag: Tag, _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?, parent: Int32, closed: Bool
    ) {
        if parent < 0, !document.nodes.isEmpty { return }
        let index = Int32(document.nodes.count)
        let firstAttribute = Int32(document.attributes.count)
        if var a = attributes {
            while let name = a[0] {
                let value = a[1]
                if let attribute = AttributeName.named(UnsafeBufferPointer(start: name, count: strlen(name))) {
                    let start = Int32(document.attributeBytes.count)
                    // A valueless boolean attribute (`checked`) gets its own name as its value.
                    if let bytes = value ?? (htmlIsBooleanAttr(name) != 0 ? name : nil) {
                        let value = UnsafeBufferPointer(start: bytes, count: strlen(bytes))
                        if let moved, let original = moved.value(placedBy: value) {
                            document.attributeBytes.append(contentsOf: original)
                        } else {
                            document.attributeBytes.append(contentsOf: value)
                        }
                    }
                    document.attributes.append(
                        .init(name: attribute, start: start, count: Int32(document.attributeBytes.count) - start))
                }
                a += 2
            }
        }
        document.nodes.append(.init(
            tag: tag, depth: parent < 0 ? 0 : document.nodes[Int(parent)].depth &+ 1, parent: parent,
            end: index + 1, start: firstAttribute, count: Int32(document.attributes.count) - firstAttribute))
        _ = closed  // a closed element's end is already one past itself
        if tag == .template || tag == .div {
            let role = document.streamedSegmentRole(of: Int(index))
            if role.placeholder { streamed.placeholders.append(index) }
            if role.segment { streamed.segments.append(index) }
        }
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
        // SAX start and end events nest, and every element started while a flattened one is
        // open is flattened too, so the innermost open element is a flattened one until the
        // count is back to 0.
        if flattened > 0 {
            flattened -= 1
            return
        }
        sync(ctxt)
        winnow_sax_pop(ctxt)
        sync(ctxt)
    }

    mutating func text(_ ctxt: UnsafeMutableRawPointer, _ bytes: UnsafePointer<xmlChar>?, _ length: Int32) {
        if flattened == 0 { sync(ctxt) }
        guard let top = attach.last, top >= 0, let bytes, length > 0 else { return }
        let start = Int32(document.text.count)
        var appended: Int32
        if let moved, let original = moved.value(placedBy: UnsafeBufferPointer(start: bytes, count: Int(length))),
           let base = original.baseAddress {
            appended = appendText(base, original.count)
        } else {
            appended = appendText(bytes, Int(length))
        }
        guard appended > 0 else { return }
        if let last = document.nodes.last, last.tag == .text, last.parent == top, last.start + last.count == start {
            document.nodes[document.nodes.count - 1].count += appended
            return
        }
        let index = Int32(document.nodes.count)
        document.nodes.append(.init(
            tag: .text, depth: document.nodes[Int(top)].depth &+ 1, parent: top, end: index + 1,
            start: start, count: appended))
    }

    /// Appends text without its soft hyphens (U+00AD, `&shy;`): they are invisible unless a
    /// line breaks there, and left in they split words of the extracted text. Returns the
    /// number of bytes appended.
    @inline(__always)
    private mutating func appendText(_ bytes: UnsafePointer<xmlChar>, _ count: Int) -> Int32 {
        let before = document.text.count
        // The runs between soft hyphens are appended whole: data scripts of many kilobytes hold
        // other characters that start with 0xC2 (`©`, no-break spaces).
        var run = 0
        var k = 0
        while k < count, let hit = memchr(bytes + k, 0xC2, count - k) {
            let i = UnsafePointer(hit.assumingMemoryBound(to: UInt8.self)) - bytes
            if i + 1 < count, bytes[i + 1] == 0xAD {
                document.text.append(contentsOf: UnsafeBufferPointer(start: bytes + run, count: i - run))
                run = i + 2
                k = i + 2
            } else {
                k = i + 1
            }
        }
        document.text.append(contentsOf: UnsafeBufferPointer(start: bytes + run, count: count - run))
        return Int32(document.text.count - before)
    }

    /// Before a button starts: if a button is open in scope (HTML5's "has a button element in
    /// scope"), closes it and every element opened inside it. They stay on the stack, which
    /// mirrors libxml2's, but nothing attaches to them any more.
    private mutating func closeOpenButton() {
        var k = stack.count - 1
        while k >= 0 {
            let index = stack[k]
            if index >= 0 {
                let tag = document.nodes[Int(index)].tag
                if tag == .button { break }
                if Self.scopeBoundaries.contains(tag) { return }
            }
            k -= 1
        }
        guard k >= 0 else { return }
        let end = Int32(document.nodes.count)
        let parent = k > 0 ? attach[k - 1] : -1
        for level in k ..< stack.count {
            if stack[level] >= 0 { document.nodes[Int(stack[level])].end = end }
            stack[level] = -1
            attach[level] = parent
        }
    }

    /// Elements that end HTML5's default scope: a button outside them is not "in scope".
    private static let scopeBoundaries: Set<Tag> = [
        .html, .table, .td, .th, .caption, .object, .marquee, .template, .svg, .math,
    ]
}
