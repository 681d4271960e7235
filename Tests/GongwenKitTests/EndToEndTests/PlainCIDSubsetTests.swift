import Foundation
import XCTest
@testable import GongwenKit

/// gongwen's own cut of a CID-keyed CFF (the Fandol faces; Noto CJK, with subroutines), read back by readers
/// it did not write: fontTools (the subset's glyphs, CIDs and charstrings against the original font's)
/// and MuPDF (a page drawn from it looks exactly like the same page drawn from HarfBuzz's subset).
final class PlainCIDSubsetTests: XCTestCase {
    static let fandol = "/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol/FandolFang-Regular.otf"
    static let text = "宣传思想文化工作总结，全县2023年上半年。（一）"

    func face() throws -> OpenTypeFace {
        try XCTSkipUnless(FileManager.default.fileExists(atPath: Self.fandol), "end-to-end tier: FandolFang (texlive-lang-chinese) is not installed")
        return try OpenTypeFace(path: Self.fandol)
    }

    func glyphs(_ face: OpenTypeFace) throws -> [UInt32] {
        try Self.text.unicodeScalars.map { try XCTUnwrap(face.glyph($0), "FandolFang has \($0)") }
    }

    func testEveryGlyphKeepsItsOutlineUnderItsNewIdAsCID() throws {
        let face = try face()
        XCTAssertNotNil(face.plainCID, "FandolFang is a CID-keyed CFF without subroutines")
        let wanted = Set(try glyphs(face))
        let (program, ids) = try face.pdfSubset(wanted)
        XCTAssertEqual(program.first, 1, "a bare CFF (major version 1)")
        XCTAssertEqual(Set(ids.keys), wanted.union([0]), "every glyph kept, .notdef too")
        let read = try assertSameOutlines(original: Self.fandol, cut: program, ids: ids, wanted: wanted, subroutines: false)
        // FandolFang is Adobe-GB1; the cut numbers its CIDs anew, so it says Adobe-Identity.
        XCTAssertEqual(read.ros, ["Adobe", "Identity"])
    }

    /// A cut numbers its glyphs by their characters' code points (radical and stroke order for
    /// ideographs: 山 U+5C71, 水 U+6C34, 江 U+6C5F, 河 U+6CB3), .notdef first and a glyph drawing none
    /// of the characters last, whatever order the glyph ids have in the face.
    func testACutNumbersItsGlyphsInTheOrderOfTheirCharacters() throws {
        let face = try face()
        let glyphs = try "河江水山".unicodeScalars.map { try XCTUnwrap(face.glyph($0)) }
        let uncharactered = try XCTUnwrap(face.glyph("关"))
        let cut = try face.pdfSubset(Set(glyphs + [uncharactered]), characters: Set("河江水山".unicodeScalars))
        XCTAssertEqual(cut.ids[0], 0, ".notdef first")
        XCTAssertEqual(glyphs.map { cut.ids[$0] }, [4, 3, 2, 1], "山 1, 水 2, 江 3, 河 4")
        XCTAssertEqual(cut.ids[uncharactered], 5, "a glyph for none of the characters last")
        XCTAssertNotEqual(glyphs.sorted(), glyphs.reversed(), "the face's own order is not the code points' (or this proves nothing)")
    }

    /// `glyphs` of `face` set in a line at `size` from a cut (`program`, `ids`), drawn by MuPDF at 150 dpi.
    func drawn(_ face: OpenTypeFace, _ glyphs: [UInt32], size: Double, from cut: (program: [UInt8], ids: [UInt32: UInt32])) throws -> Data {
        let mutool = try XCTUnwrap(Subprocess.which("mutool"), "end-to-end tier: mupdf-tools is not installed (make deps)")
        var x = 20.0
        let placed = glyphs.map { g -> PlacedGlyph in
            defer { x += Double(face.advance(g)) / Double(face.unitsPerEm) * size * 25.4 / 72 }
            return PlacedGlyph(id: cut.ids[g] ?? 0, x: x, text: "")
        }
        let embedded = EmbeddedFace(postScriptName: face.postScriptName, program: cut.program, outlines: .cff, unitsPerEm: face.unitsPerEm,
                                    advances: Dictionary(glyphs.map { (cut.ids[$0] ?? 0, face.advance($0)) }, uniquingKeysWith: { a, _ in a }),
                                    ascent: 880, descent: -120, capHeight: face.capHeight, bbox: face.bbox)
        let page = LaidOutPage(width: 210, height: 50, items: [.glyphs(GlyphRun(face: 0, size: size, baseline: 30, glyphs: placed))])
        let bytes = try PDFWriter.write(pages: [page], faces: [embedded], info: PDFInfo(title: "t", author: "a", creator: "c", date: (2023, 7, 10)))
        let path = temporaryDirectory() + "/page.pdf", image = path + ".pnm"
        FileManager.default.createFile(atPath: path, contents: Data(bytes))
        let draw = try Subprocess.run([mutool, "draw", "-q", "-r", "150", "-o", image, path], timeout: 60)
        XCTAssertEqual(draw.status, 0, draw.output)
        return try XCTUnwrap(FileManager.default.contents(atPath: image))
    }

