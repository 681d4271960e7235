import XCTest
@testable import GongwenKit

final class TemplateTests: XCTestCase {
    var dir = ""

    override func setUp() {
        dir = temporaryDirectory()
        write("""
        title: "{{单位}}工作总结"
        issuer: "中共{{单位}}委宣传部"
        date: "{{成文日期}}"
        body:
          - 举行{{学习次数}}次集中学习，投资{{投资}}亿元。
          - heading: 标题
            text: 共{{ 项目 }}个项目。
        """, to: dir + "/templates/t.yaml")
    }

    func unit(_ values: String) -> String {
        let path = dir + "/units/u.yaml"
        write("template: ../templates/t.yaml\nvalues:\n" + values, to: path)
        return path
    }

    func testValuesFillPlaceholdersAndKeepTheirType() throws {
        let path = unit("  单位: 青山县\n  成文日期: 2023-07-10\n  学习次数: 12\n  投资: 3.5\n  项目: 7\n")
        let result = try DocumentReader.read(path: path)
        XCTAssertEqual(result.document.title, "青山县工作总结")
        XCTAssertEqual(result.document.date.chinese, "2023年7月10日")
        XCTAssertEqual(result.document.values["学习次数"], .integer(12))
        XCTAssertEqual(result.document.values["投资"], .decimal(3.5))
        XCTAssertEqual(result.document.values["成文日期"], .date(OfficialDate(year: 2023, month: 7, day: 10)!))
        XCTAssertEqual(result.document.body.first, .paragraph(Paragraph(text: "举行12次集中学习，投资3.5亿元。")))
        XCTAssertEqual(result.sources.count, 2)
    }

    func testMissingValueNamesThePlaceholderAndItsLine() {
        let path = unit("  单位: 青山县\n  成文日期: 2023-07-10\n  投资: 3.5\n  项目: 7\n")
        do {
            _ = try DocumentReader.read(path: path)
            XCTFail("a missing value must be an error")
        } catch {
            let text = error.diagnostics.filter { !$0.message.hasPrefix("typography:") }.map(\.description)
            XCTAssertEqual(text.first, "\(path):2:1: error: no value for placeholder '{{学习次数}}' (used at \(dir)/templates/t.yaml:5:7)")
            XCTAssertEqual(text.last, "\(dir)/templates/t.yaml:5:7: note: '{{学习次数}}' is used here")
        }
    }

    func testUnusedValueIsAWarning() throws {
        let path = unit("  单位: 青山县\n  成文日期: 2023-07-10\n  学习次数: 12\n  投资: 3.5\n  项目: 7\n  多余: 1\n")
        let result = try DocumentReader.read(path: path)
        XCTAssertEqual(result.diagnostics.filter { $0.severity == .warning }.map(\.description),
                       ["\(path):8:3: warning: value '多余' is not used by the template"])
    }

    /// A unit that writes its own body: (issue 27.4) leaves the template's other placeholders
    /// unused by choice: no warning for their fields or values, one note for the values; a value
    /// whose name is a slip for a placeholder's is still a warning, with the name it was meant for.
    func testAUnitsOwnBodyLeavesTheTemplatesValuesUnusedWithoutWarnings() throws {
        write("""
        title: "{{单位}}工作总结"
        issuer: "中共{{单位}}委宣传部"
        date: "{{成文日期}}"
        fields: {单位: text, 学习次数: integer, 投资: number, 项目: integer}
        body:
          - 举行{{学习次数}}次集中学习，投资{{投资}}亿元，共{{项目}}个项目。
        """, to: dir + "/templates/f.yaml")
        let path = dir + "/units/own.yaml"
        write("template: ../templates/f.yaml\nvalues:\n  单位: 青山县\n  成文日期: 2023-07-10\n  学习次数: 12\n  投姿: 3.5\n  项目: 7\nbody:\n  - 青山县只写这一句。\n", to: path)
        let result = try DocumentReader.read(path: path)
        XCTAssertEqual(result.diagnostics.map(\.description), [
            "\(path):6:3: warning: value '投姿' is not used by the template; did you mean '投资'?",
            "\(path):2:1: note: 2 values are not used: your own body: replaces the template's",
        ])
        // Without a body of its own the slip leaves a placeholder without its value, and the warning says which.
        let plain = unit("  单位: 青山县\n  成文日期: 2023-07-10\n  学习次数: 12\n  投资: 3.5\n  项木: 7\n")
        XCTAssertThrowsError(try DocumentReader.read(path: plain)) { error in
            XCTAssertEqual((error as! DiagnosticError).diagnostics.filter { $0.severity == .warning }.map(\.description),
                           ["\(plain):7:3: warning: value '项木' is not used by the template; did you mean '项目'?"])
        }
    }

