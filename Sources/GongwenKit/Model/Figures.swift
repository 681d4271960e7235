/// A unit's typed values, in the order its source gives them, looked up by name. Built for every
/// unit and read only by a rollup or the form, so it is two arrays: a dictionary keyed by Chinese
/// names hashed (and normalised) every name of every unit, 4 % of a bulk build.
public struct Figures: Hashable, Sendable, ExpressibleByDictionaryLiteral {
    public private(set) var names: [String] = []
    public private(set) var values: [Value] = []

    public init(_ pairs: [(name: String, value: Value)]) {
        names = pairs.map(\.name)
        values = pairs.map(\.value)
    }

    /// Names and their values, in the same order.
    init(names: [String], values: [Value]) {
        precondition(names.count == values.count)
        self.names = names
        self.values = values
    }

    public init(dictionaryLiteral elements: (String, Value)...) {
        self.init(elements.map { (name: $0.0, value: $0.1) })
    }

    public var isEmpty: Bool { names.isEmpty }

    /// The value given for `name` (compared byte for byte, as the source spells it).
    public subscript(name: String) -> Value? {
        let key = NameKey(name)
        return names.firstIndex { NameKey($0) == key }.map { values[$0] }
    }

    public func mapValues<T>(_ transform: (Value) -> T) -> [String: T] {
        Dictionary(zip(names, values.map(transform)), uniquingKeysWith: { first, _ in first })
    }
}
