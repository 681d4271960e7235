import XCTest
@testable import GongwenKit

/// §7.3.5.5 for a last paragraph too long for LibreOffice to keep whole (issue 27.2): the copy sent
/// for conversion again cuts the paragraph where the PDF shows its last lines begin.
final class SignatureKeepingTests: XCTestCase {
    static let head = #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n"
        + #"<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0">"#
        + #"<office:automatic-styles><style:style style:name="GW_DateLine" style:family="paragraph" style:parent-style-name="GW_Date"/></office:automatic-styles>"#
        + "<office:body><office:text>"
    static let signature = #"<text:p text:style-name="GW_BlankKept"/><text:p text:style-name="GW_SignatureLine">中共测试县委宣传部</text:p>"#
        + #"<text:p text:style-name="GW_DateLine">2023年7月6日</text:p></office:text></office:body></office:document-content>"#

    func document(_ text: String) -> [UInt8] { Array((Self.head + text + Self.signature).utf8) }

    func split(_ text: String, _ lastLines: [String]) throws -> String {
        String(decoding: try SignatureKeeping.split(document(text), lastLines: lastLines), as: UTF8.self)
    }

    static let styles = #"<style:style style:name="GW_TextEndHead" style:family="paragraph" style:parent-style-name="GW_Body"><style:paragraph-properties fo:text-align-last="justify"/></style:style>"#
        + #"<style:style style:name="GW_TextEndTail" style:family="paragraph" style:parent-style-name="GW_Body"><style:paragraph-properties fo:text-indent="0pt" fo:keep-with-next="always"/></style:style>"#

    func testTheParagraphIsCutWhereItsLastLinesBegin() throws {
        let out = try split(#"<text:p text:style-name="GW_Body">第一段。</text:p><text:p text:style-name="GW_Body">甲乙丙丁戊己庚。</text:p>"#, ["丁戊", "己庚。"])
        XCTAssertTrue(out.contains(#"<text:p text:style-name="GW_Body">第一段。</text:p>"#
                                   + #"<text:p text:style-name="GW_TextEndHead">甲乙丙</text:p><text:p text:style-name="GW_TextEndTail">丁戊己庚。</text:p>"#
                                   + #"<text:p text:style-name="GW_BlankKept"/>"#), out)
        // Both styles derive from the paragraph's own: the head's last line justified as it was inside
        // the paragraph, the tail without the first-line indent and kept with the signature.
        XCTAssertTrue(out.contains(Self.styles + "</office:automatic-styles>"), out)
    }

    func testARunInHeadingStaysWithTheHeadOrIsCutToo() throws {
        let runIn = #"<text:p text:style-name="GW_Body"><text:span text:style-name="GW_Kai">（一）加强理论武装。</text:span>全年举办读书班十二期。</text:p>"#
        let after = try split(runIn, ["十二期。"])
        XCTAssertTrue(after.contains(#"<text:p text:style-name="GW_TextEndHead"><text:span text:style-name="GW_Kai">（一）加强理论武装。</text:span>全年举办读书班</text:p>"#
                                     + #"<text:p text:style-name="GW_TextEndTail">十二期。</text:p>"#), after)
        let inside = try split(runIn, ["理论武装。全年举办", "读书班十二期。"])
        XCTAssertTrue(inside.contains(#"<text:p text:style-name="GW_TextEndHead"><text:span text:style-name="GW_Kai">（一）加强</text:span></text:p>"#
                                      + #"<text:p text:style-name="GW_TextEndTail"><text:span text:style-name="GW_Kai">理论武装。</text:span>全年举办读书班十二期。</text:p>"#), inside)
    }

    /// The PDF's lines hold no space where a line broke between Latin words and no word joiner
    /// (U+2060 draws nothing): they are compared without either, and the text keeps both.
    func testSpacesAndWordJoinersAreNotCounted() throws {
        let out = try split("<text:p text:style-name=\"GW_Body\">发放 32,500 份资料，覆盖 1\u{2060}-\u{2060}2 个乡镇，采用 PDF 格式。</text:p>",
                            ["覆盖1-2个乡镇，采用PDF", "格式。"])
        XCTAssertTrue(out.contains(#"<text:p text:style-name="GW_TextEndHead">发放 32,500 份资料，</text:p>"#
                                   + "<text:p text:style-name=\"GW_TextEndTail\">覆盖 1\u{2060}-\u{2060}2 个乡镇，采用 PDF 格式。</text:p>"), out)
        let space = try split(#"<text:p text:style-name="GW_Body">采用 PDF 格式<text:s/>归档。</text:p>"#, ["格式归档。"])
        XCTAssertTrue(space.contains(#"<text:p text:style-name="GW_TextEndHead">采用 PDF</text:p><text:p text:style-name="GW_TextEndTail"> 格式<text:s/>归档。</text:p>"#), space)
    }

    func testWhatCannotBeCutIsRefused() {
        // Lines that are not the paragraph's end, or all of it: nothing to keep on the page before.
        XCTAssertThrowsError(try split(#"<text:p text:style-name="GW_Body">甲乙丙丁。</text:p>"#, ["戊己。"]))
        XCTAssertThrowsError(try split(#"<text:p text:style-name="GW_Body">甲乙丙丁。</text:p>"#, ["甲乙", "丙丁。"]))
        // A text ending in a table or a heading of the outline.
        XCTAssertThrowsError(try split(#"<text:p text:style-name="GW_Body">正文。</text:p><table:table table:name="表1"/>"#, ["正文。"]))
        XCTAssertThrowsError(try split(#"<text:h text:style-name="GW_Heading1" text:outline-level="1">一、标题很长很长</text:h>"#, ["很长"]))
    }

    /// Only a signed document whose last paragraph the writer did not keep is looked at again.
    func testOnlyASignatureWithoutAKeptParagraphIsLookedAt() throws {
        let doc = Document(title: "标题", issuer: "中共测试县委宣传部", date: OfficialDate(year: 2023, month: 7, day: 10)!,
                           body: [.paragraph(Paragraph(text: "最后一段。"))], signature: Signature(name: "中共测试县委宣传部"))
        XCTAssertFalse(SignatureKeeping.mayStandAlone(content: String(decoding: try ContentWriter.write(doc), as: UTF8.self)))
        var long = doc
        long.body = [.paragraph(Paragraph(text: String(repeating: "全县宣传思想文化工作稳步推进，成效明显。", count: 7)))]
        XCTAssertTrue(SignatureKeeping.mayStandAlone(content: String(decoding: try ContentWriter.write(long), as: UTF8.self)))
        var minutes = long
        minutes.format = .minutes
        XCTAssertFalse(SignatureKeeping.mayStandAlone(content: String(decoding: try ContentWriter.write(minutes), as: UTF8.self)))
    }
}
