import Foundation

/// Reads schema.org JSON-LD (`<script type="application/ld+json">`): single objects, arrays
/// and `@graph` lists, with `@id` references resolved. A script that does not parse, even
/// after the usual repairs (comment wrappers, raw line breaks, trailing commas), is skipped.
struct JSONLDReader {
    /// What the page's structured data says about it.
    struct Facts {
        var headline: String?
        /// The main object's `name`, when it also has a headline.
        var name: String?
        var authors: [String] = []
        var datePublished: String?
        /// Whether `datePublished` is a media object's `uploadDate`: the date of a video the
        /// page embeds, which yields to the page's own published-date meta tags.
        var datePublishedIsUpload = false
        var dateModified: String?
        var publisher: String?
        var websiteName: String?
        var description: String?
        var image: String?
        var keywords: [String] = []
        var sections: [String] = []
        var license: String?
        var language: String?
        var type: String?
        var url: String?
    }

    private var objects: [JSONObject] = []
    /// ``types(_:)`` of each of `objects`, found once for the readers below.
    private var objectTypes: [[String]] = []
    private var byID: [String: JSONObject] = [:]

    /// Adds the text of one script; returns false when it could not be parsed.
    @discardableResult
    mutating func add(script: String) -> Bool {
        guard let value = Self.parse(script) else { return false }
        collect(value, depth: 0)
        return true
    }

    static func parse(_ script: String) -> JSONValue? {
        var text = script.trimmingSpaces()
        guard !text.isEmpty else { return nil }
        if let v = decode(text) { return v }
        // Repairs for what CMSes commonly emit.
        for wrapper in ["<!--", "//<![CDATA[", "/*<![CDATA[*/", "<![CDATA["] where text.hasPrefix(wrapper) {
            text.removeFirst(wrapper.count)
        }
        for wrapper in ["-->", "//]]>", "/*]]>*/", "]]>"] where text.hasSuffix(wrapper) {
            text.removeLast(wrapper.count)
        }
        let plain = hasPlainScalars(text)
        let repaired = plain ? repairOnBytes(text) : repairOnCharacters(text)
        if let v = decode(repaired) { return v }
        // Several objects back to back: wrap them in a list.
        if repaired.hasPrefix("{"),
           let v = decode("[" + (plain ? separateObjectsOnBytes(repaired) : repaired.replacingOccurrences(of: "}{", with: "},{")) + "]") {
            return v
        }
        return nil
    }

