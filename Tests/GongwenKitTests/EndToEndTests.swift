import XCTest
@testable import GongwenKit

/// Builds real units to PDF with LibreOffice and looks at the result as a reader would.
final class EndToEndTests: XCTestCase {
    func run(_ command: [String]) throws -> Subprocess.Outcome {
        try Subprocess.run(command, timeout: 300)
    }

    func testSampleBecomesAPDFWithItsTextAndPassesTheLayoutChecker() throws {
        try XCTSkipIf(Subprocess.which("soffice") == nil, "LibreOffice is not installed (make deps)")
        let out = temporaryDirectory()
        let unit = Repo.samples + "/青山县.yaml"
        let options = try repoBuildOptions(output: out)
        let report = BuildRunner(options: options).run(sources: [unit], progress: Progress(quiet: true))
        XCTAssertEqual(report.failed, 0, "\(report.units.map(\.diagnostics))")
        let pdf = out + "/pdf/青山县.pdf"
        XCTAssertTrue(PDFConverter.looksComplete(pdf, format: .pdf))

        let text = try run(["pdftotext", "-layout", pdf, "-"]).output.replacingOccurrences(of: " ", with: "")
        let document = try DocumentReader.read(path: unit).document
        XCTAssertTrue(text.contains("青山县2023年上半年宣传思想文化工作总结"), text)
        XCTAssertTrue(text.contains(document.date.chinese))
        for key in ["中心组学习次数", "用稿总量", "文旅总投资亿元", "宣讲品牌"] {
            let value = try XCTUnwrap(document.values[key]).description
            XCTAssertTrue(text.contains(value), "\(key) = \(value) missing from the PDF")
        }
        XCTAssertFalse(text.contains("*"))
        XCTAssertFalse(text.contains("{{"))
        XCTAssertTrue(text.contains("—1—"), "page number")

        let checker = Repo.shared + "/tools/gbt9704_check.py"
        let check = try run(["python3", checker, pdf])
        XCTAssertEqual(check.status, 0, check.output)
        XCTAssertTrue(check.output.contains("gbt9704: all checks hold"), check.output)
    }

    func testBrokenUnitsFailAloneWithLocatedErrors() throws {
        let dir = temporaryDirectory()
        let units = dir + "/units"
        try FileManager.default.createDirectory(atPath: units, withIntermediateDirectories: true)
        let template = Repo.root + "/samples/templates/half-year-summary.yaml"
        let good = try String(contentsOfFile: Repo.samples + "/青山县.yaml", encoding: .utf8)
            .replacingOccurrences(of: "../templates/half-year-summary.yaml", with: template)
        write(good, to: units + "/good.yaml")
        write(good.replacingOccurrences(of: "values:", with: "values: [broken"), to: units + "/syntax.yaml")
        write(good.replacingOccurrences(of: "  用稿总量:", with: "  用稿总量多余:"), to: units + "/missing.yaml")
        write(minimalDocument.replacingOccurrences(of: "title: 测试单位工作总结", with: "title: {a: 1}"), to: units + "/type.yaml")

        let (status, stderr) = try gongwen(["build", "--odt-only", "-q", "--allow", Repo.root + "/samples/templates", "-o", dir + "/out", units])
        XCTAssertEqual(status, 1)
        XCTAssertTrue(stderr.contains("\(units)/syntax.yaml:4:5: error: YAML syntax"), stderr)
        XCTAssertTrue(stderr.contains("\(units)/missing.yaml:3:1: error: no value for placeholder '{{用稿总量}}'"), stderr)
        XCTAssertTrue(stderr.contains("\(units)/type.yaml:1:8: error: title must be text, not a mapping"), stderr)
        XCTAssertTrue(stderr.contains("3 failed"), stderr)
        let odts = try FileManager.default.contentsOfDirectory(atPath: dir + "/out/odt")
        XCTAssertEqual(odts, ["good.odt"], "no half-written or partial outputs")
    }

    func testErrorsPrintFileLineColumnAndExitNonZero() throws {
        let dir = temporaryDirectory()
        write(minimalDocument.replacingOccurrences(of: "date: 2023-07-10", with: "date: [2023]"), to: dir + "/type.yaml")
        let (status, stderr) = try gongwen(["check", dir + "/type.yaml"])
        XCTAssertEqual(status, 1)
        XCTAssertTrue(stderr.contains("\(dir)/type.yaml:3:7: error: date must be text, not a list"), stderr)
    }

    /// Runs the built command-line tool; returns its exit status and standard error.
    func gongwen(_ arguments: [String]) throws -> (Int32, String) {
        let binary = Repo.root + "/.build/debug/gongwen"
        try XCTSkipIf(!FileManager.default.isExecutableFile(atPath: binary), "swift build first")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardError = pipe
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    func testShardsCoverEveryUnitExactlyOnce() {
        let units = (0..<500).map { "u/unit\($0).yaml" }
        let shards = (1...3).map { UnitDiscovery.shard(units, index: $0, count: 3) }
        XCTAssertEqual(shards.map(\.count).reduce(0, +), 500)
        XCTAssertEqual(Set(shards.joined()), Set(units))
        XCTAssertTrue(shards.allSatisfy { $0.count > 100 })
        XCTAssertEqual(UnitDiscovery.shard(units, index: 2, count: 3), shards[1], "stable")
    }
}
