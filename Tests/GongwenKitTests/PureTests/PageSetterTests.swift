import XCTest
@testable import GongwenKit

/// Issue 28: the native page setter, tested on its pages (no writer). Expectations come from GB/T 9704:
/// the block 156 × 225 mm at (28, 37) mm, 22 lines of 28 characters (§5.2.3), page numbers §7.5.
final class PageSetterTests: XCTestCase {
    static let fandol = "/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol/"
    let pitch = 156.0 / 28
    let line = 225.0 / 22

    func faces() throws -> LayoutFaces {
        let names = ["FandolFang-Regular.otf", "FandolSong-Bold.otf", "FandolHei-Regular.otf", "FandolKai-Regular.otf", "FandolSong-Regular.otf"]
        guard names.allSatisfy({ FileManager.default.fileExists(atPath: Self.fandol + $0) }) else {
            throw XCTSkip("pure tier: the Fandol faces (texlive-lang-chinese) are not installed")
        }
        let faces = try names.map { try OpenTypeFace(path: Self.fandol + $0) }
        return LayoutFaces(faces: faces, byRole: [.body: 0, .title: 1, .heading1: 2, .heading2: 3], pageNumbers: 4, fallbacks: [])
    }

    func document(_ paragraphs: [String]) -> Document {
        Document(title: "测试县工作总结", issuer: "中共测试县委宣传部", date: OfficialDate(year: 2023, month: 7, day: 10)!,
                 body: paragraphs.map { .paragraph(Paragraph(text: $0)) }, signature: Signature(name: "中共测试县委宣传部"))
    }

    func runs(_ page: LaidOutPage) -> [GlyphRun] {
        page.items.compactMap { if case .glyphs(let run) = $0 { run } else { nil } }
    }

    /// Body lines (16 pt) of a page, top to bottom.
    func bodyRuns(_ page: LaidOutPage) -> [GlyphRun] {
        runs(page).filter { $0.size == 16 }
    }

    func testBodyLinesStandOnTheGridAndFillTheBlock() throws {
        // 200 characters: line 1 holds 26 (indented two), then 28 a line: 26 + 6 × 28 = 194, and 6 more.
        let pages = try PageSetter.set(Composer.compose(document([String(repeating: "宣", count: 200)])), faces: faces())
        let body = bodyRuns(pages[0])
        // Title on line 1, a blank line, then the paragraph from line 3.
        XCTAssertEqual(body.count, 8 + 2, "8 lines of text, the 署名 and the date")
        let first = body[0]
        XCTAssertEqual(first.glyphs.count, 26)
        XCTAssertEqual(first.glyphs[0].x, 28 + 2 * pitch, accuracy: 1e-6, "空二字")
        let full = body[1]
        XCTAssertEqual(full.glyphs.count, 28)
        XCTAssertEqual(full.glyphs[0].x, 28, accuracy: 1e-6)
        XCTAssertEqual(full.glyphs[27].x, 28 + 27 * pitch, accuracy: 1e-6, "the 28th character's cell ends at 184 mm")
        for (a, b) in zip(body.dropLast(3), body.dropFirst().dropLast(2)) {
            XCTAssertEqual(b.baseline - a.baseline, line, accuracy: 1e-6, "one grid line, 225/22 mm, between body lines")
        }
        // Line 3 of the block: two lines (title, blank) above it.
        XCTAssertEqual(first.baseline - 37, 2 * line + (line - 16 * 25.4 / 72) / 2 + 0.88 * 16 * 25.4 / 72, accuracy: 1e-6)
    }

    func testTheTitleIsCentredOnTheBlock() throws {
        let pages = try PageSetter.set(Composer.compose(document(["正文。"])), faces: faces())
        let title = try XCTUnwrap(runs(pages[0]).first { $0.size == 22 })
        XCTAssertEqual(title.glyphs.map(\.text).joined(), "测试县工作总结")
        // 7 characters of 22 pt (7.761 mm each, Fandol's CJK advance is one em): 54.3 mm centred on 106.
        let em = 22 * 25.4 / 72
        XCTAssertEqual(title.glyphs[0].x, 106 - 3.5 * em, accuracy: 0.01)
    }

    func testPageNumbersStandAsSection75Says() throws {
        let pages = try PageSetter.set(Composer.compose(document(Array(repeating: String(repeating: "宣", count: 54), count: 30))), faces: faces())
        XCTAssertGreaterThanOrEqual(pages.count, 2)
        for (i, page) in pages.prefix(2).enumerated() {
            let number = try XCTUnwrap(runs(page).first { $0.size == 14 })
            XCTAssertEqual(number.glyphs.map(\.text).joined(), "— \(i + 1) —")
            let face = try faces().faces[number.face]
            let last = try XCTUnwrap(number.glyphs.last)
            let right = last.x + Double(face.advance(last.id)) / Double(face.unitsPerEm) * 14 * 25.4 / 72
            if i == 0 {
                XCTAssertEqual(right, 184 - pitch, accuracy: 0.01, "odd pages: 右空一字")
            } else {
                XCTAssertEqual(number.glyphs[0].x, 28 + pitch, accuracy: 0.01, "even pages: 左空一字")
            }
            // Its em box's middle 7 mm below the block (0.38 em above the baseline).
            XCTAssertEqual(number.baseline - 0.38 * 14 * 25.4 / 72, 262 + 7, accuracy: 0.01)
        }
    }

