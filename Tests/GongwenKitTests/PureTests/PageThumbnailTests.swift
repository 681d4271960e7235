import Foundation
import XCTest
@testable import GongwenKit

/// Issue 24: the report's picture of a page the own engine set, drawn without mutool. What holds
/// without fonts: the picture's size, rules and bars where they stand, and the PNG file.
final class PageThumbnailTests: XCTestCase {
    static let noFaces = LayoutFaces(faces: [], byRole: [:], pageNumbers: 0, fallbacks: [])

    /// An A4 page 160 pixels wide is 227 high, as MuPDF rounds 841.89 pt at that scale.
    func testAnA4PageIs160By227() {
        let picture = PageThumbnail.draw(LaidOutPage(width: 210, height: 297, items: []), faces: Self.noFaces, width: 160)
        XCTAssertEqual([picture.width, picture.height], [160, 227])
        XCTAssertEqual(picture.rgb.count, 160 * 227 * 3)
        XCTAssertTrue(picture.rgb.allSatisfy { $0 == 255 }, "an empty page is not white")
    }

    /// A red bar from 21 to 189 mm across, 40 to 43 mm down (§7.2.5's separator, thickened), at
    /// 159.99 / 210 px a mm: wholly red from pixel 16 to 142, in row 31; white above and below and
    /// beyond its ends, and the pixel it barely touches hardly red.
    func testABarIsDrawnWhereItStands() {
        let scale = 159.99 / 210
        let page = LaidOutPage(width: 210, height: 297, items: [.rectangle(x: 21, y: 40, width: 168, height: 3, colour: .red)])
        let picture = PageThumbnail.draw(page, faces: Self.noFaces, width: 160)
        func pixel(_ x: Int, _ y: Int) -> [UInt8] { Array(picture.rgb[(y * 160 + x) * 3..<(y * 160 + x) * 3 + 3]) }
        let (left, right) = (Int((21 * scale).rounded(.up)), Int((189 * scale).rounded(.down)) - 1)
        let (top, bottom) = (Int((40 * scale).rounded(.up)), Int((43 * scale).rounded(.down)) - 1)
        XCTAssertLessThanOrEqual(top, bottom)
        for x in [left, 80, right] {
            for y in top...bottom { XCTAssertEqual(pixel(x, y), [255, 0, 0], "pixel \(x), \(y)") }
            XCTAssertEqual(pixel(x, top - 2), [255, 255, 255])
            XCTAssertEqual(pixel(x, bottom + 2), [255, 255, 255])
        }
        XCTAssertEqual(pixel(left - 2, top), [255, 255, 255])
        XCTAssertEqual(pixel(right + 2, top), [255, 255, 255])
        // 21 mm is 15.9996 px: the pixel from 15 to 16 is covered by almost nothing of it, 16 wholly.
        let edge = pixel(left - 1, top)
        XCTAssertEqual(edge[0], 255)
        XCTAssertGreaterThan(edge[1], 200)
    }

    /// A bar on a landscape table's page, in the turned frame (x up the page from its foot, y across
    /// from its left edge): 100 mm along the frame's x from 50 mm, 10 mm deep from 30 mm, stands on
    /// the page from 30 to 40 mm across and from 297 − 150 to 297 − 50 mm down.
    func testATurnedBarStandsAcrossTheTurn() {
        let page = LaidOutPage(width: 210, height: 297, items: [], turnedItems: [.rectangle(x: 50, y: 30, width: 100, height: 10, colour: .black)])
        let picture = PageThumbnail.draw(page, faces: Self.noFaces, width: 160)
        let scale = 159.99 / 210
        func ink(_ xmm: Double, _ ymm: Double) -> UInt8 {
            let (x, y) = (Int(xmm * scale), Int(ymm * scale))
            return picture.rgb[(y * 160 + x) * 3]
        }
        XCTAssertEqual(ink(35, 297 - 100), 0)      // within: from 30 to 40 across, 147 to 247 down
        XCTAssertEqual(ink(35, 297 - 160), 255)    // above it
        XCTAssertEqual(ink(35, 297 - 40), 255)     // below it
        XCTAssertEqual(ink(60, 297 - 100), 255)    // beside it
    }

