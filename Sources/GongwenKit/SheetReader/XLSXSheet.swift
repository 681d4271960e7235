import Foundation

/// The first worksheet of an Office Open XML workbook (`.xlsx`, ECMA-376 part 1 §18): shared
/// strings, inline strings, numbers with their formats (dates and percentages as the user sees
/// them), booleans and formula errors.
enum XLSXSheet {
    /// `jobs`: threads a large sheet's rows may be read on (`--jobs`; the build's default, every core).
    static func read(path: String, limit: Int, jobs: Int = SheetJobs.all) throws(DiagnosticError) -> Sheet {
        let zip = try ZippedSheet(path: path, limit: limit)
        func malformed(_ part: String) -> DiagnosticError {
            .error("'\(part)' inside the sheet is not well-formed XML; save the file again from the spreadsheet", at: .file(path))
        }
        guard let workbook = try zip.part("xl/workbook.xml") else {
            throw .error("the file is a zip but not an Excel workbook (it has no xl/workbook.xml)", at: .file(path))
        }
        // The first sheet in the workbook's order, and the part its relationship names.
        var sheetName: String?, relation: String?, date1904 = false
        guard let pull = XMLPull(workbook, name: "workbook.xml") else { throw malformed("xl/workbook.xml") }
        while let event = pull.next() {
            guard event == .start else { continue }
            if pull.name == "workbookPr", let v = pull.attribute("date1904") { date1904 = v == "1" || v == "true" }
            if pull.name == "sheet", sheetName == nil {
                sheetName = pull.attribute("name")
                relation = pull.attribute("r:id")
            }
        }
        if pull.failed { throw malformed("xl/workbook.xml") }
        guard let sheetName, let relation else { throw .error("the workbook has no worksheet", at: .file(path)) }
        var target: String?
        if let rels = try zip.part("xl/_rels/workbook.xml.rels"), let pull = XMLPull(rels, name: "workbook.xml.rels") {
            while let event = pull.next() {
                if event == .start, pull.name == "Relationship", pull.attribute("Id") == relation { target = pull.attribute("Target") }
            }
        }
        guard let target else { throw .error("the workbook does not say where its sheet \(TextEscape.quoted(sheetName)) is (xl/_rels/workbook.xml.rels)", at: .file(path)) }
        let sheetPart = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target

        let strings = try sharedStrings(zip.part("xl/sharedStrings.xml"), malformed: malformed("xl/sharedStrings.xml"))
        let styles = try numberStyles(zip.part("xl/styles.xml"))
        guard let bytes = try zip.part(sheetPart) else { throw .error("the workbook's sheet \(TextEscape.quoted(sheetName)) (\(sheetPart)) is missing", at: .file(path)) }
        // Cut between rows and read on `jobs` threads when it is large; a piece that is not well-formed
        // (the cut could not be made cleanly) sends the whole back to one reader.
        if let pieces = Self.pieces(bytes, jobs: jobs),
           let rows = sheetRows(pieces, name: sheetPart, strings: strings, styles: styles, date1904: date1904) {
            return Sheet(path: path, kind: .xlsx, name: sheetName, rows: rows)
        }
        guard let sheetPull = XMLPull(bytes, name: sheetPart),
              let rows = sheetRows(sheetPull, strings: strings, styles: styles, date1904: date1904) else { throw malformed(sheetPart) }
        return Sheet(path: path, kind: .xlsx, name: sheetName, rows: rows)
    }

    /// The worksheet's XML cut into one piece per job, or nil to read it whole on one thread.
    static func pieces(_ bytes: [UInt8], jobs: Int) -> [[UInt8]]? {
        RowSplit.pieces(bytes, count: SheetJobs.readers(jobs: jobs))
    }

    /// The rows of the pieces, each read on a thread of its own, in order; nil if any piece failed.
    static func sheetRows(_ pieces: [[UInt8]], name: String, strings: [String], styles: [Format], date1904: Bool) -> [Sheet.Row]? {
        let read = WorkerThreads.map(pieces.count, workers: pieces.count) { index in
            XMLPull(pieces[index], name: name).flatMap { sheetRows($0, strings: strings, styles: styles, date1904: date1904) }
        }
        return read.contains { $0 == nil } ? nil : read.flatMap { $0! }
    }

    /// The rows of a worksheet (or of a piece of one), nil when its XML is not well-formed.
    static func sheetRows(_ sheetPull: XMLPull, strings: [String], styles: [Format], date1904: Bool) -> [Sheet.Row]? {
        var rows: [Sheet.Row] = []
        var row: Sheet.Row?
        var rowNumber = 0
        var column = 0
        var cellType = "n", cellStyle = 0, cellText = "", inValue = false, inInline = false, phonetic = 0
        while let event = sheetPull.next() {
            switch event {
            // Names are compared as bytes, the commonest first: a sheet has one <c> and one <v> a cell.
            case .start:
                if sheetPull.isNamed("v") {
                    inValue = true
                } else if sheetPull.isNamed("c") {
                    column = sheetPull.attribute("r").flatMap(columnNumber) ?? column + 1
                    cellType = sheetPull.attribute("t") ?? "n"
                    cellStyle = sheetPull.attribute("s").flatMap { Int($0) } ?? 0
                    cellText = ""
                } else if sheetPull.isNamed("row") {
                    rowNumber = sheetPull.attribute("r").flatMap { Int($0) } ?? rowNumber + 1
                    row = Sheet.Row(number: rowNumber)
                    column = 0
                } else if sheetPull.isNamed("is") {
                    inInline = true
                } else if sheetPull.isNamed("rPh") {
                    phonetic += 1
                }
            case .text:
                if (inValue || inInline) && phonetic == 0 { cellText += sheetPull.value }
            case .end:
                if sheetPull.isNamed("v") {
                    inValue = false
                } else if sheetPull.isNamed("c") {
                    let value = cell(type: cellType, text: cellText, style: styles[safe: cellStyle] ?? .general, strings: strings, date1904: date1904)
                    // A column past XFD is kept as 16,385, for the sheet's reader to refuse by its place.
                    if column >= 1, row != nil { row!.append(value, column: min(column, 16_385)) }
                } else if sheetPull.isNamed("row") {
                    if let done = row, done.hasContent { rows.append(done) }
                    row = nil
                } else if sheetPull.isNamed("is") {
                    inInline = false
                } else if sheetPull.isNamed("rPh") {
                    phonetic -= 1
                }
            }
        }
        if sheetPull.failed { return nil }
        return rows
    }

