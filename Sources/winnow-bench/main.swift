// winnow-bench: in-process speed and memory measurements for Scripts/bench.
//
//   winnow-bench speed DATASET_DIR [--limit N] [--repeat N] [--phase parse|extract|both]
//   winnow-bench scaling [PAGE.html[.gz]] [--repeat N] [--sizes 100000,1000000,10000000]
//
// `speed` loads every page of DATASET_DIR/html/*.html.gz into memory first (gunzip through
// Gzip.decompress), then times HTMLParser.parse alone over all pages, then the full
// Extractor().extract(bytes) (parse included), the way peers.py times its peers: file reading
// and gunzip excluded, wall-clock time, one thread.
//
// `scaling` builds synthetic pages of about 100 kB, 1 MB and 10 MB by repeating the body of a
// real page (or a generated article when none is given) and times a full extraction of each.
//
// Only Glibc and Winnow: without Foundation the process is small, so its peak resident set is
// the pages and the work.
import Glibc
import Winnow

// MARK: - Small helpers

func now() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

/// A whole file's bytes, read to its end (/proc files report a size of 0), or nil.
func readBytes(_ path: String) -> [UInt8]? {
    guard let file = fopen(path, "r") else { return nil }
    defer { fclose(file) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
        let n = fread(&chunk, 1, chunk.count, file)
        if n <= 0 { break }
        bytes += chunk[0 ..< n]
    }
    return bytes
}

/// A line of /proc/self/status, in kB (VmHWM: peak resident set, VmRSS: current).
func status(_ key: String) -> Int {
    guard let bytes = readBytes("/proc/self/status") else { return -1 }
    let text = String(decoding: bytes, as: UTF8.self)
    for line in text.split(separator: "\n") where line.hasPrefix(key + ":") {
        return Int(line.dropFirst(key.count + 1).split(whereSeparator: { $0 == " " || $0 == "\t" }).first ?? "") ?? -1
    }
    return -1
}

/// Resets VmHWM to the current resident set (Linux ≥ 4.0), so that a phase's peak can be read.
func resetPeak() {
    guard let file = fopen("/proc/self/clear_refs", "w") else { return }
    fputs("5", file)
    fclose(file)
}

func fail(_ message: String) -> Never {
    var text = "winnow-bench: \(message)\n"
    text.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
    exit(2)
}

func load(_ path: String) -> [UInt8] {
    guard let raw = readBytes(path) else { fail("cannot read \(path)") }
    guard Gzip.isCompressed(raw) else { return raw }
    do { return try Gzip.decompress(raw) } catch { fail("\(path): \(error)") }
}

/// The names in a directory.
func directoryEntries(_ path: String) -> [String]? {
    guard let dir = opendir(path) else { return nil }
    defer { closedir(dir) }
    var names: [String] = []
    while let entry = readdir(dir) {
        let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
            String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
        }
        names.append(name)
    }
    return names
}

/// A number with a fixed count of decimals.
func fixed(_ value: Double, _ decimals: Int) -> String {
    guard value.isFinite else { return "0" }
    var scale = 1.0
    for _ in 0 ..< decimals { scale *= 10 }
    let rounded = (abs(value) * scale).rounded()
    let whole = Int(rounded / scale)
    var fraction = String(Int(rounded - Double(whole) * scale))
    while fraction.count < decimals { fraction = "0" + fraction }
    return (value < 0 ? "-" : "") + String(whole) + (decimals > 0 ? "." + fraction : "")
}

struct Arguments {
    var positional: [String] = []
    var options: [String: String] = [:]

    init(_ list: ArraySlice<String>) {
        var it = list.makeIterator()
        while let a = it.next() {
            if a.hasPrefix("--") {
                guard let value = it.next() else { fail("\(a) needs a value") }
                options[String(a.dropFirst(2))] = value
            } else {
                positional.append(a)
            }
        }
    }

    func int(_ key: String, _ fallback: Int) -> Int {
        guard let s = options[key] else { return fallback }
        guard let v = Int(s) else { fail("--\(key) wants a number") }
        return v
    }
}

