import Foundation
import XCTest
@testable import GongwenKit

/// Sheets of figures: the same units as the YAML files, byte for byte; every problem located at its cell.
final class SheetTests: XCTestCase {
    static let template = Repo.root + "/samples/templates/half-year-summary.yaml"
    static let sheets = Repo.fixtures + "/sheets"

    func buildODT(_ units: [UnitInput]) -> (dir: String, report: BuildReport) {
        let dir = temporaryDirectory()
        var options = BuildOptions()
        options.outputDirectory = dir
        options.convert = nil
        options.fontConfigTemplate = nil
        return (dir, BuildRunner(options: options).run(units: units, progress: Progress(quiet: true)))
    }

    /// The committed sample sheet (written by `gongwen form --from`), workbooks LibreOffice Calc
    /// saved (its own xlsx and ods writers), and a GB 18030 CSV all build the sample units' bytes.
    func testSheetsBuildTheSameBytesAsTheYAMLUnits() throws {
        let yaml = buildODT(Repo.sampleUnits.map(UnitInput.file))
        XCTAssertEqual(yaml.report.failed, 0)
        let names = Repo.sampleUnits.map(UnitNaming.unitName)
        XCTAssertEqual(names.count, 10)
        for sheet in [Repo.root + "/samples/figures.xlsx", Self.sheets + "/figures-libreoffice.xlsx",
                      Self.sheets + "/figures-libreoffice.ods", Self.sheets + "/figures-gbk.csv"] {
            let units = try UnitInput.gather([sheet], template: Self.template, policy: SourcePolicy())
            XCTAssertEqual(units.map(\.name).sorted(), names.sorted(), sheet)
            let built = buildODT(units)
            XCTAssertEqual(built.report.failed, 0, "\(sheet): \(built.report.units.flatMap(\.diagnostics))")
            for name in names {
                let a = FileManager.default.contents(atPath: "\(yaml.dir)/odt/\(name).odt")
                let b = FileManager.default.contents(atPath: "\(built.dir)/odt/\(name).odt")
                XCTAssertNotNil(a)
                XCTAssertEqual(a, b, "\(sheet): \(name).odt differs from the YAML unit's")
            }
        }
    }

    /// A small template with a field of each kind, for the cell tests.
    func kindsTemplate(in dir: String) -> String {
        let path = dir + "/templates/kinds.yaml"
        write("""
        title: "{{单位}}情况报告"
        issuer: "{{单位}}"
        date: "{{成文日期}}"
        fields: {单位: text, 成文日期: date, 场次: integer, 投资: number, 完成率: percent, 编号: text}
        body:
          - 开展活动{{场次}}场次，投资{{投资}}亿元，完成率{{完成率}}，编号{{编号}}。

        """, to: path)
        return path
    }

    func bodyText(_ input: UnitInput) throws -> String {
        let read = try DocumentReader.read(input)
        guard case .paragraph(let p) = read.document.body.first else { return "" }
        return read.document.date.chinese + "|" + p.text
    }

