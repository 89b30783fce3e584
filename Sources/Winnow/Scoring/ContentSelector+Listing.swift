/// Listing pages: a grid of alike cards (titles, blurbs, prices, bylines) that holds most of
/// the page's text, with no story of its own beside it, is what the page is for. The prose
/// rules read such a page badly: the cards' titles and blurbs are links, and whatever prose
/// sits elsewhere (an intro, captions, a sidebar box) wins the container.
extension ContentSelector {
    /// The listing card each block sits in (``NodeMarks/listingCard``), by size.
    func blocksInListingCards() -> [NodeMarks.ListingCard] {
        var inCard = [NodeMarks.ListingCard](repeating: .none, count: blocks.count)
        guard !marks.listingCard.isEmpty else { return inCard }
        // The end of the card each node sits in (0 outside cards), in one walk.
        var cardEnd = [Int32](repeating: 0, count: document.count)
        var card = [NodeMarks.ListingCard](repeating: .none, count: document.count)
        for i in 0 ..< document.count {
            let parent = Int(document.nodes[i].parent)
            if parent >= 0, cardEnd[parent] > Int32(i) { cardEnd[i] = cardEnd[parent] }
            if marks.listingCard[i] != .none { cardEnd[i] = document.nodes[i].end; card[i] = marks.listingCard[i] }
            else if parent >= 0, cardEnd[i] > 0 { card[i] = card[parent] }
        }
        for (b, block) in blocks.enumerated() where cardEnd[Int(block.firstNode)] > block.firstNode {
            inCard[b] = card[Int(block.firstNode)]
        }
        return inCard
    }

    /// Whether the page is a grid of cards that the prose selection did not read as one: the
    /// cards' text that is kept or outside any family (linked titles and blurbs, prices,
    /// bylines, the captions or blurbs that read as prose) outweighs `cardGridShare`
    /// times the prose kept outside the cards (an intro, a box in the sidebar). Cards longer
    /// than teasers count only when the prose rules dropped more of their text than they
    /// kept: the posts of a thread, built alike, are read as prose.
    func isCardGrid(_ selection: Selection) -> Bool {
        guard !marks.listingCard.isEmpty else { return false }
        let inCard = blocksInListingCards()
        var keptOutside = 0, cards = 0, longKept = 0, longDropped = 0
        for (b, block) in blocks.enumerated() {
            switch inCard[b] {
            case .teaser:
                if block.family == nil || selection.keep[b] { cards += Int(block.characters) }
            case .long:
                if selection.keep[b] { longKept += Int(block.characters) } else if block.family == nil { longDropped += Int(block.characters) }
            case .none:
                if selection.keep[b] { keptOutside += Int(block.characters) }
            }
        }
        if longDropped > longKept { cards += longDropped + longKept } else { keptOutside += longKept }
        return cards > 0 && Double(cards) > Heuristics.cardGridShare * Double(keptOutside)
    }
}
