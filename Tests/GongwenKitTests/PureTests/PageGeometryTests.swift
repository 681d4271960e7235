import CLibXML2
import Foundation
import XCTest
@testable import GongwenKit

/// The page as GB/T 9704-2012 states it (§5, §7.5, §8, §10), and the style sheet held to it.
final class PageGeometryTests: XCTestCase {
    let a4 = PageGeometry.a4
    let points = 25.4 / 72

    // MARK: The standard's page

    func testTheBlockIsThePageLessItsMargins() {
        XCTAssertEqual(a4.width, 210)
        XCTAssertEqual(a4.height, 297)
        XCTAssertEqual(a4.top, 37, "天头 37 mm (§5.2.2)")
        XCTAssertEqual(a4.left, 28, "订口 28 mm (§5.2.2)")
        XCTAssertEqual(a4.width - a4.left - a4.rightMargin, 156)
        XCTAssertEqual(a4.height - a4.top - a4.bottomMargin, 225)
        XCTAssertEqual(a4.rightMargin, 26)
        XCTAssertEqual(a4.bottomMargin, 35)
        XCTAssertEqual(a4.right, 184)
        XCTAssertEqual(a4.bottom, 262)
        XCTAssertEqual(a4.centre, 106)
    }

    func testTheGridFillsTheBlock() {
        XCTAssertEqual(Double(PageGeometry.charactersPerLine) * PageGeometry.character, a4.blockWidth, accuracy: 1e-9)
        XCTAssertEqual(Double(PageGeometry.linesPerPage) * PageGeometry.line, a4.blockHeight, accuracy: 1e-9)
        XCTAssertEqual(PageGeometry.character, 5.571, accuracy: 0.001)
        XCTAssertEqual(PageGeometry.line, 10.2273, accuracy: 0.0001)
        // 28 3号 characters (16 pt) would not fit: the grid character is narrower than the type.
        XCTAssertGreaterThan(28 * 16 * points, a4.blockWidth)
    }

    /// LibreOffice keeps lengths in twips: the exact line rounds up and 22 of it overrun the
    /// block; the backend's 28.95 pt is whole twips, as near as fits, and 22 of it fit.
    func testTheODFLineIsTheExactLineRoundedToTwipsThatFit() {
        let twip = points / 20
        XCTAssertEqual(PageGeometry.odfLinePoints * 20, (PageGeometry.odfLinePoints * 20).rounded(), accuracy: 1e-9, "whole twips")
        XCTAssertEqual(PageGeometry.odfLine, PageGeometry.odfLinePoints * points, accuracy: 1e-12)
        XCTAssertGreaterThan(22 * (PageGeometry.line / twip).rounded() * twip, a4.blockHeight, "exactly 225/22 mm, in twips, gives 21 lines")
        XCTAssertLessThanOrEqual(22 * PageGeometry.odfLine, a4.blockHeight)
        XCTAssertGreaterThan(23 * PageGeometry.odfLine, a4.blockHeight)
        XCTAssertLessThan(PageGeometry.line - PageGeometry.odfLine, twip)
        XCTAssertGreaterThan(PageGeometry.line, PageGeometry.odfLine)
    }

    func testTheODFCharacterKeeps28ToTheLine() {
        XCTAssertLessThanOrEqual(28 * PageGeometry.odfCharacterPoints * points, a4.blockWidth)
        XCTAssertEqual(PageGeometry.odfCharacterPoints * points, PageGeometry.character, accuracy: 0.01)
        XCTAssertEqual(ContentWriter.charPitch, PageGeometry.odfCharacterPoints)
    }

    /// §8: the landscape page is the A4 page turned; its head is the upright page's 订口.
    func testTheLandscapePageIsTheUprightPageTurned() {
        let turned = PageGeometry.landscape
        XCTAssertEqual(turned.width, 297)
        XCTAssertEqual(turned.height, 210)
        XCTAssertEqual(turned.blockWidth, 225)
        XCTAssertEqual(turned.blockHeight, 156)
        XCTAssertEqual(turned.top, a4.left)
        XCTAssertEqual(turned.left, a4.bottomMargin)
        XCTAssertEqual(turned.rightMargin, a4.top)
        XCTAssertEqual(turned.bottomMargin, a4.rightMargin)
        XCTAssertEqual(turned.turned.turned.turned, a4, "four quarter turns: upright again")
        XCTAssertTrue(LayoutVerifier.turnedBlock == (left: 35, right: 260, top: 28, bottom: 184))
    }

