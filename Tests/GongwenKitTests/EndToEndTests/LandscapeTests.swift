import XCTest
@testable import GongwenKit

/// §8: a wide table printed landscape. In the .odt its attachment uses the landscape master page;
/// in the PDF those pages are turned upright with the table's head to the left and the page number
/// where the upright pages have it.
final class LandscapeTests: XCTestCase {
    func document(rows: Int, separate: Bool = false, imprint: Bool = true) -> String {
        let body = (1...rows).map { "              - [\($0), 第\($0)项, \($0 * 37), \($0 * 11), \($0 * 5), \($0 * 3), \($0 * 7), \($0 % 12 + 1)月]" }.joined(separator: "\n")
        return """
        title: 关于报送2023年上半年宣传工作统计数据的通知
        issuer: 中共江州市委宣传部
        date: 2023-07-20
        header: {mark: 中共江州市委宣传部文件, number: 江宣〔2023〕15号}
        body:
          - 现将有关统计数据印发给你们，请认真核对。
        attachments:
          - title: 2023年上半年宣传工作统计表
            landscape: true
            separate: \(separate)
            body:
              - table:
                  columns:
                    - {heading: 序号, width: 20}
                    - {heading: 项目, width: 40}
                    - {heading: 宣讲场次, width: 27}
                    - {heading: 用稿数, width: 27}
                    - {heading: 专栏数, width: 27}
                    - {heading: 舆情数, width: 27}
                    - {heading: 活动数, width: 27}
                    - {heading: 时限, width: 30}
                  rows:
        \(body)
        \(imprint ? "imprint: {cc: [市委办公室], printer: 中共江州市委宣传部办公室, date: 2023-07-21}" : "")

        """
    }

