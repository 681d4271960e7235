import XCTest
@testable import GongwenKit

/// §7.3.5.5 (issue 27.2): the text is never left without its signature. When the 署名 and the date
/// do not fit under the text, the text's last lines go to the next page with them.
final class SignaturePageTests: XCTestCase {
    static let last = "坚持不懈推进习近平新时代中国特色社会主义思想学习宣传贯彻，深入学习贯彻党的二十大精神，积极推动党的创新理论深入人心，"
        + "统筹好建设管理、理论舆论、内宣外宣、网上网下等各项工作，切实维护意识形态安全。"

    /// A paragraph, `fillers` one-line paragraphs, then a four-line one: with 34 fillers the text
    /// ends on the last line of page 2 or the one before, and the 署名 and date (unsealed or sealed)
    /// went to page 3 alone before the fix; with 31 and a 附件说明 of two lines, those went too.
    func source(fillers: Int, sealed: Bool, attachments: Bool = false) -> String {
        var lines = ["title: 青山县2023年上半年宣传思想文化工作总结", "issuer: 中共青山县委宣传部", "date: 2023-07-06",
                     "signature: {name: 中共青山县委宣传部, sealed: \(sealed)}", "body:",
                     "  - 上半年，我们立足职能职责，高擎思想旗帜，壮大主流舆论，厚植文化根脉，弘扬新风正气，凝聚思想伟力，推动宣传思想文化工作落地见效。"]
        lines += Array(repeating: "  - 全县宣传思想文化工作稳步推进，成效明显。", count: fillers)
        lines.append("  - " + Self.last)
        if attachments { lines += ["attachments:", "  - 2023年宣传思想文化工作要点", "  - 重点工作任务分解表"] }
        return lines.joined(separator: "\n") + "\n"
    }

    func testTheLastLinesOfTheTextGoToTheSignaturesPage() throws {
        for (sealed, attachments) in [(false, false), (true, false), (true, true)] {
            let pdf = try buildPDF(source(fillers: attachments ? 31 : 34, sealed: sealed, attachments: attachments),
                                   name: attachments ? "附件说明" : sealed ? "盖章" : "不盖章")
            let layout = try PDFLayout.read(pdf: pdf)
            let findings = LayoutVerifier.verify(layout, handSealed: true)
            XCTAssertFalse(findings.contains { $0.message.contains("without a line of the text above them") }, "sealed \(sealed): \(findings)")
            guard let page = layout.pages.last(where: { $0.lines.contains { $0.text.hasPrefix("2023年7月6日") } }) else {
                XCTFail("sealed \(sealed): no page holds the date"); continue
            }
            XCTAssertGreaterThan(page.number, 2, "sealed \(sealed): the text fills page 2")
            // The text's last line (项工作，切实维护意识形态安全。) stands on the date's page, above the 署名,
            // and so does the 附件说明.
            let text = page.lines.map { $0.text.replacingOccurrences(of: " ", with: "") }
            XCTAssertTrue(text.contains { $0.hasSuffix("切实维护意识形态安全。") }, "sealed \(sealed), page \(page.number): \(text)")
            if attachments { XCTAssertTrue(text.contains("附件：1.2023年宣传思想文化工作要点"), "\(text)") }
        }
    }

    /// A last paragraph of 8 lines is too long to keep whole: with 30 to 32 fillers the 署名 and
    /// date went to page 3 alone (seen before the fix); the converter now moves the paragraph's last
    /// two lines there with them, cut where LibreOffice broke them, sealed or not.
    func testALongLastParagraphsLastLinesGoToTheSignaturesPage() throws {
        try XCTSkipIf(Subprocess.which("soffice") == nil, "end-to-end tier: LibreOffice is not installed (make deps)")
        try XCTSkipIf(Subprocess.which("mutool") == nil, "end-to-end tier: mutool is not installed (make deps)")
        let out = temporaryDirectory()
        var sources: [String] = []
        for fillers in 29...33 {
            for sealed in [false, true] {
                let path = out + "/units/\(sealed ? "盖章" : "不盖章")\(fillers).yaml"
                write(source(fillers: fillers, sealed: sealed).replacingOccurrences(of: Self.last, with: Self.last + Self.last), to: path)
                sources.append(path)
            }
        }
        let report = BuildRunner(options: try repoBuildOptions(output: out)).run(sources: sources, progress: Progress(quiet: true))
        XCTAssertEqual(report.failed, 0, "\(report.units.map(\.diagnostics))")
        XCTAssertFalse(report.units.contains { $0.diagnostics.contains { $0.contains("warning") } }, "\(report.units.map(\.diagnostics))")
        var moved = 0
        for source in sources {
            let name = ((source as NSString).lastPathComponent as NSString).deletingPathExtension
            let layout = try PDFLayout.read(pdf: out + "/pdf/\(name).pdf")
            let findings = LayoutVerifier.verify(layout, handSealed: true)
            XCTAssertFalse(findings.contains { $0.message.contains("without a line of the text above them") }, "\(name): \(findings)")
            guard let page = layout.pages.last(where: { $0.lines.contains { $0.text.hasPrefix("2023年7月6日") } }) else {
                XCTFail("\(name): no page holds the date"); continue
            }
            let text = page.lines.map { $0.text.replacingOccurrences(of: " ", with: "") }
            XCTAssertTrue(text.contains { $0.hasSuffix("切实维护意识形态安全。") }, "\(name), page \(page.number): \(text)")
            // Unsealed with 30 to 32 fillers, the 署名 stood alone on page 3: now the text's last two
            // lines stand above it, the paragraph's continuation at the block's left edge.
            if !name.hasPrefix("盖章"), let fillers = Int(name.dropFirst(3)), (30...32).contains(fillers) {
                let signature = page.lines.first { $0.text.hasPrefix("中共青山县委宣传部") }?.baseline ?? 0
                let above = page.lines.filter { $0.baseline < signature }
                XCTAssertEqual(above.count, 2, "\(name): \(text)")
                XCTAssertEqual(above.first.map { $0.x0 - 28 } ?? 9, 0, accuracy: 0.5, "\(name): \(text)")
                moved += 1
            }
        }
        XCTAssertEqual(moved, 3)
    }

