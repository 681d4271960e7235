
/// A unit's `values:`: each name with its typed value, the text it prints as, and its key's place.
struct UnitValues {
    struct Entry {
        var value: Value
        var text: String
        var key: SourceLocation
        /// The YAML scalar it was read from; nil for a sheet's cell (whose place is `key`).
        var node: YAMLNode?
    }

    /// A value with its name. A struct, not a tuple: Swift copied a tuple of these whole through
    /// its generic runtime each time one field was read (5 % of a bulk build).
    struct Named {
        var name: String
        var entry: Entry
    }

    let path: String
    /// In the order the unit gives them (warnings follow the file); YAML refuses duplicate keys,
    /// so each name comes once.
    var entries: [Named] = []
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

    init(unit: YAMLSource, key: YAMLNode, node: YAMLNode) {
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
            if let bad = text.firstNonXMLScalar {
                diagnostics.append(.error(String(format: "value '\(name)' holds the control character U+%04X, which an ODF (XML) file cannot store; remove it", bad.value),
                                          at: unit.location(k)))
            }
            entries.append(Named(name: name, entry: Entry(value: value, text: text, key: unit.location(k), node: v)))
        }
    }

    /// The values as the document model keeps them.
    var table: Figures {
        // Field by field: mapping the entries copied each one whole (its node, text and place).
        var names: [String] = [], values: [Value] = []
        names.reserveCapacity(entries.count)
        values.reserveCapacity(entries.count)
        for index in entries.indices {
            names.append(entries[index].name)
            values.append(entries[index].entry.value)
        }
        return Figures(names: names, values: values)
    }

    /// The text values that hold characters beyond Western text (numbers and dates print in faces
    /// that have them), each with every role the template prints it in, for the font check.
    func printed(unit: YAMLSource?, roles: [NameKey: [FontRole]]) -> [PrintedText] {
        var out: [PrintedText] = []
        for index in entries.indices {
            // Field by field, and the whole entry only for a value that has a role to check.
            guard (entries[index].entry.node?.scalar?.string ?? entries[index].entry.text).anyByte({ $0 >= 0xE2 }),
                  let printedIn = roles[NameKey(entries[index].name)] else { continue }
            let entry = entries[index].entry
            for role in printedIn {
                if let unit, let node = entry.node {
                    out.append(PrintedText(source: unit, node: node, role: role))
                } else {
                    out.append(PrintedText(text: entry.text, cell: entry.key, role: role))
                }
            }
        }
        return out
    }
}