    /// An xlsx as Excel writes it: shared strings (one rich, with a phonetic run), a date as a
    /// serial number in a date format, a percentage, a number stored as text, an inline string.
    func testXLSXCellsReadAsTheUserSeesThem() throws {
        let dir = temporaryDirectory()
        let template = kindsTemplate(in: dir)
        let sheet = dir + "/units/figures.xlsx"
        try writeXLSX(to: sheet, sharedStrings: ["单位", "成文日期", "场次", "投资", "完成率", "编号", "青山县", "<r><t>白</t></r><r><t>沙县</t></r><rPh><t>ハク</t></rPh>", "151"],
                      styles: [(0, nil), (14, nil), (9, nil), (165, "0.0%"), (49, nil)],
                      rows: [
                        #"<c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c><c r="F1" t="s"><v>5</v></c>"#,
                        #"<c r="A2" t="s"><v>6</v></c><c r="B2" s="1"><v>45113</v></c><c r="C2" t="s" s="4"><v>8</v></c><c r="D2"><v>55.8</v></c><c r="E2" s="2"><v>0.35</v></c><c r="F2" t="inlineStr"><is><t>007</t></is></c>"#,
                        #"<c r="A3" t="s"><v>7</v></c><c r="B3" s="1"><v>45112.75</v></c><c r="C3"><v>12</v></c><c r="D3"><v>3</v></c><c r="E3" s="3"><v>0.1234</v></c><c r="F3" t="inlineStr"><is><t>A-1</t></is></c>"#,
                      ])
        let units = try UnitInput.gather([sheet], template: template, policy: SourcePolicy())
        XCTAssertEqual(units.map(\.name), ["青山县", "白沙县"])
        XCTAssertEqual(units.map(\.source), [sheet + ":Sheet1!A2", sheet + ":Sheet1!A3"])
        XCTAssertEqual(try bodyText(units[0]), "2023年7月6日|开展活动151场次，投资55.8亿元，完成率35%，编号007。")
        XCTAssertEqual(try bodyText(units[1]), "2023年7月5日|开展活动12场次，投资3亿元，完成率12.3%，编号A-1。")
    }

    /// A YAML unit meets the same `fields:` as a sheet's row: the error is at its key, with a note
    /// at the declaration.
    func testYAMLUnitsMeetTheSameFieldTypes() throws {
        let dir = temporaryDirectory()
        let template = kindsTemplate(in: dir)
        write("template: ../templates/kinds.yaml\nvalues:\n  单位: 青山县\n  成文日期: 2023-07-06\n  场次: 很多\n  投资: 1.5\n  完成率: 35%\n  编号: 007\n", to: dir + "/units/a.yaml")
        XCTAssertThrowsError(try DocumentReader.read(path: dir + "/units/a.yaml")) { error in
            XCTAssertEqual((error as! DiagnosticError).diagnostics.map(\.description), [
                "\(dir)/units/a.yaml:5:3: error: value '场次' is '很多', but the template needs a whole number here",
                "\(template):4:36: note: '场次' is declared integer here",
            ])
        }
        write("template: ../templates/kinds.yaml\nvalues:\n  单位: 青山县\n  成文日期: 2023-07-06\n  场次: 12\n  投资: 1.5\n  完成率: 35.0%\n  编号: \"007\"\n", to: dir + "/units/b.yaml")
        XCTAssertEqual(try bodyText(.file(dir + "/units/b.yaml")), "2023年7月6日|开展活动12场次，投资1.5亿元，完成率35.0%，编号007。")
    }