    /// The same page from HarfBuzz's subset and from gongwen's cut, drawn by MuPDF: the same pixels.
    func testAPageLooksTheSameAsFromHarfBuzzsSubset() throws {
        let face = try face()
        let old = try glyphs(face)
        let ours = try face.pdfSubset(Set(old))
        let harfBuzz = try face.subset(Set(old))
        XCTAssertEqual(harfBuzz.program.prefix(4), [0x4F, 0x54, 0x54, 0x4F], "HarfBuzz's is an OpenType file")
        let a = try drawn(face, old, size: 16, from: ours), b = try drawn(face, old, size: 16, from: harfBuzz)
        XCTAssertGreaterThan(a.filter { $0 < 128 }.count, 1000, "ink on the page")
        XCTAssertEqual(a, b, "the same pixels")
    }

    /// A damaged font is turned down (HarfBuzz then gets it), never a crash: every byte of a small cut
    /// set in turn to values that break it (a negative Private DICT size, a huge offset, an operator
    /// where an operand belongs), and the result cut again when it is still read.
    func testADamagedFontIsTurnedDownNotACrash() throws {
        let face = try face()
        let (program, _) = try face.pdfSubset(Set(try glyphs(face).prefix(3)))
        XCTAssertNotNil(PlainCIDSubset(cff: program), "the undamaged cut reads")
        var read = 0, refused = 0
        for position in program.indices {
            for value: UInt8 in [0, 1, 12, 28, 29, 30, 139, 0x80, 0xFF] where program[position] != value {
                var damaged = program
                damaged[position] = value
                if let cut = PlainCIDSubset(cff: damaged) {
                    read += 1
                    _ = cut.subset([0, 1, 2, 3])
                } else {
                    refused += 1
                }
            }
            XCTAssertNil(PlainCIDSubset(cff: Array(program.prefix(position))), "cut short at byte \(position)")
        }
        XCTAssertGreaterThan(refused, 100, "damage in the header, INDEXes and DICTs is noticed")
        XCTAssertGreaterThan(read, 0, "damage inside a charstring is not the reader's business")
    }

    static let notoSans = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
    static let notoSerifBold = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc"

    func noto(_ path: String) throws -> OpenTypeFace {
        try XCTSkipUnless(FileManager.default.fileExists(atPath: path), "end-to-end tier: fonts-noto-cjk is not installed")
        return try OpenTypeFace(path: path)
    }

