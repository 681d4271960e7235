import XCTest
@testable import GongwenKit

/// What a reader of the printed page sees: faces that have every character, the seal, the 版记 page.
final class PrintTrueTests: XCTestCase {
    static let documents = Repo.root + "/samples/documents"

    func coverage() throws -> (GlyphCoverage, FontSetup) {
        try XCTSkipIf(Subprocess.which("fc-match") == nil, "end-to-end tier: fontconfig is not installed")
        let setup = try FontSetup.prepare(template: Repo.root + "/styles/fonts.conf", extraFontDirectory: nil, workDirectory: temporaryDirectory())
        return (try GlyphCoverage(setup: setup), setup)
    }

    func testCharactersTheBodyFaceLacksAreWarningsAndUndrawableOnesErrors() throws {
        let (coverage, setup) = try coverage()
        defer { setup.cleanUp() }
        let dir = temporaryDirectory()
        write("""
        title: 关于表扬王堃等同志的通报
        issuer: 中共江州市委宣传部
        date: 2023-07-10
        body:
          - 经研究，决定对王堃、李瑢、赵琦等同志予以通报表扬。
          - 活动现场气氛热烈🎉。

        """, to: dir + "/rare.yaml")
        XCTAssertThrowsError(try DocumentReader.check(path: dir + "/rare.yaml", coverage: coverage)) { error in
            let text = (error as? DiagnosticError)?.diagnostics.map(\.description) ?? []
            XCTAssertTrue(text.contains("\(dir)/rare.yaml:5:13: warning: '堃' (U+5803) is not in FandolFang Regular, the face of 仿宋_GB2312; Noto Serif CJK SC Regular draws it instead"), "\(text)")
            XCTAssertTrue(text.contains("\(dir)/rare.yaml:5:16: warning: '瑢' (U+7462) is not in FandolFang Regular, the face of 仿宋_GB2312; Noto Serif CJK SC Regular draws it instead"), "\(text)")
            XCTAssertTrue(text.contains("\(dir)/rare.yaml:6:13: error: '🎉' (U+1F389) is in no installed face and would print blank; write it another way or install a face that has it"), "\(text)")
            // 琦 is in FandolFang; the title's 堃 prints in 小标宋's stand-in, which has it.
            XCTAssertFalse(text.contains { $0.contains("'琦'") || $0.contains(":1:") }, "\(text)")
        }
    }

    func testAValueIsReportedWhereTheUnitGivesIt() throws {
        let (coverage, setup) = try coverage()
        defer { setup.cleanUp() }
        let unit = Repo.samples + "/玉堃县.yaml"
        let found = try DocumentReader.check(path: unit, coverage: coverage).map(\.description)
        XCTAssertTrue(found.contains("\(unit):4:9: warning: '堃' (U+5803) is not in FandolFang Regular, the face of 仿宋_GB2312; Noto Serif CJK SC Regular draws it instead"), "\(found)")
        // A unit that overrides a document key is read by the interpreter, not the compiled template: same report.
        let dir = temporaryDirectory()
        let template = Repo.root + "/samples/templates/half-year-summary.yaml"
        write(try String(contentsOfFile: unit, encoding: .utf8)
            .replacingOccurrences(of: "template: ../templates/half-year-summary.yaml", with: "template: \(template)\naddressee: 市委宣传部"), to: dir + "/override.yaml")
        let overridden = try DocumentReader.check(path: dir + "/override.yaml", coverage: coverage, policy: SourcePolicy(root: "/")).map(\.description)
        XCTAssertTrue(overridden.contains("\(dir)/override.yaml:5:9: warning: '堃' (U+5803) is not in FandolFang Regular, the face of 仿宋_GB2312; Noto Serif CJK SC Regular draws it instead"), "\(overridden)")
    }

