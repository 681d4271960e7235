import Foundation
import XCTest
@testable import GongwenKit

/// Issue 29: every sample (units, documents, the city summary with its turned table) set once by the
/// native engine and written both as PDF and as OFD from the same pages, then read by tools gongwen
/// did not write: libxml2 against the GB/T 33190 schemas in `../shared/ofd-schema`, the yardstick
/// `../shared/tools/ofd_check.py` (container, IDs, schema, fonts, and every glyph's place and every red
/// rule against the PDF within 0.05 mm), and `ofdkit` from PyPI, whose text must be the PDF's as poppler reads it.
final class OFDTests: XCTestCase {
    static let shared = Repo.root + "/../shared"

    /// The samples, each made once as PDF and OFD into one folder (set once for every test here).
    static let made: Result<(folder: String, names: [String]), Error> = Result {
        let documents = try FileManager.default.contentsOfDirectory(atPath: Repo.root + "/samples/documents")
            .filter { $0.hasSuffix(".yaml") }.sorted().map { Repo.root + "/samples/documents/" + $0 }
        let sources = Repo.sampleUnits + documents + [Repo.root + "/samples/city/江州市.yaml"]
        let folder = NSTemporaryDirectory() + "gongwen-ofd-\(ProcessInfo.processInfo.processIdentifier)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let setup = try FontSetup.prepare(template: Repo.root + "/styles/fonts.conf", extraFontDirectory: nil, workDirectory: folder + "/fonts")
        defer { setup.cleanUp() }
        let faces = try LayoutFaces.load(setup)
        for source in sources {
            _ = try NativeBuild.unit(.file(source), policy: SourcePolicy(), faces: faces, coverage: nil, directory: folder, ofdDirectory: folder)
        }
        // Every OFD made: the sources' and the attachments 红头通知 and its 套打 copy bind separately (§7.3.7).
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".ofd") }.map { String($0.dropLast(4)) }.sorted()
        return (folder, names)
    }

    func samples() throws -> (folder: String, names: [String]) {
        try XCTSkipIf(Subprocess.which("fc-match") == nil, "end-to-end tier: fontconfig is not installed (make deps)")
        let made = try Self.made.get()
        XCTAssertEqual(made.names.count, 21, "\(made.names)")
        XCTAssert(made.names.contains("红头通知-附件2"), "\(made.names)")
        return made
    }

    func testEveryPartOfEverySampleValidatesAgainstTheOFDSchemas() throws {
        try XCTSkipIf(!FileManager.default.fileExists(atPath: Self.shared + "/ofd-schema/OFD.xsd"), "end-to-end tier: ../shared/ofd-schema is not here")
        let (folder, names) = try samples()
        let validator = try OFDValidator(schemaDirectory: Self.shared + "/ofd-schema")
        for name in names {
            let parts = try ZipArchive.read(folder + "/" + name + ".ofd")
            XCTAssertGreaterThanOrEqual(parts.filter { $0.name.hasSuffix("Content.xml") }.count, 1, name)
            XCTAssertEqual(validator.validate(parts), [], name)
        }
    }

    /// The validator can fail: an element out of the schema's order is reported.
    func testTheSchemaCheckRefusesAPartOutOfOrder() throws {
        try XCTSkipIf(!FileManager.default.fileExists(atPath: Self.shared + "/ofd-schema/OFD.xsd"), "end-to-end tier: ../shared/ofd-schema is not here")
        let validator = try OFDValidator(schemaDirectory: Self.shared + "/ofd-schema")
        let swapped = #"<?xml version="1.0"?><ofd:Document xmlns:ofd="http://www.ofdspec.org/2016"><ofd:CommonData><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea><ofd:MaxUnitID>1</ofd:MaxUnitID></ofd:CommonData><ofd:Pages><ofd:Page ID="1" BaseLoc="Pages/Page_0/Content.xml"/></ofd:Pages></ofd:Document>"#
        XCTAssertEqual(validator.validate([("Doc_0/Document.xml", Array(swapped.utf8))]).count, 1)
    }

    func testTheYardstickFindsEveryGlyphAndRuleWhereThePDFHasThem() throws {
        let checker = Self.shared + "/tools/ofd_check.py"
        try XCTSkipIf(!FileManager.default.fileExists(atPath: checker), "end-to-end tier: ../shared/tools/ofd_check.py is not here")
        try XCTSkipIf((try? Subprocess.run(["python3", "-c", "import pdfplumber, lxml, fontTools"], timeout: 60))?.status != 0,
                      "end-to-end tier: pdfplumber, lxml or fontTools is missing (make test-deps)")
        let (folder, names) = try samples()
        let files = names.map { folder + "/" + $0 + ".ofd" }
        let run = try Subprocess.run(["python3", checker, "--pdf-dir", folder, "--tol", "0.05"] + files, timeout: 600)
        XCTAssertEqual(run.status, 0, run.output)
        // Every file was compared with its PDF, glyph by glyph.
        let compared = run.output.split(separator: "\n").filter { $0.contains("pdf-positions") && $0.contains("PASS") }
        XCTAssertEqual(compared.count, names.count, run.output)
        XCTAssertFalse(run.output.contains("FAIL"), run.output)
    }

    /// Where the two readers put the same characters in another order: pages whose text is turned a
    /// quarter (§8), which ofdkit reads in the upright page's order (across the turned lines) and poppler
    /// in the turned lines'; and a table whose cells wrap, which poppler reads column by column
    /// (月份 9月 活动名称 …) and ofdkit line by line (月份 活动名称 承办单位 9月 …).
    static let otherReadingOrder: Set<String> = ["江州市", "红头通知-附件2", "红头通知（套打）-附件2"]

    func testOfdkitReadsTheSameTextAsPopplerReadsFromThePDF() throws {
        try XCTSkipIf((try? Subprocess.run(["python3", "-c", "import ofdkit"], timeout: 60))?.status != 0, "end-to-end tier: ofdkit is not installed (make test-deps)")
        try XCTSkipIf(Subprocess.which("pdftotext") == nil, "end-to-end tier: poppler-utils is not installed (make deps)")
        let (folder, names) = try samples()
        let script = """
            import sys, ofdkit
            with ofdkit.open(sys.argv[1]) as d:
                print("\\f".join(p.text() for p in d.pages), end="")
            """
        /// A page's text without spaces and without its page number (`— N —`), which the two readers
        /// put at different places in the reading order (poppler puts it before a 版记 line level with it).
        func pages(_ text: String) -> [String] {
            text.split(separator: "\u{0C}", omittingEmptySubsequences: false).map { page in
                String(page.unicodeScalars.filter { !CharacterSet.whitespacesAndNewlines.contains($0) })
            }.filter { !$0.isEmpty }.enumerated().map { n, page in
                var page = page
                if let number = page.range(of: "—\(n + 1)—", options: .backwards) { page.removeSubrange(number) }
                return page
            }
        }
        var compared = 0
        for name in names {
            let ofd = try Subprocess.run(["python3", "-c", script, folder + "/" + name + ".ofd"], timeout: 120)
            XCTAssertEqual(ofd.status, 0, ofd.output)
            let pdf = try Subprocess.run(["pdftotext", folder + "/" + name + ".pdf", "-"], timeout: 120)
            let (ours, poppler) = (pages(ofd.output), pages(pdf.output))
            XCTAssertEqual(ours.count, poppler.count, name)
            for (n, (a, b)) in zip(ours, poppler).enumerated() {
                XCTAssertEqual(a.unicodeScalars.map(\.value).sorted(), b.unicodeScalars.map(\.value).sorted(), "\(name), page \(n + 1): not the same characters")
                if !Self.otherReadingOrder.contains(name) { XCTAssertEqual(a, b, "\(name), page \(n + 1)") }
                compared += 1
            }
        }
        XCTAssertGreaterThan(compared, 50)
    }

    /// A reader that draws: easyofd renders every page (with a stand-in face: it ignores embedded
    /// fonts) and `Tests/ofd_render_smoke.py` finds ink where poppler's rendering of the PDF has it
    /// (10 mm cells, ≥ 95 % both ways; its docstring says why and what it cannot check).
    func testEasyofdDrawsEveryPageWithInkWhereThePDFHasIt() throws {
        try XCTSkipIf((try? Subprocess.run(["python3", "-c", "import easyofd"], timeout: 120))?.status != 0, "end-to-end tier: easyofd is not installed (make test-deps)")
        try XCTSkipIf(Subprocess.which("pdftoppm") == nil, "end-to-end tier: poppler-utils is not installed (make deps)")
        let (folder, names) = try samples()
        var pairs: [String] = []
        for name in names {
            let base: String = folder + "/" + name
            pairs += [base + ".ofd", base + ".pdf"]
        }
        let run = try Subprocess.run(["python3", Repo.root + "/Tests/ofd_render_smoke.py"] + pairs, timeout: 900)
        XCTAssertEqual(run.status, 0, run.output)
        let held = run.output.split(separator: "\n").filter { $0.contains("inked in the OFD") }
        XCTAssertGreaterThanOrEqual(held.count, 70, run.output)
    }

    /// `build --ofd`: beside the .odt and the PDF (LibreOffice's here), an OFD for each document and for
    /// its separately bound attachment, set by the native engine; left alone on a second run.
    func testBuildWritesAnOFDForEveryDocumentAndKeepsItWhenNothingChanged() throws {
        try XCTSkipIf(Subprocess.which("fc-match") == nil, "end-to-end tier: fontconfig is not installed (make deps)")
        let out = temporaryDirectory("ofd-build")
        var options = try repoBuildOptions(output: out)
        options.convert = nil   // .odt and OFD only: LibreOffice is not needed for either
        options.ofd = true
        let sources = [Repo.root + "/samples/units/青山县.yaml", Repo.root + "/samples/documents/红头通知.yaml"]
        let first = BuildRunner(options: options).run(sources: sources, progress: Progress(quiet: true))
        XCTAssertEqual(first.failed, 0, "\(first.units.map(\.diagnostics))")
        XCTAssertEqual(first.units.map(\.ofd), [.built, .built])
        let files = try FileManager.default.contentsOfDirectory(atPath: out + "/ofd").sorted()
        // 红头通知 binds its attachment separately (§7.3.7): that gets an OFD of its own, as it gets a PDF.
        XCTAssertEqual(files.count, 3, "\(files)")
        XCTAssert(files.contains("青山县.ofd") && files.contains("红头通知.ofd"), "\(files)")
        for file in files {
            let parts = try ZipArchive.read(out + "/ofd/" + file)
            XCTAssertEqual(parts.first?.name, "OFD.xml", file)
        }
        let before = FileManager.default.contents(atPath: out + "/ofd/青山县.ofd")
        let second = BuildRunner(options: options).run(sources: sources, progress: Progress(quiet: true))
        XCTAssertEqual(second.units.map(\.ofd), [.unchanged, .unchanged])
        XCTAssertEqual(FileManager.default.contents(atPath: out + "/ofd/青山县.ofd"), before)
        // --force sets it again.
        options.force = true
        XCTAssertEqual(BuildRunner(options: options).run(sources: sources, progress: Progress(quiet: true)).units.map(\.ofd), [.built, .built])
    }
}
