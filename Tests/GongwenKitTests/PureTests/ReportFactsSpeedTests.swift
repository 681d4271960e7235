import Foundation
import XCTest
@testable import GongwenKit

/// The report's facts made cheaper (issue 24): lines grouped in one pass, a byte search, and a PDF
/// the build has just hashed not read again. Each held here to what the slower way answered, written
/// out by hand.
final class ReportFactsSpeedTests: XCTestCase {
    func glyph(_ text: String, x: Double, baseline: Double = 100, size: Double = 16, font: String = "FandolFang-Regular", red: Bool = false) -> PDFLayout.Glyph {
        let width = text.unicodeScalars.first.map { $0.value < 0x80 ? 0.5 : 1 } ?? 1
        return PDFLayout.Glyph(text: text, x0: x, x1: x + width * size * 25.4 / 72, baseline: baseline, size: size, font: font, red: red)
    }

    /// Baselines less than 3 mm from the one before share a line; a line reads left to right; a blank
    /// glyph (a space, an ideographic space) stands on none.
    func testGlyphsFallIntoLinesByBaselineAndReadLeftToRight() {
        let glyphs = [glyph("文", x: 40, baseline: 101.5), glyph("公", x: 30), glyph(" ", x: 35), glyph("\u{3000}", x: 36),
                      glyph("二", x: 30, baseline: 104.6), glyph("A", x: 50, baseline: 101.4)]
        let lines = PDFLayout.lines(glyphs)
        XCTAssertEqual(lines.map(\.text), ["公文A", "二"])
        XCTAssertEqual(lines[0].x0, 30)
        XCTAssertEqual(lines[0].x1, 50 + 0.5 * 16 * 25.4 / 72, accuracy: 1e-9)
        // 100 once, 101.5 once, 101.4 once: the first to reach the highest count is 100.
        XCTAssertEqual(lines[0].baseline, 100)
        XCTAssertEqual(lines[0].top, 100 - 0.88 * 16 * 25.4 / 72, accuracy: 1e-9)
        XCTAssertEqual(lines[0].bottom, 101.5 + 0.12 * 16 * 25.4 / 72, accuracy: 1e-9)
        // A chain of baselines each within 3 mm of the last is one line, however far it runs.
        let chain = (0..<5).map { glyph("字", x: Double(40 + $0 * 6), baseline: 100 + Double($0) * 2.5) }
        XCTAssertEqual(PDFLayout.lines(chain).map(\.text), ["字字字字字"])
        XCTAssertEqual(PDFLayout.lines([]).count, 0)
        XCTAssertEqual(PDFLayout.lines([glyph(" ", x: 30), glyph("\u{3000}", x: 40)]).count, 0)
    }

    /// A line's face is that of most of its Chinese characters (a Western face's digits do not count);
    /// its size the most common; it is red only when every glyph is.
    func testALinesFaceSizeAndColourAreThoseOfMostOfItsGlyphs() {
        var glyphs = (0..<3).map { glyph("字", x: Double(30 + $0 * 6), font: "FandolKai-Regular", red: true) }
        glyphs += (0..<5).map { glyph("1", x: Double(50 + $0 * 3), size: 12, font: "TimesNewRoman", red: true) }
        glyphs += (0..<2).map { glyph("字", x: Double(70 + $0 * 6), font: "FandolFang-Regular", red: true) }
        let line = PDFLayout.Line(glyphs)
        XCTAssertEqual(line.font, "FandolKai-Regular")
        XCTAssertEqual(line.size, 12)
        XCTAssertTrue(line.red)
        glyphs.append(glyph("。", x: 90))
        XCTAssertFalse(PDFLayout.Line(glyphs).red)
        // A tie goes to the value that reached it first: two of each, B first.
        let tie = [glyph("甲", x: 30, font: "B"), glyph("乙", x: 36, font: "A"), glyph("丙", x: 42, font: "B"), glyph("丁", x: 48, font: "A")]
        XCTAssertEqual(PDFLayout.Line(tie).font, "B")
        // Glyphs given out of order are read left to right.
        XCTAssertEqual(PDFLayout.Line([glyph("文", x: 40), glyph("公", x: 30)]).text, "公文")
        // More than 16 distinct sizes (the counter's short list overflows into a table): still the
        // most common, here 10.5 pt, which comes three times among 20 others.
        var sizes = (0..<20).map { glyph("字", x: Double(30 + $0), size: 20 + Double($0)) }
        sizes += (0..<3).map { glyph("字", x: Double(60 + $0 * 10), size: 10.5) }
        XCTAssertEqual(PDFLayout.Line(sizes).size, 10.5)
    }