    func testALandscapeAttachmentUsesTheLandscapeMasterPageAndTheTurnedBlock() throws {
        let read = try DocumentReader.read(text: document(rows: 3), path: "t.yaml")
        XCTAssertEqual(read.document.attachments.map(\.landscape), [true])
        let content = String(decoding: try ContentWriter.write(read.document), as: UTF8.self)
        XCTAssertTrue(content.contains(#"<style:style style:name="GW_AttachmentLabelLandscape" style:family="paragraph" style:parent-style-name="GW_AttachmentLabel" style:master-page-name="GW_Landscape"/>"#), content)
        XCTAssertTrue(content.contains(#"<text:p text:style-name="GW_AttachmentLabelLandscape">附件</text:p>"#), content)
        // The table spans the landscape block, 225 mm: 20 of 225 parts is 20 mm.
        XCTAssertTrue(content.contains(#"style:width="225.0mm""#), content)
        XCTAssertTrue(content.contains(#"style:column-width="20.0mm""#), content)
        // After the landscape pages, the 版记 goes back to an upright page.
        XCTAssertTrue(content.contains(#"<text:p text:style-name="GW_ImprintAnchorUpright">"#), content)
        // A document without landscape pages is written as before.
        let upright = try DocumentReader.read(text: document(rows: 3).replacingOccurrences(of: "landscape: true", with: "landscape: false"), path: "t.yaml")
        let plain = String(decoding: try ContentWriter.write(upright.document), as: UTF8.self)
        XCTAssertFalse(plain.contains("Landscape"), plain)
        XCTAssertFalse(plain.contains("Upright"), plain)
        XCTAssertTrue(plain.contains(#"style:width="156.0mm""#), plain)
    }

    /// A letter's 版记 (§10.1) goes back to an upright page too, on its own anchor (not moved to an even page).
    func testALettersImprintAfterLandscapePagesKeepsItsOwnAnchor() throws {
        let letter = try String(contentsOfFile: Repo.root + "/samples/documents/复函.yaml", encoding: .utf8)
            + "attachments:\n  - title: 统计表\n    landscape: true\n    body:\n      - table:\n          columns: [甲, 乙]\n          rows:\n            - [1, 2]\n"
        let read = try DocumentReader.read(text: letter, path: Repo.root + "/samples/documents/复函-landscape.yaml")
        XCTAssertEqual(read.document.format, .letter)
        let content = String(decoding: try ContentWriter.write(read.document), as: UTF8.self)
        XCTAssertTrue(content.contains(#"<text:p text:style-name="GW_LetterImprintAnchorUpright">"#), content)
        XCTAssertFalse(content.contains("GW_ImprintAnchorUpright"), content)
    }

    func testASeparateLandscapeAttachmentStartsOnALandscapePage() throws {
        let read = try DocumentReader.read(text: document(rows: 3, separate: true), path: "t.yaml")
        let attachment = try XCTUnwrap(read.document.separateAttachments.first?.document)
        XCTAssertTrue(attachment.landscape)
        let content = String(decoding: try ContentWriter.write(attachment), as: UTF8.self)
        XCTAssertTrue(content.contains(#"<text:p text:style-name="GW_HeaderLineLandscape">江宣〔2023〕15号附件</text:p>"#), content)
        XCTAssertTrue(content.contains(#"style:width="225.0mm""#), content)
    }

    func testLandscapeNeedsABodyAndIsTrueOrFalse() {
        XCTAssertEqual(readErrors("title: t\nissuer: i\ndate: 2023-07-10\nbody: [正文。]\nattachments:\n  - {title: 统计表, landscape: yes, body: [表。]}\n").map(\.description),
                       ["unit.yaml:6:29: error: 'landscape' must be true or false"])
        XCTAssertEqual(readErrors("title: t\nissuer: i\ndate: 2023-07-10\nbody: [正文。]\nattachments:\n  - {title: 统计表, landscape: true}\n").map(\.description),
                       ["unit.yaml:6:29: error: 'landscape' turns an attachment's pages (§8): give it body:"])
    }

    /// The real PDF: the landscape pages are turned upright (/Rotate 270), read as A4 upright pages
    /// whose page numbers stand where the other pages have them, and the table's text runs up the
    /// page inside the turned block; the 版记 comes back on an upright, even, last page.
    func testTheLandscapePagesAreTurnedUprightInThePDF() throws {
        let pdf = try buildPDF(document(rows: 40), name: "统计表通知")
        let layout = try PDFLayout.read(pdf: pdf)
        let turned = layout.pages.filter { !$0.turnedLines.isEmpty }.map(\.number)
        XCTAssertGreaterThanOrEqual(turned.count, 2, "40 rows take more than one landscape page")
        for page in layout.pages where turned.contains(page.number) {
            // Upright A4 as printed, the table's glyphs inside the landscape block (x 35–260, y 28–184 mm).
            XCTAssertEqual(page.width, 210, accuracy: 0.5)
            XCTAssertEqual(page.height, 297, accuracy: 0.5)
            let xs = page.turnedLines.flatMap { [$0.x0, $0.x1] }, tops = page.turnedLines.map(\.top), bottoms = page.turnedLines.map(\.bottom)
            XCTAssertGreaterThanOrEqual(xs.min() ?? 0, 34.4, "page \(page.number)")
            XCTAssertLessThanOrEqual(xs.max() ?? 999, 260.6, "page \(page.number)")
            XCTAssertGreaterThanOrEqual(tops.min() ?? 0, 27.4, "page \(page.number)")
            // The first line at the block's top, as on an upright page (its em box 3.2 mm into a 10.2 mm line).
            XCTAssertLessThanOrEqual(tops.min() ?? 999, 31.5, "page \(page.number)")
            XCTAssertLessThanOrEqual(bottoms.max() ?? 999, 185, "page \(page.number)")
            // Every page after the first holds the repeated heading row at the top of the landscape block.
            XCTAssertEqual(page.turnedLines.first { $0.text.contains("宣讲场次") }?.text.replacingOccurrences(of: " ", with: ""),
                           "序号项目宣讲场次用稿数专栏数舆情数活动数时限", "page \(page.number)")
            // The page number upright, 7 mm below the block: odd pages end one character in from the right, even ones start one in.
            let footer = page.lines.filter { $0.top > 262 }
            XCTAssertEqual(footer.map { $0.text.replacingOccurrences(of: " ", with: "") }, ["—\(page.number)—"], "page \(page.number)")
            if let f = footer.first {
                XCTAssertEqual((f.top + f.bottom) / 2, 269, accuracy: 2.5)
                // Where the upright first page has its number, to a fifth of a millimetre.
                let upright = try XCTUnwrap(layout.pages[0].lines.last { $0.top > 262 })
                XCTAssertEqual(f.baseline, upright.baseline, accuracy: 0.2, "page \(page.number)")
                if page.number % 2 == 1 { XCTAssertEqual(f.x1, 184 - 5.3, accuracy: 1.2) } else { XCTAssertEqual(f.x0, 28 + 5.3, accuracy: 1.2) }
            }
        }
        let rotate = try Subprocess.run(["pdfinfo", "-f", "1", "-l", "\(layout.pages.count)", pdf], timeout: 60).output
        let rotated = rotate.split(separator: "\n").filter { $0.hasPrefix("Page") && $0.contains("rot:") && $0.hasSuffix(" 270") }
        XCTAssertEqual(rotated.map { Int($0.split(separator: " ")[1]) ?? 0 }, turned, rotate)
        // The 版记 on an upright last page, an even one.
        let last = try XCTUnwrap(layout.pages.last)
        XCTAssertTrue(last.turnedLines.isEmpty)
        XCTAssertEqual(last.number % 2, 0)
        XCTAssertTrue(last.lines.contains { $0.text.hasSuffix("印发") }, "\(last.lines.map(\.text))")
        XCTAssertEqual(LayoutVerifier.verify(layout).map(\.description), [])
        // The yardstick's page checks hold on the turned pages.
        let check = try Subprocess.run(["python3", Repo.shared + "/tools/gbt9704_check.py", "--redhead", pdf], timeout: 120)
        for name in ["page-size", "page-numbers", "inside-text-block", "imprint-page", "glyphs-covered"] {
            XCTAssertTrue(check.output.contains(": ok   \(name):"), "\(name): \(check.output)")
        }
    }

    /// A document with landscape pages names the 版记 anchor's upright style among its automatic
    /// styles whether or not it has a 版记: only a paragraph in that style is a 版记 to move.
    func testLandscapePagesWithoutAnImprintHaveNoImprintAnchor() throws {
        func content(imprint: Bool) throws -> String {
            String(decoding: try ContentWriter.write(try DocumentReader.read(text: document(rows: 3, imprint: imprint), path: "t.yaml").document), as: UTF8.self)
        }
        let without = try content(imprint: false)
        XCTAssertTrue(without.contains(#"style:name="GW_ImprintAnchorUpright""#), without)
        XCTAssertFalse(ImprintPagination.hasImprint(content: without))
        XCTAssertTrue(LandscapePages.has(content: without))
        XCTAssertTrue(ImprintPagination.hasImprint(content: try content(imprint: true)))
    }

    /// The city summary without a 版记 (a rollup whose attachment is landscape) builds to PDF whatever
    /// its page count: an odd one once sent it to the 版记's even-page pass, which found no 版记 and
    /// failed the PDF. Paragraphs are added until the PDF has an odd page count, so the case is met
    /// whatever faces set the text; its landscape pages are still turned.
    func testALandscapeRollupWithoutAnImprintBuildsToPDF() throws {
        try XCTSkipIf(Subprocess.which("soffice") == nil, "end-to-end tier: LibreOffice is not installed (make deps)")
        try XCTSkipIf(Subprocess.which("mutool") == nil, "end-to-end tier: mutool (mupdf-tools) is needed")
        let dir = temporaryDirectory()
        for folder in ["units", "templates"] {
            try FileManager.default.copyItem(atPath: Repo.root + "/samples/" + folder, toPath: dir + "/" + folder)
        }
        let template = try String(contentsOfFile: dir + "/templates/city-summary.yaml", encoding: .utf8)
        XCTAssertFalse(template.contains("imprint:"), "the sample city summary has no 版记")
        let paragraph = "  - " + String(repeating: "各地要进一步提高政治站位，强化责任担当，扎实推进各项工作任务落地见效。", count: 8) + "\n"
        var odd = false
        for extra in 0..<6 where !odd {
            // A template of its own each time: templates are cached by path.
            write(template.replacingOccurrences(of: "\nattachments:\n", with: "\n" + String(repeating: paragraph, count: extra) + "attachments:\n"),
                  to: dir + "/templates/city-summary-\(extra).yaml")
            write("template: ../templates/city-summary-\(extra).yaml\nrollup: ../units\nvalues:\n  成文日期: 2023-07-14\n", to: dir + "/city/江州市.yaml")
            let out = dir + "/out\(extra)"
            let report = BuildRunner(options: try repoBuildOptions(output: out)).run(sources: [dir + "/city/江州市.yaml"], progress: Progress(quiet: true))
            XCTAssertEqual(report.failed, 0, "\(extra) paragraphs added: \(report.units.map(\.diagnostics))")
            let pdf = out + "/pdf/江州市.pdf"
            XCTAssertTrue(PDFConverter.looksComplete(pdf, format: .pdf), pdf)
            guard let pages = ImprintPagination.pageCount(pdf) else { return XCTFail("pdfinfo cannot read \(pdf)") }
            odd = pages % 2 == 1
            // The attachment's table is on landscape pages, turned upright (/Rotate 270).
            let info = try Subprocess.run(["pdfinfo", "-f", "1", "-l", "\(pages)", pdf], timeout: 60).output
            let rotated = info.split(separator: "\n").filter { $0.hasPrefix("Page") && $0.contains("rot:") && $0.hasSuffix(" 270") }
            XCTAssertFalse(rotated.isEmpty, info)
            let wide = info.split(separator: "\n").filter { line in
                guard line.hasPrefix("Page"), line.contains("size:") else { return false }
                let numbers = line.split(separator: " ").compactMap { Double($0) }
                return numbers.count >= 3 && numbers[1] > numbers[2]
            }
            XCTAssertEqual(wide.count, rotated.count, "every landscape page is turned: \(info)")
        }
        XCTAssertTrue(odd, "no variant of the summary came out with an odd page count")
    }

    /// The verifier measures a landscape page in its own block: a turned line that runs past the
    /// block's end is found, with the position on the landscape page.
    func testTheVerifierFindsTurnedTextOutsideTheLandscapeBlock() throws {
        // One glyph run going up the page (trm turned a quarter) at x = 60 mm, from y = 20 mm (past the block).
        func trace(fromY y: Double) -> String {
            let pt = 72 / 25.4
            return """
            <document><page number="1" mediabox="0 0 595.3 841.9">
            <fill_text colorspace="DeviceGray" color="0" transform="1 0 0 -1 0 841.9">
            <span font="FandolFang-Regular" wmode="0" trm="0 16 -16 0"><g unicode="表" glyph="1" x="\(60 * pt)" y="\(841.9 - (297 - y) * pt)" adv="1"/></span>
            </fill_text></page></document>
            """
        }
        let inside = try PDFLayout.parse(trace: Array(trace(fromY: 100).utf8), name: "t")
        XCTAssertEqual(inside.pages[0].lines.count, 0)
        XCTAssertEqual(inside.pages[0].turnedLines.map(\.text), ["表"])
        XCTAssertEqual(inside.pages[0].turnedLines[0].x0, 100, accuracy: 0.05)
        XCTAssertEqual(inside.pages[0].turnedLines[0].baseline, 60, accuracy: 0.05)
        let outside = try PDFLayout.parse(trace: Array(trace(fromY: 280).utf8), name: "t")
        let findings = LayoutVerifier.verify(outside).map(\.description)
        XCTAssertTrue(findings.contains { $0.hasPrefix("page 1 at x=280.0 mm y=60.0 mm: text outside the landscape page's block (§8)") }, "\(findings)")
    }
}
