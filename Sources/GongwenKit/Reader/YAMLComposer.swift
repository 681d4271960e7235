import CYaml

/// Composes a YAML stream into `YAMLNode`s straight from libyaml's events (the libyaml that Yams
/// carries). `Yams.compose` did this before, but it checks each mapping for duplicate keys by
/// hashing whole nodes and makes a tag object for every node: callgrind put a quarter of a bulk
/// build's instructions in it, 44 % of reading a unit (300 units, one job). Here a mapping's keys are
/// compared as bytes, and a duplicate is reported where its second occurrence stands. libyaml's
/// errors keep their words.
enum YAMLComposer {
    enum Failure: Error {
        /// libyaml's scanner, parser or the composing itself; `context` with its own place.
        case syntax(problem: String, context: (text: String, mark: YAMLNode.Mark)?, mark: YAMLNode.Mark)
        /// The input cannot be decoded; `offset` in characters, `value` the offending one or -1.
        case reader(problem: String, offset: Int?, value: Int32)
        case duplicateKey(String, mark: YAMLNode.Mark)
        case memory
    }

    static func compose(_ text: String) throws(Failure) -> YAMLNode? {
        var utf8 = Array(text.utf8)
        let result = utf8.withUnsafeMutableBufferPointer { buffer -> Result<YAMLNode?, Failure> in
            guard let composer = NodeComposer(text: text) else { return .failure(.memory) }
            yaml_parser_set_input_string(&composer.parser, buffer.baseAddress, buffer.count)
            yaml_parser_set_encoding(&composer.parser, YAML_UTF8_ENCODING)
            return Result { () throws(Failure) -> YAMLNode? in try composer.singleRoot() }
        }
        return try result.get()
    }

    /// Lives only while its input buffer does (inside `compose`).
    private final class NodeComposer {
        var parser = yaml_parser_t()
        let text: String
        var anchors: [String: YAMLNode] = [:]

        init?(text: String) {
            self.text = text
            guard yaml_parser_initialize(&parser) == 1 else { return nil }
        }

        deinit { yaml_parser_delete(&parser) }

        /// The next event; the caller deletes it.
        func next() throws(Failure) -> yaml_event_t {
            var event = yaml_event_t()
            guard yaml_parser_parse(&parser, &event) == 1 else { throw error() }
            return event
        }

        func singleRoot() throws(Failure) -> YAMLNode? {
            var start = try next()                       // STREAM-START
            yaml_event_delete(&start)
            var document = try next()                    // DOCUMENT-START, or STREAM-END
            defer { yaml_event_delete(&document) }
            if document.type == YAML_STREAM_END_EVENT { return nil }
            var first = try next()
            let root = try node(from: &first)
            var end = try next()                         // DOCUMENT-END
            yaml_event_delete(&end)
            var after = try next()
            defer { yaml_event_delete(&after) }
            if after.type != YAML_STREAM_END_EVENT {
                throw .syntax(problem: "but found another document", context: ("expected a single document in the stream", .init(line: 1, column: 1)),
                              mark: mark(after.start_mark))
            }
            return root
        }

        /// The node `event` starts; deletes the event.
        func node(from event: inout yaml_event_t) throws(Failure) -> YAMLNode {
            defer { yaml_event_delete(&event) }
            let start = mark(event.start_mark)
            switch event.type {
            case YAML_ALIAS_EVENT:
                guard let node = anchors[Self.string(event.data.alias.anchor) ?? ""] else {
                    throw .syntax(problem: "found undefined alias", context: nil, mark: start)
                }
                return node
            case YAML_SCALAR_EVENT:
                let s = event.data.scalar
                let value = String(decoding: UnsafeBufferPointer(start: s.value, count: s.length), as: UTF8.self)
                let node = YAMLNode.scalar(.init(value, Self.style(s.style), start))
                if let anchor = Self.string(s.anchor) { anchors[anchor] = node }
                return node
            case YAML_SEQUENCE_START_EVENT:
                let anchor = Self.string(event.data.sequence_start.anchor)
                var items: [YAMLNode] = []
                while true {
                    var item = try next()
                    if item.type == YAML_SEQUENCE_END_EVENT { yaml_event_delete(&item); break }
                    items.append(try node(from: &item))
                }
                let node = YAMLNode.sequence(.init(items, start))
                if let anchor { anchors[anchor] = node }
                return node
            case YAML_MAPPING_START_EVENT:
                let anchor = Self.string(event.data.mapping_start.anchor)
                var pairs: [(YAMLNode, YAMLNode)] = []
                // Keys compared by their bytes (NameKey): hashing a String normalises it first, a
                // sixth of all the work of reading a unit.
                var keys = Set<NameKey>()
                while true {
                    var keyEvent = try next()
                    if keyEvent.type == YAML_MAPPING_END_EVENT { yaml_event_delete(&keyEvent); break }
                    let key = try node(from: &keyEvent)
                    if let name = key.string, !keys.insert(NameKey(name)).inserted {
                        throw .duplicateKey(name, mark: key.mark ?? start)
                    }
                    var valueEvent = try next()
                    pairs.append((key, try node(from: &valueEvent)))
                }
                let node = YAMLNode.mapping(.init(pairs, start))
                if let anchor { anchors[anchor] = node }
                return node
            default:
                throw .syntax(problem: "unexpected YAML event", context: nil, mark: start)
            }
        }

        func mark(_ m: yaml_mark_t) -> YAMLNode.Mark { .init(line: m.line + 1, column: m.column + 1) }

        /// What libyaml found wrong, in its words.
        func error() -> Failure {
            let problem = parser.problem.map { String(cString: $0) } ?? "unknown problem"
            switch parser.error {
            case YAML_MEMORY_ERROR:
                return .memory
            case YAML_READER_ERROR:
                // libyaml counts bytes; the location is found in characters.
                let index = text.utf8.index(text.utf8.startIndex, offsetBy: parser.problem_offset, limitedBy: text.utf8.endIndex)?.samePosition(in: text)
                return .reader(problem: problem, offset: index.map { text.distance(from: text.startIndex, to: $0) }, value: parser.problem_value)
            default:
                let context = parser.context.map { (text: String(cString: $0), mark: mark(parser.context_mark)) }
                return .syntax(problem: problem, context: context, mark: mark(parser.problem_mark))
            }
        }

        static func style(_ style: yaml_scalar_style_t) -> YAMLNode.Scalar.Style {
            switch style {
            case YAML_PLAIN_SCALAR_STYLE: return .plain
            case YAML_SINGLE_QUOTED_SCALAR_STYLE: return .singleQuoted
            case YAML_DOUBLE_QUOTED_SCALAR_STYLE: return .doubleQuoted
            case YAML_LITERAL_SCALAR_STYLE: return .literal
            case YAML_FOLDED_SCALAR_STYLE: return .folded
            default: return .any
            }
        }

        static func string(_ pointer: UnsafeMutablePointer<UInt8>?) -> String? {
            pointer.map { String(cString: $0) }
        }
    }
}
