import Foundation
/// Listing pages: a grid of alike cards (titles, blurbs, prices, bylines) that holds most of
/// the page's text, with no story of its own beside it, is what the page is for. The prose
/// rules read such a page badly: the cards' titles and blurbs are links, and whatever prose
/// sits elsewhere (an intro, captions, a sidebar box) wins the container.
extension ContentSelector {
    /// Whether each block sits in a listing card (``NodeMarks/listingCard``).
    func blocksInListingCards() -> [Bool] {
        var inCard = [Bool](repeating: false, count: blocks.count)
        guard !marks.listingCard.isEmpty else { return inCard }
        // The end of the card each node sits in (0 outside cards), in one walk.
        var cardEnd = [Int32](repeating: 0, count: document.count)
        for i in 0 ..< document.count {
            let parent = Int(document.nodes[i].parent)
            if parent >= 0, cardEnd[parent] > Int32(i) { cardEnd[i] = cardEnd[parent] }
            if marks.listingCard[i] { cardEnd[i] = document.nodes[i].end }
        }
        for (b, block) in blocks.enumerated() where cardEnd[Int(block.firstNode)] > block.firstNode {
            inCard[b] = true
        }
        return inCard
    }

    /// Whether the page is a grid of cards that the prose selection did not read as one: the
    /// cards' text that is kept or outside any family (linked titles and blurbs, prices,
    /// bylines, the captions or blurbs that read as prose) outweighs `listingTeaserShare` times what the
    /// prose rules kept outside the cards (an intro, a sidebar box).
    func isCardGrid(_ selection: Selection) -> Bool {
        let inCard = blocksInListingCards()
        var keptOutside = 0, cards = 0
        for (b, block) in blocks.enumerated() {
            if inCard[b] {
                if block.family == nil || selection.keep[b] { cards += Int(block.characters) }
            } else if selection.keep[b] {
                keptOutside += Int(block.characters)
            }
        }
        return cards > 0 && Double(cards) > Heuristics.listingTeaserShare * Double(keptOutside)
    }
}
