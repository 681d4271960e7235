import Foundation
import Synchronization

/// Runs `body(worker)` on `count` threads of its own and waits for them all. Unlike
/// `concurrentPerform`, which stops at the core count, `--jobs 6` gets six workers.
enum WorkerThreads {
    static func run(_ count: Int, _ body: @escaping @Sendable (Int) -> Void) {
        let group = DispatchGroup()
        for worker in 0..<max(1, count) {
            group.enter()
            let thread = Thread {
                body(worker)
                group.leave()
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
        group.wait()
    }

    /// `make(0..<count)` in order, computed on `workers` threads, each a run of indices.
    static func map<T: Sendable>(_ count: Int, workers: Int, _ make: @escaping @Sendable (Int) -> T) -> [T] {
        let workers = min(workers, count)
        guard workers > 1 else { return (0..<count).map(make) }
        let done = Mutex<[[T]]>(Array(repeating: [], count: workers))
        run(workers) { worker in
            let made = (count * worker / workers..<count * (worker + 1) / workers).map(make)
            done.withLock { $0[worker] = made }
        }
        return done.withLock { $0.flatMap { $0 } }
    }
}
