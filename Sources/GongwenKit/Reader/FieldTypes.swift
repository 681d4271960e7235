
/// What a template says a placeholder holds (`fields:`): the kind of value a unit, a sheet's
/// column or the collection form must give, and what totals and rankings can add up.
public enum FieldType: String, Sendable, CaseIterable {
    case text, number, integer, date, percent

    /// The word the collection form's type row uses, for staff who fill it in.
    public var label: String {
        switch self {
        case .text: return "文字"
        case .number: return "数字"
        case .integer: return "整数"
        case .date: return "日期"
        case .percent: return "百分比"
        }
    }

    public init?(label: String) {
        guard let found = FieldType.allCases.first(where: { $0.label == label || $0.rawValue == label }) else { return nil }
        self = found
    }

    /// Whether `value` is of this kind; text takes anything that prints.
    public func accepts(_ value: Value) -> Bool {
        switch (self, value) {
        case (.text, _): return true
        case (.number, .integer), (.number, .decimal), (.number, .percent): return true
        case (.integer, .integer): return true
        case (.date, .date): return true
        case (.percent, .percent): return true
        default: return false
        }
    }

    /// "a number", "a date": for messages.
    public var described: String {
        switch self {
        case .text: return "text"
        case .number: return "a number"
        case .integer: return "a whole number"
        case .date: return "a date (2023-07-06)"
        case .percent: return "a percentage (35%)"
        }
    }
}

/// A declared field with the place of its declaration, for notes.
struct FieldDeclaration: Sendable {
    var type: FieldType
    var at: SourceLocation
}

extension Interpreter {
    /// `fields: {宣讲场次: integer, 成文日期: date}`; a name no placeholder uses is a warning.
    func readFields(_ at: Located) -> [String: FieldDeclaration] {
        guard let map = at.node.mapping else {
            error("'fields' must be a mapping of placeholder names to text, number, integer, date or percent", at)
            return [:]
        }
        var result: [String: FieldDeclaration] = [:]
        for (k, v) in map {
            let value = Located(node: v, source: at.source)
            guard let name = k.string, !name.isEmpty else { continue }
            guard let word = v.scalar?.string, let type = FieldType(rawValue: word) ?? FieldType(label: word) else {
                error("field '\(name)' must be one of text, number, integer, date, percent", value)
                continue
            }
            result[name] = FieldDeclaration(type: type, at: value.location)
        }
        return result
    }
}
