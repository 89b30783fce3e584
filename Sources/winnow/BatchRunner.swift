import Foundation

/// Runs a piece of work for each index of a batch on several threads, and hands the results
/// back in index order.
///
/// Workers take indices in order but may finish out of order; finished results wait in a
/// small reorder window until every earlier one has been consumed. A worker does not start an
/// index more than `window` places ahead of the consumer, so memory holds at most `window`
/// results however long the batch is.
final class BatchRunner<Output: Sendable>: @unchecked Sendable {
    let count: Int
    let jobs: Int
    let window: Int

    private let condition = NSCondition()
    private var nextToStart = 0
    private var nextToConsume = 0
    private var finished: [Int: Output] = [:]

    init(count: Int, jobs: Int, window: Int? = nil) {
        self.count = count
        self.jobs = max(1, min(jobs, count))
        self.window = max(window ?? self.jobs * 4, self.jobs)
    }

    /// Runs `work` for every index, calling `consume` on the calling thread in index order.
    func run(work: @escaping @Sendable (Int) -> Output, consume: (Int, Output) -> Void) {
        if jobs == 1 {
            for i in 0..<count { consume(i, work(i)) }
            return
        }
        for _ in 0..<jobs {
            let thread = Thread { [self] in self.workerLoop(work) }
            thread.stackSize = 16 << 20
            thread.start()
        }
        for i in 0..<count {
            condition.lock()
            while finished[i] == nil { condition.wait() }
            let output = finished.removeValue(forKey: i)!
            nextToConsume = i + 1
            condition.broadcast()
            condition.unlock()
            consume(i, output)
        }
    }

    private func workerLoop(_ work: @Sendable (Int) -> Output) {
        condition.lock()
        while nextToStart < count {
            if nextToStart - nextToConsume >= window {
                condition.wait()
                continue
            }
            let i = nextToStart
            nextToStart += 1
            condition.unlock()
            let output = work(i)
            condition.lock()
            finished[i] = output
            condition.broadcast()
        }
        condition.unlock()
    }
}