    func testBlankIsWhiteSpaceAndNothingElse() {
        for blank in ["", " ", "\u{3000}", "\u{A0}", "\t", "\u{2003}"] { XCTAssertTrue(PDFLayout.isBlank(blank), "\(blank.unicodeScalars.map(\.value))") }
        for text in ["a", "~", "中", "龥", "，", "\u{4E00}", "\u{9FFF}", "é", "😀", " a"] { XCTAssertFalse(PDFLayout.isBlank(text), text) }
    }

    func testTheByteSearchFindsWhatContainsWouldFind() {
        let cases: [(String, String, Bool)] = [
            ("XX", "XX", true), ("aXX", "XX", true), ("XaX", "XX", false), ("XXX", "XX", true), ("X", "XX", false),
            ("共×××人", "×××", true), ("共××人", "×××", false), ("{{单位}}", "{{", true), ("{单位}", "{{", false),
            ("", "*", false), ("abc", "", true), ("ab*", "*", true), ("*ab", "*", true), ("第二XX条", "XX", true),
        ]
        for (text, part, expected) in cases {
            XCTAssertEqual(LayoutVerifier.has(text, part), expected, "'\(text)' has '\(part)'")
        }
        XCTAssertTrue(LayoutVerifier.has("Times New Roman", "roman", ignoringASCIICase: true))
        XCTAssertFalse(LayoutVerifier.has("Times New Roman", "roman"))
    }

    /// The report of a build trusts the hash the build took of a PDF only while the file stands as it
    /// was then; a PDF rewritten since (even to the same size and time) is hashed again.
    func testAPDFHashedByTheBuildIsNotReadAgainUnlessItChanged() throws {
        let folder = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let cache = folder + "/report/cache", pdf = folder + "/pdf/甲.pdf"
        try FileSystem.makeDirectories(cache)
        try FileSystem.makeDirectories(folder + "/pdf")
        // Facts kept in the cache for two PDFs, by their hashes (the pictures are only looked for).
        func keep(_ sha: String, pages: Int) throws {
            try ZipArchive.writeAtomically(Array(try JSONEncoder().encode(PDFFacts(pages: pages))), to: cache + "/" + sha + "." + PDFFactsCache.verifierTag + ".json")
            try ZipArchive.writeAtomically([0x89], to: cache + "/" + sha + ".png")
        }
        let first = Array("%PDF-1.7 first".utf8), second = Array("%PDF-1.7 other".utf8)
        try keep(Digests.sha256Hex(first), pages: 1)
        try keep(Digests.sha256Hex(second), pages: 2)
        // What the build said: it wrote `first` there. The file holds `second`'s bytes, under the
        // stamp taken now: trusted, so `first`'s facts (1 page), with no byte read.
        try ZipArchive.writeAtomically(second, to: pdf)
        let stamp = try XCTUnwrap(FileSystem.stamp(pdf))
        PDFFactsCache.hashedHere.withLock { $0[pdf] = (Digests.sha256Hex(first), stamp, nil) }
        defer { _ = PDFFactsCache.hashedHere.withLock { $0.removeValue(forKey: pdf) } }
        XCTAssertEqual(try PDFFactsCache.facts([pdf], cache: cache, jobs: 1).facts[pdf]?.pages, 1)
        // Facts the build measured and kept are taken as it measured them, not read back from the cache.
        PDFFactsCache.hashedHere.withLock { $0[pdf] = (Digests.sha256Hex(first), stamp, PDFFacts(pages: 3)) }
        XCTAssertEqual(try PDFFactsCache.facts([pdf], cache: cache, jobs: 1).facts[pdf]?.pages, 3)
        // Rewritten with the same bytes, size and modification time: the change time differs, so the
        // stamp does, and the PDF is hashed: `second`'s facts.
        let before = try XCTUnwrap(FileSystem.stamp(pdf))
        var times = stat()
        XCTAssertEqual(stat(pdf, &times), 0)
        usleep(20_000)
        let fd = open(pdf, O_WRONLY | O_TRUNC)
        XCTAssertGreaterThanOrEqual(fd, 0)
        _ = second.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
        var both = [times.st_atim, times.st_mtim]
        XCTAssertEqual(utimensat(AT_FDCWD, pdf, &both, 0), 0)
        let after = try XCTUnwrap(FileSystem.stamp(pdf))
        XCTAssertNotEqual(before, after, "the kernel's change time moved")
        try keep(Digests.sha256Hex(second), pages: 2)   // the report kept only the facts it showed
        XCTAssertEqual(try PDFFactsCache.facts([pdf], cache: cache, jobs: 1).facts[pdf]?.pages, 2)
    }
}

