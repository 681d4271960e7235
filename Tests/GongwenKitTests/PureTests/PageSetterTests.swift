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

    /// The outline lists the headings that stand on lines of their own, as LibreOffice's bookmarks list
    /// the .odt's outline-level headings: 一级 and 二级 nested by level, each at its line's top; a
    /// run-in heading is part of a body paragraph and is not listed.
    func testHeadingsOnTheirOwnLinesMakeTheOutline() throws {
        var doc = document(Array(repeating: String(repeating: "宣", count: 26), count: 19))
        doc.body.append(.section(Section(heading: "总体情况", body: [
            .section(Section(heading: "宣传工作", body: [.paragraph(Paragraph(text: "正文。"))])),
            .section(Section(heading: "网络工作", runIn: Paragraph(text: "正文。"))),
        ])))
        let pages = try PageSetter.set(Composer.compose(doc), faces: faces())
        XCTAssertEqual(pages[0].outline, [], "page 1 holds no heading: the 一级 heading went over to page 2")
        XCTAssertEqual(pages[1].outline, [OutlineEntry(level: 1, title: "一、总体情况", top: 37),
                                          OutlineEntry(level: 2, title: "（一）宣传工作", top: 37 + line)])
    }

    func facesWithTimes() throws -> LayoutFaces {
        var faces = try faces()
        let path = "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf"
        guard FileManager.default.fileExists(atPath: path) else { throw XCTSkip("pure tier: Liberation Serif (fonts-liberation2) is not installed") }
        faces.faces.append(try OpenTypeFace(path: path))
        faces.latin = faces.faces.count - 1
        return faces
    }

    /// The .odt's body styles name Times for Western characters and 仿宋 for Chinese (LibreOffice draws
    /// a body's "2023" in Times); the title and heading styles set every character in their own face.
    /// Digits keep half a grid character; a Latin letter takes its own advance (Times' G is 0.722 em).
    func testDigitsAndLatinInTheBodyAreSetInTheWesternFace() throws {
        let faces = try facesWithTimes()
        let latin = try XCTUnwrap(faces.latin)
        var doc = document(["完成GDP增长12%的目标。"])
        doc.title = "测试县2023年工作总结"
        doc.body.append(.section(Section(heading: "2023年情况", body: [.paragraph(Paragraph(text: "正文。"))])))
        let pages = try PageSetter.set(Composer.compose(doc), faces: faces)
        let glyphs = runs(pages[0]).flatMap { run in run.glyphs.map { (face: run.face, size: run.size, glyph: $0) } }
        func facesOf(_ text: String, size: Double) -> Set<Int> { Set(glyphs.filter { $0.glyph.text == text && $0.size == size }.map(\.face)) }
        for c in ["G", "D", "P", "1", "%"] { XCTAssertEqual(facesOf(c, size: 16), [latin], "\(c) in the body: Times") }
        XCTAssertEqual(facesOf("完", size: 16), [0], "Chinese in the body: 仿宋")
        XCTAssertEqual(facesOf("0", size: 22), [1], "the title's digits in the title's face")
        let heading = runs(pages[0]).filter { $0.size == 16 && $0.baseline == runs(pages[0]).first { $0.glyphs.first?.text == "一" }?.baseline }
        XCTAssertEqual(heading.flatMap { $0.glyphs.map(\.text) }.joined(), "一、2023年情况")
        XCTAssertEqual(Set(heading.map(\.face)), [2], "the 一级 heading's digits in 黑体 too")
        XCTAssertEqual(facesOf("0", size: 16), [2, latin], "the date's digits in Times")
        let x = { (text: String) in try XCTUnwrap(glyphs.first { $0.glyph.text == text && $0.size == 16 }).glyph.x }
        XCTAssertEqual(try x("D") - x("G"), 0.722 * 16 * 25.4 / 72, accuracy: 0.005, "G takes its own advance")
        XCTAssertEqual(try x("2") - x("1"), pitch / 2, accuracy: 1e-6, "a digit takes half a grid character")
    }

    /// §8: a wide table laid landscape. Its pages are turned a quarter: their text in the turned
    /// frame's block (x 35–260 mm, y 28–184 mm: the upright block turned with the sheet), 15 grid
    /// lines a page (156 mm at 225/22 mm), the table across the turned block's 225 mm, its heading row
    /// again on every turned page; the page number upright where every page has it; the 版记 back on
    /// an upright, even page.
    func testALandscapeAttachmentIsSetOnTurnedPages() throws {
        var doc = document(["正文。"])
        let rows = (1...30).map { i in [Table.Cell("单位\(i)"), Table.Cell("\(i * 100)"), Table.Cell("\(i * 7)")] }
        let table = Table(caption: nil, header: [[Table.Cell("单位"), Table.Cell("稿件"), Table.Cell("场次")]], rows: rows, widths: [1, 1, 1])
        doc.attachments = [Attachment(title: "各县主要指标", body: [.table(table)], landscape: true)]
        doc.imprint = Imprint(copiesTo: ["县委办"], printer: "中共测试县委宣传部办公室", printDate: OfficialDate(year: 2023, month: 7, day: 10)!)
        let pages = try PageSetter.set(Composer.compose(doc), faces: faces())
        func turnedRuns(_ page: LaidOutPage) -> [GlyphRun] { page.turnedItems.compactMap { if case .glyphs(let r) = $0 { r } else { nil } } }
        XCTAssertTrue(pages[0].turnedItems.isEmpty, "the text's page stays upright")
        // 附件, a blank line, the title, a blank line: 4 lines; the heading row and 10 rows fill page 2's
        // 15; 14 rows under the repeated heading on page 3, the last 6 on page 4.
        let turned = Array(pages[1...3])
        XCTAssertEqual(turned.map { $0.turnedItems.isEmpty }, [false, false, false])
        let em16 = 16 * 25.4 / 72
        for (n, page) in turned.enumerated() {
            XCTAssertEqual([page.width, page.height], [210, 297], "an upright A4 sheet, its content turned")
            XCTAssertTrue(runs(page).allSatisfy { $0.size == 14 }, "nothing but the page number upright")
            XCTAssertEqual(runs(page).map { $0.glyphs.map(\.text).joined() }, ["— \(n + 2) —"])
            let body = turnedRuns(page).filter { $0.size == 16 }
            for run in body {
                let k = (run.baseline - 28 - (line - em16) / 2 - 0.88 * em16) / line
                XCTAssertEqual(k, k.rounded(), accuracy: 1e-6, "turned page \(n + 1): on the turned block's grid")
                XCTAssertLessThan(k.rounded(), 15, "15 lines a turned page")
                // Every glyph starts inside the block, and no line runs past it by more than a half-width figure.
                XCTAssertTrue(run.glyphs.allSatisfy { $0.x >= 35 - 1e-6 && $0.x <= 260 - pitch / 2 + 1e-6 }, "inside the turned block")
            }
            // A table row is one run a grid line: the heading row reads 单位稿件场次, the others 单位N….
            let rowLabels = body.map { $0.glyphs.map(\.text).joined() }.filter { $0.hasPrefix("单位") }
            XCTAssertEqual(rowLabels.first, "单位稿件场次", "page \(n + 2) opens the table with its heading row")
            XCTAssertEqual(rowLabels.count - 1, [10, 14, 6][n], "rows on turned page \(n + 1)")
            let widest = page.turnedItems.compactMap { if case .rectangle(_, _, let w, _, _) = $0 { w } else { nil } }.max() ?? 0
            XCTAssertEqual(widest, 225 + 0.5 * 25.4 / 72, accuracy: 1e-6, "the table across the turned block")
        }
        XCTAssertEqual(pages.count, 6, "the 版记 on an upright even page: a blank page 5, the 版记 on page 6")
        XCTAssertTrue(pages[4].allItems.isEmpty && pages[5].turnedItems.isEmpty)
        XCTAssertTrue(runs(pages[5]).contains { $0.glyphs.map(\.text).joined() == "抄送：县委办。" })
    }

    /// A run-in heading in 楷体 and the body's Times in one paragraph, the same Latin letters in both: each
    /// glyph advances at least its own face's width (a letter's own advance, at most a grid character),
    /// so no letter runs into the next.
    func testLatinLettersInARunInHeadingAndTheBodyDoNotOverlap() throws {
        let faces = try facesWithTimes()
        var doc = document([])
        doc.body = [.section(Section(heading: "总体", body: [
            .section(Section(heading: "APP推广", runIn: Paragraph(text: "APP下载量和GDP占比均有提高。"))),
        ]))]
        let pages = try PageSetter.set(Composer.compose(doc), faces: faces)
        let line = bodyLine(pages[0], containing: "（一）APP推广APP下载量")
        XCTAssertFalse(line.isEmpty, "the run-in heading and its text on one line: \(runs(pages[0]).map { $0.glyphs.map(\.text).joined() })")
        XCTAssertTrue(line.contains { $0.face == faces.latin && $0.glyph.text == "P" } && line.contains { $0.face == 3 && $0.glyph.text == "P" },
                      "P in the heading's 楷体 and in the body's Times")
        for (a, b) in zip(line, line.dropFirst()) {
            let face = faces.faces[a.face]
            let width = Double(face.advance(a.glyph.id)) / Double(face.unitsPerEm) * 16 * 25.4 / 72
            XCTAssertGreaterThanOrEqual(b.glyph.x - a.glyph.x, min(width, pitch) - 0.01, "'\(a.glyph.text)' runs into '\(b.glyph.text)'")
        }
    }

    /// The glyphs of the 16 pt line holding `text`, left to right, each with its face.
    func bodyLine(_ page: LaidOutPage, containing text: String) -> [(face: Int, glyph: PlacedGlyph)] {
        let all = runs(page).filter { $0.size == 16 }.flatMap { run in run.glyphs.map { (face: run.face, baseline: run.baseline, glyph: $0) } }
        let baselines = Set(all.map(\.baseline))
        for baseline in baselines.sorted() {
            let line = all.filter { $0.baseline == baseline }.sorted { $0.glyph.x < $1.glyph.x }
            if line.map(\.glyph.text).joined().contains(text) { return line.map { ($0.face, $0.glyph) } }
        }
        return []
    }

    /// A separately bound attachment laid landscape opens on a turned page, its first line on the turned
    /// block's first line (28 mm from the turned frame's top), as on every turned page after it.
    func testASeparateLandscapeAttachmentStartsAtTheTurnedBlocksTop() throws {
        var doc = document([])
        doc.format = .attachment
        doc.landscape = true
        doc.attachmentLabel = "附件2"
        doc.body = [.table(Table(caption: nil, header: [[Table.Cell("单位"), Table.Cell("稿件")]],
                                 rows: (1...20).map { [Table.Cell("单位\($0)"), Table.Cell("\($0)")] }, widths: [1, 1]))]
        let pages = try PageSetter.set(Composer.compose(doc), faces: faces())
        XCTAssertGreaterThanOrEqual(pages.count, 2)
        let em16 = 16 * 25.4 / 72
        for (n, page) in pages.enumerated() {
            let first = try XCTUnwrap(page.turnedItems.compactMap { if case .glyphs(let r) = $0, r.size == 16 { r } else { nil } }.map(\.baseline).min(), "page \(n + 1) is turned")
            XCTAssertEqual(first, 28 + (line - em16) / 2 + 0.88 * em16, accuracy: 1e-6, "page \(n + 1) starts on the turned block's first line")
        }
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

    /// §7.2.6, more than two 签发人: two names a row in 楷体, ending 右空一字 (the widest row), the next
    /// row's names from under the first row's first name, 签发人： four characters before them on the
    /// first row; the 发文字号 左空一字 on the last row, the red separator 4 mm under it.
    func testThreeSignersStandTwoARowWithTheNumberOnTheLast() throws {
        var doc = document(["正文。"])
        doc.header = Header(mark: "中共测试县委宣传部文件", number: "测宣发〔2023〕5号", signers: ["张三", "李四", "王五"])
        let page = try PageSetter.set(Composer.compose(doc), faces: faces())[0]
        let glyphs = placedGlyphs(page)
        let em16 = 16 * 25.4 / 72
        // The mark's em box ends at 84.7 mm, in grid line 5; lines 5 and 6 stay empty (空二行).
        func baseline(_ n: Int) -> Double { 37 + Double(n) * line + (line - em16) / 2 + 0.88 * em16 }
        func text(_ baseline: Double) -> String {
            glyphs.filter { abs($0.baseline - baseline) < 1e-6 && $0.size == 16 }.sorted { $0.x < $1.x }.map(\.text).joined()
        }
        XCTAssertEqual(text(baseline(7)), "签发人：张三　李四")
        XCTAssertEqual(text(baseline(8)), "测宣发〔2023〕5号王五")
        func glyph(_ c: String) throws -> (baseline: Double, x: Double, text: String, face: Int, size: Double) { try XCTUnwrap(glyphs.first { $0.text == c && $0.size == 16 }) }
        XCTAssertEqual(try glyph("四").x + pitch, 184 - pitch, accuracy: 1e-6, "the widest row's names end 右空一字")
        XCTAssertEqual(try glyph("张").x, 184 - pitch - 5 * pitch, accuracy: 1e-6)
        XCTAssertEqual(try glyph("王").x, try glyph("张").x, accuracy: 1e-6, "the second row under the first name")
        XCTAssertEqual(try glyph("签").x, try glyph("张").x - 4 * pitch, accuracy: 1e-6, "签发人： four characters before the names")
        XCTAssertEqual(try glyph("测").x, 28 + pitch, accuracy: 1e-6, "the 发文字号 左空一字")
        XCTAssertEqual(try glyph("张").face, 3, "names in 楷体")
        XCTAssertEqual(try glyph("签").face, 0)
        let rule = try XCTUnwrap(rules(page, .red).first)
        XCTAssertEqual(rule.y + rule.height / 2 - (baseline(8) + 0.12 * em16), 4, accuracy: 1e-6, "the separator 4 mm under the last row")
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

    // MARK: The §10 formats and seals

    func rules(_ page: LaidOutPage, _ colour: RGB) -> [(x: Double, y: Double, width: Double, height: Double)] {
        page.items.compactMap { item in
            if case .rectangle(let x, let y, let w, let h, let c) = item, c == colour { (x, y, w, h) } else { nil }
        }
    }

    func run(_ page: LaidOutPage, _ text: String) throws -> GlyphRun {
        try XCTUnwrap(runs(page).first { $0.glyphs.map(\.text).joined() == text }, "no run '\(text)' in \(runs(page).map { $0.glyphs.map(\.text).joined() })")
    }

    /// §10.1: the mark's top 30 mm below the page's top edge, centred; a red double line (thick over
    /// thin) 4 mm under it and another (thin over thick) 20 mm above the bottom edge, both 170 mm and
    /// centred on the block; the 发文字号 flush right under the upper one, its characters 7/8 of a 3号
    /// character below it; no page number on page 1, numbers from page 2; a 版记 without rules.
    func testALetterStandsWhereSection101PutsIt() throws {
        var doc = document(Array(repeating: String(repeating: "函", count: 80), count: 8))
        doc.format = .letter
        doc.header = Header(copyNumber: "000001", mark: "中共测试县委宣传部", number: "测宣函〔2023〕3号")
        doc.imprint = Imprint(copiesTo: ["县图书馆"], printer: "中共测试县委宣传部办公室", printDate: OfficialDate(year: 2023, month: 7, day: 10)!)
        let pages = try PageSetter.set(Composer.compose(doc), faces: faces())
        XCTAssertEqual(pages.count, 2)
        let em16 = 16 * 25.4 / 72
        let mark = try XCTUnwrap(redRuns(pages[0]).first)
        XCTAssertEqual(mark.glyphs.map(\.text).joined(), "中共测试县委宣传部")
        let size = mark.size * 25.4 / 72
        XCTAssertEqual(mark.baseline - 0.88 * size, 30, accuracy: 1e-6, "the mark's top 30 mm from the page's top")
        let red = rules(pages[0], .red)
        XCTAssertEqual(red.count, 4)
        for rule in red {
            XCTAssertEqual(rule.width, 170, accuracy: 1e-9)
            XCTAssertEqual(rule.x + rule.width / 2, 106, accuracy: 1e-9, "centred on the block")
        }
        let sorted = red.sorted { $0.y < $1.y }
        XCTAssertEqual(sorted.map(\.height), [0.6, 0.2, 0.2, 0.6], "thick over thin, then thin over thick")
        XCTAssertEqual(sorted[0].y - (mark.baseline + 0.12 * size), 4, accuracy: 1e-6, "4 mm under the mark")
        XCTAssertEqual(sorted[3].y + sorted[3].height, 297 - 20, accuracy: 1e-9, "20 mm above the page's bottom edge")
        XCTAssertLessThan(sorted[1].y - sorted[0].y - 0.6, 2.5, "the two lines of a pair close together")
        // 份号 and 发文字号 on one line, both 黑体 (one run).
        let number = try run(pages[0], "000001测宣函〔2023〕3号")
        XCTAssertEqual(number.baseline - 0.88 * em16 - (sorted[1].y + sorted[1].height), 7.0 / 8.0 * em16, accuracy: 1e-6)
        XCTAssertEqual(number.glyphs[0].x, 28, accuracy: 1e-9, "份号 flush left")
        let last = try XCTUnwrap(number.glyphs.last)
        XCTAssertEqual(last.x + pitch, 184, accuracy: 0.01, "发文字号 flush right")
        // Page 1's lines stay above the lower double line, the last with its characters 7/8 of a 3号
        // character above it (§10.1: "距下双线 7/8 字"), the rows between evenly spaced, close to the
        // grid's 225/22 mm.
        let lowest = runs(pages[0]).filter { $0.colour == .black }.map(\.baseline).max() ?? 0
        XCTAssertLessThan(lowest + 0.12 * em16, sorted[2].y)
        XCTAssertEqual(sorted[2].y - (lowest + 0.12 * em16), 7.0 / 8.0 * em16, accuracy: 1e-6, "the last line 7/8 of a character above the lower pair")
        let baselines = Set(runs(pages[0]).filter { $0.colour == .black && $0.size == 16 }.map { ($0.baseline * 1e6).rounded() / 1e6 }).sorted()
        XCTAssertGreaterThan(baselines.count, 15, "page 1 is full")
        let body = Array(baselines.suffix(12))   // the text's lines (above them: the 发文字号, the title)
        let steps = zip(body.dropFirst(), body).map { $0 - $1 }
        for step in steps {
            XCTAssertEqual(step, steps[0], accuracy: 1e-5, "evenly spaced")
        }
        XCTAssertEqual(steps[0], 225.0 / 22, accuracy: 225.0 / 22 * 0.01, "within 1 % of the grid's pitch")
        let texts = pages.map { runs($0).map { $0.glyphs.map(\.text).joined() } }
        XCTAssertFalse(texts[0].contains { $0.hasPrefix("—") }, "no page number on page 1")
        XCTAssertTrue(texts[1].contains("— 2 —"), "\(texts[1])")
        XCTAssertTrue(texts[1].contains("抄送：县图书馆。"))
        XCTAssertFalse(texts[1].contains { $0.contains("印发") }, "a letter's 版记 has no 印发机关 or 印发日期")
        XCTAssertTrue(rules(pages[1], .black).isEmpty, "nor rules")
        XCTAssertTrue(rules(pages[1], .red).isEmpty, "the double lines are page 1's only")
    }

    /// §10.2: the mark's top 20 mm below the block's top; the 令号 centred two lines under it, the
    /// text two lines under that; no red separator. §7.3.5.3: the 签名章 右空四字, the signer's title
    /// two characters left of it, the date 右空四字 one empty line under the stamp.
    func testAnOrderStandsWhereSection102PutsIt() throws {
        var doc = document(["现予公布，自2023年10月1日起施行。"])
        doc.format = .order
        doc.header = Header(mark: "测试县人民政府令", number: "第1号")
        doc.signature.signerTitle = "县长"
        doc.signature.name = "王某"
        doc.signature.stamp = SealImage(bytes: [1], kind: .png, widthMillimetres: 30, heightMillimetres: 12)
        let page = try PageSetter.set(Composer.compose(doc), faces: faces())[0]
        let em16 = 16 * 25.4 / 72, em36 = 36 * 25.4 / 72
        let mark = try XCTUnwrap(redRuns(page).first)
        XCTAssertEqual(mark.baseline - 0.88 * em36, 37 + 20, accuracy: 1e-6)
        XCTAssertTrue(rules(page, .red).isEmpty, "a 命令 has no separator")
        let number = try run(page, "第1号")
        let centre = ((number.glyphs.first?.x ?? 0) + (number.glyphs.last?.x ?? 0) + em16) / 2
        XCTAssertEqual(centre, 106, accuracy: 0.3)
        // 空二行: the mark's em box ends at 57 + 12.7 = 69.7 mm; two lines of white under it end at
        // 69.7 + 2 × 10.227 = 90.15 mm. Grid row r's em box starts at 37 + r × line + (line − em16) / 2:
        // row 5 at 90.40 mm (0.25 mm off), row 6 at 100.63 (a third line of white). The 令号 on row 5.
        XCTAssertEqual(number.baseline, 37 + 5 * line + (line - em16) / 2 + 0.88 * em16, accuracy: 1e-6)
        let white = number.baseline - 0.88 * em16 - (57 + em36)
        XCTAssertEqual(white, 2 * line, accuracy: line / 2, "two lines of white between the mark and the 令号")
        let text = try XCTUnwrap(runs(page).first { $0.glyphs.first?.text == "现" })
        XCTAssertEqual(text.baseline - number.baseline, 3 * line, accuracy: 1e-6, "two empty lines, then the text")
        XCTAssertFalse(runs(page).contains { $0.size == 22 }, "no title")
        let stamp = try XCTUnwrap(page.items.compactMap { item -> (x: Double, y: Double, w: Double, h: Double)? in
            if case .image(_, let x, let y, let w, let h) = item { (x, y, w, h) } else { nil }
        }.first)
        XCTAssertEqual(stamp.x + stamp.w, 184 - 4 * pitch, accuracy: 1e-6, "the 签名章 右空四字")
        let title = try run(page, "县长")
        XCTAssertEqual((title.glyphs.last?.x ?? 0) + pitch, stamp.x - 2 * pitch, accuracy: 0.01, "the title two characters left of the stamp")
        XCTAssertEqual(stamp.y + stamp.h / 2, title.baseline - 0.88 * em16 - (line - em16) / 2 + line / 2, accuracy: 1e-6, "the stamp centred on the title's line")
        let date = try run(page, "2023年7月10日")
        XCTAssertEqual((date.glyphs.last?.x ?? 0) + pitch, 184 - 4 * pitch, accuracy: 0.01, "the date 右空四字")
        XCTAssertEqual(date.baseline - title.baseline, 2 * line, accuracy: 1e-6, "one empty line between stamp and date")
    }

    /// §10.3: the mark 35 mm below the block's top; the 期号 centred, the issuer 左空一字 and the date
    /// 右空一字 under it, the red separator 4 mm under them; 出席 左空二字 in 黑体, names wrapping under
    /// the first name after the colon; no 署名.
    func testMinutesStandWhereSection103PutsThem() throws {
        var doc = document(["会议研究了有关事项。"])
        doc.format = .minutes
        doc.header = Header(mark: "测试县委宣传部部务会议纪要", number: "第3期")
        doc.attendance = [Attendance(label: "出席", names: String(repeating: "张三、", count: 12) + "李四")]
        let page = try PageSetter.set(Composer.compose(doc), faces: faces())[0]
        let em16 = 16 * 25.4 / 72
        let mark = try XCTUnwrap(redRuns(page).first)
        XCTAssertLessThan(mark.size, 36, "13 characters of 36 pt would overrun the block: the mark is set smaller")
        XCTAssertEqual(mark.baseline - 0.88 * mark.size * 25.4 / 72, 37 + 35, accuracy: 1e-6)
        let number = try run(page, "第3期")
        // The issuer and the date on one line (one run of the body's face).
        let issuer = try run(page, "中共测试县委宣传部2023年7月10日")
        XCTAssertEqual(issuer.glyphs[0].x, 28 + pitch, accuracy: 1e-9, "左空一字")
        XCTAssertEqual(issuer.baseline - number.baseline, line, accuracy: 1e-6)
        XCTAssertEqual((issuer.glyphs.last?.x ?? 0) + pitch, 184 - pitch, accuracy: 0.01, "右空一字")
        let separator = try XCTUnwrap(rules(page, .red).first)
        XCTAssertEqual(separator.y + separator.height / 2 - (issuer.baseline + 0.12 * em16), 4, accuracy: 1e-6)
        let label = try XCTUnwrap(runs(page).first { $0.glyphs.first?.text == "出" && $0.size == 16 })
        XCTAssertEqual(label.glyphs[0].x, 28 + 2 * pitch, accuracy: 1e-9, "左空二字")
        XCTAssertEqual(label.face, 2, "the label in 黑体")
        let wrapped = try XCTUnwrap(runs(page).first { $0.baseline > label.baseline && $0.size == 16 && $0.colour == .black })
        XCTAssertEqual(wrapped.glyphs[0].x, 28 + 5 * pitch, accuracy: 1e-9, "under the first name after 出席：")
        XCTAssertFalse(runs(page).contains { $0.glyphs.map(\.text).joined() == "中共测试县委宣传部" && $0.baseline > label.baseline }, "no 署名")
    }

    /// §7.3.5.1: the seal centred on the date (右空四字) and pressing on 署名 and date; drawn after
    /// the text, over it.
    func testASealIsPressedOnTheSignatureAndDate() throws {
        var doc = document(["正文。"])
        doc.signature = Signature(name: "中共测试县委宣传部", sealed: true, seal: SealImage(bytes: [1], kind: .png))
        let page = try PageSetter.set(Composer.compose(doc), faces: faces())[0]
        guard case .image(_, let x, let y, let w, let h)? = page.items.last(where: { if case .image = $0 { true } else { false } }) else {
            return XCTFail("no seal on the page")
        }
        XCTAssertEqual(w, 42)
        XCTAssertEqual(h, 42)
        let date = try run(page, "2023年7月10日")
        let dateCentre = ((date.glyphs.first?.x ?? 0) + (date.glyphs.last?.x ?? 0) + pitch) / 2
        XCTAssertEqual(x + w / 2, dateCentre, accuracy: 0.05, "centred on the date")
        let name = try run(page, "中共测试县委宣传部")
        XCTAssertTrue(y < name.baseline && y + h > date.baseline, "the seal covers 署名 and date")
        let lastGlyphs = page.items.lastIndex { if case .glyphs(let r) = $0 { r.size == 16 } else { false } } ?? 0
        let seal = page.items.lastIndex { if case .image = $0 { true } else { false } } ?? 0
        XCTAssertGreaterThan(seal, lastGlyphs, "pressed over the text")
        // An SVG seal is drawn as a PNG of its printed size, where a PNG one stands; one librsvg cannot
        // read (its root an <svg> of another namespace) is refused, not dropped.
        doc.signature.seal = SealImage(bytes: SVGRasterTests.ring, kind: .svg)
        let drawn = try PageSetter.set(Composer.compose(doc), faces: faces())
        let images = drawn.flatMap(\.items).compactMap { item -> (SealImage, Double, Double, Double, Double)? in
            if case let .image(image, x, y, w, h) = item { (image, x, y, w, h) } else { nil }
        }
        XCTAssertEqual(images.count, 1)
        XCTAssertEqual(images.first?.0.kind, .png)
        XCTAssertEqual(images.first.map { [$0.1, $0.2, $0.3, $0.4] }, [x, y, w, h], "where the PNG seal stood")
        XCTAssertEqual(try images.first.map { try PNGDecoder.decode($0.0.bytes).width }, 992)
        // The same SVG as a 30 mm 签名章 is drawn at its own size (30 / 25.4 × 600 = 708.7 → 709 pixels).
        doc.signature.seal = SealImage(bytes: SVGRasterTests.ring, kind: .svg, widthMillimetres: 30, heightMillimetres: 30)
        let smaller = try PageSetter.set(Composer.compose(doc), faces: faces()).flatMap(\.items).compactMap { item -> SealImage? in
            if case let .image(image, _, _, _, _) = item { image } else { nil }
        }
        XCTAssertEqual(try smaller.map { try PNGDecoder.decode($0.bytes).width }, [709])
        doc.signature.seal = SealImage(bytes: Array(#"<svg xmlns="urn:x-not-svg"/>"#.utf8), kind: .svg)
        XCTAssertThrowsError(try PageSetter.set(Composer.compose(doc), faces: faces())) { error in
            XCTAssertTrue("\(error)".contains("this SVG seal image"), "\(error)")
        }
    }

    // MARK: Tables

    /// Every glyph of a page with its run's baseline, face and size.
    func placedGlyphs(_ page: LaidOutPage) -> [(baseline: Double, x: Double, text: String, face: Int, size: Double)] {
        runs(page).flatMap { run in run.glyphs.map { (run.baseline, $0.x, $0.text, run.face, run.size) } }
    }

    /// The text of one table cell: the 16 pt glyphs on `baseline` between `left` and `right`.
    func cell(_ page: LaidOutPage, baseline: Double, _ left: Double, _ right: Double) -> String {
        placedGlyphs(page).filter { abs($0.baseline - baseline) < 1e-6 && $0.size == 16 && $0.x >= left && $0.x < right }
            .sorted { $0.x < $1.x }.map(\.text).joined()
    }

    /// Tables as the ODF backend sets them: the block's width, a rule round every cell, headings in
    /// 黑体 centred, the first column centred, figures right-aligned and text from the left, 1 mm in
    /// from the rules; a cell's text wraps in its cell and the row grows by whole grid lines; a row is
    /// never split; the heading row repeats on the next page; every baseline stays on the grid.
    func testATableStandsOnTheGridAndRepeatsItsHeadingOnTheNextPage() throws {
        var doc = document(["表格如下。"])
        let long = String(repeating: "很长的任务名称", count: 4)
        let rows = (1...30).map { i in [Table.Cell("\(i)"), Table.Cell(i == 3 ? long : "任务\(i)"), Table.Cell("\(i * 1000)")] }
        doc.body.append(.table(Table(caption: "重点任务表", header: [[Table.Cell("序号"), Table.Cell("工作任务"), Table.Cell("数量")]], rows: rows, widths: [1, 3, 2])))
        let pages = try PageSetter.set(Composer.compose(doc), faces: faces())
        XCTAssertGreaterThanOrEqual(pages.count, 2)
        let em16 = 16 * 25.4 / 72
        let edges = [28.0, 28 + 156.0 / 6, 28 + 156.0 * 4 / 6, 184]
        for (n, page) in pages.enumerated() {
            for run in runs(page) where run.size == 16 {
                let k = (run.baseline - 37 - (line - em16) / 2 - 0.88 * em16) / line
                XCTAssertEqual(k, k.rounded(), accuracy: 1e-6, "page \(n + 1): '\(run.glyphs.map(\.text).joined())' off the grid")
            }
            // Vertical rules stand on the column edges only.
            for rule in rules(page, .black) where rule.height > rule.width {
                XCTAssertTrue(edges.contains { abs(rule.x + rule.width / 2 - $0) < 1e-6 }, "page \(n + 1): a rule at \(rule.x)")
            }
        }
        let page = pages[0]
        let heading = try XCTUnwrap(placedGlyphs(page).first { $0.text == "序" })
        XCTAssertEqual(heading.face, 2, "headings in 黑体")
        XCTAssertEqual(cell(page, baseline: heading.baseline, edges[0], edges[1]), "序号")
        XCTAssertEqual(heading.x + pitch, (edges[0] + edges[1]) / 2, accuracy: 0.01, "centred in its cell")
        let caption = try XCTUnwrap(placedGlyphs(page).first { $0.text == "重" })
        XCTAssertEqual(caption.baseline + line, heading.baseline, accuracy: 1e-6, "the caption right over the table")
        XCTAssertEqual(caption.face, 2, "in 黑体")
        // Row 1: its number centred, its task 1 mm right of the rule, its figure ending 1 mm left of the right rule.
        let one = heading.baseline + line
        XCTAssertEqual(cell(page, baseline: one, edges[0], edges[1]), "1")
        XCTAssertEqual(cell(page, baseline: one, edges[1], edges[2]), "任务1")
        XCTAssertEqual(cell(page, baseline: one, edges[2], edges[3]), "1000")
        let task = try XCTUnwrap(placedGlyphs(page).first { abs($0.baseline - one) < 1e-6 && $0.text == "任" })
        XCTAssertEqual(task.x, edges[1] + 1, accuracy: 1e-9)
        let lastDigit = try XCTUnwrap(placedGlyphs(page).filter { abs($0.baseline - one) < 1e-6 && $0.x > edges[2] }.max { $0.x < $1.x })
        XCTAssertEqual(lastDigit.x + pitch / 2, edges[3] - 1, accuracy: 0.01)
        // Row 3's task (28 characters) wraps in its 78 mm cell (76 mm inside: 13 characters a line), three lines.
        let three = heading.baseline + 3 * line
        let wrapped = (0..<3).map { cell(page, baseline: three + Double($0) * line, edges[1], edges[2]) }
        XCTAssertEqual(wrapped.joined(), long)
        XCTAssertTrue(wrapped.allSatisfy { $0.count <= 13 }, "\(wrapped)")
        XCTAssertEqual(cell(page, baseline: three + 3 * line, edges[0], edges[1]), "4", "row 4 under row 3's three lines")
        // The next page opens with the heading row again; every row once, in order.
        let page2Top = try XCTUnwrap(runs(pages[1]).filter { $0.size == 16 }.map(\.baseline).min())
        XCTAssertEqual(cell(pages[1], baseline: page2Top, edges[0], edges[3]), "序号工作任务数量")
        let numbers = pages.flatMap { page in
            Set(placedGlyphs(page).filter { $0.size == 16 }.map(\.baseline)).sorted().compactMap { Int(cell(page, baseline: $0, edges[0], edges[1])) }
        }
        XCTAssertEqual(numbers, Array(1...30), "every row once, in order, none split")
    }

    // MARK: Joint issuers

    /// §7.2.4: joint issuers' names stacked, 主办机关 first, each spread to one width, 文件 to their
    /// right and centred on them, the first name's top 35 mm below the block's top, all of it centred
    /// on the block; §7.3.5.1: each 署名 centred under its own seal.
    func testJointIssuersStackTheirNamesAndSignUnderTheirSeals() throws {
        var doc = document(["正文。"])
        let names = ["测试县委宣传部", "测试县文化广电旅游局", "测试县教育局"]
        doc.header = Header(mark: names[0], number: "测宣联〔2023〕1号")
        doc.header?.jointIssuers = names
        let seal = SealImage(bytes: [1], kind: .png)
        doc.signature = Signature(name: names[0], sealed: true)
        doc.signature.joint = names.map { Signature.Signer(name: $0, seal: seal) }
        let pages = try PageSetter.set(Composer.compose(doc), faces: faces())
        let page = pages[0]
        let red = redRuns(page)
        let stacked = names.map { name in red.first { $0.glyphs.map(\.text).joined() == name } }
        let word = try XCTUnwrap(red.first { $0.glyphs.map(\.text).joined() == "文件" })
        let runsOfNames = try stacked.map { try XCTUnwrap($0) }
        let em = runsOfNames[0].size * 25.4 / 72
        XCTAssertLessThan(runsOfNames[0].size, 36, "ten characters, a gap and 文件 at 36 pt would overrun the block")
        XCTAssertEqual(runsOfNames[0].baseline - 0.88 * em, 37 + 35, accuracy: 1e-6, "the first name's top 35 mm below the block's top")
        for run in runsOfNames {
            XCTAssertEqual(run.glyphs.first?.x ?? 0, runsOfNames[0].glyphs.first?.x ?? 1, accuracy: 1e-6, "the names start together")
            XCTAssertEqual(run.glyphs.last?.x ?? 0, runsOfNames[0].glyphs.last?.x ?? 1, accuracy: 1e-6, "and end together: spread to one width")
        }
        XCTAssertEqual(runsOfNames[1].baseline - runsOfNames[0].baseline, runsOfNames[2].baseline - runsOfNames[1].baseline, accuracy: 1e-6)
        let namesMiddle = (runsOfNames[0].baseline - 0.88 * em + runsOfNames[2].baseline + 0.12 * em) / 2
        XCTAssertEqual(word.baseline - 0.38 * em, namesMiddle, accuracy: 1e-6, "文件 centred on the names")
        XCTAssertEqual((word.glyphs.first?.x ?? 0) - ((runsOfNames[0].glyphs.last?.x ?? 0) + em), em, accuracy: 1e-6, "a character's gap")
        let left = runsOfNames[0].glyphs.first?.x ?? 0, right = (word.glyphs.last?.x ?? 0) + em
        XCTAssertEqual((left + right) / 2, 106, accuracy: 1e-6, "centred on the block")
        // Each 署名 under its own seal: the name's middle on the seal's middle, the seal over the name.
        let all = pages.flatMap { page in
            page.items.compactMap { item -> (x: Double, y: Double, w: Double, h: Double)? in
                if case .image(_, let x, let y, let w, let h) = item { (x, y, w, h) } else { nil }
            }.map { (page: page, seal: $0) }
        }
        XCTAssertEqual(all.count, 3)
        for name in names {
            let found = pages.flatMap { page in
                Set(placedGlyphs(page).filter { $0.size == 16 }.map(\.baseline)).compactMap { baseline -> (LaidOutPage, Double, Double)? in
                    let glyphs = placedGlyphs(page).filter { abs($0.baseline - baseline) < 1e-6 && $0.size == 16 }.sorted { $0.x < $1.x }
                    guard glyphs.map(\.text).joined() == name, let first = glyphs.first, let last = glyphs.last else { return nil }
                    return (page, baseline, (first.x + last.x + pitch) / 2)
                }
            }
            let (page, baseline, middle) = try XCTUnwrap(found.first, "\(name) is not on a line of its own")
            XCTAssertTrue(all.contains { $0.page == page && abs($0.seal.x + $0.seal.w / 2 - middle) < 0.01 && $0.seal.y < baseline && $0.seal.y + $0.seal.h > baseline },
                          "\(name) is not under a seal of its own")
        }

    }

    /// §7.4: the 版记 on the foot of the last page never runs under a seal pressed on the date: for
    /// every length of text (the date landing on each line of a page in turn), every seal on the
    /// 版记's page ends above the 版记's first rule.
    func testTheImprintStaysClearOfTheSeal() throws {
        let faces = try faces()
        var lowest = 0.0
        for count in 1...44 {
            var doc = document(Array(repeating: "为深入贯彻落实有关工作部署，现将有关事项通知如下。", count: count))
            doc.signature = Signature(name: "中共测试县委宣传部", sealed: true, seal: SealImage(bytes: [1], kind: .png))
            doc.imprint = Imprint(copiesTo: ["县委办"], printer: "测试县委宣传部办公室", printDate: OfficialDate(year: 2023, month: 7, day: 10)!)
            let pages = try PageSetter.set(Composer.compose(doc), faces: faces)
            XCTAssertEqual(pages.count % 2, 0, "\(count): the 版记 on an even page")
            let last = try XCTUnwrap(pages.last)
            let firstRule = try XCTUnwrap(rules(last, .black).filter { $0.height == 0.35 }.map(\.y).min())
            for case .image(_, _, let y, _, let h) in last.items {
                XCTAssertLessThanOrEqual(y + h, firstRule + 1e-9, "\(count) paragraphs: the seal runs into the 版记")
                lowest = max(lowest, y + h)
            }
        }
        XCTAssertGreaterThan(lowest, 225, "some length puts the seal low on the 版记's page")
    }
}
