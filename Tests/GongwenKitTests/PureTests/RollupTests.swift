import Foundation
import XCTest
@testable import GongwenKit

/// The city's summary from its units' figures. Expected figures were added up by hand (a Python
/// one-liner over samples/units), not by gongwen.
final class RollupTests: XCTestCase {
    static let city = Repo.root + "/samples/city/江州市.yaml"

    func texts(_ blocks: [Block]) -> [String] {
        blocks.flatMap { block -> [String] in
            switch block {
            case .paragraph(let p): return [Composer.inline(p)]
            case .items(let items): return items
            case .section(let s): return [s.heading + (s.runIn.map(Composer.inline) ?? "")] + texts(s.body)
            case .table: return []
            }
        }
    }

    func testTheCitySummaryAddsUpTheSampleUnits() throws {
        let read = try DocumentReader.read(path: Self.city, policy: SourcePolicy().findingRollupUnits)
        let body = texts(read.document.body).joined(separator: "\n")
        for expected in ["全市10个县（市、区）", "共举行集中学习100次，平均每地10次", "宣讲2085场次，受众215000余人，其中临江区开展330场次",
                         "用稿11998篇，其中省级及以上媒体用稿3377篇", "用稿总量居前三位的是安平县、玉堃县、青山县",
                         "协议总投资531亿元，其中云溪县以79.5亿元居首", "宣讲场次最少的翠屏区仅开展123场次"] {
            XCTAssertTrue(body.contains(expected), "missing: \(expected)")
        }
        XCTAssertEqual(read.document.date.chinese, "2023年7月14日")
        guard case .table(let table)? = read.document.attachments.first?.body.first else { return XCTFail("no table in the attachment") }
        XCTAssertEqual(table.header.map { $0.map(\.text) }, [["单位", "宣讲场次", "宣讲受众", "用稿总量", "省级用稿", "文明单位", "惠民演出", "投资（亿元）"]])
        XCTAssertEqual(table.rows.count, 11)
        XCTAssertEqual(table.rows[3].map(\.text), ["安平县", "266", "24000", "1750", "481", "98", "37", "76.0"])
        XCTAssertEqual(table.rows.last?.map(\.text), ["合计", "2085", "215000", "11998", "3377", "1166", "246", "531.0"])
        XCTAssertTrue(read.document.attachments.first?.landscape == true)
        XCTAssertNil(table.unitRows)
    }

    /// The same figures from the sheet give the same document, byte for byte.
    func testARollupOfTheSheetEqualsTheRollupOfTheYAMLUnits() throws {
        let dir = temporaryDirectory() + "/city"
        let samples = Repo.root + "/samples"
        write("""
        template: \(samples)/templates/city-summary.yaml
        rollup:
          units: \(samples)/figures.xlsx
          template: \(samples)/templates/half-year-summary.yaml
        values:
          成文日期: 2023-07-14

        """, to: dir + "/江州市.yaml")
        var options = BuildOptions()
        options.convert = nil
        options.fontConfigTemplate = nil
        options.policy = SourcePolicy(allowed: [samples])
        options.outputDirectory = dir + "/sheet"
        XCTAssertEqual(BuildRunner(options: options).run(sources: [dir + "/江州市.yaml"], progress: Progress(quiet: true)).failed, 0)
        options.outputDirectory = dir + "/yaml"
        options.policy = SourcePolicy()
        XCTAssertEqual(BuildRunner(options: options).run(sources: [Self.city], progress: Progress(quiet: true)).failed, 0)
        let a = FileManager.default.contents(atPath: dir + "/yaml/odt/江州市.odt")
        XCTAssertNotNil(a)
        XCTAssertEqual(a, FileManager.default.contents(atPath: dir + "/sheet/odt/江州市.odt"))
    }

    func units(_ rows: [(String, KeyValuePairs<String, Value>)]) -> [RollupUnit] { rows.map { RollupUnit(name: $0.0, values: Figures($0.1.map { (name: $0.key, value: $0.value) })) } }

