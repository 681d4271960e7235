import Foundation
import XCTest
@testable import GongwenKit

/// Issue 24: the clerk's desk. The batch report opened in a real browser (Debian's headless Chromium)
/// and read as a person sees it; `gongwen watch` driven by real saves.
final class ClerkDeskTests: XCTestCase {
    static let binary = Repo.root + "/.build/debug/gongwen"

    /// A project with three sample units, their template, and a fourth unit that is broken at a known place.
    func project(_ name: String = #function) -> (root: String, units: [String], broken: String) {
        let root = temporaryDirectory(name)
        try? FileManager.default.createDirectory(atPath: root + "/units", withIntermediateDirectories: true)
        try? FileManager.default.copyItem(atPath: Repo.root + "/samples/templates", toPath: root + "/templates")
        let units = ["青山县", "白沙县", "东湖区"]
        for unit in units {
            try? FileManager.default.copyItem(atPath: Repo.samples + "/\(unit).yaml", toPath: root + "/units/\(unit).yaml")
        }
        // A flow sequence left open on line 4: the YAML reader refuses it, located.
        write("template: ../templates/half-year-summary.yaml\nvalues:\n  单位: \"坏县\"\n  宣讲场次: [151\n", to: root + "/units/坏县.yaml")
        return (root, units, "坏县")
    }

    func run(_ arguments: [String], in folder: String? = nil) throws -> (status: Int32, output: String) {
        // In English whatever the machine's locale: the tests read the messages.
        let outcome = try Subprocess.run(["/bin/sh", "-c", #"cd "$1" && shift && exec "$@" 2>&1"#, "sh", folder ?? Repo.root, Self.binary] + arguments,
                                         environment: Self.english)
        return (outcome.status, outcome.output)
    }

    static var english: [String: String] {
        var environment = ProcessInfo.processInfo.environment
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] { environment[name] = nil }
        return environment
    }


