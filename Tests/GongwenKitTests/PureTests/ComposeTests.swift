import XCTest
@testable import GongwenKit

/// Issue 21.1: the composition, tested without any writer. Every expectation is read from GB/T 9704
/// (the section is named at each), not from the code's output.
final class ComposeTests: XCTestCase {
    let date = OfficialDate(year: 2023, month: 7, day: 10)!

    func document(_ body: [Block] = [.paragraph(Paragraph(text: "正文。"))], header: Header? = nil) -> Document {
        Document(title: "关于做好宣传工作的通知", issuer: "中共测试县委宣传部", date: date, addressee: "各乡镇",
                 body: body, signature: Signature(name: "中共测试县委宣传部"), header: header)
    }

    func roles(_ composed: ComposedDocument) -> [ComposedParagraph.Role] {
        composed.blocks.compactMap { if case .paragraph(let p) = $0 { p.role } else { nil } }
    }

    func paragraphs(_ composed: ComposedDocument) -> [ComposedParagraph] {
        composed.blocks.compactMap { if case .paragraph(let p) = $0 { p } else { nil } }
    }

    /// §7.2: 份号 and 密级 from the block's first line, the mark 35 mm below the block's top, the
    /// 发文字号 two lines (空二行) under it; §7.3.1: the title two lines below the red separator, then
    /// one empty line and the 主送机关; §7.3.5: one empty line, the 署名, the date.
    func testAFileDocumentStandsInTheStandardsOrder() {
        let header = Header(copyNumber: "000001", secrecy: "秘密★1年", mark: "中共测试县委宣传部文件", number: "测宣发〔2023〕5号")
        let composed = Composer.compose(document(header: header))
        XCTAssertEqual(roles(composed), [
            .headerLine(.none), .headerLine(.none), .issuerMark, .blank, .blank, .docNumber(preprinted: false),
            .blank, .blank, .title, .blank, .addressee, .body, .blank, .signature, .date,
        ])
        XCTAssertEqual(composed.header?.markTop, 35)
        XCTAssertEqual(composed.header?.lines, ["000001", "秘密★1年"])
        XCTAssertNil(composed.header?.markSize, "a 10-character mark fits 156 mm at 36 pt")
        XCTAssertEqual(paragraphs(composed)[10].text, "各乡镇：", "the 主送机关 ends in a full-width colon")
        XCTAssertTrue(composed.signed)
    }

    /// §7.2.2: a 密级 without a 份号 still stands on the second line.
    func testASecrecyLevelKeepsTheSecondLine() {
        XCTAssertEqual(HeaderComposition.lines(Header(secrecy: "秘密", urgency: "特急", mark: "某某文件")), ["", "秘密", "特急"])
    }

    /// §7.2.4: a mark longer than the block at 36 pt (here 20 characters: 20 × 12.7 mm = 254 mm) is
    /// set smaller, so that it fits 156 mm.
    func testALongMarkIsSetSmallerToFitTheBlock() throws {
        let mark = String(repeating: "宣", count: 20)
        let size = try XCTUnwrap(Composer.compose(document(header: Header(mark: mark))).header?.markSize)
        XCTAssertLessThanOrEqual(20 * size * 25.4 / 72, 156)
        XCTAssertGreaterThan(20 * (size + 0.2) * 25.4 / 72, 156, "not smaller than it needs to be")
    }

    /// §10.2: a 命令's mark 20 mm below the block's top, the 令号 centred two lines below it, the text
    /// two lines below that, without a title.
    func testAnOrderHasNoTitleAndItsMarkStands20mmDown() {
        var doc = document(header: Header(mark: "测试县人民政府令", number: "第1号"))
        doc.format = .order
        let composed = Composer.compose(doc)
        XCTAssertEqual(composed.header?.markTop, 20)
        XCTAssertEqual(Array(roles(composed).prefix(7)), [.issuerMark, .blank, .blank, .centred, .blank, .blank, .body])
        XCTAssertFalse(roles(composed).contains(.title))
    }

    /// §10.3: a 纪要 is not signed; 出席 and the like one empty line below the text, their labels in 黑体.
    func testMinutesAreNotSignedAndListAttendance() {
        var doc = document(header: Header(mark: "测试县会议纪要", number: "第3期"))
        doc.format = .minutes
        doc.attendance = [Attendance(label: "出席", names: "张三、李四")]
        let composed = Composer.compose(doc)
        XCTAssertFalse(composed.signed)
        XCTAssertFalse(roles(composed).contains(.signature))
        XCTAssertEqual(Array(roles(composed).suffix(3)), [.body, .blank, .attendance])
        XCTAssertEqual(paragraphs(composed).last?.runs.first, .face("出席：", .heading1))
    }

    /// §7.3.4: the 附件说明 one empty line below the text, 附件： then the names numbered 1. 2.; the
    /// names after the first stand under the first (the first line hangs 附件：).
    func testTheAttachmentNoteNumbersItsNames() {
        var doc = document()
        doc.attachments = [Attachment(title: "统计表"), Attachment(title: "名单")]
        let list = paragraphs(Composer.compose(doc)).filter { if case .attachmentList = $0.role { true } else { false } }
        XCTAssertEqual(list.map(\.text), ["附件：1. 统计表", "2. 名单"])
        XCTAssertEqual(list.map(\.role), [.attachmentList(first: true), .attachmentList(first: false)])
        doc.attachments = [Attachment(title: "统计表")]
        let single = paragraphs(Composer.compose(doc)).filter { if case .attachmentList = $0.role { true } else { false } }
        XCTAssertEqual(single.map(\.text), ["附件：统计表"], "a single attachment is not numbered")
    }

