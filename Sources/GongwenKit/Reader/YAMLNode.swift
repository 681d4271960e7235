/// A composed YAML node: what the reader walks. Scalars keep their text, style (quoted or plain,
/// which decides their typing) and place; aliases are already expanded into the node they name.
/// gongwen's own type rather than Yams' `Node`, whose marks cannot be made outside Yams: see
/// `YAMLComposer` for why nodes are composed here.
enum YAMLNode: Hashable, Sendable {
    case scalar(Scalar)
    case mapping(Mapping)
    case sequence(Sequence)

    struct Mark: Hashable, Sendable {
        var line: Int
        var column: Int
    }

    struct Scalar: Hashable, Sendable {
        enum Style: Sendable { case any, plain, singleQuoted, doubleQuoted, literal, folded }
        var string: String
        var style: Style
        var mark: Mark?

        init(_ string: String, _ style: Style = .any, _ mark: Mark? = nil) {
            self.string = string
            self.style = style
            self.mark = mark
        }

        /// Two scalars are the same key when their text is.
        static func == (a: Scalar, b: Scalar) -> Bool { a.string == b.string }
        func hash(into hasher: inout Hasher) { hasher.combine(string) }
    }

    /// Key-value pairs in the order of the source.
    struct Mapping: Hashable, Sendable, RandomAccessCollection, ExpressibleByDictionaryLiteral {
        var pairs: [(key: YAMLNode, value: YAMLNode)]
        var mark: Mark?

        init(_ pairs: [(YAMLNode, YAMLNode)], _ mark: Mark? = nil) {
            self.pairs = pairs.map { (key: $0.0, value: $0.1) }
            self.mark = mark
        }

        init(dictionaryLiteral elements: (YAMLNode, YAMLNode)...) { self.init(elements) }

        var startIndex: Int { pairs.startIndex }
        var endIndex: Int { pairs.endIndex }
        subscript(position: Int) -> (key: YAMLNode, value: YAMLNode) { pairs[position] }

        var keys: [YAMLNode] { pairs.map(\.key) }
        var values: [YAMLNode] { pairs.map(\.value) }

        /// The value of the first key whose text is `key`; setting nil removes it.
        subscript(key: String) -> YAMLNode? {
            get { pairs.first { $0.key.string == key }?.value }
            set { self[.scalar(.init(key))] = newValue }
        }

        subscript(key: YAMLNode) -> YAMLNode? {
            get { pairs.first { $0.key == key }?.value }
            set {
                if let i = pairs.firstIndex(where: { $0.key == key }) {
                    if let newValue { pairs[i].value = newValue } else { pairs.remove(at: i) }
                } else if let newValue {
                    pairs.append((key: key, value: newValue))
                }
            }
        }

        static func == (a: Mapping, b: Mapping) -> Bool {
            a.pairs.count == b.pairs.count && zip(a.pairs, b.pairs).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        }
        func hash(into hasher: inout Hasher) {
            for pair in pairs { hasher.combine(pair.key); hasher.combine(pair.value) }
        }
    }

    struct Sequence: Hashable, Sendable, RandomAccessCollection {
        var items: [YAMLNode]
        var mark: Mark?

        init(_ items: [YAMLNode], _ mark: Mark? = nil) {
            self.items = items
            self.mark = mark
        }

        var startIndex: Int { items.startIndex }
        var endIndex: Int { items.endIndex }
        subscript(position: Int) -> YAMLNode { items[position] }

        static func == (a: Sequence, b: Sequence) -> Bool { a.items == b.items }
        func hash(into hasher: inout Hasher) { hasher.combine(items) }
    }

    var scalar: Scalar? { if case .scalar(let s) = self { return s } else { return nil } }
    var mapping: Mapping? { if case .mapping(let m) = self { return m } else { return nil } }
    var sequence: Sequence? { if case .sequence(let s) = self { return s } else { return nil } }
    var string: String? { scalar?.string }

    var mark: Mark? {
        switch self {
        case .scalar(let s): return s.mark
        case .mapping(let m): return m.mark
        case .sequence(let s): return s.mark
        }
    }
}
