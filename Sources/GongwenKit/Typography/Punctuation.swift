/// Chinese typography rules applied to every text of a document (GB/T 15834): the source stays as
/// written; `gongwen check` reports what was changed.
public enum Punctuation {
    public struct Result: Equatable {
        public var text: String
        /// Human-readable descriptions of the changes, e.g. `',' → '，'`.
        public var changes: [String]
        /// Where each change is, in characters of the text: a note about a value names where it was typed.
        public var positions: [Int] = []
    }

    static let fullWidth: [Character: Character] = [
        ",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）",
    ]

    static func isChinese(_ c: Character) -> Bool {
        guard let v = c.unicodeScalars.first?.value else { return false }
        return (0x3400...0x9FFF).contains(v) || (0x20000...0x3134F).contains(v)
            || (0x3000...0x303F).contains(v) || (0xFF00...0xFFEF).contains(v)
            || [0x201C, 0x201D, 0x2018, 0x2019, 0x2014, 0x2026].contains(v)
    }

    public static func normalize(_ text: String) -> Result {
        guard text.anyByte({ b in
            switch b {
            case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "?"), UInt8(ascii: "!"),
                 UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "."): return true
            default: return false
            }
        }) else {
            return Result(text: text, changes: [])
        }
        var chars = Array(text)
        var changes: [String] = []
        var positions: [Int] = []
        func chineseNear(_ i: Int) -> Bool {
            (i > 0 && isChinese(chars[i - 1])) || (i + 1 < chars.count && isChinese(chars[i + 1]))
        }
        func closesChineseSentence(_ i: Int) -> Bool {
            i > 0 && isChinese(chars[i - 1]) && (i + 1 == chars.count || isChinese(chars[i + 1]) || chars[i + 1].isWhitespace)
        }
        // Parentheses go as pairs: full-width when the pair touches or holds Chinese text.
        var openParens: [Int] = []
        for i in chars.indices {
            if chars[i] == "(" { openParens.append(i) }
            if chars[i] == ")", let open = openParens.popLast() {
                let inside = chars[(open + 1)..<i].contains(where: isChinese)
                if inside || chineseNear(open) || chineseNear(i) {
                    chars[open] = "（"; chars[i] = "）"
                    changes.append("'(…)' → '（…）'")
                    positions.append(open)
                }
            }
        }
        var doubleOpen = true, singleOpen = true
        for i in chars.indices {
            let c = chars[i]
            if let wide = fullWidth[c], c != "(", c != ")", chineseNear(i) {
                chars[i] = wide
                changes.append("'\(c)' → '\(wide)'")
                positions.append(i)
            } else if c == ".", closesChineseSentence(i) {
                // Unlike a comma, a point also stands in figures (3.5) and names (App.config):
                // only one after Chinese text, at its end or before more, closes a sentence.
                chars[i] = "。"
                changes.append("'.' → '。'")
                positions.append(i)
            } else if c == "\"", chineseNear(i) {
                chars[i] = doubleOpen ? "“" : "”"
                changes.append("'\"' → '\(chars[i])'")
                positions.append(i)
                doubleOpen.toggle()
            } else if c == "'", chineseNear(i) {
                chars[i] = singleOpen ? "‘" : "’"
                changes.append("''' → '\(chars[i])'")
                positions.append(i)
                singleOpen.toggle()
            }
        }
        return Result(text: String(chars), changes: changes, positions: positions)
    }
}
