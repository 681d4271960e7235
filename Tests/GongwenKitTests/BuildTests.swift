import XCTest
@testable import GongwenKit

final class BuildTests: XCTestCase {
    func testDiscoveryWalksFoldersSkipsTemplatesAndReadsLists() throws {
        let dir = temporaryDirectory()
        for file in ["units/a.yaml", "units/sub/b.yml", "units/templates/t.yaml", "units/_draft.yaml", "units/notes.txt"] {
            write("x: 1\n", to: "\(dir)/\(file)")
        }
        XCTAssertEqual(try UnitDiscovery.find([dir + "/units"]), [dir + "/units/a.yaml", dir + "/units/sub/b.yml"])
        write("# units to build\n\(dir)/units/sub/b.yml\n\n\(dir)/units/a.yaml\n", to: dir + "/list.txt")
        XCTAssertEqual(try UnitDiscovery.find(["@" + dir + "/list.txt"]), [dir + "/units/sub/b.yml", dir + "/units/a.yaml"])
        XCTAssertThrowsError(try UnitDiscovery.find([dir + "/missing"]))
    }

    func testProgressCountsChineseAsTwoColumns() {
        XCTAssertEqual(Progress.columns("[1/9] ODT 青山县 ok"), 19)
        XCTAssertEqual(Progress.fit("青山县", columns: 5), "青山 ")
    }

    func testJSONReportOfAMixedRun() throws {
        let dir = temporaryDirectory()
        write(minimalDocument, to: dir + "/units/good.yaml")
        write("title: [oops\n", to: dir + "/units/bad.yaml")
        var options = BuildOptions()
        options.outputDirectory = dir + "/out"
        options.convert = nil
        let report = BuildRunner(options: options).run(sources: try UnitDiscovery.find([dir + "/units"]), progress: Progress(quiet: true))
        XCTAssertEqual(report.failed, 1)
        let data = try JSONEncoder().encode(report)
        let decoded = try JSONSerialization.jsonObject(with: data) as! [String: Any]
        let units = decoded["units"] as! [[String: Any]]
        XCTAssertEqual(units.map { $0["unit"] as? String }, ["bad", "good"])
        XCTAssertEqual(units.map { $0["odt"] as? String }, ["failed", "built"])
        let diagnostics = units[0]["diagnostics"] as! [String]
        XCTAssertTrue(diagnostics[0].hasPrefix(dir + "/units/bad.yaml:2:1: error: YAML syntax"), "\(diagnostics)")

        // A second run with nothing changed rewrites nothing.
        let again = BuildRunner(options: options).run(sources: [dir + "/units/good.yaml"], progress: Progress(quiet: true))
        XCTAssertEqual(again.units.map(\.odt), [.unchanged])
    }
}
