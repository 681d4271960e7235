import XCTest
@testable import GongwenKit

/// The special formats of §10: the 命令（令） and 纪要 samples are built to PDF, measured by
/// `gongwen verify` against their clauses, and the same measurement flags each when moved.
final class FormatTests: XCTestCase {
    static let order = Repo.root + "/samples/documents/政府令.yaml"
    static let minutes = Repo.root + "/samples/documents/部务会议纪要.yaml"

    func build(_ source: String) throws -> PDFLayout {
        try XCTSkipIf(Subprocess.which("soffice") == nil, "end-to-end tier: LibreOffice is not installed (make deps)")
        let out = temporaryDirectory()
        let report = BuildRunner(options: try repoBuildOptions(output: out)).run(sources: [source], progress: Progress(quiet: true))
        XCTAssertEqual(report.failed, 0, "\(report.units.map(\.diagnostics))")
        return try PDFLayout.read(pdf: out + "/pdf/" + UnitNaming.unitName(source) + ".pdf")
    }

    func testTheOrderIsLaidOutAsSection10_2Says() throws {
        var layout = try build(Self.order)
        XCTAssertEqual(LayoutVerifier.verify(layout).map(\.description), [])
        let page = layout.pages[0]
        let mark = try XCTUnwrap(page.lines.first(where: \.red))
        XCTAssertEqual(mark.text.replacingOccurrences(of: " ", with: ""), "江州市人民政府令")
        XCTAssertFalse(page.lines.contains { $0.text.contains("江州市公共文化设施管理办法") && abs($0.size - 22) < 0.5 }, "an order prints no title")
        let stamp = try XCTUnwrap(page.images.first)
        XCTAssertEqual(stamp.x1, 184 - 4 * 156 / 28, accuracy: 1, "右空四字")
        // Moved by hand, the same measurement finds each fault.
        layout.pages[0].images[0].x0 -= 8
        layout.pages[0].images[0].x1 -= 8
        let number = try XCTUnwrap(layout.pages[0].lines.firstIndex { $0.text.replacingOccurrences(of: " ", with: "") == "第12号" })
        layout.pages[0].lines[number].x0 += 20
        layout.pages[0].lines[number].x1 += 20
        let found = LayoutVerifier.verify(layout).map(\.message)
        XCTAssertTrue(found.contains { $0.hasPrefix("the 签名章's right edge is at") }, "\(found)")
        XCTAssertTrue(found.contains { $0.hasPrefix("the 签发人职务 ends") }, "\(found)")
        XCTAssertTrue(found.contains { $0.hasPrefix("the 令号 is centred at") }, "\(found)")
    }

    func testTheMinutesAreLaidOutAsSection10_3Says() throws {
        var layout = try build(Self.minutes)
        XCTAssertEqual(LayoutVerifier.verify(layout).map(\.description), [])
        let lines = layout.pages.flatMap(\.lines)
        let present = try XCTUnwrap(lines.first { $0.text.hasPrefix("出席：") })
        XCTAssertEqual(present.x0, 28 + 2 * 156 / 28, accuracy: 0.6, "左空二字")
        XCTAssertNotEqual(present.glyphs[0].font, present.glyphs[4].font, "the label in 黑体, the names in 仿宋")
        let wrapped = try XCTUnwrap(lines.first { $0.text.hasPrefix("涛") || $0.text.hasPrefix("科联") })
        XCTAssertEqual(wrapped.x0, 28 + 5 * 156 / 28, accuracy: 0.6, "under the first name after the colon")
        XCTAssertFalse(lines.contains { LayoutVerifier.matches(LayoutVerifier.dateLine, $0.text) }, "no 署名 and date at the end")
        // A wrapped line moved to the margin is found.
        for p in layout.pages.indices {
            for i in layout.pages[p].lines.indices where layout.pages[p].lines[i].text == wrapped.text {
                layout.pages[p].lines[i].x0 = 28
            }
        }
        let found = LayoutVerifier.verify(layout).map(\.message)
        XCTAssertTrue(found.contains { $0.hasPrefix("a wrapped line of names starts 0.0 characters in") }, "\(found)")
    }

