import XCTest
@testable import GongwenKit

/// `--jobs` bounds the threads a sheet is read on, as it bounds the build's units and its
/// LibreOffice workers (issue 21.6): the sheet reader used every core whatever it said.
final class SheetJobsTests: XCTestCase {
    let ns = #"xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main""#

    /// `count` numbered rows, about 100 bytes each: past `RowSplit.minimumBytes` at 3,000.
    func worksheet(rows count: Int) -> [UInt8] {
        let rows = (1...count).map { n in #"<row r="\#(n)"><c r="A\#(n)" t="inlineStr"><is><t>单位\#(n)</t></is></c><c r="B\#(n)"><v>\#(n * 7)</v></c></row>"# }.joined()
        return Array(#"<?xml version="1.0" encoding="UTF-8"?><worksheet \#(ns)><sheetData>\#(rows)</sheetData></worksheet>"#.utf8)
    }

    func testRowsAreTypedOnAtMostJobsThreads() {
        XCTAssertEqual(SheetJobs.typists(rows: 100_000, jobs: 1), 1)
        // More jobs than cores are honoured, as the build's are (a machine of 2 cores gets 3).
        XCTAssertEqual(SheetJobs.typists(rows: 100_000, jobs: 3), 3)
        XCTAssertEqual(SheetJobs.typists(rows: 100_000, jobs: 64), 64)
        // One thread for every 256 rows, and at least one.
        XCTAssertEqual(SheetJobs.typists(rows: 600, jobs: 8), 2)
        XCTAssertEqual(SheetJobs.typists(rows: 100, jobs: 8), 1)
        XCTAssertEqual(SheetJobs.typists(rows: 100_000, jobs: 0), 1)
    }

    func testALargeWorksheetIsCutIntoOnePiecePerJob() throws {
        let bytes = worksheet(rows: 3000)
        XCTAssertGreaterThan(bytes.count, RowSplit.minimumBytes)
        XCTAssertNil(XLSXSheet.pieces(bytes, jobs: 1)?.count, "--jobs 1 reads the sheet whole, on one thread")
        XCTAssertEqual(XLSXSheet.pieces(bytes, jobs: 3)?.count, 3)
        XCTAssertEqual(XLSXSheet.pieces(bytes, jobs: 5)?.count, 5)
    }

    func testAnyJobsReadTheSameRows() throws {
        let path = temporaryDirectory() + "/big.xlsx"
        try ZipArchive.write([
            .init("xl/workbook.xml", .bytes(Array(#"<workbook \#(ns) xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="表1" sheetId="1" r:id="rId1"/></sheets></workbook>"#.utf8))),
            .init("xl/_rels/workbook.xml.rels", .bytes(Array(#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>"#.utf8))),
            .init("xl/worksheets/sheet1.xml", .bytes(worksheet(rows: 3000))),
        ], to: path, timestamp: 0)
        let one = try XLSXSheet.read(path: path, limit: 1 << 30, jobs: 1).rows.map { "\($0.number): \($0.cells)" }
        XCTAssertEqual(one.count, 3000)
        for jobs in [2, 3, 7] {
            let read = try XLSXSheet.read(path: path, limit: 1 << 30, jobs: jobs).rows.map { "\($0.number): \($0.cells)" }
            XCTAssertTrue(read == one, "--jobs \(jobs) reads other rows")
        }
    }
}