    /// Figures as offices type them (issue 27.5): full-width digits from a Chinese input method
    /// and thousands separated by a comma, half- or full-width, are the numbers they show, each
    /// with a note on how it was read; a comma that groups no thousands is an error saying how to
    /// write it. A text field keeps what was typed.
    func testFiguresAsOfficesTypeThem() throws {
        let dir = temporaryDirectory()
        let template = kindsTemplate(in: dir)
        write("template: ../templates/kinds.yaml\nvalues:\n  单位: 青山县\n  成文日期: 2023-07-06\n  场次: １８６\n  投资: 32，500.5\n  完成率: ３５％\n  编号: １８６\n", to: dir + "/units/a.yaml")
        let a = try DocumentReader.read(path: dir + "/units/a.yaml")
        XCTAssertEqual(a.diagnostics.filter { !$0.message.hasPrefix("typography") }.map(\.description), [
            "\(dir)/units/a.yaml:5:3: note: value '场次': '１８６' is read as 186",
            "\(dir)/units/a.yaml:6:3: note: value '投资': '32，500.5' is read as 32500.5",
            "\(dir)/units/a.yaml:7:3: note: value '完成率': '３５％' is read as 35%",
        ])
        XCTAssertEqual(try bodyText(.file(dir + "/units/a.yaml")), "2023年7月6日|开展活动186场次，投资32500.5亿元，完成率35%，编号１８６。")
        XCTAssertEqual(a.document.values["场次"], .integer(186))
        write("template: ../templates/kinds.yaml\nvalues:\n  单位: 青山县\n  成文日期: 2023-07-06\n  场次: 32,50\n  投资: 1,5\n  完成率: 35%\n  编号: x\n", to: dir + "/units/b.yaml")
        XCTAssertThrowsError(try DocumentReader.read(path: dir + "/units/b.yaml")) { error in
            XCTAssertEqual((error as! DiagnosticError).diagnostics.map(\.description), [
                "\(dir)/units/b.yaml:5:3: error: value '场次' is '32,50', but the template needs a whole number here; \(OfficeFigure.unclearHint)",
                "\(template):4:36: note: '场次' is declared integer here",
                "\(dir)/units/b.yaml:6:3: error: value '投资' is '1,5', but the template needs a number here; \(OfficeFigure.unclearHint)",
                "\(template):4:49: note: '投资' is declared number here",
            ])
        }
        // A sheet's cells are read the same way.
        let sheet = dir + "/units/figures.csv"
        write("单位,成文日期,场次,投资,完成率,编号\n青山县,2023-07-06,１８６,\"32,500\",３５％,１８６\n白沙县,2023-07-06,\"1,5\",1,1%,x\n", to: sheet)
        let units = try UnitInput.gather([sheet], template: template, policy: SourcePolicy())
        XCTAssertEqual(try DocumentReader.read(units[0]).diagnostics.filter { !$0.message.hasPrefix("typography") }.map(\.description), [
            "\(sheet):2:3: note: '场次': '１８６' is read as 186",
            "\(sheet):2:4: note: '投资': '32,500' is read as 32500",
            "\(sheet):2:5: note: '完成率': '３５％' is read as 35%",
        ])
        XCTAssertEqual(try bodyText(units[0]), "2023年7月6日|开展活动186场次，投资32500亿元，完成率35%，编号１８６。")
        XCTAssertThrowsError(try DocumentReader.read(units[1])) { error in
            XCTAssertEqual((error as! DiagnosticError).diagnostics.map(\.description), [
                "\(sheet):3:3: error: '场次': the cell holds '1,5', but the template needs a whole number here; \(OfficeFigure.unclearHint)",
            ])
        }
    }

    /// Every problem of a sheet in one run, each at its cell; the header's stop the sheet.
    func testHeaderProblemsAreLocatedAndStopTheSheet() throws {
        let dir = temporaryDirectory()
        let template = kindsTemplate(in: dir)
        let sheet = dir + "/units/figures.csv"
        write("单位,成文日期,场次,投资,完成率,编码\n青山县,2023-07-06,151,55.8,35%,007\n", to: sheet)
        let units = try UnitInput.gather([sheet], template: template, policy: SourcePolicy())
        XCTAssertEqual(units.count, 1)
        XCTAssertThrowsError(try DocumentReader.read(units[0])) { error in
            XCTAssertEqual((error as! DiagnosticError).diagnostics.map(\.description), [
                "\(sheet):1:6: error: no placeholder of the template is called '编码'; did you mean '编号'?",
                "\(sheet):1:7: error: no column for the placeholder '{{编号}}' (the template uses it at \(template):6:42)",
            ])
        }
    }