    func testSealOutsideTheSourceFolderOrNotAnImageIsRefused() {
        let dir = temporaryDirectory()
        write("root:x:0:0:secret\n", to: dir + "/units/notes.png")
        let unit = minimalDocument + "signature:\n  name: 中共测试县委宣传部\n  seal: %@\n"
        let tree = SourcePolicy(root: dir)
        let outside = readErrors(unit.replacingOccurrences(of: "%@", with: "../../../../../etc/passwd"), path: dir + "/units/u.yaml", policy: tree)
        XCTAssertEqual(outside.first?.description, "\(dir)/units/u.yaml:8:9: error: the seal '../../../../../etc/passwd' is outside the source tree (\(URL(fileURLWithPath: dir).resolvingSymlinksInPath().path)); move it into the tree or allow its folder with --allow DIR")
        let notImage = readErrors(unit.replacingOccurrences(of: "%@", with: "notes.png"), path: dir + "/units/u.yaml", policy: tree)
        XCTAssertEqual(notImage.first?.description, "\(dir)/units/u.yaml:8:9: error: the seal 'notes.png' is neither a PNG nor an SVG image")
        XCTAssertFalse(notImage.contains { $0.message.contains("secret") })
    }

    func build(_ source: String, _ out: String) throws -> BuildReport {
        try XCTSkipIf(Subprocess.which("soffice") == nil, "end-to-end tier: LibreOffice is not installed (make deps)")
        let options = try repoBuildOptions(output: out)
        let report = BuildRunner(options: options).run(sources: [source], progress: Progress(quiet: true))
        XCTAssertEqual(report.failed, 0, "\(report.units.map(\.diagnostics))")
        return report
    }

    func yardstick(_ pdf: String) throws -> String {
        let check = try Subprocess.run(["python3", Repo.shared + "/tools/gbt9704_check.py", "--redhead", pdf], timeout: 120)
        XCTAssertEqual(check.status, 0, check.output)
        return check.output
    }

