/// The first table of an OpenDocument spreadsheet (`.ods`, ODF 1.3 part 3 §9.1): typed cells
/// (`office:value-type`), the text each shows, and repeated rows and columns, which are expanded
/// only where they hold something.
enum ODSSheet {
    /// Repetition beyond this many rows or cells of a non-empty value is no sheet of figures.
    static let maximumRepeat = 100_000

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
        var row: [CellValue] = []
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
                    row = []
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
                if inCell { cellText += pull.value }
            case .end:
                switch pull.name {
                case "table":
                    tableDepth -= 1
                    if tableDepth == 0 { done = true }
                case "table-cell" where tableDepth == 1, "covered-table-cell" where tableDepth == 1:
                    inCell = false
                    try append(&row, cell(type: cellType, value: cellValue, text: cellText), times: cellRepeat, path: path)
                case "table-row" where tableDepth == 1:
                    while let last = row.last, last.isEmpty { row.removeLast() }
                    if row.isEmpty {
                        rowNumber += rowRepeat
                    } else {
                        guard rowRepeat <= maximumRepeat else { throw tooMany(path) }
                        for _ in 0..<rowRepeat {
                            rowNumber += 1
                            rows.append(Sheet.Row(number: rowNumber, cells: row))
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

    static func tooMany(_ path: String) -> DiagnosticError {
        .error("the sheet repeats a filled row or cell more than \(maximumRepeat) times; it is no sheet of figures", at: .file(path))
    }

    static func repeatCount(_ attribute: String?) -> Int { max(1, attribute.flatMap { Int($0) } ?? 1) }

    /// Empty cells repeated to the sheet's edge (16,384 columns) are not kept.
    static func append(_ row: inout [CellValue], _ value: CellValue, times: Int, path: String) throws(DiagnosticError) {
        if value.isEmpty {
            if times > maximumRepeat { return }
            row.append(contentsOf: repeatElement(.empty, count: times))
            return
        }
        guard times <= maximumRepeat, row.count + times <= 16_384 else { throw tooMany(path) }
        row.append(contentsOf: repeatElement(value, count: times))
    }

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