    /// The chunk types of a PNG, each chunk's CRC checked (ISO 3309's CRC-32 over its type and data,
    /// PNG §5.3, reckoned here bit by bit: the decoder does not check them), after PNG's signature.
    func chunkTypes(_ png: [UInt8], file: StaticString = #filePath, line: UInt = #line) -> [String] {
        XCTAssertEqual(Array(png.prefix(8)), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], file: file, line: line)
        func crc32(_ bytes: ArraySlice<UInt8>) -> UInt32 {
            var crc: UInt32 = 0xFFFF_FFFF
            for byte in bytes {
                crc ^= UInt32(byte)
                for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
            }
            return ~crc
        }
        var at = 8, types: [String] = []
        while at + 12 <= png.count {
            let length = png[at..<at + 4].reduce(0) { $0 << 8 | Int($1) }
            guard at + 12 + length <= png.count else { break }
            let stored = png[at + 8 + length..<at + 12 + length].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
            XCTAssertEqual(stored, crc32(png[at + 4..<at + 8 + length]), file: file, line: line)
            types.append(String(decoding: png[at + 4..<at + 8], as: UTF8.self))
            at += 12 + length
        }
        XCTAssertEqual(at, png.count, "bytes after the last chunk", file: file, line: line)
        return types
    }

    /// A picture of at most 256 colours is written with a palette (colour type 3, a PLTE chunk of
    /// its colours and no more), and decodes to the very bytes drawn.
    func testAPictureOfFewColoursIsWrittenWithAPalette() throws {
        var rgb = [UInt8](repeating: 0, count: 7 * 5 * 3)
        for i in rgb.indices { rgb[i] = UInt8((i * 37 + i / 3 * 11) % 256) }
        // Three pixels of one colour: the palette holds it once.
        for pixel in [4, 20, 33] { rgb[pixel * 3..<pixel * 3 + 3] = [200, 10, 20] }
        let picture = PageThumbnail.Picture(width: 7, height: 5, rgb: rgb)
        let png = try XCTUnwrap(PageThumbnail.png(picture))
        XCTAssertEqual(chunkTypes(png), ["IHDR", "PLTE", "IDAT", "IEND"])
        XCTAssertEqual(Array(png[24..<26]), [8, 3], "8 bits, colour type 3 (a palette)")
        let paletteLength = png[33..<37].reduce(0) { $0 << 8 | Int($1) }
        XCTAssertEqual(paletteLength, 3 * (35 - 2), "35 pixels, two of them repeating a third's colour")
        let decoded = try PNGDecoder.decode(png)
        XCTAssertEqual([decoded.width, decoded.height, decoded.colours], [7, 5, 3])
        XCTAssertEqual(decoded.samples, rgb)
        XCTAssertNil(decoded.alpha)
        XCTAssertEqual(PageThumbnail.png(picture), png, "not the same bytes twice")
    }

    /// A picture of more than 256 colours is 8-bit RGB (colour type 2, no palette), its samples
    /// decoding to the very bytes drawn (the Sub filter undone).
    func testAPictureOfManyColoursIsWrittenAsRGB() throws {
        let (width, height) = (20, 13)   // 260 pixels, each its own colour
        var rgb = [UInt8](repeating: 0, count: width * height * 3)
        for pixel in 0..<width * height { rgb[pixel * 3..<pixel * 3 + 3] = [UInt8(pixel % 256), UInt8(pixel / 256), 77] }
        let picture = PageThumbnail.Picture(width: width, height: height, rgb: rgb)
        let png = try XCTUnwrap(PageThumbnail.png(picture))
        XCTAssertEqual(chunkTypes(png), ["IHDR", "IDAT", "IEND"])
        XCTAssertEqual(Array(png[24..<26]), [8, 2], "8 bits, colour type 2 (RGB)")
        let decoded = try PNGDecoder.decode(png)
        XCTAssertEqual([decoded.width, decoded.height, decoded.colours], [width, height, 3])
        XCTAssertEqual(decoded.samples, rgb)
        // 256 colours exactly still take the palette.
        let fewer = PageThumbnail.Picture(width: 16, height: 16, rgb: Array(rgb.prefix(16 * 16 * 3)))
        let fewerPNG = try XCTUnwrap(PageThumbnail.png(fewer))
        XCTAssertEqual(chunkTypes(fewerPNG), ["IHDR", "PLTE", "IDAT", "IEND"])
        XCTAssertEqual(try PNGDecoder.decode(fewerPNG).samples, fewer.rgb)
    }

    /// Colours that come and go in turn (antialiased text on paper) each keep their own palette
    /// entry: black and a near-black, white and red, alternating along rows and down columns.
    func testColoursInTurnKeepTheirEntries() throws {
        let colours: [[UInt8]] = [[0, 0, 0], [0, 4, 1], [255, 255, 255], [220, 30, 30], [0, 0, 0], [254, 255, 255]]
        let (width, height) = (9, 4)
        var rgb: [UInt8] = []
        for y in 0..<height { for x in 0..<width { rgb += colours[(x * 5 + y * 3 + x / 2) % colours.count] } }
        let picture = PageThumbnail.Picture(width: width, height: height, rgb: rgb)
        let png = try XCTUnwrap(PageThumbnail.png(picture))
        let paletteLength = png[33..<37].reduce(0) { $0 << 8 | Int($1) }
        XCTAssertEqual(paletteLength, 3 * 5, "five colours")
        XCTAssertEqual(try PNGDecoder.decode(png).samples, rgb)
    }

    /// A page no writer would take (not finite, or a sliver taller than eight widths) is drawn as a
    /// blank A4 picture, not trusted with the memory it asks for; a rule at an absurd place is
    /// passed over.
    func testAPageOfNonsenseIsDrawnBlank() {
        for (w, h) in [(Double.nan, 297.0), (210, .infinity), (0.001, 1e7), (-5, 297)] {
            let picture = PageThumbnail.draw(LaidOutPage(width: w, height: h, items: [.rectangle(x: 0, y: 0, width: 50, height: 50, colour: .black)]),
                                             faces: Self.noFaces, width: 160)
            XCTAssertEqual([picture.width, picture.height], [160, 227], "\(w) × \(h)")
            XCTAssertTrue(picture.rgb.allSatisfy { $0 == 255 }, "\(w) × \(h)")
        }
        let page = LaidOutPage(width: 210, height: 297, items: [.rectangle(x: -1e300, y: 1e300, width: .infinity, height: 2, colour: .black),
                                                                 .rectangle(x: .nan, y: 10, width: 10, height: 10, colour: .black)])
        XCTAssertTrue(PageThumbnail.draw(page, faces: Self.noFaces, width: 160).rgb.allSatisfy { $0 == 255 })
    }
}
