import Foundation

/// One row of a sheet as a unit: its name (and output file name), and its values typed from the
/// cells, or the findings that stop it.
public struct SheetUnit: Sendable {
    public var name: String
    public var sheet: String
    public var template: String
    public var row: Int
    /// The cell naming the unit.
    public var at: SourceLocation
    /// A value at its cell (a struct: see `UnitValues.Named`).
    struct Cell {
        var name: String
        var value: Value
        var at: SourceLocation
    }

    /// The row's values, each at its cell, in column order.
    var cells: [Cell]
    /// Placeholders whose cell could not give a value (already reported).
    var invalid: Set<String>

    /// The values as every unit gives them to its template.
    var values: UnitValues {
        var values = UnitValues(path: sheet)
        values.key = at
        values.invalid = invalid
        values.entries = cells.map { UnitValues.Named(name: $0.name, entry: UnitValues.Entry(value: $0.value, text: $0.value.description, key: $0.at, node: nil)) }
        return values
    }
    /// Errors in the row's cells: the unit is not built.
    public var diagnostics: [Diagnostic]
}

/// A sheet read against its template: every problem found before anything is written. Problems
/// of the header (a placeholder without a column, a column no placeholder uses) stop the whole
/// sheet; a problem in a row stops that row only.
public struct SheetUnits: Sendable {
    public var path: String
    public var units: [SheetUnit] = []
    /// Problems of the sheet as a whole.
    public var diagnostics: [Diagnostic] = []

    /// The first cell of the form's second row, when that row says each column's kind.
    public static let typeRowLabel = "类型"
    /// XFD: no spreadsheet has a column past it.
    static let lastSheetColumn = 16_384

    public var failed: Bool { diagnostics.contains { $0.severity == .error } }

    /// `jobs`: threads the sheet may be read and typed on (`--jobs`; the build's default, every core).
    public static func read(path: String, template: String, policy: SourcePolicy = SourcePolicy(), jobs: Int = SheetJobs.all) -> SheetUnits {
        var result = SheetUnits(path: path)
        do throws(DiagnosticError) {
            try policy.checkLink(path, what: "the sheet")
            let sheet = try load(path: path, limits: policy.limits, jobs: jobs)
            let (source, compiled) = try TemplateCache.shared.compiledTemplate(path: template, policy: policy)
            result.read(sheet, template: source.path, compiled: compiled, jobs: jobs)
        } catch {
            result.diagnostics = error.diagnostics
        }
        return result
    }

    public static func load(path: String, limits: SourcePolicy.Limits, jobs: Int = SheetJobs.all) throws(DiagnosticError) -> Sheet {
        switch Sheet.kind(of: path) {
        case .csv: return try CSVSheet.read(path: path, limit: limits.sheetBytes)
        case .xlsx: return try XLSXSheet.read(path: path, limit: limits.sheetBytes, jobs: jobs)
        case .ods: return try ODSSheet.read(path: path, limit: limits.sheetBytes)
        case nil: throw .error("not a sheet: gongwen reads .xlsx, .ods and .csv", at: .file(path))
        }
    }

