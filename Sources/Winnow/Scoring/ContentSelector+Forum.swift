/// Forum threads and question pages: the replies are the page's text. Forum engines name
/// each reply's box like a comment section (`comment-content`, `Comment`, `commentContent`),
/// so the prose pass keeps the opening post alone, or a sidebar or footer when the opening
/// post is short, and sets the replies apart as comments. A page whose structured data
/// says it is a discussion (schema.org `DiscussionForumPosting`, `QAPage`, see
/// `MetadataExtractor`) tells us those comments are its posts. An article's comments stay
/// comments: no article declares itself a discussion.
extension ContentSelector {
    /// On a page declared a discussion, the selection with the comment sections read as
    /// content: the container chosen with the replies' prose counted, plus what the prose
    /// pass kept (the opening post may stand outside the replies' box). Nil when the comment
    /// sections hold less than `threadMinimumReplyCharacters` of prose.
    func threadSelection(_ selection: Selection, commentVerdicts: [BlockVerdict]) -> Selection? {
        var replyCharacters = 0
        for (b, block) in blocks.enumerated() where block.family == .comments && commentVerdicts[b].blockClass == .good {
            replyCharacters += Int(block.characters)
        }
        guard replyCharacters >= Heuristics.threadMinimumReplyCharacters else { return nil }
        var thread = choose(verdicts: commentVerdicts)
        let kept = blocks.indices.filter { selection.keep[$0] }.map { blocks[$0].firstNode }
        for (b, block) in blocks.enumerated() where thread.keep[b] && !selection.keep[b] && block.family == .comments {
            if isRemark(block, keptNodes: kept, container: selection.container) {
                thread.keep[b] = false
                thread.verdicts[b] = BlockVerdict(blockClass: .bad, reason: "remark on a post", family: .comments)
            }
        }
        for (b, kept) in selection.keep.enumerated() where kept && !thread.keep[b] {
            thread.keep[b] = true
            thread.verdicts[b] = selection.verdicts[b]
        }
        return thread
    }

    /// Whether a comment block is a remark on a post rather than a reply: its comment section
    /// sits inside the box of a post the prose pass kept (a question page's comments under
    /// the question and under each answer), below the container that holds the posts. A
    /// reply stands beside the posts, outside any one post's box.
    private func isRemark(_ block: Block, keptNodes: [Int32], container: Int) -> Bool {
        var node = Int(document.nodes[Int(block.owner)].parent)
        while node > container {
            let end = document.nodes[node].end
            // The first kept block at or after the element's start: is it inside it?
            var low = 0, high = keptNodes.count
            while low < high {
                let mid = (low + high) / 2
                if keptNodes[mid] <= Int32(node) { low = mid + 1 } else { high = mid }
            }
            if low < keptNodes.count, keptNodes[low] < end { return true }
            node = Int(document.nodes[node].parent)
        }
        return false
    }
}

