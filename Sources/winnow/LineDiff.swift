/// A line diff (Myers' O(ND) shortest edit script) and its unified rendering.
struct LineDiff {
    enum Edit: Equatable {
        /// A line of both sides: its index in the old and in the new lines.
        case same(Int, Int)
        /// A line of the old side only.
        case delete(Int)
        /// A line of the new side only.
        case insert(Int)
    }

    let old: [Substring]
    let new: [Substring]
    let edits: [Edit]

    /// Beyond this many differences the diff gives up on a minimal script and replaces the
    /// whole differing middle, to bound time and memory.
    static let maximumDistance = 4000

    init(old: String, new: String) {
        self.init(old: Self.lines(old), new: Self.lines(new))
    }

    init(old: [Substring], new: [Substring]) {
        self.old = old
        self.new = new
        edits = Self.editScript(old, new)
    }

    /// The lines of a text; a final newline does not start another line.
    static func lines(_ text: String) -> [Substring] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if text.hasSuffix("\n") { lines.removeLast() }
        return lines
    }

    var isEmpty: Bool { edits.allSatisfy { if case .same = $0 { return true } else { return false } } }

    /// The diff in unified format: `---`/`+++` headers, then `@@` hunks with `context` lines
    /// around each change. Empty when the sides are equal.
    func unified(oldName: String, newName: String, context: Int = 3) -> String {
        let changes = edits.indices.filter { if case .same = edits[$0] { return false } else { return true } }
        guard !changes.isEmpty else { return "" }
        var out = "--- \(oldName)\n+++ \(newName)\n"
        var start = 0
        while start < changes.count {
            // Changes closer than twice the context share a hunk.
            var end = start
            while end + 1 < changes.count, changes[end + 1] - changes[end] <= 2 * context + 1 { end += 1 }
            let lower = max(0, changes[start] - context)
            let upper = min(edits.count - 1, changes[end] + context)
            out += hunk(lower...upper)
            start = end + 1
        }
        return out
    }

    private func hunk(_ range: ClosedRange<Int>) -> String {
        var oldStart: Int?, newStart: Int?
        var oldCount = 0, newCount = 0
        var body = ""
        for edit in edits[range] {
            switch edit {
            case .same(let a, let b):
                oldStart = oldStart ?? a
                newStart = newStart ?? b
                oldCount += 1
                newCount += 1
                body += " \(old[a])\n"
            case .delete(let a):
                oldStart = oldStart ?? a
                oldCount += 1
                body += "-\(old[a])\n"
            case .insert(let b):
                newStart = newStart ?? b
                newCount += 1
                body += "+\(new[b])\n"
            }
        }
        // A side with no lines in the hunk is placed after the line before the hunk.
        let oldFrom = oldStart.map { $0 + 1 } ?? linesBefore(range.lowerBound, old: true)
        let newFrom = newStart.map { $0 + 1 } ?? linesBefore(range.lowerBound, old: false)
        return "@@ -\(Self.range(oldFrom, oldCount)) +\(Self.range(newFrom, newCount)) @@\n" + body
    }

    /// How many lines of a side come before an edit.
    private func linesBefore(_ index: Int, old side: Bool) -> Int {
        var count = 0
        for edit in edits[..<index] {
            switch edit {
            case .same: count += 1
            case .delete: if side { count += 1 }
            case .insert: if !side { count += 1 }
            }
        }
        return count
    }

    private static func range(_ start: Int, _ count: Int) -> String {
        count == 1 ? "\(start)" : "\(start),\(count)"
    }

    /// The shortest edit script, after trimming the common head and tail.
    static func editScript(_ a: [Substring], _ b: [Substring]) -> [Edit] {
        var head = 0
        while head < a.count, head < b.count, a[head] == b[head] { head += 1 }
        var tail = 0
        while tail < a.count - head, tail < b.count - head, a[a.count - 1 - tail] == b[b.count - 1 - tail] { tail += 1 }
        var edits = (0..<head).map { Edit.same($0, $0) }
        let middleA = Array(a[head..<(a.count - tail)])
        let middleB = Array(b[head..<(b.count - tail)])
        edits += myers(middleA, middleB).map { edit in
            switch edit {
            case .same(let x, let y): return .same(x + head, y + head)
            case .delete(let x): return .delete(x + head)
            case .insert(let y): return .insert(y + head)
            }
        }
        edits += (0..<tail).map { Edit.same(a.count - tail + $0, b.count - tail + $0) }
        return edits
    }

    private static func myers(_ a: [Substring], _ b: [Substring]) -> [Edit] {
        let n = a.count, m = b.count
        if n == 0 { return (0..<m).map { .insert($0) } }
        if m == 0 { return (0..<n).map { .delete($0) } }
        let limit = min(n + m, maximumDistance)
        let offset = limit + 1
        var v = [Int](repeating: 0, count: 2 * limit + 3)
        // trace[d] holds v[-d...d] as it was before step d.
        var trace: [[Int]] = []
        for d in 0...limit {
            trace.append(Array(v[(offset - d)...(offset + d)]))
            for k in stride(from: -d, through: d, by: 2) {
                var x = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) ? v[offset + k + 1] : v[offset + k - 1] + 1
                var y = x - k
                while x < n, y < m, a[x] == b[y] {
                    x += 1
                    y += 1
                }
                v[offset + k] = x
                if x >= n, y >= m { return backtrack(trace, n: n, m: m) }
            }
        }
        // Too different: everything old goes, everything new comes.
        return (0..<n).map { .delete($0) } + (0..<m).map { .insert($0) }
    }

    private static func backtrack(_ trace: [[Int]], n: Int, m: Int) -> [Edit] {
        var edits: [Edit] = []
        var x = n, y = m
        for d in stride(from: trace.count - 1, through: 0, by: -1) {
            let saved = trace[d]
            func at(_ k: Int) -> Int { saved[k + d] }  // saved[0] is k = -d
            let k = x - y
            let previousK = (k == -d || (k != d && at(k - 1) < at(k + 1))) ? k + 1 : k - 1
            let previousX = d == 0 ? 0 : at(previousK)
            let previousY = d == 0 ? 0 : previousX - previousK
            while x > previousX, y > previousY {
                edits.append(.same(x - 1, y - 1))
                x -= 1
                y -= 1
            }
            if d > 0 {
                edits.append(x == previousX ? .insert(y - 1) : .delete(x - 1))
            }
            x = previousX
            y = previousY
        }
        return edits.reversed()
    }
}
