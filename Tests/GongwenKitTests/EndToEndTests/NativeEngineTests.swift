import Foundation
import XCTest
@testable import GongwenKit

/// Issue 28: the sample units set by gongwen's own engine (no LibreOffice), measured by the
/// yardstick that reads only the PDF, and read back by poppler.
final class NativeEngineTests: XCTestCase {
    func faces() throws -> (LayoutFaces, GlyphCoverage, FontSetup) {
        try XCTSkipIf(Subprocess.which("fc-match") == nil, "end-to-end tier: fontconfig's fc-match is not installed (make deps)")
        let setup = try FontSetup.prepare(template: Repo.root + "/styles/fonts.conf", extraFontDirectory: nil,
                                          workDirectory: temporaryDirectory("native-fonts"))
        return (try LayoutFaces.load(setup), try GlyphCoverage(setup: setup), setup)
    }

    func testEverySampleUnitPassesTheYardstick() throws {
        try XCTSkipIf(Subprocess.which("pdftotext") == nil, "end-to-end tier: poppler-utils is not installed (make deps)")
        let (faces, coverage, setup) = try faces()
        defer { setup.cleanUp() }
        let out = temporaryDirectory()
        let units = Repo.sampleUnits
        XCTAssertEqual(units.count, 10)
        var warnings: [String] = []
        for path in units {
            warnings += try NativeBuild.unit(.file(path), policy: SourcePolicy(), faces: faces, coverage: coverage, directory: out).map(\.description)
        }
        // 玉堃县's 堃 is not in FandolFang: drawn by the fallback face, and said where it was typed.
        XCTAssertTrue(warnings.contains { $0.contains("玉堃县.yaml") && $0.contains("'堃' (U+5803)") }, "\(warnings)")
        let pdfs = units.map { out + "/" + URL(fileURLWithPath: $0).deletingPathExtension().lastPathComponent + ".pdf" }
        let check = try Subprocess.run(["python3", Repo.shared + "/tools/gbt9704_check.py"] + pdfs, timeout: 300)
        XCTAssertEqual(check.status, 0, check.output)
        XCTAssertTrue(check.output.contains("gbt9704: all checks hold"), check.output)
        // What a reader copies out of the PDF is the text that was set (ToUnicode), title first.
        let text = try Subprocess.run(["pdftotext", "-f", "1", "-l", "1", pdfs[units.firstIndex { $0.hasSuffix("青山县.yaml") } ?? 0], "-"], timeout: 60).output
        XCTAssertTrue(text.hasPrefix("青山县2023年上半年宣传思想文化工作总结"), text)
    }

    /// §7.3.1 and §5.2.3: the title stands in the block. "2023" in the title's face (Noto Serif CJK
    /// Bold) is wider than the half characters the title splitter counts, so this title, 20 characters
    /// by that count, was set as one line 158.2 mm wide (found by gongwen watch): every line must be
    /// at most 156 mm, and the title's text stays whole and in order.
    func testEveryTitleLineStandsInTheBlock() throws {
        let (faces, _, setup) = try faces()
        defer { setup.cleanUp() }
        let title = "白沙县2023年上半年度宣传思想文化工作总结"
        let document = Document(title: title, issuer: "中共白沙县委宣传部", date: OfficialDate(year: 2023, month: 7, day: 10)!,
                                body: [.paragraph(Paragraph(text: "正文。"))], signature: Signature(name: "中共白沙县委宣传部"))
        let pages = try PageSetter.set(Composer.compose(document), faces: faces)
        let lines = pages[0].items.compactMap { item -> GlyphRun? in if case .glyphs(let run) = item, run.size == 22 { run } else { nil } }
        XCTAssertGreaterThan(lines.count, 1, "it does not fit one line")
        XCTAssertEqual(lines.map { $0.glyphs.map(\.text).joined() }.joined(), title)
        for line in lines {
            let last = try XCTUnwrap(line.glyphs.last)
            let face = faces.faces[line.face]
            let right = last.x + Double(face.advance(last.id)) / Double(face.unitsPerEm) * 22 * 25.4 / 72
            XCTAssertGreaterThanOrEqual(line.glyphs[0].x, 28 - 1e-6, "\(line.glyphs.map(\.text).joined())")
            XCTAssertLessThanOrEqual(right, 184 + 1e-6, "\(line.glyphs.map(\.text).joined()) ends at \(right) mm")
        }
    }

