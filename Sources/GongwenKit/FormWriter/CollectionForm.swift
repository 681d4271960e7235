import Foundation

/// The sheet a city office sends to every unit for a template: a unit column, then one column per
/// placeholder in the order the template first uses it, and a second row saying what each holds
/// (文字, 数字, 整数, 日期, 百分比). Rows may come pre-filled with unit names, or with the values of
/// existing unit files (moving from YAML units to a sheet). What comes back builds without edits.
public struct CollectionForm {
    public struct Column {
        public var name: String
        public var type: FieldType?
    }

    public var columns: [Column]
    /// Each row's cells in column order; nil is an empty cell.
    public var rows: [[Value?]] = []

    public static let unitHeading = "单位"

    /// The form of `template`: its placeholders, typed by its `fields:`.
    public static func make(template path: String, policy: SourcePolicy = SourcePolicy()) throws(DiagnosticError) -> CollectionForm {
        let compiled = try TemplateCache.shared.compiledTemplate(path: path, policy: policy).compiled
        guard !compiled.placeholderNames.isEmpty else {
            throw .error("the template has no placeholders ({{名称}}): there is nothing to collect", at: .file(path))
        }
        // The unit column fills the placeholder of the same name, if the template has one.
        var columns = [Column(name: unitHeading, type: compiled.fields[unitHeading]?.type ?? .text)]
        columns += compiled.placeholderNames.filter { $0 != unitHeading }.map { Column(name: $0, type: compiled.fields[$0]?.type) }
        return CollectionForm(columns: columns)
    }

    /// The second row: `类型`, then what each placeholder column holds (text when undeclared).
    var typeRow: [String] { [SheetUnits.typeRowLabel] + columns.dropFirst().map { ($0.type ?? .text).label } }

    /// One empty row per unit name.
    public mutating func add(units names: [String]) {
        rows += names.map { [.string($0)] + Array(repeating: nil, count: columns.count - 1) }
    }

    /// One row per unit file, filled with its values (a unit that does not read is an error).
    public mutating func add(unitFiles paths: [String], policy: SourcePolicy = SourcePolicy()) throws(DiagnosticError) {
        for path in paths {
            let read = try DocumentReader.read(path: path, policy: policy)
            let values = read.document.values
            rows.append([.string(UnitNaming.unitName(path))] + columns.dropFirst().map { values[$0.name] })
        }
    }

    /// The form's file for `path`'s extension: `.xlsx`, `.ods` or `.csv`.
    public func bytes(for path: String) throws -> [UInt8] {
        switch Sheet.kind(of: path) {
        case .csv: return try CSVFormWriter.bytes(self)
        case .xlsx: return try XLSXFormWriter.bytes(self)
        case .ods: return try ODSFormWriter.bytes(self)
        case nil: throw DiagnosticError.error("the form is written as .xlsx, .ods or .csv: name the file with one of them", at: .file(path))
        }
    }

    /// Zip times of the form's parts: fixed, so the same template gives the same bytes.
    static let timestamp = 315_532_800
}
