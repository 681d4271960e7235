import XCTest
@testable import GongwenKit

/// Builds real units to PDF with LibreOffice and looks at the result as a reader would.
final class EndToEndTests: XCTestCase {
    func run(_ command: [String]) throws -> Subprocess.Outcome {
        try Subprocess.run(command, timeout: 300)
    }

    func testSampleBecomesAPDFWithItsTextAndPassesTheLayoutChecker() throws {
        try XCTSkipIf(Subprocess.which("soffice") == nil, "end-to-end tier: LibreOffice is not installed (make deps)")
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

    /// What stops `build` before it starts stops `check` too, with the same message.
    func testCheckAndBuildAgreeOnWhatStopsARun() throws {
        let dir = temporaryDirectory()
        write(minimalDocument, to: dir + "/a/青山县.yaml")
        write(minimalDocument, to: dir + "/b/青山县.yaml")
        let longName = String(repeating: "很", count: 80)
        write(minimalDocument, to: dir + "/c/\(longName).yaml")
        let clash = "\(dir)/b/青山县.yaml: error: unit name '青山县' is also used by \(dir)/a/青山县.yaml; both would write 青山县.odt"
        let tooLong = "\(dir)/c/\(longName).yaml: error: the unit name is 240 bytes long (UTF-8); its output files need a name of at most 236 bytes: shorten the file name"
        for command in ["check", "build"] {
            let (status, stderr) = try gongwen([command] + (command == "build" ? ["--odt-only", "-o", dir + "/out"] : []) + [dir + "/a", dir + "/b", dir + "/c"])
            XCTAssertEqual(status, 1, command)
            XCTAssertTrue(stderr.contains(clash), "\(command): \(stderr)")
            XCTAssertTrue(stderr.contains(tooLong), "\(command): \(stderr)")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir + "/out/odt"), "build stopped before writing")
        // A file discovery skips is read when named: by both.
        write(minimalDocument, to: dir + "/d/_draft.yaml")
        let (checked, checkErr) = try gongwen(["check", dir + "/d/_draft.yaml"])
        XCTAssertEqual(checked, 0, checkErr)
        XCTAssertTrue(checkErr.contains("1 units, 1 ok"), checkErr)
        let (built, buildErr) = try gongwen(["build", "--odt-only", "-q", "-o", dir + "/out", dir + "/d/_draft.yaml", dir + "/d"])
        XCTAssertEqual(built, 0, buildErr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir + "/out/odt"), ["_draft.odt"])
    }

    func testLimitsNameTheirFlagAndTheFlagRaisesThem() throws {
        let dir = temporaryDirectory()
        write(minimalDocument + (0..<60).map { "  - 第\($0)段。\n" }.joined(), to: dir + "/long.yaml")
        let (status, stderr) = try gongwen(["check", "--max-nodes", "50", dir + "/long.yaml"])
        XCTAssertEqual(status, 1)
        XCTAssertTrue(stderr.contains("\(dir)/long.yaml:46:5: error: the source expands to more than 50 YAML nodes (aliases count each time they are used); raise the limit with --max-nodes if this is intended"), stderr)
        let (raised, raisedErr) = try gongwen(["check", "--max-nodes", "1K", dir + "/long.yaml"])
        XCTAssertEqual(raised, 0, raisedErr)
    }

    /// Ctrl-C in the middle of a conversion: LibreOffice is stopped, temporary profiles, staging
    /// folders and font set-up are gone, and what was written is complete.
    func testInterruptLeavesNoProcessAndNoTemporaryFile() throws {
        try XCTSkipIf(Subprocess.which("soffice") == nil, "end-to-end tier: LibreOffice is not installed (make deps)")
        let binary = Repo.root + "/.build/debug/gongwen"
        try XCTSkipIf(!FileManager.default.isExecutableFile(atPath: binary), "end-to-end tier: swift build first")
        let dir = temporaryDirectory()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["build", "-q", "--jobs", "2", "-o", dir + "/out", Repo.samples]
        let pipe = Pipe()
        process.standardError = pipe
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let pid = process.processIdentifier
        var converting = false
        for _ in 0..<600 where !converting {
            Thread.sleep(forTimeInterval: 0.1)
            converting = try Subprocess.run(["pgrep", "-f", "gongwen-lo-\(pid)-"]).status == 0
        }
        XCTAssertTrue(converting, "LibreOffice workers must be running when the signal comes")
        Thread.sleep(forTimeInterval: 1.0)
        kill(pid, SIGINT)
        let stderr = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 130, stderr)
        XCTAssertTrue(stderr.contains("gongwen: interrupted: stopped "), stderr)
        Thread.sleep(forTimeInterval: 0.5)
        XCTAssertNotEqual(try Subprocess.run(["pgrep", "-f", "gongwen-lo-\(pid)-"]).status, 0, "no LibreOffice of the run is left")
        let temporary = try FileManager.default.contentsOfDirectory(atPath: NSTemporaryDirectory())
        XCTAssertEqual(temporary.filter { $0.hasPrefix("gongwen-lo-\(pid)-") || $0 == "gongwen-fonts-\(pid)" }, [])
        let pdfs = (try? FileManager.default.contentsOfDirectory(atPath: dir + "/out/pdf")) ?? []
        XCTAssertEqual(pdfs.filter { $0.hasPrefix(".") }, [], "no staging folder or temporary file")
        for pdf in pdfs where !pdf.hasPrefix(".") { XCTAssertTrue(PDFConverter.looksComplete(dir + "/out/pdf/" + pdf, format: .pdf), pdf) }
        let odts = try FileManager.default.contentsOfDirectory(atPath: dir + "/out/odt")
        XCTAssertEqual(odts.filter { !$0.hasSuffix(".odt") }, [])
        for odt in odts { XCTAssertNoThrow(try ZipArchive.read(dir + "/out/odt/" + odt), odt) }
    }

    /// Runs the built command-line tool; returns its exit status and standard error.
    func gongwen(_ arguments: [String]) throws -> (Int32, String) {
        let binary = Repo.root + "/.build/debug/gongwen"
        try XCTSkipIf(!FileManager.default.isExecutableFile(atPath: binary), "end-to-end tier: swift build first")
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

    /// Machines must agree on which shard a unit belongs to: these slices were computed apart from
    /// gongwen (FNV-1a 64 of the UTF-8 name, in Python), so a hash that changes fails here.
    func testShardAssignmentsAreFixedAcrossMachines() {
        let units = Repo.sampleUnits
        let slices = (1...3).map { UnitDiscovery.shard(units, index: $0, count: 3).map(UnitNaming.unitName) }
        XCTAssertEqual(slices, [["云溪县", "梅岭市", "玉堃县", "翠屏区"], ["东湖区", "安平县", "白沙县", "石门县"], ["临江区", "青山县"]])
    }
}
