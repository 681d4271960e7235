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
        XCTAssertEqual(["units/青山县.yaml", "/a/b/东湖区.yml", "青山县", "a/b.tar.gz", "dir/.hidden", "a.b/c", "x/", "a."].map(UnitNaming.unitName),
                       ["青山县", "东湖区", "青山县", "b.tar", ".hidden", "c", "x", "a"])
        // Plain paths are cut by bytes, the rest by Characters: a mark on the dot keeps it in the name.
        XCTAssertEqual(["units/青山县.yaml", "/a/b/东湖区.yml", "a/b.tar.gz", "dir/.hidden", "x/", "a."].map(UnitNaming.plainUnitName),
                       ["青山县", "东湖区", "b.tar", ".hidden", "x", "a"])
        XCTAssertEqual(["dir/e\u{301}.yaml", "u/甲.\u{301}yaml", "u/한.yaml"].map(UnitNaming.unitName), ["e\u{301}", "甲.\u{301}yaml", "한"])
    }

    func testPlainTextIsASCIICJKAndFullWidthOnly() {
        XCTAssertTrue("units/东东0146市.yaml".isPlainText)
        XCTAssertTrue("（一）！～".isPlainText)
        XCTAssertTrue("".isPlainText)
        for text in ["e\u{301}", "\u{F900}", "a\tb", "한", "ｶ", "\u{3000}", "😀", "\u{7F}"] {
            XCTAssertFalse(text.isPlainText, text)
        }
    }

    func testNameClashesAreFoundWhetherNamesArePlainOrNot() {
        XCTAssertEqual(UnitDiscovery.nameClashes(["a/甲.yaml", "b/乙.yaml", "c/甲.yml"]).map(\.description),
                       ["c/甲.yml: error: unit name '甲' is also used by a/甲.yaml; both would write 甲.odt"])
        // U+F900 is canonically the same as U+8C48: the same name to Swift (and to a Mac's disk).
        XCTAssertEqual(UnitDiscovery.nameClashes(["a/\u{8C48}.yaml", "b/\u{F900}.yaml"]).count, 1)
        XCTAssertEqual(UnitDiscovery.nameClashes(["a/e\u{301}.yaml", "b/\u{E9}.yaml"]).count, 1)
    }

    func testSheetsAreKnownByTheirLastLettersInEitherCase() {
        XCTAssertEqual(["a.CSV", "青山.XLSX", "b.XlSx", "c.ods", "d.yaml", "csv", "a\u{0E}csv", "e.odS"].map { Sheet.kind(of: $0) },
                       [.csv, .xlsx, .xlsx, .ods, nil, nil, nil, .ods])
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
