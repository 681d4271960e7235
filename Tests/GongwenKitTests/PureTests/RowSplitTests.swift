import XCTest
@testable import GongwenKit

/// A large worksheet is cut between rows and read on every core: the rows must be exactly those
/// of reading it whole, and a cut that cannot be made cleanly must fall back to one reader.
final class RowSplitTests: XCTestCase {
    let ns = #"xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main""#

    /// `count` rows of text, numbers and an inline string, about 120 bytes each.
    func worksheet(rows count: Int, header: String = "", row: (Int) -> String = { n in
        #"<row r="\#(n)" spans="1:3"><c r="A\#(n)" t="inlineStr"><is><t>单位\#(n)</t></is></c><c r="B\#(n)"><v>\#(n * 7)</v></c><c r="C\#(n)" t="b"><v>1</v></c></row>"#
    }) -> [UInt8] {
        let rows = (1...count).map(row).joined()
        return Array(#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet \#(ns)>\#(header)<sheetData>\#(rows)</sheetData><pageMargins left="0.7"/></worksheet>"#.utf8)
    }

    /// A workbook whose one sheet is `sheet`.
    func writeWorkbook(_ sheet: [UInt8], to path: String) throws {
        try ZipArchive.write([
            .init("xl/workbook.xml", .bytes(Array(#"<workbook \#(ns) xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="表1" sheetId="1" r:id="rId1"/></sheets></workbook>"#.utf8))),
            .init("xl/_rels/workbook.xml.rels", .bytes(Array(#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>"#.utf8))),
            .init("xl/worksheets/sheet1.xml", .bytes(sheet)),
        ], to: path, timestamp: 0)
    }

    func described(_ rows: [Sheet.Row]?) -> [String]? {
        rows?.map { "\($0.number): \($0.cells)" }
    }

    func whole(_ bytes: [UInt8]) -> [String]? {
        described(XMLPull(bytes, name: "sheet.xml").flatMap { XLSXSheet.sheetRows($0, strings: [], styles: [], date1904: false) })
    }

    func split(_ bytes: [UInt8], count: Int) -> [String]? {
        guard let pieces = RowSplit.pieces(bytes, count: count) else { return nil }
        return described(XLSXSheet.sheetRows(pieces, name: "sheet.xml", strings: [], styles: [], date1904: false))
    }

    func testPiecesReadAsTheWholeDoes() throws {
        let bytes = worksheet(rows: 3000)
        XCTAssertGreaterThan(bytes.count, RowSplit.minimumBytes)
        let reference = try XCTUnwrap(whole(bytes))
        XCTAssertEqual(reference.count, 3000)
        for count in [2, 3, 8] {
            let pieces = try XCTUnwrap(RowSplit.pieces(bytes, count: count))
            XCTAssertEqual(pieces.count, count)
            // Every piece but the last ends with the closing tags; every piece after the first starts its rows with a numbered row.
            for piece in pieces.dropLast() { XCTAssertTrue(String(decoding: piece.suffix(25), as: UTF8.self).hasSuffix("</sheetData></worksheet>")) }
            for piece in pieces.dropFirst() {
                let text = String(decoding: piece, as: UTF8.self)
                XCTAssertTrue(text.contains("<sheetData><row r=\""), String(text.prefix(300)))
            }
            XCTAssertTrue(split(bytes, count: count) == reference, "\(count) pieces do not read as the whole")
        }
    }

    func testSmallOrUncuttableSheetsAreReadWhole() {
        XCTAssertNil(RowSplit.pieces(worksheet(rows: 100), count: 2), "small")
        XCTAssertNil(RowSplit.pieces(worksheet(rows: 3000), count: 1), "one core")
        // Rows without numbers: a piece could not know where it starts.
        XCTAssertNil(RowSplit.pieces(worksheet(rows: 3000, row: { n in "<row><c><v>\(n)</v></c><c><v>\(n * 3)</v></c><c><v>\(n * 5)</v></c><c><v>\(n * 7)</v></c></row>" }), count: 2))
        // A row before sheetData would be read twice.
        XCTAssertNil(RowSplit.pieces(worksheet(rows: 3000, header: "<extLst><row r=\"9\"/></extLst>"), count: 2))
        // sheetData with a prefix is not looked for.
        let prefixed = Array(String(decoding: worksheet(rows: 3000), as: UTF8.self).replacingOccurrences(of: "sheetData>", with: "x:sheetData>").utf8)
        XCTAssertNil(RowSplit.pieces(prefixed, count: 2))
    }

    func testACutInsideACommentFallsBackToTheWholeWithTheSameRows() throws {
        // A comment holding numbered rows, spanning the middle of the sheet: the first cut lands in it.
        let bytes = worksheet(rows: 3000, row: { n in
            let cell = #"<c r="A\#(n)"><v>\#(n)</v></c><c r="B\#(n)" t="inlineStr"><is><t>甲乙丙丁戊己庚辛</t></is></c>"#
            if n == 1500 { return "<!--" + (0..<600).map { #"<row r="\#($0)"><c r="A1"><v>0</v></c></row>"# }.joined() + "-->" + #"<row r="\#(n)">\#(cell)</row>"# }
            return #"<row r="\#(n)">\#(cell)</row>"#
        })
        let pieces = try XCTUnwrap(RowSplit.pieces(bytes, count: 2))
        let first = String(decoding: pieces[0], as: UTF8.self)
        let opened = try XCTUnwrap(first.range(of: "<!--", options: .backwards))
        XCTAssertNil(first.range(of: "-->", range: opened.upperBound..<first.endIndex), "the cut is inside the comment")
        XCTAssertTrue(split(bytes, count: 2) == nil, "the first piece is not well-formed")
        let reference = try XCTUnwrap(whole(bytes))
        XCTAssertEqual(reference.count, 3000)
        // XLSXSheet.read falls back to the whole: the same rows.
        let path = temporaryDirectory() + "/big.xlsx"
        try writeWorkbook(bytes, to: path)
        XCTAssertTrue(described(try XLSXSheet.read(path: path, limit: 1 << 30).rows) == reference, "the whole read differs")
    }

    func testABrokenLargeSheetIsRefusedAsBefore() throws {
        var bytes = worksheet(rows: 3000)
        bytes.removeLast(20)  // cut off the closing tags
        XCTAssertNotNil(RowSplit.pieces(bytes, count: 2))
        XCTAssertTrue(whole(bytes) == nil, "the whole is not well-formed")
        XCTAssertTrue(split(bytes, count: 2) == nil, "the last piece is not well-formed")
        let path = temporaryDirectory() + "/broken.xlsx"
        try writeWorkbook(bytes, to: path)
        XCTAssertThrowsError(try XLSXSheet.read(path: path, limit: 1 << 30)) { error in
            XCTAssertEqual((error as! DiagnosticError).diagnostics.map(\.description),
                           ["\(path): error: 'xl/worksheets/sheet1.xml' inside the sheet is not well-formed XML; save the file again from the spreadsheet"])
        }
    }
}
