import Foundation
import XCTest
@testable import GongwenKit

/// Golden tests for `GridLineBreaker`, each worked out by hand from the rules
/// (clreq, GB/T 15834/15835, GB/T 9704-2012). Most use `width: 10,
/// firstIndent: 0`, where a line holds 10 CJK characters or 20 half-width
/// characters; a few use the real body-text grid (width 28, first indent 2:
/// 26 CJK characters on line 1, 28 after).
final class GridLineBreakerGoldenTests: XCTestCase {

    // MARK: - Helpers

    private func L(_ text: String, indent: Double = 0, natural: Double, adjustment: Double) -> GridLine {
        GridLine(text: text, indent: indent, natural: natural, adjustment: adjustment)
    }

    /// Breaks `text` and compares with `expected`; also checks rule 8 on the
    /// result (non-last lines end flush, the last line is not spread) and that
    /// `natural` is the sum of the widths of `text`.
    private func expectLines(_ text: String, width: Double = 10, firstIndent: Double = 0,
                             _ expected: [GridLine],
                             file: StaticString = #filePath, line: UInt = #line) {
        let actual = GridLineBreaker.lines(text, width: width, firstIndent: firstIndent)
        XCTAssertEqual(actual.map(\.text), expected.map(\.text), "line texts", file: file, line: line)
        XCTAssertEqual(actual, expected, file: file, line: line)
        for (index, got) in actual.enumerated() {
            let sum = got.text.reduce(0.0) { $0 + GridLineBreaker.units($1) }
            XCTAssertEqual(got.natural, sum, accuracy: 1e-9, "natural of line \(index + 1)",
                           file: file, line: line)
            if index < actual.count - 1 {
                XCTAssertEqual(got.indent + got.natural + got.adjustment, width, accuracy: 1e-9,
                               "rule 8: line \(index + 1) must end flush", file: file, line: line)
            } else {
                XCTAssertLessThanOrEqual(got.adjustment, 0, "rule 8: the last line is never spread",
                                         file: file, line: line)
            }
        }
    }

    // MARK: - units (character widths)

    /// `units`: full-width characters (CJK ideographs, CJK punctuation,
    /// full-width forms, “ ” ‘ ’ — …) are 1 grid unit.
    func testUnitsFullWidthCharacters() {
        for c: Character in ["中", "文", "〇", "。", "，", "、", "；", "：", "？", "！",
                             "“", "”", "‘", "’", "—", "…", "（", "）", "《", "》",
                             "〔", "〕", "【", "】", "％", "Ａ", "１", "·", "\u{3000}"] {
            XCTAssertEqual(GridLineBreaker.units(c), 1, "\(c)")
        }
    }

    /// `units`: everything else (ASCII letters, digits, ASCII punctuation,
    /// the ASCII space, ‰ °) is 0.5 grid unit.
    func testUnitsHalfWidthCharacters() {
        for c: Character in ["a", "Z", "0", "9", ".", ",", "%", "‰", "°", "(", ")",
                             " ", "-", "/", ":", "+", "é"] {
            XCTAssertEqual(GridLineBreaker.units(c), 0.5, "\(c)")
        }
    }

    // MARK: - Plain CJK and the last line (rule 1, rule 8)

    /// Rule 1 + rule 8: 22 CJK characters at width 10 fill two exact lines
    /// (adjustment 0) and a last line of 2.
    func testPlainCJKFillsExactLines() {
        expectLines("一二三四五六七八九十甲乙丙丁戊己庚辛壬癸子丑", [
            L("一二三四五六七八九十", natural: 10, adjustment: 0),
            L("甲乙丙丁戊己庚辛壬癸", natural: 10, adjustment: 0),
            L("子丑", natural: 2, adjustment: 0),
        ])
    }

    /// Real grid: 60 CJK characters at width 28 / indent 2 give 26 + 28 + 6.
    func testPlainCJKRealWidth() {
        expectLines(String(repeating: "一二三四五六七八九十", count: 6), width: 28, firstIndent: 2, [
            L("一二三四五六七八九十一二三四五六七八九十一二三四五六", indent: 2, natural: 26, adjustment: 0),
            L("七八九十一二三四五六七八九十一二三四五六七八九十一二三四", natural: 28, adjustment: 0),
            L("五六七八九十", natural: 6, adjustment: 0),
        ])
    }