    /// fontTools draws each glyph of the original font (it runs the subroutines) and of the cut, with a
    /// pen that records every point: the same advance and outline for every glyph, under a CID that is
    /// its new id; no hints, no subroutines left in the cut.
    func assertSameOutlines(original path: String, index: Int = 0, cut program: [UInt8], ids: [UInt32: UInt32], wanted: Set<UInt32>,
                            hinted: Bool = true, subroutines: Bool = true,
                            file: StaticString = #filePath, line: UInt = #line) throws -> OutlinesRead {
        let cutPath = temporaryDirectory() + "/subset.cff"
        FileManager.default.createFile(atPath: cutPath, contents: Data(program))
        let script = """
            import sys, json
            from fontTools.ttLib import TTFont
            from fontTools.cffLib import CFFFontSet
            from fontTools.pens.recordingPen import RecordingPen
            def outline(charstrings, name):
                pen = RecordingPen()
                glyph = charstrings[name]
                glyph.draw(pen)
                return repr((glyph.width, pen.value))
            def counts(charstrings, names):
                hints = calls = 0
                for name in names:
                    glyph = charstrings[name]
                    glyph.decompile()
                    hints += sum(1 for t in glyph.program if t in ("hstem", "vstem", "hstemhm", "vstemhm", "hintmask", "cntrmask"))
                    calls += sum(1 for t in glyph.program if t in ("callsubr", "callgsubr"))
                return [hints, calls]
            original = TTFont(sys.argv[1], fontNumber=int(sys.argv[4]))['CFF '].cff
            top = original.topDictIndex[0]
            order = top.charset
            wanted = [order[int(g)] for g in sys.argv[3].split(",")]
            subset = CFFFontSet()
            subset.decompile(open(sys.argv[2], 'rb'), None)
            sub = subset.topDictIndex[0]
            print(json.dumps({"original": {g: [order[int(g)], outline(top.CharStrings, order[int(g)])] for g in sys.argv[3].split(",")},
                              "subset": [[name, outline(sub.CharStrings, name)] for name in sub.charset],
                              "before": counts(top.CharStrings, wanted), "after": counts(sub.CharStrings, sub.charset),
                              "subrs": [len(subset.GlobalSubrs)] + [len(getattr(fd.Private, "Subrs", [])) for fd in sub.FDArray],
                              "ros": list(sub.ROS)[:2]}))
            """
        let result = try Subprocess.run(["python3", "-c", script, path, cutPath, wanted.sorted().map(String.init).joined(separator: ","), String(index)], timeout: 300)
        try XCTSkipIf(result.output.contains("No module named 'fontTools'"), "end-to-end tier: fontTools is not installed (make test-deps)")
        XCTAssertEqual(result.status, 0, result.output, file: file, line: line)
        let read = try JSONDecoder().decode(OutlinesRead.self, from: Data(result.output.utf8))
        if hinted { XCTAssertGreaterThan(read.before[0], 0, "the original glyphs carry hints", file: file, line: line) }
        if subroutines { XCTAssertGreaterThan(read.before[1], 0, "the original glyphs call subroutines", file: file, line: line) }
        XCTAssertEqual(read.after, [0, 0], "the cut's have no hints and call no subroutines", file: file, line: line)
        XCTAssertTrue(read.subrs.allSatisfy { $0 == 0 }, "no global or local subroutines: \(read.subrs)", file: file, line: line)
        XCTAssertEqual(read.subset.count, wanted.union([0]).count, "the glyphs and .notdef", file: file, line: line)
        XCTAssertEqual(read.subset.first?.first, ".notdef", file: file, line: line)
        for old in wanted {
            let new = try XCTUnwrap(ids[old])
            let cut = read.subset[Int(new)], original = try XCTUnwrap(read.original[String(old)])
            XCTAssertEqual(cut.last, original.last, "glyph \(old) → \(new): its advance and outline", file: file, line: line)
            XCTAssertEqual(cut.first, String(format: "cid%05d", Int(new)), "glyph \(old) → \(new): its CID is its new id", file: file, line: line)
        }
        return read
    }

    /// What fontTools read of the original and the cut.
    struct OutlinesRead: Decodable { let original: [String: [String]]; let subset: [[String]]; let before: [Int]; let after: [Int]; let subrs: [Int]; let ros: [String] }

    /// Noto CJK (黑体's, 小标宋's and 宋体's stand-ins) calls global and local subroutines from almost
    /// every glyph: gongwen cuts it too, each call replaced by the subroutine's body. A title's and
    /// headings' characters, and glyphs spread over the whole font (every Font DICT), keep their outlines.
    func testNotoCJKGlyphsKeepTheirOutlinesWithTheSubroutinesInlined() throws {
        for path in [Self.notoSans, Self.notoSerifBold] {
            let face = try noto(path)
            XCTAssertNotNil(face.plainCID, "\(path): a CID-keyed CFF")
            var wanted = Set(try "关于2023年上半年宣传思想文化工作总结一、（一）—".unicodeScalars.map { try XCTUnwrap(face.glyph($0), "\($0)") })
            wanted.formUnion(stride(from: 1, to: 65_535, by: 331).map(UInt32.init))
            let (program, ids) = try face.pdfSubset(wanted)
            XCTAssertEqual(program.first, 1, "a bare CFF")
            _ = try assertSameOutlines(original: path, cut: program, ids: ids, wanted: wanted)
        }
    }

