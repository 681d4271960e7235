import Foundation
import XCTest
@testable import GongwenKit

/// Issue 24: the batch report's page, without a browser (ClerkDeskTests opens it in one).
final class ReportPageTests: XCTestCase {
    func page(_ rows: [ReportPage.Row], rollup: [ReportPage.RollupLine] = []) throws -> String {
        String(decoding: try ReportPage.html(title: "报告", sections: [ReportPage.Section(title: "", rows: rows, rollup: rollup)]), as: UTF8.self)
    }

    func testTextFromASourceIsEscapedAndItsControlCharactersAreShownNotPrinted() throws {
        var row = ReportPage.Row(name: "<script>alert(1)</script>", source: "units/a&b.yaml", status: .failed)
        row.errors = ["units/a&b.yaml:3:1: error: bad \u{1B}[31mred\u{7}"]
        let html = try page([row])
        XCTAssertFalse(html.contains("<script>alert"), "a unit's name is text, never markup")
        XCTAssert(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        XCTAssert(html.contains("units/a&amp;b.yaml"))
        XCTAssertFalse(html.contains("\u{1B}"), "no escape character reaches the page")
        XCTAssertFalse(html.contains("\u{7}"))
        XCTAssert(html.contains("\\u{1B}[31mred"), html)
        // The page's own script is the only one, and it is the page's constant.
        XCTAssertEqual(html.components(separatedBy: "<script>").count, 2)
    }

    func testThePageIsHTMLWithoutAnythingFromElsewhere() throws {
        var row = ReportPage.Row(name: "青山县", source: "units/青山县.yaml", status: .built)
        row.thumbnail = "report/cache/ab.png"
        row.links = [("PDF", "pdf/%E9%9D%92.pdf")]
        let html = try page([row])
        XCTAssert(html.hasPrefix("<!DOCTYPE html>"), String(html.prefix(80)))
        XCTAssertFalse(html.contains("<?xml"), "no XML declaration before the DOCTYPE")
        XCTAssertFalse(html.contains("http://") || html.contains("https://") || html.contains("src=\"//"), "nothing from the network")
        // Elements HTML does not let close themselves are closed in full (a <td/> would swallow the row).
        for element in ["td", "tr", "a", "span", "ul", "script", "style", "tbody", "table", "div"] {
            XCTAssertFalse(html.contains("<\(element)/>") || html.contains("<\(element) />"), "<\(element)/> in \(html)")
        }
        XCTAssertFalse(try NSRegularExpression(pattern: "<(td|tr|a|span|div|ul|li)( [^>]*)?/>").firstMatch(in: html, range: NSRange(html.startIndex..., in: html)) != nil)
        XCTAssert(html.contains("<img src=\"report/cache/ab.png\""))
        XCTAssert(html.contains("<a href=\"pdf/%E9%9D%92.pdf\">PDF</a>"))
    }

    func testOnlyRowsPastTheFirstTwelveLoadTheirPictureWhenScrolledTo() throws {
        let rows = (1...13).map { i -> ReportPage.Row in
            var row = ReportPage.Row(name: "单位\(i)", source: "u\(i).yaml", status: .built)
            row.thumbnail = "t\(i).png"
            return row
        }
        let html = try page(rows)
        XCTAssertEqual(html.components(separatedBy: "data-src=").count - 1, 1)
        XCTAssert(html.contains("<img src=\"t12.png\" width=\"160\" height=\"226\" alt=\"单位12 第 1 页\"/>"))
        XCTAssert(html.contains("<img data-src=\"t13.png\" width=\"160\" height=\"226\" alt=\"单位13 第 1 页\"/>"))
    }

    func testMessagesAndFindingsAreInChineseWhateverTheLocale() throws {
        var row = ReportPage.Row(name: "甲", source: "甲.yaml", status: .built)
        row.warnings = ["甲.yaml:5:14: warning: the heading seems to carry its own number; gongwen numbers headings itself"]
        row.findings = []
        let html = try page([row])
        XCTAssert(html.contains("甲.yaml:5:14: warning: 该层次标题似乎自带序号"), html)
        XCTAssert(html.contains("<td class=\"verify\">符合</td>"))
    }

    func testTheStatusOfAUnitComesFromEveryStepOfItsBuild() {
        func status(_ odt: UnitReport.Status, _ converted: UnitReport.Status?, _ ofd: UnitReport.Status? = nil) -> ReportPage.Row.Status {
            var record = UnitReport(unit: "甲", source: "甲.yaml", odt: odt, diagnostics: [])
            record.converted = converted
            record.ofd = ofd
            return BatchReport.row(record, folder: "/nonexistent", facts: [:], cache: "/nonexistent", pageFolder: "/").status
        }
        XCTAssertEqual(status(.failed, nil), .failed)
        XCTAssertEqual(status(.unchanged, .failed), .failed, "a PDF that was not made fails the unit")
        XCTAssertEqual(status(.built, .built, .failed), .failed, "so does an OFD")
        XCTAssertEqual(status(.unchanged, .built), .built)
        XCTAssertEqual(status(.unchanged, nil), .unchanged)
        XCTAssertEqual(status(.unchanged, .unchanged, .unchanged), .unchanged)
    }

    func testLinksAreRelativeToThePageAndPercentEncoded() {
        // 青 is E9 9D 92, 山 E5 B1 B1, 县 E5 8E BF in UTF-8; '#' and '%' would end or start an escape.
        XCTAssertEqual(BatchReport.relative("/a/out/pdf/青山县.pdf", from: "/a/out"), "pdf/%E9%9D%92%E5%B1%B1%E5%8E%BF.pdf")
        XCTAssertEqual(BatchReport.relative("/a/out/documents/pdf/x#1%.pdf", from: "/a/out"), "documents/pdf/x%231%25.pdf")
        XCTAssertEqual(BatchReport.relative("/a/b/pdf/x.pdf", from: "/a/out"), "../b/pdf/x.pdf")
    }

    func testTheRollupAddsUpEveryFigureAsTheCitySummaryDoes() {
        func record(_ name: String, _ figures: [(String, Value)]) -> UnitReport {
            var record = UnitReport(unit: name, source: name + ".yaml", odt: .built, diagnostics: [])
            record.figures = figures.compactMap { RecordedFigure(name: $0.0, value: $0.1) }
            return record
        }
        var failed = record("丁", [("场次", .integer(1000))])
        failed.odt = .failed
        let lines = BatchReport.rollup([
            record("甲", [("场次", .integer(10)), ("占比", .percent(0.2, digits: 0)), ("名称", .string("x"))]),
            record("乙", [("场次", .integer(25)), ("占比", .percent(0.3, digits: 0)), ("名称", .string("y"))]),
            record("丙", [("场次", .integer(5)), ("占比", .percent(0.4, digits: 0)), ("名称", .string("z"))]),
            failed,
        ])
        // By hand: 10 + 25 + 5 = 40, average 13.3 (to one place), 25 by 乙, 5 by 丙, ranked 乙、甲、丙;
        // percentages are averaged (30.0%), never added; a text is no figure; a failed unit counts not.
        XCTAssertEqual(lines.map(\.field), ["场次", "占比"])
        XCTAssertEqual(lines[0], ReportPage.RollupLine(field: "场次", units: 3, total: "40", average: "13.3", maximum: "25（乙）", minimum: "5（丙）", top: "乙、甲、丙"))
        XCTAssertEqual(lines[1].total, "—")
        XCTAssertEqual(lines[1].average, "30.0%")
        XCTAssertEqual(lines[1].top, "丙、乙、甲")
        XCTAssertEqual(BatchReport.rollup([record("甲", [("场次", .integer(10))])]), [], "one unit adds up to nothing worth a table")
    }

    func testARecordSurvivesItsFileAndOneWhoseSourceIsGoneIsLeftOut() throws {
        let out = temporaryDirectory()
        let source = out + "/甲.yaml"
        write("x", to: source)
        var kept = UnitReport(unit: "甲", source: "甲.yaml", odt: .built, diagnostics: ["甲.yaml:1:1: warning: w"])
        kept.file = source
        kept.figures = [RecordedFigure(name: "场次", value: .decimal(2.5))].compactMap { $0 }
        var gone = UnitReport(unit: "乙", source: "乙.yaml", odt: .failed, diagnostics: [])
        gone.file = out + "/乙.yaml"
        var report = BuildReport()
        report.units = [kept, gone]
        try UnitRecords.store(report, in: out)
        let loaded = UnitRecords.load(out)
        XCTAssertEqual(loaded.map(\.unit), ["甲"])
        XCTAssertEqual(loaded.first?.diagnostics, ["甲.yaml:1:1: warning: w"])
        XCTAssertEqual(loaded.first?.figures?.first?.value, .decimal(2.5))
        write("not json", to: out + "/report/units/丙.json")
        XCTAssertEqual(UnitRecords.load(out).map(\.unit), ["甲"], "a record that cannot be read is passed over")
        // A record that names another file than its own (planted, to send the report elsewhere).
        write(#"{"unit":"../../../etc/passwd","source":"x","odt":"built","diagnostics":[]}"#, to: out + "/report/units/丁.json")
        write(#"{"unit":"戊","source":"x","odt":"built","diagnostics":[]}"#, to: out + "/report/units/己.json")
        XCTAssertEqual(UnitRecords.load(out).map(\.unit), ["甲"], "a record must name its own file")
    }

    func testFiguresAtTheEdgeOfIntKeepWholeAndAddUpWithoutATrap() {
        // Int.max is 9223372036854775807: as a Double it would be 2^63, which no Int can hold.
        let big = RecordedFigure(name: "场次", value: .integer(Int.max))
        XCTAssertEqual(big?.value, .integer(Int.max))
        func record(_ name: String, _ n: Int) -> UnitReport {
            var record = UnitReport(unit: name, source: name + ".yaml", odt: .built, diagnostics: [])
            record.figures = [RecordedFigure(name: "场次", value: .integer(n))].compactMap { $0 }
            return record
        }
        let lines = BatchReport.rollup([record("甲", Int.max), record("乙", Int.max)])
        XCTAssertEqual(lines.first?.maximum, "9223372036854775807（甲、乙）")
        // The total, 2^64 − 2, is past Int: a decimal (which a document refuses to print as a figure no
        // one can read), not a crash.
        XCTAssertEqual(lines.first?.total, "1.8446744073709552e+19")
    }
}