    func testAggregatesOfDecimalsPercentagesAndTies() throws {
        let u = units([("甲", ["a": .decimal(0.1), "p": .percent(0.1, digits: 0), "n": .integer(5), "t": .string("x")]),
                       ("乙", ["a": .decimal(0.2), "p": .percent(0.25, digits: 0), "n": .integer(7), "t": .string("y")]),
                       ("丙", ["a": .integer(1), "p": .percent(0.4, digits: 0), "n": .integer(7), "t": .string("z")])])
        func value(_ name: String) -> String {
            let (f, field) = Rollup.parse(name)!
            switch Rollup.value(f, field: field, units: u) {
            case .success(let v): return v.description
            case .failure(let p): return "error: " + p.message
            }
        }
        XCTAssertEqual(value("合计:a"), "1.3")
        XCTAssertEqual(value("平均:n"), "6.3")
        // README: the average to one place, a percentage too (25.0%, not 25%).
        XCTAssertEqual(value("平均：p"), "25.0%")
        XCTAssertEqual(value("最大单位:n"), "乙、丙")
        XCTAssertEqual(value("最小单位:n"), "甲")
        XCTAssertEqual(value("前2:n"), "乙、丙")
        XCTAssertEqual(value("前五:a"), "丙、乙、甲")
        XCTAssertEqual(value("单位数"), "3")
        XCTAssertEqual(value("合计:p"), "error: would add up percentages, which means nothing; use 平均")
        XCTAssertEqual(value("合计:t"), "error: adds up numbers, but 甲's 't' is 'x'")
        XCTAssertEqual(value("合计:无"), "error: the unit 甲 has no value '无'")
        XCTAssertNil(Rollup.parse("合计宣讲场次"))
    }

    func testRollupProblemsAreLocated() throws {
        let dir = temporaryDirectory()
        write("title: t\nissuer: i\ndate: 2023-07-10\nbody:\n  - 共{{合计:名称}}个，{{前三:数}}。\n", to: dir + "/templates/city.yaml")
        write("title: t\nissuer: i\ndate: 2023-07-10\nbody:\n  - \"{{名称}}{{数}}\"\n", to: dir + "/templates/unit.yaml")
        write("template: ../templates/unit.yaml\nvalues:\n  名称: 甲\n  数: 3\n", to: dir + "/units/a.yaml")
        write("template: ../templates/unit.yaml\nvalues:\n  名称: 乙\n", to: dir + "/units/b.yaml")
        write("template: ../templates/city.yaml\nrollup: ../units\n", to: dir + "/city/c.yaml")
        XCTAssertEqual(readErrors(try String(contentsOfFile: dir + "/city/c.yaml", encoding: .utf8), path: dir + "/city/c.yaml", policy: SourcePolicy().findingRollupUnits).map(\.description), [
            "\(dir)/city/c.yaml:2:9: error: the rollup adds up every unit: 1 of its 2 units cannot be read; correct them first",
            "\(dir)/units/b.yaml:2:1: note: no value for placeholder '{{数}}' (used at \(dir)/templates/unit.yaml:5:12)",
        ])
        write("template: ../templates/unit.yaml\nvalues:\n  名称: 乙\n  数: 4\n", to: dir + "/units/b.yaml")
        XCTAssertEqual(readErrors(try String(contentsOfFile: dir + "/city/c.yaml", encoding: .utf8), path: dir + "/city/c.yaml", policy: SourcePolicy().findingRollupUnits).map(\.description), [
            "\(dir)/templates/city.yaml:5:6: error: '{{合计:名称}}' adds up numbers, but a's '名称' is '甲'",
        ])
        write("template: ../templates/city.yaml\nrollup: /etc\n", to: dir + "/city/d.yaml")
        XCTAssertEqual(readErrors(try String(contentsOfFile: dir + "/city/d.yaml", encoding: .utf8), path: dir + "/city/d.yaml", policy: SourcePolicy().findingRollupUnits).map(\.description), [
            "\(dir)/city/d.yaml:2:9: error: the rollup's units '/etc' is outside the source tree (\(dir)); move it into the tree or allow its folder with --allow DIR",
        ])
        write("title: t\nissuer: i\ndate: 2023-07-10\nbody:\n  - table:\n      columns: [单位, 数]\n      rows: units\n", to: dir + "/templates/t.yaml")
        write("template: ../templates/t.yaml\n", to: dir + "/city/e.yaml")
        XCTAssertEqual(readErrors(try String(contentsOfFile: dir + "/city/e.yaml", encoding: .utf8), path: dir + "/city/e.yaml", policy: SourcePolicy().findingRollupUnits).map(\.description), [
            "\(dir)/templates/t.yaml:7:13: error: a table with rows: units needs a unit file with rollup: (the units it lists)",
        ])
    }
}