    /// Rule 8: the last (here only) line is not justified, adjustment 0; the
    /// first line carries the first indent.
    func testLastLineAdjustmentIsZero() {
        expectLines("一二三", width: 10, firstIndent: 2, [
            L("一二三", indent: 2, natural: 3, adjustment: 0),
        ])
    }

    /// Rule 8: empty text gives no lines.
    func testEmptyInputGivesNoLines() {
        XCTAssertEqual(GridLineBreaker.lines(""), [])
        XCTAssertEqual(GridLineBreaker.lines("", width: 10, firstIndent: 0), [])
    }

    // MARK: - Rule 5 squeeze: a line-start-prohibited mark (rule 2) arriving at a full line

    /// Rules 2 + 5: `，` arrives at a full line (10 units). The line's
    /// punctuation `、` and `，` each give 0.5, absorbing the overflow of 1.
    func testSqueezeComma() {
        expectLines("一二三、五六七八九十，甲乙", [
            L("一二三、五六七八九十，", natural: 11, adjustment: -1),
            L("甲乙", natural: 2, adjustment: 0),
        ])
    }

    /// Rules 2 + 5: `。` arrives after 9.5 units (one half-width digit); the
    /// overflow 0.5 is absorbed by `。` itself.
    func testSqueezeFullStop() {
        expectLines("1一二三四五六七八九。甲乙", [
            L("1一二三四五六七八九。", natural: 10.5, adjustment: -0.5),
            L("甲乙", natural: 2, adjustment: 0),
        ])
    }

    /// Rules 2 + 5: `、` at a full line; `，` earlier on the line and `、` give 1.
    func testSqueezePause() {
        expectLines("一二三，五六七八九十、甲乙", [
            L("一二三，五六七八九十、", natural: 11, adjustment: -1),
            L("甲乙", natural: 2, adjustment: 0),
        ])
    }

    /// Rules 2 + 5: `；` after 9.5 units squeezes by 0.5.
    func testSqueezeSemicolon() {
        expectLines("1一二三四五六七八九；甲乙", [
            L("1一二三四五六七八九；", natural: 10.5, adjustment: -0.5),
            L("甲乙", natural: 2, adjustment: 0),
        ])
    }

    /// Rules 2 + 5: `：` at a full line squeezes by 1 (with the earlier `，`).
    func testSqueezeColon() {
        expectLines("一二三，五六七八九十：甲乙", [
            L("一二三，五六七八九十：", natural: 11, adjustment: -1),
            L("甲乙", natural: 2, adjustment: 0),
        ])
    }

    /// Rules 2 + 5: `？` after 9.5 units squeezes by 0.5.
    func testSqueezeQuestionMark() {
        expectLines("1一二三四五六七八九？甲乙", [
            L("1一二三四五六七八九？", natural: 10.5, adjustment: -0.5),
            L("甲乙", natural: 2, adjustment: 0),
        ])
    }

    /// Rules 2 + 5: `！` at a full line squeezes by 1 (with the earlier `，`).
    func testSqueezeExclamationMark() {
        expectLines("一二三，五六七八九十！甲乙", [
            L("一二三，五六七八九十！", natural: 11, adjustment: -1),
            L("甲乙", natural: 2, adjustment: 0),
        ])
    }

    /// Rules 2 + 5: closing quote `”` after 9.5 units squeezes by 0.5.
    func testSqueezeClosingQuote() {
        expectLines("1一二三四五六七八九”甲乙", [
            L("1一二三四五六七八九”", natural: 10.5, adjustment: -0.5),
            L("甲乙", natural: 2, adjustment: 0),
        ])
    }

    /// Rules 2 + 5: `）` at a full line; the line's `（` and `）` give 1.
    func testSqueezeClosingParenthesis() {
        expectLines("一二（四五六七八九十）甲乙", [
            L("一二（四五六七八九十）", natural: 11, adjustment: -1),
            L("甲乙", natural: 2, adjustment: 0),
        ])
    }

    /// Rules 2 + 5: `》` after 9.5 units squeezes by 0.5.
    func testSqueezeClosingBookTitleMark() {
        expectLines("1一二三四五六七八九》甲乙", [
            L("1一二三四五六七八九》", natural: 10.5, adjustment: -0.5),
            L("甲乙", natural: 2, adjustment: 0),
        ])
    }

