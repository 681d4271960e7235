/// Structure numbers of official documents, derived from order (never typed by hand).
public enum Numbering {
    /// 1 → 一, 10 → 十, 12 → 十二, 100 → 一百, 101 → 一百零一, 110 → 一百一十, 10010 → 一万零一十:
    /// the numeral as it is written, for any count of headings a source can hold.
    public static func chineseNumeral(_ n: Int) -> String {
        let digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        guard n > 0 else { return digits[0] }
        if n < 20 { return n < 10 ? digits[n] : "十" + (n == 10 ? "" : digits[n % 10]) }
        /// 1…9999 with 十 always preceded by its digit (一百一十), 零 for each run of zeros inside.
        func group(_ value: Int) -> String {
            var out = "", pendingZero = false
            for (unit, name) in [(1000, "千"), (100, "百"), (10, "十"), (1, "")] {
                let d = value / unit % 10
                if d == 0 {
                    pendingZero = !out.isEmpty
                } else {
                    if pendingZero { out += "零" }
                    out += digits[d] + name
                    pendingZero = false
                }
            }
            return out
        }
        var parts: [(value: Int, name: String)] = []
        var rest = n
        for name in ["", "万", "亿"] where rest > 0 {
            parts.insert((rest % 10000, name), at: 0)
            rest /= 10000
        }
        if rest > 0 { return String(n) }
        var out = ""
        for (i, part) in parts.enumerated() where part.value > 0 {
            // A group after a higher one that starts below 1000 is read with 零: 一万零一十.
            if i > 0, !out.isEmpty, part.value < 1000 { out += "零" }
            out += group(part.value) + part.name
        }
        // 10 to 19 at the head are read 十…, not 一十…
        if out.hasPrefix("一十") { out.removeFirst() }
        return out
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
