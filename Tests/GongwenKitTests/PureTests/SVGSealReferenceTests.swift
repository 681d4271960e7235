import CLibXML2
import XCTest
@testable import GongwenKit

/// An SVG seal's drawing counted with every reference standing for a copy of what it names, as
/// librsvg draws it (`SealImageCheck.svgDrawnElements`): the counts below are worked out by hand
/// from each SVG, element by element.
final class SVGSealReferenceTests: XCTestCase {
    func count(_ svg: String, file: StaticString = #filePath, line: UInt = #line) throws -> Int? {
        let doc = try XCTUnwrap(parseXML(Array(svg.utf8), name: "seal.svg"), "not well-formed", file: file, line: line)
        defer { xmlFreeDoc(doc) }
        return SealImageCheck.svgDrawnElements(in: doc)
    }

    /// A group of ten uses of a circle, used ten times: circle 1, use of it 2, the group 1 + 10 × 2 =
    /// 21, use of the group 22, defs 1 + 1 + 21 = 23, the svg 1 + 23 + 10 × 22 = 244. Shared, not a cycle.
    func testUsesOfUsesAreCountedAsCopies() throws {
        let uses = String(repeating: ##"<use href="#c"/>"##, count: 10)
        let groups = String(repeating: ##"<use href="#g"/>"##, count: 10)
        XCTAssertEqual(try count(##"<svg><defs><circle id="c"/><g id="g">\##(uses)</g></defs>\##(groups)</svg>"##), 244)
    }

    /// href without a namespace wins over xlink:href, as in librsvg: the use copies the group of
    /// three (1 + 4 = 5), not the circle; the svg 1 + 1 + 4 + 5 = 11 (8 had it followed the circle).
    func testPlainHrefWinsOverXlinkHref() throws {
        let svg = ##"<svg xmlns:xlink="http://www.w3.org/1999/xlink"><circle id="a"/><g id="b"><circle/><circle/><circle/></g><use xlink:href="#a" href="#b"/></svg>"##
        XCTAssertEqual(try count(svg), 11)
        // An href in another namespace is not a reference at all: 1 + 1 + 1.
        XCTAssertEqual(try count(##"<svg xmlns:foo="urn:x-foo"><circle id="a"/><use foo:href="#a"/></svg>"##), 3)
    }

    /// The first element of an id in document order is the one named (the deep rect: its use 2), and
    /// an id in another namespace names nothing: 1 + 3 + 3 + 2 = 9; then 1 + 1 + 1 = 3.
    func testIdsAreTakenAsLibrsvgTakesThem() throws {
        XCTAssertEqual(try count(##"<svg><g><g><rect id="x"/></g></g><g id="x"><circle/><circle/></g><use href="#x"/></svg>"##), 9)
        XCTAssertEqual(try count(##"<svg xmlns:foo="urn:x-foo"><rect foo:id="y"/><use href="#y"/></svg>"##), 3)
    }

    /// Patterns that fill ten rects each with the pattern below: 10⁹ rects drawn from 10 patterns.
    func testAPatternThatMultipliesItselfThroughUrlIsCountedPastTheBound() throws {
        var defs = ##"<pattern id="p0"><rect/></pattern>"##
        for level in 1...9 {
            defs += ##"<pattern id="p\##(level)">"## + String(repeating: ##"<rect fill="url(#p\##(level - 1))"/>"##, count: 10) + "</pattern>"
        }
        let drawn = try XCTUnwrap(try count(##"<svg><defs>\##(defs)</defs><rect style="fill: url('#p9')"/></svg>"##))
        XCTAssertGreaterThan(drawn, SealImageCheck.svgMaxDrawnElements)
    }

    func testAReferenceBackToItselfIsACycle() throws {
        XCTAssertNil(try count(##"<svg><pattern id="p"><rect fill="url(#p)"/></pattern><rect fill="url(#p)"/></svg>"##))
        XCTAssertNil(try count(##"<svg><g id="a"><use href="#b"/></g><g id="b"><use href="#a"/></g></svg>"##))
        // A plain drawing: the svg, a circle, a path, a text.
        XCTAssertEqual(try count(##"<svg><circle/><path d="M0 0"/><text>印</text></svg>"##), 4)
    }
}