    /// Rules 2 + 5: two closers `”。` arrive together at a full line; both must
    /// stay (neither may start the next line). `：“”。` give 4 × 0.5 = 2,
    /// exactly the overflow.
    func testSqueezeTwoClosersTogether() {
        expectLines("他说：“四五六七八九”。甲", [
            L("他说：“四五六七八九”。", natural: 12, adjustment: -2),
            L("甲", natural: 1, adjustment: 0),
        ])
    }

    /// Rule 5 on the real grid: line 1 holds 26; a `，` inside it and the
    /// arriving `，` (27th) absorb the overflow of 1.
    func testSqueezeRealWidth() {
        expectLines("为进一步规范全市公文处理工作，提高公文质量和办文效率，现就有关事项通知如下：",
                    width: 28, firstIndent: 2, [
            L("为进一步规范全市公文处理工作，提高公文质量和办文效率，", indent: 2, natural: 27, adjustment: -1),
            L("现就有关事项通知如下：", natural: 11, adjustment: 0),
        ])
    }

    /// Rule 5 + rule 8 (interpretation): when the squeezed line is also the last
    /// line, it is not spread but keeps its squeeze so that it still fits.
    func testSqueezedLastLineKeepsNegativeAdjustment() {
        expectLines("一二三，五六七八九十。", [
            L("一二三，五六七八九十。", natural: 11, adjustment: -1),
        ])
    }

    // MARK: - Rule 5 push-down: squeezing cannot absorb the overflow

    /// Rule 5: `。` arrives at a full line with no other punctuation: it can
    /// give only 0.5 of the overflow 1, so `十` is carried down with it and
    /// the shortened line is spread by 1.
    func testPushDownFullStopWhenSqueezeCannotAbsorb() {
        expectLines("一二三四五六七八九十。甲", [
            L("一二三四五六七八九", natural: 9, adjustment: 1),
            L("十。甲", natural: 3, adjustment: 0),
        ])
    }

    /// Rule 5: `”。` arrive together at a full line: N = 12, squeezable 1,
    /// 11 > 10, so `十` moves down with both marks.
    func testPushDownTwoClosersWithoutRoom() {
        expectLines("一二三四五六七八九十”。甲", [
            L("一二三四五六七八九", natural: 9, adjustment: 1),
            L("十”。甲", natural: 4, adjustment: 0),
        ])
    }

    /// Rules 2 + 5: an ASCII `,` is half-width and cannot be squeezed; it may
    /// not start a line, so `十` is carried down with it.
    func testPushDownHalfWidthCommaCannotSqueeze() {
        expectLines("一二三四五六七八九十,甲", [
            L("一二三四五六七八九", natural: 9, adjustment: 1),
            L("十,甲", natural: 2.5, adjustment: 0),
        ])
    }

    /// Rules 5 + 6 (repeat): squeezing `”。` fails (12 − 1.5 > 10); carrying
    /// `十` down would leave the opener `“` at the line end, so `“` goes too.
    func testPushDownRepeatsOverOpener() {
        expectLines("一二三四五六七八“十”。甲", [
            L("一二三四五六七八", natural: 8, adjustment: 2),
            L("“十”。甲", natural: 5, adjustment: 0),
        ])
    }

    /// Rules 4 + 5 (repeat): `。` cannot be squeezed in (11 − 0.5 > 10);
    /// carrying `——` alone would start the line with `——`, so `八` goes too.
    func testPushDownRepeatsOverDashPair() {
        expectLines("一二三四五六七八——。甲", [
            L("一二三四五六七", natural: 7, adjustment: 3),
            L("八——。甲", natural: 5, adjustment: 0),
        ])
    }

    /// Rule 5 on the real grid: 26 characters fill line 1, `。` cannot be
    /// squeezed (no other punctuation), the 26th character moves down with it.
    func testPushDownRealWidth() {
        expectLines("一二三四五六七八九十一二三四五六七八九十一二三四五六。甲乙", width: 28, firstIndent: 2, [
            L("一二三四五六七八九十一二三四五六七八九十一二三四五", indent: 2, natural: 25, adjustment: 1),
            L("六。甲乙", natural: 4, adjustment: 0),
        ])
    }