extension ReportFactsSpeedTests {
    /// The page's links, each folder's way reckoned once, are what reckoning each file's gives.
    func testLinksReckonedOnceAFolderAreTheLinksOfEachFile() {
        let cases = [("/a/out/pdf/青山县.pdf", "/a/out"), ("/a/out/documents/pdf/x#1%.pdf", "/a/out"), ("/a/b/pdf/x.pdf", "/a/out"),
                     ("out//pdf/白沙县.pdf", "."), ("./out/report/cache/ab.png", "out"), ("x.pdf", "."), ("/a/out/x;y.pdf", "/a/out")]
        for (path, page) in cases {
            let links = BatchReport.Links(from: page)
            XCTAssertEqual(links.link(path), BatchReport.relative(path, from: page), path)
            XCTAssertEqual(links.link(path), BatchReport.relative(path, from: page), "\(path), the folder's way known")
        }
        // Worked by hand: 青 E9 9D 92, 山 E5 B1 B1, 县 E5 8E BF; ';' is encoded.
        let links = BatchReport.Links(from: "/a/out")
        XCTAssertEqual(links.link("/a/out/pdf/青山县.pdf"), "pdf/%E9%9D%92%E5%B1%B1%E5%8E%BF.pdf")
        XCTAssertEqual(links.link("/a/out/x;y.pdf"), "x%3By.pdf")
        XCTAssertEqual(links.link("/a/b/pdf/x.pdf"), "../b/pdf/x.pdf")
    }

    /// Linear values to bytes: rounded, clamped, NaN as white.
    func testThePictureBytesRoundAndClampEveryValue() {
        var canvas = Canvas(width: 7, height: 3)   // 63 values
        let values: [Float] = [0, 1, 0.5, -3, 7, .nan, 1 / 255, 0.998, 0.002, .infinity, -.infinity]
        for i in canvas.pixels.indices { canvas.pixels[i] = values[i % values.count] }
        let expected: [UInt8] = [0, 255, 128, 0, 255, 255, 1, 254, 1, 255, 0]
        XCTAssertEqual(canvas.bytes(), canvas.pixels.indices.map { expected[$0 % expected.count] })
    }
}

extension ReportFactsSpeedTests {
    /// A value counted before the short list overflows into a table keeps its count after; NaN never
    /// matches itself, so each NaN counts once and never leads past a value seen twice.
    func testTheCounterKeepsCountsAcrossItsTableAndCountsNaNOnce() {
        var counter = PDFLayout.Line.Counter<Double>()
        counter.add(7)                                       // 7 once, before the table
        for v in 0..<20 { counter.add(100 + Double(v)) }     // 20 distinct values: the table
        counter.add(7)
        counter.add(8)
        counter.add(7)                                       // 7 three times in all
        XCTAssertEqual(counter.best, 7)
        var nan = PDFLayout.Line.Counter<Double>()
        for v in [Double.nan, .nan, .nan, 2, 2] { nan.add(v) }
        XCTAssertEqual(nan.best, 2, "three NaNs are three values seen once each")
        var none = PDFLayout.Line.Counter<String>()
        XCTAssertNil(none.best)
    }

