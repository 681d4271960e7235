/// Tables in the 公文 style: the block's full width, thin black rules round every cell, headings
/// in 黑体 centred, text in 仿宋 at the body size, figures right-aligned. Each row is one grid line
/// high (the rule's width taken from the line) and its text stands at the top, so every baseline,
/// in the table and after it, stays on the body's line grid (centring a one-line cell in a two-line
/// row would put it half a line off). Rows never split; the heading rows repeat on every page.
enum TableWriter {
    static let rule = PageGeometry.tableRulePoints

    static func automaticStyles(_ x: XMLStreamWriter, _ tables: [ComposedTable]) {
        guard !tables.isEmpty else { return }
        let line = ContentWriter.lineHeight - rule
        x.element("style:style", ["style:name": "GW_TableCaption", "style:family": "paragraph", "style:parent-style-name": "Standard"]) {
            x.element("style:paragraph-properties", ["fo:text-align": "center", "fo:text-indent": "0pt", "fo:keep-with-next": "always"])
            x.element("style:text-properties", ["style:font-name": "黑体", "style:font-name-asian": "黑体"])
        }
        for (name, align, face) in [("GW_TableHeading", "center", "黑体"), ("GW_TableText", "start", nil), ("GW_TableFigure", "end", nil), ("GW_TableTextCentred", "center", nil)] {
            x.element("style:style", ["style:name": name, "style:family": "paragraph", "style:parent-style-name": "Standard"]) {
                x.element("style:paragraph-properties", ["fo:text-align": align, "fo:text-indent": "0pt", "fo:line-height": ContentWriter.points(line)])
                if let face { x.element("style:text-properties", ["style:font-name": face, "style:font-name-asian": face]) }
            }
        }
        x.element("style:style", ["style:name": "GW_TableCell", "style:family": "table-cell"]) {
            x.element("style:table-cell-properties", ["fo:border": "\(rule)pt solid #000000", "fo:padding-top": "0mm", "fo:padding-bottom": "0mm",
                                                      "fo:padding-left": "1mm", "fo:padding-right": "1mm", "style:vertical-align": "top"])
        }
        // A row is never split between pages.
        x.element("style:style", ["style:name": "GW_TableRow", "style:family": "table-row"]) {
            x.element("style:table-row-properties", ["fo:keep-together": "always"])
        }
        for (t, composed) in tables.enumerated() {
            let (table, blockWidth) = (composed.table, composed.width)
            x.element("style:style", ["style:name": "GW_Table\(t + 1)", "style:family": "table"]) {
                x.element("style:table-properties", ["style:width": PageGeometry.mm(blockWidth), "table:align": "margins", "table:border-model": "collapsing",
                                                     "fo:margin-top": "0mm", "fo:margin-bottom": "0mm"])
            }
            let total = table.widths.reduce(0, +)
            for (c, width) in table.widths.enumerated() {
                x.element("style:style", ["style:name": "GW_Table\(t + 1).C\(c + 1)", "style:family": "table-column"]) {
                    x.element("style:table-column-properties", ["style:column-width": PageGeometry.mm(blockWidth * width / total),
                                                                "style:rel-column-width": "\(Int((width / total * 65535).rounded()))*"])
                }
            }
        }
    }

    /// `index` counts the document's tables from 1, in the order `tables` gives them.
    static func write(_ x: XMLStreamWriter, _ table: Table, index: Int) {
        if let caption = table.caption { ContentWriter.paragraph(x, style: "GW_TableCaption") { x.odfText(caption) } }
        x.element("table:table", ["table:name": "表\(index)", "table:style-name": "GW_Table\(index)"]) {
            for c in table.widths.indices { x.element("table:table-column", ["table:style-name": "GW_Table\(index).C\(c + 1)"]) }
            x.element("table:table-header-rows") {
                for row in table.header { write(x, row, heading: true) }
            }
            for row in table.rows { write(x, row, heading: false) }
        }
    }

    static func write(_ x: XMLStreamWriter, _ row: [Table.Cell], heading: Bool) {
        x.element("table:table-row", ["table:style-name": "GW_TableRow"]) {
            for (i, cell) in row.enumerated() {
                x.start("table:table-cell")
                x.attribute("table:style-name", "GW_TableCell")
                if cell.span > 1 { x.attribute("table:number-columns-spanned", String(cell.span)) }
                x.attribute("office:value-type", "string")
                // The first column names the row (序号, 单位): centred, figure or not.
                let style = heading ? "GW_TableHeading" : i == 0 ? "GW_TableTextCentred" : Table.isFigure(cell.text) ? "GW_TableFigure" : "GW_TableText"
                ContentWriter.paragraph(x, style: style) { x.odfText(cell.text) }
                x.end()
                for _ in 1..<cell.span { x.element("table:covered-table-cell") }
            }
        }
    }
}