    func testSealIsEmbeddedAndPressedOnSignatureAndDate() throws {
        let out = temporaryDirectory()
        _ = try build(Self.documents + "/上行报告.yaml", out)
        let entries = try ZipArchive.read(out + "/odt/上行报告.odt")
        let seal = try XCTUnwrap(entries.first { $0.name == "Pictures/seal.png" })
        XCTAssertEqual(seal.bytes, Array(try Data(contentsOf: URL(fileURLWithPath: Self.documents + "/seals/specimen-seal.png"))))
        let manifest = String(decoding: try XCTUnwrap(entries.first { $0.name == "META-INF/manifest.xml" }).bytes, as: UTF8.self)
        XCTAssertTrue(manifest.contains(#"manifest:full-path="Pictures/seal.png" manifest:media-type="image/png""#), manifest)

        let pdf = out + "/pdf/上行报告.pdf"
        let layout = try PDFLayout.read(pdf: pdf)
        let page = try XCTUnwrap(layout.pages.last)
        let image = try XCTUnwrap(page.images.first, "the seal is in the PDF")
        XCTAssertEqual(image.x1 - image.x0, 42, accuracy: 0.5)
        let date = try XCTUnwrap(page.lines.first { $0.text == "2023年7月12日" })
        let signature = try XCTUnwrap(page.lines.first { $0.text == "中共江州市委宣传部" })
        XCTAssertEqual((image.x0 + image.x1) / 2, (date.x0 + date.x1) / 2, accuracy: 1, "centred on the date")
        XCTAssertEqual(184 - date.x1, 4 * 156 / 28, accuracy: 0.5, "date 右空四字")
        XCTAssertTrue(image.y0 < signature.top && image.y1 > date.bottom, "the seal covers 署名 and date")
        XCTAssertLessThan((image.y0 + image.y1) / 2, (signature.baseline + date.baseline) / 2, "署名 and date sit below the seal's centre")
        XCTAssertEqual(LayoutVerifier.verify(layout).map(\.description), [])
        let output = try yardstick(pdf)
        XCTAssertTrue(output.contains("ok   seal-room"), output)
        XCTAssertTrue(output.contains("ok   redhead-rule: red rule x 28.0..184.0 mm"), output)
    }

    func testImprintMovesToTheNextEvenPage() throws {
        let out = temporaryDirectory()
        _ = try build(Self.documents + "/活动通知.yaml", out)
        let pdf = out + "/pdf/活动通知.pdf"
        XCTAssertEqual(ImprintPagination.pageCount(pdf), 4)
        let last = try Subprocess.run(["pdftotext", "-f", "4", "-l", "4", pdf, "-"]).output
        XCTAssertTrue(last.contains("2023年8月2日印发") && last.replacingOccurrences(of: " ", with: "").contains("—4—"), last)
        // The sample's many addressees are in the 版记, one line above 抄送 (§7.4.2).
        let imprintLines = last.split(separator: "\n").map { $0.replacingOccurrences(of: " ", with: "") }
        let to = try XCTUnwrap(imprintLines.firstIndex(of: "主送：各县（市、区）委宣传部，市直有关单位。"), last)
        XCTAssertEqual(imprintLines.firstIndex { $0.hasPrefix("抄送：") }, to + 1, last)
        let third = try Subprocess.run(["pdftotext", "-f", "3", "-l", "3", pdf, "-"]).output
        XCTAssertFalse(third.contains("印发"), third)
        XCTAssertTrue(try yardstick(pdf).contains("ok   imprint-page"))
    }

    func testImprintAfterABlankPageCarriesNoNumber() throws {
        let out = temporaryDirectory()
        _ = try build(Repo.fixtures + "/imprint-after-blank.yaml", out)
        let pdf = out + "/pdf/imprint-after-blank.pdf"
        XCTAssertEqual(ImprintPagination.pageCount(pdf), 6)
        XCTAssertTrue(ImprintPagination.isBlank(pdf, page: 5))
        let last = try Subprocess.run(["pdftotext", "-f", "6", "-l", "6", pdf, "-"]).output
        XCTAssertTrue(last.contains("印发"), last)
        XCTAssertFalse(last.contains("—"), "the 版记 page after a blank page has no number: \(last)")
        XCTAssertTrue(try yardstick(pdf).contains("ok   page-numbers"))
    }

    /// Fixed line heights put the baseline at 80 % of the line whatever the face: with Noto's metrics
    /// (ascent 1.16 em, not Fandol's) the page still holds 22 lines on one baseline.
    func testOneBaselineAndTwentyTwoLinesWithOtherFaces() throws {
        try XCTSkipIf(Subprocess.which("soffice") == nil, "end-to-end tier: LibreOffice is not installed (make deps)")
        let out = temporaryDirectory()
        let fonts = try String(contentsOfFile: Repo.root + "/styles/fonts.conf", encoding: .utf8)
            .replacingOccurrences(of: "<string>FandolFang</string>", with: "<string>Noto Serif CJK SC</string>")
            .replacingOccurrences(of: "<string>FandolKai</string>", with: "<string>Noto Sans CJK SC</string>")
        write(fonts, to: out + "/fonts.conf")
        var options = try repoBuildOptions(output: out)
        options.fontConfigTemplate = out + "/fonts.conf"
        let report = BuildRunner(options: options).run(sources: [Repo.samples + "/青山县.yaml"], progress: Progress(quiet: true))
        XCTAssertEqual(report.failed, 0)
        XCTAssertTrue(report.standInFonts.contains("仿宋_GB2312 → Noto Serif CJK SC Regular"), "\(report.standInFonts)")
        let check = try Subprocess.run(["python3", Repo.shared + "/tools/gbt9704_check.py", out + "/pdf/青山县.pdf"], timeout: 120)
        for name in ["baselines", "line-pitch", "lines-per-page", "numbers-unbroken"] {
            XCTAssertTrue(check.output.contains("ok   \(name):"), "\(name): \(check.output)")
        }
    }
}
