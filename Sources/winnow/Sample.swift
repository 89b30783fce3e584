import Foundation
import Winnow

/// A regression sample: a folder holding `page.html` (or `page.html.gz`), the expected output
/// in `expected.txt` / `expected.md` / `expected.html` / `expected.json`, and optionally
/// `options.json` with the extraction options and the formats to compare.
struct Sample {
    /// The sample's folder, as found (joined to the directory given).
    var directory: String
    /// The folder's name.
    var name: String
    /// The page file inside the folder.
    var page: String
    var options: Options

    /// `options.json`: every key is optional.
    struct Options: Decodable, Equatable {
        var url: String?
        var includeComments: Bool?
        var includeLinks: Bool?
        var includeImages: Bool?
        var includeTables: Bool?
        var includeFormatting: Bool?
        var mode: ExtractionOptions.Mode?
        /// Which expected files to compare: "text" (expected.txt), "markdown" (expected.md),
        /// "html" (expected.html), "json" (expected.json). Default: text.
        var formats: [OutputFormat]?
        /// Why the extractor does not yet produce the expected output, when it does not: the
        /// sample is still compared and its diff shown, but it does not fail the check. The
        /// expected file stays what a person judged right.
        var knownGap: String?

        var extractionOptions: ExtractionOptions {
            let defaults = ExtractionOptions()
            return ExtractionOptions(
                mode: mode ?? defaults.mode, includeComments: includeComments ?? defaults.includeComments,
                includeLinks: includeLinks ?? defaults.includeLinks, includeImages: includeImages ?? defaults.includeImages,
                includeTables: includeTables ?? defaults.includeTables,
                includeFormatting: includeFormatting ?? defaults.includeFormatting, url: url)
        }
    }

    static let pageNames = ["page.html", "page.html.gz"]

    /// The file that holds the expected output in a format.
    static func expectedFileName(_ format: OutputFormat) -> String {
        switch format {
        case .text: return "expected.txt"
        case .markdown: return "expected.md"
        case .html: return "expected.html"
        case .json: return "expected.json"
        }
    }

    func expectedPath(_ format: OutputFormat) -> String {
        InputCollector.join(directory, Self.expectedFileName(format))
    }

    /// A problem with a sample folder or a directory given to `check`.
    struct Problem: Error, CustomStringConvertible {
        var path: String
        var reason: String
        var description: String { "\(path): \(reason)" }
    }

    /// Loads the sample in a folder, or nil when the folder holds no page.
    static func load(_ directory: String) throws(Problem) -> Sample? {
        let fm = FileManager.default
        guard let page = pageNames.map({ InputCollector.join(directory, $0) }).first(where: { fm.fileExists(atPath: $0) })
        else { return nil }
        var options = Options()
        let optionsPath = InputCollector.join(directory, "options.json")
        if let data = fm.contents(atPath: optionsPath) {
            do {
                options = try JSONDecoder().decode(Options.self, from: data)
            } catch {
                throw Problem(path: optionsPath, reason: "not valid options: \(Self.describe(error))")
            }
        }
        let name = directory.split(separator: "/").last.map(String.init) ?? directory
        return Sample(directory: directory, name: name, page: page, options: options)
    }

    /// Every sample in a directory: the directory itself when it is a sample, else the sample
    /// folders below it (searched recursively), sorted by path.
    static func find(in root: String) throws(Problem) -> [Sample] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw Problem(path: root, reason: "no such directory")
        }
        if let sample = try load(root) { return [sample] }
        var folders: [String] = []
        if let enumerator = FileManager.default.enumerator(atPath: root) {
            while let relative = enumerator.nextObject() as? String {
                guard enumerator.fileAttributes?[.type] as? FileAttributeType == .typeDirectory else { continue }
                if relative.split(separator: "/").last?.hasPrefix(".") == true {
                    enumerator.skipDescendants()
                    continue
                }
                folders.append(relative)
            }
        }
        folders.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        var samples: [Sample] = []
        for folder in folders {
            if let sample = try load(InputCollector.join(root, folder)) { samples.append(sample) }
        }
        if samples.isEmpty { throw Problem(path: root, reason: "no samples (folders holding page.html or page.html.gz)") }
        return samples
    }

    private static func describe(_ error: any Error) -> String {
        switch error {
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context),
            DecodingError.keyNotFound(_, let context), DecodingError.dataCorrupted(let context):
            let key = context.codingPath.map(\.stringValue).joined(separator: ".")
            return key.isEmpty ? context.debugDescription : "\(key): \(context.debugDescription)"
        default:
            return String(describing: error)
        }
    }
}