extension ContentSelector {
    /// Short blocks in the same slot as posts the selection kept: a run of alike boxes (a
    /// thread's posts, a table of messages) puts each post's text in the same place, under
    /// the same chain of tags and classes, one box per post. When a slot spans at least
    /// `alikeSlotMinimumRun` boxes and holds kept prose in `alikeSlotMinimumGood` of them,
    /// the short blocks there ("Thanks, that worked!") are posts too, whatever their
    /// neighbours (a poster's card, a date) say. The paragraphs of one text share one box:
    /// they are no run. Only blocks judged short are taken: one dropped by a rule or for its
    /// links stays out.
    func keepAlikeSlots(_ selection: inout Selection) {
        let container = selection.container
        guard container > 0 else { return }
        let start = Int32(container), end = document.nodes[container].end
        // The blocks with their slots, grouped by sorting (a dictionary of slots, each with
        // two hashed sets of boxes, cost more than the rest of the rule).
        var entries: [(key: UInt64, box: Int32, block: Int, good: Bool)] = []
        let keys = slotKeys(below: container)
        // Blocks read in place (a copy of a block is some 200 bytes).
        for b in blocks.indices where blocks[b].firstNode > start && blocks[b].firstNode < end && blocks[b].kind != .heading {
            let owner = Int(blocks[b].owner)
            // An owner around the container (text directly inside it) sits in no box below it.
            let key = owner > container ? keys[owner - container] : WordHash.seed
            let good = selection.keep[b] && selection.verdicts[b].blockClass == .good
            entries.append((key, document.nodes[owner].parent, b, good))
        }
        entries.sort { $0.key != $1.key ? $0.key < $1.key : $0.block < $1.block }
        var boxes: [Int32] = [], goodBoxes: [Int32] = []
        /// Distinct values of a sorted array.
        func distinct(_ values: [Int32]) -> Int {
            var count = 0
            for k in values.indices where k == 0 || values[k] != values[k - 1] { count += 1 }
            return count
        }
        var first = 0
        while first < entries.count {
            let key = entries[first].key
            var last = first + 1
            while last < entries.count, entries[last].key == key { last += 1 }
            defer { first = last }
            // Fewer members than the run's boxes: fewer boxes too.
            guard last - first >= Heuristics.alikeSlotMinimumRun else { continue }
            boxes.removeAll(keepingCapacity: true)
            goodBoxes.removeAll(keepingCapacity: true)
            for e in first ..< last {
                boxes.append(entries[e].box)
                if entries[e].good { goodBoxes.append(entries[e].box) }
            }
            boxes.sort()
            goodBoxes.sort()
            guard distinct(boxes) >= Heuristics.alikeSlotMinimumRun, distinct(goodBoxes) >= Heuristics.alikeSlotMinimumGood else {
                continue
            }
            for e in first ..< last {
                let b = entries[e].block
                guard !selection.keep[b], selection.verdicts[b].blockClass == .short, selection.verdicts[b].family == nil,
                      blocks[b].words > 0 else { continue }
                selection.keep[b] = true
                selection.verdicts[b] = BlockVerdict(blockClass: .short, reason: "in the slot of kept posts")
            }
        }
    }

    /// For each node under the container (by its index minus the container's), a hash of its
    /// tag and class and its ancestors' up to the container: where in a run of alike boxes the
    /// element sits. Ids are left out (they number each post). Class values compare with
    /// ASCII case folded (``ValueHash``); an empty class is none.
    ///
    /// Built top-down in one pass over the container, each node's from its parent's, with the
    /// class hashes ``NodeMarks`` made: hashing each block's chain of ancestors up to the
    /// container read the same class values again for every block under them.
    func slotKeys(below container: Int) -> [UInt64] {
        let end = Int(document.nodes[container].end)
        var keys = [UInt64](repeating: WordHash.seed, count: end - container)
        guard end > container + 1 else { return keys }
        for node in container + 1 ..< end {
            let n = document.nodes[node]
            var hash = keys[Int(n.parent) - container]
            hash = WordHash.step(hash, n.tag.rawValue)
            if n.tag != .text {
                let known = marks.attributeDigests[node]
                var classHash: UInt64 = 0
                if known.flags & NodeMarks.AttributeDigest.read != 0 {
                    if known.flags & NodeMarks.AttributeDigest.hasClass != 0 { classHash = known.classHash }
                } else if let value = document.attributeBytes(.class, of: node), !value.isEmpty {
                    classHash = ValueHash.of(document.attributeBytes, value.indices)
                }
                hash = (hash ^ classHash) &* WordHash.prime
            }
            keys[node - container] = WordHash.step(hash, 0x3E)  // ">" between levels
        }
        return keys
    }
}

extension ContentSelector {
    /// The opening post a page's microdata marks (a `Question`, a `DiscussionForumPosting`)
    /// belongs to the text even when the container chosen holds only the replies: a question
    /// page whose answers outweigh the question, in a box of their own beside it (inside the
    /// question's microdata box or not). The post's blocks are kept as they would be in a
    /// container of their own (its comment sections stay out).
    func keepOpeningPost(_ selection: inout Selection) {
        let container = selection.container
        guard container > 0, let post = openingPost else { return }
        // Inside the container: already judged with it. Around it (a question's box that
        // holds its answers too), its blocks outside the container are judged as its own.
        guard !(post >= container && post < Int(document.nodes[container].end)) else { return }
        let kept = keepBlocks(in: post, verdicts: selection.verdicts)
        for b in blocks.indices where kept[b] && !selection.keep[b] { selection.keep[b] = true }
    }
}