    // MARK: - Rules 3 + 6: openers at a line end move down

    /// Rules 3 + 6: `“` would end line 1 (10 units), so it moves down.
    func testOpenerQuoteMovedDown() {
        expectLines("一二三四五六七八九“十”", [
            L("一二三四五六七八九", natural: 9, adjustment: 1),
            L("“十”", natural: 3, adjustment: 0),
        ])
    }

    /// Rules 3 + 6: `（` would end line 1, so it moves down.
    func testOpenerParenthesisMovedDown() {
        expectLines("一二三四五六七八九（十）", [
            L("一二三四五六七八九", natural: 9, adjustment: 1),
            L("（十）", natural: 3, adjustment: 0),
        ])
    }

    /// Rules 3 + 6: `《` would end line 1, so it moves down.
    func testOpenerBookTitleMarkMovedDown() {
        expectLines("一二三四五六七八九《十》", [
            L("一二三四五六七八九", natural: 9, adjustment: 1),
            L("《十》", natural: 3, adjustment: 0),
        ])
    }

    /// Rules 3 + 6: two openers `“《` at the end both move down.
    func testTwoOpenersMovedDown() {
        expectLines("一二三四五六七八“《十》”", [
            L("一二三四五六七八", natural: 8, adjustment: 2),
            L("“《十》”", natural: 5, adjustment: 0),
        ])
    }

    /// Rules 3 + 6: an ASCII `(` (0.5) would end line 1 at 9.5; it moves down.
    func testAsciiOpenerMovedDown() {
        expectLines("一二三四五六七八九(十)", [
            L("一二三四五六七八九", natural: 9, adjustment: 1),
            L("(十)", natural: 2, adjustment: 0),
        ])
    }

    /// Rules 3 + 6 on the real grid, with a Western run: `《` is the 26th unit
    /// of line 1 (after `GB/T 9704-2012`, 7 units), so it moves down with
    /// `党`; line 1 is spread by 1.
    func testOpenerMovedDownRealWidth() {
        expectLines("根据《党政机关公文处理工作条例》以及GB/T 9704-2012《党政机关公文格式》的规定，现将有关事项通知如下。",
                    width: 28, firstIndent: 2, [
            L("根据《党政机关公文处理工作条例》以及GB/T 9704-2012", indent: 2, natural: 25, adjustment: 1),
            L("《党政机关公文格式》的规定，现将有关事项通知如下。", natural: 25, adjustment: 0),
        ])
    }

    // MARK: - Rule 4: —— and …… are inseparable and never start a line

    /// Rule 4: `——` straddles the line end; it is not split, may not start
    /// line 2 and cannot be squeezed, so `九` moves down with it.
    func testDashPairKeptTogether() {
        expectLines("一二三四五六七八九——十", [
            L("一二三四五六七八", natural: 8, adjustment: 2),
            L("九——十", natural: 4, adjustment: 0),
        ])
    }

    /// Rule 4: same for `……`.
    func testEllipsisPairKeptTogether() {
        expectLines("一二三四五六七八九……十", [
            L("一二三四五六七八", natural: 8, adjustment: 2),
            L("九……十", natural: 4, adjustment: 0),
        ])
    }

    /// Rule 4: `——` right after a full line may not start line 2.
    func testDashPairNeverStartsLine() {
        expectLines("一二三四五六七八九十——甲", [
            L("一二三四五六七八九", natural: 9, adjustment: 1),
            L("十——甲", natural: 4, adjustment: 0),
        ])
    }

    /// Rule 4: a `……` that ends exactly at the line end may end the line.
    func testEllipsisPairMayEndLine() {
        expectLines("一二三四五六七八……甲乙", [
            L("一二三四五六七八……", natural: 10, adjustment: 0),
            L("甲乙", natural: 2, adjustment: 0),
        ])
    }

    // MARK: - Rule 1: numbers stay whole (GB/T 15835)

    /// Rule 1: `12.5%` (2.5 units) would straddle the end after 9 units; the
    /// whole number moves down and line 1 is spread by 1.
    func testNumberPercentKeptWhole() {
        expectLines("同比增长一二三四五12.5%。", [
            L("同比增长一二三四五", natural: 9, adjustment: 1),
            L("12.5%。", natural: 3.5, adjustment: 0),
        ])
    }

