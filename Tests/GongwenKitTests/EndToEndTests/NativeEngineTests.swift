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

    func testTheSameSourceGivesTheSameBytes() throws {
        let (faces, _, setup) = try faces()
        defer { setup.cleanUp() }
        let read = try DocumentReader.read(path: Repo.samples + "/青山县.yaml")
        let a = try NativeBuild.pdf(read.document, faces: faces)
        let b = try NativeBuild.pdf(read.document, faces: faces)
        XCTAssertEqual(a.bytes, b.bytes)
        XCTAssertEqual(a.pages, 5)
    }

    func testALetterIsRefusedNotSetWrong() throws {
        let (faces, _, setup) = try faces()
        defer { setup.cleanUp() }
        let out = temporaryDirectory()
        XCTAssertThrowsError(try NativeBuild.unit(.file(Repo.root + "/samples/documents/复函.yaml"), policy: SourcePolicy(), faces: faces,
                                                  coverage: nil, directory: out)) { error in
            XCTAssertTrue("\(error)".contains("复函.yaml: error: the native engine does not set the 版头 of a 信函"), "\(error)")
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: out), [], "nothing written for it")
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
