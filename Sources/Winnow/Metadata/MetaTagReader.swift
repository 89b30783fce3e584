/// The `<meta>` tags of a page, by lower-cased key: OpenGraph and article properties
/// (`property`), named tags (`name`, including Dublin Core, Twitter cards, Parse.ly and
/// Sailthru), `itemprop` metas and `http-equiv`. A `property` or `name` holding several
/// space-separated keys counts for each of them.
struct MetaTagReader {
    /// Values by key; within a key, `property` values (RDFa, as OpenGraph and Dublin Core
    /// specify) come before `name` values, then `itemprop` and `http-equiv`, each in page order.
    /// Each value is kept with the rank of the attribute that named it (0 for `property` …).
    private var entries: [String: [(rank: Int, value: String)]]

    init() {
        // A page's head has a few dozen meta keys; room for them up front spares the
        // dictionary's regrowth.
        entries = Dictionary(minimumCapacity: 64)
    }

    /// The attributes that name a meta tag's key, most trusted first.
    private static let keyAttributes: [AttributeName] = [.property, .name, .itemprop, .httpEquiv]

    mutating func add(document: Document, index i: Int) {
        // The content is read at the first key a reader asks for: most meta tags of a page
        // (viewport, app ids, image sizes, verification codes) are never read.
        var content: String? = nil
        for (rank, attribute) in Self.keyAttributes.enumerated() {
            guard let keyBytes = document.attributeBytes(attribute, of: i) else { continue }
            // Most keys are one lower-case word: read without building a list of keys.
            if let plain = Self.plainKey(keyBytes) {
                guard let k = plain else { continue }
                if content == nil {
                    guard let rawContent = document.attribute(.content, of: i) else { return }
                    let trimmed = rawContent.trimmingSpaces()
                    guard !trimmed.isEmpty else { return }
                    content = trimmed
                }
                entries[k, default: []].withinRank(rank, insert: content!)
                continue
            }
            for k in Self.keys(keyBytes) {
                if content == nil {
                    guard let rawContent = document.attribute(.content, of: i) else { return }
                    let trimmed = rawContent.trimmingSpaces()
                    guard !trimmed.isEmpty else { return }
                    content = trimmed
                }
                entries[k, default: []].withinRank(rank, insert: content!)
            }
        }
    }

    /// Every key ``first(_:)``, ``best(_:)`` and ``all(_:)`` are asked for: the lists below,
    /// the Twitter-card labels and data, and the keys read on their own.
    static let readKeys: [String] = titleKeys + authorKeys + publishedKeys + modifiedKeys + siteNameKeys
        + descriptionKeys + imageKeys + tagKeys + categoryKeys + languageKeys + licenseKeys + typeKeys + urlKeys
        + (1 ... 4).flatMap { ["twitter:label\($0)", "twitter:data\($0)"] }
        + ["og:site_name", "og:url", "og:type", "content-language"]

    /// The read keys' hashes. A key of ASCII bytes whose hash is not here is never asked for
    /// and is not stored (a hash shared by an unread key only keeps that key).
    private static let readTable = WordSet(readKeys.map { WordHash.of($0.utf8) })

    /// Whether a key is one of ``readKeys`` (checked where keys are looked up, in debug builds).
    static func isRead(_ key: String) -> Bool { readKeys.contains(key) }

    /// ``keys(_:)`` of a value that is one key as written (ASCII without capitals, spaces,
    /// tabs, line feeds or CR): `.some(key)` when it is read, `.some(nil)` when not; nil for
    /// other values.
    private static func plainKey(_ bytes: ArraySlice<UInt8>) -> String?? {
        for b in bytes where b >= 0x80 || b == 0x0D || b &- 0x41 < 26 || b == 0x20 || b == 0x09 || b == 0x0A { return nil }
        return bytes.isEmpty || !readTable.contains(WordHash.of(bytes)) ? .some(nil) : .some(String(decoding: bytes, as: UTF8.self))
    }

