import Foundation

/// What the standard fixes about how some elements are written, not only where they go. Each rule
/// either mends the text, when there is one right answer (a note says what changed), or refuses it,
/// when the right text cannot be guessed.
public enum WrittenForms {
    public enum Outcome: Equatable {
        case ok(String)
        /// The mended text and what was changed.
        case mended(String, [String])
        case wrong(String)
    }

    static let numberPattern = try! NSRegularExpression(
        pattern: #"^(.+?)\s*[〔\[［【（(]\s*(\d+)\s*[〕\]］】）)]\s*(第?)\s*(\d+)\s*(号?)$"#)

    /// 发文字号 (§7.2.5): 机关代字, the full year in 六角括号 〔〕, the number without 第 or leading
    /// zeros, then 号: `江宣〔2023〕12号`.
    public static func documentNumber(_ text: String) -> Outcome {
        let range = NSRange(text.startIndex..., in: text)
        guard let m = numberPattern.firstMatch(in: text, range: range) else {
            return .wrong("a 发文字号 is 机关代字〔年份〕序号号, such as 江宣〔2023〕12号 (§7.2.5)")
        }
        func group(_ i: Int) -> String { Range(m.range(at: i), in: text).map { String(text[$0]) } ?? "" }
        let (code, year, ordinal, number, hao) = (group(1), group(2), group(3), group(4), group(5))
        guard year.count == 4 else {
            return .wrong("the year in a 发文字号 is written in full, 〔2023〕, not 〔\(year)〕 (§7.2.5)")
        }
        let trimmed = String(number.drop { $0 == "0" })
        guard !trimmed.isEmpty else { return .wrong("the number in a 发文字号 starts at 1 (§7.2.5)") }
        let mended = "\(code)〔\(year)〕\(trimmed)号"
        guard mended != text else { return .ok(text) }
        var changes: [String] = []
        if !text.contains("〔\(year)〕") { changes.append("the year's brackets are 〔 〕") }
        if !ordinal.isEmpty { changes.append("'第' dropped") }
        if trimmed != number { changes.append("'\(number)' without leading zeros") }
        if hao.isEmpty { changes.append("'号' added") }
        if changes.isEmpty { changes.append("spaces dropped") }
        return .mended(mended, changes)
    }

    /// Trailing punctuation of a name in a list (附件说明 §7.3.4, 抄送 §7.4.2): dropped.
    public static func withoutClosingPunctuation(_ text: String) -> Outcome {
        var trimmed = text
        while let last = trimmed.last, "。．.，,；;：:、".contains(last) { trimmed.removeLast() }
        return trimmed == text ? .ok(text) : .mended(trimmed, ["'\(text.dropFirst(trimmed.count))' after the name dropped"])
    }
}