    /// Rule 1: `2024-2025` (4.5 units) moves down whole.
    func testNumberYearRangeKeptWhole() {
        expectLines("一二三四五六七八九2024-2025年", [
            L("一二三四五六七八九", natural: 9, adjustment: 1),
            L("2024-2025年", natural: 5.5, adjustment: 0),
        ])
    }

    /// Rule 1: a telephone number `0539-8123456` (6 units) moves down whole;
    /// line 1 (5 units) is spread by 5.
    func testNumberTelephoneKeptWhole() {
        expectLines("联系电话：0539-8123456", [
            L("联系电话：", natural: 5, adjustment: 5),
            L("0539-8123456", natural: 6, adjustment: 0),
        ])
    }

    /// Rule 1: `3.14` (2 units) moves down whole.
    func testNumberDecimalKeptWhole() {
        expectLines("一二三四五六七八九3.14", [
            L("一二三四五六七八九", natural: 9, adjustment: 1),
            L("3.14", natural: 2, adjustment: 0),
        ])
    }

    /// Rule 1: a time `10:30` (2.5 units) moves down whole.
    func testNumberTimeKeptWhole() {
        expectLines("一二三四五六七八九10:30开会", [
            L("一二三四五六七八九", natural: 9, adjustment: 1),
            L("10:30开会", natural: 4.5, adjustment: 0),
        ])
    }

    /// Rule 1: a full-width `％` after digits stays with them: `12％` is
    /// 0.5 + 0.5 + 1 = 2 units and moves down whole.
    func testNumberFullWidthPercentKeptWhole() {
        expectLines("一二三四五六七八九12％甲", [
            L("一二三四五六七八九", natural: 9, adjustment: 1),
            L("12％甲", natural: 3, adjustment: 0),
        ])
    }

    /// Rule 1 + mixed widths: 8 CJK + `3.14` (4 × 0.5) fill exactly 10.
    func testNumberFillsLineExactly() {
        expectLines("一二三四五六七八3.14甲", [
            L("一二三四五六七八3.14", natural: 10, adjustment: 0),
            L("甲", natural: 1, adjustment: 0),
        ])
    }

    /// Rule 1 on the real grid: line 2 holds 26 CJK; `12.5%` would reach
    /// 28.5, so it moves to line 3 and line 2 is spread by 2.
    func testNumberKeptWholeRealWidth() {
        expectLines("一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二12.5%。",
                    width: 28, firstIndent: 2, [
            L("一二三四五六七八九十一二三四五六七八九十一二三四五六", indent: 2, natural: 26, adjustment: 0),
            L("七八九十一二三四五六七八九十一二三四五六七八九十一二", natural: 26, adjustment: 2),
            L("12.5%。", natural: 3.5, adjustment: 0),
        ])
    }

    // MARK: - Rule 1: Latin words stay whole; mixed widths

    /// Rule 1: `App` (1.5 units) moves down whole.
    func testLatinWordAppKeptWhole() {
        expectLines("一二三四五六七八九App下载", [
            L("一二三四五六七八九", natural: 9, adjustment: 1),
            L("App下载", natural: 3.5, adjustment: 0),
        ])
    }

    /// Rule 1: `GB/T` (2 units) moves down whole.
    func testLatinWordGBTKeptWhole() {
        expectLines("一二三四五六七八九GB/T", [
            L("一二三四五六七八九", natural: 9, adjustment: 1),
            L("GB/T", natural: 2, adjustment: 0),
        ])
    }

    /// Mixed widths: 依据 2 + GB/T 2 + space 0.5 + 9704-2012 4.5 + 执 1 = 10.
    func testMixedWidthsSumToFullLine() {
        expectLines("依据GB/T 9704-2012执行", [
            L("依据GB/T 9704-2012执", natural: 10, adjustment: 0),
            L("行", natural: 1, adjustment: 0),
        ])
    }

    // MARK: - Rule 7: a word longer than a line is broken at the overflow

