/// The kinds of site furniture Winnow recognises and drops. Each family's class/id rule
/// lives in ``AttributeRules`` and its text rule, where it has one, in ``TextRules``.
public enum BoilerplateFamily: String, Sendable, Codable, CaseIterable {
    case navigation, breadcrumbs, header, footer, sidebar
    case cookieConsent, newsletter, promo, sponsored, advertisement
    case share, related, comments, authorBio, legal
    case articleMeta, pagination, tableOfContents, tags, form, hidden, repeated
    /// Picture captions and credits (`<figcaption>`, `wp-caption-text`): they describe the
    /// picture, not the story, unless the page is a gallery of them (see ``BlockClassifier``).
    case caption
    /// Customer reviews and ratings on a product's page (see ``ProductRule``): what buyers
    /// say about the product, not what the page says.
    case reviews
    /// Runs of alike cards with a linked title and a blurb (see ``TeaserRule``).
    case teasers
}
