/// A sheet of figures as the spreadsheet shows it: the first worksheet of an `.xlsx` or `.ods`,
/// or a `.csv`. Rows and columns are numbered from 1, as the spreadsheet numbers them; rows with
/// nothing in them are left out.
public struct Sheet: Sendable {
    public enum Kind: String, Sendable { case csv, xlsx, ods }

    public struct Row: Sendable {
        public var number: Int
        /// The cells that hold something, in column order. A sheet is sparse: a cell at column
        /// XFD (16,384) is one entry, not 16,384, so memory follows the cells present.
        public private(set) var filled: [Filled] = []

        public struct Filled: Sendable, Equatable {
            public var column: Int
            public var value: CellValue
        }

        /// From the cells of columns 1, 2, 3…; empty ones are not kept.
        public init(number: Int, cells: [CellValue]) {
            self.number = number
            for (i, value) in cells.enumerated() where value != .empty { filled.append(Filled(column: i + 1, value: value)) }
        }

        init(number: Int) { self.number = number }

        /// Adds a cell right of the last one (a cell out of order, or left of one read, is not taken).
        mutating func append(_ value: CellValue, column: Int) {
            guard value != .empty, column > lastColumn else { return }
            filled.append(Filled(column: column, value: value))
        }

        /// The column of the rightmost filled cell (0 for none).
        public var lastColumn: Int { filled.last?.column ?? 0 }

        public var hasContent: Bool { filled.contains { !$0.value.isEmpty } }

        public func cell(_ column: Int) -> CellValue {
            // A sheet of figures is dense: the cell of column n is the n-th, found at once.
            if column >= 1, column <= filled.count, filled[column - 1].column == column { return filled[column - 1].value }
            var low = 0, high = filled.count
            while low < high {
                let mid = (low + high) / 2
                if filled[mid].column < column { low = mid + 1 } else { high = mid }
            }
            return low < filled.count && filled[low].column == column ? filled[low].value : .empty
        }

        /// Columns 1 to the last filled one, empty ones included (for tests and small rows).
        public var cells: [CellValue] { (0..<lastColumn).map { cell($0 + 1) } }

        /// Trailing cells that hold only spaces are dropped.
        mutating func dropTrailingBlanks() {
            while let last = filled.last, last.value.isEmpty { filled.removeLast() }
        }
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