    /// Records stored on several threads are each unit's, and the page's records are the same whether
    /// it takes those just stored or reads them back.
    func testRecordsStoredOnThreadsReadBackAsTheyWereStored() throws {
        let folder = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var report = BuildReport()
        for i in 0..<40 {
            var unit = UnitReport(unit: "单位\(i)", source: "units/单位\(i).yaml", odt: i % 7 == 0 ? .failed : .built, diagnostics: ["第 \(i) 条"])
            unit.figures = [RecordedFigure(name: "用稿总量", value: .integer(1000 + i))].compactMap { $0 }
            report.units.append(unit)
        }
        try UnitRecords.store(report, in: folder, jobs: 2)
        let names = try FileManager.default.contentsOfDirectory(atPath: UnitRecords.folder(folder)).sorted()
        XCTAssertEqual(names, (0..<40).map { "单位\($0).json" }.sorted())
        let read = UnitRecords.load(folder)
        let kept = UnitRecords.load(folder, stored: report.units)
        XCTAssertEqual(read.count, 40)
        func summary(_ records: [UnitReport]) -> [String] {
            records.map { "\($0.unit) \($0.odt) \($0.diagnostics) \($0.figures?.map(\.value?.description) ?? [])" }
        }
        XCTAssertEqual(summary(kept), summary(read))
        XCTAssertEqual(summary(read).first { $0.hasPrefix("单位7 ") }, "单位7 failed [\"第 7 条\"] [Optional(\"1007\")]")
    }

    /// The figures a report adds up, a name given twice counting as given first (as looking it up finds it).
    func testTheRollupTakesANameGivenTwiceAsGivenFirst() {
        func record(_ name: String, _ figures: [(String, Int)]) -> UnitReport {
            var record = UnitReport(unit: name, source: name + ".yaml", odt: .built, diagnostics: [])
            record.figures = figures.compactMap { RecordedFigure(name: $0.0, value: .integer($0.1)) }
            return record
        }
        let lines = BatchReport.rollup([record("甲", [("场次", 10), ("人数", 5), ("场次", 99)]), record("乙", [("人数", 7), ("场次", 20)]),
                                        record("丙", [("场次", 30)])])
        // 人数 is missing from 丙: not added up. 场次: 10 + 20 + 30, 甲's first 场次 counted.
        XCTAssertEqual(lines.map(\.field), ["场次", "场次"])
        XCTAssertEqual(lines.first?.total, "60")
        XCTAssertEqual(lines.first?.top, "丙、乙、甲")
    }
}

extension ReportFactsSpeedTests {
    /// The path the build registers a PDF it hashed under is the path its report looks for it at, with
    /// the stamp the file has and the SHA-256 sha256sum gives; the page then names its picture by it.
    func testTheReportFindsEachPDFTheBuildHashedWhereItLooks() throws {
        try XCTSkipIf(Subprocess.which("fc-match") == nil, "end-to-end tier: fontconfig's fc-match is not installed (make deps)")
        let out = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: out) }
        var options = try repoBuildOptions(output: out)
        options.engine = .native
        options.recordFigures = true
        let sources = [Repo.samples + "/青山县.yaml", Repo.samples + "/白沙县.yaml"]
        let report = BuildRunner(options: options, setNativelyAndWritten: { BatchReport.keepFacts(of: $0, output: out) })
            .run(sources: sources, progress: Progress(quiet: true))
        XCTAssertEqual(report.failed, 0, "\(report.units.map(\.diagnostics))")
        XCTAssertEqual(report.units.map(\.engine), ["native", "native"])
        var sums: [String] = []
        for record in report.units {
            let pdf = out + "/pdf/" + record.unit + ".pdf"   // where BatchReport.write looks
            let kept = try XCTUnwrap(PDFFactsCache.hashedHere.withLock { $0[pdf] }, "\(pdf) was not registered")
            XCTAssertEqual(kept.stamp, FileSystem.stamp(pdf))
            let sum = String(try Subprocess.run(["sha256sum", pdf]).output.prefix(64))
            XCTAssertEqual(kept.sha, sum)
            sums.append(sum)
        }
        try UnitRecords.store(report, in: out, jobs: 2)
        try BatchReport.write(folders: [BatchReport.Folder(path: out, title: "", stored: report.units)], to: out + "/report.html", jobs: 2)
        let page = try String(contentsOfFile: out + "/report.html", encoding: .utf8)
        for sum in sums { XCTAssert(page.contains("report/cache/" + sum + ".png"), sum) }
    }
}
