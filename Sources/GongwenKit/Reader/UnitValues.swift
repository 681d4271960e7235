import Yams

/// A unit's `values:`: each name with its typed value, the text it prints as, and its key's place.
struct UnitValues {
    struct Entry {
        var value: Value
        var text: String
        var key: SourceLocation
        var node: Node
    }

    let path: String
    var table: [String: Entry] = [:]
    /// Names in the order the unit gives them (warnings follow the file).
    var order: [String] = []
    var key: SourceLocation?
    var diagnostics: [Diagnostic] = []
    /// Only a unit with a template is told about values it does not use.
    var expectsTemplate = true
    /// Names given with a wrong kind of value (already reported), or all names when `values:` is
    /// not a mapping: no "missing value" follows for them.
    var invalid: Set<String> = []
    var unreadable = false

    /// No values (a document without a template).
    init(path: String) { self.path = path }

    init(unit: YAMLSource, key: Node, node: Node) {
        path = unit.path
        self.key = unit.location(key)
        guard let map = node.mapping else {
            if node.scalar?.string.isEmpty == false || node.sequence != nil {
                diagnostics.append(.error("'values' must be a mapping of placeholder names to values", at: unit.location(node)))
                unreadable = true
            }
            return
        }
        for (k, v) in map {
            guard let name = k.string, !name.isEmpty else { continue }
            guard let scalar = v.scalar else {
                diagnostics.append(.error("value '\(name)' must be a single number, text or date, not a \(v.mapping != nil ? "mapping" : "list")", at: unit.location(v)))
                invalid.insert(name)
                continue
            }
            let value = Value(scalar: scalar)
            let text = value.description
            if let bad = text.unicodeScalars.first(where: { !XMLText.isAllowed($0) }) {
                diagnostics.append(.error(String(format: "value '\(name)' holds the control character U+%04X, which an ODF (XML) file cannot store; remove it", bad.value),
                                          at: unit.location(k)))
            }
            if table[name] == nil { order.append(name) }
            table[name] = Entry(value: value, text: text, key: unit.location(k), node: v)
        }
    }

    /// The text values that hold characters beyond Western text (numbers and dates print in faces
    /// that have them), each with every role the template prints it in, for the font check.
    func printed(unit: YAMLSource, roles: [String: [FontRole]]) -> [PrintedText] {
        var out: [PrintedText] = []
        for name in order {
            guard let entry = table[name], let text = entry.node.scalar?.string, text.utf8.contains(where: { $0 >= 0xE2 }) else { continue }
            for role in roles[name] ?? [] { out.append(PrintedText(source: unit, node: entry.node, role: role)) }
        }
        return out
    }
}
