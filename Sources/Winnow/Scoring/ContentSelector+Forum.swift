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