    mutating func read(_ sheet: Sheet, template: String, compiled: CompiledDocument, jobs: Int = SheetJobs.all) {
        guard let header = sheet.rows.first else {
            diagnostics.append(.error("the sheet is empty: its first row must name the unit column and one column per placeholder", at: .file(path)))
            return
        }
        // A cell past XFD cannot be made in a spreadsheet: the file was damaged or forged.
        if let far = sheet.rows.first(where: { $0.lastColumn > Self.lastSheetColumn }) {
            diagnostics.append(.error("a cell of this row stands past column XFD (16,384), the last a spreadsheet has; the file is damaged or was not saved by a spreadsheet: save it again from one",
                                      at: sheet.location(row: far.number, column: Self.lastSheetColumn + 1)))
            return
        }
        let placeholders = compiled.placeholderNames
        let known = Set(placeholders)
        // Column 1 names the unit; it fills a placeholder too when its heading is one.
        var columns: [(name: String, column: Int)] = []
        var seen: [String: Int] = [:]
        let lastColumn = header.lastColumn
        // Figures right of the last heading are no one's: said, not dropped.
        let widest = sheet.rows.reduce(lastColumn) { max($0, $1.lastColumn) }
        // The columns any row below fills, found once and only when a heading is missing (a
        // header cell at XFD must not make each of 16,383 empty columns search every row).
        var filledBelowCache: Set<Int>?
        func filledBelow() -> Set<Int> {
            if let known = filledBelowCache { return known }
            var found = Set<Int>()
            for row in sheet.rows.dropFirst() { for cell in row.filled where !cell.value.isEmpty { found.insert(cell.column) } }
            filledBelowCache = found
            return found
        }
        for column in 1...max(1, widest) {
            let at = sheet.location(row: header.number, column: column)
            guard case .text(let raw) = header.cell(column), !raw.trimmingSpaces().isEmpty else {
                if column == 1 { diagnostics.append(.error("the first column names the units: give it a heading such as 单位", at: at)) }
                else if filledBelow().contains(column) {
                    diagnostics.append(.error("this column holds figures but has no heading: head it with the placeholder it fills", at: at))
                }
                continue
            }
            let name = raw.trimmingSpaces()
            if let first = seen[name] {
                diagnostics.append(.error("the heading \(TextEscape.quoted(name)) is used twice (first in column \(SourceLocation.columnLetters(first)))", at: at))
                continue
            }
            seen[name] = column
            if known.contains(name) {
                columns.append((name, column))
            } else if column > 1 {
                diagnostics.append(.error("no placeholder of the template is called \(TextEscape.quoted(name))" + DocumentReader.suggestion(for: name, among: placeholders), at: at))
            }
        }
        let nextColumn = sheet.location(row: header.number, column: lastColumn + 1)
        for name in placeholders where seen[name] == nil {
            let used = compiled.slots.first { $0.name == name }?.at
            diagnostics.append(.error("no column for the placeholder '{{\(name)}}'" + (used.map { " (the template uses it at \($0))" } ?? ""), at: nextColumn))
        }
        if failed { return }

        var body = Array(sheet.rows.dropFirst())
        if case .text(let label)? = body.first?.cell(1), label.trimmingSpaces() == Self.typeRowLabel { body.removeFirst() }
        let rows = body
        // What is the same for every row, found once per column: the field's type (a String key
        // is normalised to be hashed) and the cell's name up to the row number.
        let types = columns.map { compiled.fields[$0.name]?.type }
        let places = columns.map { sheet.location(row: 0, column: $0.column) }
        // The names first, in order (a second row of a unit is found against the rows above it);
        // then each row's cells, on every core when there are many: typing 3,000 rows took a tenth
        // of the sheet build, alone on the main thread.
        var firstRow: [String: SourceLocation] = [:]
        let named = rows.map { row -> (name: String, at: SourceLocation, problems: [Diagnostic]) in
            let at = sheet.location(row: row.number, column: 1)
            let name = Self.unitName(row.cell(1))
            if let reason = name.isEmpty ? "the unit's name is empty: every row with figures needs one" : Self.badName(name) {
                return (name, at, [.error(reason, at: at)])
            }
            if let earlier = firstRow[name] {
                return (name, at, [.error("the unit \(TextEscape.quoted(name)) has a second row here; one row per unit", at: at), .note("its first row", at: earlier)])
            }
            firstRow[name] = at
            return (name, at, [])
        }
        let (path, headed) = (path, columns)
        let unit: @Sendable (Int) -> SheetUnit = { position in
            let row = rows[position]
            var problems = named[position].problems
            var cells: [SheetUnit.Cell] = []
            cells.reserveCapacity(headed.count)
            var invalid = Set<String>()
            for (index, (placeholder, column)) in headed.enumerated() {
                // The unit column's own problem is said once, as the name's.
                if column == 1 && !problems.isEmpty { invalid.insert(placeholder); continue }
                let cellAt = places[index].inRow(row.number)
                switch CellTyping.value(row.cell(column), field: types[index]) {
                case .success(let value):
                    if let bad = value.description.firstNonXMLScalar {
                        problems.append(.error(String(format: "\(TextEscape.quoted(placeholder)): the cell holds the control character U+%04X, which an ODF (XML) file cannot store; remove it", bad.value), at: cellAt))
                    }
                    cells.append(SheetUnit.Cell(name: placeholder, value: value, at: cellAt))
                    // A figure typed as offices type it was read as a number: say how.
                    if let type = types[index], case .text(let raw) = row.cell(column), let read = OfficeFigure.value(raw, as: type) {
                        problems.append(.note("\(TextEscape.quoted(placeholder)): \(read.said)", at: cellAt))
                    }
                case .failure(let problem):
                    problems.append(.error("\(TextEscape.quoted(placeholder)): \(problem.message)", at: cellAt))
                    invalid.insert(placeholder)
                }
            }
            return SheetUnit(name: named[position].name, sheet: path, template: template, row: row.number,
                             at: named[position].at, cells: cells, invalid: invalid, diagnostics: problems)
        }
        units = WorkerThreads.map(rows.count, workers: SheetJobs.typists(rows: rows.count, jobs: jobs), unit)
        if units.isEmpty { diagnostics.append(.warning("the sheet has a heading row but no units", at: .file(path))) }
    }

    static func unitName(_ cell: CellValue) -> String {
        switch cell {
        case .text(let s): return s.trimmingSpaces()
        case .empty, .error: return ""
        default:
            return (try? CellTyping.value(cell, field: .text).get())?.description ?? ""
        }
    }

    /// A unit's name is its output file's name: it must be one file name, inside the output folder.
    static func badName(_ name: String) -> String? {
        if name == "." || name == ".." || name.hasPrefix(".") { return "the unit's name \(TextEscape.quoted(name)) cannot be a file name: it starts with a dot" }
        if name.contains("/") || name.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
            return "the unit's name \(TextEscape.quoted(name)) cannot be a file name: it holds a '/' or a control character"
        }
        if name.utf8.count > UnitNaming.maximumNameBytes {
            return "the unit's name is \(name.utf8.count) bytes long (UTF-8); its output files need a name of at most \(UnitNaming.maximumNameBytes) bytes"
        }
        return nil
    }
}
