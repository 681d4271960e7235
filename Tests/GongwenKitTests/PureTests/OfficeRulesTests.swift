import XCTest
@testable import GongwenKit

/// What the standard fixes about how elements are written (§7.2.1, §7.2.2, §7.2.5, §7.3.4, §7.3.5.4,
/// §7.4.2), the 主送 in the 版记, and 套打 on preprinted letterhead.
final class OfficeRulesTests: XCTestCase {
    let header = """
    header:
      mark: 测试县委宣传部文件
      number: %@

    """

    func read(_ yaml: String) throws -> ReadResult { try DocumentReader.read(text: yaml, path: "u.yaml") }

    func testDocumentNumberIsMendedWhereUnambiguous() throws {
        let result = try read(header.replacingOccurrences(of: "%@", with: "测办[2023]第012号") + minimalDocument)
        XCTAssertEqual(result.document.header?.number, "测办〔2023〕12号")
        XCTAssertTrue(result.diagnostics.map(\.description).contains(
            "u.yaml:3:11: note: 发文字号: the year's brackets are 〔 〕, '第' dropped, '012' without leading zeros → '测办〔2023〕12号'"),
            "\(result.diagnostics)")
        let plain = try read(header.replacingOccurrences(of: "%@", with: "测办〔2023〕12号") + minimalDocument)
        XCTAssertFalse(plain.diagnostics.contains { $0.message.contains("发文字号") })
    }

    func testDocumentNumberWithAShortYearOrNoNumberIsAnError() {
        let short = readErrors(header.replacingOccurrences(of: "%@", with: "测办〔23〕第012号") + minimalDocument)
        XCTAssertEqual(short.map(\.description), ["unit.yaml:3:11: error: the year in a 发文字号 is written in full, 〔2023〕, not 〔23〕 (§7.2.5)"])
        let shapeless = readErrors(header.replacingOccurrences(of: "%@", with: "测办十二号") + minimalDocument)
        XCTAssertEqual(shapeless.map(\.description), ["unit.yaml:3:11: error: a 发文字号 is 机关代字〔年份〕序号号, such as 江宣〔2023〕12号 (§7.2.5)"])
    }

    func testCopyNumberIsSixDigits() {
        let errors = readErrors("header:\n  copy-number: \"00012\"\n  mark: 测试文件\n" + minimalDocument)
        XCTAssertEqual(errors.map(\.description), ["unit.yaml:2:16: error: 份号 (copy-number) is six digits, such as \"000001\"; quote it to keep the zeros"])
    }