    func testRowProblemsAreLocatedAndStopOnlyTheirRow() throws {
        let dir = temporaryDirectory()
        let template = kindsTemplate(in: dir)
        let sheet = dir + "/units/figures.csv"
        write("""
        单位,成文日期,场次,投资,完成率,编号
        类型,日期,整数,数字,百分比,文字
        青山县,2023-07-06,151,55.8,35%,007
        白沙县,2023-13-01,十二,3,0.5,A-1
        ,2023-07-06,1,1,1%,x
        青山县,2023-07-06,,1,1%,x

        ../etc,2023-07-06,1,1,1%,x
        梅岭市,2023/7/6,"1200",1.5,2.5%,x

        """, to: sheet)
        let units = try UnitInput.gather([sheet], template: template, policy: SourcePolicy())
        var found: [String] = []
        for unit in units {
            do { _ = try DocumentReader.read(unit) } catch { found += error.diagnostics.map(\.description) }
        }
        XCTAssertEqual(found, [
            "\(sheet):4:2: error: '成文日期': the cell holds '2023-13-01', but the template needs a date (2023-07-06) here",
            "\(sheet):4:3: error: '场次': the cell holds '十二', but the template needs a whole number here",
            "\(sheet):4:5: error: '完成率': the cell holds '0.5', but the template needs a percentage (35%) here",
            "\(sheet):5:1: error: the unit's name is empty: every row with figures needs one",
            "\(sheet):6:1: error: the unit '青山县' has a second row here; one row per unit",
            "\(sheet):3:1: note: its first row",
            "\(sheet):6:3: error: '场次': the cell is empty",
            "\(sheet):8:1: error: the unit's name '../etc' cannot be a file name: it starts with a dot",
        ])
        XCTAssertEqual(try bodyText(units.last!), "2023年7月6日|开展活动1200场次，投资1.5亿元，完成率2.5%，编号x。")
    }

    /// More than 512 rows are typed on every core: the same findings, in row order, with the rows
    /// in trouble where the work is divided.
    func testALongSheetsRowsAreTypedInOrderWhereverTheyFall() throws {
        let dir = temporaryDirectory()
        let template = kindsTemplate(in: dir)
        let sheet = dir + "/units/figures.csv"
        let good = { (n: Int) in "单位\(n),2023-07-06,\(n),1,1%,x" }
        // Line 1 the heading, line 2 the types, line 3 青山县, then good rows up to line 601.
        let lines = ["单位,成文日期,场次,投资,完成率,编号", "类型,日期,整数,数字,百分比,文字", "青山县,2023-07-06,151,55.8,35%,007"]
            + (4...601).map(good)
            + ["白沙县,2023-13-01,十二,3,0.5,A-1", ",2023-07-06,1,1,1%,x", "青山县,2023-07-06,,1,1%,x", "../etc,2023-07-06,1,1,1%,x"]
            + (606...1200).map(good)
        write(lines.joined(separator: "\n") + "\n", to: sheet)
        let units = try UnitInput.gather([sheet], template: template, policy: SourcePolicy())
        XCTAssertEqual(units.count, 1198)
        XCTAssertEqual(units.map(\.name).prefix(2), ["青山县", "单位4"])
        XCTAssertEqual(units.last?.name, "单位1200")
        var found: [String] = []
        for unit in units {
            do { _ = try DocumentReader.read(unit) } catch { found += error.diagnostics.map(\.description) }
        }
        XCTAssertEqual(found, [
            "\(sheet):602:2: error: '成文日期': the cell holds '2023-13-01', but the template needs a date (2023-07-06) here",
            "\(sheet):602:3: error: '场次': the cell holds '十二', but the template needs a whole number here",
            "\(sheet):602:5: error: '完成率': the cell holds '0.5', but the template needs a percentage (35%) here",
            "\(sheet):603:1: error: the unit's name is empty: every row with figures needs one",
            "\(sheet):604:1: error: the unit '青山县' has a second row here; one row per unit",
            "\(sheet):3:1: note: its first row",
            "\(sheet):604:3: error: '场次': the cell is empty",
            "\(sheet):605:1: error: the unit's name '../etc' cannot be a file name: it starts with a dot",
        ])
        XCTAssertEqual(try bodyText(units.last!), "2023年7月6日|开展活动1200场次，投资1亿元，完成率1%，编号x。")
    }