    enum Format { case general, date, percent(Int) }

    static func cell(type: String, text: String, style: Format, strings: [String], date1904: Bool) -> CellValue {
        switch type {
        case "s":
            guard let index = Int(text), index >= 0, index < strings.count else { return .error("#REF! (a shared string that is not there)") }
            return .text(strings[index])
        case "inlineStr", "str": return .text(text)
        case "b": return .boolean(text == "1" || text == "true")
        case "e": return .error(text)
        case "d": return OfficialDate(parsing: String(text.prefix(10))).map(CellValue.date) ?? .text(text)
        default:
            guard !text.isEmpty else { return .empty }
            guard let d = Double(text) else { return .text(text) }
            switch style {
            case .general: return .number(d, .general)
            case .percent(let digits): return .number(d, .percent(digits: digits))
            case .date: return CellTyping.excelDate(serial: d, date1904: date1904).map(CellValue.date) ?? .number(d, .general)
            }
        }
    }

    /// `C7` → 3. A column past XFD (16,384, the last a sheet has) is 16,385 however many letters
    /// it has: `ZZZZZZZZZZZZZZ40` would overflow.
    static func columnNumber(_ reference: String) -> Int? {
        var n = 0
        for b in reference.utf8 {
            guard (0x41...0x5A).contains(b) else { break }
            n = n * 26 + Int(b - 0x40)
            if n > 16384 { return 16385 }
        }
        return n > 0 ? n : nil
    }

    static func sharedStrings(_ bytes: [UInt8]?, malformed: DiagnosticError) throws(DiagnosticError) -> [String] {
        guard let bytes else { return [] }
        guard let pull = XMLPull(bytes, name: "sharedStrings.xml") else { throw malformed }
        var strings: [String] = []
        var current = "", inText = false, phonetic = 0
        while let event = pull.next() {
            switch event {
            // One String fewer per event, three times over: Excel keeps every text cell here.
            case .start:
                if pull.isNamed("si") { current = "" } else if pull.isNamed("t") { inText = true } else if pull.isNamed("rPh") { phonetic += 1 }
            case .text:
                if inText && phonetic == 0 { current += pull.value }
            case .end:
                if pull.isNamed("t") { inText = false } else if pull.isNamed("rPh") { phonetic -= 1 } else if pull.isNamed("si") { strings.append(current) }
            }
        }
        if pull.failed { throw malformed }
        return strings
    }

    /// Each cell style's number format, by the style's index (`s="3"`).
    static func numberStyles(_ bytes: [UInt8]?) -> [Format] {
        guard let bytes, let pull = XMLPull(bytes, name: "styles.xml") else { return [] }
        var custom: [Int: String] = [:]
        var formats: [Format] = []
        var inCellXfs = false
        while let event = pull.next() {
            switch event {
            case .start:
                if pull.name == "numFmt", let id = pull.attribute("numFmtId").flatMap({ Int($0) }) { custom[id] = pull.attribute("formatCode") ?? "" }
                if pull.name == "cellXfs" { inCellXfs = true }
                if pull.name == "xf", inCellXfs {
                    let id = pull.attribute("numFmtId").flatMap { Int($0) } ?? 0
                    formats.append(format(id: id, code: custom[id]))
                }
            case .end:
                if pull.name == "cellXfs" { inCellXfs = false }
            case .text: break
            }
        }
        return formats
    }

    /// Built-in formats (ECMA-376 §18.8.30, with the East Asian date formats) and custom codes.
    static func format(id: Int, code: String?) -> Format {
        if let code { return format(code: code) }
        switch id {
        case 9: return .percent(0)
        case 10: return .percent(2)
        case 14...22, 27...36, 45...47, 50...58: return .date
        default: return .general
        }
    }

    /// A format code read as Excel does: quoted text, escapes and `[…]` sections say nothing
    /// about the kind; `%` makes a percentage, `y` or `d` a date.
    static func format(code: String) -> Format {
        var plain = ""
        var quoted = false, bracket = false, escaped = false
        for ch in code.split(separator: ";", maxSplits: 1).first.map(String.init) ?? code {
            if escaped { escaped = false; continue }
            switch ch {
            case "\"": quoted.toggle()
            case "\\" where !quoted: escaped = true
            case "[" where !quoted: bracket = true
            case "]" where !quoted: bracket = false
            default: if !quoted && !bracket { plain.append(ch) }
            }
        }
        let lower = plain.lowercased()
        if lower.contains("%") {
            let digits = lower.split(separator: ".").dropFirst().first.map { $0.prefix(while: { $0 == "0" || $0 == "#" }).count } ?? 0
            return .percent(digits)
        }
        if lower.contains("general") { return .general }
        if lower.contains("y") || lower.contains("d") { return .date }
        return .general
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
