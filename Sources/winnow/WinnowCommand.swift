import ArgumentParser
import Foundation
import Winnow

@main
struct WinnowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "winnow", abstract: "Extract the main content of web pages.")

    @Option(name: .long, help: "Output format: text or jsonl.")
    var format: String = "text"

    @Argument(help: "HTML files (gzip allowed).")
    var files: [String] = []

    func run() throws {
        let extractor = Extractor()
        for path in files {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write("winnow: \(path): cannot read\n".data(using: .utf8)!)
                continue
            }
            do {
                let result = try extractor.extract([UInt8](data))
                if format == "jsonl" {
                    let object: [String: Any] = [
                        "source": path, "text": result.text, "title": result.metadata.title ?? "",
                        "lang": result.metadata.language ?? "", "author": result.metadata.author ?? "",
                        "date": result.metadata.datePublished ?? "", "sitename": result.metadata.siteName ?? "",
                    ]
                    let json = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
                    FileHandle.standardOutput.write(json)
                    FileHandle.standardOutput.write("\n".data(using: .utf8)!)
                } else {
                    print(result.text, terminator: "")
                }
            } catch {
                FileHandle.standardError.write("winnow: \(path): \(error)\n".data(using: .utf8)!)
            }
        }
    }
}
