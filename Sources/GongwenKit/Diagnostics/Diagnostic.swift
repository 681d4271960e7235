/// A place in a source file; line and column start at 1 (columns count Unicode scalars, as libyaml does).
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int
    /// A spreadsheet cell (`Sheet1!C7`), named as the spreadsheet names it instead of a line.
    public var cell: String?

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// A cell of a sheet: row and column start at 1 and print as the spreadsheet shows them (`C7`).
    public static func cell(_ path: String, sheet: String, row: Int, column: Int) -> SourceLocation {
        var location = SourceLocation(file: path, line: row, column: column)
        location.cell = sheet + "!" + columnLetters(column) + String(row)
        return location
    }

    /// The same place in another row: a cell's `Sheet1!C` is kept and its row number replaced (a
    /// sheet's column's cells, row after row, without spelling the column each time).
    func inRow(_ row: Int) -> SourceLocation {
        var location = self
        location.line = row
        if let cell, let end = cell.utf8.lastIndex(where: { !(0x30...0x39).contains($0) }) {
            location.cell = String(cell[...end]) + String(row)
        }
        return location
    }

    /// 1 → A, 26 → Z, 27 → AA.
    public static func columnLetters(_ column: Int) -> String {
        var n = column, letters = ""
        while n > 0 {
            let digit = (n - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + digit))) + letters
            n = (n - 1) / 26
        }
        return letters
    }

    /// The file as a whole, where no line can be named (unreadable, too large, wrong encoding at its
    /// start): printed as `file:` rather than an invented `file:1:1`.
    public static func file(_ path: String) -> SourceLocation { SourceLocation(file: path, line: 0, column: 0) }

    public var isWholeFile: Bool { line == 0 }

    /// Control characters in the path (a unit named with ESC sequences) are escaped, never printed.
    public var description: String {
        let file = TextEscape.controls(self.file)
        if let cell { return "\(file):\(TextEscape.controls(cell))" }
        return isWholeFile ? file : "\(file):\(line):\(column)"
    }
}

/// One finding about a source: an error stops that unit, a warning or note does not.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable { case error, warning, note }

    public var severity: Severity
    public var location: SourceLocation?
    public var message: String

    public init(_ severity: Severity, _ message: String, at location: SourceLocation?) {
        self.severity = severity
        self.message = message
        self.location = location
    }

    public static func error(_ message: String, at location: SourceLocation?) -> Diagnostic {
        Diagnostic(.error, message, at: location)
    }

    public static func warning(_ message: String, at location: SourceLocation?) -> Diagnostic {
        Diagnostic(.warning, message, at: location)
    }

    public static func note(_ message: String, at location: SourceLocation?) -> Diagnostic {
        Diagnostic(.note, message, at: location)
    }

    /// `file:line:col: error: message`, the form compilers use, so editors can jump to it. One
    /// line always: a control character from a source (ESC, a line break) is escaped, so no source
    /// can clear the screen or forge a message of its own.
    public var description: String {
        let message = TextEscape.controls(self.message)
        if let location { return "\(location): \(severity.rawValue): \(message)" }
        return "gongwen: \(severity.rawValue): \(message)"
    }
}

/// Thrown by every stage; carries all diagnostics found so far (errors first-class, notes attached).
public struct DiagnosticError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
    public init(_ diagnostic: Diagnostic) { self.diagnostics = [diagnostic] }

    public static func error(_ message: String, at location: SourceLocation?) -> DiagnosticError {
        DiagnosticError(.error(message, at: location))
    }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}

/// The closing count of `check` and `build`, so that a warning among many lines is not missed:
/// "3 warnings in 2 units"; nil when no unit has one.
public enum WarningTally {
    /// `perUnit`: each unit's number of warnings.
    public static func line(_ perUnit: [Int]) -> String? {
        let total = perUnit.reduce(0, +)
        guard total > 0 else { return nil }
        let units = perUnit.filter { $0 > 0 }.count
        return "\(total) warning\(total == 1 ? "" : "s") in \(units) unit\(units == 1 ? "" : "s")"
    }

    /// A diagnostic line as `Diagnostic.description` prints it is a warning.
    public static func isWarning(_ line: String) -> Bool {
        line.hasPrefix("gongwen: warning: ") || line.contains(": warning: ")
    }
}