    /// §7.3.5.5: the 署名 and date never stand alone on a page. 20 lines of text fill page 1 with
    /// the title and the blank; the blank before the 署名 ends it, so 署名 and date would open page 2 alone.
    func testTheSignatureNeverStandsAloneOnAPage() throws {
        let text = [String(repeating: "宣", count: 26)] + Array(repeating: String(repeating: "宣", count: 26), count: 19)
        let pages = try PageSetter.set(Composer.compose(document(text)), faces: faces())
        XCTAssertEqual(pages.count, 2)
        let second = bodyRuns(pages[1])
        XCTAssertGreaterThanOrEqual(second.count, 3, "the text's last line goes over with the 署名 and date")
        XCTAssertEqual(second.first?.glyphs.first?.x ?? 0, 28 + 2 * pitch, accuracy: 1e-6, "a line of the text, indented as a paragraph's first")
    }

    /// A heading is not left alone at a page's foot: title, blank and 19 lines of text fill 21 lines,
    /// so the heading would be line 22; it opens page 2 with its text instead.
    func testAHeadingNeverEndsAPage() throws {
        var doc = document(Array(repeating: String(repeating: "宣", count: 26), count: 19))
        doc.body.append(.section(Section(heading: "总体情况", body: [.paragraph(Paragraph(text: "正文。"))])))
        let pages = try PageSetter.set(Composer.compose(doc), faces: faces())
        XCTAssertEqual(bodyRuns(pages[0]).count, 19, "page 1 ends a line early")
        let heading = try XCTUnwrap(runs(pages[1]).first)
        XCTAssertEqual(heading.glyphs.map(\.text).joined(), "一、总体情况")
        XCTAssertEqual(heading.baseline, 37 + (line - 16 * 25.4 / 72) / 2 + 0.88 * 16 * 25.4 / 72, accuracy: 1e-6, "on page 2's first line")
    }

    /// §7.3.7: a bound attachment starts a new page with 附件 on its first line, its title centred.
    func testAnAttachmentStartsANewPage() throws {
        var doc = document(["正文。"])
        doc.attachments = [Attachment(title: "工作台账", body: [.paragraph(Paragraph(text: "台账内容。"))])]
        let pages = try PageSetter.set(Composer.compose(doc), faces: faces())
        XCTAssertEqual(pages.count, 2)
        let first = try XCTUnwrap(runs(pages[1]).first)
        XCTAssertEqual(first.glyphs.map(\.text).joined(), "附件")
        XCTAssertEqual(first.glyphs[0].x, 28, accuracy: 1e-6, "顶格")
        XCTAssertTrue(runs(pages[1]).contains { $0.size == 22 && $0.glyphs.map(\.text).joined() == "工作台账" })
    }

    /// A number keeps its comma tight: the digit after "18," starts where the comma's glyph ends
    /// (its advance in FandolFang), not half a character on; the last line is not spread.
    func testACommaInANumberTakesItsGlyphsWidth() throws {
        let faces = try faces()
        let pages = try PageSetter.set(Composer.compose(document(["放映18,600场。"])), faces: faces)
        let line = try XCTUnwrap(bodyRuns(pages[0]).first { $0.glyphs.map(\.text).joined() == "放映18,600场。" })
        let comma = try XCTUnwrap(line.glyphs.firstIndex { $0.text == "," })
        let face = faces.faces[line.face]
        let advance = Double(face.advance(line.glyphs[comma].id)) / Double(face.unitsPerEm) * 16 * 25.4 / 72
        XCTAssertLessThan(advance, pitch / 2, "FandolFang's comma is narrower than half a grid character")
        XCTAssertEqual(line.glyphs[comma + 1].x - line.glyphs[comma].x, advance, accuracy: 1e-6)
    }

    func testTheDateEndsTwoCharactersInFromTheRight() throws {
        let pages = try PageSetter.set(Composer.compose(document(["正文。"])), faces: faces())
        let date = try XCTUnwrap(bodyRuns(pages[0]).last)
        XCTAssertEqual(date.glyphs.map(\.text).joined(), "2023年7月10日")
        // 年月日 and 7 half-width digits: 6.5 characters; the date 右空 2.5 (its start 2 right of the 署名's).
        XCTAssertEqual(date.glyphs[0].x, 184 - (2.5 + 6.5) * pitch, accuracy: 1e-6)
    }

    func testABlockItCannotSetIsAnErrorNotAWrongPage() throws {
        var doc = document(["正文。"])
        doc.header = Header(mark: "测试县人民政府令", number: "第1号")
        doc.format = .order
        XCTAssertThrowsError(try PageSetter.set(Composer.compose(doc), faces: faces())) { error in
            XCTAssertTrue("\(error)".contains("版头 of a 信函, 命令 or 纪要"), "\(error)")
        }
        doc = document(["正文。"])
        doc.body.append(.table(Table(header: [[Table.Cell("甲")]], rows: [[Table.Cell("1")]], widths: [1])))
        XCTAssertThrowsError(try PageSetter.set(Composer.compose(doc), faces: faces())) { error in
            XCTAssertTrue("\(error)".contains("tables"), "\(error)")
        }
    }