    func testThePageNumberAndTheMarks() {
        XCTAssertLessThan(a4.bottom + PageGeometry.pageNumberBelowBlock, a4.height, "§7.5: 7 mm below the block, on the page")
        XCTAssertEqual(PageGeometry.markBelowBlockTop, 35, "§7.2.4")
        XCTAssertEqual(PageGeometry.orderMarkBelowBlockTop, 20, "§10.2")
        XCTAssertEqual(PageGeometry.letterMarkTop, 30, "§10.1, from the page's top edge")
        XCTAssertLessThan(PageGeometry.letterMarkTop, a4.top, "a letter's mark stands above the block")
        XCTAssertEqual(PageGeometry.letterRuleRight - PageGeometry.letterRuleLeft, 170)
        XCTAssertEqual((PageGeometry.letterRuleLeft + PageGeometry.letterRuleRight) / 2, a4.centre)
        XCTAssertEqual(PageGeometry.letterLowerRuleBottom, 277)
        // The letter's lines as drawn: the lower pair (thin over thick) ends 20 mm above the bottom edge.
        let lowest = LetterWriter.rules[3]
        XCTAssertEqual(lowest.y + lowest.width / 2, PageGeometry.letterLowerRuleBottom, accuracy: 1e-9)
        XCTAssertEqual(LetterWriter.ruleLeft, 21)
        XCTAssertEqual(LetterWriter.ruleRight, 191)
    }

    func testLengthsAreSpelledAsTheODFHasThem() {
        XCTAssertEqual(PageGeometry.mm(156), "156.0mm")
        XCTAssertEqual(PageGeometry.mm(156, places: 0), "156mm")
        XCTAssertEqual(PageGeometry.mm(4.9389), "4.94mm")
        XCTAssertEqual(PageGeometry.mm(44.907, places: 3), "44.907mm")
        XCTAssertEqual(PageGeometry.mm(275.9, places: 3), "275.9mm")
    }

    // MARK: The style sheet

    func testTheStyleSheetsPageLayoutsAreThePageGeometry() throws {
        let xml = try String(contentsOfFile: Repo.root + "/styles/gongwen.xml", encoding: .utf8)
        XCTAssertEqual(Self.disagreements(xml), [])
    }

