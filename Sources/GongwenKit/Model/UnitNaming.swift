import Foundation

/// The unit-naming rule: a unit's outputs (`.odt`, `.pdf`, its archive and form rows) are named
/// after its source file, whichever room writes them.
public enum UnitNaming {
    /// The longest unit name whose outputs can be written: a file name holds 255 bytes, and the
    /// temporary name an output is written under adds a dot, `.docx` and `.12345678.tmp`.
    public static let maximumNameBytes = 255 - 1 - 5 - 13

    /// The unit's output name: its file name without extension.
    /// The file name without its folder and extension (`units/青山县.yaml` → `青山县`), as NSString's
    /// lastPathComponent and deletingPathExtension give it, without their cost (a tenth of a large
    /// build's start, run before any worker begins).
    public static func unitName(_ path: String) -> String {
        if path.isPlainText { return plainUnitName(path) }
        var p = Substring(path)
        while p.utf8.count > 1, p.hasSuffix("/") { p = p.dropLast() }
        let last = p.lastIndex(of: "/").map { p[p.index(after: $0)...] } ?? p
        if let dot = last.lastIndex(of: "."), dot != last.startIndex { return String(last[..<dot]) }
        return String(last)
    }

    /// The same cut by bytes, for a path whose every scalar is a character of its own (`isPlainText`):
    /// walking Characters cost 11,000 instructions a unit on the main thread.
    static func plainUnitName(_ path: String) -> String {
        let bytes = Array(path.utf8)
        var end = bytes.count
        while end > 1, bytes[end - 1] == UInt8(ascii: "/") { end -= 1 }
        var start = end
        while start > 0, bytes[start - 1] != UInt8(ascii: "/") { start -= 1 }
        var stop = end
        if let dot = bytes[start..<end].lastIndex(of: UInt8(ascii: ".")), dot != start { stop = dot }
        return String(decoding: bytes[start..<stop], as: UTF8.self)
    }
}
