/// A sheet of figures as the spreadsheet shows it: the first worksheet of an `.xlsx` or `.ods`,
/// or a `.csv`. Rows and columns are numbered from 1, as the spreadsheet numbers them; rows with
/// nothing in them are left out.
public struct Sheet: Sendable {
    public enum Kind: String, Sendable { case csv, xlsx, ods }

    public struct Row: Sendable {
        public var number: Int
        /// Column 1 first; trailing empty cells are not kept.
        public var cells: [CellValue]

        public func cell(_ column: Int) -> CellValue { column <= cells.count ? cells[column - 1] : .empty }
    }

    public var path: String
    public var kind: Kind
    /// The worksheet's name (`Sheet1`, `工作表1`); empty for CSV.
    public var name: String
    public var rows: [Row]

    /// Where a cell is: `figures.xlsx:Sheet1!C7`, or `figures.csv:7:3` (row, then column).
    public func location(row: Int, column: Int) -> SourceLocation {
        kind == .csv ? SourceLocation(file: path, line: row, column: column)
            : .cell(path, sheet: name, row: row, column: column)
    }

    public static func kind(of path: String) -> Kind? {
        // The last bytes, ASCII letters in either case: lowercasing the whole path was a third of
        // what the main thread spends on a unit before the workers start.
        func ends(with suffix: StaticString) -> Bool {
            let tail = path.utf8.suffix(suffix.utf8CodeUnitCount)
            guard tail.count == suffix.utf8CodeUnitCount else { return false }
            return zip(tail, UnsafeBufferPointer(start: suffix.utf8Start, count: suffix.utf8CodeUnitCount))
                .allSatisfy { ((0x41...0x5A).contains($0) ? $0 | 0x20 : $0) == $1 }
        }
        if ends(with: ".csv") { return .csv }
        if ends(with: ".xlsx") { return .xlsx }
        if ends(with: ".ods") { return .ods }
        return nil
    }
}

/// A cell's value as the spreadsheet holds it, with what it needs to print as the user sees it.
public enum CellValue: Sendable, Equatable {
    case empty
    case text(String)
    /// A number with how its cell is formatted.
    case number(Double, NumberStyle)
    case date(OfficialDate)
    case boolean(Bool)
    /// A formula's error (`#DIV/0!`).
    case error(String)

    public enum NumberStyle: Sendable, Equatable {
        case general
        /// Shown as a percentage with this many places after the point.
        case percent(digits: Int)
    }

    var isEmpty: Bool {
        if case .text(let s) = self { return s.trimmingSpaces().isEmpty }
        return self == .empty
    }
}
