import XCTest
@testable import GongwenKit

/// The page contents written as bytes spell numbers and glyph arrays as before.
final class PDFContentBytesTests: XCTestCase {
    func spelled(_ value: Double) -> String {
        var out: [UInt8] = []
        PDFWriter.appendNum(value, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// §7.3.3's real numbers, worked by hand: three decimals at most, no trailing zeros, never "-0".
    func testNumbersAsWorkedByHand() {
        let cases: [(Double, String)] = [(0, "0"), (-0.0, "0"), (0.0004, "0"), (-0.0004, "0"), (0.0006, "0.001"), (-0.0006, "-0.001"),
                                         (0.05, "0.05"), (0.5, "0.5"), (1.5, "1.5"), (-1.5, "-1.5"), (12, "12"), (100.1, "100.1"),
                                         (0.123, "0.123"), (0.1234, "0.123"), (0.1236, "0.124"), (0.999_6, "1"), (595.276, "595.276"),
                                         (1e13, "1000000000000"), (-1e13, "-1000000000000"), (.nan, "0"), (.infinity, "0"), (0.007, "0.007"), (2.05, "2.05")]
        for (value, text) in cases { XCTAssertEqual(spelled(value), text, "\(value)") }
    }

    /// The same spelling as `num`, the String form the rest of the writer uses, over a sweep of values.
    func testTheSameSpellingAsNum() {
        var value = -1000.0
        while value < 1000 {
            XCTAssertEqual(spelled(value), PDFWriter.num(value), "\(value)")
            value += 0.0137
        }
    }
}
