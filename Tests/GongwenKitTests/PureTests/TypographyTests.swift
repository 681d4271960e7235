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

/// Issue 27.6, from the rules: a half-width point closing a Chinese sentence is a 句号, as a
/// half-width comma is a 逗号; a note names the line where the text was typed; full-width
/// quotation marks print in the Chinese face; a number is never split across lines, hyphen or not.
final class ClerkTypographyTests: XCTestCase {
    func testAHalfWidthPointClosingAChineseSentenceBecomesAFullStop() {
        XCTAssertEqual(Punctuation.normalize("工作顺利.下半年继续努力.").text, "工作顺利。下半年继续努力。")
        XCTAssertEqual(Punctuation.normalize("推广“政务App”.").text, "推广“政务App”。")
        // A point in a figure, after Latin text or in a name stays.
        XCTAssertEqual(Punctuation.normalize("投资3.5亿元，见App.config文件，用了App.").text, "投资3.5亿元，见App.config文件，用了App.")
    }

    func testATypographyNoteNamesTheUnitLineThatHoldsTheValue() throws {
        let dir = temporaryDirectory()
        write("title: 总结\nissuer: 县委\ndate: 2023-07-10\nbody:\n  - 情况:{{说明}}\n", to: dir + "/templates/t.yaml")
        write("template: ../templates/t.yaml\nvalues:\n  说明: 工作顺利.\n", to: dir + "/units/u.yaml")
        let result = try DocumentReader.read(path: dir + "/units/u.yaml")
        XCTAssertEqual(result.diagnostics.map(\.description), [
            "\(dir)/templates/t.yaml:5:5: note: typography: ':' → '：'",
            "\(dir)/units/u.yaml:3:3: note: typography: '.' → '。'",
        ])
        XCTAssertEqual(result.document.body.first, .paragraph(Paragraph(text: "情况：工作顺利。")))
    }

    func content(_ body: String) throws -> String {
        let read = try DocumentReader.read(text: "title: 总结\nissuer: 县委\ndate: 2023-07-10\nbody:\n  - \"\(body)\"\n", path: "u.yaml")
        return String(decoding: try ContentWriter.write(read.document), as: UTF8.self)
    }

    func testQuotationMarksAfterLatinTextAreSetInTheChineseFace() throws {
        let quote = "<text:span text:style-name=\"GW_ChineseQuote\">"
        let text = try content("推广“政务App”和“App”，“中文”。")
        // A mark takes the script of the text before it (at the start, after it): after 和 it is Chinese.
        XCTAssertTrue(text.contains("推广“政务App\(quote)”</text:span>和“App\(quote)”</text:span>，“中文”。"), text)
        XCTAssertTrue(try content("“App”上线").contains("\(quote)“</text:span>App\(quote)”</text:span>上线"))
        XCTAssertTrue(text.contains("<style:style style:name=\"GW_ChineseQuote\" style:family=\"text\"><style:text-properties fo:font-family=\"仿宋_GB2312\"/></style:style>"), text)
        // Quotation marks among Chinese text print in the Chinese face already: nothing is added.
        XCTAssertFalse(try content("推广“掌上办”。").contains("GW_ChineseQuote"))
    }

    func testANumberWithAHyphenIsJoinedInTheODT() throws {
        XCTAssertTrue(try content("联系电话：0539-8123456。").contains("0539-\u{2060}8123456"))
        XCTAssertEqual(LineBreaking.joiningNumbers("A-1，2023-07，-5"), "A-1，2023-\u{2060}07，-5")
    }

    /// 0539-8123456 wherever the line ends, and quotation marks after Latin text a full character wide.
    func testPDFKeepsTelephoneNumbersWholeAndQuotationMarksFullWidth() throws {
        let body = (18...27).map { "  - \"" + String(repeating: "中", count: $0) + "电话0539-8123456。\"" }.joined(separator: "\n")
        let pdf = try buildPDF("title: 测试\nissuer: 测试县委\ndate: 2023-07-10\nbody:\n" + body + "\n  - \"推广“政务App”和“App”。\"\n", name: "电话")
        let text = try Subprocess.run(["pdftotext", pdf, "-"]).output
        let lines = text.split(separator: "\n").filter { $0.contains("0539") || $0.contains("8123456") }
        XCTAssertEqual(lines.count, 10, text)
        for line in lines { XCTAssertTrue(line.contains("0539-8123456"), "split: \(line)") }
        try XCTSkipIf(Subprocess.which("mutool") == nil, "end-to-end tier: mutool is not installed")
        let chars = try Subprocess.run(["mutool", "draw", "-q", "-F", "stext", "-o", "-", pdf]).output
        let quotes = try Regex(#"<char quad="([0-9.]+) [0-9.]+ ([0-9.]+)[^"]*"[^>]* c="&#x201[cd];"/>"#)
        var widths: [Double] = []
        for match in chars.matches(of: quotes) {
            widths.append(Double(match.output[2].substring!)! - Double(match.output[1].substring!)!)
        }
        XCTAssertEqual(widths.count, 4, chars)
        for width in widths { XCTAssertGreaterThan(width, 15, "a half-width quotation mark: \(widths)") }
    }
}