    /// Rule 7: the 26-letter word (13 units) is wider than a line (5): it
    /// starts after `一二` and is cut where each line overflows.
    func testLongWordBrokenAtOverflow() {
        expectLines("一二abcdefghijklmnopqrstuvwxyz", width: 5, firstIndent: 0, [
            L("一二abcdef", natural: 5, adjustment: 0),
            L("ghijklmnop", natural: 5, adjustment: 0),
            L("qrstuvwxyz", natural: 5, adjustment: 0),
        ])
    }

    /// Rule 7 with the first indent: line 1 has room for 8 units (16 letters).
    func testLongWordBrokenWithFirstIndent() {
        expectLines("abcdefghijklmnopqrstuvwxyz", width: 10, firstIndent: 2, [
            L("abcdefghijklmnop", indent: 2, natural: 8, adjustment: 0),
            L("qrstuvwxyz", natural: 5, adjustment: 0),
        ])
    }

    /// Rule 7 + rule 8: a space inside a line stays; the long word fills the
    /// remaining 1.5 units (3 letters) and continues on the next lines.
    func testLongWordAfterSpace() {
        expectLines("一二三 abcdefghijklmn", width: 5, firstIndent: 0, [
            L("一二三 abc", natural: 5, adjustment: 0),
            L("defghijklm", natural: 5, adjustment: 0),
            L("n", natural: 0.5, adjustment: 0),
        ])
    }

    // MARK: - Rule 8: spaces

    /// Rule 8: the space right after a full line is dropped (not carried to
    /// the start of line 2).
    func testSpaceAtLineEndDropped() {
        expectLines("一二三四五六七八九十 abc", [
            L("一二三四五六七八九十", natural: 10, adjustment: 0),
            L("abc", natural: 1.5, adjustment: 0),
        ])
    }

    /// Rule 8: a line that would end with a space: the space is dropped from
    /// its text and natural width (9, not 9.5), and the line is spread by 1.
    func testLineEndingWithSpace() {
        expectLines("abcdefghijklmnopqr stuv", [
            L("abcdefghijklmnopqr", natural: 9, adjustment: 1),
            L("stuv", natural: 2, adjustment: 0),
        ])
    }

    /// Rule 8: an ASCII space inside a line is an ordinary 0.5-unit character.
    func testSpaceIsOrdinaryHalfUnit() {
        expectLines("Hello world，一二三", [
            L("Hello world，一二三", natural: 9.5, adjustment: 0),
        ])
    }

    // MARK: - Custom measure

    /// `measure` is honoured: with every character 1 unit wide, `ab` is still
    /// one word (rule 1) and moves down whole.
    func testCustomMeasure() {
        let lines = GridLineBreaker.lines("一二三ab", width: 4, firstIndent: 0, measure: { _ in 1 })
        XCTAssertEqual(lines, [
            L("一二三", natural: 3, adjustment: 1),
            L("ab", natural: 2, adjustment: 0),
        ])
    }
    // MARK: - Degenerate input

    /// Rule 8 on degenerate input: text made only of spaces gives no lines.
    func testOnlySpacesGiveNoLines() {
        XCTAssertEqual(GridLineBreaker.lines("   ", width: 10, firstIndent: 0), [])
    }

    /// Robustness: when no allowed break exists (only closers, only openers,
    /// a `——` wider than the line) the breaker still terminates, loses no
    /// character (only spaces at breaks), and every non-last line has
    /// `indent + natural + adjustment == width` (rule 8, overflowing lines
    /// get a negative adjustment).
    func testNoAllowedBreakStillTerminates() {
        let inputs: [(String, Double)] = [
            (String(repeating: "，", count: 25), 10),
            (String(repeating: "（", count: 25), 10),
            (String(repeating: "—", count: 8), 1),
            ("一 二  三   四 ，", 1.5),
            (String(repeating: "a", count: 7) + "）" + String(repeating: "b", count: 30), 3),
        ]
        for (text, width) in inputs {
            let lines = GridLineBreaker.lines(text, width: width, firstIndent: 0)
            XCTAssertFalse(lines.isEmpty, text)
            XCTAssertEqual(lines.map(\.text).joined().filter { $0 != " " }, text.filter { $0 != " " }, text)
            for got in lines.dropLast() {
                XCTAssertEqual(got.indent + got.natural + got.adjustment, width, accuracy: 1e-9, text)
            }
        }
    }
}
