/// Product pages: the description the prose rules find is one part of the product's column.
/// The product's name, its price, its short summary and its specification table sit beside
/// it (in a buy box, a details tab), as short lines and table cells that no prose rule keeps.
extension ContentSelector {
    /// On a page whose structured data declares one product, widens the selection from the
    /// chosen container to the element it shares with the product's title (the page's `h1`):
    /// the product's column. Short lines without a family in that column (the price, the
    /// specification rows) and the title stay; blocks a rule marked (reviews widgets named
    /// so, carousels of other products, forms) still go.
    ///
    /// - Parameter keepingTitle: Whether the title heading itself stays (a product's name
    ///   does; a recipe's headline is the page title, metadata like an article's).
    func keepProductDetails(_ selection: inout Selection, keepingTitle: Bool = true) {
        guard let title = productTitle() else { return }
        let titleNode = Int(blocks[title].firstNode)
        var column = selection.container
        while column > 0, !(titleNode > column && titleNode < Int(document.nodes[column].end)) {
            column = Int(document.nodes[column].parent)
        }
        guard column > 0 else { return }
        let start = Int32(column), end = document.nodes[column].end
        var inside: [Int] = []
        for (b, block) in blocks.enumerated() where block.firstNode > start && block.firstNode < end { inside.append(b) }
        /// Keeps block `b` as one of the product's details, for `reason`.
        func keepDetail(_ b: Int, _ reason: VerdictReason) {
            selection.keep[b] = true
            selection.productDetailCharacters += Int(blocks[b].characters)
            selection.verdicts[b].reason = reason
        }
        let detailReason: VerdictReason = keepingTitle ? "product details" : "recipe details"
        for b in inside where b >= title && !selection.keep[b] {
            let verdict = selection.verdicts[b]
            let keep: Bool
            switch verdict.blockClass {
            case .good: keep = blocks[b].kind != .heading
            case .short: keep = verdict.family == nil && blocks[b].kind != .heading && !titlesOtherProducts(b, selection)
            case .bad: keep = keepingTitle && b == title
            }
            if keep { keepDetail(b, b == title ? "product title" : detailReason) }
        }
        // A row of a kept list that recurs elsewhere on the page, twice or more ("OS: 64-bit"
        // under the minimum and the recommended requirements of each system) is a row like
        // the others beside it: it stays when a row of its list was kept on its own text. A
        // list whose every row recurs (the mobile copy of a desktop box) gains nothing.
        var listsWithRows = Set<Int32>()
        for b in inside where b >= title && selection.keep[b] && selection.verdicts[b].family == nil {
            listsWithRows.insert(document.nodes[Int(blocks[b].owner)].parent)
        }
        for b in inside where b > title && !selection.keep[b] {
            let verdict = selection.verdicts[b]
            guard verdict.blockClass != .good, verdict.family == .repeated, blocks[b].kind == .listItem,
                  listsWithRows.contains(document.nodes[Int(blocks[b].owner)].parent) else { continue }
            keepDetail(b, detailReason)
        }
        // Headings over kept details stay, as in the container.
        var nextBody: Int? = nil
        for b in inside.reversed() {
            if blocks[b].kind == .heading {
                if !selection.keep[b], selection.verdicts[b].blockClass != .bad, let n = nextBody, selection.keep[n],
                   blocks[n].firstNode < sectionEnd(ofHeading: blocks[b]) {
                    keepDetail(b, "product details")
                }
            } else {
                nextBody = b
            }
        }
        if column != selection.container, Int32(selection.container) > start { selection.container = column }
    }

    /// Whether a short line stands right above a carousel of other products or related links
    /// (`teasers`, `related`): it is that carousel's label ("We also recommend").
    private func titlesOtherProducts(_ b: Int, _ selection: Selection) -> Bool {
        guard b + 1 < blocks.count else { return false }
        let next = selection.verdicts[b + 1]
        return next.blockClass == .bad && (next.family == .teasers || next.family == .related)
    }

    /// The product's title: the page title set as an `h1`, else the first `h1` outside the
    /// page's furniture, else the first element that says it is a first-level heading with
    /// ARIA (`role="heading" aria-level="1"`: a shop that sets its product's name in a `div`).
    private func productTitle() -> Int? {
        func isTitle(_ block: Block) -> Bool { block.words > 0 && (block.family == nil || block.family == .header) }
        return blocks.indices.first { blocks[$0].headingLevel == 1 && blocks[$0].isPageTitle && blocks[$0].words > 0 }
            ?? blocks.indices.first { blocks[$0].headingLevel == 1 && isTitle(blocks[$0]) }
            ?? blocks.indices.first { isTitle(blocks[$0]) && isAriaFirstLevelHeading(Int(blocks[$0].owner)) }
    }

    /// Whether an element is a first-level heading by its ARIA role and level.
    private func isAriaFirstLevelHeading(_ node: Int) -> Bool {
        guard let role = document.attributeBytes(.role, of: node), role.elementsEqual("heading".utf8),
              let level = document.attributeBytes(.ariaLevel, of: node) else { return false }
        return level.elementsEqual("1".utf8)
    }
}
