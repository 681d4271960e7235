import Foundation

// Grid line breaking for Chinese official documents (公文, GB/T 9704-2012).
//
// The body text sits on a fixed grid (28 characters per line, first line of a
// paragraph indented 2 characters). This file decides which characters go on
// which line and how much each justified line must be spread or squeezed to end
// flush. The rules follow W3C "Requirements for Chinese Text Layout" (clreq),
// GB/T 15834 (punctuation) and GB/T 15835 (numbers):
//
//  1. Break opportunities: between any two full-width (CJK) characters, before
//     and after a run of Western text, and at an ASCII space. A run of Western
//     text (ASCII letters, digits and the marks that live inside words and
//     numbers, such as `12.5%`, `2024-2025`, `GB/T`, `10:30`) is never broken.
//  2. 禁则 line start: closing punctuation may not begin a line.
//  3. 禁则 line end: opening punctuation may not end a line.
//  4. `——` and `……` are inseparable and may not begin a line.
//  5. Line-end adjustment: squeeze first (punctuation gives up half its width),
//     push down only if squeezing cannot make the line fit.
//  6. An opener left at the end of a line is moved to the next line.
//  7. Only a Western run longer than a whole line may be broken inside.
//  8. Every line but the last ends flush; the last line is not justified.

/// One typeset line of a paragraph on the grid.
public struct GridLine: Equatable, Sendable {
    /// The characters on this line, exactly as in the input (no hyphen is
    /// added; a space at a break is dropped — rule 8).
    public var text: String
    /// Grid units of indent at the line's start: the paragraph's first-line
    /// indent on line 1, 0 on every other line.
    public var indent: Double
    /// Sum of the characters' widths, before any adjustment.
    public var natural: Double
    /// Grid units to add (positive: spread) or remove (negative: squeeze, rule 5)
    /// so that `indent + natural + adjustment == width`. The last line is not
    /// justified: its adjustment is 0, unless the line had to be squeezed to
    /// hold a closing mark (rule 5), in which case it is that (negative) squeeze.
    public var adjustment: Double

    public init(text: String, indent: Double, natural: Double, adjustment: Double) {
        self.text = text
        self.indent = indent
        self.natural = natural
        self.adjustment = adjustment
    }
}

/// Breaks a paragraph into grid lines following clreq and GB/T 15834/15835.
public enum GridLineBreaker {

    // MARK: - Character classes

    /// Width of one character in grid units: full-width characters 1,
    /// everything else 0.5.
    ///
    /// Full-width are: CJK ideographs (all blocks, including extensions and
    /// compatibility ideographs), CJK radicals, CJK symbols and punctuation
    /// (U+3000–U+303F, e.g. `。、「」〔〕【】《》〇`), kana, bopomofo, hangul,
    /// CJK compatibility and vertical forms, full-width forms (U+FF01–U+FF60,
    /// U+FFE0–U+FFE6, e.g. `，；：？！（）％Ａ１`), the quotation marks `“ ” ‘ ’`,
    /// the dash `—` (U+2014), the ellipsis `…` (U+2026) and the middle dot `·`
    /// (U+00B7, the GB/T 15834 间隔号, a full cell in GB 2312 fonts).
    public static func units(_ c: Character) -> Double {
        isFullWidth(c) ? 1 : 0.5
    }

    /// Whether `c` occupies a whole grid cell. This is also the script
    /// classification used for break opportunities (rule 1): full-width
    /// characters are break units of their own, everything else (except the
    /// ASCII space) forms Western runs. It does not depend on `measure`.
    static func isFullWidth(_ c: Character) -> Bool {
        guard let scalar = c.unicodeScalars.first else { return false }
        switch scalar.value {
        case 0x00B7,                    // · middle dot (间隔号)
             0x2014,                    // — em dash (half of 破折号 ——)
             0x2018, 0x2019,            // ‘ ’
             0x201C, 0x201D,            // “ ”
             0x2026,                    // … (half of 省略号 ……)
             0x2E80...0x2FDF,           // CJK radicals, Kangxi radicals
             0x2FF0...0x2FFF,           // ideographic description characters
             0x3000...0x303F,           // CJK symbols and punctuation
             0x3040...0x30FF,           // hiragana, katakana
             0x3100...0x31FF,           // bopomofo, hangul jamo, kanbun, strokes
             0x3200...0x33FF,           // enclosed CJK, CJK compatibility
             0x3400...0x4DBF,           // CJK extension A
             0x4E00...0x9FFF,           // CJK unified ideographs
             0xAC00...0xD7AF,           // hangul syllables
             0xF900...0xFAFF,           // CJK compatibility ideographs
             0xFE10...0xFE1F,           // vertical forms
             0xFE30...0xFE4F,           // CJK compatibility forms
             0xFF01...0xFF60,           // full-width ASCII variants and brackets
             0xFFE0...0xFFE6,           // full-width signs ￠￡￢￣￤￥￦
             0x20000...0x3FFFF:         // CJK extensions B and beyond
            return true
        default:
            return false
        }
    }