    /// Whether the repairs can read a text's bytes (``repairOnBytes(_:)``) and give what they
    /// give on its Characters. They compare Characters with ASCII ones and ask whether one is
    /// whitespace (Swift asks that of its first scalar); bytes and Characters agree on both
    /// when every ASCII scalar and every whitespace scalar is a Character of its own, or
    /// the first scalar of one: no prepend anywhere, and no scalar right after an ASCII or
    /// whitespace scalar that could extend it (only those from the blocks
    /// ``AuthorNames/neverExtends(_:)`` lists, whitespace and pictographs may follow them). The one
    /// other pair, CR LF, is read as a pair. Scalars after other scalars are copied as they
    /// come, inside a Character or not.
    static func hasPlainScalars(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes -> Bool in
            var i = 0
            var previousStandsAlone = true  // the scalar before is ASCII or whitespace
            while i < bytes.count {
                let b = bytes[i]
                if b < 0x80 {
                    previousStandsAlone = true
                    i += 1
                    continue
                }
                let length = b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
                var v = UInt32(b) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                for k in 1 ..< length { v = v << 6 | UInt32(bytes[i + k] & 0x3F) }
                if AuthorNames.mayPrepend(v) { return false }
                if previousStandsAlone, !(AuthorNames.neverExtends(v) || AuthorNames.isWhiteSpace(v)
                                          || (0x1F300 ..< 0x1F3FB).contains(v) || (0x1F400 ..< 0x1F600).contains(v)) {
                    return false
                }
                previousStandsAlone = AuthorNames.isWhiteSpace(v)
                i += length
            }
            return true
        }
    }

    /// The repairs on Characters: raw line breaks and tabs inside strings become spaces,
    /// whitespace between tokens goes, runs of commas become one, and a comma before a closing
    /// bracket is dropped.
    static func repairOnCharacters(_ text: String) -> String {
        var repaired = ""
        repaired.reserveCapacity(text.utf8.count)
        var inString = false, escaped = false
        var pendingComma = false
        for ch in text {
            if inString {
                if escaped { escaped = false; repaired.append(ch); continue }
                if ch == "\\" { escaped = true; repaired.append(ch); continue }
                if ch == "\"" { inString = false }
                // Raw control characters are not allowed in JSON strings.
                if ch == "\n" || ch == "\r" || ch == "\t" { repaired.append(" "); continue }
                repaired.append(ch)
                continue
            }
            if ch == "," { if pendingComma { continue }; pendingComma = true; continue }
            if ch.isWhitespace { continue }
            if pendingComma {
                // A comma before a closing bracket is dropped.
                if ch != "}" && ch != "]" { repaired.append(",") }
                pendingComma = false
            }
            if ch == "\"" { inString = true }
            repaired.append(ch)
        }
        return repaired
    }

    /// ``repairOnCharacters(_:)`` on the bytes of a text whose scalars are Characters of their
    /// own (``hasPlainScalars(_:)``): a scalar's bytes are copied whole, and whitespace is the
    /// ASCII and other White_Space scalars (``AuthorNames/isWhiteSpace(_:)``). Scripts of
    /// tens of kilobytes were appended Character by Character.
    static func repairOnBytes(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes -> String in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var inString = false, escaped = false, pendingComma = false
            var i = 0
            let n = bytes.count
            while i < n {
                let c = bytes[i]
                let length = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4
                if c == 0x0D, i + 1 < n, bytes[i + 1] == 0x0A {
                    // CR LF, one Character: whitespace between tokens, kept whole in a string
                    // (it is neither a line feed nor a carriage return there).
                    if inString {
                        escaped = false
                        out.append(0x0D)
                        out.append(0x0A)
                    }
                    i += 2
                    continue
                }
                if inString, !escaped {
                    // A run of plain bytes in a string is copied as it stands (every stop byte
                    // of the scan is ASCII, so the run ends between characters).
                    let end = JSONPlainRun.end(in: bytes, from: i)
                    if end > i {
                        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i ..< end]))
                        i = end
                        continue
                    }
                }
                if inString {
                    if escaped {
                        escaped = false
                    } else if c == 0x5C {
                        escaped = true
                    } else {
                        if c == 0x22 { inString = false }
                        if c == 0x0A || c == 0x0D || c == 0x09 { out.append(0x20); i += 1; continue }
                    }
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i ..< i + length]))
                    i += length
                    continue
                }
                if c == 0x2C { pendingComma = true; i += 1; continue }
                if length == 1 {
                    if c == 0x20 || c &- 0x09 < 5 { i += 1; continue }
                } else {
                    var v = UInt32(c) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                    for k in 1 ..< length { v = v << 6 | UInt32(bytes[i + k] & 0x3F) }
                    if AuthorNames.isWhiteSpace(v) { i += length; continue }
                }
                if pendingComma {
                    if c != 0x7D && c != 0x5D { out.append(0x2C) }
                    pendingComma = false
                }
                if c == 0x22 { inString = true }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i ..< i + length]))
                i += length
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// `text.replacingOccurrences(of: "}{", with: "},{")` on the bytes of a text of plain
    /// scalars (``hasPlainScalars(_:)``), where Foundation finds the pair where its bytes are.
    static func separateObjectsOnBytes(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes -> String in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 16)
            var i = 0
            while i < bytes.count {
                if bytes[i] == 0x7D, i + 1 < bytes.count, bytes[i + 1] == 0x7B {
                    out.append(contentsOf: [0x7D, 0x2C, 0x7B])
                    i += 2
                } else {
                    out.append(bytes[i])
                    i += 1
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// Parses on the bytes (``JSONValue``), accepting what Foundation's `JSONSerialization`
    /// accepted here before, so that the same scripts take the repairs above; its
    /// dictionaries and dynamic casts were most of the cost of a page's metadata.
    private static func decode(_ text: String) -> JSONValue? {
        JSONValue.parse(Array(text.utf8))
    }

    private mutating func collect(_ value: JSONValue, depth: Int) {
        guard depth < 4 else { return }
        switch value {
        case .array(let list):
            for item in list { collect(item, depth: depth + 1) }
        case .object(let object):
            if let graph = object["@graph"] {
                collect(graph, depth: depth + 1)
                if object["@type"] == nil { return }
            }
            objects.append(object)
            objectTypes.append(Self.types(object))
            if let id = object["@id"]?.string, byID[id] == nil { byID[id] = object }
            // Nested definitions that others refer to by @id.
            for (k, member) in object.members.enumerated() {
                if let nested = member.value.object, let id = nested["@id"]?.string, nested.hasMoreKeys(than: 1),
                   byID[id] == nil, !object.isOverridden(k) {
                    byID[id] = nested
                }
            }
        default: break
        }
    }

    /// The schema.org type names of an object, without any `http://schema.org/` prefix.
    static func types(_ object: JSONObject) -> [String] {
        let raw: [String]
        switch object["@type"] {
        case .string(let t)?: raw = [t.value]
        case .array(let list)?: raw = list.compactMap(\.string)
        default: raw = []
        }
        return raw.map(typeName)
    }

    /// A type's name after its last `/`, `:` or `#` (the whole value when it has none). An
    /// ASCII value without CR is cut on its bytes, where its Characters are its bytes.
    static func typeName(_ t: String) -> String {
        if t.isASCIIWithoutCR {
            var t = t
            return t.withUTF8 { bytes -> String? in
                var k = bytes.count
                while k > 0 {
                    let b = bytes[k - 1]
                    if b == 0x2F || b == 0x3A || b == 0x23 { return String(decoding: UnsafeBufferPointer(rebasing: bytes[k...]), as: UTF8.self) }
                    k -= 1
                }
                return nil
            } ?? t
        }
        if let cut = t.lastIndex(where: { $0 == "/" || $0 == ":" || $0 == "#" }) { return String(t[t.index(after: cut)...]) }
        return t
    }

    static let articleTypes: Set<String> = [
        "Article", "NewsArticle", "BlogPosting", "Blog", "Report", "ScholarlyArticle", "TechArticle", "AnalysisNewsArticle",
        "OpinionNewsArticle", "ReviewNewsArticle", "BackgroundNewsArticle", "ReportageNewsArticle", "LiveBlogPosting",
        "SocialMediaPosting", "DiscussionForumPosting", "Review", "Recipe", "HowTo", "Question", "QAPage",
        "MedicalWebPage", "CreativeWork", "Legislation", "Thesis", "Chapter", "Book", "Guide", "PodcastEpisode",
        "VideoObject", "Movie", "Course", "Event", "Product", "JobPosting", "Dataset", "SoftwareApplication",
    ]
    static let pageTypes: Set<String> = [
        "WebPage", "ItemPage", "AboutPage", "FAQPage", "CollectionPage", "ProfilePage", "ContactPage",
        "SearchResultsPage", "CheckoutPage", "RealEstateListing",
    ]

    /// What the JSON-LD says about products on the page.
    struct ProductObjects {
        /// Objects typed `Product` or `ProductGroup` (nested offers and variants not counted).
        var products = 0
        /// Whether an item list, collection page or article-like object (other than a
        /// product) is declared too.
        var hasListOrArticle = false
        /// Objects typed `Recipe`.
        var recipes = 0
    }

    var productObjects: ProductObjects {
        var result = ProductObjects()
        for types in objectTypes {
            if types.contains("Recipe") { result.recipes += 1 }
            if types.contains(where: { Self.productTypes.contains($0) }) {
                result.products += 1
            } else if types.contains(where: { Self.listTypes.contains($0) || (Self.articleTypes.contains($0) && !Self.nonArticleWorks.contains($0)) }) {
                result.hasListOrArticle = true
            }
        }
        return result
    }

    /// Whether an object declares the page a discussion (a forum thread, a question and its
    /// answers): its replies are the page's text, not comments under it.
    /// The thread may be the main entity of a `WebPage` object rather than an object of its own.
    var declaresDiscussion: Bool {
        objects.indices.contains { k in
            if !Set(objectTypes[k]).isDisjoint(with: Self.discussionTypes) { return true }
            guard let main = objects[k]["mainEntity"]?.object else { return false }
            return !Set(Self.types(main)).isDisjoint(with: Self.discussionTypes)
        }
    }

    static let discussionTypes: Set<String> = ["DiscussionForumPosting", "QAPage"]
    static let productTypes: Set<String> = ["Product", "ProductGroup", "IndividualProduct", "ProductModel"]
    static let listTypes: Set<String> = ["ItemList", "CollectionPage", "SearchResultsPage", "OfferCatalog"]
    /// Types among `articleTypes` that a product page carries beside its product (its
    /// reviews, its questions).
    static let nonArticleWorks: Set<String> = ["Review", "Question", "QAPage", "VideoObject", "Product", "Book", "Course", "SoftwareApplication", "Event", "Dataset", "CreativeWork", "Movie", "HowTo", "Recipe"]

    /// The facts about the page: from the main object (an article-like type, else a web page),
    /// with the web site's and publisher's names.
    func facts() -> Facts {
        var facts = Facts()
        // Each object's types, found once for the four searches.
        let types = objectTypes
        let articles = objects.indices.filter { types[$0].contains(where: Self.articleTypes.contains) }
        let main = (articles.first { Self.isArticleLike(objects[$0]) } ?? articles.first).map { objects[$0] }
        let page = objects.indices.first { types[$0].contains(where: Self.pageTypes.contains) }.map { objects[$0] }
        let site = objects.indices.first { types[$0].contains("WebSite") }.map { objects[$0] }
        if let site, let name = string(site["name"]) { facts.websiteName = name }
        let sources: [(object: JSONObject, isMain: Bool)] = [(main, true), (page, false)].compactMap { pair in
            pair.0.map { ($0, pair.1) }
        }
        for (source, isMain) in sources {
            if facts.type == nil { facts.type = Self.types(source).first { Self.articleTypes.contains($0) || Self.pageTypes.contains($0) } }
            if facts.headline == nil {
                facts.headline = string(source["headline"])
                if isMain {
                    if facts.headline == nil { facts.headline = string(source["name"]) } else { facts.name = string(source["name"]) }
                }
            }
            if facts.authors.isEmpty { facts.authors = names(source["author"] ?? source["creator"]) }
            if facts.datePublished == nil {
                facts.datePublished = string(source["datePublished"] ?? source["dateCreated"])
                if facts.datePublished == nil, let upload = string(source["uploadDate"]) {
                    facts.datePublished = upload
                    facts.datePublishedIsUpload = true
                }
            }
            if facts.dateModified == nil { facts.dateModified = string(source["dateModified"]) }
            if facts.publisher == nil { facts.publisher = names(source["publisher"]).first }
            if facts.description == nil { facts.description = string(source["description"]) }
            if facts.image == nil { facts.image = url(source["image"] ?? source["thumbnailUrl"]) }
            if facts.keywords.isEmpty { facts.keywords = list(source["keywords"]) }
            if facts.sections.isEmpty { facts.sections = list(source["articleSection"]) }
            if facts.license == nil { facts.license = url(source["license"]) }
            if facts.language == nil { facts.language = language(source["inLanguage"]) }
            if facts.url == nil { facts.url = url(source["url"]) }
        }
        if facts.publisher == nil, let site { facts.publisher = names(site["publisher"]).first }
        if facts.language == nil, let site { facts.language = language(site["inLanguage"]) }
        return facts
    }

    /// An object that describes a document (has a headline, an author or a date).
    private static func isArticleLike(_ object: JSONObject) -> Bool {
        object["headline"] != nil || object["author"] != nil || object["datePublished"] != nil
    }

    /// A reference (`{"@id": …}`, at most one other key) replaced by the object it names.
    private func resolve(_ value: JSONValue?) -> JSONValue? {
        if case .object(let object)? = value, !object.hasMoreKeys(than: 2), let id = object["@id"]?.string, let target = byID[id] {
            return .object(target)
        }
        return value
    }

    private func string(_ value: JSONValue?) -> String? {
        guard let value = resolve(value) else { return nil }
        switch value {
        case .string(let raw):
            let t = HTMLEntities.decode(raw.value).trimmingSpaces()
            return t.isEmpty ? nil : t
        case .number, .bool: return value.numberText
        case .array(let list): return list.lazy.compactMap { self.string($0) }.first
        case .object(let object): return string(object["@value"] ?? object["name"])
        case .null: return nil
        }
    }

    /// Names of people or organisations: a string, an object with `name`, or a list of them.
    private func names(_ value: JSONValue?) -> [String] {
        guard let value = resolve(value) else { return [] }
        switch value {
        case .string(let raw): return [HTMLEntities.decode(raw.value).trimmingSpaces()].filter { !$0.isEmpty }
        case .array(let list): return list.prefix(20).flatMap { names($0) }
        case .object(let object):
            if let name = string(object["name"]) { return [name] }
            let parts = [string(object["givenName"]), string(object["familyName"])].compactMap { $0 }
            if !parts.isEmpty { return [parts.joined(separator: " ")] }
            return []
        default: return []
        }
    }

    private func url(_ value: JSONValue?) -> String? {
        guard let value = resolve(value) else { return nil }
        switch value {
        case .string(let raw):
            let s = raw.value
            return s.trimmingSpaces().isEmpty ? nil : s.trimmingSpaces()
        case .array(let list): return list.lazy.compactMap { self.url($0) }.first
        case .object(let object): return url(object["url"] ?? object["contentUrl"] ?? object["@id"])
        default: return nil
        }
    }

    private func list(_ value: JSONValue?) -> [String] {
        switch value {
        case .string(let raw)?:
            return raw.value.split(separator: ",").map { HTMLEntities.decode(String($0)).trimmingSpaces() }.filter { !$0.isEmpty }
        case .array(let l)?: return l.compactMap { string($0) }
        default: return []
        }
    }

    private func language(_ value: JSONValue?) -> String? {
        switch value {
        case .string(let raw)?: return raw.value
        case .object(let object)?: return string(object["alternateName"] ?? object["name"])
        case .array(let list)?: return list.lazy.compactMap { self.language($0) }.first
        default: return nil
        }
    }
}

/// Decodes the HTML character references that leak into metadata values.
enum HTMLEntities {
    static func decode(_ s: String) -> String {
        guard s.containsUTF8(0x26) else { return s }
        if s.isASCIIWithoutCR {
            var s = s
            return s.withUTF8 { decodeASCII($0) }
        }
        return decodeCharacters(s)
    }

    /// ``decode(_:)`` for ASCII without CR, where Characters are bytes: text is copied in runs
    /// between ampersands, and a reference is the `&` and up to 11 more bytes to the first `;`.
    static func decodeASCII(_ s: UnsafeBufferPointer<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(s.count)
        var i = 0
        let n = s.count
        while i < n {
            let b = s[i]
            guard b == 0x26 else { out.append(b); i += 1; continue }
            var semi = i + 1
            while semi < min(n, i + 12), s[semi] != 0x3B { semi += 1 }
            guard semi < min(n, i + 12) else { out.append(b); i += 1; continue }
            let name = String(decoding: UnsafeBufferPointer(rebasing: s[(i + 1) ..< semi]), as: UTF8.self)
            var replacement: String? = nil
            if name.hasPrefix("#x") || name.hasPrefix("#X") {
                if let v = UInt32(name.dropFirst(2), radix: 16), let u = Unicode.Scalar(v) { replacement = String(u) }
            } else if name.hasPrefix("#") {
                if let v = UInt32(name.dropFirst()), let u = Unicode.Scalar(v) { replacement = String(u) }
            } else {
                replacement = named[name]
            }
            if let replacement {
                out.append(contentsOf: replacement.utf8)
                i = semi + 1
            } else {
                out.append(b)
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// ``decode(_:)`` on Characters.
    static func decodeCharacters(_ s: String) -> String {
        guard s.containsUTF8(0x26) else { return s }
        var out = ""
        var i = s.startIndex
        while i < s.endIndex {
            let ch = s[i]
            guard ch == "&", let semi = s[i...].prefix(12).firstIndex(of: ";") else {
                out.append(ch); i = s.index(after: i); continue
            }
            let name = s[s.index(after: i) ..< semi]
            var replacement: String? = nil
            if name.hasPrefix("#x") || name.hasPrefix("#X") {
                if let v = UInt32(name.dropFirst(2), radix: 16), let u = Unicode.Scalar(v) { replacement = String(u) }
            } else if name.hasPrefix("#") {
                if let v = UInt32(name.dropFirst()), let u = Unicode.Scalar(v) { replacement = String(u) }
            } else {
                replacement = named[String(name)]
            }
            if let replacement {
                out += replacement
                i = s.index(after: semi)
            } else {
                out.append(ch); i = s.index(after: i)
            }
        }
        return out
    }

    private static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "ndash": "–", "mdash": "—",
        "rsquo": "’", "lsquo": "‘", "rdquo": "”", "ldquo": "“", "hellip": "…", "copy": "©", "reg": "®",
    ]
}
