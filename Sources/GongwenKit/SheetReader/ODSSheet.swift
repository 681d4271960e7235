/// The first table of an OpenDocument spreadsheet (`.ods`, ODF 1.3 part 3 §9.1): typed cells
/// (`office:value-type`), the text each shows, and repeated rows and columns, which are expanded
/// only where they hold something: repeated empty cells only move the column, and filled cells
/// repeated count against a budget, as YAML aliases do (a 19 KB file can repeat 100,000 empty
/// cells 2,000 times, or a filled row a million times).
enum ODSSheet {
    /// Repetition beyond this many rows or cells of a non-empty value is no sheet of figures.
    static let maximumRepeat = 100_000
    /// Filled cells the whole sheet may expand to, repeats counted each time: 10,000 units of the
    /// sample's 73 columns are 730,000.
    static let maximumCells = 4_000_000
    /// A spreadsheet cell holds at most 32,767 characters (Excel's limit; LibreOffice's is
    /// larger): in UTF-8, three bytes each for Chinese text.
    static let maximumCellBytes = 32_767 * 3

    static func read(path: String, limit: Int) throws(DiagnosticError) -> Sheet {
        let zip = try ZippedSheet(path: path, limit: limit)
        guard let content = try zip.part("content.xml") else {
            throw .error("the file is a zip but not an OpenDocument spreadsheet (it has no content.xml)", at: .file(path))
        }
        let malformed = DiagnosticError.error("'content.xml' inside the sheet is not well-formed XML; save the file again from the spreadsheet", at: .file(path))
        guard let pull = XMLPull(content, name: "content.xml") else { throw malformed }

        var name: String?
        var rows: [Sheet.Row] = []
        var rowNumber = 0
        var row = Sheet.Row(number: 0)
        var column = 0, budget = maximumCells
        var rowRepeat = 1
        var tableDepth = 0
        // The cell being read.
        var cellRepeat = 1, cellType = "", cellValue: String?, cellText = "", paragraphs = 0, inCell = false
        var done = false
        while !done, let event = pull.next() {
            switch event {
            case .start:
                switch pull.name {
                case "table":
                    tableDepth += 1
                    if name == nil { name = pull.attribute("table:name") ?? "Sheet1" }
                case "table-row" where tableDepth == 1:
                    row = Sheet.Row(number: 0)
                    column = 0
                    rowRepeat = repeatCount(pull.attribute("table:number-rows-repeated"))
                case "table-cell" where tableDepth == 1, "covered-table-cell" where tableDepth == 1:
                    cellRepeat = repeatCount(pull.attribute("table:number-columns-repeated"))
                    cellType = pull.attribute("office:value-type") ?? ""
                    switch cellType {
                    case "date": cellValue = pull.attribute("office:date-value")
                    case "boolean": cellValue = pull.attribute("office:boolean-value")
                    default: cellValue = pull.attribute("office:value")
                    }
                    cellText = ""
                    paragraphs = 0
                    inCell = true
                case "p" where inCell:
                    if paragraphs > 0 { cellText += "\n" }
                    paragraphs += 1
                case "s" where inCell:
                    cellText += String(repeating: " ", count: min(repeatCount(pull.attribute("text:c")), 1000))
                    if cellText.utf8.count > maximumCellBytes { throw tooLong(path, sheet: name, row: rowNumber + 1, column: column + 1) }
                case "tab" where inCell: cellText += "\t"
                case "line-break" where inCell: cellText += "\n"
                case "annotation" where inCell:
                    // A comment on the cell is not its value.
                    var depth = 1
                    while depth > 0, let e = pull.next() {
                        if e == .start { depth += 1 }
                        if e == .end { depth -= 1 }
                    }
                default: break
                }
            case .text:
                if inCell {
                    cellText += pull.value
                    if cellText.utf8.count > maximumCellBytes { throw tooLong(path, sheet: name, row: rowNumber + 1, column: column + 1) }
                }
            case .end:
                switch pull.name {
                case "table":
                    tableDepth -= 1
                    if tableDepth == 0 { done = true }
                case "table-cell" where tableDepth == 1, "covered-table-cell" where tableDepth == 1:
                    inCell = false
                    let value = cell(type: cellType, value: cellValue, text: cellText)
                    if value.isEmpty {
                        // Empty cells, however many, only move the column (to the sheet's edge and beyond).
                        column += min(cellRepeat, 1 << 20)
                    } else {
                        let at = { location(path, sheet: name, row: rowNumber + 1, column: column + 1) }
                        guard column + cellRepeat <= 16_384 else {
                            throw .error("a filled cell stands past column XFD (16,384), the last a spreadsheet has; the file is damaged or was not saved by a spreadsheet: save it again from one", at: at())
                        }
                        budget -= cellRepeat
                        guard budget >= 0 else { throw tooMany(at()) }
                        for _ in 0..<cellRepeat {
                            column += 1
                            row.append(value, column: column)
                        }
                    }
                case "table-row" where tableDepth == 1:
                    row.dropTrailingBlanks()
                    if row.filled.isEmpty {
                        rowNumber += min(rowRepeat, 1 << 20)
                    } else {
                        let at = location(path, sheet: name, row: rowNumber + 1, column: 1)
                        guard rowRepeat <= maximumRepeat else { throw tooMany(at) }
                        budget -= row.filled.count * (rowRepeat - 1)
                        guard budget >= 0 else { throw tooMany(at) }
                        for _ in 0..<rowRepeat {
                            rowNumber += 1
                            row.number = rowNumber
                            rows.append(row)
                        }
                    }
                default: break
                }
            }
        }
        if pull.failed { throw malformed }
        guard let name else { throw .error("the spreadsheet has no table", at: .file(path)) }
        return Sheet(path: path, kind: .ods, name: name, rows: rows)
    }

    static func location(_ path: String, sheet: String?, row: Int, column: Int) -> SourceLocation {
        .cell(path, sheet: sheet ?? "Sheet1", row: row, column: min(column, 16_384))
    }

    static func tooMany(_ at: SourceLocation) -> DiagnosticError {
        .error("the sheet repeats filled rows or cells more than \(maximumRepeat) times, or to more than \(maximumCells) filled cells in all; it is no sheet of figures: save it again without the repeated rows", at: at)
    }

    static func tooLong(_ path: String, sheet: String?, row: Int, column: Int) -> DiagnosticError {
        .error("the cell holds more than 32,767 characters, more than a spreadsheet cell holds; it is no figure or name", at: location(path, sheet: sheet, row: row, column: column))
    }

    static func repeatCount(_ attribute: String?) -> Int { max(1, attribute.flatMap { Int($0) } ?? 1) }

    static func cell(type: String, value: String?, text: String) -> CellValue {
        switch type {
        case "float", "currency":
            return value.flatMap(Double.init).map { .number($0, .general) } ?? .text(text)
        case "percentage":
            guard let d = value.flatMap(Double.init) else { return .text(text) }
            // The places it shows are in its text (`35.0%`), which follows its style.
            let shown = text.split(separator: "%").first.map(String.init) ?? ""
            let digits = shown.split(whereSeparator: { $0 == "." || $0 == "," }).dropFirst().first?.count ?? 0
            return .number(d, .percent(digits: digits))
        case "date":
            return value.flatMap { OfficialDate(parsing: String($0.prefix(10))) }.map(CellValue.date) ?? .text(text)
        case "boolean":
            return .boolean(value == "true")
        default:
            // string, or no type: the text it shows.
            return text.isEmpty ? .empty : .text(text)
        }
    }
}
