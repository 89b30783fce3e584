/// Reads a page's metadata from its `<head>` and markup.
struct MetadataExtractor {
    let document: Document
    let url: String?

    func extract() -> Metadata {
        var metadata = Metadata()
        var ogTitle: String? = nil
        var titleTag: String? = nil
        for i in 0 ..< document.count {
            switch document.nodes[i].tag {
            case .title where titleTag == nil:
                titleTag = document.normalizedText(of: i)
            case .meta:
                let key = (document.attribute(.property, of: i) ?? document.attribute(.name, of: i))?.lowercased()
                let content = document.attribute(.content, of: i)
                if key == "og:title", ogTitle == nil { ogTitle = content }
                if key == "og:site_name", metadata.siteName == nil { metadata.siteName = content }
                if key == "description", metadata.description == nil { metadata.description = content }
            case .html where metadata.language == nil:
                metadata.language = document.attribute(.lang, of: i)
            default: break
            }
        }
        metadata.title = ogTitle ?? titleTag
        metadata.titleCandidates = [ogTitle, titleTag].compactMap { $0 }
        if metadata.language?.isEmpty == true { metadata.language = nil }
        return metadata
    }
}
