import Foundation
import XCTest
@testable import GongwenKit

/// Issue 24: a build that sets its own PDFs gives the batch report their `verify` findings and a
/// picture of page 1 from the pages it set, without mutool. Both are held here to what mutool reads
/// and draws from the very PDFs written of those pages.
final class PagesAsDrawnTests: XCTestCase {
    func faces() throws -> (LayoutFaces, FontSetup) {
        try XCTSkipIf(Subprocess.which("fc-match") == nil, "end-to-end tier: fontconfig's fc-match is not installed (make deps)")
        try XCTSkipIf(Subprocess.which("mutool") == nil, "end-to-end tier: mupdf-tools is not installed (make deps)")
        let setup = try FontSetup.prepare(template: Repo.root + "/styles/fonts.conf", extraFontDirectory: nil,
                                          workDirectory: temporaryDirectory("drawn-fonts"))
        return (try LayoutFaces.load(setup), setup)
    }

    /// Every sample the own engine sets (units, formal documents with seals and 签名章, the city
    /// summary with its turned table pages).
    var sources: [String] {
        let documents = ((try? FileManager.default.contentsOfDirectory(atPath: Repo.root + "/samples/documents")) ?? [])
            .filter { $0.hasSuffix(".yaml") }.sorted().map { Repo.root + "/samples/documents/" + $0 }
        return Repo.sampleUnits + documents + [Repo.root + "/samples/city/江州市.yaml"]
    }

    /// Each sample's pages, and its PDF written from them into `folder`.
    func set(_ source: String, faces: LayoutFaces, into folder: String) throws -> (pages: [LaidOutPage], pdf: String)? {
        let read = try DocumentReader.read(.file(source), policy: SourcePolicy())
        let pages: [LaidOutPage]
        do {
            pages = try PageSetter.set(Composer.compose(read.document), faces: faces)
        } catch is PageSetter.Unsupported {
            return nil
        }
        let pdf = folder + "/" + URL(fileURLWithPath: source).deletingPathExtension().lastPathComponent + ".pdf"
        try ZipArchive.writeAtomically(try NativeBuild.pdf(pages: pages, document: read.document, faces: faces), to: pdf)
        return (pages, pdf)
    }

    func testThePagesReadAsMutoolReadsTheirPDF() throws {
        let (faces, setup) = try faces()
        defer { setup.cleanUp() }
        let folder = temporaryDirectory()
        XCTAssertEqual(sources.count, 19)
        var compared = 0, turnedPages = 0, images = 0
        for source in sources {
            guard let (pages, pdf) = try set(source, faces: faces, into: folder) else { continue }
            let name = URL(fileURLWithPath: source).lastPathComponent
            let traced = try PDFLayout.read(pdf: pdf)
            let drawn = PDFLayout(pages: pages, faces: faces)
            XCTAssertEqual(drawn.pages.count, traced.pages.count, name)
            for (a, b) in zip(drawn.pages, traced.pages) {
                let at = "\(name) page \(b.number)"
                XCTAssertEqual(a.width, b.width, accuracy: 0.01, at)
                XCTAssertEqual(a.height, b.height, accuracy: 0.01, at)
                for (mine, theirs, kind) in [(a.lines, b.lines, "line"), (a.turnedLines, b.turnedLines, "turned line")] {
                    XCTAssertEqual(mine.map(\.text), theirs.map(\.text), "\(at): \(kind)s")
                    for (l, m) in zip(mine, theirs) where l.text == m.text {
                        XCTAssertEqual(l.glyphs.count, m.glyphs.count, "\(at): \(l.text)")
                        for (g, h) in zip(l.glyphs, m.glyphs) {
                            let what = "\(at): '\(h.text)' of \(m.text)"
                            XCTAssertEqual(g.text, h.text, what)
                            XCTAssertEqual(g.font, h.font, what)
                            XCTAssertEqual(g.red, h.red, what)
                            XCTAssertEqual(g.size, h.size, accuracy: 0.002, what)
                            XCTAssertEqual(g.x0, h.x0, accuracy: 0.01, what)
                            XCTAssertEqual(g.x1, h.x1, accuracy: 0.01, what)
                            XCTAssertEqual(g.baseline, h.baseline, accuracy: 0.01, what)
                        }
                    }
                }
                XCTAssertEqual(a.rules.count, b.rules.count, "\(at): rules")
                for (r, s) in zip(a.rules, b.rules) {
                    XCTAssertEqual(r.red, s.red, at)
                    for (u, v) in [(r.x0, s.x0), (r.x1, s.x1), (r.y, s.y), (r.width, s.width)] { XCTAssertEqual(u, v, accuracy: 0.01, "\(at): a rule") }
                }
                XCTAssertEqual(a.images.count, b.images.count, "\(at): images")
                for (i, j) in zip(a.images, b.images) {
                    for (u, v) in [(i.x0, j.x0), (i.y0, j.y0), (i.x1, j.x1), (i.y1, j.y1)] { XCTAssertEqual(u, v, accuracy: 0.01, "\(at): an image") }
                }
                if !b.turnedLines.isEmpty { turnedPages += 1 }
                images += b.images.count
            }
            // And so verify finds the same in both, word for word.
            let mine = LayoutVerifier.verify(drawn).map(\.description), theirs = LayoutVerifier.verify(traced).map(\.description)
            XCTAssertEqual(mine, theirs, name)
            compared += 1
        }
        // The samples hold what could differ: turned table pages, seals and 签名章.
        XCTAssertGreaterThanOrEqual(compared, 17)
        XCTAssertGreaterThan(turnedPages, 0)
        XCTAssertGreaterThan(images, 0)

        // A document verify finds fault with (a placeholder left in, a half-width comma between
        // Chinese characters), read both ways: the same findings, and some.
        let faulty = Document(title: "关于某项工作的通知", issuer: "江州市委宣传部", date: OfficialDate(year: 2023, month: 7, day: 10)!,
                              body: [.paragraph(Paragraph(text: "今年以来，XX单位完成任务,成效明显。"))], signature: Signature(name: "江州市委宣传部"))
        let pages = try PageSetter.set(Composer.compose(faulty), faces: faces)
        let pdf = folder + "/faulty.pdf"
        try ZipArchive.writeAtomically(try NativeBuild.pdf(pages: pages, document: faulty, faces: faces), to: pdf)
        let mine = LayoutVerifier.verify(PDFLayout(pages: pages, faces: faces)).map(\.description)
        let theirs = LayoutVerifier.verify(try PDFLayout.read(pdf: pdf)).map(\.description)
        XCTAssertEqual(mine, theirs)
        XCTAssertTrue(theirs.contains { $0.contains("placeholder") }, "\(theirs)")
        XCTAssertTrue(theirs.contains { $0.contains("half-width") }, "\(theirs)")
    }