    func testWorkerThreadsMapKeepsTheOrder() {
        XCTAssertEqual(WorkerThreads.map(10_000, workers: 3) { $0 * 3 }, (0..<10_000).map { $0 * 3 })
        XCTAssertEqual(WorkerThreads.map(5, workers: 8) { $0 }, [0, 1, 2, 3, 4])
        XCTAssertEqual(WorkerThreads.map(0, workers: 2) { $0 }, [])
        XCTAssertEqual(WorkerThreads.map(7, workers: 0) { $0 }, Array(0..<7))
    }

    func testXLSXLocationsNameTheCell() throws {
        let dir = temporaryDirectory()
        let template = kindsTemplate(in: dir)
        let sheet = dir + "/units/figures.xlsx"
        try writeXLSX(to: sheet, sharedStrings: [], styles: [(0, nil)], rows: [
            #"<c r="A1" t="inlineStr"><is><t>单位</t></is></c><c r="B1" t="inlineStr"><is><t>成文日期</t></is></c><c r="C1" t="inlineStr"><is><t>场次</t></is></c><c r="D1" t="inlineStr"><is><t>投资</t></is></c><c r="E1" t="inlineStr"><is><t>完成率</t></is></c><c r="F1" t="inlineStr"><is><t>编号</t></is></c>"#,
            #"<c r="A2" t="inlineStr"><is><t>青山县</t></is></c><c r="B2" t="inlineStr"><is><t>2023-07-06</t></is></c><c r="C2" t="e"><v>#DIV/0!</v></c><c r="D2"><v>1</v></c><c r="E2" t="inlineStr"><is><t>35%</t></is></c>"#,
        ])
        let units = try UnitInput.gather([sheet], template: template, policy: SourcePolicy())
        XCTAssertThrowsError(try DocumentReader.read(units[0])) { error in
            XCTAssertEqual((error as! DiagnosticError).diagnostics.map(\.description), [
                "\(sheet):Sheet1!C2: error: '场次': the cell shows the spreadsheet error #DIV/0!; correct its formula or type the figure",
                "\(sheet):Sheet1!F2: error: '编号': the cell is empty",
            ])
        }
    }

    func testACellsPlaceMovesToAnotherRow() {
        XCTAssertEqual(SourceLocation.cell("f.xlsx", sheet: "表2", row: 0, column: 27).inRow(1234),
                       SourceLocation.cell("f.xlsx", sheet: "表2", row: 1234, column: 27))
        XCTAssertEqual(SourceLocation.cell("f.xlsx", sheet: "Sheet1", row: 7, column: 3).inRow(10).cell, "Sheet1!C10")
        XCTAssertEqual(SourceLocation(file: "f.csv", line: 0, column: 3).inRow(9), SourceLocation(file: "f.csv", line: 9, column: 3))
    }

    /// A unit in a YAML file and in a sheet's row would write the same files: the run stops.
    func testAUnitInBothAYAMLFileAndASheetIsAnError() throws {
        let sheet = Repo.root + "/samples/figures.xlsx"
        let yaml = Repo.samples + "/青山县.yaml"
        XCTAssertThrowsError(try UnitInput.gather([yaml, sheet], template: Self.template, policy: SourcePolicy())) { error in
            XCTAssertEqual((error as! DiagnosticError).diagnostics.map(\.description),
                           ["\(sheet):Sheet1!A12: error: unit name '青山县' is also used by \(yaml); both would write 青山县.odt"])
        }
        XCTAssertThrowsError(try UnitInput.gather([sheet], template: nil, policy: SourcePolicy())) { error in
            XCTAssertEqual((error as! DiagnosticError).diagnostics.map(\.description),
                           ["\(sheet): error: a sheet of figures needs the template its columns fill: give it with --template FILE"])
        }
    }