    /// The check can fail: a copy of the style sheet with one margin, or the line, changed.
    func testAStyleSheetThatMovesTheBlockIsCaught() throws {
        let xml = try String(contentsOfFile: Repo.root + "/styles/gongwen.xml", encoding: .utf8)
        for (from, to) in [(#"fo:margin-left="28mm""#, #"fo:margin-left="29mm""#),
                           (#"fo:margin-bottom="24mm""#, #"fo:margin-bottom="25mm""#),
                           (#"fo:margin-left="35mm""#, #"fo:margin-left="34mm""#),
                           (#"fo:line-height="28.95pt""#, #"fo:line-height="29pt""#),
                           (#"fo:page-width="210mm""#, #"fo:page-width="215.9mm""#)] {
            let range = try XCTUnwrap(xml.range(of: from), from)
            let changed = xml.replacingCharacters(in: range, with: to)
            XCTAssertFalse(Self.disagreements(changed).isEmpty, "\(from) → \(to) not caught")
        }
    }

    /// Where the style sheet's page layouts and line differ from `PageGeometry`, one sentence each.
    static func disagreements(_ xml: String) -> [String] {
        guard let doc = parseXML(Array(xml.utf8), name: "gongwen.xml") else { return ["not well-formed"] }
        defer { xmlFreeDoc(doc) }
        var found: [String] = []
        func differ(_ what: String, _ value: Double?, _ expected: Double, tolerance: Double = 0.001) {
            guard let value else { return found.append("\(what): missing (expected \(expected))") }
            if abs(value - expected) > tolerance { found.append("\(what): \(value), expected \(expected)") }
        }
        var checked: Set<String> = []
        for layout in elements(xmlDocGetRootElement(doc), "page-layout", ODF.style) {
            let name = attribute(layout, "name", ODF.style) ?? "?"
            guard let properties = elements(layout, "page-layout-properties", ODF.style).first else {
                found.append("\(name): no page-layout-properties")
                continue
            }
            func length(_ node: xmlNodePtr?, _ local: String, _ ns: String) -> Double? {
                node.flatMap { attribute($0, local, ns) }.flatMap(millimetres)
            }
            // A header or footer takes its height and spacing from the page's margin; LibreOffice
            // counts the spacing in a fixed height (svg:height), not in a minimum one.
            func band(_ style: String, spacing: String) -> Double {
                guard let node = elements(layout, style, ODF.style).first.flatMap({ elements($0, "header-footer-properties", ODF.style).first }) else { return 0 }
                if let fixed = length(node, "height", ODF.svg) { return fixed }
                return (length(node, "min-height", ODF.fo) ?? 0) + (length(node, spacing, ODF.fo) ?? 0)
            }
            let landscape = attribute(properties, "print-orientation", ODF.style) == "landscape"
            let page = landscape ? PageGeometry.landscape : PageGeometry.a4
            checked.insert(landscape ? "landscape" : "portrait")
            let top = length(properties, "margin-top", ODF.fo), bottom = length(properties, "margin-bottom", ODF.fo)
            differ("\(name) page width", length(properties, "page-width", ODF.fo), page.width)
            differ("\(name) page height", length(properties, "page-height", ODF.fo), page.height)
            differ("\(name) left margin", length(properties, "margin-left", ODF.fo), page.left)
            differ("\(name) right margin", length(properties, "margin-right", ODF.fo), page.rightMargin)
            if name == "GW_PageLetterFirst" {
                // §10.1 moves a letter's first block between its double lines: 22 lines as LibreOffice
                // sets them (see LetterWriter), below the upper pair and above the lower one.
                let height = page.height - (top ?? 0) - (bottom ?? 0)
                differ("\(name) block height (22 ODF lines)", height, 22 * PageGeometry.odfLine, tolerance: 0.005)
                if let top, top <= LetterWriter.rules[1].y { found.append("\(name): its block starts above the upper double line") }
                if page.height - (bottom ?? 0) >= LetterWriter.rules[2].y { found.append("\(name): its block ends below the lower double line") }
            } else {
                differ("\(name) block top (margin and header)", top.map { $0 + band("header-style", spacing: "margin-bottom") }, page.top)
                differ("\(name) bottom margin (margin and footer)", bottom.map { $0 + band("footer-style", spacing: "margin-top") }, page.bottomMargin)
            }
            // No layout grid today (a fixed line height instead); one would have to be the same page.
            if let mode = attribute(properties, "layout-grid-mode", ODF.style), mode != "none" {
                differ("\(name) grid lines", attribute(properties, "layout-grid-lines", ODF.style).flatMap(Double.init), Double(PageGeometry.linesPerPage))
                differ("\(name) grid base height", length(properties, "layout-grid-base-height", ODF.style), PageGeometry.odfLine)
            }
        }
        for orientation in ["portrait", "landscape"] where !checked.contains(orientation) { found.append("no \(orientation) page layout") }
        // Every body line is the default paragraph's fixed height: the backend's 28.95 pt; every
        // character 3号 less the letter spacing: the backend's grid character.
        if let paragraph = elements(xmlDocGetRootElement(doc), "default-style", ODF.style).first(where: { attribute($0, "family", ODF.style) == "paragraph" }) {
            let properties = elements(paragraph, "paragraph-properties", ODF.style).first
            let text = elements(paragraph, "text-properties", ODF.style).first
            differ("line height", properties.flatMap { attribute($0, "line-height", ODF.fo) }.flatMap(millimetres), PageGeometry.odfLine)
            let size = text.flatMap { attribute($0, "font-size", ODF.fo) }.flatMap(millimetres) ?? 0
            let spacing = text.flatMap { attribute($0, "letter-spacing", ODF.fo) }.flatMap(millimetres) ?? 0
            differ("character advance (font size and letter spacing)", size + spacing, PageGeometry.odfCharacterPoints * 25.4 / 72)
        } else {
            found.append("no default paragraph style")
        }
        return found
    }

    /// An ODF length in millimetres.
    static func millimetres(_ text: String) -> Double? {
        for (unit, factor) in [("mm", 1.0), ("cm", 10), ("in", 25.4), ("pt", 25.4 / 72)] where text.hasSuffix(unit) {
            return Double(text.dropLast(unit.count)).map { $0 * factor }
        }
        return nil
    }

    static func attribute(_ node: xmlNodePtr, _ local: String, _ ns: String) -> String? {
        guard let value = xmlGetNsProp(node, local, ns) else { return nil }
        defer { free(value) }
        return String(cString: value)
    }

    /// Every element named `local` in `ns` at or under `node`, in document order.
    static func elements(_ node: xmlNodePtr?, _ local: String, _ ns: String) -> [xmlNodePtr] {
        var out: [xmlNodePtr] = []
        func visit(_ node: xmlNodePtr) {
            if node.pointee.type == XML_ELEMENT_NODE, String(cString: node.pointee.name) == local,
               let href = node.pointee.ns?.pointee.href, String(cString: href) == ns {
                out.append(node)
            }
            var child = node.pointee.children
            while let c = child {
                visit(c)
                child = c.pointee.next
            }
        }
        if let node { visit(node) }
        return out
    }
}
