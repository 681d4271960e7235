import Foundation
import XCTest
@testable import GongwenKit

/// Issue 29.4 and 29.2: `verify` reads OFDs (gongwen's and other producers'), `archive` bundles them,
/// `validate` checks them against the GB/T 33190 schemas, and `--ofd-archive` writes OFD-A.
final class OFDReadingTests: XCTestCase {
    static let shared = Repo.root + "/../shared"
    static let gongwen = Repo.root + "/.build/debug/gongwen"

    /// gongwen run with its standard error joined to its output.
    func gongwen(_ arguments: [String], environment: [String: String]? = nil) throws -> Subprocess.Outcome {
        try Subprocess.run(["/bin/sh", "-c", #"exec "$0" "$@" 2>&1"#, Self.gongwen] + arguments, environment: environment, timeout: 300)
    }

    func samples() throws -> (folder: String, names: [String]) {
        try XCTSkipIf(Subprocess.which("fc-match") == nil, "end-to-end tier: fontconfig is not installed (make deps)")
        let made = try OFDTests.made.get()
        XCTAssertEqual(made.names.count, 21, "\(made.names)")
        return made
    }

    func assertSame(_ a: [PDFLayout.Line], _ b: [PDFLayout.Line], _ context: String) {
        XCTAssertEqual(a.map(\.text), b.map(\.text), context)
        guard a.map(\.text) == b.map(\.text) else { return }
        for (x, y) in zip(a, b) {
            XCTAssertEqual(x.baseline, y.baseline, accuracy: 0.05, "\(context) '\(x.text)'")
            XCTAssertEqual(x.x0, y.x0, accuracy: 0.05, "\(context) '\(x.text)'")
            XCTAssertEqual(x.x1, y.x1, accuracy: 0.05, "\(context) '\(x.text)'")
            XCTAssertEqual(x.size, y.size, accuracy: 0.05, "\(context) '\(x.text)'")
            XCTAssertEqual(x.red, y.red, "\(context) '\(x.text)'")
            XCTAssertEqual(x.font, y.font, "\(context) '\(x.text)'")
        }
    }

    /// Every sample's OFD read by gongwen's OFD reader gives the pages MuPDF reads from its PDF (the
    /// same pages, set once): every line's text, baseline, ends, size, colour and face within 0.05 mm,
    /// every rule and image; and `verify` finds the same in both.
    func testEverySampleOFDReadsAsMuPDFReadsItsPDF() throws {
        try XCTSkipIf(Subprocess.which("mutool") == nil, "end-to-end tier: mutool is not installed (make deps)")
        let (folder, names) = try samples()
        for name in names {
            let pdf = try PDFLayout.read(pdf: folder + "/" + name + ".pdf")
            let ofd = try OFDLayout.read(ofd: folder + "/" + name + ".ofd")
            XCTAssertEqual(pdf.pages.count, ofd.pages.count, name)
            for (p, o) in zip(pdf.pages, ofd.pages) {
                let context = "\(name) page \(p.number)"
                XCTAssertEqual(p.width, o.width, accuracy: 0.05, context)
                XCTAssertEqual(p.height, o.height, accuracy: 0.05, context)
                assertSame(p.lines, o.lines, context)
                assertSame(p.turnedLines, o.turnedLines, context + " (turned)")
                let order: (PDFLayout.Rule, PDFLayout.Rule) -> Bool = { ($0.y, $0.x0) < ($1.y, $1.x0) }
                let pr = p.rules.sorted(by: order), or = o.rules.sorted(by: order)
                XCTAssertEqual(pr.count, or.count, context)
                for (a, b) in zip(pr, or) {
                    assertClose([a.x0, a.x1, a.y, a.width], [b.x0, b.x1, b.y, b.width], accuracy: 0.05)
                    XCTAssertEqual(a.red, b.red, context)
                }
                XCTAssertEqual(p.images.count, o.images.count, context)
                for (a, b) in zip(p.images, o.images) {
                    assertClose([a.x0, a.y0, a.x1, a.y1], [b.x0, b.y0, b.x1, b.y1], accuracy: 0.05)
                }
            }
            XCTAssertEqual(LayoutVerifier.verify(ofd).map(\.description), LayoutVerifier.verify(pdf).map(\.description), name)
        }
    }

    /// `verify` on an OFD can fail: 红头通知's first page moved 10 mm to the right is out of its block.
    func testVerifyFindsAPageMovedOffItsBlock() throws {
        let (folder, _) = try samples()
        let parts = try ZipArchive.read(folder + "/红头通知.ofd")
        let moved = try NSRegularExpression(pattern: #"Boundary="(-?[0-9.]+) "#)
        let entries = parts.map { part -> ZipArchive.Entry in
            guard part.name == "Doc_0/Pages/Page_0/Content.xml" else { return .init(part.name, .bytes(part.bytes)) }
            let text = String(decoding: part.bytes, as: UTF8.self)
            var out = "", last = text.startIndex
            for match in moved.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                let number = Range(match.range(at: 1), in: text)!
                out += text[last..<number.lowerBound] + PDFWriter.num(Double(text[number])! + 10)
                last = number.upperBound
            }
            return .init(part.name, .bytes(Array((out + text[last...]).utf8)))
        }
        let path = temporaryDirectory() + "/moved.ofd"
        try ZipArchive.write(entries, to: path, timestamp: 0)
        XCTAssertEqual(LayoutVerifier.verify(try OFDLayout.read(ofd: folder + "/红头通知.ofd")).count, 0)
        let findings = LayoutVerifier.verify(try OFDLayout.read(ofd: path)).map(\.description)
        XCTAssert(findings.contains { $0.contains("page 1") && $0.contains("red separator runs 38.0–194.0 mm") }, "\(findings)")
    }

    /// Other producers' files (`../shared/ofd-samples`, SOURCE.txt there): read, not refused, with the
    /// page counts and the red rule that `../shared/tools/README.md` reports for them.
    func testOtherProducersOFDsAreRead() throws {
        let folder = Self.shared + "/ofd-samples"
        try XCTSkipIf(!FileManager.default.fileExists(atPath: folder + "/SOURCE.txt"), "end-to-end tier: ../shared/ofd-samples is not here")
        let expectedPages = ["iofd-signed-2pages": 2, "suwell-official-letter-redhead": 1, "suwell-text-embedded-fonts": 1,
                             "huhuang-invoice-5pages": 5, "suwell-einvoice": 1, "ofdrw-helloworld": 1]
        for (name, pages) in expectedPages {
            let layout = try OFDLayout.read(ofd: folder + "/" + name + ".ofd")
            XCTAssertEqual(layout.pages.count, pages, name)
            XCTAssertGreaterThan(layout.pages.flatMap { $0.lines + $0.turnedLines }.count, 0, name)
            XCTAssertEqual(try OFDLayout.pageCount(ofd: folder + "/" + name + ".ofd"), pages, name)
        }
        let signed = try OFDLayout.read(ofd: folder + "/iofd-signed-2pages.ofd")
        let text = signed.pages[0].lines.map(\.text).joined().filter { !$0.isWhitespace }
        XCTAssert(text.contains("测试符路桥区卫生局文件"), text)
        let red = signed.pages[0].rules.filter(\.red)
        XCTAssertEqual(red.count, 1, "\(red)")
        assertClose([red.first?.x0 ?? 0, red.first?.x1 ?? 0], [27.5, 184.5], accuracy: 0.6)
        // An invoice's vertical label (template Tpl_0: Boundary 6.6 32.8, X 0.25, Y 3.15, DeltaY 6.35 6.35, no
        // DeltaX): each character straight below the last, none moved across.
        let invoice = try OFDLayout.read(ofd: folder + "/huhuang-invoice-5pages.ofd").pages[0]
        let label = "购买方".map { character in invoice.lines.flatMap(\.glyphs).first { $0.text == String(character) } }
        assertClose(label.map { $0?.x0 ?? 0 }, [6.85, 6.85, 6.85], accuracy: 1e-6)
        assertClose(label.map { $0?.baseline ?? 0 }, [35.95, 42.3, 48.65], accuracy: 1e-6)
        // The signed file's seal is a StampAnnot (Signatures/Sign_0: PageRef 1021, the second page;
        // Boundary 122.94 37.0 33.0 33.0), drawn where its Boundary says.
        let stamp = signed.pages[1].images
        XCTAssertEqual(stamp.count, 1)
        assertClose(stamp.map { [$0.x0, $0.y0, $0.x1, $0.y1] }.first ?? [], [122.94, 37, 155.94, 70], accuracy: 1e-9)
        // The letter's seal is an image.
        XCTAssertGreaterThanOrEqual(try OFDLayout.read(ofd: folder + "/suwell-official-letter-redhead.ofd").pages[0].images.count, 1)
    }

    /// `gongwen verify` takes an OFD as it takes a PDF (an OFD is a zip, whatever it is named).
    func testTheVerifyCommandReadsOFDs() throws {
        let (folder, names) = try samples()
        let files = names.prefix(3).map { folder + "/" + $0 + ".ofd" }
        let run = try gongwen(["verify"] + files)
        XCTAssertEqual(run.status, 0, run.output)
        XCTAssert(run.output.contains("3 of 3 files meet the layout"), run.output)
        let real = Self.shared + "/ofd-samples/suwell-official-letter-redhead.ofd"
        if FileManager.default.fileExists(atPath: real) {
            let other = try gongwen(["verify", real])
            // Read and measured: findings or ok, never an error reading it.
            XCTAssertFalse(other.output.contains(": error:"), other.output)
            XCTAssert(other.output.contains("0 of 1 files") || other.output.contains("1 of 1 files"), other.output)
        }
    }

    /// `validate` checks an OFD's parts against the schemas given, and says where to get them when none are.
    func testTheValidateCommandChecksOFDsAgainstTheSchemas() throws {
        try XCTSkipIf(!FileManager.default.fileExists(atPath: Self.shared + "/ofd-schema/OFD.xsd"), "end-to-end tier: ../shared/ofd-schema is not here")
        let (folder, names) = try samples()
        let file = folder + "/" + names[0] + ".ofd"
        let good = try gongwen(["validate", "--ofd-schemas", Self.shared + "/ofd-schema", file])
        XCTAssertEqual(good.status, 0, good.output)
        XCTAssert(good.output.contains("valid OFD"), good.output)
        // Another producer's file, with elements out of the schema's order: invalid, exit 1.
        let real = Self.shared + "/ofd-samples/ofdrw-helloworld.ofd"
        let bad = try gongwen(["validate", "--ofd-schemas", Self.shared + "/ofd-schema", real])
        XCTAssertEqual(bad.status, 1, bad.output)
        XCTAssert(bad.output.contains(": error: "), bad.output)
        var environment = ProcessInfo.processInfo.environment
        environment["GONGWEN_OFD_SCHEMAS"] = nil
        let none = try gongwen(["validate", file], environment: environment)
        XCTAssertNotEqual(none.status, 0)
        XCTAssert(none.output.contains("--ofd-schemas"), none.output)
    }

    /// `archive` bundles the OFDs beside the .odt and PDF files, hashed (and page-counted) in the
    /// MANIFEST; one older than its source is refused.
    func testTheArchiveHoldsTheOFDs() throws {
        try XCTSkipIf(Subprocess.which("pdfinfo") == nil, "end-to-end tier: poppler-utils is not installed (make deps)")
        let (folder, _) = try samples()
        let built = temporaryDirectory()
        let source = Repo.root + "/samples/units/青山县.yaml"
        for (sub, ext) in [("pdf", "pdf"), ("ofd", "ofd")] {
            try FileManager.default.createDirectory(atPath: built + "/" + sub, withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: folder + "/青山县." + ext, toPath: built + "/\(sub)/青山县.\(ext)")
        }
        try FileManager.default.createDirectory(atPath: built + "/odt", withIntermediateDirectories: true)
        try Data("odt".utf8).write(to: URL(fileURLWithPath: built + "/odt/青山县.odt"))
        let date = OfficialDate(epochSeconds: 1_780_000_000)
        let bundle = try Archiver.create(units: [source], odtDirectory: built + "/odt", pdfDirectory: built + "/pdf", ofdDirectory: built + "/ofd",
                                         stylesDirectory: nil, outputDirectory: built, date: date)
        let entries = try ZipArchive.read(bundle)
        let manifest = String(decoding: entries.first { $0.name == Archiver.manifestName }!.bytes, as: UTF8.self)
        let ofdLine = manifest.split(separator: "\n").first { $0.hasPrefix("ofd/青山县.ofd\t") }
        let pdfPages = try Subprocess.run(["pdfinfo", built + "/pdf/青山县.pdf"], timeout: 60).output
            .split(separator: "\n").first { $0.hasPrefix("Pages:") }?.split(separator: " ").last.map(String.init)
        XCTAssertNotNil(ofdLine, manifest)
        // path, sha256, bytes, unit, pages: the OFD's pages are the PDF's, as poppler counts them.
        XCTAssertEqual(ofdLine?.split(separator: "\t")[4].description, pdfPages, manifest)
        XCTAssertEqual(ofdLine?.split(separator: "\t")[1].description,
                       Digests.sha256Hex(FileManager.default.contents(atPath: built + "/ofd/青山县.ofd")!))
        XCTAssertEqual(try Archiver.verify(bundle: bundle).problems, [])
        // An OFD older than its source: made before the source last changed.
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_000_000)], ofItemAtPath: built + "/ofd/青山县.ofd")
        XCTAssertThrowsError(try Archiver.create(units: [source], odtDirectory: built + "/odt", pdfDirectory: built + "/pdf", ofdDirectory: built + "/ofd",
                                                 stylesDirectory: nil, outputDirectory: built, date: date)) { error in
            XCTAssert("\(error)".contains("older than its unit's source"), "\(error)")
        }
    }

    /// `--ofd-archive`: OFD-A (GB/T 42133-2022): DocType, the archival metadata, fonts that keep every
    /// table §6.2.6 lists (read by fontTools), and the yardstick's OFD-A font check.
    func testOFDArchiveWritesOFDA() throws {
        try XCTSkipIf(Subprocess.which("fc-match") == nil, "end-to-end tier: fontconfig is not installed (make deps)")
        try XCTSkipIf((try? Subprocess.run(["python3", "-c", "import fontTools, lxml, pdfplumber"], timeout: 60))?.status != 0,
                      "end-to-end tier: fontTools, lxml or pdfplumber is missing (make test-deps)")
        let out = temporaryDirectory()
        let source = Repo.root + "/samples/documents/红头通知.yaml"
        let run = try gongwen(["typeset", "-o", out, "--ofd", out, "--ofd-archive", source])
        XCTAssertEqual(run.status, 0, run.output)
        let file = out + "/红头通知.ofd"
        XCTAssertEqual(OFDLayout.isArchival(ofd: file), true)
        let ofdXML = String(decoding: try ZipArchive.read(file).first { $0.name == "OFD.xml" }!.bytes, as: UTF8.self)
        XCTAssert(ofdXML.contains(#"DocType="OFD-A""#), ofdXML)
        XCTAssert(ofdXML.contains(#"<ofd:CustomData Name="题名">"#), ofdXML)
        XCTAssert(ofdXML.contains(#"<ofd:CustomData Name="文件编号">"#), ofdXML)
        // Every embedded face, as fontTools reads it, keeps the tables GB/T 42133 §6.2.6 c lists.
        let fonts = try ZipArchive.read(file).filter { $0.name.hasPrefix("Doc_0/Res/font_") }
        XCTAssertGreaterThanOrEqual(fonts.count, 2)
        for font in fonts {
            let path = out + "/" + (font.name as NSString).lastPathComponent
            try Data(font.bytes).write(to: URL(fileURLWithPath: path))
            let tables = try Subprocess.run(["python3", "-c", "import sys; from fontTools.ttLib import TTFont; print(' '.join(sorted(TTFont(sys.argv[1]).keys())))", path], timeout: 60)
            XCTAssertEqual(tables.status, 0, tables.output)
            let tags = Set(tables.output.split(whereSeparator: \.isWhitespace).map(String.init))
            for tag in ["cmap", "head", "hhea", "hmtx", "maxp", "name", "OS/2", "post"] { XCTAssert(tags.contains(tag), "\(font.name): \(tags)") }
            XCTAssert(tags.contains("CFF ") || tags.contains("CFF") || (tags.contains("glyf") && tags.contains("loca")), "\(font.name): \(tags)")
        }
        // The yardstick, OFD-A fonts: every face embedded. Its schema check reads the 2016 schema, which
        // fixes DocType to "OFD": that, and only that, it reports.
        let checker = Self.shared + "/tools/ofd_check.py"
        try XCTSkipIf(!FileManager.default.fileExists(atPath: checker), "end-to-end tier: ../shared/tools/ofd_check.py is not here")
        let check = try Subprocess.run(["python3", checker, "--archive", "--pdf", out + "/红头通知.pdf", file], timeout: 300)
        let lines = check.output.split(separator: "\n").map(String.init)
        XCTAssert(lines.contains { $0.contains("fonts") && $0.contains("PASS") }, check.output)
        XCTAssert(lines.contains { $0.contains("pdf-positions") && $0.contains("PASS") }, check.output)
        let failing = lines.filter { $0.contains("FAIL") }
        XCTAssert(failing.allSatisfy { $0.contains("schema") && $0.contains("DocType") }, check.output)
        // gongwen's own validation reads DocType OFD-A as the archival profile's and finds the rest valid.
        let schemas = Self.shared + "/ofd-schema"
        let valid = try gongwen(["validate", "--ofd-schemas", schemas, file])
        XCTAssertEqual(valid.status, 0, valid.output)
    }

    /// `build --ofd` then `--ofd-archive`: the plain OFD is not kept as up to date when OFD-A is asked for.
    func testChangingTheProfileRebuildsTheOFD() throws {
        try XCTSkipIf(Subprocess.which("fc-match") == nil, "end-to-end tier: fontconfig is not installed (make deps)")
        let out = temporaryDirectory()
        var options = try repoBuildOptions(output: out)
        options.convert = nil
        options.ofd = true
        let sources = [Repo.root + "/samples/units/青山县.yaml"]
        XCTAssertEqual(BuildRunner(options: options).run(sources: sources, progress: Progress(quiet: true)).units.map(\.ofd), [.built])
        XCTAssertEqual(OFDLayout.isArchival(ofd: out + "/ofd/青山县.ofd"), false)
        options.ofdArchive = true
        XCTAssertEqual(BuildRunner(options: options).run(sources: sources, progress: Progress(quiet: true)).units.map(\.ofd), [.built])
        XCTAssertEqual(OFDLayout.isArchival(ofd: out + "/ofd/青山县.ofd"), true)
        XCTAssertEqual(BuildRunner(options: options).run(sources: sources, progress: Progress(quiet: true)).units.map(\.ofd), [.unchanged])
    }
}
