import Foundation

/// A unit's figures as a rollup adds them up.
public struct RollupUnit: Hashable, Sendable {
    public var name: String
    public var values: Figures
}

/// The city's own document from its units' figures (`rollup:` in a unit file): placeholders such
/// as `{{合计:宣讲场次}}` become totals, averages, extremes and rankings over every unit's typed
/// values, and a table with `rows: units` gets one row per unit. The units are read exactly as a
/// build reads them, YAML files and sheet rows alike, so both give the same figures.
/// One unit a rollup adds up, as the finder gave it: its output name, its file when it is a unit
/// file (a sheet's row is none), and how to read it.
public struct RollupInput: Sendable {
    public var name: String
    public var file: String?
    public var read: @Sendable (SourcePolicy) throws(DiagnosticError) -> ReadResult

    public init(name: String, file: String?, read: @escaping @Sendable (SourcePolicy) throws(DiagnosticError) -> ReadResult) {
        self.name = name
        self.file = file
        self.read = read
    }
}

/// Finds the units a rollup names (files, folders, `@list` files, sheets of figures), leaving out the
/// rollup's own file (`excluding`, resolved): the pipeline knows where units come from, and passes
/// this in with the policy (`SourcePolicy.rollupUnits`), so the reader does not reach up for it.
public typealias RollupUnitFinder = @Sendable (_ paths: [String], _ template: String?, _ excluding: String, _ policy: SourcePolicy) throws(DiagnosticError) -> [RollupInput]

enum Rollup {
    /// Functions a placeholder may apply, `函数:字段`.
    enum Function: Equatable {
        case count, sum, average, maximum, minimum, maximumUnit, minimumUnit, top(Int)
    }

    static let functionNames = ["单位数", "合计", "平均", "最大", "最小", "最大单位", "最小单位", "前N (前三, 前5)"]

    /// `合计:宣讲场次` → (.sum, "宣讲场次"); nil for a plain placeholder.
    static func parse(_ name: String) -> (function: Function, field: String?)? {
        if name == "单位数" { return (.count, nil) }
        guard let colon = name.firstIndex(where: { $0 == ":" || $0 == "：" }) else { return nil }
        let function = String(name[..<colon]).trimmingSpaces()
        let field = String(name[name.index(after: colon)...]).trimmingSpaces()
        switch function {
        case "合计": return (.sum, field)
        case "平均": return (.average, field)
        case "最大": return (.maximum, field)
        case "最小": return (.minimum, field)
        case "最大单位": return (.maximumUnit, field)
        case "最小单位": return (.minimumUnit, field)
        default:
            guard function.hasPrefix("前"), let n = count(String(function.dropFirst())), n >= 1 else { return nil }
            return (.top(n), field)
        }
    }

    /// `3` or `三`, up to 十.
    static func count(_ text: String) -> Int? {
        if let n = Int(text) { return n }
        return ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"].firstIndex(of: text).map { $0 + 1 }
    }

    /// The value of one aggregate placeholder, or why it has none.
    static func value(_ function: Function, field: String?, units: [RollupUnit]) -> Result<Value, CellProblem> {
        if function == .count { return .success(.integer(units.count)) }
        guard let field else { return .failure(CellProblem(message: "names no field")) }
        var figures: [(unit: String, value: Value, number: Double)] = []
        for unit in units {
            guard let value = unit.values[field] else {
                return .failure(CellProblem(message: "the unit \(unit.name) has no value '\(field)'"))
            }
            guard let number = value.number else {
                return .failure(CellProblem(message: "adds up numbers, but \(unit.name)'s '\(field)' is '\(value.description)'"))
            }
            figures.append((unit.name, value, number))
        }
        guard !figures.isEmpty else { return .failure(CellProblem(message: "has no units to add up")) }
        let isPercent = figures.allSatisfy { if case .percent = $0.value { true } else { false } }
        let places = figures.map { decimalPlaces($0.value) }.max() ?? 0
        switch function {
        case .count: return .success(.integer(units.count))
        case .sum:
            if isPercent { return .failure(CellProblem(message: "would add up percentages, which means nothing; use 平均")) }
            return .success(number(figures.reduce(0) { $0 + $1.number }, places: places))
        case .average:
            let mean = figures.reduce(0) { $0 + $1.number } / Double(figures.count)
            // README: the average to one place; a percentage stays one, to one place or to the
            // most precise unit's places (22.0%, not 22%).
            if isPercent {
                let digits = figures.map { if case .percent(_, let d) = $0.value { d } else { 0 } }.max() ?? 0
                return .success(.percent(mean, digits: max(digits, 1)))
            }
            return .success(number(mean, places: max(places, 1)))
        case .maximum, .minimum:
            let best = function == .maximum ? figures.max { $0.number < $1.number }! : figures.min { $0.number < $1.number }!
            return .success(best.value)
        case .maximumUnit, .minimumUnit:
            let target = function == .maximumUnit ? figures.map(\.number).max()! : figures.map(\.number).min()!
            return .success(.string(figures.filter { $0.number == target }.map(\.unit).joined(separator: "、")))
        case .top(let n):
            // Largest first; equal figures keep the units' order.
            let ranked = figures.enumerated().sorted { a, b in
                a.element.number != b.element.number ? a.element.number > b.element.number : a.offset < b.offset
            }
            return .success(.string(ranked.prefix(n).map(\.element.unit).joined(separator: "、")))
        }
    }

