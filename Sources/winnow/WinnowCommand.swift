import ArgumentParser
import Foundation
import Winnow

@main
struct WinnowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "winnow", abstract: "Extract the main content of web pages.")

    @Option(name: .long, help: "Output format: text or jsonl.")
    var format: String = "text"

    @Flag(name: .long, help: "Print every block with its decision.")
    var explain = false

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
                if explain {
                    for d in result.decisions {
                        let t = d.text.replacingOccurrences(of: "\n", with: " ").prefix(90)
                        print("\(d.kept ? "KEEP" : "drop") \(d.inMainContainer ? "C" : " ") \(d.blockClass) [\(d.reason)] \(d.kind) ld=\(Int(d.linkDensity*100)) sw=\(Int(d.stopWordDensity*100)) c=\(d.characters) | \(d.path.split(separator: " > ").suffix(3).joined(separator: ">")) | \(t)")
                    }
                    continue
                }
                if format == "jsonl" {
                    let object: [String: Any] = [
                        "source": path, "text": result.text, "title": result.metadata.title ?? "",
                        "lang": result.metadata.language ?? "",
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
