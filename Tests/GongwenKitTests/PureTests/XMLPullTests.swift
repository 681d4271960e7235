import XCTest
@testable import GongwenKit

final class XMLPullTests: XCTestCase {
    private func events(_ xml: String) -> (events: [String], failed: Bool) {
        guard let pull = XMLPull(Array(xml.utf8), name: "t.xml") else { return ([], true) }
        var out: [String] = []
        while let e = pull.next() {
            switch e {
            case .start: out.append("<\(pull.name) r=\(pull.attribute("r") ?? "-") t:n=\(pull.attribute("t:n") ?? "-")>")
            case .end: out.append("</\(pull.name)>")
            case .text: out.append("'\(pull.value)'")
            }
        }
        return (out, pull.failed)
    }

    func testElementsAttributesAndDecodedText() {
        let xml = #"<a xmlns:t="urn:t"><c r="A&amp;1" t:n="x&#x4E2D;"/><v>1 &lt; 2</v><w><![CDATA[<ok>]]></w></a>"#
        let (got, failed) = events(xml)
        XCTAssertFalse(failed)
        XCTAssertEqual(got, ["<a r=- t:n=->", "<c r=A&1 t:n=x中>", "</c>", "<v r=- t:n=->", "'1 < 2'", "</v>",
                             "<w r=- t:n=->", "'<ok>'", "</w>", "</a>"])
    }

    /// A document longer than one slice of the push parser: every cell arrives, in order, and text
    /// cut by a slice's end still adds up.
    func testAcrossSlices() {
        let cells = (1...20_000).map { #"<c r="\#($0)">v\#($0)</c>"# }.joined()
        let (got, failed) = events("<s>" + cells + "</s>")
        XCTAssertFalse(failed)
        XCTAssertGreaterThan(cells.utf8.count, 4 * XMLPull.slice)
        let starts = got.filter { $0.hasPrefix("<c ") }
        XCTAssertEqual(starts.count, 20_000)
        XCTAssertEqual(starts.last, "<c r=20000 t:n=->")
        var texts: [String] = [], current = ""
        for e in got {
            if e.hasPrefix("'") { current += e.dropFirst().dropLast() } else if e == "</c>" { texts.append(current); current = "" }
        }
        XCTAssertEqual(texts, (1...20_000).map { "v\($0)" })
    }

    func testMalformedAndDeclaredEntities() {
        XCTAssertTrue(events("<a><b></a>").failed)
        XCTAssertTrue(events("<a>").failed)
        // No entity can be declared: a sheet that uses one is refused, never expanded.
        XCTAssertTrue(events(#"<!DOCTYPE a [<!ENTITY e "lol">]><a>&e;&e;</a>"#).failed)
        XCTAssertNil(XMLPull([], name: "empty.xml"))
    }
}