    /// The lower-cased keys of a `property`, `name`, `itemprop` or `http-equiv` value,
    /// split at spaces, tabs and line feeds.
    private static func keys(_ bytes: ArraySlice<UInt8>) -> [String] {
        // ASCII without carriage returns (which join a following line feed into one
        // character) splits on bytes as it does on characters.
        var plain = true
        for b in bytes {
            if b >= 0x80 || b == 0x0D {
                return String(decoding: bytes, as: UTF8.self).split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" })
                    .map { $0.lowercased() }
            }
            if b &- 0x41 < 26 || b == 0x20 || b == 0x09 || b == 0x0A { plain = false }
        }
        // Most keys are one lower-case word, the String as written.
        if plain {
            return bytes.isEmpty || !readTable.contains(WordHash.of(bytes)) ? [] : [String(decoding: bytes, as: UTF8.self)]
        }
        var result: [String] = []
        var key: [UInt8] = []
        for b in bytes {
            if b == 0x20 || b == 0x09 || b == 0x0A {
                if !key.isEmpty {
                    if readTable.contains(WordHash.of(key)) { result.append(String(decoding: key, as: UTF8.self)) }
                    key.removeAll(keepingCapacity: true)
                }
            } else {
                key.append(b &- 0x41 < 26 ? b | 0x20 : b)
            }
        }
        if !key.isEmpty, readTable.contains(WordHash.of(key)) { result.append(String(decoding: key, as: UTF8.self)) }
        return result
    }

    /// The first value of the first key present.
    func first(_ keys: [String]) -> String? {
        for key in keys {
            assert(Self.isRead(key), "meta key \(key) missing from MetaTagReader.readKeys")
            if let v = entries[key]?.first { return v.value }
        }
        return nil
    }

    /// The values of a key written with its most trusted attribute (all `property` values,
    /// else all `name` values…).
    func best(_ key: String) -> [String] {
        assert(Self.isRead(key), "meta key \(key) missing from MetaTagReader.readKeys")
        guard let list = entries[key], let top = list.first?.rank else { return [] }
        return list.filter { $0.rank == top }.map(\.value)
    }

    /// Every value of the keys, in key order.
    func all(_ keys: [String]) -> [String] {
        assert(keys.allSatisfy(Self.isRead), "a meta key missing from MetaTagReader.readKeys")
        return keys.flatMap { entries[$0]?.map(\.value) ?? [] }
    }

    // Keys, most trusted first.
    static let titleKeys = [
        "dc:title", "dc.title", "dcterms.title", "dcterm:title", "og:title", "twitter:title", "parsely-title",
        "sailthru.title", "citation_title", "headline",
    ]
    static let authorKeys = [
        "dc:creator", "dc.creator", "dcterms.creator", "dcterm:creator", "author", "article:author", "parsely-author",
        "sailthru.author", "citation_author", "byl", "og:article:author", "book:author", "creator",
    ]
    static let publishedKeys = [
        "article:published_time", "og:article:published_time", "datepublished", "article:published",
        "published_time", "article.published", "parsely-pub-date", "sailthru.date", "dc.date.issued",
        "dcterms.issued", "dc.date", "dc:date", "dcterms.date", "dcterms.created", "dc.date.created",
        "citation_publication_date", "citation_date", "pubdate", "publishdate", "publish-date", "publish_date",
        "date", "originalpublicationdate", "article_date_original", "og:published_time", "release_date",
        "datecreated", "published", "publication_date", "publication-date", "date_published", "published-date",
        "date-published",
    ]
    static let modifiedKeys = [
        "article:modified_time", "og:article:modified_time", "datemodified", "og:updated_time", "dcterms.modified",
        "dc.date.modified", "last-modified", "lastmod", "article.updated", "modified_time",
    ]
    static let siteNameKeys = ["og:site_name", "application-name", "apple-mobile-web-app-title", "publisher", "dc.publisher", "dcterms.publisher", "citation_publisher"]
    static let descriptionKeys = ["description", "og:description", "twitter:description", "dc.description", "dcterms.description", "sailthru.description"]
    static let imageKeys = ["og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src", "sailthru.image.full", "thumbnail"]
    static let tagKeys = ["article:tag", "parsely-tags", "sailthru.tags", "news_keywords", "keywords"]
    static let categoryKeys = ["article:section", "parsely-section", "category", "dc.subject"]
    static let languageKeys = ["content-language", "dc.language", "dcterms.language", "language", "og:locale"]
    static let licenseKeys = ["license", "dc.rights", "dcterms.rights", "dcterms.license"]
    static let typeKeys = ["og:type", "parsely-type"]
    static let urlKeys = ["og:url", "twitter:url", "parsely-link"]
}

private extension Array where Element == (rank: Int, value: String) {
    /// Inserts a value after those of its rank and the more trusted ranks, before the less
    /// trusted ones.
    mutating func withinRank(_ rank: Int, insert value: String) {
        // The list is in rank order: a value of the last rank or a later one goes at the end
        // (nearly always; `insert` at the end went through a general replacement).
        guard let last, last.rank > rank else {
            append((rank, value))
            return
        }
        let position = firstIndex { $0.rank > rank } ?? count
        insert((rank, value), at: position)
    }
}
