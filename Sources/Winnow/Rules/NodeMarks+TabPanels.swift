/// Tab panels: the sections of a tabbed box (`role="tabpanel"`), each shown when its tab is
/// picked. Sites name the box and its parts after the row of tabs (`menu-tabs`,
/// `menu-item-container`), which reads as a menu; but a panel that holds running text holds
/// the page's own sections, not links to other pages.
extension NodeMarks {
    static let tabPanelRole = Array("tabpanel".utf8)

    /// Whether an element says it is a tab panel.
    static func isTabPanel(_ document: Document, _ element: Int) -> Bool {
        guard let role = document.attributeBytes(.role, of: element) else { return false }
        return role.elementsEqual(tabPanelRole)
    }

    /// Whether a navigation family gives way inside a tab panel: the element holds running
    /// text (a menu of links holds none, even inside a panel).
    static func tabPanelLiftsNavigation(_ family: BoilerplateFamily?, insidePanel: Bool, prose: Int32) -> Bool {
        family == .navigation && insidePanel && prose > 0
    }
}

/// Accordion panels: like tab panels, hidden until their header is clicked (`hidden` on an
/// `accordion__panel`, `display:none` on a `collapse` or `faq-answer` box, `role="region"`
/// in the WAI-ARIA accordion pattern); the reader opens them one by one, and what they hold
/// is the page's text.
extension NodeMarks {
    private static let accordionWord = Array("accordion".utf8)
    private static let regionRole = Array("region".utf8)
    private static let collapseWord = Array("collaps".utf8)
    private static let faqWord = Array("faq".utf8)

    /// Whether a hidden element is an accordion's panel, read like a shown one.
    static func isAccordionPanel(_ document: Document, _ element: Int) -> Bool {
        // `aria-hidden` hides from every reader, assistive ones too: text kept out of the page.
        if let aria = document.attributeBytes(.ariaHidden, of: element), aria.elementsEqual("true".utf8) { return false }
        if let role = document.attributeBytes(.role, of: element), role.elementsEqual(regionRole) { return true }
        guard let value = document.attributeBytes(.class, of: element) else { return false }
        return ByteSearch.contains(value, accordionWord) || ByteSearch.contains(value, collapseWord) || ByteSearch.contains(value, faqWord)
    }
}
