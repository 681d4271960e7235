/// Splits a long title into centred lines (GB/T 9704 §7.3.1: trapezoid or diamond), breaking only
/// between words, longest line first where it can.
public enum TitleLines {
    /// 2号 (22pt, 7.76 mm) characters that fit the 156 mm block: 20.
    public static let maxUnits = (PageGeometry.a4.blockWidth / (22 * 25.4 / 72)).rounded(.down)

    /// Words after which a break is natural.
    static let breakAfter = ["关于", "的", "年", "上半年", "下半年", "年度", "和", "及", "与", "暨", "、", "，", "：", "》", "”", "印发"]
    /// Words before which a break is natural.
    static let breakBefore = ["工作", "总结", "报告", "通知", "意见", "方案", "办法", "情况", "的", "《", "“", "有关", "实施", "专项",
                              "推动", "推进", "进一步", "加强", "做好", "开展", "深化", "全面", "建设", "决定", "规定", "通报", "请示", "批复"]
    static let breakAfterKeys = breakAfter.map { $0.map(key) }
    static let breakBeforeKeys = breakBefore.map { $0.map(key) }

    /// A character as a number, so that matching the break words compares integers, not strings.
    static func key(_ c: Character) -> UInt64 {
        let scalars = c.unicodeScalars
        if scalars.count == 1 { return UInt64(scalars.first!.value) }
        return scalars.reduce(UInt64(1) << 40) { ($0 &* 0x1000193) ^ UInt64($1.value) }
    }

    /// Explicit `|` marks in the title win; otherwise the best natural breaks, 2 to 4 lines, none
    /// wider than `limit` characters of 2号 (digits at half a character).
    public static func split(_ title: String, limit: Double = maxUnits) -> [String] {
        // The byte first: Foundation's contains was a tenth of splitting a title.
        if title.utf8.contains(UInt8(ascii: "|")) && title.contains(where: { $0 == "|" }) {
            return title.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        guard TextWidth.units(title) > limit else { return [title] }
        let chars = Array(title)
        // Each character's place in the title, so a line is a slice of it (a String built from
        // Characters cost a fifth of the split).
        var places = Array(title.indices)
        places.append(title.endIndex)
        let keys = chars.map(key)
        let breaks = candidates(chars, keys: keys)
        let depth = bracketDepth(keys)
        // Widths by prefix sums: the search below measures thousands of candidate lines.
        var prefix = [0.0]
        for c in chars { prefix.append(prefix.last! + TextWidth.units(c)) }
        func width(_ a: Int, _ b: Int) -> Double { prefix[b] - prefix[a] }
        let total = prefix.last!
        for count in 2...4 {
            var best: (score: Double, cuts: [Int])?
            var cuts: [Int] = []
            func search(from start: Int) {
                if cuts.count == count - 1 {
                    let bounds = [0] + cuts + [chars.count]
                    if var s = score(widths: zip(bounds, bounds.dropFirst()).map { width($0, $1) }, total: total, limit: limit) {
                        s += Double(cuts.filter { depth[$0] > 0 }.count) * 8
                        if s < (best?.score ?? .infinity) { best = (s, cuts) }
                    }
                    return
                }
                for b in breaks where b > start {
                    // A line already too long cannot be mended by later cuts.
                    if width(cuts.last ?? 0, b) > limit { break }
                    cuts.append(b)
                    search(from: b)
                    cuts.removeLast()
                }
            }
            search(from: 0)
            if let best {
                let bounds = [0] + best.cuts + [chars.count]
                return zip(bounds, bounds.dropFirst()).map { String(title[places[$0]..<places[$1]]) }
            }
        }
        return greedy(chars, breaks: Set(breaks), limit: limit)
    }

    /// No natural breaks fit: fill lines to the limit, at the last natural break when there is one,
    /// never inside a number.
    static func greedy(_ chars: [Character], breaks: Set<Int>, limit: Double = maxUnits) -> [String] {
        var lines: [String] = []
        var start = 0
        while start < chars.count {
            var end = start
            while end < chars.count && TextWidth.units(String(chars[start...end])) <= limit { end += 1 }
            if end < chars.count {
                if let natural = (start + 1..<end).reversed().first(where: breaks.contains), natural > start + (end - start) / 2 {
                    end = natural
                } else {
                    while end > start + 1 && chars[end - 1].isNumber && chars[end].isNumber { end -= 1 }
                }
            }
            lines.append(String(chars[start..<end]))
            start = end
        }
        return lines
    }

    static let opening: Set<UInt64> = Set("《“（".map(key)), closing: Set<UInt64> = Set("》”）".map(key))

    /// How many 《 “ ( are open before each position: a break inside a book title or quote is a last resort.
    static func bracketDepth(_ keys: [UInt64]) -> [Int] {
        var depth = 0
        return keys.map { k in
            defer { if opening.contains(k) { depth += 1 } else if closing.contains(k) { depth = max(0, depth - 1) } }
            return depth
        }
    }

    static func candidates(_ chars: [Character], keys: [UInt64]) -> [Int] {
        var result: [Int] = []
        let numeric = chars.map(\.isNumber)
        // Compared key by key: slices' elementsEqual was most of splitting a title.
        func word(_ w: [UInt64], at start: Int) -> Bool {
            guard start >= 0, start + w.count <= keys.count else { return false }
            for j in w.indices where keys[start + j] != w[j] { return false }
            return true
        }
        for i in 1..<chars.count {
            // Never inside a number such as 2023.
            if numeric[i - 1] && numeric[i] { continue }
            if breakAfterKeys.contains(where: { word($0, at: i - $0.count) }) || breakBeforeKeys.contains(where: { word($0, at: i) }) {
                result.append(i)
            }
        }
        return result
    }

    /// Lower is better; nil when a line is too long or too short. Longest line first (trapezoid) is
    /// best, a diamond next; fewer lines win over more.
    static func score(_ lines: [String], total: Double) -> Double? {
        score(widths: lines.map(TextWidth.units), total: total)
    }

    static func score(widths: [Double], total: Double, limit: Double = maxUnits) -> Double? {
        guard widths.allSatisfy({ $0 <= limit && $0 >= 2 }) else { return nil }
        let even = total / Double(widths.count)
        var s = widths.reduce(0) { $0 + abs($1 - even) }
        let trapezoid = zip(widths, widths.dropFirst()).allSatisfy { $0 >= $1 }
        let middle = widths.dropFirst().dropLast().max() ?? 0
        let diamond = widths.count >= 3 && middle >= widths.first! && middle >= widths.last!
        if !trapezoid { s += diamond ? 3 : 10 }
        return s + Double(widths.count - 2) * 4
    }
}