    /// Rule 2 (禁则, line start): characters that may not begin a line.
    /// The list of the brief (clreq 3.1.7 / GB/T 15834) plus the closers
    /// `〗〙` and the full-width full stop `．` which behave the same way.
    static let lineStartProhibited: Set<Character> = [
        "，", "。", "、", "；", "：", "？", "！", "）", "》", "」", "』", "”", "’",
        "〕", "】", "〉", "…", "—", "％", "‰", "·", "］", "｝", "〗", "〙", "．",
        ",", ".", ";", ":", "?", "!", ")", "]", "}", "%",
    ]

    /// Rule 3 (禁则, line end): characters that may not end a line.
    /// The list of the brief plus the openers `〖〘`.
    static let lineEndProhibited: Set<Character> = [
        "（", "《", "「", "『", "“", "‘", "〔", "【", "〈", "［", "｛", "〖", "〘",
        "(", "[", "{",
    ]

    /// Rule 5 (squeeze): the full-width punctuation marks that may give up half
    /// their width when a line must be squeezed. These are the marks whose
    /// glyph fills only half of its cell (clreq "half-width-able"
    /// punctuation): opening and closing brackets and quotes, the pause,
    /// comma, full stop, semicolon, colon, question and exclamation marks,
    /// and the middle dot. The dash `——`, the ellipsis `……` and `％` fill
    /// their cells and are not squeezed.
    static let squeezablePunctuation: Set<Character> = [
        "，", "。", "、", "；", "：", "？", "！", "．", "·",
        "（", "《", "「", "『", "“", "‘", "〔", "【", "〈", "［", "｛", "〖", "〘",
        "）", "》", "」", "』", "”", "’", "〕", "】", "〉", "］", "｝", "〗", "〙",
    ]

    /// Rule 1: signs written after a number that stay with it even though
    /// they are full-width (e.g. `12％`).
    static let fullWidthNumberSuffixes: Set<Character> = ["％"]

    /// The sets above as the breaker asks them, for every character (`CharacterClass`).
    static let lineStartClass = CharacterClass(lineStartProhibited), lineEndClass = CharacterClass(lineEndProhibited),
               squeezableClass = CharacterClass(squeezablePunctuation), numberSuffixClass = CharacterClass(fullWidthNumberSuffixes)

    // MARK: - Break units (rule 1, rule 4)

    /// The kind of an unbreakable break unit.
    enum UnitKind: Equatable {
        /// One ASCII space: a break opportunity, 0.5 wide, dropped at a line end.
        case space
        /// One full-width character, or an inseparable pair `——` / `……`.
        case fullWidth
        /// A maximal run of Western (non full-width, non space) characters,
        /// which contains whole words and numbers. Only breakable by rule 7.
        case western
    }

    /// An unbreakable piece of text: breaks happen only between units. Its characters are a range of
    /// the paragraph's (an array a unit was an allocation for every character of a page).
    struct BreakUnit {
        /// Where its characters stand in the paragraph's.
        var range: Range<Int>
        var kind: UnitKind
        /// Sum of `measure` over its characters.
        var width: Double
        /// Rule 5: how much this unit may give up when squeezed.
        var squeeze: Double
        /// Rules 2 and 4: the unit may not begin a line (its first character is line-start-prohibited).
        var isLineStartProhibited: Bool
        /// Rule 3: the unit may not end a line (its last character is line-end-prohibited).
        var isLineEndProhibited: Bool

        init(_ range: Range<Int>, of chars: [Character], kind: UnitKind, measure: (Character) -> Double) {
            self.range = range
            self.kind = kind
            var w = 0.0
            var s = 0.0
            for c in chars[range] {
                let m = measure(c)
                w += m
                if kind == .fullWidth, GridLineBreaker.squeezableClass.contains(c) {
                    s += m / 2
                }
            }
            self.width = w
            self.squeeze = s
            isLineStartProhibited = !range.isEmpty && GridLineBreaker.lineStartClass.contains(chars[range.lowerBound])
            isLineEndProhibited = !range.isEmpty && GridLineBreaker.lineEndClass.contains(chars[range.upperBound - 1])
        }
    }