    // MARK: content.xml

    func document(_ body: [Block], signature: Signature = Signature(name: "中共测试县委宣传部")) -> Document {
        Document(title: "标题", issuer: "中共测试县委宣传部", date: OfficialDate(year: 2023, month: 7, day: 10)!, body: body, signature: signature)
    }

    func content(_ document: Document) throws -> String {
        String(decoding: try ContentWriter.write(document), as: UTF8.self)
    }

    static let keptBlank = #"<text:p text:style-name="GW_BlankKept"/>"#

    func testTheLastParagraphAndTheEmptyLinesKeepWithTheSignature() throws {
        let text = try content(document([.paragraph(Paragraph(text: "第一段。")), .paragraph(Paragraph(text: "最后一段。"))]))
        XCTAssertTrue(text.contains(#"<style:style style:name="GW_TextEnd" style:family="paragraph" style:parent-style-name="GW_Body">"#
                                    + #"<style:paragraph-properties fo:keep-with-next="always"/></style:style>"#), text)
        XCTAssertTrue(text.contains(#"<style:style style:name="GW_BlankKept" style:family="paragraph" style:parent-style-name="GW_Blank">"#
                                    + #"<style:paragraph-properties fo:keep-with-next="always"/></style:style>"#), text)
        XCTAssertTrue(text.contains(#"<text:p text:style-name="GW_Body">第一段。</text:p><text:p text:style-name="GW_TextEnd">最后一段。</text:p>"#
                                    + Self.keptBlank + #"<text:p text:style-name="GW_SignatureLine">中共测试县委宣传部</text:p>"#), text)
        // Sealed: both empty lines.
        let sealed = try content(document([.paragraph(Paragraph(text: "最后一段。"))], signature: Signature(name: "中共测试县委宣传部", sealed: true)))
        XCTAssertTrue(sealed.contains(#"<text:p text:style-name="GW_TextEnd">最后一段。</text:p>"# + Self.keptBlank + Self.keptBlank
                                      + #"<text:p text:style-name="GW_SignatureLine">"#), sealed)
        // No other paragraph keeps with the next: the title, the empty line under it.
        XCTAssertEqual(text.components(separatedBy: #"text:style-name="GW_TextEnd""#).count, 2, text)
        XCTAssertTrue(text.contains(#"<text:p text:style-name="GW_Title">标题</text:p><text:p text:style-name="GW_Blank"/>"#), text)
    }

    func testANumberedItemAHeadingOrARunInHeadingEndingTheTextKeepsWithTheSignature() throws {
        let items = try content(document([.section(Section(heading: "下一步工作打算", body: [.items(["甲；", "乙。"])]))]))
        XCTAssertTrue(items.contains(#"<text:p text:style-name="GW_Body">一是甲；</text:p><text:p text:style-name="GW_TextEnd">二是乙。</text:p>"#), items)
        let heading = try content(document([.paragraph(Paragraph(text: "正文。")), .section(Section(heading: "甲", body: [.section(Section(heading: "乙"))]))]))
        XCTAssertTrue(heading.contains(#"style:name="GW_TextEnd" style:family="paragraph" style:parent-style-name="GW_Heading2""#), heading)
        XCTAssertTrue(heading.contains(#"<text:h text:style-name="GW_TextEnd" text:outline-level="2">（一）乙</text:h>"#), heading)
        XCTAssertTrue(heading.contains(#"<text:h text:style-name="GW_Heading1" text:outline-level="1">一、甲</text:h>"#), heading)
        let runIn = try content(document([.section(Section(heading: "甲", body: [.section(Section(heading: "乙。", runIn: Paragraph(text: "正文。")))]))]))
        XCTAssertTrue(runIn.contains(#"style:name="GW_TextEnd" style:family="paragraph" style:parent-style-name="GW_Body""#), runIn)
        XCTAssertTrue(runIn.contains(#"<text:p text:style-name="GW_TextEnd"><text:span text:style-name="GW_Kai">（一）乙。</text:span>正文。</text:p>"#), runIn)
    }

    /// LibreOffice moves a paragraph that keeps with the next one whole: a long last paragraph is left
    /// to break where it falls. A text ending in a table keeps nothing either.
    func testALongLastParagraphOrATableIsNotKept() throws {
        let long = String(repeating: "全县宣传思想文化工作稳步推进，成效明显。", count: 7)  // 140 characters: 6 lines
        let text = try content(document([.paragraph(Paragraph(text: "第一段。")), .paragraph(Paragraph(text: long))]))
        XCTAssertFalse(text.contains("GW_TextEnd"), text)
        XCTAssertTrue(text.contains(Self.keptBlank), text)
        let five = String(long.prefix(130))  // 2 + 130 characters: 5 lines
        XCTAssertTrue(try content(document([.paragraph(Paragraph(text: five))])).contains(#"<text:p text:style-name="GW_TextEnd">"#))
        let table = try content(document([.paragraph(Paragraph(text: "正文。")), .table(Table(header: [[.init("项目"), .init("数量")]], rows: [[.init("甲"), .init("1")]], widths: [1, 1]))]))
        XCTAssertFalse(table.contains("GW_TextEnd"), table)
    }

    /// The 附件说明 stands between the text and the signature and goes with them (§7.3.4): its empty
    /// line keeps with it, and its style keeps with the next paragraph.
    func testTheAttachmentNoteKeepsWithTheSignature() throws {
        var doc = document([.paragraph(Paragraph(text: "正文。"))])
        doc.attachments = [Attachment(title: "甲"), Attachment(title: "乙")]
        let text = try content(doc)
        XCTAssertTrue(text.contains(#"<text:p text:style-name="GW_TextEnd">正文。</text:p>"# + Self.keptBlank
                                    + #"<text:p text:style-name="GW_AttachmentList">附件：1. 甲</text:p><text:p text:style-name="GW_AttachmentListMore">2. 乙</text:p>"#
                                    + Self.keptBlank + #"<text:p text:style-name="GW_SignatureLine">"#), text)
        XCTAssertTrue(BuiltInStyles.xml.contains(#"<style:style style:name="GW_AttachmentList" style:display-name="公文附件说明" style:family="paragraph" style:parent-style-name="Standard" style:class="text">"#
                                          + "\n" + #"      <style:paragraph-properties fo:text-align="justify" fo:margin-left="78.9pt" fo:text-indent="-47.34pt" fo:keep-with-next="always"/>"#))
    }

    /// A 纪要 is not signed and an attachment bound separately has no signature: nothing is kept.
    func testAnUnsignedFormatKeepsNothing() throws {
        var minutes = document([.paragraph(Paragraph(text: "正文。"))])
        minutes.format = .minutes
        let text = try content(minutes)
        XCTAssertFalse(text.contains("GW_TextEnd"), text)
        XCTAssertFalse(text.contains("GW_BlankKept"), text)
    }

    /// Joint signatures and the 签名章: every empty line up to the date keeps with the next.
    func testJointSignaturesAndTheSignatureStampKeepTheirEmptyLines() throws {
        var joint = Signature(name: "甲部门", sealed: true)
        joint.joint = [.init(name: "甲部门"), .init(name: "乙部门"), .init(name: "丙部门")]
        let jointText = try content(document([.paragraph(Paragraph(text: "正文。"))], signature: joint))
        XCTAssertFalse(jointText.contains(#"<text:p text:style-name="GW_Blank"/><text:p text:style-name="GW_JointNames">"#), jointText)
        XCTAssertTrue(jointText.contains(#"<text:p text:style-name="GW_TextEnd">正文。</text:p>"# + Self.keptBlank + Self.keptBlank
                                         + #"<text:p text:style-name="GW_JointNames">"#), jointText)
        var stamp = Signature(name: "张三")
        stamp.signerTitle = "县长"
        let stampText = try content(document([.paragraph(Paragraph(text: "正文。"))], signature: stamp))
        XCTAssertTrue(stampText.contains(#"<text:p text:style-name="GW_TextEnd">正文。</text:p>"# + Self.keptBlank + Self.keptBlank
                                         + #"<text:p text:style-name="GW_StampLine">"#), stampText)
        XCTAssertTrue(stampText.contains(#"</text:p>"# + Self.keptBlank + #"<text:p text:style-name="GW_StampDate">"#), stampText)
    }
}
