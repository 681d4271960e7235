/// The form as an Excel workbook (ECMA-376): inline strings, numbers, dates as serial numbers
/// shown yyyy-mm-dd, percentages with their places; date and text columns pre-formatted so what
/// staff type there stays a date or stays text (`007`); the two heading rows frozen.
enum XLSXFormWriter {
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"

    /// Cell style indices in styles.xml's cellXfs.
    enum Style: Int { case general = 0, date, text, heading, percent0, percent1, percent2, percent3, percent4 }

    static func bytes(_ form: CollectionForm) throws -> [UInt8] {
        let parts: [(String, [UInt8])] = [
            ("[Content_Types].xml", try contentTypes()),
            ("_rels/.rels", try rootRelationships()),
            ("xl/workbook.xml", try workbook()),
            ("xl/_rels/workbook.xml.rels", try workbookRelationships()),
            ("xl/styles.xml", try styles()),
            ("xl/worksheets/sheet1.xml", try worksheet(form)),
        ]
        return try ZipArchive.bytes(parts.map { ZipArchive.Entry($0.0, .bytes($0.1)) }, timestamp: CollectionForm.timestamp)
    }

    static func contentTypes() throws -> [UInt8] {
        let x = XMLStreamWriter()
        x.element("Types", ["xmlns": "http://schemas.openxmlformats.org/package/2006/content-types"]) {
            x.element("Default", ["Extension": "rels", "ContentType": "application/vnd.openxmlformats-package.relationships+xml"])
            x.element("Default", ["Extension": "xml", "ContentType": "application/xml"])
            x.element("Override", ["PartName": "/xl/workbook.xml", "ContentType": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"])
            x.element("Override", ["PartName": "/xl/worksheets/sheet1.xml", "ContentType": "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"])
            x.element("Override", ["PartName": "/xl/styles.xml", "ContentType": "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"])
        }
        return try x.finish()
    }

    static func rootRelationships() throws -> [UInt8] {
        let x = XMLStreamWriter()
        x.element("Relationships", ["xmlns": packageRelationships]) {
            x.element("Relationship", ["Id": "rId1", "Type": relationships + "/officeDocument", "Target": "xl/workbook.xml"])
        }
        return try x.finish()
    }

    static func workbook() throws -> [UInt8] {
        let x = XMLStreamWriter()
        x.element("workbook", ["xmlns": main, "xmlns:r": relationships]) {
            x.element("sheets") { x.element("sheet", ["name": "Sheet1", "sheetId": "1", "r:id": "rId1"]) }
        }
        return try x.finish()
    }

    static func workbookRelationships() throws -> [UInt8] {
        let x = XMLStreamWriter()
        x.element("Relationships", ["xmlns": packageRelationships]) {
            x.element("Relationship", ["Id": "rId1", "Type": relationships + "/worksheet", "Target": "worksheets/sheet1.xml"])
            x.element("Relationship", ["Id": "rId2", "Type": relationships + "/styles", "Target": "styles.xml"])
        }
        return try x.finish()
    }

    static func styles() throws -> [UInt8] {
        let x = XMLStreamWriter()
        x.element("styleSheet", ["xmlns": main]) {
            x.element("numFmts", ["count": "4"]) {
                x.element("numFmt", ["numFmtId": "164", "formatCode": "yyyy-mm-dd"])
                x.element("numFmt", ["numFmtId": "165", "formatCode": "0.0%"])
                x.element("numFmt", ["numFmtId": "166", "formatCode": "0.000%"])
                x.element("numFmt", ["numFmtId": "167", "formatCode": "0.0000%"])
            }
            x.element("fonts", ["count": "2"]) {
                x.element("font") { x.element("sz", ["val": "11"]); x.element("name", ["val": "宋体"]) }
                x.element("font") { x.element("b"); x.element("sz", ["val": "11"]); x.element("name", ["val": "宋体"]) }
            }
            x.element("fills", ["count": "2"]) {
                x.element("fill") { x.element("patternFill", ["patternType": "none"]) }
                x.element("fill") { x.element("patternFill", ["patternType": "gray125"]) }
            }
            x.element("borders", ["count": "1"]) { x.element("border") }
            x.element("cellStyleXfs", ["count": "1"]) { x.element("xf", ["numFmtId": "0", "fontId": "0", "fillId": "0", "borderId": "0"]) }
            let formats: [(Int, Int)] = [(0, 0), (164, 0), (49, 0), (49, 1), (9, 0), (165, 0), (10, 0), (166, 0), (167, 0)]
            x.element("cellXfs", ["count": String(formats.count)]) {
                for (format, font) in formats {
                    x.element("xf", ["numFmtId": String(format), "fontId": String(font), "fillId": "0", "borderId": "0", "xfId": "0",
                                     "applyNumberFormat": format == 0 ? "0" : "1", "applyFont": font == 0 ? "0" : "1"])
                }
            }
        }
        return try x.finish()
    }

    static func worksheet(_ form: CollectionForm) throws -> [UInt8] {
        let x = XMLStreamWriter()
        x.element("worksheet", ["xmlns": main, "xmlns:r": relationships]) {
            x.element("sheetViews") {
                x.element("sheetView", ["workbookViewId": "0"]) {
                    x.element("pane", ["xSplit": "1", "ySplit": "2", "topLeftCell": "B3", "activePane": "bottomRight", "state": "frozen"])
                }
            }
            x.element("cols") {
                for (i, column) in form.columns.enumerated() {
                    let style: Style = column.type == .date ? .date : (column.type == .text ? .text : .general)
                    x.element("col", ["min": String(i + 1), "max": String(i + 1), "width": column.type == .text ? "20" : "12",
                                      "style": String(style.rawValue), "customWidth": "1"])
                }
            }
            x.element("sheetData") {
                for (r, texts) in [form.columns.map(\.name), form.typeRow].enumerated() {
                    x.element("row", ["r": String(r + 1)]) {
                        for (c, text) in texts.enumerated() { inline(x, text, at: reference(r + 1, c + 1), style: .heading) }
                    }
                }
                for (i, row) in form.rows.enumerated() {
                    x.element("row", ["r": String(i + 3)]) {
                        for (c, value) in row.enumerated() {
                            if let value { cell(x, value, at: reference(i + 3, c + 1)) }
                        }
                    }
                }
            }
        }
        return try x.finish()
    }

    static func reference(_ row: Int, _ column: Int) -> String { SourceLocation.columnLetters(column) + String(row) }

    static func inline(_ x: XMLStreamWriter, _ text: String, at reference: String, style: Style = .text) {
        x.element("c", ["r": reference, "s": String(style.rawValue), "t": "inlineStr"]) {
            x.element("is") {
                x.start("t")
                if text.first?.isWhitespace == true || text.last?.isWhitespace == true { x.attribute("xml:space", "preserve") }
                x.text(text)
                x.end()
            }
        }
    }

    static func cell(_ x: XMLStreamWriter, _ value: Value, at reference: String) {
        func number(_ text: String, _ style: Style) {
            x.element("c", ["r": reference, "s": String(style.rawValue)]) { x.element("v") { x.text(text) } }
        }
        switch value {
        case .integer(let n): number(String(n), .general)
        case .decimal(let d): number(String(d), .general)
        case .percent(let f, let digits): number(String(f), Style(rawValue: Style.percent0.rawValue + min(max(digits, 0), 4))!)
        case .date(let d):
            let serial = (d.epochSeconds - OfficialDate(year: 1899, month: 12, day: 30)!.epochSeconds) / 86400
            number(String(serial), .date)
        case .boolean(let b): x.element("c", ["r": reference, "t": "b"]) { x.element("v") { x.text(b ? "1" : "0") } }
        case .null: break
        case .string(let s), .unprintableNumber(let s): inline(x, s, at: reference)
        }
    }
}