    /// Rule 1 and rule 4: cuts `text` into break units.
    ///
    /// * An ASCII space is a unit of its own (a break opportunity).
    /// * Every full-width character is a unit of its own (a break is allowed
    ///   between any two CJK characters), except that two consecutive `—` or
    ///   two consecutive `…` form one inseparable unit (rule 4).
    /// * Every other character joins a maximal Western run. Breaks are allowed
    ///   only before and after such a run, never inside it, so a word or number
    ///   (`App`, `GB/T`, `3.14`, `12.5%`, `2024-2025`, `0539-8123456`, `10:30`,
    ///   `+86`, `30°`) always stays whole. A full-width `％` directly after a
    ///   digit joins the run too (`12％`).
    static func breakUnits(_ chars: [Character], measure: (Character) -> Double) -> [BreakUnit] {
        var units: [BreakUnit] = []
        units.reserveCapacity(chars.count)
        var k = 0
        while k < chars.count {
            let c = chars[k]
            if c.asciiValue == 0x20 {
                units.append(BreakUnit(k..<(k + 1), of: chars, kind: .space, measure: measure))
                k += 1
            } else if isFullWidth(c) {
                let scalar = c.onlyScalar?.value
                if scalar == 0x2014 || scalar == 0x2026, k + 1 < chars.count, chars[k + 1].isSame(as: c) {   // — …
                    units.append(BreakUnit(k..<(k + 2), of: chars, kind: .fullWidth, measure: measure))
                    k += 2
                } else {
                    units.append(BreakUnit(k..<(k + 1), of: chars, kind: .fullWidth, measure: measure))
                    k += 1
                }
            } else {
                let start = k
                while k < chars.count {
                    let d = chars[k]
                    if d.asciiValue == 0x20 { break }
                    if isFullWidth(d) {
                        guard numberSuffixClass.contains(d), k > start,
                              chars[k - 1].isASCII, chars[k - 1].isNumber
                        else { break }
                    }
                    k += 1
                }
                units.append(BreakUnit(start..<k, of: chars, kind: .western, measure: measure))
            }
        }
        return units
    }

    // MARK: - Line breaking

    private static let epsilon = 1e-9

    /// Breaks `text` (one paragraph) into lines of `width` grid units.
    ///
    /// - Parameters:
    ///   - text: the paragraph. Empty text (or only spaces) gives no lines.
    ///   - width: line width in grid units (28 for GB/T 9704 body text).
    ///   - firstIndent: indent of the first line in grid units (2 for body text).
    ///   - measure: width of a character in grid units.
    ///
    /// For each line the breaker fills break units greedily; when the next unit
    /// does not fit it applies, in this order:
    ///  1. rule 7 – a Western run wider than a whole line (or one that does not
    ///     fit even at the start of a line) is cut at the character that
    ///     overflows;
    ///  2. rule 5 (squeeze) – if the unit is line-start-prohibited (rules 2, 4),
    ///     it and any line-start-prohibited units right after it stay on the
    ///     line when the line's squeezable punctuation (each mark half its
    ///     width, including the added ones) absorbs the overflow;
    ///  3. rule 5 (push down) and rule 6 – otherwise the line breaks at the last
    ///     opportunity at or before the unit that does not leave a
    ///     line-end-prohibited unit at the end of this line and does not start
    ///     the next line with a line-start-prohibited unit; the units after it
    ///     are carried to the next line and this line is spread;
    ///  4. if no such opportunity exists (e.g. a line made only of closing
    ///     marks), the line breaks before the unit that does not fit (or after
    ///     the single unit that is too wide) and overflows.
    public static func lines(_ text: String, width: Double = 28, firstIndent: Double = 2,
                             measure: (Character) -> Double = GridLineBreaker.units) -> [GridLine] {
        lines(characters: Array(text), width: width, firstIndent: firstIndent, measure: measure).map(\.line)
    }

