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

    func testDiscoverySkipsHiddenAndTemplatesAtAnyDepthAndDoesNotFollowLinkedFolders() throws {
        let dir = temporaryDirectory()
        for file in ["u/z.yaml", "u/.hidden.yaml", "u/.git/c.yaml", "u/sub/templates/d.yaml", "u/sub/_e.yaml",
                     "u/sub/deeper/f.yml", "u/sub/g.yaml.txt", "elsewhere/h.yaml", "elsewhere/i.yaml"] {
            write("x: 1\n", to: "\(dir)/\(file)")
        }
        // A linked file is a unit; a linked folder is not walked (as FileManager's enumerator did).
        try FileManager.default.createSymbolicLink(atPath: dir + "/u/linked.yaml", withDestinationPath: dir + "/elsewhere/h.yaml")
        try FileManager.default.createSymbolicLink(atPath: dir + "/u/linked-folder", withDestinationPath: dir + "/elsewhere")
        XCTAssertEqual(try UnitDiscovery.find([dir + "/u/"]),
                       [dir + "/u/linked.yaml", dir + "/u/sub/deeper/f.yml", dir + "/u/z.yaml"])
    }

    /// The unit's name is its file name without folder and extension, as NSString would cut it.
    func testUnitNames() {
        XCTAssertEqual(["units/青山县.yaml", "/a/b/东湖区.yml", "青山县", "a/b.tar.gz", "dir/.hidden", "a.b/c", "x/", "a."].map(UnitDiscovery.unitName),
                       ["青山县", "东湖区", "青山县", "b.tar", ".hidden", "c", "x", "a"])
    }

    /// A key given three times is reported at its second occurrence, where the user has to look.
    func testADuplicateKeyIsReportedWhereItRepeats() {
        XCTAssertEqual(readErrors("title: t\nissuer: i\ndate: 2023-07-10\nbody:\n  - 正文。\nvalues:\n  甲: 1\n  乙: 2\n  甲: 3\n  甲: 4\n").map(\.description),
                       ["unit.yaml:9:3: error: duplicate key '甲' in a mapping"])
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