/// Keeps results alive so that the optimiser cannot drop the work.
nonisolated(unsafe) var sink = 0

// MARK: - speed

func speed(_ args: Arguments) {
    guard let dataset = args.positional.first else { fail("speed needs a data set directory") }
    let directory = dataset + "/html"
    guard let names = directoryEntries(directory) else { fail("\(directory): not a directory") }
    var files = names.filter { $0.hasSuffix(".html.gz") }.sorted()
    let limit = args.int("limit", files.count)
    files = Array(files.prefix(limit))
    let repeats = max(1, args.int("repeat", 1))
    let phase = args.options["phase"] ?? "both"

    let pages = files.map { load(directory + "/" + $0) }
    let bytes = pages.reduce(0) { $0 + $1.count }
    let loadedKB = status("VmRSS")
    let extractor = Extractor()
    var failures = 0

    // Best of `repeats` passes over all pages (one pass when --repeat is not given).
    func timed(_ body: ([UInt8]) -> Void) -> (seconds: Double, peakKB: Int) {
        var best = Double.infinity
        resetPeak()
        for _ in 0 ..< repeats {
            let t0 = now()
            for page in pages { body(page) }
            best = min(best, now() - t0)
        }
        return (best, status("VmHWM"))
    }

    var parse: (seconds: Double, peakKB: Int)? = nil
    var full: (seconds: Double, peakKB: Int)? = nil
    if phase == "parse" || phase == "both" {
        failures = 0
        parse = timed { page in
            do { sink &+= try HTMLParser.parse(page).count } catch { failures += 1 }
        }
    }
    if phase == "extract" || phase == "both" {
        failures = 0
        full = timed { page in
            do { sink &+= try extractor.extract(page).text.utf8.count } catch { failures += 1 }
        }
    }
    let name = dataset.split(separator: "/").last.map(String.init) ?? dataset
    var fields = [
        "\"dataset\":\"\(name)\"", "\"pages\":\(pages.count)", "\"bytes\":\(bytes)",
        "\"failures\":\(failures)", "\"loaded_rss_kb\":\(loadedKB)", "\"repeat\":\(repeats)",
    ]
    if let parse {
        fields += [
            "\"parse_s\":\(fixed(parse.seconds, 4))",
            "\"parse_pps\":\(fixed(Double(pages.count) / parse.seconds, 1))",
            "\"parse_peak_kb\":\(parse.peakKB)",
        ]
    }
    if let full {
        fields += [
            "\"extract_s\":\(fixed(full.seconds, 4))",
            "\"extract_pps\":\(fixed(Double(pages.count) / full.seconds, 1))",
            "\"extract_peak_kb\":\(full.peakKB)",
        ]
    }
    print("{" + fields.joined(separator: ",") + "}")
}

// MARK: - scaling

/// The part of a page between `<body…>` and `</body>` (the whole page when it has no body).
func bodyOf(_ page: [UInt8]) -> (head: [UInt8], body: [UInt8]) {
    let lower = page.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
    func find(_ needle: String, from: Int = 0) -> Int? {
        let n = Array(needle.utf8)
        guard lower.count >= n.count, from <= lower.count - n.count else { return nil }
        for i in from ... lower.count - n.count where lower[i] == n[0] && Array(lower[i ..< i + n.count]) == n {
            return i
        }
        return nil
    }
    guard let open = find("<body"), let close = lower[open...].firstIndex(of: 0x3E) else {
        return (Array("<!doctype html><html><head><title>t</title></head><body>".utf8), page)
    }
    let end = find("</body", from: close) ?? page.count
    return (Array(page[...close]), Array(page[(close + 1) ..< end]))
}