    /// A part that unpacks beyond the limit is refused before it is inflated (a zip bomb).
    func testAnOversizedPartIsRefused() throws {
        let dir = temporaryDirectory()
        let sheet = dir + "/bomb.xlsx"
        let zeros = [UInt8](repeating: 0x20, count: 2 << 20)
        try ZipArchive.write([ZipArchive.Entry("xl/workbook.xml", .bytes(zeros))], to: sheet, timestamp: 0)
        var limits = SourcePolicy.Limits()
        limits.sheetBytes = 1 << 20
        XCTAssertLessThan(try XCTUnwrap(FileManager.default.attributesOfItem(atPath: sheet)[.size] as? Int), 1 << 20)
        XCTAssertThrowsError(try SheetUnits.load(path: sheet, limits: limits)) { error in
            XCTAssertEqual((error as! DiagnosticError).diagnostics.map(\.description),
                           ["\(sheet): error: 'xl/workbook.xml' inside the sheet unpacks to 2097152 bytes, more than the limit of 1048576 (raise it with --max-sheet-bytes if this is intended)"])
        }
    }

    /// The form: the unit column, the placeholders in the template's order, the type row; the
    /// ODS form is valid ODF 1.3.
    func testTheFormHasAColumnPerPlaceholderAndATypeRow() throws {
        let dir = temporaryDirectory()
        var form = try CollectionForm.make(template: Self.template)
        form.add(units: ["青山县", "白沙县"])
        for kind in ["csv", "xlsx", "ods"] {
            let path = "\(dir)/form.\(kind)"
            try ZipArchive.writeAtomically(form.bytes(for: path), to: path)
            let sheet = try SheetUnits.load(path: path, limits: SourcePolicy.Limits())
            XCTAssertEqual(sheet.rows.count, 4, kind)
            let header = sheet.rows[0].cells.map { if case .text(let s) = $0 { s } else { "?" } }
            XCTAssertEqual(Array(header.prefix(5)), ["单位", "成文日期", "简称", "中心组学习次数", "辅导报告人数"], kind)
            XCTAssertEqual(header.count, 72, kind)
            let types = sheet.rows[1].cells.map { if case .text(let s) = $0 { s } else { "?" } }
            XCTAssertEqual(Array(types.prefix(4)), ["类型", "日期", "文字", "整数"], kind)
            XCTAssertTrue(types.contains("日期") && types.contains("数字"), kind)
            XCTAssertEqual(sheet.rows[2].cells, [.text("青山县")], kind)
        }
        let ods = try ZipArchive.read(dir + "/form.ods")
        XCTAssertEqual(ods.first?.name, "mimetype")
        let validator = try ODFValidator.builtIn()
        let parts = ods.filter { $0.name.hasSuffix(".xml") }.map { OdtPackager.Part($0.name, $0.bytes) }
        XCTAssertEqual(parts.map(\.name), ["content.xml", "META-INF/manifest.xml"])
        XCTAssertEqual(validator.validate(parts), [])
    }

