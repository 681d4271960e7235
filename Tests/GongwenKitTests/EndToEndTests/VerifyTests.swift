import XCTest
@testable import GongwenKit

final class VerifyTests: XCTestCase {
    /// Builds 青山县 with a changed style sheet and measures the PDF.
    func findings(stylesChange: (String) -> String) throws -> [LayoutVerifier.Finding] {
        try XCTSkipIf(Subprocess.which("soffice") == nil, "end-to-end tier: LibreOffice is not installed (make deps)")
        let out = temporaryDirectory()
        var options = BuildOptions()
        options.outputDirectory = out
        let styles = try String(contentsOfFile: Repo.root + "/styles/gongwen.xml", encoding: .utf8)
        let changed = stylesChange(styles)
        XCTAssertNotEqual(changed, styles, "the change must apply")
        write(changed, to: out + "/styles.xml")
        options.styles = try StyleSheet.load(path: out + "/styles.xml")
        options.fontConfigTemplate = Repo.root + "/styles/fonts.conf"
        let report = BuildRunner(options: options).run(sources: [Repo.samples + "/青山县.yaml"], progress: Progress(quiet: true))
        XCTAssertEqual(report.failed, 0)
        return LayoutVerifier.verify(try PDFLayout.read(pdf: out + "/pdf/青山县.pdf"))
    }

    func testCorrectPDFHasNoFindings() throws {
        let findings = try findings { $0.replacingOccurrences(of: "fo:margin-top=\"37mm\"", with: "fo:margin-top=\"37.0mm\"") }
        XCTAssertEqual(findings.map(\.description), [])
    }