    static func decimalPlaces(_ value: Value) -> Int {
        guard case .decimal = value else { return 0 }
        let text = value.description
        return text.firstIndex(of: ".").map { text.distance(from: $0, to: text.endIndex) - 1 } ?? 0
    }

    /// A whole number prints as one; otherwise rounded to `places` (floating sums are not exact).
    static func number(_ d: Double, places: Int) -> Value {
        let text = Value.fixed(d, digits: places)
        if places == 0 || text.hasSuffix("." + String(repeating: "0", count: places)) {
            // A sum beyond Int's range (figures near 2^63 from a hostile source) stays a decimal.
            if let whole = Int(exactly: d.rounded()) { return .integer(whole) }
            return .decimal(d.rounded())
        }
        var trimmed = text
        while trimmed.hasSuffix("0") { trimmed.removeLast() }
        return .decimal(Double(trimmed) ?? d)
    }

    /// The units a `rollup:` names: a path, a list of paths (unit files, folders of them, sheets),
    /// or `{units: …, template: …}` where sheets need the template their columns fill.
    static func load(_ at: YAMLNode, of unit: YAMLSource, policy: SourcePolicy) -> (units: [RollupUnit], diagnostics: [Diagnostic]) {
        let here = unit.location(at)
        var names: [YAMLNode] = []
        var template: String?
        switch at {
        case .scalar: names = [at]
        case .sequence(let list): names = Array(list)
        case .mapping(let map):
            for (k, v) in map {
                switch k.string {
                case "units": names = v.sequence.map(Array.init) ?? [v]
                case "template":
                    switch policy.resolve(v.string ?? "", namedIn: unit.path, what: "the rollup's template") {
                    case .success(let path): template = path
                    case .failure(let failure): return ([], [.error(failure.message, at: unit.location(v))])
                    }
                default:
                    return ([], [.error("unknown key '\(k.string ?? "")' in rollup; expected units:, template:", at: unit.location(k))])
                }
            }
        }
        guard !names.isEmpty, names.allSatisfy({ $0.string?.isEmpty == false }) else {
            return ([], [.error("'rollup' names the units to add up: a folder, files, a sheet, or {units: …, template: …}", at: here)])
        }
        var paths: [String] = []
        for node in names {
            switch policy.resolve(node.string!, namedIn: unit.path, what: "the rollup's units") {
            case .success(let path): paths.append(path)
            case .failure(let failure): return ([], [.error(failure.message, at: unit.location(node))])
            }
        }
        guard let findUnits = policy.rollupUnits else {
            return ([], [.error("the rollup's units cannot be found: this reader was given no way to find units (SourcePolicy.rollupUnits)", at: here)])
        }
        let own = URL(fileURLWithPath: unit.path).resolvingSymlinksInPath().standardizedFileURL.path
        let inputs: [RollupInput]
        do {
            inputs = try findUnits(paths, template, own, policy)
        } catch {
            return ([], [.error("the rollup's units cannot be read", at: here)] + error.diagnostics.map { Diagnostic(.note, $0.message, at: $0.location) })
        }
        var units: [RollupUnit] = []
        var problems: [Diagnostic] = []
        for input in inputs {
            do {
                if let path = input.file {
                    try policy.checkLink(path, what: "the unit")
                    let source = try YAMLSource.load(path: path, limits: policy.limits)
                    if source.root.mapping?.keys.contains(where: { $0.string == "rollup" }) == true {
                        problems.append(.note("\(input.name) adds up other units itself; a rollup adds up units only", at: .file(path)))
                        continue
                    }
                }
                let read = try input.read(policy)
                units.append(RollupUnit(name: input.name, values: read.document.values))
            } catch {
                if let first = error.diagnostics.first(where: { $0.severity == .error }) { problems.append(Diagnostic(.note, first.message, at: first.location)) }
            }
        }
        if !problems.isEmpty {
            return ([], [.error("the rollup adds up every unit: \(problems.count) of its \(inputs.count) units cannot be read; correct them first", at: here)] + problems)
        }
        if units.isEmpty { return ([], [.error("the rollup names no units", at: here)]) }
        return (units, [])
    }
}

