/// Text from a source printed to a terminal: a unit name or a cell may hold ESC sequences that
/// clear the screen or a line break that forges a message of its own. Every message escapes them.
public enum TextEscape {
    /// Control characters (C0, DEL, C1) and the bidirectional controls that reorder what a reader
    /// sees, written as `\n`, `\t`, `\u{1B}`; everything else as it is.
    public static func controls(_ text: String) -> String {
        // Fast path: none of the bytes that start such a character (C1 is C2 80–9F, the bidi
        // controls E2 80 8E/8F, E2 80 AA–AE and E2 81 A6–A9 in UTF-8).
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 }) { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A: out += "\\n"
            case 0x09: out += "\\t"
            case 0x0D: out += "\\r"
            case 0x00..<0x20, 0x7F, 0x80...0x9F, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069:
                out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A value from a file, quoted in a message: escaped, and cut after `limit` characters (a
    /// 60 MB cell is not repeated back).
    public static func quoted(_ text: String, limit: Int = 80) -> String {
        var shown = Substring(text)
        var cut = false
        if text.utf8.count > limit, let end = text.index(text.startIndex, offsetBy: limit, limitedBy: text.endIndex), end < text.endIndex {
            shown = text[..<end]
            cut = true
        }
        return "'" + controls(String(shown)) + (cut ? "…' (\(text.utf8.count) bytes)" : "'")
    }
}

extension TextEscape {
    /// JSON that a terminal can show: JSONEncoder escapes C0 but writes C1 and the bidi controls
    /// as raw UTF-8; here they become `\uXXXX` escapes, the same string to any JSON reader.
    public static func jsonControls(_ json: [UInt8]) -> [UInt8] {
        if !json.contains(where: { $0 == 0xC2 || $0 == 0xE2 || $0 == 0x7F }) { return json }
        let text = String(decoding: json, as: UTF8.self)
        var out = ""
        out.reserveCapacity(json.count)
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x7F, 0x80...0x9F, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069:
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return Array(out.utf8)
    }
}
