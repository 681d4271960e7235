/// Widths in grid characters (字): full-width characters count 1, half-width 0.5.
public enum TextWidth {
    public static func units(_ text: String) -> Double {
        text.unicodeScalars.reduce(0) { $0 + units($1) }
    }

    public static func units(_ character: Character) -> Double {
        character.unicodeScalars.reduce(0) { $0 + units($1) }
    }

    /// CJK and the full-width dash, ellipsis and quotes: 1; the rest: 0.5.
    static func units(_ scalar: Unicode.Scalar) -> Double {
        switch scalar.value {
        case 0x2E80..., 0x2014, 0x2026, 0x201C, 0x201D, 0x2018, 0x2019: return 1
        default: return 0.5
        }
    }
}