    /// The same page from HarfBuzz's subset of Noto Serif CJK Bold (subroutines kept) and from gongwen's
    /// cut (inlined), drawn by MuPDF: the same pixels.
    func testANotoPageLooksTheSameAsFromHarfBuzzsSubset() throws {
        let face = try noto(Self.notoSerifBold)
        let old = try "关于上半年宣传思想文化工作的总结".unicodeScalars.map { try XCTUnwrap(face.glyph($0)) }
        let harfBuzz = try face.subset(Set(old))
        XCTAssertEqual(harfBuzz.program.prefix(4), [0x4F, 0x54, 0x54, 0x4F], "HarfBuzz's is an OpenType file")
        let ours = try face.pdfSubset(Set(old))
        XCTAssertEqual(ours.program.first, 1, "gongwen's a bare CFF")
        let a = try drawn(face, old, size: 22, from: ours), b = try drawn(face, old, size: 22, from: harfBuzz)
        XCTAssertGreaterThan(a.filter { $0 < 128 }.count, 1000, "ink on the page")
        XCTAssertEqual(a, b, "the same pixels")
    }

    /// A damaged subroutinized font (HarfBuzz's subset of Noto CJK, whose CFF keeps the subroutines it
    /// needs) is turned down or cut, never a crash or a hang: every byte set in turn to values that
    /// break it (an operator where an operand belongs, a subroutine number out of range or calling itself,
    /// an arithmetic operator), each result cut again when it is still read. Undamaged, its cut has the
    /// outlines of Noto's own.
    func testADamagedSubroutinizedFontIsTurnedDownNotACrash() throws {
        let face = try noto(Self.notoSans)
        let old = try "宣传一（".unicodeScalars.map { try XCTUnwrap(face.glyph($0)) }
        let harfBuzz = try face.subset(Set(old))
        let font = FontProgram(bytes: harfBuzz.program)
        let table = try XCTUnwrap(try font.table("CFF "))
        let cff = Array(harfBuzz.program[table.offset..<(table.offset + table.length)])
        let reread = try XCTUnwrap(PlainCIDSubset(cff: cff), "HarfBuzz's subroutinized CFF reads")
        XCTAssertFalse(reread.globalSubroutines.isEmpty && reread.fontDicts.allSatisfy { $0.subroutines.isEmpty }, "it has subroutines")
        let glyphs = Set((0..<UInt32(reread.charStrings.count)))
        let cut = try XCTUnwrap(reread.subset(glyphs))
        // Its glyphs are HarfBuzz's new ids; fontTools reads both from the same file's numbering.
        let otf = temporaryDirectory() + "/hb.otf"
        FileManager.default.createFile(atPath: otf, contents: Data(harfBuzz.program))
        _ = try assertSameOutlines(original: otf, cut: cut.program, ids: cut.ids, wanted: glyphs.subtracting([0]), hinted: false)
        var read = 0, refused = 0
        for position in cff.indices {
            for value: UInt8 in [0, 10, 11, 12, 14, 19, 28, 29, 139, 0xFF] where cff[position] != value {
                var damaged = cff
                damaged[position] = value
                if let font = PlainCIDSubset(cff: damaged) {
                    if font.subset(glyphs) != nil { read += 1 } else { refused += 1 }
                } else {
                    refused += 1
                }
            }
        }
        XCTAssertGreaterThan(refused, 100, "damage is noticed")
        XCTAssertGreaterThan(read, 100, "damage to a number inside a charstring still cuts")
    }

    /// Flattening counts every operand and operator it reads, inside subroutines too, and stops at its
    /// limit: a glyph of Noto Sans CJK (宣: 47 operands and operators of its own, one a subroutine call,
    /// as fontTools reads it) is flattened with room to spare and turned down with one step less than it
    /// needs.
    func testFlatteningStopsAtItsLimitOfSteps() throws {
        let face = try noto(Self.notoSans)
        let cut = try XCTUnwrap(face.plainCID)
        let glyph = try XCTUnwrap(face.glyph("宣"))
        var out: [UInt8] = []
        XCTAssertTrue(cut.flatten(glyph, into: &out))
        // The least limit that is enough, found by halving: below it the glyph is turned down.
        var low = 0, high = PlainCIDSubset.mostSteps
        while low + 1 < high {
            let middle = (low + high) / 2
            out.removeAll()
            if cut.flatten(glyph, into: &out, limit: middle) { high = middle } else { low = middle }
        }
        XCTAssertGreaterThan(high, 10, "宣 reads more than ten operands and operators")
        XCTAssertLessThan(high, 10_000)
        out.removeAll()
        XCTAssertFalse(cut.flatten(glyph, into: &out, limit: high - 1))
        out.removeAll()
        XCTAssertTrue(cut.flatten(glyph, into: &out, limit: high))
    }