    func testFlagsA26MillimetreLeftMargin() throws {
        let findings = try findings {
            $0.replacingOccurrences(of: #"fo:margin-left="28mm" fo:margin-right="26mm""#, with: #"fo:margin-left="26mm" fo:margin-right="28mm""#)
        }
        XCTAssertTrue(findings.contains { $0.description.contains("left margin (订口) is 26.0 mm") }, "\(findings)")
    }

    func testFlags21LinesAPage() throws {
        let findings = try findings {
            $0.replacingOccurrences(of: #"fo:line-height="28.95pt""#, with: #"fo:line-height="30.35pt""#)
        }
        XCTAssertTrue(findings.contains { $0.description.contains("21 lines on a full page") }, "\(findings)")
        XCTAssertTrue(findings.contains { $0.description.hasPrefix("page 2") }, "\(findings)")
    }

    /// A page drawn by hand in `mutool trace`'s format: positions are in points, y down.
    func trace(_ texts: [(x: Double, y: Double, size: Double, font: String, color: String, text: String)],
               rules: [(x0: Double, x1: Double, y: Double, color: String)] = []) -> [UInt8] {
        let mm = 72 / 25.4
        var page = #"<document><page number="1" mediabox="0 0 595.3 841.9">"#
        for t in texts {
            page += #"<fill_text colorspace="DeviceRGB" color="\#(t.color)" transform="1 0 0 1 0 0"><span font="AAAAAA+\#(t.font)" trm="\#(t.size) 0 0 \#(t.size)">"#
            var x = t.x * mm
            for ch in t.text {
                let adv = ch.isASCII ? 0.5 : 1.0
                page += #"<g unicode="\#(ch)" x="\#(x)" y="\#(t.y * mm)" adv="\#(adv)"/>"#
                x += adv * t.size
            }
            page += "</span></fill_text>"
        }
        for r in rules {
            page += #"<stroke_path linewidth="1.4" colorspace="DeviceRGB" color="\#(r.color)" transform="1 0 0 1 0 0"><moveto x="\#(r.x0 * mm)" y="\#(r.y * mm)"/><lineto x="\#(r.x1 * mm)" y="\#(r.y * mm)"/></stroke_path>"#
        }
        return Array((page + "</page></document>").utf8)
    }

    func testParsesATraceAndFlagsWhatAReaderWouldSee() throws {
        let body = "FandolFang-Regular", times = "LiberationSerif", black = "0 0 0"
        let layout = try PDFLayout.parse(trace: trace([
            (28, 45, 22, "NotoSerifCJKjp-Bold", black, "关于测试的通知"),
            (28, 60, 16, body, black, "正文,正文"),
            (28, 70.2, 16, body, black, "共开展宣讲"), (56, 69.7, 16, times, black, "26"),
            (28, 80.4, 16, body, black, String(repeating: "正", count: 27)), (180.4, 80.4, 16, times, black, "2"),
            (28, 90.6, 16, times, black, "022"), (40, 90.6, 16, times, black, "年度堃"),
            (160, 270, 14, "NotoSerifCJKjp-Regular", black, "- 1 -"),
        ]), name: "t.trace")
        XCTAssertEqual(layout.pages.count, 1)
        XCTAssertEqual(layout.pages[0].lines.first?.size, 22)
        let text = LayoutVerifier.verify(layout).map(\.description)
        XCTAssertTrue(text.contains { $0.contains("page number reads '-1-', expected '— 1 —'") }, "\(text)")
        XCTAssertTrue(text.contains { $0.contains("half-width ','") }, "\(text)")
        XCTAssertTrue(text.contains { $0.contains("'2' sits +0.50 mm off the baseline of '共开展宣讲26'") }, "\(text)")
        XCTAssertTrue(text.contains { $0.hasPrefix("page 1 at x=28.0 mm y=90.6 mm: a number is split across lines: '…正正正正正2' / '022年度堃…'") }, "\(text)")
        XCTAssertTrue(text.contains { $0.contains("'堃' is drawn in the Western face LiberationSerif") }, "\(text)")
    }

    func testFlagsARedRuleNarrowerThanTheBlockAndAMarkTooHigh() throws {
        let red = "1 0 0", black = "0 0 0"
        let layout = try PDFLayout.parse(trace: trace([
            // Em box top = baseline − 0.88 × 36 pt (0.88 × 12.7 = 11.176 mm): 37 + 30 + 11.176 puts it 30 mm below the block.
            (43, 78.176, 36, "NotoSerifCJKjp-Bold", red, "江州市委宣传部文件"),
            (34, 116, 16, "FandolFang-Regular", black, "江宣〔2023〕12号"),
            (70, 155, 22, "NotoSerifCJKjp-Bold", black, "关于测试的通知"),
        ], rules: [(33.6, 184, 121, red)]), name: "t.trace")
        let text = LayoutVerifier.verify(layout).map(\.description)
        XCTAssertTrue(text.contains { $0.contains("the red 发文机关标志 starts 30.0 mm below the block's top; §7.2.4 asks for 35 mm") }, "\(text)")
        XCTAssertTrue(text.contains { $0.contains("the red separator runs 33.6–184.0 mm; it must be as wide as the block") }, "\(text)")
    }

    /// §7.3.5.5 (issue 27): the 署名 and date never stand on a page without a line of the text.
    /// Positions from the grid: a character is 156/28 mm, 16 pt glyphs are 5.64 mm, ASCII half.
    func testFlagsASignatureLeftAloneOnItsPage() throws {
        let body = "FandolFang-Regular", black = "0 0 0"
        let em = 16 * 25.4 / 72, character = 156.0 / 28
        let dateWidth = 6.5 * em  // 2023年7月10日: seven half-width digits, four ideographs
        let date = (x: 184 - 2 * character - dateWidth, text: "2023年7月10日")
        let name = "中共测试县委宣传部"
        let nameX = date.x + dateWidth / 2 - Double(name.count) * em / 2
        let alone = try PDFLayout.parse(trace: trace([
            (nameX, 50, 16, body, black, name), (date.x, 60.2, 16, body, black, date.text),
        ]), name: "alone.trace")
        let message = "the 署名 and the date stand on page 1 without a line of the text above them"
        XCTAssertTrue(LayoutVerifier.verify(alone).contains { $0.message.hasPrefix(message) }, "\(LayoutVerifier.verify(alone))")
        let withText = try PDFLayout.parse(trace: trace([
            (28 + 2 * character, 39.8, 16, body, black, "上半年，工作顺利。"),
            (nameX, 60.2, 16, body, black, name), (date.x, 70.4, 16, body, black, date.text),
        ]), name: "with-text.trace")
        XCTAssertFalse(LayoutVerifier.verify(withText).contains { $0.message.hasPrefix(message) }, "\(LayoutVerifier.verify(withText))")
    }

    /// A sealed layout (date 右空四字, two empty lines above the 署名) with no image there lost its
    /// seal (issue 26: LibreOffice drops a seal it cannot draw); `--hand-sealed` expects that.
    func testFlagsASealedLayoutWithoutItsSeal() throws {
        let body = "FandolFang-Regular", black = "0 0 0"
        let em = 16 * 25.4 / 72, character = 156.0 / 28
        let dateWidth = 6.5 * em
        let dateX = 184 - 4 * character - dateWidth
        let name = "中共测试县委宣传部"
        let nameX = dateX + dateWidth / 2 - Double(name.count) * em / 2
        let layout = try PDFLayout.parse(trace: trace([
            (28 + 2 * character, 39.8, 16, body, black, "上半年，工作顺利。"),
            (nameX, 70.4, 16, body, black, name), (dateX, 80.6, 16, body, black, "2023年7月10日"),
        ]), name: "sealed.trace")
        let lost = "the layout is sealed (the date 右空四字, two empty lines above the 署名) but no seal image is drawn there"
        XCTAssertTrue(LayoutVerifier.verify(layout).contains { $0.message.hasPrefix(lost) }, "\(LayoutVerifier.verify(layout))")
        XCTAssertFalse(LayoutVerifier.verify(layout, handSealed: true).contains { $0.message.hasPrefix(lost) })
    }
}
