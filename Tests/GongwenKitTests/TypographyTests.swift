import XCTest
@testable import GongwenKit

final class TypographyTests: XCTestCase {
    func testHalfWidthPunctuationBetweenChineseBecomesFullWidth() {
        let r = Punctuation.normalize(#"上半年,全市(含县区)工作:一是"学习";二是'实践'?好!"#)
        XCTAssertEqual(r.text, "上半年，全市（含县区）工作：一是“学习”；二是‘实践’？好！")
        XCTAssertEqual(r.changes.count, 10)
    }

    func testLatinTextAndNumbersStay() {
        XCTAssertEqual(Punctuation.normalize("GDP (2023) grew 5.2%, see \"report\"").text, "GDP (2023) grew 5.2%, see \"report\"")
        XCTAssertEqual(Punctuation.normalize("投资3.5亿元").text, "投资3.5亿元")
    }

    func testNumbering() {
        XCTAssertEqual((1...12).map { Numbering.heading(level: 1, index: $0) }.suffix(3), ["十、", "十一、", "十二、"])
        XCTAssertEqual(Numbering.heading(level: 2, index: 21), "（二十一）")
        XCTAssertEqual(Numbering.heading(level: 3, index: 2), "2.")
        XCTAssertEqual(Numbering.heading(level: 4, index: 3), "（3）")
        XCTAssertEqual(Numbering.ordinal(4), "四是")
    }

    func testLongTitlesBreakBetweenWordsLongestLineFirst() {
        let lines = TitleLines.split("江州市青山县2023年上半年宣传思想文化工作总结")
        XCTAssertEqual(lines.count, 2)
        XCTAssertEqual(lines.joined(), "江州市青山县2023年上半年宣传思想文化工作总结")
        XCTAssertGreaterThanOrEqual(TextWidth.units(lines[0]), TextWidth.units(lines[1]))
        XCTAssertFalse(lines.contains { $0.hasSuffix("宣传思想文") })
        XCTAssertEqual(TitleLines.split("短标题"), ["短标题"])
        let long = "中共江州市委宣传部关于进一步加强和改进新时代基层宣传思想文化工作推动全市精神文明建设高质量发展的实施意见"
        let three = TitleLines.split(long)
        XCTAssertEqual(three.count, 3)
        XCTAssertEqual(three.joined(), long)
        XCTAssertTrue(three.allSatisfy { TextWidth.units($0) <= TitleLines.maxUnits }, "\(three)")
        XCTAssertFalse(three.contains { $0.hasSuffix("宣传思想文") || $0.hasPrefix("化") })
        XCTAssertEqual(TitleLines.split("第一行|第二行"), ["第一行", "第二行"])
        // Lines are slices of the title: a character of several scalars (e, U+0301) stays whole,
        // and a book title's brackets still steer the break.
        let marked = "江州市青山县关于表彰《Café\u{301}之声》栏目和优秀通讯员的决定"
        let cut = TitleLines.split(marked)
        XCTAssertEqual(cut, ["江州市青山县关于表彰《Café\u{301}之声》", "栏目和优秀通讯员的决定"])
    }

    func testDates() {
        XCTAssertEqual(OfficialDate(parsing: "2023-07-10")?.chinese, "2023年7月10日")
        XCTAssertEqual(OfficialDate(parsing: "2023年7月1日")?.iso, "2023-07-01")
        XCTAssertNil(OfficialDate(parsing: "2023-13-01"))
        XCTAssertNil(OfficialDate(parsing: "2023-02-29"))
        // Blank ends (a space, a tab, the ideographic space U+3000) are trimmed; inner ones are not.
        XCTAssertEqual(OfficialDate(parsing: " 2023/7/1 ")?.iso, "2023-07-01")
        XCTAssertEqual(OfficialDate(parsing: "\u{3000}2023.7.1")?.iso, "2023-07-01")
        XCTAssertEqual(OfficialDate(parsing: "2023年7月1日\t")?.iso, "2023-07-01")
        XCTAssertNil(OfficialDate(parsing: "2023- 7-1"))
        XCTAssertNil(OfficialDate(parsing: "2023年7月1日\n"), "a line break is not blank here")
        // A separator carrying a combining mark is no separator.
        XCTAssertNil(OfficialDate(parsing: "2023年\u{301}7月1日"))
        XCTAssertNil(OfficialDate(parsing: "2023-7-1日\u{301}"))
        XCTAssertNil(OfficialDate(parsing: "2023-7"))
        XCTAssertEqual(OfficialDate(year: 1970, month: 1, day: 2)?.epochSeconds, 86_400)
    }
}
