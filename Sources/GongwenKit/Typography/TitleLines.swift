/// Splits a long title into 2–3 centred lines (GB/T 9704 §7.3.1: trapezoid or diamond), breaking only
/// between words, longest line first.
public enum TitleLines {
    /// 2号 (22pt) characters that fit the 156 mm block.
    public static let maxUnits = 20.0

    /// Words after which a break is natural.
    static let breakAfter = ["关于", "的", "年", "上半年", "下半年", "年度", "和", "及", "与", "暨", "、", "，", "：", "》", "”"]
    /// Words before which a break is natural.
    static let breakBefore = ["工作", "总结", "报告", "通知", "意见", "方案", "办法", "情况", "的", "《", "“", "有关", "实施", "专项"]

    /// Explicit `|` marks in the title win; otherwise the best natural break is chosen.
    public static func split(_ title: String) -> [String] {
        if title.contains("|") {
            return title.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        let chars = Array(title)
        guard TextWidth.units(title) > maxUnits else { return [title] }
        let breaks = candidates(chars)
        let depth = bracketDepth(chars)
        let total = TextWidth.units(title)
        // Two lines first; three when no two-line split fits.
        var best: (score: Double, lines: [String])?
        for b in breaks {
            let lines = [String(chars[..<b]), String(chars[b...])]
            if let s = score(lines, total: total).map({ $0 + (depth[b] > 0 ? 8 : 0) }), s < (best?.score ?? .infinity) { best = (s, lines) }
        }
        if best == nil {
            for b1 in breaks { for b2 in breaks where b2 > b1 {
                let lines = [String(chars[..<b1]), String(chars[b1..<b2]), String(chars[b2...])]
                if let s = score(lines, total: total), s < (best?.score ?? .infinity) { best = (s, lines) }
            } }
        }
        if let best { return best.lines }
        // No natural break fits: fall back to even character counts.
        let half = (chars.count + 1) / 2
        return [String(chars[..<half]), String(chars[half...])]
    }

    /// How many 《 “ ( are open before each position: a break inside a book title or quote is a last resort.
    static func bracketDepth(_ chars: [Character]) -> [Int] {
        var depth = 0
        return chars.map { c in
            defer { if "《“（".contains(c) { depth += 1 } else if "》”）".contains(c) { depth = max(0, depth - 1) } }
            return depth
        }
    }

    static let breakAfterChars = breakAfter.map(Array.init)
    static let breakBeforeChars = breakBefore.map(Array.init)

    static func candidates(_ chars: [Character]) -> [Int] {
        var result: [Int] = []
        for i in 1..<chars.count {
            // Never inside a number such as 2023.
            if chars[i - 1].isNumber && chars[i].isNumber { continue }
            let after = breakAfterChars.contains { w in w.count <= i && chars[(i - w.count)..<i].elementsEqual(w) }
            let before = after || breakBeforeChars.contains { w in i + w.count <= chars.count && chars[i..<(i + w.count)].elementsEqual(w) }
            if before { result.append(i) }
        }
        return result
    }

    /// Lower is better; nil when a line is too long. Longest line first, lines as even as possible.
    static func score(_ lines: [String], total: Double) -> Double? {
        let widths = lines.map(TextWidth.units)
        guard widths.allSatisfy({ $0 <= maxUnits && $0 >= 2 }) else { return nil }
        let even = total / Double(lines.count)
        var s = widths.reduce(0) { $0 + abs($1 - even) }
        if widths[0] < widths[1] { s += 10 }  // trapezoid: the longer line on top
        if lines.count == 3, widths[1] < widths[2] && widths[1] < widths[0] { s += 20 }  // no hourglass
        return s
    }
}
