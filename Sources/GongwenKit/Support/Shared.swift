import Synchronization

/// Hands out work items to several threads.
final class WorkQueue<Item: Sendable>: Sendable {
    private let state: Mutex<(items: [Item], index: Int)>
    init(_ items: [Item]) { state = Mutex((items, 0)) }
    func next() -> Item? {
        state.withLock { state in
            guard state.index < state.items.count else { return nil }
            defer { state.index += 1 }
            return state.items[state.index]
        }
    }
}

/// Gathers results from several threads.
final class Collector<Item: Sendable>: Sendable {
    private let storage = Mutex<[Item]>([])
    func append(_ item: Item) { storage.withLock { $0.append(item) } }
    var items: [Item] { storage.withLock { $0 } }
}

/// A count shared by threads (progress numbering).
public final class Counter: Sendable {
    private let value = Mutex(0)
    public init() {}
    public func increment() -> Int { value.withLock { $0 += 1; return $0 } }
    public var current: Int { value.withLock { $0 } }
}