    func testTheLetterIsLaidOutAsSection10_1Says() throws {
        var layout = try build(Repo.root + "/samples/documents/复函.yaml")
        XCTAssertEqual(LayoutVerifier.verify(layout).map(\.description), [])
        XCTAssertGreaterThanOrEqual(layout.pages.count, 2, "the sample runs onto page 2, so page 1 is full")
        let page = layout.pages[0]
        let red = page.rules.filter(\.red).sorted { $0.y < $1.y }
        XCTAssertEqual(red.count, 4)
        for rule in red { XCTAssertEqual(rule.x1 - rule.x0, 170, accuracy: 0.5) }
        XCTAssertGreaterThan(red[0].width, red[1].width, "thick over thin")
        XCTAssertLessThan(red[2].width, red[3].width, "thin over thick")
        XCTAssertEqual(297 - (red[3].y + red[3].width / 2), 20, accuracy: 0.5)
        XCTAssertFalse(page.lines.contains { $0.text.replacingOccurrences(of: " ", with: "") == "—1—" }, "no page number on page 1")
        XCTAssertTrue(layout.pages[1].lines.contains { $0.text.replacingOccurrences(of: " ", with: "") == "—2—" })
        let number = try XCTUnwrap(page.lines.first { $0.text.contains("江宣函〔2023〕27号") })
        XCTAssertEqual(number.x1, 184, accuracy: 0.6, "flush right")
        // The lower pair moved up 5 mm, the upper one made thin over thick: both found.
        for i in layout.pages[0].rules.indices where layout.pages[0].rules[i].red {
            if layout.pages[0].rules[i].y > 200 { layout.pages[0].rules[i].y -= 5 }
        }
        let upper = layout.pages[0].rules.indices.filter { layout.pages[0].rules[$0].red && layout.pages[0].rules[$0].y < 100 }
        layout.pages[0].rules[upper[0]].width = 0.1
        let found = LayoutVerifier.verify(layout).map(\.message)
        XCTAssertTrue(found.contains("the lower double line ends 25.0 mm above the page's bottom edge; §10.1 asks for 20 mm"), "\(found)")
        XCTAssertTrue(found.contains("the upper double line must be thick over thin (§10.1)"), "\(found)")
    }

    /// §7.3.7: an attachment bound separately is a document of its own, opening with the 发文字号
    /// and 附件2; the main document still names it in its 附件说明 but does not print it.
    func testAnAttachmentBoundSeparatelyIsADocumentOfItsOwn() throws {
        try XCTSkipIf(Subprocess.which("soffice") == nil, "end-to-end tier: LibreOffice is not installed (make deps)")
        let out = temporaryDirectory()
        let source = Repo.root + "/samples/documents/红头通知.yaml"
        let report = BuildRunner(options: try repoBuildOptions(output: out)).run(sources: [source], progress: Progress(quiet: true))
        XCTAssertEqual(report.failed, 0, "\(report.units.map(\.diagnostics))")
        XCTAssertEqual(report.units.first?.attachmentODTs, [out + "/odt/红头通知-附件2.odt"])
        var layout = try PDFLayout.read(pdf: out + "/pdf/红头通知-附件2.pdf")
        XCTAssertEqual(LayoutVerifier.verify(layout).map(\.description), [])
        XCTAssertEqual(layout.pages[0].lines.first?.text.replacingOccurrences(of: " ", with: ""), "江宣〔2023〕12号附件2")
        let main = try Subprocess.run(["pdftotext", out + "/pdf/红头通知.pdf", "-"], timeout: 60).output
        XCTAssertTrue(main.contains("2023年下半年重点宣传活动安排"), "named in the 附件说明")
        XCTAssertFalse(main.contains("网络文明宣传月"), "its text is not in the main document")
        layout.pages[0].lines[0].x0 += 11
        XCTAssertTrue(LayoutVerifier.verify(layout).map(\.message).contains { $0.contains("§7.3.7 puts it 顶格") })
    }

    func testFormatErrorsAreLocated() throws {
        let order = "format: order\nheader:\n  mark: 江州市人民政府令\ntitle: t\nissuer: i\ndate: 2023-07-10\nbody:\n  - 正文。\n"
        XCTAssertEqual(readErrors(order).map(\.description), [
            "unit.yaml:3:3: error: an order (format: order) needs header: with mark: (发文机关 + 命令 or 令) and number: (the 令号, 第12号)",
            "unit.yaml:1:1: error: an order is signed by its 签发人 (§10.2): give signature: title: (职务) and stamp: (the 签名章 image) or name:",
        ])
        XCTAssertEqual(readErrors(minimalDocument + "attendance:\n  出席: 甲\n").map(\.description),
                       ["unit.yaml:7:3: error: 'attendance' (出席, 请假, 列席) belongs to a 纪要: add format: minutes"])
        XCTAssertEqual(readErrors("format: letter\n" + minimalDocument).map(\.description),
                       ["unit.yaml:1:1: error: a letter (format: letter) needs header: with mark: (the issuer's name) and number: (its 发文字号)"])
        XCTAssertEqual(readErrors(minimalDocument + "attachments:\n  - {title: 活动安排, separate: true, body: [正文。]}\n").map(\.description),
                       ["unit.yaml:7:29: error: an attachment bound separately opens with the document's 发文字号 (§7.3.7): give header: number:"])
        XCTAssertEqual(readErrors(minimalDocument + "header: {mark: 某某文件, number: 江宣〔2023〕1号}\nattachments:\n  - {title: 活动安排, separate: true}\n").map(\.description),
                       ["unit.yaml:8:29: error: 'separate' prints an attachment as a document of its own: give it body:"])
        XCTAssertEqual(readErrors("format: telegram\n" + minimalDocument).map(\.description),
                       ["unit.yaml:1:9: error: format is document (the default), letter (信函, §10.1), order (命令/令, §10.2) or minutes (纪要, §10.3)"])
    }
}
