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
        for (b, kept) in selection.keep.enumerated() where kept && !thread.keep[b] {
            thread.keep[b] = true
            thread.verdicts[b] = selection.verdicts[b]
        }
        return thread
    }
}