    func testTheReportInABrowserShowsEveryUnitItsErrorThePicturesAndTheFilters() throws {
        try XCTSkipIf(Subprocess.which("chromium") == nil, "end-to-end tier: Chromium is not installed (make test-deps)")
        try XCTSkipIf(Subprocess.which("mutool") == nil, "end-to-end tier: mutool is not installed (make deps)")
        let (root, units, broken) = project()
        let built = try run(["build", "--engine", "native", "-o", "out", "units"], in: root)
        XCTAssertEqual(built.status, 1, "one unit is broken, so the build fails: \(built.output)")
        let page = root + "/out/report.html"
        XCTAssert(FileManager.default.fileExists(atPath: page), built.output)

        // The report inside a frame of a page of the test's own, which reads it as it was drawn: the
        // rows, the broken unit's message, each picture's natural width, then the rows left visible
        // after a click on "only the failed ones".
        let wrapper = """
            <!DOCTYPE html><html><body><pre id="result">pending</pre>
            <iframe id="report" src="out/report.html" width="1400" height="900"></iframe>
            <script>
            document.getElementById("report").addEventListener("load", function () {
              var d = document.getElementById("report").contentDocument;
              var rows = Array.from(d.querySelectorAll("tr.unit"));
              var visible = function () { return rows.filter(function (r) { return r.offsetParent !== null; }).map(function (r) { return r.dataset.unit; }); };
              var result = { units: rows.map(function (r) { return r.dataset.unit; }), shown: visible(),
                failedText: rows.filter(function (r) { return r.classList.contains("failed"); }).map(function (r) { return r.innerText; }),
                pictures: rows.map(function (r) { var i = r.querySelector("img"); return [r.dataset.unit, i ? i.naturalWidth : -1]; }) };
              d.getElementById("only-failed").click();
              result.shownFailed = visible();
              d.getElementById("only-failed").click();
              result.shownAgain = visible();
              document.getElementById("result").textContent = JSON.stringify(result);
            });
            </script></body></html>
            """
        write(wrapper, to: root + "/look.html")
        let browser = try Subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--allow-file-access-from-files",
                                          "--user-data-dir=" + root + "/chromium", "--dump-dom", "file://" + root + "/look.html"], timeout: 120)
        guard let start = browser.output.range(of: "<pre id=\"result\">"), let end = browser.output.range(of: "</pre>", range: start.upperBound..<browser.output.endIndex) else {
            return XCTFail("Chromium printed no result: \(browser.output.prefix(2000))")
        }
        let json = String(browser.output[start.upperBound..<end.lowerBound]).replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
        struct Seen: Decodable {
            var units: [String]
            var shown: [String]
            var failedText: [String]
            var pictures: [[JSONValue]]
            var shownFailed: [String]
            var shownAgain: [String]
        }
        let seen = try JSONDecoder().decode(Seen.self, from: Data(json.utf8))
        XCTAssertEqual(Set(seen.units), Set(units + [broken]), "every unit has its row")
        XCTAssertEqual(Set(seen.shown), Set(units + [broken]), "every row is shown before filtering")
        XCTAssertEqual(seen.failedText.count, 1)
        // The broken unit's located message, as build printed it: the list opened on line 4 is still
        // open where the file ends, at line 5, column 1.
        XCTAssert(seen.failedText.first?.contains("units/坏县.yaml:5:1: error: YAML") == true, "\(seen.failedText)")
        XCTAssert(built.output.contains("units/坏县.yaml:5:1: error: YAML"), built.output)
        for picture in seen.pictures {
            guard case .string(let unit) = picture[0], case .number(let width) = picture[1] else { return XCTFail("\(picture)") }
            if unit == broken { XCTAssertEqual(width, -1, "the broken unit has no PDF and so no picture") } else {
                XCTAssertEqual(width, 160, "\(unit)'s page 1 picture loaded at its natural width")
            }
        }
        XCTAssertEqual(seen.shownFailed, [broken], "the filter leaves only the failed unit")
        XCTAssertEqual(Set(seen.shownAgain), Set(units + [broken]), "and shows every row again when cleared")
    }

    func testTheReportKeepsEachPictureByThePDFsHashAndAddsUpTheFigures() throws {
        try XCTSkipIf(Subprocess.which("mutool") == nil, "end-to-end tier: mutool is not installed (make deps)")
        let (root, units, _) = project()
        try FileManager.default.removeItem(atPath: root + "/units/坏县.yaml")
        XCTAssertEqual(try run(["build", "--engine", "native", "-o", "out", "units"], in: root).status, 0)
        let cache = root + "/out/report/cache"
        let pictures = try FileManager.default.contentsOfDirectory(atPath: cache).filter { $0.hasSuffix(".png") }.sorted()
        XCTAssertEqual(pictures.count, units.count)
        // Each picture is named by its PDF's SHA-256, computed here with sha256sum.
        for unit in units {
            let sum = try Subprocess.run(["sha256sum", root + "/out/pdf/\(unit).pdf"]).output.prefix(64)
            XCTAssert(pictures.contains(sum + ".png"), "\(unit): \(sum) not in \(pictures)")
        }
        let times = pictures.map { FileSystem.modified(cache + "/" + $0) }
        let page = try XCTUnwrap(FileManager.default.contents(atPath: root + "/out/report.html"))
        // A second build changes nothing: no picture is drawn again, and the page is the same bytes
        // (every unit now "unchanged", so it is rewritten once with that status, then stays).
        XCTAssertEqual(try run(["build", "--engine", "native", "-o", "out", "units"], in: root).status, 0)
        let second = try XCTUnwrap(FileManager.default.contents(atPath: root + "/out/report.html"))
        XCTAssertNotEqual(page, second, "the status went from built to unchanged")
        XCTAssertEqual(pictures.map { FileSystem.modified(cache + "/" + $0) }, times, "no picture was drawn again")
        XCTAssertEqual(try run(["report", "out"], in: root).status, 0)
        XCTAssertEqual(FileManager.default.contents(atPath: root + "/out/report.html"), second, "the same folder gives the same page")
        // A folder no build wrote into is refused, not shown as an empty page.
        let typo = try run(["report", "no-such-folder"], in: root)
        XCTAssertEqual(typo.status, 1)
        XCTAssert(typo.output.contains("no build has recorded its units in no-such-folder"), typo.output)
        let text = String(decoding: second, as: UTF8.self)
        XCTAssert(text.contains("未变"))
        // The figures of the three units, added up by hand from their files:
        // 用稿总量 青山县 1720, 白沙县 and 东湖区 read below; the total and the first three.
        let figures = try units.map { unit -> Int in
            let source = try String(contentsOfFile: Repo.samples + "/\(unit).yaml", encoding: .utf8)
            let line = try XCTUnwrap(source.split(separator: "\n").first { $0.hasPrefix("  用稿总量:") })
            return try XCTUnwrap(Int(line.split(separator: ":")[1].trimmingCharacters(in: .whitespaces)))
        }
        XCTAssertEqual(figures[0], 1720)
        let total = figures.reduce(0, +)
        let ranked = zip(units, figures).sorted { $0.1 > $1.1 }.map(\.0).joined(separator: "、")
        XCTAssert(text.contains("<td>用稿总量</td><td class=\"number\">3</td><td class=\"number\">\(total)</td>"), "total \(total) missing")
        XCTAssert(text.contains("<td>\(ranked)</td>"), "ranking \(ranked) missing")
        // A unit whose source is gone leaves the page, and its picture the cache.
        try FileManager.default.removeItem(atPath: root + "/units/白沙县.yaml")
        let gone = try Subprocess.run(["sha256sum", root + "/out/pdf/白沙县.pdf"]).output.prefix(64)
        XCTAssertEqual(try run(["report", "out"], in: root).status, 0)
        let after = try String(contentsOfFile: root + "/out/report.html", encoding: .utf8)
        XCTAssertFalse(after.contains("data-unit=\"白沙县\""))
        XCTAssertFalse(FileManager.default.fileExists(atPath: cache + "/" + gone + ".png"))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: cache).filter { $0.hasSuffix(".png") }.count, 2)
    }

    func testWatchRebuildsOnSaveKeepsTheLastPDFOnAnErrorAndStopsOnCtrlC() throws {
        try XCTSkipIf(Subprocess.which("pdftotext") == nil, "end-to-end tier: pdftotext is not installed (make deps)")
        let (root, _, _) = project()
        try FileManager.default.removeItem(atPath: root + "/units/坏县.yaml")
        let unit = root + "/units/青山县.yaml"
        let pdf = root + "/out/pdf/青山县.pdf"
        let log = root + "/watch.log"
        FileManager.default.createFile(atPath: log, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.binary)
        process.arguments = ["watch", "-o", root + "/out", unit]
        process.environment = Self.english
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: log))
        process.standardError = process.standardOutput
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        func said() -> String { (try? String(contentsOfFile: log, encoding: .utf8)) ?? "" }
        func wait(_ what: String, _ condition: () -> Bool) {
            let deadline = Date().addingTimeInterval(30)
            while !condition(), Date() < deadline { usleep(5_000) }
            XCTAssert(condition(), "\(what); watch said:\n\(said())")
        }
        wait("the first build") { said().contains("watching 1 units") }
        func inode(_ path: String) -> UInt64? { (try? FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? UInt64) ?? nil }
        let first = inode(pdf)
        XCTAssertNotNil(first)
        // A figure changed and saved: a new PDF with it.
        let source = try String(contentsOfFile: unit, encoding: .utf8)
        try source.replacingOccurrences(of: "  用稿总量: 1720", with: "  用稿总量: 86427").write(toFile: unit, atomically: false, encoding: .utf8)
        wait("a new PDF after the save") { inode(pdf) != first }
        let text = try Subprocess.run(["pdftotext", pdf, "-"]).output
        XCTAssert(text.contains("86427"), "the saved figure is in the new PDF")
        // A broken save: the located error, and the PDF left as it was.
        let good = inode(pdf)
        try (source + "  宣讲场次: [\n").write(toFile: unit, atomically: true, encoding: .utf8)
        wait("the error") { said().contains("青山县.yaml:") && said().contains(": error: ") }
        wait("the note that the last PDF stays") { said().contains("the last good PDF stays") }
        XCTAssertEqual(inode(pdf), good, "the last good PDF stays")
        // Ctrl-C: watch stops between builds and exits 0.
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, said())
        XCTAssert(said().contains("gongwen watch: stopped"), said())
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: root + "/out/pdf"), ["青山县.pdf"], "nothing half written is left")
    }
}

/// A JSON value of unknown type (a picture's row: [name, width]).
enum JSONValue: Decodable {
    case string(String), number(Double)
    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let s = try? container.decode(String.self) { self = .string(s) } else { self = .number(try container.decode(Double.self)) }
    }
}
