import Foundation
import XCTest
@testable import GongwenKit

/// Issue 29: the OFD writer spells laid-out pages as GB/T 33190 XML. The expected numbers below are
/// worked out by hand from the page given (millimetres, y down from the page's top), not read from
/// the writer's output.
final class OFDWriterTests: XCTestCase {
    static let pitch = 156.0 / 28   // the grid's character pitch, 5.5714… mm

    /// One body line of four characters at 16 pt on baseline 50 mm, the last drawn by a glyph its
    /// character's cmap entry does not give; a red rule; a turned run on a landscape page's frame; an outline.
    func page() -> LaidOutPage {
        let glyphs = [("公", 1), ("文", 2), ("写", 3), ("作", 4)].enumerated().map { n, g in
            PlacedGlyph(id: UInt32(g.1), x: 28 + Double(n) * Self.pitch, text: g.0)
        }
        return LaidOutPage(width: 210, height: 297,
                           items: [.glyphs(GlyphRun(face: 0, size: 16, baseline: 50, glyphs: glyphs)),
                                   .rectangle(x: 28, y: 70, width: 156, height: 0.5, colour: .red)],
                           turnedItems: [.glyphs(GlyphRun(face: 0, size: 16, baseline: 40, glyphs: [PlacedGlyph(id: 1, x: 35, text: "公")]))],
                           outline: [OutlineEntry(level: 1, title: "一、总体情况", top: 60), OutlineEntry(level: 2, title: "（一）宣传", top: 80),
                                     OutlineEntry(level: 1, title: "二、下步打算", top: 100)])
    }

    let face = OFDWriter.Face(fontName: "FandolFang-Regular", program: Array("not a real font".utf8), fileExtension: "otf",
                              cmap: [Unicode.Scalar("公").value: 1, Unicode.Scalar("文").value: 2, Unicode.Scalar("写").value: 3, Unicode.Scalar("作").value: 9,
                                     0x65: 5, 0x301: 6],
                              // Ink past the em box: 0.05 em left of the origin, 1.11 em wide, 0.272 em below the baseline.
                              unitsPerEm: 1000, bbox: (-50, -272, 1110, 1000))
    let info = OFDWriter.Info(title: "青山县2026年上半年宣传工作总结", author: "中共青山县委宣传部", creator: "gongwen", creatorVersion: "test",
                              date: (2026, 7, 10))

    func parts() throws -> [String: String] {
        let entries = try OFDWriter.parts(pages: [page()], faces: [face], info: info)
        var parts: [String: String] = [:]
        for entry in entries {
            guard case .bytes(let bytes) = entry.content else { XCTFail("\(entry.name) is not bytes"); continue }
            parts[entry.name] = String(decoding: bytes, as: UTF8.self)
        }
        return parts
    }