    func redRuns(_ page: LaidOutPage) -> [GlyphRun] { runs(page).filter { $0.colour == .red } }

    /// §7.2: 密级 on the block's second line; the red mark's top 35 mm below the block's top, centred;
    /// the 发文字号 on the third line under the mark's (空二行); the red separator as wide as the block,
    /// 4 mm under the 发文字号; the title two lines under the separator (§7.3.1).
    func testTheRedHeadStandsWhereSection72PutsIt() throws {
        var doc = document(["正文。"])
        doc.header = Header(copyNumber: "000001", secrecy: "秘密★1年", mark: "中共测试县委宣传部文件", number: "测宣发〔2023〕5号")
        let pages = try PageSetter.set(Composer.compose(doc), faces: faces())
        let page = pages[0]
        let em16 = 16 * 25.4 / 72, em36 = 36 * 25.4 / 72, em22 = 22 * 25.4 / 72
        let secrecy = try XCTUnwrap(runs(page).first { $0.glyphs.map(\.text).joined() == "秘密★1年" })
        XCTAssertEqual(secrecy.baseline, 37 + line + (line - em16) / 2 + 0.88 * em16, accuracy: 1e-6, "the block's second line")
        XCTAssertEqual(secrecy.glyphs[0].x, 28, accuracy: 1e-6, "顶格")
        let mark = try XCTUnwrap(redRuns(page).first)
        XCTAssertEqual(mark.glyphs.map(\.text).joined(), "中共测试县委宣传部文件")
        XCTAssertEqual(mark.baseline - 0.88 * em36, 37 + 35, accuracy: 1e-6)
        XCTAssertEqual(mark.size, 36)
        let number = try XCTUnwrap(runs(page).first { $0.glyphs.map(\.text).joined() == "测宣发〔2023〕5号" })
        // The mark's em box ends at 72 + 12.7 = 84.7 mm, in grid line 5 (from 0); lines 5 and 6 stay empty.
        XCTAssertEqual(number.baseline, 37 + 7 * line + (line - em16) / 2 + 0.88 * em16, accuracy: 1e-6)
        let rules = page.items.compactMap { item -> (x: Double, y: Double, width: Double, height: Double)? in
            if case .rectangle(let x, let y, let w, let h, .red) = item { (x, y, w, h) } else { nil }
        }
        XCTAssertEqual(rules.count, 1)
        XCTAssertEqual(rules[0].x, 28, accuracy: 1e-9)
        XCTAssertEqual(rules[0].width, 156, accuracy: 1e-9)
        XCTAssertEqual(rules[0].y + rules[0].height / 2 - (number.baseline + 0.12 * em16), 4, accuracy: 1e-6)
        let title = try XCTUnwrap(runs(page).first { $0.size == 22 })
        XCTAssertEqual(title.baseline, rules[0].y + rules[0].height + 2 * line + (line - em22) / 2 + 0.88 * em22, accuracy: 1e-6)
    }

    /// §7.4: the 版记 stands on the block's bottom of an even last page. A one-page text gets a page 2
    /// with the 版记 alone (numbered: no blank page is needed); its last rule on the block's bottom edge.
    func testTheImprintGoesOnAnEvenLastPage() throws {
        var doc = document(["正文。"])
        doc.imprint = Imprint(copiesTo: ["县委办", "县政府办"], printer: "中共测试县委宣传部办公室", printDate: OfficialDate(year: 2023, month: 7, day: 10)!)
        let pages = try PageSetter.set(Composer.compose(doc), faces: faces())
        XCTAssertEqual(pages.count, 2)
        let texts = runs(pages[1]).map { $0.glyphs.map(\.text).joined() }
        XCTAssertTrue(texts.contains("抄送：县委办，县政府办。"), "\(texts)")
        XCTAssertTrue(texts.contains("中共测试县委宣传部办公室2023年7月10日印发"), "\(texts)")
        XCTAssertTrue(texts.contains("— 2 —"), "the 版记 page keeps its number when no blank page comes before it")
        let rules = pages[1].items.compactMap { item -> (y: Double, height: Double)? in
            if case .rectangle(_, let y, _, let h, .black) = item { (y, h) } else { nil }
        }
        XCTAssertEqual(rules.map(\.height), [0.35, 0.25, 0.35], "first and last rules 0.35 mm, the one between 0.25 mm")
        XCTAssertEqual(rules.last.map { $0.y + $0.height } ?? 0, 262, accuracy: 1e-9)
        // 印发 on the last line, 右空一字 of 4号.
        let printed = try XCTUnwrap(runs(pages[1]).last { $0.size == 14 && !$0.glyphs.map(\.text).joined().hasPrefix("—") })
        XCTAssertEqual(printed.glyphs.last?.text, "发")
    }
}