    /// The same for a paragraph's characters as the caller has them, each line with its characters
    /// (the page setter places them without cutting the text into characters again).
    static func lines(characters: [Character], width: Double = 28, firstIndent: Double = 2,
                      measure: (Character) -> Double = GridLineBreaker.units) -> [(line: GridLine, characters: [Character])] {
        var units = breakUnits(characters, measure: measure)
        var result: [(line: GridLine, characters: [Character])] = []
        var start = 0

        /// Rule 8: builds the line `units[from..<to]`; spaces at its end are
        /// dropped. Non-last lines are justified to end flush; the last line is
        /// not spread, only squeezed if its content overflows (rule 5).
        func emit(_ from: Int, _ to: Int, last: Bool, indent: Double) {
            var end = to
            while end > from, units[end - 1].kind == .space { end -= 1 }
            guard end > from else { return }
            var natural = 0.0
            for unit in units[from..<end] { natural += unit.width }
            // The units lie one after the other in the paragraph: the line's characters are one slice.
            let chars = Array(characters[units[from].range.lowerBound..<units[end - 1].range.upperBound])
            let slack = width - indent - natural
            let adjustment = last ? min(0, slack) : slack
            result.append((GridLine(text: String(chars), indent: indent, natural: natural,
                                    adjustment: adjustment), chars))
        }

        /// Rules 2, 3, 4 and 6: whether the line `units[lineStart..<at]` may end
        /// at `at`. Returns the end of the line without trailing spaces and the
        /// start of the next line after skipped spaces, or nil when the break
        /// would leave an empty line, a line-end-prohibited unit at the end, or
        /// a line-start-prohibited unit at the start of the next line.
        func breakAllowed(at: Int, lineStart: Int) -> (end: Int, next: Int)? {
            var end = at
            while end > lineStart, units[end - 1].kind == .space { end -= 1 }
            guard end > lineStart, !units[end - 1].isLineEndProhibited else { return nil }
            var next = at
            while next < units.count, units[next].kind == .space { next += 1 }
            if next < units.count, units[next].isLineStartProhibited { return nil }
            return (end, next)
        }

        func skipSpaces(from index: Int) -> Int {
            var next = index
            while next < units.count, units[next].kind == .space { next += 1 }
            return next
        }

        while start < units.count {
            let indent = result.isEmpty ? firstIndent : 0
            let available = width - indent

            // Greedy fill: units[start..<overflow] fit at their natural width.
            var overflow = start
            var used = 0.0
            while overflow < units.count, used + units[overflow].width <= available + epsilon {
                used += units[overflow].width
                overflow += 1
            }
            if overflow == units.count {
                emit(start, overflow, last: true, indent: indent)
                break
            }

            // Rule 7: a Western run longer than a whole line (or too wide for
            // the line it starts) is cut at the character that overflows.
            let offending = units[overflow]
            if offending.kind == .western,
               offending.width > width + epsilon || overflow == start {
                let room = available - used
                let run = characters[offending.range]
                let first = offending.range.lowerBound
                var fit = 0
                var fitWidth = 0.0
                while fit < run.count,
                      fitWidth + measure(run[first + fit]) <= room + epsilon {
                    fitWidth += measure(run[first + fit])
                    fit += 1
                }
                // Rules 2 and 3 inside the cut run, if they can be honoured.
                var cut = fit
                while cut > 0, cut < run.count,
                      lineStartClass.contains(run[first + cut])
                        || lineEndClass.contains(run[first + cut - 1]) {
                    cut -= 1
                }
                if cut == 0, overflow == start { cut = max(fit, 1) }
                if cut > 0, cut < run.count {
                    units[overflow] = BreakUnit(first..<(first + cut), of: characters, kind: .western, measure: measure)
                    units.insert(BreakUnit((first + cut)..<offending.range.upperBound, of: characters, kind: .western, measure: measure),
                                 at: overflow + 1)
                    emit(start, overflow + 1, last: false, indent: indent)
                    start = overflow + 1
                    continue
                }
            }

            // Rule 5, first choice: squeeze. The offending unit and every
            // line-start-prohibited unit right after it stay on this line if
            // the squeezable punctuation of the whole line absorbs the overflow.
            if offending.isLineStartProhibited {
                var runEnd = overflow
                while runEnd < units.count, units[runEnd].kind != .space,
                      units[runEnd].isLineStartProhibited {
                    runEnd += 1
                }
                if let brk = breakAllowed(at: runEnd, lineStart: start) {
                    var natural = 0.0
                    var squeezable = 0.0
                    for unit in units[start..<brk.end] {
                        natural += unit.width
                        squeezable += unit.squeeze
                    }
                    if natural - squeezable <= available + epsilon {
                        emit(start, brk.end, last: brk.next >= units.count, indent: indent)
                        start = brk.next
                        continue
                    }
                }
            }

            // Rule 5, second choice: push down (also rule 6). Walk back from
            // the offending unit to the last allowed break; the line is spread.
            var candidate = overflow
            var broke = false
            while candidate > start {
                if let brk = breakAllowed(at: candidate, lineStart: start) {
                    emit(start, brk.end, last: brk.next >= units.count, indent: indent)
                    start = brk.next
                    broke = true
                    break
                }
                candidate -= 1
            }
            if broke { continue }

            // No allowed break: break anyway and let the line overflow.
            let forced = max(overflow, start + 1)
            let next = skipSpaces(from: forced)
            emit(start, forced, last: next >= units.count, indent: indent)
            start = next
        }
        return result
    }
}