    func testATextLineIsOneTextObjectWithEveryGapGivenAndTheOddGlyphNamed() throws {
        let content = try XCTUnwrap(try parts()["Doc_0/Pages/Page_0/Content.xml"])
        // The box holds the face's bounding box at 16 pt (5.6444 mm): left 28 − 0.05 em = 27.7178 → 27.718;
        // top 50 − 1 em = 44.3556 → 44.356; right 39.1429 (写) + 1.11 em = 45.4082, 17.690 wide; bottom
        // 50 + 0.272 em = 51.5353, 7.179 tall.
        XCTAssert(content.contains(#"Boundary="27.718 44.356 17.69 7.179" Font="1" Size="5.644""#), content)
        // X, Y from the box's corner: 28 − 27.718 = 0.282 and 50 − 44.356 = 5.644. The gaps against a pen
        // that moves by the numbers written: 33.5714 − 27.718 − 0.282 = 5.5714 → 5.571; 39.1429 − 27.718
        // − 5.853 = 5.5719 → 5.572.
        XCTAssert(content.contains(#"<ofd:TextCode X="0.282" Y="5.644" DeltaX="5.571 5.572">公文写</ofd:TextCode></ofd:TextObject>"#), content)
        // 作 is not its cmap's glyph (9): a TextObject of its own (left 44.7143 − 0.2822 = 44.432, right
        // 44.7143 + 6.2653 = 50.9796), its one TextCode after a CGTransform naming glyph 4.
        XCTAssert(content.contains(#"Boundary="44.432 44.356 6.548 7.179" Font="1" Size="5.644"><ofd:CGTransform CodePosition="0" CodeCount="1" GlyphCount="1"><ofd:Glyphs>4</ofd:Glyphs></ofd:CGTransform><ofd:TextCode X="0.282" Y="5.644">作</ofd:TextCode></ofd:TextObject>"#), content)
    }

    /// A character of two code points (e + U+0301, as typed decomposed) is set as a glyph carrying
    /// the whole character and one with no text: each takes its own code point.
    func testACharacterOfTwoCodePointsGivesEachGlyphItsOwn() throws {
        var page = page()
        page.items = [.glyphs(GlyphRun(face: 0, size: 16, baseline: 50, glyphs: [PlacedGlyph(id: 5, x: 28, text: "e\u{301}"), PlacedGlyph(id: 6, x: 28, text: "")]))]
        page.turnedItems = []
        let entries = try OFDWriter.parts(pages: [page], faces: [face], info: info)
        guard case .bytes(let bytes) = try XCTUnwrap(entries.first { $0.name == "Doc_0/Pages/Page_0/Content.xml" }).content else { return XCTFail() }
        let content = String(decoding: bytes, as: UTF8.self)
        XCTAssert(content.contains("DeltaX=\"0\">e\u{301}</ofd:TextCode>"), content)
        XCTAssertFalse(content.contains("CGTransform"), content)
        // A glyph with no text that follows no such character stands for nothing: refused, not guessed.
        page.items = [.glyphs(GlyphRun(face: 0, size: 16, baseline: 50, glyphs: [PlacedGlyph(id: 6, x: 28, text: "")]))]
        XCTAssertThrowsError(try OFDWriter.parts(pages: [page], faces: [face], info: info))
    }

    func testARuleIsARedFilledPath() throws {
        let content = try XCTUnwrap(try parts()["Doc_0/Pages/Page_0/Content.xml"])
        XCTAssert(content.contains(#"Boundary="28 70 156 0.5" Stroke="false" Fill="true"><ofd:FillColor Value="255 0 0"/><ofd:AbbreviatedData>M 0 0 L 156 0 L 156 0.5 L 0 0.5 C</ofd:AbbreviatedData>"#), content)
    }

    func testATurnedRunLandsWhereThePDFWriterTurnsIt() throws {
        let content = try XCTUnwrap(try parts()["Doc_0/Pages/Page_0/Content.xml"])
        // The PDF writer turns the frame with `0 1 -1 0 210pt 0 cm`: frame point (35, 40) mm from the
        // frame's top-left is 40 mm from the page's left and 297 − 35 = 262 mm from its top.
        let pattern = #"<ofd:TextObject ID="\d+" Boundary="0 0 297 297" CTM="([-\d. ]+)" Font="1" Size="5.644"><ofd:TextCode X="([-\d.]+)" Y="([-\d.]+)">公</ofd:TextCode>"#
        let match = try XCTUnwrap(content.firstMatch(of: try Regex(pattern)), content)
        let ctm = try XCTUnwrap(match.output[1].substring).split(separator: " ").compactMap { Double($0) }
        let x = try XCTUnwrap(Double(try XCTUnwrap(match.output[2].substring)))
        let y = try XCTUnwrap(Double(try XCTUnwrap(match.output[3].substring)))
        XCTAssertEqual(ctm.count, 6)
        // OFD's CTM [a b c d e f]: x' = a·x + c·y + e, y' = b·x + d·y + f.
        XCTAssertEqual(ctm[0] * x + ctm[2] * y + ctm[4], 40, accuracy: 0.0005)
        XCTAssertEqual(ctm[1] * x + ctm[3] * y + ctm[5], 262, accuracy: 0.0005)
    }

    func testThePackageNamesEveryPartAndEveryIDOnce() throws {
        let parts = try parts()
        XCTAssertEqual(Set(parts.keys), ["OFD.xml", "Doc_0/Document.xml", "Doc_0/PublicRes.xml", "Doc_0/Res/font_1.otf", "Doc_0/Pages/Page_0/Content.xml"])
        let ofd = try XCTUnwrap(parts["OFD.xml"])
        XCTAssert(ofd.contains(#"<ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016" Version="1.0" DocType="OFD">"#), ofd)
        XCTAssert(ofd.contains("<ofd:Title>青山县2026年上半年宣传工作总结</ofd:Title><ofd:Author>中共青山县委宣传部</ofd:Author><ofd:CreationDate>2026-07-10</ofd:CreationDate>"), ofd)
        XCTAssert(ofd.contains("<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot>"), ofd)
        let docID = try XCTUnwrap(ofd.firstMatch(of: /<ofd:DocID>([0-9a-f]{32})<\/ofd:DocID>/)?.output.1)
        XCTAssertEqual(docID.count, 32)
        XCTAssert(try XCTUnwrap(parts["Doc_0/PublicRes.xml"]).contains(#"<ofd:Font ID="1" FontName="FandolFang-Regular"><ofd:FontFile>font_1.otf</ofd:FontFile></ofd:Font>"#))
        // IDs: font 1, page 2, then the layer and the page's four objects (公文写, 作, the rule, the turned run): 3–7.
        var ids: [Int] = []
        for (name, text) in parts where name.hasSuffix(".xml") {
            ids += text.matches(of: /\sID="(\d+)"/).compactMap { Int($0.output.1) }
        }
        XCTAssertEqual(ids.sorted(), [1, 2, 3, 4, 5, 6, 7])
        let document = try XCTUnwrap(parts["Doc_0/Document.xml"])
        XCTAssert(document.contains("<ofd:MaxUnitID>7</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea>"), document)
        XCTAssert(document.contains(#"<ofd:Page ID="2" BaseLoc="Pages/Page_0/Content.xml"/>"#), document)
    }

    func testTheOutlineNestsByLevel() throws {
        let document = try XCTUnwrap(try parts()["Doc_0/Document.xml"])
        func dest(_ top: String) -> String {
            #"<ofd:Actions><ofd:Action Event="CLICK"><ofd:Goto><ofd:Dest Type="XYZ" PageID="2" Left="0" Top="\#(top)"/></ofd:Goto></ofd:Action></ofd:Actions>"#
        }
        let expected = #"<ofd:Outlines><ofd:OutlineElem Title="一、总体情况">"# + dest("60")
            + #"<ofd:OutlineElem Title="（一）宣传">"# + dest("80") + "</ofd:OutlineElem></ofd:OutlineElem>"
            + #"<ofd:OutlineElem Title="二、下步打算">"# + dest("100") + "</ofd:OutlineElem></ofd:Outlines>"
        XCTAssert(document.contains(expected), document)
    }

    func testEqualGapsAreWrittenAsRepeats() {
        XCTAssertEqual(OFDWriter.deltas([5.571, 5.571, 5.571, 2.786]), "g 3 5.571 2.786")
        XCTAssertEqual(OFDWriter.deltas([1, 2, 2]), "1 g 2 2")
        XCTAssertEqual(OFDWriter.deltas([0.5]), "0.5")
    }

    func testTheSamePagesGiveTheSameBytesAndAnotherTitleAnotherDocID() throws {
        let a = try OFDWriter.write(pages: [page()], faces: [face], info: info)
        XCTAssertEqual(a, try OFDWriter.write(pages: [page()], faces: [face], info: info))
        var other = info
        other.title = "白水县2026年上半年宣传工作总结"
        func docID(_ info: OFDWriter.Info) throws -> String {
            let entries = try OFDWriter.parts(pages: [page()], faces: [face], info: info)
            guard case .bytes(let bytes) = try XCTUnwrap(entries.first { $0.name == "OFD.xml" }).content else { return "" }
            return String(try XCTUnwrap(String(decoding: bytes, as: UTF8.self).firstMatch(of: /<ofd:DocID>(\w+)</)?.output.1))
        }
        XCTAssertNotEqual(try docID(info), try docID(other))
    }

    func testAPageWithoutAnyPageOrWithABadNumberIsRefused() {
        XCTAssertThrowsError(try OFDWriter.write(pages: [], faces: [face], info: info))
        var bad = page()
        bad.items.append(.rectangle(x: .nan, y: 0, width: 1, height: 1, colour: .black))
        XCTAssertThrowsError(try OFDWriter.write(pages: [bad], faces: [face], info: info))
    }

    /// An OpenType table directory naming `tags` (the tables themselves empty).
    func program(_ tags: [String]) -> [UInt8] {
        var bytes: [UInt8] = [0x4F, 0x54, 0x54, 0x4F, 0, UInt8(tags.count), 0, 0, 0, 0, 0, 0]
        for tag in tags { bytes += Array(tag.utf8) + [UInt8](repeating: 0, count: 12) }
        return bytes
    }

    /// OFD-A (GB/T 42133): DocType, the metadata as CustomData after CreatorVersion, and a face that
    /// lacks a table §6.2.6 c lists is refused, naming it.
    func testAnArchivalOFDSaysSoAndKeepsEveryFontTable() throws {
        var archival = info
        archival.archival = true
        archival.metadata = [.init("题名", "青山县2026年上半年宣传工作总结"), .init("日期", "2026-07-10")]
        var whole = face
        whole.program = program(["CFF ", "OS/2", "cmap", "head", "hhea", "hmtx", "maxp", "name", "post"])
        let entries = try OFDWriter.parts(pages: [page()], faces: [whole], info: archival)
        guard case .bytes(let bytes)? = entries.first(where: { $0.name == "OFD.xml" })?.content else { return XCTFail("no OFD.xml") }
        let xml = String(decoding: bytes, as: UTF8.self)
        XCTAssert(xml.contains(#"DocType="OFD-A""#), xml)
        XCTAssert(xml.contains(#"<ofd:CreatorVersion>test</ofd:CreatorVersion><ofd:CustomDatas><ofd:CustomData Name="题名">青山县2026年上半年宣传工作总结</ofd:CustomData><ofd:CustomData Name="日期">2026-07-10</ofd:CustomData></ofd:CustomDatas>"#), xml)
        var lacking = face
        lacking.program = program(["CFF ", "OS/2", "cmap", "head", "hhea", "hmtx", "maxp", "name"])
        XCTAssertThrowsError(try OFDWriter.parts(pages: [page()], faces: [lacking], info: archival)) { error in
            XCTAssertEqual("\(error)", "the face FandolFang-Regular lacks the tables post, which an archival OFD's fonts keep (GB/T 42133 §6.2.6)")
        }
        // Outlines too: neither CFF nor glyf and loca.
        lacking.program = program(["OS/2", "cmap", "head", "hhea", "hmtx", "maxp", "name", "post", "glyf"])
        XCTAssertThrowsError(try OFDWriter.parts(pages: [page()], faces: [lacking], info: archival))
        // The plain profile does not look.
        XCTAssertNoThrow(try OFDWriter.parts(pages: [page()], faces: [face], info: info))
    }
}
