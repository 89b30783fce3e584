import Foundation

/// Runs a piece of work for each item of a stream whose length is not known in advance (the
/// lines of standard input, the records of a WARC file) on several threads, and hands the
/// results back in input order as soon as each is ready.
///
/// A reader thread pulls items; workers process them; the calling thread consumes results in
/// order. The reader never gets more than `window` items ahead of the consumer, so memory holds
/// at most `window` items and results however long the stream is; and a result is handed back
/// as soon as it and every earlier one are done, without waiting for more input (a caller that
/// writes one line and waits for its answer gets it).
final class StreamRunner<Item: Sendable, Output: Sendable>: @unchecked Sendable {
    let jobs: Int
    let window: Int

    private let condition = NSCondition()
    /// Items read and not yet started, by index; workers start them in index order.
    private var pending: [Int: Item] = [:]
    private var nextToStart = 0
    private var read = 0
    private var inputEnded = false
    private var nextToConsume = 0
    private var finished: [Int: Output] = [:]

    init(jobs: Int, window: Int? = nil) {
        self.jobs = max(1, jobs)
        self.window = max(window ?? self.jobs * 4, self.jobs)
    }

    /// Pulls items with `next` (on one thread of its own, nil at the end), runs `work` on each
    /// and calls `consume` on the calling thread in input order.
    func run(next: @escaping @Sendable () -> Item?, work: @escaping @Sendable (Item) -> Output, consume: (Output) -> Void) {
        if jobs == 1 {
            while let item = next() { consume(work(item)) }
            return
        }
        let reader = Thread { [self] in readerLoop(next) }
        reader.stackSize = 16 << 20
        reader.start()
        for _ in 0..<jobs {
            let thread = Thread { [self] in workerLoop(work) }
            thread.stackSize = 16 << 20
            thread.start()
        }
        var i = 0
        while true {
            condition.lock()
            while finished[i] == nil, !(inputEnded && i == read) { condition.wait() }
            guard let output = finished.removeValue(forKey: i) else {
                condition.unlock()
                return
            }
            nextToConsume = i + 1
            condition.broadcast()
            condition.unlock()
            consume(output)
            i += 1
        }
    }

    private func readerLoop(_ next: @Sendable () -> Item?) {
        while true {
            condition.lock()
            while read - nextToConsume >= window { condition.wait() }
            condition.unlock()
            let item = next()
            condition.lock()
            if let item {
                pending[read] = item
                read += 1
            } else {
                inputEnded = true
            }
            condition.broadcast()
            condition.unlock()
            if item == nil { return }
        }
    }

    private func workerLoop(_ work: @Sendable (Item) -> Output) {
        condition.lock()
        while true {
            if let item = pending.removeValue(forKey: nextToStart) {
                let index = nextToStart
                nextToStart += 1
                condition.unlock()
                let output = work(item)
                condition.lock()
                finished[index] = output
                condition.broadcast()
            } else if inputEnded {
                break
            } else {
                condition.wait()
            }
        }
        condition.unlock()
    }
}