/// A generated article: nested sections, paragraphs with links and inline markup, a list and
/// a sidebar of links, about 6 kB a section.
func generatedSection(_ n: Int) -> [UInt8] {
    var s = "<div class=\"section\" id=\"s\(n)\"><div class=\"inner\"><h2>Section \(n) of the report</h2>"
    for p in 0 ..< 8 {
        s += "<p>The committee met on the \(p + 1)th day to review <a href=\"/doc/\(n)/\(p)\">the findings</a> "
        s += "of the <em>annual survey</em>, which covered more than \(n * 10 + p) households across the region. "
        s += "Members noted that the results, while broadly consistent with earlier years, showed a marked "
        s += "change in how <strong>younger residents</strong> travel to work and school.</p>"
    }
    s += "<ul>" + (0 ..< 5).map { "<li><a href=\"/tag/\($0)\">Topic \($0)</a></li>" }.joined() + "</ul>"
    s += "<aside class=\"sidebar\"><div><span>Related</span><a href=\"/r/\(n)\">More on this</a></div></aside>"
    s += "</div></div>\n"
    return Array(s.utf8)
}

func syntheticPage(template: [UInt8]?, size: Int) -> [UInt8] {
    var page: [UInt8]
    var unit: (Int) -> [UInt8]
    if let template {
        let (head, body) = bodyOf(template)
        page = head
        let wrapped = Array("<div class=\"repeat\">".utf8) + body + Array("</div>\n".utf8)
        unit = { _ in wrapped }
    } else {
        page = Array("<!doctype html><html><head><title>Synthetic article</title></head><body><article>".utf8)
        unit = generatedSection
    }
    var n = 0
    while page.count < size {
        page += unit(n)
        n += 1
    }
    page += Array("</body></html>\n".utf8)
    return page
}

func scaling(_ args: Arguments) {
    let template = args.positional.first.map(load)
    let repeats = max(1, args.int("repeat", 3))
    let extractor = Extractor()
    var results: [(size: Int, seconds: Double)] = []
    let sizes = args.options["sizes"].map { $0.split(separator: ",").compactMap { Int($0) } }
        ?? [100_000, 1_000_000, 10_000_000]
    guard sizes.count >= 1 else { fail("--sizes wants numbers, e.g. 100000,1000000,10000000") }
    for size in sizes {
        let page = syntheticPage(template: template, size: size)
        var best = Double.infinity
        var bestParse = Double.infinity
        var textBytes = 0
        for _ in 0 ..< repeats {
            do {
                let t0 = now()
                sink &+= try HTMLParser.parse(page).count
                bestParse = min(bestParse, now() - t0)
                let t1 = now()
                textBytes = try extractor.extract(page).text.utf8.count
                best = min(best, now() - t1)
            } catch { fail("synthetic page of \(size) bytes: \(error)") }
        }
        sink &+= textBytes
        results.append((page.count, best))
        print("{\"bytes\":\(page.count),\"seconds\":\(fixed(best, 5)),\"parse_seconds\":\(fixed(bestParse, 5)),"
            + "\"mb_per_s\":\(fixed(Double(page.count) / best / 1e6, 1)),\"text_bytes\":\(textBytes)}")
    }
    // Time per byte, 10 MB over 1 MB: linear growth gives 10 × (the target allows ≤ 12 ×).
    guard results.count == 3 else { return }
    let ratio = results[2].seconds / results[1].seconds
    let perByte = (results[2].seconds / Double(results[2].size)) / (results[1].seconds / Double(results[1].size))
    print("{\"ratio_10mb_over_1mb\":\(fixed(ratio, 2)),\"per_byte_ratio\":\(fixed(perByte, 2)),\"linear\":\(ratio <= 12)}")
}

// MARK: - main

let argv = CommandLine.arguments
guard argv.count >= 2 else {
    fail("usage: winnow-bench speed DATASET_DIR [--limit N] [--repeat N] [--phase parse|extract|both]\n"
        + "       winnow-bench scaling [PAGE] [--repeat N]")
}
switch argv[1] {
case "speed": speed(Arguments(argv.dropFirst(2)))
case "scaling": scaling(Arguments(argv.dropFirst(2)))
default: fail("unknown mode \(argv[1])")
}
