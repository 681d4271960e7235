import Foundation
import XCTest
@testable import GongwenKit

/// Checks PDFWriter's output with readers gongwen did not write: MuPDF (`mutool`), poppler (`pdftotext`,
/// `pdffonts`, `pdfinfo`, `pdftoppm`), qpdf when installed, and pdfminer through Python's pdfplumber when
/// importable. Glyph ids and advances come from a small OpenType reader below, not from the writer.
final class PDFWriterTests: XCTestCase {

    static let fandolPath = "/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol/FandolFang-Regular.otf"
    static let dejaVuPath = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
    static let title = "关于做好2024年宣传工作的通知"
    static let mm = 25.4 / 72   // millimetres per point

    // MARK: - Fixtures

    /// The two test fonts, read once.
    static let fonts: (fandol: TestFont, dejaVu: TestFont)? = {
        guard let fandol = try? TestFont(path: fandolPath), let dejaVu = try? TestFont(path: dejaVuPath) else { return nil }
        return (fandol, dejaVu)
    }()

    func fonts() throws -> (fandol: TestFont, dejaVu: TestFont) {
        guard let fonts = Self.fonts else { throw XCTSkip("end-to-end tier: FandolFang-Regular.otf or DejaVuSans.ttf is not installed") }
        return fonts
    }

    /// Glyphs for `text` in `font`, set from `x` with the font's own advances plus `extra(i)` mm before glyph i.
    func place(_ text: String, font: TestFont, size: Double, x: Double, extra: (Int) -> Double = { _ in 0 }) throws -> [PlacedGlyph] {
        var pen = x
        var glyphs: [PlacedGlyph] = []
        for (index, character) in text.enumerated() {
            let scalar = try XCTUnwrap(character.unicodeScalars.first)
            let id = try XCTUnwrap(font.glyph(for: scalar), "no glyph for \(character)")
            pen += extra(index)
            glyphs.append(PlacedGlyph(id: id, x: pen, text: String(character)))
            pen += Double(font.advance(of: id)) / Double(font.unitsPerEm) * size * Self.mm
        }
        return glyphs
    }

    static let info = PDFInfo(title: "关于做好2024年宣传工作的通知", author: "国务院办公厅", creator: "gongwen", date: (2024, 3, 5))

    /// One A4 page: the title in FandolFang at 22 pt, "GB/T 9704" in DejaVu Sans at 16 pt, a red bar.
    func samplePage() throws -> (page: LaidOutPage, faces: [EmbeddedFace]) {
        let (fandol, dejaVu) = try fonts()
        let titleGlyphs = try place(Self.title, font: fandol, size: 22, x: 40)
        let standardGlyphs = try place("GB/T 9704", font: dejaVu, size: 16, x: 30)
        let page = LaidOutPage(width: 210, height: 297, items: [
            .glyphs(GlyphRun(face: 0, size: 22, baseline: 60, glyphs: titleGlyphs)),
            .glyphs(GlyphRun(face: 1, size: 16, baseline: 80, glyphs: standardGlyphs)),
            .rectangle(x: 20, y: 100, width: 170, height: 5, colour: .red),
        ])
        return (page, [fandol.face(postScriptName: "FandolFang-Regular", outlines: .cff),
                       dejaVu.face(postScriptName: "DejaVuSans", outlines: .trueType)])
    }

    func sampleDocument(info: PDFInfo = PDFWriterTests.info, compress: (([UInt8]) -> [UInt8]?)? = nil) throws -> [UInt8] {
        let (page, faces) = try samplePage()
        return try PDFWriter.write(pages: [page], faces: faces, info: info, compress: compress)
    }

    // MARK: - 1. The file's structure

    func testFileStructureIsAcceptedWithoutWarnings() throws {
        let file = try save(try sampleDocument())
        let bytes = try XCTUnwrap(FileManager.default.contents(atPath: file))
        XCTAssertEqual(Array(bytes.prefix(9)), Array("%PDF-1.7\n".utf8))
        XCTAssertTrue(bytes[9] == UInt8(ascii: "%") && bytes[10...13].allSatisfy { $0 >= 0x80 }, "binary comment line")

        // Every xref entry points at "N 0 obj", read independently of the writer.
        let text = String(decoding: bytes, as: UTF8.self)
        let startxref = try XCTUnwrap(text.range(of: "startxref\n", options: .backwards))
        let xrefOffset = try XCTUnwrap(Int(text[startxref.upperBound...].prefix { $0.isNumber }))
        let xref = Array(bytes[xrefOffset...])
        XCTAssertEqual(String(decoding: xref.prefix(5), as: UTF8.self), "xref\n")
        let header = String(decoding: xref.prefix(40), as: UTF8.self).split(separator: "\n")[1].split(separator: " ")
        let count = try XCTUnwrap(Int(header[1]))
        let entriesStart = 5 + header.joined(separator: " ").utf8.count + 1
        for object in 0..<count {
            let entry = String(decoding: xref[(entriesStart + 20 * object)..<(entriesStart + 20 * object + 20)], as: UTF8.self)
            XCTAssertEqual(entry.count, 20)
            if object == 0 { XCTAssertEqual(entry, "0000000000 65535 f \n"); continue }
            XCTAssertTrue(entry.hasSuffix(" 00000 n \n"), entry)
            let offset = try XCTUnwrap(Int(entry.prefix(10)))
            let target = String(decoding: bytes[offset..<(offset + 12)], as: UTF8.self)
            XCTAssertTrue(target.hasPrefix("\(object) 0 obj"), "object \(object) at \(offset) starts with \(target)")
        }

        if let qpdf = tool("qpdf") {
            let result = try run(qpdf, ["--check", file])
            XCTAssertEqual(result.status, 0, result.stdout + result.stderr)
        }
        let mutool = try requireTool("mutool")
        let trailer = try run(mutool, ["show", file, "trailer"])
        XCTAssertEqual(trailer.status, 0)
        XCTAssertEqual(trailer.stderr, "", "mutool show trailer warned")
        XCTAssertTrue(trailer.stdout.contains("/ID"), trailer.stdout)
        let info = try run(mutool, ["info", file])
        XCTAssertEqual(info.status, 0)
        XCTAssertEqual(info.stderr, "", "mutool info warned")
        XCTAssertTrue(info.stdout.contains("Pages: 1"), info.stdout)
        let pdfinfo = try run(try requireTool("pdfinfo"), [file])
        XCTAssertEqual(pdfinfo.status, 0)
        XCTAssertEqual(pdfinfo.stderr, "", "pdfinfo warned")
        // Rendering every glyph must not make MuPDF complain about the fonts either.
        let draw = try run(mutool, ["draw", "-q", "-o", tempPath("pnm"), "-r", "36", file])
        XCTAssertEqual(draw.status, 0)
        XCTAssertEqual(significant(draw.stderr), "", "mutool draw warned")
    }

    // MARK: - 2. Text extraction (ToUnicode)

    func testPdftotextGivesTheTextBack() throws {
        let file = try save(try sampleDocument())
        let lines = try extractedLines(file)
        XCTAssertEqual(lines, [Self.title, "GB/T 9704"])
    }

