import Foundation

/// A one-line progress bar on standard error: done/total, percentage, rate and time left.
/// It draws only when standard error is a terminal, and at most ten times a second. For a
/// stream whose length is not known (record runs), it counts: done, rate, time so far.
final class ProgressBar {
    /// The count of items, or nil for a stream.
    let total: Int?
    /// What is counted, in the rate (`files`, `records`).
    let unit: String
    private let enabled: Bool
    private let start = Date()
    private var lastDraw = Date.distantPast
    private var visible = false
    private(set) var done = 0
    private(set) var failed = 0

    /// - Parameter enabled: whether to draw at all (the caller's `--quiet`, batch size and
    ///   terminal checks).
    init(total: Int?, unit: String = "files", enabled: Bool) {
        self.total = total
        self.unit = unit
        self.enabled = enabled
    }

    /// Whether a bar belongs on this run: a terminal on standard error and more than a few files.
    static func wanted(total: Int, quiet: Bool) -> Bool {
        !quiet && total > 5 && Terminal.stderrIsTerminal
    }

    func advance(failed didFail: Bool) {
        done += 1
        if didFail { failed += 1 }
        guard enabled else { return }
        let now = Date()
        if done == total || now.timeIntervalSince(lastDraw) >= 0.1 {
            lastDraw = now
            draw(now)
        }
    }

    /// Erases the bar so that a message can take its line; the next advance redraws it.
    func clear() {
        guard enabled, visible else { return }
        Terminal.error("\r\u{1B}[K")
        visible = false
    }

    /// Erases the bar at the end of the run.
    func finish() { clear() }

    private func draw(_ now: Date) {
        let width = Terminal.width(of: 2) ?? 80
        let elapsed = now.timeIntervalSince(start)
        let text =
            total.map { Self.line(done: done, total: $0, failed: failed, elapsed: elapsed, width: width) }
            ?? Self.countLine(done: done, unit: unit, failed: failed, elapsed: elapsed, width: width)
        Terminal.error("\r" + text + "\u{1B}[K")
        visible = true
    }

    /// The bar's text, such as `[#######.......] 512/1,000 51%  84.2 files/s  ETA 0:06`.
    static func line(done: Int, total: Int, failed: Int, elapsed: TimeInterval, width: Int) -> String {
        let fraction = total > 0 ? Double(done) / Double(total) : 1
        let rate = elapsed > 0 ? Double(done) / elapsed : 0
        var stats = "\(grouped(done))/\(grouped(total)) \(Int(fraction * 100))%"
        stats += String(format: "  %.1f files/s", rate)
        if done < total {
            stats += "  ETA " + (rate > 0 ? duration(Double(total - done) / rate) : "--:--")
        } else {
            stats += "  " + duration(elapsed)
        }
        if failed > 0 { stats += "  \(grouped(failed)) failed" }
        let barWidth = min(30, width - stats.count - 4)
        guard barWidth >= 5 else { return String(stats.prefix(max(0, width - 1))) }
        let filled = Int(fraction * Double(barWidth))
        return "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: barWidth - filled) + "] " + stats
    }

    /// The counter's text for a stream, such as `1,204 records  212.4 records/s  0:06`.
    static func countLine(done: Int, unit: String, failed: Int, elapsed: TimeInterval, width: Int) -> String {
        let rate = elapsed > 0 ? Double(done) / elapsed : 0
        var stats = "\(grouped(done)) \(unit)" + String(format: "  %.1f ", rate) + "\(unit)/s  " + duration(elapsed)
        if failed > 0 { stats += "  \(grouped(failed)) failed" }
        return String(stats.prefix(max(0, width - 1)))
    }

    static func duration(_ seconds: TimeInterval) -> String {
        let s = Int(seconds.rounded())
        if s >= 3600 { return String(format: "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) }
        return String(format: "%d:%02d", s / 60, s % 60)
    }

    static func grouped(_ n: Int) -> String {
        let digits = String(n)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return out
    }
}
