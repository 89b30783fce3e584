/// Streamed server renders put in the place their scripts would move them to.
///
/// A server that streams a page (React's streaming render, as Next.js and others use it)
/// sends the page's frame first, with an empty `<template id="B:1">` or `<template id="P:1">`
/// where a part is still being rendered, often beside a "Loading…" fallback. Each part
/// follows later in the same response as `<div hidden id="S:1">…</div>`, near the end of the
/// body, with a small script that moves its children into the placeholder's place. Read
/// without running scripts, the parts are hidden and out of place, and on many such pages
/// they are the whole article. This pass does what those scripts do: the children of each
/// segment take the place of its placeholder, and the segment's hidden wrapper goes.
extension Document {
    /// Elements the builder noticed while parsing: placeholders and the segments that fill them.
    struct StreamedSegments {
        /// `<template>` elements with an id `B:…` or `P:…`.
        var placeholders: [Int32] = []
        /// Hidden `<div>` elements with an id `S:…`.
        var segments: [Int32] = []

        var isEmpty: Bool { placeholders.isEmpty || segments.isEmpty }
    }

    /// Whether an element is a placeholder (`<template id="B:…|P:…">`) or a streamed segment
    /// (`<div hidden id="S:…">`); checked once per element as it is recorded.
    @inline(__always)
    func streamedSegmentRole(of index: Int) -> (placeholder: Bool, segment: Bool) {
        let tag = nodes[index].tag
        guard tag == .template || tag == .div, let id = attributeBytes(.id, of: index), id.count > 2,
              id[id.startIndex + 1] == 0x3A else { return (false, false) }
        let kind = id[id.startIndex]
        if tag == .template { return (kind == 0x42 || kind == 0x50, false) }  // B:, P:
        return (false, kind == 0x53 && hasAttribute(.hidden, of: index))  // S:
    }

    /// The document with each streamed segment's children in its placeholder's place.
    ///
    /// Segments are matched to placeholders by the part of their ids after the colon
    /// (`S:1` fills `B:1` or `P:1`), a placeholder is filled once, and a segment's own
    /// placeholders (a part streamed inside a part) are filled as it is placed. Segments
    /// without a placeholder stay where they are, hidden. Text and attribute buffers are
    /// shared with the original; only the node order changes.
    func placingStreamedSegments(_ found: StreamedSegments) -> Document {
        var segmentByKey: [ArraySlice<UInt8>: Int] = [:]
        for segment in found.segments {
            let id = attributeBytes(.id, of: Int(segment))!
            if segmentByKey[id.dropFirst(2)] == nil { segmentByKey[id.dropFirst(2)] = Int(segment) }
        }
        // Which segment each placeholder takes, the first placeholder of a key winning.
        var filling: [Int32: Int] = [:]
        var placed = Set<Int>()
        for placeholder in found.placeholders {
            let key = attributeBytes(.id, of: Int(placeholder))!.dropFirst(2)
            guard let segment = segmentByKey[key], !placed.contains(segment) else { continue }
            // A segment cannot fill a placeholder inside itself.
            guard !(segment ..< Int(nodes[segment].end)).contains(Int(placeholder)) else { continue }
            filling[placeholder] = segment
            placed.insert(segment)
        }
        guard !filling.isEmpty else { return self }

        var result = self
        result.nodes = []
        result.nodes.reserveCapacity(nodes.count)
        // Copies the subtree at `index` under `parent` (an index in the result); a filled
        // placeholder is replaced by its segment's children, a placed segment is skipped
        // where it stood.
        func copy(_ index: Int, parent: Int32, depth: UInt16, guardDepth: Int) {
            if let segment = filling[Int32(index)] {
                guard guardDepth < 64 else { return }
                var child = segment + 1
                while child < Int(nodes[segment].end) {
                    copy(child, parent: parent, depth: depth, guardDepth: guardDepth + 1)
                    child = Int(nodes[child].end)
                }
                return
            }
            if placed.contains(index) { return }
            var node = nodes[index]
            let newIndex = Int32(result.nodes.count)
            node.parent = parent
            node.depth = depth
            result.nodes.append(node)
            var child = index + 1
            while child < Int(nodes[index].end) {
                copy(child, parent: newIndex, depth: depth &+ 1, guardDepth: guardDepth)
                child = Int(nodes[child].end)
            }
            result.nodes[Int(newIndex)].end = Int32(result.nodes.count)
        }
        copy(0, parent: -1, depth: 0, guardDepth: 0)
        return result
    }
}