    /// A face that is not a CID-keyed CFF (Liberation Serif, TrueType) is subset by HarfBuzz, and each
    /// subset is kept for the next documents: asked again, in between other glyphs, each set gets its
    /// own subset, the very bytes HarfBuzz makes for it afresh.
    func testAFaceGongwenDoesNotCutIsLeftToHarfBuzz() throws {
        let liberation = "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf"
        try XCTSkipUnless(FileManager.default.fileExists(atPath: liberation), "end-to-end tier: fonts-liberation2 is not installed")
        let face = try OpenTypeFace(path: liberation)
        XCTAssertFalse(face.isCFF)
        XCTAssertNil(face.plainCID)
        let two: Set<UInt32> = [try XCTUnwrap(face.glyph("2"))]
        XCTAssertEqual(try face.pdfSubset(two).program.prefix(4), [0, 1, 0, 0], "a TrueType file")
        let other: Set<UInt32> = [try XCTUnwrap(face.glyph("0")), try XCTUnwrap(face.glyph("%"))]
        for glyphs in [two, other, two, other] {
            let again = try face.pdfSubset(glyphs)
            let fresh = try face.subset(glyphs)
            XCTAssertEqual(again.program, fresh.program)
            XCTAssertEqual(again.ids, fresh.ids)
        }
    }

    /// The cut in an OpenType file of its own (for OFD, whose readers find glyphs through the cmap), read
    /// back by HarfBuzz and by fontTools: every character maps to its glyph's new id, each with the
    /// original's advance and outline (fontTools reads the original by the character, the copy by the cmap).
    func testTheCutInAnOpenTypeFileMapsEveryCharacterToItsOutline() throws {
        let face = try face()
        let characters = Set(Self.text.unicodeScalars)
        let wanted = Set(try glyphs(face))
        let (program, ids) = try face.ofdSubset(wanted, characters: characters)
        XCTAssertEqual(Array(program.prefix(4)), Array("OTTO".utf8), "an OpenType file with CFF outlines")
        let path = temporaryDirectory() + "/subset.otf"
        FileManager.default.createFile(atPath: path, contents: Data(program))
        let copy = try OpenTypeFace(path: path)
        for scalar in characters {
            let old = try XCTUnwrap(face.glyph(scalar))
            XCTAssertEqual(copy.glyph(scalar), ids[old], "\(scalar)")
            XCTAssertEqual(copy.advance(try XCTUnwrap(ids[old])), face.advance(old), "\(scalar)")
        }
        try XCTSkipIf((try? Subprocess.run(["python3", "-c", "import fontTools"], timeout: 60))?.status != 0, "end-to-end tier: fontTools is not installed (make test-deps)")
        let script = """
            import sys
            from fontTools.ttLib import TTFont
            from fontTools.pens.recordingPen import RecordingPen
            def outlines(font, text):
                cmap, glyphs = font.getBestCmap(), font.getGlyphSet()
                out = []
                for ch in text:
                    pen = RecordingPen()
                    glyphs[cmap[ord(ch)]].draw(pen)
                    out.append((glyphs[cmap[ord(ch)]].width, pen.value))
                return out
            original, copy = TTFont(sys.argv[1]), TTFont(sys.argv[2])
            assert sorted(copy.keys()) == sorted(["GlyphOrder", "CFF ", "OS/2", "cmap", "head", "hhea", "hmtx", "maxp", "name", "post"]), copy.keys()
            assert copy["maxp"].numGlyphs == int(sys.argv[4]), copy["maxp"].numGlyphs
            assert outlines(original, sys.argv[3]) == outlines(copy, sys.argv[3])
            assert copy.getBestCmap().keys() == set(map(ord, sys.argv[3])), sorted(copy.getBestCmap())
            print("same")
            """
        let run = try Subprocess.run(["python3", "-c", script, Self.fandol, path, String(String.UnicodeScalarView(characters.sorted { $0.value < $1.value })), String(ids.count)], timeout: 120)
        XCTAssertEqual(run.output, "same\n", "fontTools: \(run.output)")
        // The whole file's checksum (head.checkSumAdjustment) makes the sum of its words 0xB1B0AFBA.
        XCTAssertEqual(OpenTypeWrapper.checksum(program), 0xB1B0_AFBA)
    }
}
