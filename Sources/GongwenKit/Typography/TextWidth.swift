/// Widths in grid characters (字): full-width characters count 1, half-width 0.5.
public enum TextWidth {
    public static func units(_ text: String) -> Double {
        text.unicodeScalars.reduce(0) { sum, s in
            sum + (s.value >= 0x2E80 || [0x2014, 0x2026, 0x201C, 0x201D, 0x2018, 0x2019].contains(s.value) ? 1 : 0.5)
        }
    }
}