    /// Damaged and hostile sheet files: each refused with its reason, nothing of them echoed.
    func testBrokenSheetFilesAreRefusedWithTheirReason() throws {
        let dir = temporaryDirectory()
        let template = kindsTemplate(in: dir)
        func problems(_ path: String) -> [String] {
            let sheet = SheetUnits.read(path: path, template: template)
            return sheet.diagnostics.map(\.description) + sheet.units.flatMap(\.diagnostics).map(\.description)
        }
        write("root:x:0:0:root:/root:/bin/bash\n", to: dir + "/units/passwd.xlsx")
        XCTAssertEqual(problems(dir + "/units/passwd.xlsx"),
                       ["\(dir)/units/passwd.xlsx: error: cannot open the sheet: it is not a zip file, as an .xlsx or .ods file is (libzip error 19); save it again from the spreadsheet"])
        try ZipArchive.write([ZipArchive.Entry("content.xml", .bytes(Array("<a>".utf8)))], to: dir + "/units/broken.ods", timestamp: 0)
        XCTAssertEqual(problems(dir + "/units/broken.ods"),
                       ["\(dir)/units/broken.ods: error: 'content.xml' inside the sheet is not well-formed XML; save the file again from the spreadsheet"])
        try ZipArchive.write([ZipArchive.Entry("word/document.xml", .bytes(Array("<a/>".utf8)))], to: dir + "/units/word.xlsx", timestamp: 0)
        XCTAssertEqual(problems(dir + "/units/word.xlsx"),
                       ["\(dir)/units/word.xlsx: error: the file is a zip but not an Excel workbook (it has no xl/workbook.xml)"])
        // A filled row repeated a million times is no sheet of figures; empty ones cost nothing.
        let ods = """
        <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" \
        xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet><table:table table:name="表1">\
        <table:table-row table:number-rows-repeated="1048000"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>\
        <table:table-row table:number-rows-repeated="1000000"><table:table-cell office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row>\
        </table:table></office:spreadsheet></office:body></office:document-content>
        """
        try ZipArchive.write([ZipArchive.Entry("content.xml", .bytes(Array(ods.utf8)))], to: dir + "/units/repeat.ods", timestamp: 0)
        XCTAssertEqual(problems(dir + "/units/repeat.ods"),
                       ["\(dir)/units/repeat.ods:表1!A1048001: error: the sheet repeats filled rows or cells more than 100000 times, or to more than 4000000 filled cells in all; it is no sheet of figures: save it again without the repeated rows"])
        // A GB 18030 CSV: its cells are read, and a bad one is located like any other.
        let gbk = "单位,成文日期,场次,投资,完成率,编号\r\n甲/乙,2023-07-06,1,1,1%,x\r\n青山县,2023-07-06,1,1,1%,\r\n"
        let encoded = try XCTUnwrap(Iconv.encode(gbk, to: "GB18030"))
        XCTAssertNotEqual(encoded, Array(gbk.utf8))
        XCTAssertTrue(FileManager.default.createFile(atPath: dir + "/units/gbk.csv", contents: Data(encoded)))
        XCTAssertEqual(problems(dir + "/units/gbk.csv"), [
            "\(dir)/units/gbk.csv:2:1: error: the unit's name '甲/乙' cannot be a file name: it holds a '/' or a control character",
            "\(dir)/units/gbk.csv:3:6: error: '编号': the cell is empty",
        ])
    }

    func writeXLSX(to path: String, sharedStrings: [String], styles: [(Int, String?)], rows: [String]) throws {
        let ns = #"xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main""#
        let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        let numFmts = styles.compactMap { id, code in code.map { #"<numFmt numFmtId="\#(id)" formatCode="\#($0)"/>"# } }.joined()
        let xfs = styles.map { #"<xf numFmtId="\#($0.0)" fontId="0" fillId="0" borderId="0"/>"# }.joined()
        let strings = sharedStrings.map { $0.hasPrefix("<") ? "<si>\($0)</si>" : "<si><t>\($0)</t></si>" }.joined()
        let sheetRows = rows.enumerated().map { #"<row r="\#($0.offset + 1)">\#($0.element)</row>"# }.joined()
        let parts: [(String, String)] = [
            ("xl/workbook.xml", #"<workbook \#(ns) xmlns:r="\#(rel)"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId7"/></sheets></workbook>"#),
            ("xl/_rels/workbook.xml.rels", #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId7" Type="\#(rel)/worksheet" Target="/xl/worksheets/data.xml"/></Relationships>"#),
            ("xl/sharedStrings.xml", "<sst \(ns)>\(strings)</sst>"),
            ("xl/styles.xml", "<styleSheet \(ns)><numFmts>\(numFmts)</numFmts><cellXfs>\(xfs)</cellXfs></styleSheet>"),
            ("xl/worksheets/data.xml", "<worksheet \(ns)><sheetData>\(sheetRows)</sheetData></worksheet>"),
        ]
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try ZipArchive.write(parts.map { ZipArchive.Entry($0.0, .bytes(Array($0.1.utf8))) }, to: path, timestamp: 0)
    }
}