extension CompiledDocument {
    /// The aggregate placeholders' values over `units`, each at the `rollup:` key, as entries a
    /// unit's `values:` would give; errors at the placeholder.
    func rollupEntries(_ units: [RollupUnit], at key: SourceLocation) -> (entries: [UnitValues.Named], diagnostics: [Diagnostic]) {
        var entries: [UnitValues.Named] = []
        var diagnostics: [Diagnostic] = []
        for name in placeholderNames {
            guard let (function, field) = Rollup.parse(name) else { continue }
            switch Rollup.value(function, field: field, units: units) {
            case .success(let value):
                entries.append(UnitValues.Named(name: name, entry: UnitValues.Entry(value: value, text: value.description, key: key, node: nil)))
            case .failure(let problem):
                diagnostics.append(.error("'{{\(name)}}' \(problem.message)", at: slots.first { $0.name == name }?.at ?? key))
            }
        }
        return (entries, diagnostics)
    }

    /// Tables with `rows: units`: a row per unit (its name, then each column's value), sorted if
    /// asked, and a totals row adding up the columns whose every value is a number.
    func unitRows(_ document: Document, units: [RollupUnit]?) -> (Document, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var tableIndex = 0
        func fill(_ blocks: [Block]) -> [Block] {
            blocks.map { block in
                switch block {
                case .section(var s):
                    s.body = fill(s.body)
                    return .section(s)
                case .table(var t):
                    guard let spec = t.unitRows else { return block }
                    let at = unitTables[safe: tableIndex]
                    tableIndex += 1
                    guard let units else {
                        diagnostics.append(.error("a table with rows: units needs a unit file with rollup: (the units it lists)", at: at))
                        return block
                    }
                    var ordered = units
                    if let key = spec.sortedBy {
                        ordered = units.enumerated().sorted { a, b in
                            let x = a.element.values[key]?.number ?? -.infinity, y = b.element.values[key]?.number ?? -.infinity
                            return x != y ? x > y : a.offset < b.offset
                        }.map(\.element)
                    }
                    // A column of figures shows each with as many places as its most precise one.
                    let places = spec.fields.map { field in field.map { f in units.map { Rollup.decimalPlaces($0.values[f] ?? .null) }.max() ?? 0 } ?? 0 }
                    func shown(_ value: Value?, places: Int) -> String {
                        guard let value else { return "" }
                        if places > 0, let n = value.number, value.isPlainNumber { return Value.fixed(n, digits: places) }
                        return value.description
                    }
                    t.rows = ordered.map { unit in
                        spec.fields.enumerated().map { i, field in Table.Cell(field.map { shown(unit.values[$0], places: places[i]) } ?? unit.name) }
                    }
                    for case let field? in spec.fields where units.contains(where: { $0.values[field] == nil }) {
                        diagnostics.append(.error("the table's column '\(field)' is no value of the units (\(units.first { $0.values[field] == nil }!.name) has none)", at: at))
                    }
                    if let label = spec.total {
                        t.rows.append(spec.fields.map { field in
                            guard let field else { return Table.Cell(label) }
                            let sum = try? Rollup.value(.sum, field: field, units: units).get()
                            return Table.Cell(shown(sum, places: places[spec.fields.firstIndex(of: field)!]))
                        })
                    }
                    t.unitRows = nil
                    return .table(t)
                default: return block
                }
            }
        }
        var done = document
        done.body = fill(document.body)
        done.attachments = document.attachments.map { $0.with(title: $0.title, body: fill($0.body)) }
        return (done, diagnostics)
    }
}
