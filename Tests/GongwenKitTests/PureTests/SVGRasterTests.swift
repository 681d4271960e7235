import Foundation
import XCTest
@testable import GongwenKit

/// SVG seals drawn for the own engine by librsvg (`SVGRaster`): the picture's size follows the
/// seal's printed size at 600 dots an inch, its pixels are where the SVG draws (read back with
/// gongwen's PNG decoder, the one the PDF writer uses), transparent elsewhere, and an SVG librsvg
/// cannot read is an error, never an empty seal.
final class SVGRasterTests: XCTestCase {
    /// A red ring: centre (210, 210), radius 200, 12 units wide, in a 420-unit box.
    static let ring = Array(#"<svg xmlns="http://www.w3.org/2000/svg" width="42mm" height="42mm" viewBox="0 0 420 420"><circle cx="210" cy="210" r="200" fill="none" stroke="red" stroke-width="12"/></svg>"#.utf8)

    func testARingIsDrawnRedOnTransparentAtPrintResolution() throws {
        let png = try SVGRaster.png(Self.ring, widthMillimetres: 42, heightMillimetres: 42)
        let image = try PNGDecoder.decode(png)
        // 42 mm at 600 dpi: 42 / 25.4 × 600 = 992.1 → 992 pixels a side.
        XCTAssertEqual(image.width, 992)
        XCTAssertEqual(image.height, 992)
        XCTAssertEqual(image.colours, 3)
        let alpha = try XCTUnwrap(image.alpha, "the picture keeps its transparency")
        func pixel(_ x: Int, _ y: Int) -> (r: UInt8, g: UInt8, b: UInt8, a: UInt8) {
            let i = y * image.width + x
            return (image.samples[3 * i], image.samples[3 * i + 1], image.samples[3 * i + 2], alpha[i])
        }
        // 992 / 420 pixels a unit: the centre at 496, the ring's middle 200 × 992 / 420 = 472.4 from it.
        XCTAssertEqual(pixel(496, 496).a, 0, "nothing drawn inside the ring")
        XCTAssertEqual(pixel(2, 2).a, 0, "nor in the corners")
        for (x, y) in [(496 + 472, 496), (496 - 472, 496), (496, 496 + 472), (496, 496 - 472)] {
            let p = pixel(x, y)
            XCTAssertEqual(p.a, 255, "the ring at (\(x), \(y)) is opaque")
            XCTAssertEqual([p.r, p.g, p.b], [255, 0, 0], "and red")
        }
        // The same SVG, the same bytes.
        XCTAssertEqual(try SVGRaster.png(Self.ring, widthMillimetres: 42, heightMillimetres: 42), png)
    }

    /// The side follows the printed size, and is bounded however large the seal says it is.
    func testTheSizeFollowsThePrintedSizeWithinABound() throws {
        let small = try PNGDecoder.decode(try SVGRaster.png(Self.ring, widthMillimetres: 25.4, heightMillimetres: 12.7))
        XCTAssertEqual([small.width, small.height], [600, 300])
        let huge = try PNGDecoder.decode(try SVGRaster.png(Self.ring, widthMillimetres: 5000, heightMillimetres: 5000))
        XCTAssertEqual([huge.width, huge.height], [SVGRaster.maxSide, SVGRaster.maxSide])
    }

    func testWhatLibrsvgCannotReadIsAnError() {
        for bad in ["", "not xml at all", "<svg"] {
            XCTAssertThrowsError(try SVGRaster.png(Array(bad.utf8), widthMillimetres: 42, heightMillimetres: 42), "'\(bad)'") { error in
                XCTAssertTrue("\(error)".contains("the SVG seal cannot be drawn"), "\(error)")
            }
        }
    }
}