    /// check and build close with the warnings counted, so that one is not lost among notes.
    func testWarningsAreCountedPerUnit() {
        XCTAssertEqual(WarningTally.line([0, 2, 1]), "3 warnings in 2 units")
        XCTAssertEqual(WarningTally.line([1]), "1 warning in 1 unit")
        XCTAssertNil(WarningTally.line([0, 0]))
        XCTAssertTrue(WarningTally.isWarning("u.yaml:3:1: warning: value 'x' is not used by the template"))
        XCTAssertFalse(WarningTally.isWarning("u.yaml:3:1: error: x"))
    }

    func testUnitKeysOverrideTheTemplate() throws {
        let path = dir + "/units/o.yaml"
        write("template: ../templates/t.yaml\naddressee: 市委宣传部\ndate: 2023-08-01\nvalues:\n  单位: 白沙县\n  成文日期: 2023-07-10\n  学习次数: 1\n  投资: 1.0\n  项目: 2\n", to: path)
        let result = try DocumentReader.read(path: path)
        XCTAssertEqual(result.document.date.chinese, "2023年8月1日")
        XCTAssertEqual(result.document.addressee, "市委宣传部")
        XCTAssertEqual(result.document.values["投资"], .decimal(1.0))
    }

    func testMissingTemplateFile() {
        let path = dir + "/units/m.yaml"
        write("template: ../templates/none.yaml\nvalues:\n  a: 1\n", to: path)
        XCTAssertThrowsError(try DocumentReader.read(path: path)) { error in
            let d = (error as! DiagnosticError).diagnostics[0]
            XCTAssertEqual(d.location?.line, 1)
            XCTAssertEqual(d.location?.column, 11)
            XCTAssertTrue(d.message.contains("not found"))
        }
    }

    func testEverySampleReadsWithoutStarsOrPlaceholders() throws {
        XCTAssertGreaterThanOrEqual(Repo.sampleUnits.count, 8)
        for path in Repo.sampleUnits {
            let result = try DocumentReader.read(path: path)
            let content = String(decoding: try ContentWriter.write(result.document), as: UTF8.self)
            XCTAssertFalse(content.contains("*"), path)
            XCTAssertFalse(content.contains("{{"), path)
            XCTAssertTrue(content.contains(UnitNaming.unitName(path)), path)
            XCTAssertTrue(result.diagnostics.filter { $0.severity != .note }.isEmpty, "\(path): \(result.diagnostics)")
        }
    }
}

final class CompiledTemplateTests: XCTestCase {
    func testValuesArePunctuatedAndCheckedLikeText() throws {
        let dir = temporaryDirectory()
        write("title: \"{{名}}总结\"\nissuer: 单位\ndate: 2023-07-01\nbody:\n  - 品牌“{{品牌}}”{{说明}}。\n", to: dir + "/templates/t.yaml")
        write("template: ../templates/t.yaml\nvalues:\n  名: 甲县\n  品牌: 甲县(新)声音\n  说明: \",好\"\n", to: dir + "/u/a.yaml")
        let doc = try DocumentReader.read(path: dir + "/u/a.yaml").document
        XCTAssertEqual(doc.title, "甲县总结")
        XCTAssertEqual(doc.body, [.paragraph(Paragraph(text: "品牌“甲县（新）声音”，好。"))])

        write("template: ../templates/t.yaml\nvalues:\n  名: \"甲\\a县\"\n  品牌: x\n  说明: y\n", to: dir + "/u/b.yaml")
        XCTAssertThrowsError(try DocumentReader.read(path: dir + "/u/b.yaml")) { error in
            let first = (error as! DiagnosticError).diagnostics[0]
            XCTAssertEqual(first.location, SourceLocation(file: dir + "/u/b.yaml", line: 3, column: 3))
            XCTAssertTrue(first.message.contains("U+0007"), first.message)
        }
    }

    func testClashingUnitNamesAreErrors() {
        let clashes = UnitDiscovery.nameClashes(["a/青山县.yaml", "b/白沙县.yaml", "c/青山县.yml"])
        XCTAssertEqual(clashes.map(\.description), ["c/青山县.yml: error: unit name '青山县' is also used by a/青山县.yaml; both would write 青山县.odt"])
    }
}
