import XCTest
@testable import GongwenKit

/// Issue 28: seal PNGs decoded for the native PDF writer. The images are written here byte by byte
/// from ISO/IEC 15948 (chunks with their CRC, a zlib stream of stored blocks, each scanline filtered
/// by the filter the test names, Adam7's pass order), so the expected pixels are the ones put in.
final class PNGDecoderTests: XCTestCase {
    // MARK: Writing PNGs from the standard

    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }

    static func be32(_ v: Int) -> [UInt8] { [UInt8(v >> 24 & 0xFF), UInt8(v >> 16 & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v & 0xFF)] }

    static func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
        let body = Array(type.utf8) + data
        return be32(data.count) + body + be32(Int(crc32(body)))
    }

    /// RFC 1950/1951: a zlib stream of stored (uncompressed) blocks.
    static func zlibStored(_ data: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [0x78, 0x01]
        var start = 0
        repeat {
            let end = min(data.count, start + 65535)
            let count = end - start
            out += [end == data.count ? 1 : 0, UInt8(count & 0xFF), UInt8(count >> 8), UInt8(~count & 0xFF), UInt8(~count >> 8 & 0xFF)]
            out += data[start..<end]
            start = end
        } while start < data.count
        var a: UInt32 = 1, b: UInt32 = 0
        for byte in data { a = (a + UInt32(byte)) % 65521; b = (b + a) % 65521 }
        return out + be32(Int(b << 16 | a))
    }

    /// One scanline filtered (PNG §9.2) with `filter`, the previous line unfiltered.
    static func filtered(_ line: [UInt8], previous: [UInt8], filter: UInt8, bytesPerPixel: Int) -> [UInt8] {
        var out: [UInt8] = [filter]
        for i in line.indices {
            let a = i >= bytesPerPixel ? Int(line[i - bytesPerPixel]) : 0
            let b = Int(previous[i])
            let c = i >= bytesPerPixel ? Int(previous[i - bytesPerPixel]) : 0
            let predictor: Int
            switch filter {
            case 1: predictor = a
            case 2: predictor = b
            case 3: predictor = (a + b) / 2
            case 4:
                let p = a + b - c
                let pa = abs(p - a), pb = abs(p - b), pc = abs(p - c)
                predictor = pa <= pb && pa <= pc ? a : (pb <= pc ? b : c)
            default: predictor = 0
            }
            out.append(UInt8((Int(line[i]) - predictor + 256) & 0xFF))
        }
        return out
    }

    /// A PNG of unfiltered scanlines `lines` (already packed), each filtered by `filters[row % count]`.
    static func png(width: Int, height: Int, depth: Int, colour: Int, lines: [[UInt8]], filters: [UInt8] = [0], bytesPerPixel: Int = 1,
                    interlaced: Bool = false, passStarts: Set<Int> = [0], extra: [[UInt8]] = [], data: [UInt8]? = nil) -> [UInt8] {
        var raw: [UInt8] = []
        var previous: [UInt8] = []
        for (i, line) in lines.enumerated() {
            // Each Adam7 pass starts with a line of zeros above it.
            if passStarts.contains(i) { previous = [UInt8](repeating: 0, count: line.count) }
            raw += filtered(line, previous: previous, filter: filters[i % filters.count], bytesPerPixel: bytesPerPixel)
            previous = line
        }
        let header = be32(width) + be32(height) + [UInt8(depth), UInt8(colour), 0, 0, interlaced ? 1 : 0]
        return [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + chunk("IHDR", header) + extra.joined()
            + chunk("IDAT", data ?? zlibStored(raw)) + chunk("IEND", [])
    }

    // MARK: Colour types and depths

    func testRGBAWithEveryFilterGivesBackItsPixels() throws {
        // 3 × 5 pixels, each scanline under another of the five filters.
        var lines: [[UInt8]] = [], rgb: [UInt8] = [], alpha: [UInt8] = []
        for y in 0..<5 {
            var line: [UInt8] = []
            for x in 0..<3 {
                let pixel: [UInt8] = [UInt8(40 * x + 7 * y), UInt8(200 - 30 * y), UInt8(13 * x * y), UInt8(x == 1 ? 0 : 255 - 20 * y)]
                line += pixel
                rgb += pixel[0..<3]
                alpha.append(pixel[3])
            }
            lines.append(line)
        }
        let image = try PNGDecoder.decode(Self.png(width: 3, height: 5, depth: 8, colour: 6, lines: lines, filters: [0, 1, 2, 3, 4], bytesPerPixel: 4))
        XCTAssertEqual(image.width, 3)
        XCTAssertEqual(image.height, 5)
        XCTAssertEqual(image.colours, 3)
        XCTAssertEqual(image.samples, rgb)
        XCTAssertEqual(image.alpha, alpha)
    }

    func testAnOpaqueImageHasNoSoftMask() throws {
        let image = try PNGDecoder.decode(Self.png(width: 2, height: 1, depth: 8, colour: 6, lines: [[1, 2, 3, 255, 4, 5, 6, 255]], bytesPerPixel: 4))
        XCTAssertEqual(image.samples, [1, 2, 3, 4, 5, 6])
        XCTAssertNil(image.alpha, "every pixel opaque: no mask")
    }

    func testAPaletteWithTransparencyGivesColoursAndOpacity() throws {
        // 2-bit indices 0 1 2 3 in one byte; the palette's four colours; tRNS for the first two only.
        let palette: [UInt8] = [255, 0, 0, 0, 255, 0, 0, 0, 255, 9, 9, 9]
        let bytes = Self.png(width: 4, height: 1, depth: 2, colour: 3, lines: [[0b00_01_10_11]],
                             extra: [Self.chunk("PLTE", palette), Self.chunk("tRNS", [0, 128])])
        let image = try PNGDecoder.decode(bytes)
        XCTAssertEqual(image.colours, 3)
        XCTAssertEqual(image.samples, palette)
        XCTAssertEqual(image.alpha, [0, 128, 255, 255], "entries past tRNS are opaque")
    }

    func testOneBitGreyIsScaledToFullRange() throws {
        // 10 pixels: 1010110000 then padding bits.
        let image = try PNGDecoder.decode(Self.png(width: 10, height: 1, depth: 1, colour: 0, lines: [[0b1010_1100, 0b0000_0000]]))
        XCTAssertEqual(image.colours, 1)
        XCTAssertEqual(image.samples, [255, 0, 255, 0, 255, 255, 0, 0, 0, 0])
        XCTAssertNil(image.alpha)
    }

    func testSixteenBitRGBKeepsTheHighByteAndItsTransparentKey() throws {
        // Two pixels; the second is the tRNS key (0x1234, 0x5678, 0x9ABC) and so transparent.
        let line: [UInt8] = [0xFF, 0x01, 0x80, 0x02, 0x00, 0x03, 0x12, 0x34, 0x56, 0x78, 0x9A, 0xBC]
        let bytes = Self.png(width: 2, height: 1, depth: 16, colour: 2, lines: [line], filters: [1], bytesPerPixel: 6,
                             extra: [Self.chunk("tRNS", [0x12, 0x34, 0x56, 0x78, 0x9A, 0xBC])])
        let image = try PNGDecoder.decode(bytes)
        XCTAssertEqual(image.samples, [0xFF, 0x80, 0x00, 0x12, 0x56, 0x9A])
        XCTAssertEqual(image.alpha, [255, 0])
    }

    func testGreyWithAlpha() throws {
        let image = try PNGDecoder.decode(Self.png(width: 2, height: 1, depth: 8, colour: 4, lines: [[10, 255, 20, 30]], bytesPerPixel: 2))
        XCTAssertEqual(image.colours, 1)
        XCTAssertEqual(image.samples, [10, 20])
        XCTAssertEqual(image.alpha, [255, 30])
    }

    func testAnInterlacedImageIsPutTogetherFromItsSevenPasses() throws {
        // 5 × 5 grey, pixel (x, y) = 10·y + x. Adam7 (PNG §8.2): pass p holds the pixels at
        // x = x0 + k·dx, y = y0 + j·dy; an empty pass has no scanlines.
        let passes = [(0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2)]
        var lines: [[UInt8]] = []
        var starts: Set<Int> = []
        for (x0, y0, dx, dy) in passes {
            starts.insert(lines.count)
            for y in stride(from: y0, to: 5, by: dy) {
                let line = stride(from: x0, to: 5, by: dx).map { UInt8(10 * y + $0) }
                if !line.isEmpty { lines.append(line) }
            }
        }
        let image = try PNGDecoder.decode(Self.png(width: 5, height: 5, depth: 8, colour: 0, lines: lines, filters: [0, 2, 4], interlaced: true, passStarts: starts))
        XCTAssertEqual(image.samples, (0..<5).flatMap { y in (0..<5).map { UInt8(10 * y + $0) } })
    }

    // MARK: Damaged images

    func testDamagedImagesAreRefusedNotGuessed() {
        let good: [[UInt8]] = [[1, 2], [3, 4]]
        // More data than the header's 2 × 2 pixels.
        let tooMuch = Self.png(width: 2, height: 2, depth: 8, colour: 0, lines: good,
                               data: Self.zlibStored([0, 1, 2, 0, 3, 4, 0, 5, 6]))
        XCTAssertThrowsError(try PNGDecoder.decode(tooMuch))
        // Less.
        let tooLittle = Self.png(width: 2, height: 2, depth: 8, colour: 0, lines: good, data: Self.zlibStored([0, 1, 2]))
        XCTAssertThrowsError(try PNGDecoder.decode(tooLittle))
        // A scanline filter the standard does not have.
        let filter = Self.png(width: 2, height: 2, depth: 8, colour: 0, lines: good, data: Self.zlibStored([0, 1, 2, 7, 3, 4]))
        XCTAssertThrowsError(try PNGDecoder.decode(filter))
        // A palette image without a palette, and an index past the palette's end.
        XCTAssertThrowsError(try PNGDecoder.decode(Self.png(width: 1, height: 1, depth: 8, colour: 3, lines: [[0]])))
        XCTAssertThrowsError(try PNGDecoder.decode(Self.png(width: 1, height: 1, depth: 8, colour: 3, lines: [[2]],
                                                            extra: [Self.chunk("PLTE", [1, 2, 3])])))
        // Truncated, and not a PNG at all.
        let whole = Self.png(width: 2, height: 2, depth: 8, colour: 0, lines: good)
        XCTAssertThrowsError(try PNGDecoder.decode(Array(whole.prefix(whole.count - 20))))
        XCTAssertThrowsError(try PNGDecoder.decode(Array("GIF89a".utf8)))
        // The well-formed one decodes.
        XCTAssertEqual(try PNGDecoder.decode(whole).samples, [1, 2, 3, 4])
    }

    /// The images this file writes are whole PNGs by the reader's own check too.
    func testTheTestImagesPassTheReadersCheck() {
        let bytes = Self.png(width: 3, height: 1, depth: 8, colour: 2, lines: [[1, 2, 3, 4, 5, 6, 7, 8, 9]], bytesPerPixel: 3)
        guard case .success(let size) = SealImageCheck.png(bytes) else { return XCTFail("not accepted: \(SealImageCheck.png(bytes))") }
        XCTAssertEqual(size.width, 3)
    }
}
