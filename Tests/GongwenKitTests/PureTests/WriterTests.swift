import CLibXML2
import XCTest
@testable import GongwenKit

final class WriterTests: XCTestCase {
    /// Text of every text:p / text:h in content.xml, as libxml2 reads it back (entities resolved).
    func paragraphs(_ bytes: [UInt8]) -> [String] {
        let doc = bytes.withUnsafeBufferPointer { buf in
            buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buf.count) { xmlReadMemory($0, Int32(buf.count), "content.xml", "UTF-8", 0) }
        }
        guard let doc else { XCTFail("content.xml is not well-formed"); return [] }
        defer { xmlFreeDoc(doc) }
        var found: [String] = []
        func walk(_ node: xmlNodePtr?) {
            var n = node
            while let current = n {
                let name = current.pointee.name.map { String(cString: $0) } ?? ""
                if current.pointee.type == XML_ELEMENT_NODE && (name == "p" || name == "h") {
                    let content = xmlNodeGetContent(current)
                    found.append(content.map { String(cString: $0) } ?? "")
                    free(content)
                } else {
                    walk(current.pointee.children)
                }
                n = current.pointee.next
            }
        }
        walk(xmlDocGetRootElement(doc))
        return found
    }

    func document(_ body: [Block], title: String = "标题") -> Document {
        Document(title: title, issuer: "中共测试县委宣传部", date: OfficialDate(year: 2023, month: 7, day: 10)!,
                 body: body, signature: Signature(name: "中共测试县委宣传部"))
    }

    func testSpecialCharactersSurviveTheRoundTrip() throws {
        let tricky = #"A&B <tag> "双引号" 'single' 😀 𠮷野家 ①"#
        let bytes = try ContentWriter.write(document([.paragraph(Paragraph(text: tricky))], title: "标题&<>"))
        let text = String(decoding: bytes, as: UTF8.self)
        XCTAssertTrue(text.contains("A&amp;B &lt;tag&gt;"), text)
        XCTAssertFalse(text.contains("<tag>"))
        let read = paragraphs(bytes)
        XCTAssertTrue(read.contains(tricky), "\(read)")
        XCTAssertEqual(read.first, "标题&<>")
    }

    func testSpacesTabsAndLineBreaksUseODFElements() throws {
        let bytes = try ContentWriter.write(document([.paragraph(Paragraph(text: "甲  乙\t丙\n丁 戊"))]))
        let text = String(decoding: bytes, as: UTF8.self)
        XCTAssertTrue(text.contains(#"甲<text:s text:c="2"/>乙<text:tab/>丙<text:line-break/>丁 戊"#), text)
    }

    func testWriterRefusesControlCharactersInsteadOfWritingABrokenFile() {
        XCTAssertThrowsError(try ContentWriter.write(document([.paragraph(Paragraph(text: "a\u{1}b"))])))
    }

    func testWriterRefusesNoncharactersButKeepsFullWidthPunctuation() throws {
        // U+FFFE and U+FFFF (EF BF BE, EF BF BF) at the end, where the scan's look-ahead stops, and inside.
        XCTAssertThrowsError(try ContentWriter.write(document([.paragraph(Paragraph(text: "甲\u{FFFF}"))])))
        XCTAssertThrowsError(try ContentWriter.write(document([.paragraph(Paragraph(text: "甲\u{FFFE}乙"))])))
        // Full-width punctuation, U+FFFD and U+FFBF share the lead byte EF and are text XML carries.
        let kept = "一、甲，乙：丙（丁）\u{FFFD}\u{FFBF}"
        let bytes = try ContentWriter.write(document([.paragraph(Paragraph(text: kept))]))
        XCTAssertTrue(paragraphs(bytes).contains(kept))
    }

    func testOneScanAnswersTheWritersThreeQuestions() {
        XCTAssertEqual(TextBytes(of: "全角，标点：“引号”").rawValue, 0)
        XCTAssertEqual(TextBytes(of: "甲 乙"), .whitespace)
        XCTAssertEqual(TextBytes(of: "甲\t乙\n"), .whitespace)
        XCTAssertEqual(TextBytes(of: "a&b"), .escaped)
        XCTAssertEqual(TextBytes(of: "<\""), .escaped)
        XCTAssertEqual(TextBytes(of: "a\rb"), [.whitespace, .escaped])
        XCTAssertEqual(TextBytes(of: "a\u{1}b"), .nonXML)
        XCTAssertEqual(TextBytes(of: "\u{FFFF}"), .nonXML)
        XCTAssertEqual(TextBytes(of: "x\u{FFFE} &"), [.nonXML, .whitespace, .escaped])
        XCTAssertEqual(TextBytes(of: "\u{FFBD}\u{EFBF}").rawValue, 0)
    }

    func testTheScanFindsEveryKindOfByteAtEveryPlaceOfAWord() {
        // The scan reads eight bytes at a time: each byte that matters, at each offset, inside
        // Chinese text, ASCII and full-width punctuation, against the rule written out plainly.
        let specials: [Unicode.Scalar] = [" ", "\t", "\n", "\r", "&", "<", ">", "\"", "\u{1}", "\u{1F}", "\u{FFFE}", "\u{FFFF}", "，", "\u{FFFD}", "'", "=", "?"]
        let fillers = ["宣传思想文化工作总结", "abcdefghijklmnopqrstuvwx", "（一）：，；！（二）：，"]
        for filler in fillers {
            let scalars = Array(filler.unicodeScalars)
            for special in specials {
                for place in 0...scalars.count {
                    var text = String.UnicodeScalarView()
                    text.append(contentsOf: scalars[..<place])
                    text.append(special)
                    text.append(contentsOf: scalars[place...])
                    let value = String(text)
                    var expected: TextBytes = []
                    for s in value.unicodeScalars {
                        if [" ", "\t", "\n", "\r"].contains(s) { expected.insert(.whitespace) }
                        if ["&", "<", ">", "\"", "\r"].contains(s) { expected.insert(.escaped) }
                        if (s.value < 0x20 && ![0x09, 0x0A, 0x0D].contains(s.value)) || s.value == 0xFFFE || s.value == 0xFFFF { expected.insert(.nonXML) }
                    }
                    XCTAssertEqual(TextBytes(of: value), expected, "\(special.value) at \(place) in \(filler)")
                }
            }
        }
    }

    func testHeadingsAreNumberedFromTheirOrder() throws {
        let body: [Block] = [
            .section(Section(heading: "甲", body: [
                .section(Section(heading: "乙", runIn: Paragraph(text: "正文。", points: ["第一点；", "第二点。"]))),
                .section(Section(heading: "丙", body: [
                    .section(Section(heading: "丁", body: [.section(Section(heading: "戊"))])),
                    .section(Section(heading: "己")),
                ])),
            ])),
            .section(Section(heading: "庚", body: [.items(["问题一；", "问题二。"])])),
        ]
        let read = paragraphs(try ContentWriter.write(document(body)))
        XCTAssertEqual(Array(read.dropFirst(2).prefix(8)), [
            "一、甲", "（一）乙正文。一是第一点；二是第二点。", "（二）丙", "1.丁", "（1）戊", "2.己", "二、庚", "一是问题一；",
        ])
    }

    func testSignatureLayoutFollowsTheStandard() {
        var doc = document([])
        // 9-character name, 6.5-unit date (digits are half-width): name 右空二字, date starts two
        // characters right of the name's first character.
        XCTAssertEqual(SignatureLayout(document: doc), SignatureLayout(signatureRight: 2, dateRight: 2.5))
        doc.signature.name = "测试局"
        // A date longer than the name: date 右空二字, the name moves left to keep the offset.
        XCTAssertEqual(SignatureLayout(document: doc), SignatureLayout(signatureRight: 7.5, dateRight: 2))
        doc.signature.sealed = true
        XCTAssertEqual(SignatureLayout(document: doc), SignatureLayout(signatureRight: 5.75, dateRight: 4))
    }

    func testMetaCarriesTitleUnitAndReproducibleDates() throws {
        let doc = document([], title: "青山县工作总结")
        let meta = String(decoding: try MetaWriter.write(doc, generator: "gongwen/test", sourceDateEpoch: 1_700_000_000), as: UTF8.self)
        XCTAssertTrue(meta.contains("<dc:title>青山县工作总结</dc:title>"))
        XCTAssertTrue(meta.contains("<dc:creator>中共测试县委宣传部</dc:creator>"))
        XCTAssertTrue(meta.contains("<meta:creation-date>2023-07-10T00:00:00</meta:creation-date>"))
        XCTAssertTrue(meta.contains("<dc:date>2023-11-14T22:13:20</dc:date>"), meta)
        // A title's explicit line breaks (|) are not part of its name.
        let broken = String(decoding: try MetaWriter.write(document([], title: "青山县|工作总结"), generator: "g", sourceDateEpoch: nil), as: UTF8.self)
        XCTAssertTrue(broken.contains("<dc:title>青山县工作总结</dc:title>"), broken)
    }

    /// The binary carries styles/ itself (resources linked to it), not a copy that could drift.
    func testBuiltInStylesAreTheStylesFolder() throws {
        XCTAssertEqual(BuiltInStyles.xml, try String(contentsOfFile: Repo.root + "/styles/gongwen.xml", encoding: .utf8))
        XCTAssertEqual(BuiltInFontConfig.xml, try String(contentsOfFile: Repo.root + "/styles/fonts.conf", encoding: .utf8))
    }
}
