import XCTest
@testable import GongwenKit

final class VerifyTests: XCTestCase {
    /// Builds 青山县 with a changed style sheet and measures the PDF.
    func findings(stylesChange: (String) -> String) throws -> [LayoutVerifier.Finding] {
        try XCTSkipIf(Subprocess.which("soffice") == nil, "LibreOffice is not installed (make deps)")
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

    func testParsesPopplerLayoutAndFlagsPageNumbers() throws {
        func line(_ y: Double, _ x0: Double, _ x1: Double, _ text: String) -> String {
            let mm = 72 / 25.4
            return #"<line xMin="\#(x0 * mm)" yMin="\#((y - 5) * mm)" xMax="\#(x1 * mm)" yMax="\#(y * mm)"><word xMin="0" yMin="0" xMax="0" yMax="0">\#(text)</word></line>"#
        }
        let xhtml = """
        <html xmlns="http://www.w3.org/1999/xhtml"><body><doc>
        <page width="595.3" height="841.9"><flow><block>\(line(45, 28, 184, "正文,正文"))\(line(270, 160, 175, "- 1 -"))</block></flow></page>
        </doc></body></html>
        """
        let layout = try PDFLayout.parse(xhtml: Array(xhtml.utf8), name: "t.xhtml")
        XCTAssertEqual(layout.pages.count, 1)
        XCTAssertEqual(layout.pages[0].lines.count, 2)
        XCTAssertEqual(layout.pages[0].lines[0].x0, 28, accuracy: 0.01)
        let text = LayoutVerifier.verify(layout).map(\.description)
        XCTAssertTrue(text.contains { $0.contains("page number reads '- 1 -'") }, "\(text)")
        XCTAssertTrue(text.contains { $0.contains("half-width ','") }, "\(text)")
    }
}