    /// §7.3.5.1: a sealed signature leaves two empty lines above the 署名 (the seal's top within one
    /// line of the text); the seal is centred on the date, which stands 右空四字.
    func testASealIsCentredOnTheDateFourCharactersFromTheRight() throws {
        var doc = document()
        doc.signature.sealed = true
        doc.signature.seal = SealImage(bytes: [0x89], kind: .png, widthMillimetres: 40, heightMillimetres: 40)
        let composed = Composer.compose(doc)
        XCTAssertEqual(Array(roles(composed).suffix(4)), [.blank, .blank, .signature, .date])
        let signature = try XCTUnwrap(paragraphs(composed).first { $0.role == .signature })
        guard case .image(let seal)? = signature.runs.first else { return XCTFail("the seal is not on the 署名's line: \(signature.runs)") }
        // The date 2023年7月10日 is 3 characters and 7 half-width digits: 6.5 grid characters wide.
        let character = 156.0 / 28
        let dateCentre = 156 - 4 * character - 6.5 * character / 2
        XCTAssertEqual(seal.left + 20, dateCentre, accuracy: 1e-9)
        XCTAssertEqual(composed.signature.dateRight, 4)
    }

    /// §7.3.5.2: unsealed, 署名 右空二字 and the date two characters further right than the name's start.
    func testAnUnsealedSignatureIsTwoCharactersFromTheRight() {
        let layout = Composer.compose(document()).signature
        XCTAssertEqual(layout.signatureRight, 2)
        // 中共测试县委宣传部: 9 characters, ending 2 from the right, so starting 11 from it; the date
        // (6.5 wide: 年月日 and seven half-width digits) starts 2 characters right of that, 9 from the
        // right, and ends 9 − 6.5 = 2.5 from it.
        XCTAssertEqual(layout.dateRight, 2.5)
    }

    /// §7.3.5.5: the text is not left without its signature: the text's last paragraph is kept with
    /// it when it is short (here one line); a long one (over `keptLines` lines) is not.
    func testAShortLastParagraphIsKeptWithTheSignature() {
        let kept = Composer.compose(document([.paragraph(Paragraph(text: "第一段。")), .paragraph(Paragraph(text: "最后一段。"))]))
        XCTAssertEqual(kept.keptEnd?.text, "最后一段。")
        XCTAssertEqual(paragraphs(kept).filter(\.keptWithNext).map(\.role), [.body, .blank])
        // 6 lines: 2 + 166 characters over 28 a line.
        let long = Composer.compose(document([.paragraph(Paragraph(text: String(repeating: "字", count: 166)))]))
        XCTAssertNil(long.keptEnd)
    }

    /// §7.3.3: headings numbered 一、 （一） 1. （1）; a run-in heading keeps its face (黑体 at level 1).
    func testHeadingsAreNumberedByLevel() {
        let body: [Block] = [
            .section(Section(heading: "总体情况", body: [.section(Section(heading: "主要做法", runIn: Paragraph(text: "正文。")))])),
            .section(Section(heading: "下步打算", runIn: Paragraph(text: "继续。"))),
        ]
        let text = paragraphs(Composer.compose(document(body))).filter { $0.role.isText }
        XCTAssertEqual(text.map(\.text), ["一、总体情况", "（一）主要做法正文。", "二、下步打算继续。"])
        XCTAssertEqual(text[0].role, .heading(1))
        XCTAssertEqual(text[2].runs.first, .face("二、下步打算", .heading1))
        XCTAssertEqual(text[1].runs.first, .face("（一）主要做法", .heading2))
    }

    /// §7.3.7 and §8: each bound attachment starts with 附件N, its title two lines down; a landscape
    /// attachment turns its pages, the one after it turns them back; its tables span the turned block.
    func testAttachmentsStartTheirOwnPagesAndTurnForWideTables() throws {
        var doc = document()
        let table = Table(header: [[Table.Cell("单位")]], rows: [[Table.Cell("甲")]], widths: [1])
        doc.attachments = [Attachment(title: "宽表", body: [.table(table)], landscape: true),
                           Attachment(title: "说明", body: [.paragraph(Paragraph(text: "说明。"))])]
        let composed = Composer.compose(doc)
        let labels = paragraphs(composed).filter { if case .attachmentLabel = $0.role { true } else { false } }
        XCTAssertEqual(labels.map(\.text), ["附件1", "附件2"])
        XCTAssertEqual(labels.map(\.role), [.attachmentLabel(.toLandscape), .attachmentLabel(.backUpright)])
        XCTAssertTrue(composed.turnsPages)
        XCTAssertEqual(composed.tables.map(\.width), [225], "the landscape block is the upright block turned: 225 mm wide")
    }

    /// §7.4: the 版记's 抄送 ends in a full stop, names separated by full-width commas; 印发 after the date.
    func testTheImprintLines() throws {
        var doc = document()
        doc.imprint = Imprint(copiesTo: ["县委办", "县政府办"], printer: "中共测试县委宣传部办公室", printDate: date)
        guard case .imprint(let imprint)? = Composer.compose(doc).blocks.last else { return XCTFail("no 版记 at the end") }
        XCTAssertEqual(imprint.copies, "抄送：县委办，县政府办。")
        XCTAssertEqual(imprint.printer?.date, "2023年7月10日印发")
        XCTAssertNil(imprint.addressee)
    }
}
