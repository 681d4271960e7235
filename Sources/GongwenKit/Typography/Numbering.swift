/// Structure numbers of official documents, derived from order (never typed by hand).
public enum Numbering {
    /// 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, up to 99.
    public static func chineseNumeral(_ n: Int) -> String {
        let digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        guard n > 0 else { return digits[0] }
        if n < 10 { return digits[n] }
        if n < 20 { return "十" + (n % 10 == 0 ? "" : digits[n % 10]) }
        if n < 100 { return digits[n / 10] + "十" + (n % 10 == 0 ? "" : digits[n % 10]) }
        return String(n)
    }

    /// The heading number for `level` (1…4) and 1-based `index`: 一、 （一） 1. （1）
    public static func heading(level: Int, index: Int) -> String {
        switch level {
        case 1: return chineseNumeral(index) + "、"
        case 2: return "（" + chineseNumeral(index) + "）"
        case 3: return "\(index)."
        default: return "（\(index)）"
        }
    }

    /// 一是, 二是, … for enumerations inside the text.
    public static func ordinal(_ index: Int) -> String { chineseNumeral(index) + "是" }
}
