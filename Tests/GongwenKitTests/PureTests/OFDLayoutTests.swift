import Foundation
import XCTest
@testable import GongwenKit

/// Issue 29.4: `verify` reads an OFD. Packages written here by hand, in the forms GB/T 33190 allows
/// (and other producers use), each expected place worked out by hand from the XML: a glyph's place is
/// its TextObject's Boundary corner plus the CTM applied to TextCode X, Y and the DeltaX values before it.
final class OFDLayoutTests: XCTestCase {
    static let ns = #"xmlns:ofd="http://www.ofdspec.org/2016""#

    /// A one-document package: OFD.xml, Document.xml (A4, the given resources) and one page per content.
    func package(_ pages: [String], res: String = "", documentExtra: String = "", name: String = #function,
                 extra: [ZipArchive.Entry] = []) throws -> String {
        let folder = temporaryDirectory(name)
        let ofd = #"<?xml version="1.0" encoding="UTF-8"?><ofd:OFD \#(Self.ns) Version="1.0" DocType="OFD"><ofd:DocBody><ofd:DocInfo><ofd:DocID>1</ofd:DocID></ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>"#
        let pageList = pages.indices.map { #"<ofd:Page ID="\#(100 + $0)" BaseLoc="Pages/Page_\#($0)/Content.xml"/>"# }.joined()
        let document = #"<?xml version="1.0" encoding="UTF-8"?><ofd:Document \#(Self.ns)><ofd:CommonData><ofd:MaxUnitID>200</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes>\#(documentExtra)</ofd:CommonData><ofd:Pages>\#(pageList)</ofd:Pages></ofd:Document>"#
        let publicRes = #"<?xml version="1.0" encoding="UTF-8"?><ofd:Res \#(Self.ns) BaseLoc="Res"><ofd:Fonts><ofd:Font ID="2" FontName="FangSong"/></ofd:Fonts>\#(res)</ofd:Res>"#
        var entries: [ZipArchive.Entry] = [.init("OFD.xml", .bytes(Array(ofd.utf8))), .init("Doc_0/Document.xml", .bytes(Array(document.utf8))),
                                           .init("Doc_0/PublicRes.xml", .bytes(Array(publicRes.utf8)))]
        for (n, content) in pages.enumerated() {
            // A content that brings its own prolog (a DOCTYPE) is the whole part.
            let page = content.hasPrefix("<!DOCTYPE") ? content : #"<?xml version="1.0" encoding="UTF-8"?><ofd:Page \#(Self.ns)>\#(content)</ofd:Page>"#
            entries.append(.init("Doc_0/Pages/Page_\(n)/Content.xml", .bytes(Array(page.utf8))))
        }
        let path = folder + "/a.ofd"
        try ZipArchive.write(entries + extra, to: path, timestamp: 0)
        return path
    }

    func testGlyphsRulesAndImagesStandWhereTheXMLPutsThem() throws {
        let content = #"""
        <ofd:Content><ofd:Layer ID="3">
        <ofd:TextObject ID="4" Boundary="28 30 60 10" Font="2" Size="5.644"><ofd:FillColor Value="255 0 0"/><ofd:TextCode X="0" Y="8" DeltaX="g 2 5.572">公文稿</ofd:TextCode></ofd:TextObject>
        <ofd:TextObject ID="5" Boundary="28 60 100 10" Font="2" Size="5.644"><ofd:TextCode X="1" Y="8" DeltaX="5.572">一二</ofd:TextCode><ofd:TextCode X="12" DeltaX="3">34</ofd:TextCode></ofd:TextObject>
        <ofd:PathObject ID="6" Boundary="28 50 156 0.35" Fill="true" Stroke="false"><ofd:FillColor Value="255 0 0"/><ofd:AbbreviatedData>M 0 0 L 156 0 L 156 0.35 L 0 0.35 C</ofd:AbbreviatedData></ofd:PathObject>
        <ofd:PathObject ID="7" Boundary="21 80 170 1" LineWidth="0.5"><ofd:StrokeColor Value="0 0 0"/><ofd:AbbreviatedData>M 0 0.5 L 170 0.5</ofd:AbbreviatedData></ofd:PathObject>
        <ofd:ImageObject ID="8" Boundary="130 200 42 42" CTM="42 0 0 42 0 0" ResourceID="9"/>
        </ofd:Layer></ofd:Content>
        """#
        let layout = try OFDLayout.read(ofd: try package([content]))
        XCTAssertEqual(layout.pages.count, 1)
        let page = layout.pages[0]
        XCTAssertEqual(page.width, 210)
        XCTAssertEqual(page.height, 297)
        XCTAssertEqual(page.lines.map(\.text), ["公文稿", "一二34"])
        let first = page.lines[0]
        // 28 + 0, then + 5.572 twice; baseline 30 + 8; 5.644 mm is 16 pt; no font file: an em wide.
        assertClose(first.glyphs.map(\.x0), [28, 33.572, 39.144], accuracy: 1e-9)
        XCTAssertEqual(first.baseline, 38, accuracy: 1e-9)
        XCTAssertEqual(first.size, 16, accuracy: 0.01)
        XCTAssertEqual(first.x1, 39.144 + 5.644, accuracy: 1e-9)
        XCTAssertTrue(first.red)
        XCTAssertEqual(first.font, "FangSong")
        let second = page.lines[1]
        // The second TextCode has no Y: the first's (baseline 60 + 8); its X 28 + 12, then 3 on.
        assertClose(second.glyphs.map(\.x0), [29, 34.572, 40, 43], accuracy: 1e-9)
        XCTAssertEqual(second.glyphs.map(\.baseline), [68, 68, 68, 68])
        XCTAssertFalse(second.red)
        // Digits without a font file: half an em.
        XCTAssertEqual(second.glyphs[3].x1, 43 + 5.644 / 2, accuracy: 1e-9)
        XCTAssertEqual(page.rules.count, 2)
        XCTAssertEqual(page.rules[0].x0, 28, accuracy: 1e-9)
        XCTAssertEqual(page.rules[0].x1, 184, accuracy: 1e-9)
        XCTAssertEqual(page.rules[0].y, 50.175, accuracy: 1e-9)
        XCTAssertEqual(page.rules[0].width, 0.35, accuracy: 1e-9)
        XCTAssertTrue(page.rules[0].red)
        XCTAssertEqual(page.rules[1].x0, 21, accuracy: 1e-9)
        XCTAssertEqual(page.rules[1].x1, 191, accuracy: 1e-9)
        XCTAssertEqual(page.rules[1].y, 80.5, accuracy: 1e-9)
        XCTAssertEqual(page.rules[1].width, 0.5, accuracy: 1e-9)
        XCTAssertFalse(page.rules[1].red)
        XCTAssertEqual(page.images.count, 1)
        assertClose([page.images[0].x0, page.images[0].y0, page.images[0].x1, page.images[0].y1], [130, 200, 172, 242], accuracy: 1e-9)
    }

    /// A landscape page shown turned (§8): the upright page, its text run up by the CTM `0 -1 1 0 0 0`
    /// with X counted from the page's bottom edge, read back on the landscape page.
    func testTextTurnedAQuarterIsReadOnTheLandscapePage() throws {
        // On the landscape page: x 50 mm, baseline 40 mm. X = 50 - 297, Y = 40.
        let content = #"<ofd:Content><ofd:Layer ID="3"><ofd:TextObject ID="4" Boundary="0 0 297 297" CTM="0 -1 1 0 0 0" Font="2" Size="5.644"><ofd:TextCode X="-247" Y="40" DeltaX="5.572">表格</ofd:TextCode></ofd:TextObject></ofd:Layer></ofd:Content>"#
        let page = try OFDLayout.read(ofd: try package([content])).pages[0]
        XCTAssertEqual(page.lines.count, 0)
        XCTAssertEqual(page.turnedLines.map(\.text), ["表格"])
        assertClose(page.turnedLines[0].glyphs.map(\.x0), [50, 55.572], accuracy: 1e-9)
        XCTAssertEqual(page.turnedLines[0].baseline, 40, accuracy: 1e-9)
    }

    /// Colour by a drawing parameter (relative to another) or in CMYK; a page's own Area; a template
    /// drawn under the page; the older namespace and no prefix at all.
    func testOtherProducersFormsAreReadToo() throws {
        let res = ##"<ofd:ColorSpaces><ofd:ColorSpace ID="7" Type="CMYK"/></ofd:ColorSpaces><ofd:DrawParams><ofd:DrawParam ID="11"><ofd:FillColor Value="#FF #00 #00"/></ofd:DrawParam><ofd:DrawParam ID="12" Relative="11" LineWidth="1"/></ofd:DrawParams>"##
        let page = #"<ofd:Template TemplateID="50" ZOrder="Background"/><ofd:Area><ofd:PhysicalBox>0 0 297 210</ofd:PhysicalBox></ofd:Area><ofd:Content><ofd:Layer ID="3" DrawParam="12"><ofd:TextObject ID="4" Boundary="10 10 50 10" Font="2" Size="3.528"><ofd:TextCode X="0" Y="5">红</ofd:TextCode></ofd:TextObject><ofd:TextObject ID="5" Boundary="10 30 50 10" Font="2" Size="3.528"><ofd:FillColor ColorSpace="7" Value="0 255 255 0"/><ofd:TextCode X="0" Y="5">也</ofd:TextCode></ofd:TextObject><ofd:TextObject ID="6" Boundary="10 50 50 10" Font="2" Size="3.528"><ofd:FillColor Value="0 0 0"/><ofd:TextCode X="0" Y="5">黑</ofd:TextCode></ofd:TextObject></ofd:Layer></ofd:Content>"#
        let template = #"<?xml version="1.0"?><Page xmlns="http://www.ofdspec.org"><Content><Layer ID="51"><TextObject ID="52" Boundary="10 100 50 10" Font="2" Size="3.528"><TextCode X="0" Y="5">底</TextCode></TextObject></Layer></Content></Page>"#
        let path = try package([page], res: res, documentExtra: #"<ofd:TemplatePage ID="50" BaseLoc="Tpls/T0.xml"/>"#,
                               extra: [.init("Doc_0/Tpls/T0.xml", .bytes(Array(template.utf8)))])
        let read = try OFDLayout.read(ofd: path).pages[0]
        XCTAssertEqual(read.width, 297)
        XCTAssertEqual(read.height, 210)
        XCTAssertEqual(read.lines.map(\.text), ["红", "也", "黑", "底"])
        XCTAssertEqual(read.lines.map(\.red), [true, true, false, false])
        XCTAssertEqual(read.lines[0].size, 10, accuracy: 0.01)
    }

    // MARK: hostile packages

    func assertRefused(_ path: String, saying words: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try OFDLayout.read(ofd: path), file: file, line: line) { error in
            let message = (error as? DiagnosticError)?.description ?? "\(error)"
            XCTAssert(message.contains(words), message, file: file, line: line)
            XCTAssert(message.hasPrefix(path + ": error: "), message, file: file, line: line)
            // A clerk under zh_CN reads it in Chinese, the place and severity unchanged.
            let chinese = Localization.translateLine(message, to: .chinese)
            XCTAssertNotEqual(chinese, message, file: file, line: line)
            XCTAssert(chinese.hasPrefix(path + ": error: "), chinese, file: file, line: line)
        }
    }

    func testNotAZipIsALocatedError() throws {
        let path = temporaryDirectory() + "/a.ofd"
        try Data("%PDF-1.7 not a zip".utf8).write(to: URL(fileURLWithPath: path))
        assertRefused(path, saying: "not a readable OFD package")
        XCTAssertFalse(OFDLayout.looksLikeZip(path))
    }

    func testAPageOutsideThePackageIsNotFollowed() throws {
        let path = temporaryDirectory() + "/a.ofd"
        let ofd = #"<ofd:OFD \#(Self.ns) Version="1.0" DocType="OFD"><ofd:DocBody><ofd:DocInfo><ofd:DocID>1</ofd:DocID></ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>"#
        let document = #"<ofd:Document \#(Self.ns)><ofd:CommonData><ofd:MaxUnitID>2</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea></ofd:CommonData><ofd:Pages><ofd:Page ID="1" BaseLoc="../../../../../../etc/passwd"/></ofd:Pages></ofd:Document>"#
        try ZipArchive.write([.init("OFD.xml", .bytes(Array(ofd.utf8))), .init("Doc_0/Document.xml", .bytes(Array(document.utf8)))], to: path, timestamp: 0)
        assertRefused(path, saying: "page 1 is '../../../../../../etc/passwd', which the package does not hold")
    }

    func testADeclaredEntityIsRefusedBeforeItIsExpanded() throws {
        let bomb = #"<!DOCTYPE ofd:Page [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><ofd:Page \#(Self.ns)><ofd:Content><ofd:Layer ID="3"><ofd:TextObject ID="4" Boundary="0 0 100 10" Font="2" Size="5"><ofd:TextCode X="0" Y="5">&c;</ofd:TextCode></ofd:TextObject></ofd:Layer></ofd:Content></ofd:Page>"#
        let path = try package([bomb])
        assertRefused(path, saying: "declares a DOCTYPE")
    }

    /// `g N v` with a billion copies costs no more than the gaps there are.
    func testAHugeRepeatCountCostsOnlyTheGapsThereAre() throws {
        let content = #"<ofd:Content><ofd:Layer ID="3"><ofd:TextObject ID="4" Boundary="0 0 100 10" Font="2" Size="5"><ofd:TextCode X="0" Y="5" DeltaX="g 1000000000000 7">一二三</ofd:TextCode></ofd:TextObject></ofd:Layer></ofd:Content>"#
        let started = Date()
        let line = try OFDLayout.read(ofd: try package([content])).pages[0].lines[0]
        // 7 apart, not the em (5) a gap without a value would take.
        XCTAssertEqual(line.glyphs.map(\.x0), [0, 7, 14])
        XCTAssertLessThan(Date().timeIntervalSince(started), 5)
    }

    func testTooManyCharactersOrNestedBlocksAreRefused() throws {
        var limits = OFDLayout.Limits()
        limits.glyphs = 5
        let content = #"<ofd:Content><ofd:Layer ID="3"><ofd:TextObject ID="4" Boundary="0 0 100 10" Font="2" Size="5"><ofd:TextCode X="0" Y="5">一二三四五六</ofd:TextCode></ofd:TextObject></ofd:Layer></ofd:Content>"#
        let path = try package([content])
        XCTAssertThrowsError(try OFDLayout.read(ofd: path, limits: limits)) { error in
            XCTAssert("\(error)".contains("more than 5 characters"), "\(error)")
        }
        let nested = String(repeating: #"<ofd:PageBlock ID="9">"#, count: 30) + String(repeating: "</ofd:PageBlock>", count: 30)
        assertRefused(try package(["<ofd:Content><ofd:Layer ID=\"3\">" + nested + "</ofd:Layer></ofd:Content>"], name: "nested"),
                      saying: "page blocks nest more than 16 deep")
    }

    /// A glyph 1e21 mm away is not measured (the verifier's counts of lines would overflow), and the
    /// verifier's own rounding holds such a count.
    func testAGlyphFarOffThePageIsNotMeasured() throws {
        let content = #"<ofd:Content><ofd:Layer ID="3"><ofd:TextObject ID="4" Boundary="0 0 100 10" Font="2" Size="5.644"><ofd:TextCode X="30" Y="-1e21">一</ofd:TextCode></ofd:TextObject><ofd:TextObject ID="5" Boundary="0 0 100 10" Font="2" Size="5.644"><ofd:TextCode X="30" Y="265">二</ofd:TextCode></ofd:TextObject></ofd:Layer></ofd:Content>"#
        let layout = try OFDLayout.read(ofd: try package([content, content]))
        XCTAssertEqual(layout.pages[1].lines.map(\.text), ["二"])
        _ = LayoutVerifier.verify(layout)
        XCTAssertEqual(LayoutVerifier.whole(1e21), 1_000_000)
        XCTAssertEqual(LayoutVerifier.whole(-.infinity), 0)
        XCTAssertEqual(LayoutVerifier.whole(2.6), 3)
    }

    /// A page that names one template 200,000 times draws it once; the template is parsed once.
    func testATemplateNamedOverAndOverIsDrawnOnce() throws {
        let template = #"<?xml version="1.0"?><ofd:Page \#(Self.ns)><ofd:Content><ofd:Layer ID="51"><ofd:TextObject ID="52" Boundary="10 100 50 10" Font="2" Size="3.528"><ofd:TextCode X="0" Y="5">底</ofd:TextCode></ofd:TextObject></ofd:Layer></ofd:Content></ofd:Page>"#
        let page = String(repeating: #"<ofd:Template TemplateID="50"/>"#, count: 200_000) + "<ofd:Content/>"
        let path = try package([page], documentExtra: #"<ofd:TemplatePage ID="50" BaseLoc="Tpls/T0.xml"/>"#,
                               extra: [.init("Doc_0/Tpls/T0.xml", .bytes(Array(template.utf8)))])
        let started = Date()
        let read = try OFDLayout.read(ofd: path)
        XCTAssertEqual(read.pages[0].lines.map(\.text), ["底"])
        XCTAssertLessThan(Date().timeIntervalSince(started), 20)
    }

    /// A leading space (U+3000) is a character with its DeltaX; a gap with DeltaY alone moves down only.
    func testSpacesAndVerticalGapsKeepTheirPlaces() throws {
        let content = #"<ofd:Content><ofd:Layer ID="3"><ofd:TextObject ID="4" Boundary="10 10 100 100" Font="2" Size="5.644"><ofd:TextCode X="0" Y="5" DeltaX="5.644 5.644">　一二</ofd:TextCode><ofd:TextCode X="50" Y="30" DeltaY="8 8">上中下</ofd:TextCode></ofd:TextObject></ofd:Layer></ofd:Content>"#
        let page = try OFDLayout.read(ofd: try package([content])).pages[0]
        XCTAssertEqual(page.lines.map(\.text), ["一二", "上", "中", "下"])
        assertClose(page.lines[0].glyphs.map(\.x0), [15.644, 21.288], accuracy: 1e-9)
        assertClose(page.lines[1...].map(\.x0), [60, 60, 60], accuracy: 1e-9)
        assertClose(page.lines[1...].map(\.baseline), [40, 48, 56], accuracy: 1e-9)
    }

    func testADocumentThatIsNotNamedIsALocatedError() throws {
        let path = temporaryDirectory() + "/a.ofd"
        try ZipArchive.write([.init("OFD.xml", .bytes(Array(#"<ofd:OFD \#(Self.ns)><ofd:DocBody/></ofd:OFD>"#.utf8)))], to: path, timestamp: 0)
        assertRefused(path, saying: "OFD.xml names no document")
    }
}

func assertClose(_ a: [Double], _ b: [Double], accuracy: Double, file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertEqual(a.count, b.count, "\(a) vs \(b)", file: file, line: line)
    for (x, y) in zip(a, b) { XCTAssertEqual(x, y, accuracy: accuracy, "\(a) vs \(b)", file: file, line: line) }
}
