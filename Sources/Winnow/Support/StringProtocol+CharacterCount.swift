extension StringProtocol {
    /// Whether the text has fewer than `limit` characters (`count < limit`), reading at most
    /// `limit` of them: `count` walks every character of a text, and the metadata readers ask
    /// it of whole elements' texts (a dateline's parent, a byline candidate) only to turn the
    /// long ones away. A text of fewer bytes than `limit` has fewer characters.
    func hasFewerCharacters(than limit: Int) -> Bool {
        utf8.count < limit || prefix(limit).count < limit
    }
}
