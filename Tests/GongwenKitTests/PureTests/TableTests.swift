import XCTest
@testable import GongwenKit

/// Tables: the ODF they become, and, in a real PDF, a table over several pages.
final class TableTests: XCTestCase {
    func longTable(rows: Int) -> String {
        let body = (1...rows).map { "        - [\($0), 第\($0)项任务, 市委宣传部, \($0 * 37), \($0 % 12 + 1)月底前]" }.joined(separator: "\n")
        return """
        title: 江州市2023年下半年宣传思想文化工作任务清单
        issuer: 中共江州市委宣传部
        date: 2023-07-20
        body:
          - 为抓好各项任务落实，现将任务清单印发给你们，请结合实际认真贯彻执行。
          - table:
              columns:
                - {heading: 序号, width: 1}
                - {heading: 工作任务, width: 2.8}
                - {heading: 牵头单位, width: 2.6}
                - {heading: 经费, width: 1.6}
                - {heading: 完成时限, width: 2}
              header:
                - [{text: 下半年任务, span: 5}]
              rows:
        \(body)
          - 各地各单位要明确责任，按时完成。

        """
    }

    func testATableIsAnODFTableWithRepeatedHeadingsAndSpans() throws {
        let read = try DocumentReader.read(text: longTable(rows: 3), path: "t.yaml")
        let content = String(decoding: try ContentWriter.write(read.document), as: UTF8.self)
        XCTAssertTrue(content.contains(#"<table:table table:name="表1" table:style-name="GW_Table1">"#), content)
        XCTAssertTrue(content.contains(#"<table:table-header-rows><table:table-row table:style-name="GW_TableRow"><table:table-cell table:style-name="GW_TableCell" table:number-columns-spanned="5" office:value-type="string"><text:p text:style-name="GW_TableHeading">下半年任务</text:p></table:table-cell><table:covered-table-cell/><table:covered-table-cell/><table:covered-table-cell/><table:covered-table-cell/></table:table-row>"#), content)
        // Figures right-aligned, text left, the first column centred.
        XCTAssertTrue(content.contains(#"<text:p text:style-name="GW_TableTextCentred">2</text:p>"#), content)
        XCTAssertTrue(content.contains(#"<text:p text:style-name="GW_TableFigure">74</text:p>"#), content)
        XCTAssertTrue(content.contains(#"<text:p text:style-name="GW_TableText">第2项任务</text:p>"#), content)
        XCTAssertTrue(content.contains(#"style:column-width="15.6mm""#), "1/10 of 156 mm: \(content)")
        let errors = readErrors("title: t\nissuer: i\ndate: 2023-07-10\nbody:\n  - table:\n      columns: [甲, 乙]\n      rows:\n        - [1, 2, 3]\n")
        XCTAssertEqual(errors.map(\.description), ["unit.yaml:8:11: error: this row has 3 cells but the table has 2 columns"])
    }

    /// 70 rows run over several pages: every page opens with the heading rows, and every page still
    /// passes the yardstick (rows one grid line high keep the 22-line page).
    func testALongTableRepeatsItsHeadingsAndKeepsTheLineGrid() throws {
        let pdf = try buildPDF(longTable(rows: 70), name: "清单")
        let pages = try Subprocess.run(["pdfinfo", pdf], timeout: 60).output.split(separator: "\n").first { $0.hasPrefix("Pages:") }
        let count = Int(pages?.split(separator: " ").last ?? "") ?? 0
        XCTAssertGreaterThanOrEqual(count, 3)
        for page in 2...count {
            let text = try Subprocess.run(["pdftotext", "-f", "\(page)", "-l", "\(page)", "-layout", pdf, "-"], timeout: 60).output
            let lines = text.split(separator: "\n").map { $0.replacingOccurrences(of: " ", with: "") }.filter { !$0.isEmpty }
            XCTAssertEqual(Array(lines.prefix(2)), ["下半年任务", "序号工作任务牵头单位经费完成时限"], "page \(page)")
        }
        let check = try Subprocess.run(["python3", Repo.shared + "/tools/gbt9704_check.py", pdf], timeout: 120)
        XCTAssertEqual(check.status, 0, check.output)
        XCTAssertTrue(check.output.contains("lines-per-page: 22"), check.output)
    }
}