    func testSecrecyStaysOnTheSecondLineWithoutACopyNumber() throws {
        let result = try read("header:\n  secrecy: 秘密★1年\n  mark: 测试文件\n" + minimalDocument)
        let header = try XCTUnwrap(result.document.header)
        XCTAssertEqual(HeaderComposition.lines(header), ["", "秘密★1年"])
        let content = String(decoding: try ContentWriter.write(result.document), as: UTF8.self)
        XCTAssertTrue(content.contains(#"<office:text><text:p text:style-name="GW_HeaderLine"></text:p><text:p text:style-name="GW_HeaderLine">秘密★1年</text:p>"#), content)
    }

    func testAttachmentNamesAndCopyListLoseTheirClosingPunctuation() throws {
        let yaml = minimalDocument + """
        attachments:
          - 测试附件名称。
        imprint:
          cc: [市委办公室, 市政府办公室。]
          printer: 测试县委宣传部办公室
          date: 2023-07-11

        """
        let result = try read(yaml)
        XCTAssertEqual(result.document.attachments.map(\.title), ["测试附件名称"])
        XCTAssertEqual(result.document.imprint?.copiesTo, ["市委办公室", "市政府办公室"])
        let notes = result.diagnostics.map(\.description)
        XCTAssertTrue(notes.contains("u.yaml:7:5: note: 附件说明: '。' after the name dropped → '测试附件名称'"), "\(notes)")
        XCTAssertTrue(notes.contains("u.yaml:9:15: note: 抄送: '。' after the name dropped → '市政府办公室'"), "\(notes)")
        let content = String(decoding: try ContentWriter.write(result.document), as: UTF8.self)
        XCTAssertTrue(content.contains("抄送：市委办公室，市政府办公室。<"), content)
    }

    func testDatesAreWrittenWithTheFullYear() {
        let errors = readErrors(minimalDocument.replacingOccurrences(of: "date: 2023-07-10", with: "date: 23-7-10"))
        XCTAssertEqual(errors.map(\.description), ["unit.yaml:3:7: error: the year of '23-7-10' is written in full, such as 2023-07-10 (§7.3.5.4)"])
    }

    func testManyAddresseesMoveIntoTheImprint() throws {
        let yaml = minimalDocument + """
        addressee: 各乡镇党委，县直各单位
        imprint:
          addressee: true
          cc: [市委办公室]
          printer: 测试县委宣传部办公室
          date: 2023-07-11

        """
        let content = String(decoding: try ContentWriter.write(try read(yaml).document), as: UTF8.self)
        XCTAssertFalse(content.contains("GW_Addressee"), "no 主送 under the title")
        XCTAssertTrue(content.contains(#"<text:p text:style-name="GW_Imprint">主送：各乡镇党委，县直各单位。</text:p><text:p text:style-name="GW_ImprintFollowing">抄送：市委办公室。</text:p>"#), content)
    }

    func build(_ source: String, _ out: String, letterhead: Header.Letterhead? = nil) throws -> PDFLayout {
        try XCTSkipIf(Subprocess.which("soffice") == nil, "end-to-end tier: LibreOffice is not installed (make deps)")
        var options = try repoBuildOptions(output: out)
        options.letterhead = letterhead
        let report = BuildRunner(options: options).run(sources: [source], progress: Progress(quiet: true))
        XCTAssertEqual(report.failed, 0, "\(report.units.map(\.diagnostics))")
        let name = UnitNaming.unitName(source)
        return try PDFLayout.read(pdf: out + "/pdf/\(name).pdf")
    }

    /// Every glyph of the preprinted version where the digital version has it (within 0.3 mm), and nothing red.
    func assertPrintsOnTheLetterhead(_ digital: PDFLayout, _ preprinted: PDFLayout, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(digital.pages.count, preprinted.pages.count, file: file, line: line)
        for (a, b) in zip(digital.pages, preprinted.pages) {
            let black = a.lines.flatMap(\.glyphs).filter { !$0.red }
            let glyphs = b.lines.flatMap(\.glyphs)
            XCTAssertFalse(glyphs.contains(where: \.red) || b.rules.contains(where: \.red), "nothing red on page \(b.number)", file: file, line: line)
            XCTAssertEqual(black.map(\.text), glyphs.map(\.text), "page \(b.number)", file: file, line: line)
            let worst = zip(black, glyphs).map { max(abs($0.x0 - $1.x0), abs($0.baseline - $1.baseline)) }.max() ?? 0
            XCTAssertLessThanOrEqual(worst, 0.3, "page \(b.number)", file: file, line: line)
        }
    }

    func testPreprintedLetterheadPutsEverythingWhereTheRedHeaderVersionHasIt() throws {
        let documents = Repo.root + "/samples/documents"
        let digital = try build(documents + "/红头通知.yaml", temporaryDirectory())
        XCTAssertTrue(digital.pages[0].rules.contains(where: \.red))
        let preprinted = try build(documents + "/红头通知（套打）.yaml", temporaryDirectory())
        assertPrintsOnTheLetterhead(digital, preprinted)
        XCTAssertEqual(LayoutVerifier.verify(preprinted).map(\.description), [])
    }

    func testLetterheadFlagOverridesTheSourceForAnUpwardDocument() throws {
        let report = Repo.root + "/samples/documents/上行报告.yaml"
        let digital = try build(report, temporaryDirectory())
        let preprinted = try build(report, temporaryDirectory(), letterhead: .preprinted)
        assertPrintsOnTheLetterhead(digital, preprinted)
    }
}
