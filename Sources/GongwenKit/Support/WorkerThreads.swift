import Foundation

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
}
