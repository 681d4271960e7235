/// A cell as a template value: what the user sees in the spreadsheet, typed as the template's
/// `fields:` asks. A number stored as text counts as the number it shows; a date stored as a
/// serial number is the date it shows; a percentage is the share it shows.
enum CellTyping {
    /// The value, or why it cannot be one (said at the cell).
    static func value(_ cell: CellValue, field: FieldType?) -> Result<Value, CellProblem> {
        switch cell {
        case .empty:
            return .failure(CellProblem(message: "the cell is empty"))
        case .error(let code):
            return .failure(CellProblem(message: "the cell shows the spreadsheet error \(code); correct its formula or type the figure"))
        case .boolean(let b):
            return check(.boolean(b), shown: b ? "TRUE" : "FALSE", field: field)
        case .date(let d):
            return check(.date(d), shown: d.iso, field: field)
        case .number(let d, let style):
            guard d.isFinite else { return .failure(CellProblem(message: "the cell holds a number no figure can show")) }
            let value: Value
            switch style {
            case .percent(let digits): value = .percent(d, digits: digits)
            case .general: value = d == d.rounded() && abs(d) < 9.007e15 ? .integer(Int(d)) : .decimal(d)
            }
            return check(value, shown: value.description, field: field)
        case .text(let raw):
            let text = raw.trimmingSpaces()
            if text.isEmpty { return .failure(CellProblem(message: "the cell is empty")) }
            switch field {
            case .text?:
                return .success(.string(text))
            case nil:
                return .success(Value.looksTyped(text) ?? .string(text))
            case let type?:
                if let typed = Value.looksTyped(text, dates: true), type.accepts(typed) { return .success(typed) }
                // Typed as offices type figures (１８６, 32,500): `SheetUnits` says how it was read.
                if let read = OfficeFigure.value(text, as: type) { return .success(read.value) }
                return .failure(CellProblem(message: "the cell holds \(TextEscape.quoted(text)), but the template needs \(type.described) here"
                                            + OfficeFigure.hint(text, as: type)))
            }
        }
    }

    static func check(_ value: Value, shown: String, field: FieldType?) -> Result<Value, CellProblem> {
        guard let field, !field.accepts(value) else { return .success(value) }
        // A number, date or flag in a text column prints as the sheet shows it.
        if field == .text { return .success(.string(value.description)) }
        return .failure(CellProblem(message: "the cell holds \(TextEscape.quoted(shown)), but the template needs \(field.described) here"))
    }

    /// Excel's day numbers: day 1 is 1900-01-01 and day 60 the 1900-02-29 that never was (Lotus
    /// 1-2-3's error, kept by Excel); with the 1904 system, day 0 is 1904-01-01.
    static func excelDate(serial: Double, date1904: Bool) -> OfficialDate? {
        guard serial.isFinite, serial >= 1 || (date1904 && serial >= 0), serial < 2_958_466 else { return nil }
        let day = Int(serial.rounded(.down))
        let epoch = date1904 ? OfficialDate(year: 1904, month: 1, day: 1)! : OfficialDate(year: 1899, month: 12, day: 30)!
        if !date1904 && day == 60 { return nil }
        let offset = !date1904 && day < 60 ? day + 1 : day
        return OfficialDate(epochSeconds: epoch.epochSeconds + offset * 86400)
    }
}