    /// The picture of page 1 against mutool's drawing of the PDF (the report's script): the same
    /// size, and in every 8-pixel square the same ink and the same red, within what anti-aliasing
    /// and rounding a glyph to the pixel allow. Page 2's picture is not page 1's by that measure.
    func testThePictureOfPageOneIsWhatMutoolDrawsOfThePDF() throws {
        let (faces, setup) = try faces()
        defer { setup.cleanUp() }
        let folder = temporaryDirectory()
        let script = folder + "/thumbnail.js"
        try ZipArchive.writeAtomically(Array(PDFFactsCache.script.utf8), to: script)
        var sealed = false
        for source in [Repo.samples + "/青山县.yaml", Repo.root + "/samples/documents/政府令.yaml", Repo.root + "/samples/documents/复函.yaml"] {
            let name = URL(fileURLWithPath: source).deletingPathExtension().lastPathComponent
            guard let (pages, pdf) = try set(source, faces: faces, into: folder) else { XCTFail("\(name) is not set natively"); continue }
            let theirs = folder + "/" + name + ".mutool.png"
            let run = try Subprocess.run(["mutool", "run", script, pdf, theirs], timeout: 60)
            XCTAssertEqual(run.status, 0, run.output)
            let drawn = try PNGDecoder.decode(Array(try Data(contentsOf: URL(fileURLWithPath: theirs))))
            let picture = PageThumbnail.draw(pages[0], faces: faces, width: PDFFactsCache.thumbnailWidth)
            let png = try XCTUnwrap(PageThumbnail.png(picture))
            try ZipArchive.writeAtomically(png, to: folder + "/" + name + ".gongwen.png")   // beside mutool's, to look at
            let mine = try PNGDecoder.decode(png)
            XCTAssertEqual(mine.samples, picture.rgb, "\(name): the PNG does not hold the picture")
            XCTAssertEqual([mine.width, mine.height], [drawn.width, drawn.height], name)
            XCTAssertEqual(mine.colours, 3)
            // MuPDF scales a seal's colours and its transparency apart, so the black of its transparent
            // pixels (0, 0, 0, 0 in the specimens) greys its edges: in a seal's squares only the ink is
            // compared, and the seal must be red where it stands.
            let scale = (Double(PDFFactsCache.thumbnailWidth) - 0.01) / 210
            let seals = pages[0].items.compactMap { item -> (Int, Int, Int, Int)? in
                guard case let .image(_, x, y, w, h) = item else { return nil }
                return (Int(x * scale), Int(y * scale), Int(((x + w) * scale).rounded(.up)), Int(((y + h) * scale).rounded(.up)))
            }
            let (ink, red) = Self.difference(mine, drawn, redBesides: seals)
            XCTAssertLessThan(ink, 0.1, "\(name): the ink of some square differs by \(ink)")
            XCTAssertLessThan(red, 0.1, "\(name): the red of some square differs by \(red)")
            for (x0, y0, x1, y1) in seals {
                sealed = true
                var redness = 0.0
                for y in y0..<y1 { for x in x0..<x1 {
                    let i = (y * mine.width + x) * 3
                    redness += (Double(mine.samples[i]) - (Double(mine.samples[i + 1]) + Double(mine.samples[i + 2])) / 2) / 255
                } }
                XCTAssertGreaterThan(redness / Double((x1 - x0) * (y1 - y0)), 0.1, "\(name): the seal is not red in the picture")
            }
            // The measure tells pages apart: page 2 drawn is not mutool's page 1.
            if pages.count > 1 {
                let other = try PNGDecoder.decode(try XCTUnwrap(PageThumbnail.png(PageThumbnail.draw(pages[1], faces: faces, width: PDFFactsCache.thumbnailWidth))))
                XCTAssertGreaterThan(Self.difference(other, drawn).ink, 0.1, "\(name): page 2 passes for page 1")
            }
        }
        XCTAssertTrue(sealed, "no sample's page 1 has a seal or 签名章")
    }

