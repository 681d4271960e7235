/// Tables in the 公文 style, set by the native engine as the ODF backend sets them (`TableWriter`):
/// the block's full width, a thin black rule round every cell, headings in 黑体 centred, text in 仿宋 at
/// the body size (the first column, which names the row, centred; figures right-aligned; the rest from
/// the left), 1 mm of padding left and right. A cell's text wraps inside its cell on the grid's pitch,
/// and a row is as many grid lines high as its fullest cell, its text from the top: every baseline in
/// the table and after it stays on the line grid. A row never splits between pages; the heading rows
/// repeat at the top of every page the table continues on; the caption stays with the table.
extension PageSetter {
    /// Rule width in mm.
    static let tableRule = PageGeometry.tableRulePoints * points
    static let cellPadding = 1.0

    static func tableRows(_ composed: ComposedTable, faces: LayoutFaces) throws -> [Row] {
        let table = composed.table
        guard abs(composed.width - page.blockWidth) < 1e-6 else { throw Unsupported(what: "landscape tables") }
        var rows: [Row] = []
        if let caption = table.caption {
            var row = try centred(caption, role: .heading1, size: bodySize, faces: faces)
            row.isHeading = true
            rows.append(row)
        }
        let total = table.widths.reduce(0, +)
        guard total > 0 else { throw Unsupported(what: "a table without column widths") }
        let edges = table.widths.reduce(into: [page.left]) { $0.append($0[$0.count - 1] + page.blockWidth * $1 / total) }
        let header = try table.header.map { try tableRow($0, heading: true, edges: edges, faces: faces) }
        for var row in header {
            // A heading row stays with the row under it.
            row.isHeading = true
            rows.append(row)
        }
        for cells in table.rows {
            var row = try tableRow(cells, heading: false, edges: edges, faces: faces)
            row.repeatedHeader = header
            rows.append(row)
        }
        return rows
    }

    /// One row of cells: each cell's lines, its rules, the row's height in grid lines.
    static func tableRow(_ cells: [Table.Cell], heading: Bool, edges: [Double], faces: LayoutFaces) throws -> Row {
        var row = Row()
        row.isText = true
        var lines: [[(face: Int, size: Double, x: Double, glyph: UInt32, text: String)]] = [[]]
        var column = 0
        var boundaries: [Double] = [edges[0]]
        for (i, cell) in cells.enumerated() {
            let span = max(1, cell.span)
            guard column + span < edges.count else { throw Unsupported(what: "a table row with more cells than columns") }
            let left = edges[column], right = edges[column + span]
            column += span
            boundaries.append(right)
            let role: FontRole = heading ? .heading1 : .body
            let alignment: Alignment = heading || i == 0 ? .centre : Table.isFigure(cell.text) ? .end : .start
            let inner = (right - left - 2 * cellPadding) / pitch
            let measure = { (c: Character) in units(c, role: role, size: bodySize, pitch: pitch, faces: faces) }
            let broken = cell.text.isEmpty ? [] : GridLineBreaker.lines(cell.text, width: max(1, inner), firstIndent: 0, measure: measure)
            for (n, gridLine) in broken.enumerated() {
                let width = gridLine.text.reduce(0) { $0 + measure($1) } * pitch
                let x: Double
                switch alignment {
                case .start: x = left + cellPadding
                case .centre: x = (left + right - width) / 2
                case .end: x = right - cellPadding - width
                }
                while lines.count <= n { lines.append([]) }
                lines[n] += try placed(gridLine.text, role: role, size: bodySize, x: x, faces: faces)
            }
        }
        row.glyphs = lines[0]
        row.more = Array(lines.dropFirst())
        let height = Double(row.span) * line
        let half = tableRule / 2
        let width = boundaries[boundaries.count - 1] - boundaries[0]
        // A closed box round every cell: the row's top and bottom rules, and one at every cell's edge.
        row.rules = [(boundaries[0] - half, -half, width + tableRule, tableRule), (boundaries[0] - half, height - half, width + tableRule, tableRule)]
            + boundaries.map { ($0 - half, -half, tableRule, height + tableRule) }
        return row
    }

    enum Alignment { case start, centre, end }
}