    func testToUnicodeHandlesSupplementaryCharactersAndLigatures() throws {
        let (fandol, dejaVu) = try fonts()
        // DejaVu's "ﬁ" ligature glyph stands for the two letters f and i; a FandolFang glyph is said to stand
        // for U+20000 (beyond the BMP, a surrogate pair in the CMap).
        let ligature = try XCTUnwrap(dejaVu.glyph(for: "\u{FB01}"))
        let n = try XCTUnwrap(dejaVu.glyph(for: "n"))
        let d = try XCTUnwrap(dejaVu.glyph(for: "d"))
        let ideograph = try XCTUnwrap(fandol.glyph(for: "文"))
        let page = LaidOutPage(width: 210, height: 297, items: [
            .glyphs(GlyphRun(face: 1, size: 12, baseline: 40, glyphs: [
                PlacedGlyph(id: ligature, x: 30, text: "fi"), PlacedGlyph(id: n, x: 33.5, text: "n"),
                PlacedGlyph(id: d, x: 36, text: "d"), PlacedGlyph(id: d, x: 40, text: ""),
            ])),
            .glyphs(GlyphRun(face: 0, size: 12, baseline: 60, glyphs: [PlacedGlyph(id: ideograph, x: 30, text: "\u{20000}")])),
        ])
        let faces = [fandol.face(postScriptName: "FandolFang-Regular", outlines: .cff),
                     dejaVu.face(postScriptName: "DejaVuSans", outlines: .trueType)]
        let file = try save(try PDFWriter.write(pages: [page], faces: faces, info: Self.info))
        let lines = try extractedLines(file)
        // The second "d" has no text of its own, but the glyph already maps to "d" through the first.
        XCTAssertEqual(lines.count, 2, "\(lines)")
        XCTAssertEqual(lines.first?.replacingOccurrences(of: " ", with: ""), "findd")
        XCTAssertEqual(lines.last, "\u{20000}")
    }

    func testGlyphWithOnlyEmptyTextHasNoUnicode() throws {
        let (fandol, _) = try fonts()
        let glyphs = try place("通知", font: fandol, size: 16, x: 30).enumerated().map {
            PlacedGlyph(id: $0.element.id, x: $0.element.x, text: $0.offset == 0 ? "" : $0.element.text)
        }
        let page = LaidOutPage(width: 210, height: 297, items: [.glyphs(GlyphRun(face: 0, size: 16, baseline: 40, glyphs: glyphs))])
        let file = try save(try PDFWriter.write(pages: [page], faces: [fandol.face(postScriptName: "FandolFang-Regular", outlines: .cff)], info: Self.info))
        let text = try extractedLines(file).joined()
        XCTAssertFalse(text.contains("通"), text)
        XCTAssertTrue(text.contains("知"), text)
    }

    // MARK: - 3. Glyph positions

    /// A page whose glyphs sit at irregular places: extra spacing that grows, a large gap, a glyph set back.
    func positionedPage() throws -> (page: LaidOutPage, faces: [EmbeddedFace], runs: [GlyphRun]) {
        let (fandol, dejaVu) = try fonts()
        let spaced = try place("关于做好宣传工作", font: fandol, size: 16, x: 28.123, extra: { Double($0) * 0.377 })
        var gapped = try place("2024年3月5日", font: fandol, size: 10.5, x: 101.7, extra: { $0 == 4 ? 23.456 : 0.0111 })
        gapped[2].x -= 1.25   // closer to the glyph before it than its advance
        let latin = try place("GB/T 9704-2012", font: dejaVu, size: 15.75, x: 12.5, extra: { $0 % 3 == 0 ? 0.1234 : -0.0567 })
        let runs = [
            GlyphRun(face: 0, size: 16, baseline: 37.042, glyphs: spaced),
            GlyphRun(face: 0, size: 10.5, colour: RGB(0.2, 0.4, 0.6), baseline: 250.5, glyphs: gapped),
            GlyphRun(face: 1, size: 15.75, baseline: 123.4567, glyphs: latin),
        ]
        let faces = [fandol.face(postScriptName: "FandolFang-Regular", outlines: .cff),
                     dejaVu.face(postScriptName: "DejaVuSans", outlines: .trueType)]
        return (LaidOutPage(width: 210, height: 297, items: runs.map { .glyphs($0) }), faces, runs)
    }

    func testMutoolTracePutsEveryGlyphWhereItWasPlaced() throws {
        let (page, faces, runs) = try positionedPage()
        let file = try save(try PDFWriter.write(pages: [page], faces: faces, info: Self.info))
        let trace = try run(try requireTool("mutool"), ["trace", file])
        XCTAssertEqual(trace.status, 0, trace.stderr)
        let spans = traceSpans(trace.stdout)
        XCTAssertEqual(spans.count, runs.count, trace.stdout)
        for (span, run) in zip(spans, runs) {
            XCTAssertEqual(span.size, run.size, accuracy: 0.001, "font size")
            XCTAssertTrue(span.font.hasSuffix(run.face == 0 ? "FandolFang-Regular" : "DejaVuSans"), span.font)
            XCTAssertEqual(span.glyphs.count, run.glyphs.count)
            for (traced, placed) in zip(span.glyphs, run.glyphs) {
                XCTAssertEqual(traced.x * Self.mm, placed.x, accuracy: 0.01, "x of \(placed.text)")
                XCTAssertEqual(page.height - traced.y * Self.mm, run.baseline, accuracy: 0.01, "baseline of \(placed.text)")
                XCTAssertEqual(traced.unicode, placed.text)
            }
        }
    }