    /// A landscape table's page (the city summary's), its text turned to read up the page, against
    /// `mutool draw` of that page at the same width: the same measure as page 1's.
    func testATurnedPageIsDrawnAsMutoolDrawsIt() throws {
        let (faces, setup) = try faces()
        defer { setup.cleanUp() }
        let folder = temporaryDirectory()
        guard let (pages, pdf) = try set(Repo.root + "/samples/city/江州市.yaml", faces: faces, into: folder) else { return XCTFail("not set natively") }
        let turned = try XCTUnwrap(pages.firstIndex { page in page.turnedItems.contains { if case .glyphs = $0 { true } else { false } } }, "no turned page")
        let theirs = folder + "/turned.mutool.png"
        let run = try Subprocess.run(["mutool", "draw", "-w", "\(PDFFactsCache.thumbnailWidth)", "-o", theirs, pdf, "\(turned + 1)"], timeout: 60)
        XCTAssertEqual(run.status, 0, run.output)
        let drawn = try PNGDecoder.decode(Array(try Data(contentsOf: URL(fileURLWithPath: theirs))))
        let png = try XCTUnwrap(PageThumbnail.png(PageThumbnail.draw(pages[turned], faces: faces, width: PDFFactsCache.thumbnailWidth)))
        try ZipArchive.writeAtomically(png, to: folder + "/turned.gongwen.png")
        let mine = try PNGDecoder.decode(png)
        XCTAssertEqual([mine.width, mine.height], [drawn.width, drawn.height])
        let (ink, _) = Self.difference(mine, drawn)
        XCTAssertLessThan(ink, 0.1, "the ink of some square differs by \(ink)")
        // Not the same page read upright: the measure tells them apart.
        var upright = pages[turned]
        upright.items += upright.turnedItems
        upright.turnedItems = []
        let wrong = try PNGDecoder.decode(try XCTUnwrap(PageThumbnail.png(PageThumbnail.draw(upright, faces: faces, width: PDFFactsCache.thumbnailWidth))))
        XCTAssertGreaterThan(Self.difference(wrong, drawn).ink, 0.1, "the page drawn unturned passes for mutool's")
    }

    /// The largest difference of mean ink (1 − luminance) and of mean red (r − (g + b) / 2) between
    /// two pictures of the same size, over squares of 8 × 8 pixels; red not in squares that meet a
    /// box of `redBesides` (pixels: left, top, right, bottom).
    static func difference(_ a: DecodedImage, _ b: DecodedImage, redBesides boxes: [(Int, Int, Int, Int)] = []) -> (ink: Double, red: Double) {
        guard a.width == b.width, a.height == b.height, a.colours == 3, b.colours == 3 else { return (1, 1) }
        func squares(_ image: DecodedImage) -> [(ink: Double, red: Double)] {
            var out: [(Double, Double)] = []
            for sy in stride(from: 0, to: image.height, by: 8) {
                for sx in stride(from: 0, to: image.width, by: 8) {
                    var ink = 0.0, red = 0.0, n = 0.0
                    for y in sy..<min(sy + 8, image.height) {
                        for x in sx..<min(sx + 8, image.width) {
                            let i = (y * image.width + x) * 3
                            let (r, g, b) = (Double(image.samples[i]) / 255, Double(image.samples[i + 1]) / 255, Double(image.samples[i + 2]) / 255)
                            ink += 1 - (0.299 * r + 0.587 * g + 0.114 * b)
                            red += r - (g + b) / 2
                            n += 1
                        }
                    }
                    out.append((ink / n, red / n))
                }
            }
            return out
        }
        let (x, y) = (squares(a), squares(b))
        let across = (a.width + 7) / 8
        let red = zip(x, y).enumerated().filter { i, _ in
            let (sx, sy) = (i % across * 8, i / across * 8)
            return !boxes.contains { sx < $0.2 && sx + 8 > $0.0 && sy < $0.3 && sy + 8 > $0.1 }
        }.map { abs($0.1.0.red - $0.1.1.red) }
        return (zip(x, y).map { abs($0.ink - $1.ink) }.max() ?? 1, red.max() ?? 0)
    }
}