    func testTheSameSourceGivesTheSameBytes() throws {
        let (faces, _, setup) = try faces()
        defer { setup.cleanUp() }
        let read = try DocumentReader.read(path: Repo.samples + "/青山县.yaml")
        let a = try NativeBuild.pdf(read.document, faces: faces)
        let b = try NativeBuild.pdf(read.document, faces: faces)
        XCTAssertEqual(a.bytes, b.bytes)
        XCTAssertEqual(a.pages, 5)
    }

    /// Every sample formal document the native engine sets (信函, 命令 with its 签名章, 纪要, the 文件
    /// format with a seal, with a 版记, with tables, for joint issuers and on 套打 paper) passes the
    /// yardstick, which reads each one's format from page 1 by itself, and so does the city summary
    /// with its landscape table (§8); an SVG seal is drawn, and one librsvg cannot read is refused by
    /// name, nothing written for it.
    func testEverySampleDocumentItSetsPassesTheYardstickAndTheRestAreRefused() throws {
        try XCTSkipIf(Subprocess.which("pdftotext") == nil, "end-to-end tier: poppler-utils is not installed (make deps)")
        let (faces, coverage, setup) = try faces()
        defer { setup.cleanUp() }
        let out = temporaryDirectory()
        let folder = Repo.root + "/samples/documents"
        var set: [String] = [], refused: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder).filter({ $0.hasSuffix(".yaml") }).sorted() {
            let unit = String(name.dropLast(5))
            do {
                _ = try NativeBuild.unit(.file(folder + "/" + name), policy: SourcePolicy(), faces: faces, coverage: coverage, directory: out)
                set.append(unit)
            } catch {
                refused[unit] = "\(error)"
            }
        }
        XCTAssertEqual(Set(set), ["上行报告", "复函", "政府令", "活动通知", "红头通知", "红头通知（套打）", "联合通知", "部务会议纪要"], "\(refused)")
        // Each document's PDF, and one of its own for the attachment 红头通知 (and its 套打 copy) binds separately (§7.3.7).
        XCTAssertEqual(Set(try FileManager.default.contentsOfDirectory(atPath: out)),
                       Set(set.map { $0 + ".pdf" } + ["红头通知-附件2.pdf", "红头通知（套打）-附件2.pdf"]))
        // An SVG seal is drawn (by librsvg, at 600 dpi: 992 pixels over 42 mm), with its transparency,
        // and the yardstick holds on the page it presses; one librsvg cannot read is refused by name,
        // nothing written.
        let svgOut = temporaryDirectory("svg-out")
        let source = try Self.writeSVGSealed(into: temporaryDirectory("svg-sealed"))
        _ = try NativeBuild.unit(.file(source), policy: SourcePolicy(), faces: faces, coverage: coverage, directory: svgOut)
        let sealed = try Subprocess.run(["python3", Repo.shared + "/tools/gbt9704_check.py", svgOut + "/SVG印章.pdf"], timeout: 120)
        XCTAssertEqual(sealed.status, 0, sealed.output)
        XCTAssertTrue(sealed.output.contains("gbt9704: all checks hold"), sealed.output)
        if Subprocess.which("pdfimages") != nil {
            let list = try Subprocess.run(["pdfimages", "-list", svgOut + "/SVG印章.pdf"], timeout: 60).output
            let rows = list.split(separator: "\n").dropFirst(2).map { $0.split(separator: " ").map(String.init) }
            XCTAssertEqual(rows.map { $0[2] + " " + $0[3] + "x" + $0[4] }, ["image 992x992", "smask 992x992"], list)
        }
        let unreadable = try Self.writeSVGSealed(into: temporaryDirectory("svg-unreadable"), readable: false)
        XCTAssertThrowsError(try NativeBuild.unit(.file(unreadable), policy: SourcePolicy(), faces: faces, coverage: nil, directory: out)) { error in
            XCTAssertTrue("\(error)".contains("SVG印章.yaml: error: the native engine does not set this SVG seal image"), "\(error)")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: out + "/SVG印章.pdf"), "nothing written for it")
        // The city summary: its table's pages turned (the yardstick's landscape-table check).
        _ = try NativeBuild.unit(.file(Repo.root + "/samples/city/江州市.yaml"), policy: SourcePolicy(), faces: faces, coverage: coverage, directory: out)
        let city = try Subprocess.run(["python3", Repo.shared + "/tools/gbt9704_check.py", out + "/江州市.pdf"], timeout: 120)
        XCTAssertEqual(city.status, 0, city.output)
        XCTAssertTrue(city.output.contains("ok   landscape-table"), city.output)
        let check = try Subprocess.run(["python3", Repo.shared + "/tools/gbt9704_check.py"] + set.map { out + "/" + $0 + ".pdf" }, timeout: 300)
        XCTAssertEqual(check.status, 0, check.output)
        XCTAssertTrue(check.output.contains("gbt9704: all checks hold"), check.output)
        for format in ["format: letter", "format: order", "format: minutes", "format: overprint", "ok   letter-rules", "ok   order-mark",
                       "ok   minutes-mark", "ok   seal-room", "ok   redhead-rule"] {
            XCTAssertTrue(check.output.contains(format), "\(format) not read: \(check.output)")
        }
        // The seal drawn with its transparency: the image and its soft mask, 600 × 600 pixels.
        if Subprocess.which("pdfimages") != nil {
            let list = try Subprocess.run(["pdfimages", "-list", out + "/上行报告.pdf"], timeout: 60).output
            let rows = list.split(separator: "\n").dropFirst(2).map { $0.split(separator: " ").map(String.init) }
            XCTAssertEqual(rows.map { $0[2] + " " + $0[3] + "x" + $0[4] }, ["image 600x600", "smask 600x600"], list)
        }
    }

    /// A unit sealed with an SVG seal, which the native engine does not draw yet.
    static let svgSealed = """
        title: 关于宣传工作情况的报告
        issuer: 中共江州市委宣传部
        date: 2023-07-12
        addressee: 中共江州市委
        body:
          - 特此报告。
        signature:
          name: 中共江州市委宣传部
          seal: seal.svg

        """

    /// A unit sealed with an SVG seal (a red ring), written into `folder` with its seal beside it; its
    /// path. `readable: false`: a seal the reader takes (its root is an `<svg>`) but librsvg cannot
    /// draw (of another namespace), which the native engine leaves to LibreOffice.
    static func writeSVGSealed(into folder: String, readable: Bool = true) throws -> String {
        let seal = readable
            ? #"<svg xmlns="http://www.w3.org/2000/svg" width="42mm" height="42mm" viewBox="0 0 420 420"><circle cx="210" cy="210" r="200" fill="none" stroke="red" stroke-width="12"/></svg>"#
            : #"<svg xmlns="urn:x-not-svg" width="42mm" height="42mm"><circle cx="210" cy="210" r="200"/></svg>"#
        try seal.write(toFile: folder + "/seal.svg", atomically: true, encoding: .utf8)
        try svgSealed.write(toFile: folder + "/SVG印章.yaml", atomically: true, encoding: .utf8)
        return folder + "/SVG印章.yaml"
    }

    /// A 文件 with its red 版头 and 版记 (samples/documents/活动通知.yaml), measured by the yardstick,
    /// which reads the format from page 1 (the red mark) and checks the 版头 and 版记 checks too.
    func testARedHeadNoticeWithAnImprintPassesTheYardstick() throws {
        let (faces, coverage, setup) = try faces()
        defer { setup.cleanUp() }
        let out = temporaryDirectory()
        _ = try NativeBuild.unit(.file(Repo.root + "/samples/documents/活动通知.yaml"), policy: SourcePolicy(), faces: faces, coverage: coverage, directory: out)
        let check = try Subprocess.run(["python3", Repo.shared + "/tools/gbt9704_check.py", out + "/活动通知.pdf"], timeout: 120)
        XCTAssertEqual(check.status, 0, check.output)
        XCTAssertTrue(check.output.contains("format: red 版头") || check.output.contains("redhead-mark"), check.output)
        XCTAssertTrue(check.output.contains("ok   redhead-rule"), check.output)
        XCTAssertTrue(check.output.contains("ok   imprint-page"), check.output)
    }
}
