/// The form as an OpenDocument spreadsheet (ODF 1.3): typed cells (`office:value-type`) with the
/// text each shows, date and percentage styles so LibreOffice shows them as typed, and date and
/// text columns pre-formatted.
enum ODSFormWriter {
    static func bytes(_ form: CollectionForm) throws -> [UInt8] {
        let entries = [
            ZipArchive.Entry("mimetype", .bytes(Array(ODF.spreadsheetMimeType.utf8)), stored: true),
            ZipArchive.Entry("content.xml", .bytes(try content(form))),
            ZipArchive.Entry("META-INF/manifest.xml", .bytes(try ManifestWriter.write(parts: ["content.xml"], mimeType: ODF.spreadsheetMimeType))),
        ]
        return try ZipArchive.bytes(entries, timestamp: CollectionForm.timestamp)
    }

    static func content(_ form: CollectionForm) throws -> [UInt8] {
        let x = XMLStreamWriter()
        x.start("office:document-content")
        for (prefix, uri) in [("office", ODF.office), ("style", ODF.style), ("text", ODF.text), ("table", ODF.table), ("number", ODF.number), ("fo", ODF.fo)] {
            x.attribute("xmlns:" + prefix, uri)
        }
        x.attribute("office:version", ODF.version)
        x.element("office:automatic-styles") {
            x.element("number:date-style", ["style:name": "date"]) {
                x.element("number:year", ["number:style": "long"])
                x.element("number:text") { x.text("-") }
                x.element("number:month", ["number:style": "long"])
                x.element("number:text") { x.text("-") }
                x.element("number:day", ["number:style": "long"])
            }
            x.element("number:text-style", ["style:name": "text"]) { x.element("number:text-content") }
            for digits in 0...4 {
                x.element("number:percentage-style", ["style:name": "percent\(digits)"]) {
                    x.element("number:number", ["number:decimal-places": String(digits), "number:min-decimal-places": String(digits), "number:min-integer-digits": "1"])
                    x.element("number:text") { x.text("%") }
                }
            }
            x.element("style:style", ["style:name": "wide", "style:family": "table-column"]) {
                x.element("style:table-column-properties", ["style:column-width": "40mm"])
            }
            x.element("style:style", ["style:name": "narrow", "style:family": "table-column"]) {
                x.element("style:table-column-properties", ["style:column-width": "25mm"])
            }
            for name in ["date", "text"] + (0...4).map({ "percent\($0)" }) {
                x.element("style:style", ["style:name": "cell-" + name, "style:family": "table-cell", "style:parent-style-name": "Default", "style:data-style-name": name])
            }
            x.element("style:style", ["style:name": "cell-heading", "style:family": "table-cell", "style:parent-style-name": "Default"]) {
                x.element("style:text-properties", ["fo:font-weight": "bold"])
            }
        }
        x.element("office:body") {
            x.element("office:spreadsheet") {
                x.element("table:table", ["table:name": "Sheet1"]) {
                    for column in form.columns {
                        x.element("table:table-column", ["table:style-name": column.type == .text ? "wide" : "narrow",
                                                          "table:default-cell-style-name": column.type == .date ? "cell-date" : (column.type == .text ? "cell-text" : "Default")])
                    }
                    for texts in [form.columns.map(\.name), form.typeRow] {
                        x.element("table:table-row") {
                            for text in texts {
                                x.element("table:table-cell", ["table:style-name": "cell-heading", "office:value-type": "string"]) {
                                    x.element("text:p") { x.odfText(text) }
                                }
                            }
                        }
                    }
                    for row in form.rows {
                        x.element("table:table-row") {
                            for value in row { cell(x, value) }
                        }
                    }
                }
            }
        }
        x.end()
        return try x.finish()
    }

    static func cell(_ x: XMLStreamWriter, _ value: Value?) {
        guard let value, value != .null else {
            x.element("table:table-cell")
            return
        }
        x.start("table:table-cell")
        switch value {
        case .integer, .decimal:
            x.attribute("office:value-type", "float")
            x.attribute("office:value", value.description)
        case .percent(let f, let digits):
            x.attribute("table:style-name", "cell-percent\(min(max(digits, 0), 4))")
            x.attribute("office:value-type", "percentage")
            x.attribute("office:value", String(f))
        case .date(let d):
            x.attribute("table:style-name", "cell-date")
            x.attribute("office:value-type", "date")
            x.attribute("office:date-value", d.iso)
        case .boolean(let b):
            x.attribute("office:value-type", "boolean")
            x.attribute("office:boolean-value", b ? "true" : "false")
        default:
            x.attribute("office:value-type", "string")
        }
        let shown: String
        if case .date(let d) = value { shown = d.iso } else if case .boolean(let b) = value { shown = b ? "TRUE" : "FALSE" } else { shown = value.description }
        x.element("text:p") { x.odfText(shown) }
        x.end()
    }
}