    /// A line on the grid (28 characters of 16 pt at 156/28 mm, 15.793 pt) is drawn with the character
    /// spacing 15.793 − 16 = −0.207 pt set once (`Tc`), and no number between its glyphs; MuPDF still
    /// finds every glyph where it was placed.
    func testAGridLineIsDrawnWithItsSpacingSetOnce() throws {
        let (fandol, _) = try fonts()
        let pitch = 156.0 / 28
        let text = "为深入推进全民阅读培养青少年阅读习惯经研究决定于全市中小学开展活动"
        let glyphs = try place(String(text.prefix(28)), font: fandol, size: 16, x: 28).enumerated().map { i, g in
            PlacedGlyph(id: g.id, x: 28 + Double(i) * pitch, text: g.text)
        }
        let line = GlyphRun(face: 0, size: 16, baseline: 50, glyphs: glyphs)
        let page = LaidOutPage(width: 210, height: 297, items: [.glyphs(line)])
        let bytes = try PDFWriter.write(pages: [page], faces: [fandol.face(postScriptName: "FandolFang-Regular", outlines: .cff)], info: Self.info)
        let text1 = String(decoding: bytes, as: UTF8.self)
        XCTAssertTrue(text1.contains("\n-0.207 Tc\n"), "the spacing, worked by hand")
        let array = try XCTUnwrap(text1.firstMatch(of: /\[([^\]]*)\] TJ/)).1
        XCTAssertFalse(array.contains { $0 == "-" || $0 == "." }, "no number between the glyphs: \(array)")
        XCTAssertEqual(array.filter(\.isHexDigit).count, 28 * 4, "28 two-byte codes")
        let trace = try run(try requireTool("mutool"), ["trace", try save(bytes)])
        XCTAssertEqual(trace.status, 0, trace.stderr)
        let traced = try XCTUnwrap(traceSpans(trace.stdout).first)
        XCTAssertEqual(traced.glyphs.count, 28)
        for (found, placed) in zip(traced.glyphs, glyphs) { XCTAssertEqual(found.x * Self.mm, placed.x, accuracy: 0.001, placed.text) }
    }

    func testPdfplumberPutsEveryGlyphWhereItWasPlaced() throws {
        guard let python = tools("python3").first(where: { (try? run($0, ["-c", "import pdfplumber"]))?.status == 0 }) else {
            throw XCTSkip("end-to-end tier: pdfplumber is not importable")
        }
        let (page, faces, runs) = try positionedPage()
        let file = try save(try PDFWriter.write(pages: [page], faces: faces, info: Self.info))
        let script = """
        import sys, json, pdfplumber
        with pdfplumber.open(sys.argv[1]) as pdf:
            p = pdf.pages[0]
            print(json.dumps([[c["text"], c["fontname"], c["size"], list(c["matrix"])] for c in p.chars]))
        """
        let result = try run(python, ["-c", script, file])
        XCTAssertEqual(result.status, 0, result.stderr)
        let chars = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[Any]])
        let placed = runs.flatMap { run in run.glyphs.map { (run, $0) } }
        XCTAssertEqual(chars.count, placed.count)
        // pdfminer reports characters in content order.
        for (char, (run, glyph)) in zip(chars, placed) {
            let matrix = try XCTUnwrap(char[3] as? [Double])
            XCTAssertEqual(char[0] as? String, glyph.text)
            XCTAssertEqual(try XCTUnwrap(char[2] as? Double), run.size, accuracy: 0.001)
            XCTAssertEqual(matrix[4] * Self.mm, glyph.x, accuracy: 0.01, "x of \(glyph.text)")
            XCTAssertEqual(page.height - matrix[5] * Self.mm, run.baseline, accuracy: 0.01, "baseline of \(glyph.text)")
        }
    }

    /// FandolFang's CFF is CID-keyed (Adobe-GB1) and its charset is not the identity beyond glyph 8895:
    /// "¥" is glyph 9199 but CID 22354. ISO 32000-1 §9.7.4.2 has readers select CFF glyphs by CID through the
    /// charset, so the code must be 22354. MuPDF does so for OpenType-wrapped CFF, poppler does not (it takes
    /// the code as a glyph id) but does for a bare CFF, so the writer embeds the bare CFF in this case. Both
    /// readers must then draw the same, non-empty glyph.
    func testCIDKeyedCFFGlyphIsSelectedThroughTheCharset() throws {
        let (fandol, _) = try fonts()
        let yen = try XCTUnwrap(fandol.glyph(for: "¥"))
        XCTAssertEqual(yen, 9199, "test font changed")
        XCTAssertEqual(fandol.cffCID(of: yen), 22354, "test font changed")
        XCTAssertEqual(fandol.cffCID(of: try XCTUnwrap(fandol.glyph(for: "关"))), 1841)
        let page = LaidOutPage(width: 100, height: 100, items: [
            .glyphs(GlyphRun(face: 0, size: 200, baseline: 80, glyphs: [PlacedGlyph(id: yen, x: 10, text: "¥")])),
        ])
        let face = fandol.face(postScriptName: "FandolFang-Regular", outlines: .cff)
        let file = try save(try PDFWriter.write(pages: [page], faces: [face], info: Self.info))

        let trace = try run(try requireTool("mutool"), ["trace", file])
        let glyph = try XCTUnwrap(traceSpans(trace.stdout).first?.glyphs.first)
        XCTAssertEqual(glyph.glyph, "22354", "the CID MuPDF was given")
        XCTAssertEqual(glyph.unicode, "¥")
        let fonts = try run(try requireTool("pdffonts"), [file])
        XCTAssertTrue(fonts.stdout.contains("CID Type 0C "), fonts.stdout)
        XCTAssertFalse(fonts.stdout.contains("(OT)"), "expected the bare CFF: " + fonts.stdout)

        let mupdf = try inkColumns(file, tool: "mutool")
        let poppler = try inkColumns(file, tool: "pdftoppm")
        XCTAssertGreaterThan(mupdf.reduce(0, +), 2000, "MuPDF drew (almost) nothing")
        XCTAssertGreaterThan(poppler.reduce(0, +), 2000, "poppler drew (almost) nothing")
        XCTAssertEqual(mupdf.count, poppler.count)
        let differing = zip(mupdf, poppler).filter { abs($0 - $1) > 2 }.count
        XCTAssertEqual(differing, 0, "MuPDF and poppler drew different glyphs:\n\(mupdf)\n\(poppler)")
        XCTAssertEqual(Double(mupdf.reduce(0, +)), Double(poppler.reduce(0, +)), accuracy: Double(mupdf.reduce(0, +)) * 0.03)
    }

    // MARK: - 4. Fonts as pdffonts sees them

    func testPdffontsListsEmbeddedSubsetIdentityHCIDFonts() throws {
        let file = try save(try sampleDocument())
        let result = try run(try requireTool("pdffonts"), [file])
        XCTAssertEqual(result.status, 0, result.stderr)
        let rows = result.stdout.split(separator: "\n").dropFirst(2).map(String.init)
        XCTAssertEqual(rows.count, 2, result.stdout)
        for (row, name) in zip(rows, ["FandolFang-Regular", "DejaVuSans"]) {
            let columns = row.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            XCTAssertNotNil(columns[0].range(of: "^[A-Z]{6}\\+\(name)$", options: .regularExpression), row)
            // "(OT)": poppler recognised the OpenType wrapper around the CFF (FontFile3 /Subtype /OpenType).
            XCTAssertTrue(row.contains(name == "DejaVuSans" ? "CID TrueType" : "CID Type 0C (OT)"), row)
            XCTAssertTrue(row.contains("Identity-H"), row)
            // emb sub uni
            let flags = columns.drop { $0 != "Identity-H" }.dropFirst().prefix(3)
            XCTAssertEqual(Array(flags), ["yes", "yes", "yes"], row)
        }
    }

    func testNamesAreEscaped() throws {
        let (_, dejaVu) = try fonts()
        let glyphs = try place("Ab", font: dejaVu, size: 12, x: 20)
        let page = LaidOutPage(width: 100, height: 100, items: [.glyphs(GlyphRun(face: 0, size: 12, baseline: 20, glyphs: glyphs))])
        let face = dejaVu.face(postScriptName: "Deja Vu#(Sans)/é", outlines: .trueType)
        let bytes = try PDFWriter.write(pages: [page], faces: [face], info: Self.info)
        XCTAssertTrue(String(decoding: bytes, as: UTF8.self).contains("+Deja#20Vu#23#28Sans#29#2F#C3#A9 "))
        let result = try run(try requireTool("pdffonts"), [try save(bytes)])
        XCTAssertTrue(result.stdout.contains("+Deja Vu#(Sans)/é "), result.stdout)
        XCTAssertEqual(result.stderr, "")
    }

    // MARK: - 5. Rectangles

    func testRedRectangleIsRedAndItsSurroundingsWhite() throws {
        let file = try save(try sampleDocument())
        for renderer in ["mutool", "pdftoppm"] {
            let image = try render(file, tool: renderer, dpi: 72)
            XCTAssertTrue((595...596).contains(image.width), "\(renderer): \(image.width) pixels wide")
            XCTAssertTrue((841...842).contains(image.height), "\(renderer): \(image.height) pixels high")
            // The bar spans 20…190 mm across and 100…105 mm down.
            func pixel(_ xmm: Double, _ ymm: Double) -> [UInt8] { image.pixel(Int(xmm / Self.mm), Int(ymm / Self.mm)) }
            XCTAssertEqual(pixel(105, 102.5), [255, 0, 0], renderer)
            XCTAssertEqual(pixel(21, 100.5), [255, 0, 0], renderer)
            XCTAssertEqual(pixel(189, 104.5), [255, 0, 0], renderer)
            XCTAssertEqual(pixel(105, 98), [255, 255, 255], renderer)
            XCTAssertEqual(pixel(105, 107), [255, 255, 255], renderer)
            XCTAssertEqual(pixel(18, 102.5), [255, 255, 255], renderer)
            XCTAssertEqual(pixel(192, 102.5), [255, 255, 255], renderer)
            // The title leaves dark ink on its line (22 pt glyphs from 40 mm on, baseline 60 mm).
            var dark = 0
            for x in stride(from: 40.0, to: 160, by: 0.5) {
                for y in stride(from: 53.0, to: 60, by: 0.5) where pixel(x, y).allSatisfy({ $0 < 100 }) { dark += 1 }
            }
            XCTAssertGreaterThan(dark, 100, "\(renderer) drew no title")
        }
    }

    /// A seal's PNG drawn with its transparency (an image XObject with a soft mask): a 2 × 1 image, its
    /// left pixel opaque blue and its right one transparent, pressed over the red bar.
    func testAnImageIsDrawnWithItsTransparency() throws {
        let (page, faces) = try samplePage()
        let png = PNGDecoderTests.png(width: 2, height: 1, depth: 8, colour: 6, lines: [[0, 0, 255, 255, 0, 255, 0, 0]], bytesPerPixel: 4)
        var pressed = page
        pressed.items.append(.image(SealImage(bytes: png, kind: .png, widthMillimetres: 20, heightMillimetres: 10), x: 50, y: 97.5, width: 20, height: 10))
        let file = try save(try PDFWriter.write(pages: [pressed], faces: faces, info: Self.info))
        for renderer in ["mutool", "pdftoppm"] {
            let image = try render(file, tool: renderer, dpi: 72)
            func pixel(_ xmm: Double, _ ymm: Double) -> [UInt8] { image.pixel(Int(xmm / Self.mm), Int(ymm / Self.mm)) }
            XCTAssertEqual(pixel(53, 102.5), [0, 0, 255], "\(renderer): the opaque half covers the bar")
            XCTAssertEqual(pixel(53, 98.5), [0, 0, 255], "\(renderer): and the white above it")
            XCTAssertEqual(pixel(67, 102.5), [255, 0, 0], "\(renderer): the bar shows through the transparent half")
            XCTAssertEqual(pixel(67, 98.5), [255, 255, 255], "\(renderer): and the white page")
            XCTAssertEqual(pixel(45, 102.5), [255, 0, 0], "\(renderer): the bar left of the image")
        }
        // poppler lists the image and its soft mask, 2 × 1 pixels each.
        if Subprocess.which("pdfimages") != nil {
            let list = try Subprocess.run(["pdfimages", "-list", file], timeout: 60).output
            let rows = list.split(separator: "\n").dropFirst(2).map { $0.split(separator: " ", omittingEmptySubsequences: true).map(String.init) }
            XCTAssertEqual(rows.map { $0[2] }, ["image", "smask"], list)
            XCTAssertEqual(rows.map { $0[3] + "x" + $0[4] }, ["2x1", "2x1"], list)
        }
    }

    // MARK: - 6. Determinism and the file identifier

    func testSameInputGivesSameBytesAndTheIDFollowsTheContent() throws {
        let first = try sampleDocument()
        let second = try sampleDocument()
        XCTAssertEqual(first, second)
        var other = Self.info
        other.title = "关于做好2025年宣传工作的通知"
        let third = try sampleDocument(info: other)
        let id1 = try fileID(first), id3 = try fileID(third)
        XCTAssertEqual(id1.0, id1.1)
        XCTAssertEqual(id1.0.count, 32)
        XCTAssertNotEqual(id1.0, id3.0)
        // The ID is all that changes besides the title and the offsets after it.
        XCTAssertNotEqual(first, third)
    }

    /// The /ID is the first 16 bytes of the SHA-256 of everything before the trailer, as `sha256sum`
    /// computes it over the file's head.
    func testTheIDIsTheSHA256OfWhatPrecedesTheTrailer() throws {
        let bytes = try sampleDocument()
        let trailer = try XCTUnwrap(bytes.indices.last { bytes[$0...].starts(with: Array("trailer\n".utf8)) })
        let head = try save(Array(bytes[..<trailer]))
        let sum = try run(try requireTool("sha256sum"), [head])
        XCTAssertEqual(sum.status, 0, sum.stderr)
        let id = try fileID(bytes)
        XCTAssertEqual(id.0.lowercased(), String(sum.stdout.prefix(32)))
        XCTAssertEqual(id.1, id.0)
    }

    /// `writeHashed`'s hash is the SHA-256 `sha256sum` computes over the whole file it returns,
    /// trailer included (`write` returns the same file: it calls `writeHashed`).
    func testTheHashWrittenIsTheSHA256OfTheWholeFile() throws {
        let (page, faces) = try samplePage()
        let hashed = try PDFWriter.writeHashed(pages: [page], faces: faces, info: Self.info)
        let sum = try run(try requireTool("sha256sum"), [try save(hashed.bytes)])
        XCTAssertEqual(sum.status, 0, sum.stderr)
        XCTAssertEqual(hashed.sha256.count, 32)
        XCTAssertEqual(Digests.hex(hashed.sha256), String(sum.stdout.prefix(64)))
    }

    /// Compressed, the same two: the /ID (in the cross-reference stream's dictionary, as MuPDF reads it)
    /// is the SHA-256 of everything before that stream, whose offset the file's `startxref` gives; the
    /// hash `writeHashed` returns is `sha256sum`'s of the whole file.
    func testACompressedFilesIDAndHashAreTheSHA256sToo() throws {
        let (page, faces) = try samplePage()
        let hashed = try PDFWriter.writeHashed(pages: [page], faces: faces, info: Self.info, compress: try pythonZlib())
        let file = try save(hashed.bytes)
        let whole = try run(try requireTool("sha256sum"), [file])
        XCTAssertEqual(Digests.hex(hashed.sha256), String(whole.stdout.prefix(64)))
        let tail = String(decoding: hashed.bytes.suffix(40), as: UTF8.self)
        let start = try XCTUnwrap(tail.firstMatch(of: /startxref\n(\d+)\n%%EOF\n$/).flatMap { Int($0.output.1) })
        XCTAssertNotNil(String(decoding: hashed.bytes[start...].prefix(40), as: UTF8.self).prefixMatch(of: /\d+ 0 obj\n<< \/Length/), "startxref points at an object")
        let head = try run(try requireTool("sha256sum"), [try save(Array(hashed.bytes[..<start]))])
        let trailer = try run(try requireTool("mutool"), ["show", file, "trailer"])
        XCTAssertTrue(trailer.stdout.contains("/Type/XRef") || trailer.stdout.contains("/Type /XRef"), trailer.stdout)
        let id = try XCTUnwrap(trailer.stdout.firstMatch(of: /\/ID\s*\[\s*<([0-9A-Fa-f]{32})>\s*<([0-9A-Fa-f]{32})>/))
        XCTAssertEqual(String(id.output.1).lowercased(), String(head.stdout.prefix(32)))
        XCTAssertEqual(id.output.1, id.output.2)
        // qpdf (make test-deps) reads the object and cross-reference streams without a complaint.
        let check = try run(try requireTool("qpdf"), ["--check", file])
        XCTAssertEqual(check.status, 0, check.stdout + check.stderr)
        XCTAssertTrue(check.stdout.contains("No syntax or stream encoding errors found"), check.stdout)
    }

    // MARK: - 7. Document information and page size

    func testPdfinfoShowsChineseTitleAuthorAndA4() throws {
        let file = try save(try sampleDocument())
        let result = try run(try requireTool("pdfinfo"), ["-isodates", file])
        XCTAssertEqual(result.status, 0, result.stderr)
        let fields = Dictionary(result.stdout.split(separator: "\n").compactMap { line -> (String, String)? in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            return (String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }, uniquingKeysWith: { a, _ in a })
        XCTAssertEqual(fields["Title"], "关于做好2024年宣传工作的通知")
        XCTAssertEqual(fields["Author"], "国务院办公厅")
        XCTAssertEqual(fields["Creator"], "gongwen")
        XCTAssertEqual(fields["CreationDate"], "2024-03-05T00:00:00Z")
        XCTAssertEqual(fields["ModDate"], "2024-03-05T00:00:00Z")
        XCTAssertEqual(fields["PDF version"], "1.7")
        XCTAssertEqual(fields["Pages"], "1")
        XCTAssertTrue(fields["Page size"]?.hasPrefix("595.276 x 841.89 pts") == true, fields["Page size"] ?? "none")
    }

    func testSeveralPagesOfDifferentSizes() throws {
        let (fandol, dejaVu) = try fonts()
        let pages = [
            LaidOutPage(width: 210, height: 297, items: [.glyphs(GlyphRun(face: 1, size: 12, baseline: 30, glyphs: try place("one", font: dejaVu, size: 12, x: 30)))]),
            LaidOutPage(width: 148, height: 210, items: [.rectangle(x: 0, y: 0, width: 10, height: 10, colour: .black)]),
            LaidOutPage(width: 297, height: 210, items: [.glyphs(GlyphRun(face: 0, size: 12, baseline: 30, glyphs: try place("第三页", font: fandol, size: 12, x: 30)))]),
        ]
        // Face 2 is never used and must not be embedded.
        let faces = [fandol.face(postScriptName: "FandolFang-Regular", outlines: .cff),
                     dejaVu.face(postScriptName: "DejaVuSans", outlines: .trueType),
                     dejaVu.face(postScriptName: "Unused", outlines: .trueType)]
        let file = try save(try PDFWriter.write(pages: pages, faces: faces, info: Self.info))
        let pdfinfo = try run(try requireTool("pdfinfo"), ["-f", "1", "-l", "3", file])
        let collapsed = pdfinfo.stdout.replacing(/[ \t]+/, with: " ")
        XCTAssertTrue(collapsed.contains("Pages: 3"), pdfinfo.stdout)
        XCTAssertTrue(collapsed.contains("Page 1 size: 595.276 x 841.89 pts"), pdfinfo.stdout)
        XCTAssertTrue(collapsed.contains("Page 2 size: 419.528 x 595.276 pts"), pdfinfo.stdout)
        XCTAssertTrue(collapsed.contains("Page 3 size: 841.89 x 595.276 pts"), pdfinfo.stdout)
        let fonts = try run(try requireTool("pdffonts"), [file])
        XCTAssertFalse(fonts.stdout.contains("Unused"), fonts.stdout)
        XCTAssertEqual(try extractedLines(file, page: 1), ["one"])
        XCTAssertEqual(try extractedLines(file, page: 2), [])
        XCTAssertEqual(try extractedLines(file, page: 3), ["第三页"])
    }

    /// Issue 28: headings become the outline (§12.3.3), nested by level, each opening its page at its
    /// line; the catalog says the text is Chinese. Read back by MuPDF and by pdfminer (pdfplumber).
    func testHeadingsBecomeANestedOutlineThatOpensEachPageAtItsLine() throws {
        let (fandol, _) = try fonts()
        func page(_ text: String, _ outline: [OutlineEntry]) throws -> LaidOutPage {
            LaidOutPage(width: 210, height: 297, items: [.glyphs(GlyphRun(face: 0, size: 16, baseline: 50, glyphs: try place(text, font: fandol, size: 16, x: 28)))],
                        outline: outline)
        }
        let pages = [
            try page("一", [OutlineEntry(level: 1, title: "一、总体情况", top: 50), OutlineEntry(level: 2, title: "（一）宣传工作", top: 80)]),
            try page("二", [OutlineEntry(level: 3, title: "1.新闻发布", top: 40), OutlineEntry(level: 1, title: "二、存在问题", top: 100)]),
            try page("三", []),
            try page("四", [OutlineEntry(level: 2, title: "（一）下步打算", top: 60.5)]),
        ]
        let file = try save(try PDFWriter.write(pages: pages, faces: [fandol.face(postScriptName: "FandolFang-Regular", outlines: .cff)], info: Self.info))
        // MuPDF prints one line an entry, indented one tab a level: title, page, and the point the
        // view opens at, in MuPDF's own frame (points down from the page's top).
        let shown = try run(try requireTool("mutool"), ["show", file, "outline"])
        XCTAssertEqual(shown.stderr, "")
        let entries = shown.stdout.split(separator: "\n").map { line -> (depth: Int, title: String, page: Int, top: Double) in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            let depth = fields.prefix { $0 == "" || $0 == "|" || $0 == "+" || $0 == "-" }.count
            let title = fields.first { $0.hasPrefix("\"") }.map { String($0.dropFirst().dropLast()) } ?? ""
            let link = fields.last.map(String.init) ?? ""
            let page = Int(link.firstMatch(of: /page=(\d+)/)?.1 ?? "") ?? 0
            let top = Double(link.split(separator: ",").last ?? "") ?? -1
            return (depth, title, page, top)
        }
        XCTAssertEqual(entries.map(\.title), ["一、总体情况", "（一）宣传工作", "1.新闻发布", "二、存在问题", "（一）下步打算"])
        XCTAssertEqual(entries.map(\.page), [1, 1, 2, 2, 4])
        let depths = entries.map(\.depth)
        XCTAssertEqual(depths.map { $0 - depths[0] }, [0, 1, 2, 0, 1], "level 2 under level 1, level 3 under level 2, the next 一级 back at the top")
        for (entry, top) in zip(entries, [50.0, 80, 40, 100, 60.5]) {
            XCTAssertEqual(entry.top, top / Self.mm, accuracy: 0.01, "\(entry.title) opens its page at its line")
        }
        let lang = try run(try requireTool("mutool"), ["show", file, "Root/Lang"])
        XCTAssertTrue(lang.stdout.contains("zh-CN"), lang.stdout)
        if let qpdf = try? requireTool("qpdf") {
            let check = try run(qpdf, ["--check", file])
            XCTAssertEqual(check.status, 0, check.stdout + check.stderr)
        }
        // pdfminer's reading of the same outline: (level, title) pairs.
        if (try? run(try requireTool("python3"), ["-c", "import pdfplumber"]))?.status == 0 {
            let read = try run(try requireTool("python3"), ["-c", """
                import sys, pdfplumber
                with pdfplumber.open(sys.argv[1]) as pdf:
                    for level, title, *_ in pdf.doc.get_outlines(): print(level, title)
                """, file])
            XCTAssertEqual(read.stdout, "1 一、总体情况\n2 （一）宣传工作\n3 1.新闻发布\n1 二、存在问题\n2 （一）下步打算\n", read.stderr)
        }
    }

    func testADocumentWithoutHeadingsHasNoOutline() throws {
        let file = try save(try sampleDocument())
        let root = try run(try requireTool("mutool"), ["show", file, "Root"])
        XCTAssertFalse(root.stdout.contains("/Outlines"), root.stdout)
        XCTAssertTrue(root.stdout.contains("/Lang (zh-CN)"), root.stdout)
    }

    /// Numbers in content streams and the MediaBox: at most three decimals, no exponent, no "-0".
    func testNumbersAreWrittenPlainly() throws {
        let (_, dejaVu) = try fonts()
        let glyphs = try place("Hi", font: dejaVu, size: 12, x: 1e-9)
        let page = LaidOutPage(width: 100.00001, height: 50, items: [
            .rectangle(x: -0.0000001, y: 50 - 1e-12, width: 1e-7, height: 123456.789, colour: RGB(1e-9, 0.5, 1)),
            .glyphs(GlyphRun(face: 0, size: 12, baseline: 50, glyphs: glyphs)),
        ])
        let bytes = try PDFWriter.write(pages: [page], faces: [dejaVu.face(postScriptName: "DejaVuSans", outlines: .trueType)], info: Self.info)
        let text = String(decoding: bytes, as: UTF8.self)
        let contentStart = try XCTUnwrap(text.range(of: "re f")).lowerBound
        let streamStart = try XCTUnwrap(text[..<contentStart].range(of: "stream\n", options: .backwards)).upperBound
        let streamEnd = try XCTUnwrap(text.range(of: "endstream", range: contentStart..<text.endIndex)).lowerBound
        let content = String(text[streamStart..<streamEnd])
        let mediaBox = try XCTUnwrap(text.range(of: "/MediaBox \\[[^\\]]*\\]", options: .regularExpression))
        for source in [content, String(text[mediaBox])] {
            let numbers = source.replacing(/<[0-9A-Fa-f\s]*>/, with: " ")
                .split(whereSeparator: { $0.isWhitespace || $0 == "[" || $0 == "]" }).map(String.init)
                .filter { $0.wholeMatch(of: /-?[0-9]*\.?[0-9]+/) != nil }
            XCTAssertFalse(numbers.isEmpty)
            for number in numbers {
                XCTAssertNotEqual(number, "-0", source)
                XCTAssertFalse(number.hasPrefix("-0") && !number.hasPrefix("-0."), number)
                if let dot = number.firstIndex(of: ".") {
                    XCTAssertLessThanOrEqual(number[number.index(after: dot)...].count, 3, number)
                    XCTAssertFalse(number.hasSuffix("0"), number)
                }
            }
            XCTAssertFalse(source.contains("e-") || source.contains("e+"), source)
        }
        XCTAssertTrue(text.contains("/MediaBox [0 0 283.465 141.732]"), String(text[mediaBox]))
    }

    // MARK: - 8. Compression

    /// A zlib compressor gongwen did not write: Python's, level 6.
    func pythonZlib() throws -> ([UInt8]) -> [UInt8]? {
        let python = URL(fileURLWithPath: "/usr/bin/python3")
        guard FileManager.default.isExecutableFile(atPath: python.path) else { throw XCTSkip("end-to-end tier: no /usr/bin/python3 for zlib") }
        return { data in
            let result = try? self.runBinary(python, ["-c", "import sys,zlib; sys.stdout.buffer.write(zlib.compress(sys.stdin.buffer.read(),6))"], stdin: data)
            return result?.status == 0 ? result?.stdout : nil
        }
    }

    func testCompressedFileIsSmallerAndReadsTheSame() throws {
        let zlib = try pythonZlib()
        let plain = try sampleDocument()
        let compressed = try sampleDocument(compress: zlib)
        XCTAssertLessThan(compressed.count, plain.count)
        XCTAssertTrue(String(decoding: compressed, as: UTF8.self).contains("/Filter /FlateDecode"))
        let file = try save(compressed)
        XCTAssertEqual(try extractedLines(file), [Self.title, "GB/T 9704"])
        let info = try run(try requireTool("mutool"), ["info", file])
        XCTAssertEqual(info.stderr, "")
        let draw = try run(try requireTool("mutool"), ["draw", "-q", "-o", tempPath("pnm"), "-r", "36", file])
        XCTAssertEqual(significant(draw.stderr), "", "mutool draw warned")

        // The dictionaries are in an object stream and the cross-references in a stream (PDF 1.5):
        // no classic table or trailer.
        let text = String(decoding: compressed, as: UTF8.self)
        XCTAssertTrue(text.contains("/Type /ObjStm") && text.contains("/Type /XRef"), "object and cross-reference streams")
        XCTAssertFalse(text.contains("\ntrailer\n") || text.contains("\nxref\n"), "no classic table")
        XCTAssertFalse(text.contains("/Type /Catalog"), "the catalog is in the object stream")
        XCTAssertTrue(plain.count > 0 && String(decoding: plain, as: UTF8.self).contains("\ntrailer\n"), "uncompressed: the classic table")

        // A compressor that declines leaves every stream as it was, the object stream too: the file
        // reads the same.
        let declined = try sampleDocument(compress: { _ in nil })
        XCTAssertFalse(String(decoding: declined, as: UTF8.self).contains("/Filter"), "nothing compressed")
        let declinedFile = try save(declined)
        XCTAssertEqual(try extractedLines(declinedFile), [Self.title, "GB/T 9704"])
        XCTAssertEqual(try run(try requireTool("mutool"), ["info", declinedFile]).stderr, "")
    }

    // MARK: - Errors

    func testBadInputThrows() throws {
        let (page, faces) = try samplePage()
        func failure(_ pages: [LaidOutPage], _ faces: [EmbeddedFace], info: PDFInfo = PDFWriterTests.info) -> PDFWriter.Failure? {
            do { _ = try PDFWriter.write(pages: pages, faces: faces, info: info); return nil }
            catch let failure as PDFWriter.Failure { return failure }
            catch { return nil }
        }
        XCTAssertEqual(failure([], faces), .noPages)
        XCTAssertNotNil(failure([page], [faces[0]]).map { XCTAssertTrue($0.message.contains("face 1"), $0.message) })

        var nan = page
        nan.items.append(.rectangle(x: .nan, y: 0, width: 1, height: 1, colour: .black))
        XCTAssertNotNil(failure([nan], faces))
        var bigID = page
        bigID.items.append(.glyphs(GlyphRun(face: 1, size: 10, baseline: 10, glyphs: [PlacedGlyph(id: 0x10000, x: 1, text: "")])))
        XCTAssertNotNil(failure([bigID], faces))
        var zeroSize = page
        zeroSize.items.append(.glyphs(GlyphRun(face: 1, size: 0, baseline: 10, glyphs: [PlacedGlyph(id: 1, x: 1, text: "")])))
        XCTAssertNotNil(failure([zeroSize], faces))
        var badColour = page
        badColour.items.append(.rectangle(x: 0, y: 0, width: 1, height: 1, colour: RGB(1.5, 0, 0)))
        XCTAssertNotNil(failure([badColour], faces))
        var empty = page
        empty.width = 0
        XCTAssertNotNil(failure([empty], faces))

        var noAdvance = faces
        noAdvance[1].advances = [:]
        XCTAssertEqual(failure([page], noAdvance).map { if case .invalidFace(1, _) = $0 { true } else { false } }, true)
        var notAFont = faces
        notAFont[0].program = Array("not a font".utf8)
        XCTAssertEqual(failure([page], notAFont).map { if case .invalidFace(0, _) = $0 { true } else { false } }, true)
        var wrongKind = faces
        wrongKind[0].outlines = .trueType
        XCTAssertNotNil(failure([page], wrongKind))
        var outside = page
        outside.items.append(.glyphs(GlyphRun(face: 1, size: 10, baseline: 10, glyphs: [PlacedGlyph(id: 0xFFF0, x: 1, text: "")])))
        XCTAssertNotNil(failure([outside], faces), "glyph id beyond the font's glyph count")

        XCTAssertNotNil(failure([page], faces, info: PDFInfo(title: "", author: "", creator: "", date: (2023, 2, 29))))
        XCTAssertNil(failure([page], faces, info: PDFInfo(title: "", author: "", creator: "", date: (2024, 2, 29))))
    }

    // MARK: - Helpers: reading the readers

    /// `stderr` without MuPDF's notice that it was built without colour management, which says nothing about the file.
    func significant(_ stderr: String) -> String {
        stderr.split(separator: "\n").filter { $0 != "warning: ICC support is not available" }.joined(separator: "\n")
    }

    /// Non-empty lines of `pdftotext -layout`, trimmed.
    func extractedLines(_ file: String, page: Int? = nil) throws -> [String] {
        var arguments = ["-layout", "-enc", "UTF-8"]
        if let page { arguments += ["-f", "\(page)", "-l", "\(page)"] }
        let result = try run(try requireTool("pdftotext"), arguments + [file, "-"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stderr, "", "pdftotext warned")
        return result.stdout.split(whereSeparator: { $0.isNewline || $0 == "\u{0C}" })
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    struct TracedGlyph { var unicode: String; var glyph: String; var x: Double; var y: Double }
    struct TracedSpan { var font: String; var size: Double; var glyphs: [TracedGlyph] }

    /// The spans of `mutool trace` XML: `<span font=… trm="a b c d">` holding `<g unicode=… glyph=… x=… y=…/>`.
    func traceSpans(_ xml: String) -> [TracedSpan] {
        func attribute(_ name: String, in line: Substring) -> String? {
            guard let start = line.range(of: " \(name)=\"") else { return nil }
            let rest = line[start.upperBound...]
            guard let end = rest.firstIndex(of: "\"") else { return nil }
            return String(rest[..<end])
        }
        var spans: [TracedSpan] = []
        for line in xml.split(separator: "\n") {
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.hasPrefix("<span ") {
                let trm = (attribute("trm", in: trimmed) ?? "").split(separator: " ").compactMap { Double($0) }
                spans.append(TracedSpan(font: attribute("font", in: trimmed) ?? "", size: trm.first ?? 0, glyphs: []))
            } else if trimmed.hasPrefix("<g "), !spans.isEmpty {
                spans[spans.count - 1].glyphs.append(TracedGlyph(
                    unicode: unescapeXML(attribute("unicode", in: trimmed) ?? ""), glyph: attribute("glyph", in: trimmed) ?? "",
                    x: Double(attribute("x", in: trimmed) ?? "") ?? .nan, y: Double(attribute("y", in: trimmed) ?? "") ?? .nan))
            }
        }
        return spans
    }

    func unescapeXML(_ text: String) -> String {
        var out = text
        if let match = out.firstMatch(of: /&#x([0-9A-Fa-f]+);/), let value = UInt32(match.1, radix: 16), let scalar = Unicode.Scalar(value) {
            out.replaceSubrange(match.range, with: String(Character(scalar)))
        }
        return out.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    /// The two halves of the trailer's /ID.
    func fileID(_ bytes: [UInt8]) throws -> (String, String) {
        let text = String(decoding: bytes.suffix(400), as: UTF8.self)
        let match = try XCTUnwrap(text.firstMatch(of: /\/ID \[<([0-9A-Fa-f]+)> ?<([0-9A-Fa-f]+)>\]/))
        return (String(match.1), String(match.2))
    }

    struct PPM {
        var width: Int, height: Int, pixels: [UInt8]
        func pixel(_ x: Int, _ y: Int) -> [UInt8] { let at = 3 * (y * width + x); return Array(pixels[at..<(at + 3)]) }
    }

    /// Renders page 1 with `mutool draw` or `pdftoppm` as a binary PPM (P6) and reads it.
    func render(_ file: String, tool name: String, dpi: Int) throws -> PPM {
        let output = tempPath("ppm")
        let tool = try requireTool(name)
        if name == "mutool" {
            let result = try run(tool, ["draw", "-o", output, "-r", "\(dpi)", "-c", "rgb", file, "1"])
            XCTAssertEqual(result.status, 0, result.stderr)
        } else {
            let stem = tempPath("")
            let result = try run(tool, ["-r", "\(dpi)", "-f", "1", "-l", "1", "-singlefile", file, stem])
            XCTAssertEqual(result.status, 0, result.stderr)
            try FileManager.default.moveItem(atPath: stem + ".ppm", toPath: output)
        }
        let data = try XCTUnwrap(FileManager.default.contents(atPath: output))
        // Header: "P6" width height maxval, separated by whitespace, then one whitespace byte and the samples.
        var fields: [String] = [], at = 0, current = ""
        while fields.count < 4, at < data.count {
            let byte = data[at]; at += 1
            if byte == UInt8(ascii: "#") { while at < data.count, data[at] != 0x0A { at += 1 }; continue }
            if byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 {
                if !current.isEmpty { fields.append(current); current = "" }
            } else { current.append(Character(Unicode.Scalar(byte))) }
        }
        XCTAssertEqual(fields.first, "P6")
        let width = try XCTUnwrap(Int(fields[1])), height = try XCTUnwrap(Int(fields[2]))
        XCTAssertEqual(fields[3], "255")
        let pixels = Array(data[at...])
        XCTAssertEqual(pixels.count, width * height * 3)
        return PPM(width: width, height: height, pixels: pixels)
    }

    /// Per pixel column of page 1 at 72 dpi, how many pixels are dark.
    func inkColumns(_ file: String, tool: String) throws -> [Int] {
        let image = try render(file, tool: tool, dpi: 72)
        return (0..<image.width).map { x in (0..<image.height).filter { image.pixel(x, $0).allSatisfy { $0 < 128 } }.count }
    }

    // MARK: - Helpers: processes and files

    /// Every executable called `name` on PATH and in the usual directories, PATH first.
    func tools(_ name: String) -> [URL] {
        let path = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(String.init)
        var found: [URL] = []
        for directory in path + ["/usr/bin", "/usr/local/bin", "/opt/homebrew/bin"] {
            let candidate = URL(fileURLWithPath: directory).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path), !found.contains(candidate) { found.append(candidate) }
        }
        return found
    }

    func tool(_ name: String) -> URL? { tools(name).first }

    func requireTool(_ name: String) throws -> URL {
        guard let url = tool(name) else { throw XCTSkip("end-to-end tier: \(name) is not installed") }
        return url
    }

    struct Result { var status: Int32; var stdout: String; var stderr: String }

    func run(_ tool: URL, _ arguments: [String]) throws -> Result {
        let result = try runBinary(tool, arguments, stdin: nil)
        return Result(status: result.status, stdout: String(decoding: result.stdout, as: UTF8.self), stderr: result.stderr)
    }

    /// Runs `tool`, feeding `stdin`; stdout and stderr go to files so that no pipe can fill up and block.
    func runBinary(_ tool: URL, _ arguments: [String], stdin: [UInt8]?) throws -> (status: Int32, stdout: [UInt8], stderr: String) {
        let process = Process()
        process.executableURL = tool
        process.arguments = arguments
        let outPath = tempPath("out"), errPath = tempPath("err")
        _ = FileManager.default.createFile(atPath: outPath, contents: nil)
        _ = FileManager.default.createFile(atPath: errPath, contents: nil)
        let out = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
        let err = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
        process.standardOutput = out
        process.standardError = err
        let input = Pipe()
        process.standardInput = stdin == nil ? FileHandle.nullDevice : input
        try process.run()
        if let stdin {
            try input.fileHandleForWriting.write(contentsOf: stdin)
            try input.fileHandleForWriting.close()
        }
        process.waitUntilExit()
        try out.close(); try err.close()
        let stdout = [UInt8](FileManager.default.contents(atPath: outPath) ?? Data())
        let stderr = String(decoding: FileManager.default.contents(atPath: errPath) ?? Data(), as: UTF8.self)
        try? FileManager.default.removeItem(atPath: outPath)
        try? FileManager.default.removeItem(atPath: errPath)
        return (process.terminationStatus, stdout, stderr)
    }

    static let directory: String = {
        let path = NSTemporaryDirectory() + "pdfout-tests-\(ProcessInfo.processInfo.processIdentifier)"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }()

    override class func tearDown() {
        try? FileManager.default.removeItem(atPath: directory)
        super.tearDown()
    }

    func tempPath(_ suffix: String) -> String {
        Self.directory + "/" + UUID().uuidString + (suffix.isEmpty ? "" : "." + suffix)
    }

    func save(_ bytes: [UInt8]) throws -> String {
        let path = tempPath("pdf")
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }
}

/// Just enough of an OpenType reader for the tests (ISO/IEC 14496-22): the table directory, `head`,
/// `hhea`, `hmtx`, `maxp`, `OS/2`, `cmap` formats 4 and 12, and the CFF charset for CID checks.
struct TestFont {
    enum Problem: Error { case malformed(String) }

    let bytes: [UInt8]
    let tables: [String: Int]
    let unitsPerEm: Int
    let ascent: Int, descent: Int, capHeight: Int
    let bbox: (Int, Int, Int, Int)
    let glyphCount: Int
    let metricsCount: Int
    let cmap: Int   // offset of the chosen cmap subtable

    init(path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else { throw Problem.malformed("cannot read \(path)") }
        bytes = [UInt8](data)
        var tables: [String: Int] = [:]
        let count = Self.u16(bytes, 4)
        for record in 0..<count {
            let at = 12 + 16 * record
            tables[String(decoding: bytes[at..<(at + 4)], as: UTF8.self)] = Self.u32(bytes, at + 8)
        }
        self.tables = tables
        guard let head = tables["head"], let hhea = tables["hhea"], let maxp = tables["maxp"], let cmapTable = tables["cmap"],
              tables["hmtx"] != nil else { throw Problem.malformed("missing tables") }
        unitsPerEm = Self.u16(bytes, head + 18)
        bbox = (Self.s16(bytes, head + 36), Self.s16(bytes, head + 38), Self.s16(bytes, head + 40), Self.s16(bytes, head + 42))
        ascent = Self.s16(bytes, hhea + 4)
        descent = Self.s16(bytes, hhea + 6)
        metricsCount = Self.u16(bytes, hhea + 34)
        glyphCount = Self.u16(bytes, maxp + 4)
        if let os2 = tables["OS/2"], Self.u16(bytes, os2) >= 2, Self.s16(bytes, os2 + 88) > 0 {
            capHeight = Self.s16(bytes, os2 + 88)
        } else {
            capHeight = ascent
        }
        // Prefer a format 12 subtable (full Unicode), else format 4 (BMP).
        var best: (rank: Int, offset: Int)? = nil
        for record in 0..<Self.u16(bytes, cmapTable + 2) {
            let at = cmapTable + 4 + 8 * record
            let platform = Self.u16(bytes, at), encoding = Self.u16(bytes, at + 2)
            let offset = cmapTable + Self.u32(bytes, at + 4)
            let format = Self.u16(bytes, offset)
            let unicode = platform == 0 || (platform == 3 && (encoding == 1 || encoding == 10))
            guard unicode, format == 4 || format == 12 else { continue }
            let rank = format == 12 ? 2 : 1
            if best == nil || rank > best?.rank ?? 0 { best = (rank, offset) }
        }
        guard let best else { throw Problem.malformed("no Unicode cmap") }
        cmap = best.offset
    }

    static func u16(_ b: [UInt8], _ at: Int) -> Int { Int(b[at]) << 8 | Int(b[at + 1]) }
    static func s16(_ b: [UInt8], _ at: Int) -> Int { Int(Int16(bitPattern: UInt16(u16(b, at)))) }
    static func u32(_ b: [UInt8], _ at: Int) -> Int { u16(b, at) << 16 | u16(b, at + 2) }

    /// The glyph id for `scalar` from the cmap, or nil.
    func glyph(for scalar: Unicode.Scalar) -> UInt32? {
        let code = Int(scalar.value)
        let b = bytes
        if Self.u16(b, cmap) == 12 {
            let groups = Self.u32(b, cmap + 12)
            for group in 0..<groups {
                let at = cmap + 16 + 12 * group
                let start = Self.u32(b, at), end = Self.u32(b, at + 4)
                if code >= start && code <= end { return UInt32(Self.u32(b, at + 8) + code - start) }
            }
            return nil
        }
        guard code <= 0xFFFF else { return nil }
        let segments = Self.u16(b, cmap + 6) / 2
        let ends = cmap + 14, starts = ends + 2 * segments + 2
        let deltas = starts + 2 * segments, rangeOffsets = deltas + 2 * segments
        for segment in 0..<segments where code <= Self.u16(b, ends + 2 * segment) {
            let start = Self.u16(b, starts + 2 * segment)
            guard code >= start else { return nil }
            let delta = Self.u16(b, deltas + 2 * segment)
            let rangeOffset = Self.u16(b, rangeOffsets + 2 * segment)
            if rangeOffset == 0 { return UInt32((code + delta) & 0xFFFF) }
            let at = rangeOffsets + 2 * segment + rangeOffset + 2 * (code - start)
            let glyph = Self.u16(b, at)
            return glyph == 0 ? nil : UInt32((glyph + delta) & 0xFFFF)
        }
        return nil
    }

    /// The horizontal advance of `glyph` in font units from `hmtx`.
    func advance(of glyph: UInt32) -> Int {
        let hmtx = tables["hmtx"] ?? 0
        let index = min(Int(glyph), metricsCount - 1)
        return Self.u16(bytes, hmtx + 4 * index)
    }

    /// For a CID-keyed CFF, the CID of `glyph` from the charset (format 0, 1 or 2); read independently of the writer.
    func cffCID(of glyph: UInt32) -> Int? {
        guard let cff = tables["CFF "] else { return nil }
        let b = bytes
        func indexEnd(_ at: Int) -> Int {
            let count = Self.u16(b, at)
            if count == 0 { return at + 2 }
            let size = Int(b[at + 2])
            var last = 0
            for i in 0..<size { last = last << 8 | Int(b[at + 3 + count * size + i]) }
            return at + 3 + (count + 1) * size - 1 + last
        }
        let names = cff + Int(b[cff + 2])
        let topIndex = indexEnd(names)
        // Top DICT: first item of the Top DICT INDEX; look for operator 15 (charset).
        let size = Int(b[topIndex + 2])
        let dataStart = topIndex + 3 + 2 * size - 1
        var p = dataStart + 1, end = dataStart + 1
        do { var o = 0; for i in 0..<size { o = o << 8 | Int(b[topIndex + 3 + size + i]) }; end = dataStart + o }
        var operands: [Int] = [], charset: Int? = nil
        while p < end {
            let b0 = Int(b[p])
            switch b0 {
            case 28: operands.append(Int(Int16(bitPattern: UInt16(Self.u16(b, p + 1))))); p += 3
            case 29: operands.append(Int(Int32(bitPattern: UInt32(Self.u32(b, p + 1))))); p += 5
            case 30: p += 1; while b[p] >> 4 != 0xF && b[p] & 0xF != 0xF { p += 1 }; p += 1; operands.append(0)
            case 32...246: operands.append(b0 - 139); p += 1
            case 247...250: operands.append((b0 - 247) * 256 + Int(b[p + 1]) + 108); p += 2
            case 251...254: operands.append(-(b0 - 251) * 256 - Int(b[p + 1]) - 108); p += 2
            case 12: operands = []; p += 2
            default: if b0 == 15 { charset = operands.last }; operands = []; p += 1
            }
        }
        guard let charset else { return nil }
        var at = cff + charset + 1, current = 1
        switch b[cff + charset] {
        case 0: return glyph == 0 ? 0 : Self.u16(b, at + 2 * (Int(glyph) - 1))
        default:
            let wide = b[cff + charset] == 2
            while current < glyphCount {
                let first = Self.u16(b, at), left = wide ? Self.u16(b, at + 2) : Int(b[at + 2])
                if Int(glyph) >= current && Int(glyph) <= current + left { return first + Int(glyph) - current }
                current += left + 1
                at += wide ? 4 : 3
            }
            return nil
        }
    }

    /// The face to hand to the writer: the whole program, advances for every glyph.
    func face(postScriptName: String, outlines: EmbeddedFace.Outlines) -> EmbeddedFace {
        var advances: [UInt32: Int] = [:]
        for glyph in 0..<UInt32(glyphCount) { advances[glyph] = advance(of: glyph) }
        return EmbeddedFace(postScriptName: postScriptName, program: bytes, outlines: outlines, unitsPerEm: unitsPerEm,
                            advances: advances, ascent: ascent, descent: descent, capHeight: capHeight, bbox: bbox)
    }
}
