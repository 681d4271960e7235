
extension Interpreter {
    static let tableKeys = ["caption", "columns", "header", "rows", "total", "sort"]

    /// `table:` with `columns:` (a heading, or `{heading:, width:, field:}` each), optional
    /// `header:` rows above the headings (cells may be `{text:, span:}`), and `rows:` — a list of
    /// rows, or `units` for one row per unit of the rollup (with `total:` and `sort:`).
    func table(_ at: Located) -> Block? {
        guard let e = entries(at, what: "table", allowed: Self.tableKeys) else { return nil }
        guard let columnsAt = e["columns"], let columnList = columnsAt.node.sequence, !columnList.isEmpty else {
            error("a table needs columns: (a list of column headings)", e["columns"] ?? at)
            return nil
        }
        var headings: [Table.Cell] = []
        var widths: [Double] = []
        var fields: [String?] = []
        for node in columnList {
            let column = Located(node: node, source: at.source)
            if node.scalar != nil {
                guard let heading = text(column, what: "column heading", role: .heading1) else { return nil }
                headings.append(Table.Cell(heading))
                widths.append(1)
                fields.append(node.scalar?.string)
                continue
            }
            guard let c = entries(column, what: "a column", allowed: ["heading", "width", "field"]),
                  let headingAt = c["heading"], let heading = text(headingAt, what: "column heading", role: .heading1) else { return nil }
            headings.append(Table.Cell(heading))
            var width = 1.0
            if let w = c["width"] {
                guard let value = w.node.scalar.flatMap({ Double($0.string) }), value > 0, value <= 100 else {
                    error("a column's width is a number from 0 to 100 (its share of the table's width)", w)
                    return nil
                }
                width = value
            }
            widths.append(width)
            fields.append(c["field"]?.node.scalar?.string ?? headingAt.node.scalar?.string)
        }
        var header: [[Table.Cell]] = []
        if let headerAt = e["header"] {
            guard let rows = headerAt.node.sequence else {
                error("a table's header: is a list of rows, each a list of cells", headerAt)
                return nil
            }
            for row in rows {
                guard let cells = tableRow(Located(node: row, source: at.source), columns: widths.count, role: .heading1) else { return nil }
                header.append(cells)
            }
        }
        header.append(headings)
        var table = Table(caption: e["caption"].flatMap { text($0, what: "caption", role: .heading1) }, header: header, rows: [], widths: widths)
        guard let rowsAt = e["rows"] else {
            error("a table needs rows: (a list of rows, or 'units' for one row per unit of the rollup)", at)
            return nil
        }
        if rowsAt.node.scalar?.string == "units" {
            table.unitRows = Table.UnitRows(fields: fields.enumerated().map { $0.offset == 0 ? nil : $0.element },
                                            total: e["total"].flatMap { text($0, what: "total label", role: .heading1) },
                                            sortedBy: e["sort"]?.node.scalar?.string)
            unitTables.append(rowsAt.location)
            return .table(table)
        }
        for key in ["total", "sort"] where e[key] != nil {
            error("'\(key)' goes with rows: units (one row per unit of the rollup)", e[key]!)
        }
        guard let rows = rowsAt.node.sequence else {
            error("a table's rows: is a list of rows (each a list of cells), or 'units'", rowsAt)
            return nil
        }
        for row in rows {
            guard let cells = tableRow(Located(node: row, source: at.source), columns: widths.count, role: .body) else { return nil }
            table.rows.append(cells)
        }
        return .table(table)
    }

    /// One row: as many cells as the table has columns, a spanning cell counting for its span.
    func tableRow(_ at: Located, columns: Int, role: FontRole) -> [Table.Cell]? {
        guard let list = at.node.sequence else {
            error("a table row is a list of cells: [甲, 1, 2]", at)
            return nil
        }
        var cells: [Table.Cell] = []
        for node in list {
            let cell = Located(node: node, source: at.source)
            if node.mapping != nil {
                guard let c = entries(cell, what: "a cell", allowed: ["text", "span"]),
                      let textAt = c["text"], let value = text(textAt, what: "cell", role: role) else { return nil }
                let span = c["span"].flatMap { $0.node.scalar.flatMap { Int($0.string) } } ?? 1
                guard span >= 1, span <= columns else {
                    error("a cell spans 1 to \(columns) columns", c["span"] ?? cell)
                    return nil
                }
                cells.append(Table.Cell(value, span: span))
            } else {
                guard let value = text(cell, what: "cell", role: role) else { return nil }
                cells.append(Table.Cell(value))
            }
        }
        let width = cells.reduce(0) { $0 + $1.span }
        guard width == columns else {
            error("this row has \(width) cells but the table has \(columns) columns", at)
            return nil
        }
        return cells
    }
}
