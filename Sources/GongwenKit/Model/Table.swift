/// A table in a document (表格): heading rows, repeated at the top of every page it runs onto,
/// then body rows; cells may span columns. Numbers are right-aligned by the writer.
public struct Table: Hashable, Sendable {
    public struct Cell: Hashable, Sendable {
        public var text: String
        /// Columns it covers (merged across a row).
        public var span: Int

        public init(_ text: String, span: Int = 1) {
            self.text = text
            self.span = span
        }
    }

    /// A line above the table naming it, centred.
    public var caption: String?
    public var header: [[Cell]]
    public var rows: [[Cell]]
    /// Relative widths, one per column.
    public var widths: [Double]
    /// Rows still to be made, one per unit, from a rollup (`rows: units`); nil once made.
    public var unitRows: UnitRows?

    public struct UnitRows: Hashable, Sendable {
        /// The value each column shows, by placeholder name; the unit's name where it is nil.
        public var fields: [String?]
        /// The label of a totals row (`合计`), which adds up the number columns.
        public var total: String?
        /// Sorted by this field, largest first; the units' own order when nil.
        public var sortedBy: String?
    }

    public init(caption: String? = nil, header: [[Cell]], rows: [[Cell]], widths: [Double], unitRows: UnitRows? = nil) {
        self.caption = caption
        self.header = header
        self.rows = rows
        self.widths = widths
        self.unitRows = unitRows
    }

    public var columnCount: Int { widths.count }

    /// Whether a cell's text is a figure (right-aligned): digits with an optional sign, point,
    /// thousands commas or a closing `%`.
    public static func isFigure(_ text: String) -> Bool {
        var sawDigit = false
        for (i, b) in text.utf8.enumerated() {
            switch b {
            case 0x30...0x39: sawDigit = true
            case UInt8(ascii: "-") where i == 0, UInt8(ascii: "."), UInt8(ascii: ","): continue
            case UInt8(ascii: "%") where i == text.utf8.count - 1: continue
            default: return false
            }
        }
        return sawDigit
    }
}
