import XCTest
@testable import GongwenKit

final class ReaderErrorTests: XCTestCase {
    func testYAMLSyntaxErrorHasLineAndColumn() {
        let errors = readErrors("title: a\nissuer: [unclosed\ndate: 2023-07-10\n", path: "bad.yaml")
        XCTAssertEqual(errors.first?.severity, .error)
        XCTAssertEqual(errors.first?.location?.file, "bad.yaml")
        XCTAssertEqual(errors.first?.location?.line, 3)
        XCTAssertTrue(errors.first!.description.hasPrefix("bad.yaml:3:"), errors.first!.description)
        XCTAssertTrue(errors.first!.description.contains(": error: YAML syntax"))
    }

    /// libyaml's "mapping values are not allowed in this context" is said as what the clerk did
    /// (issue 27.5): a colon and a space inside unquoted text; at the colon, with the mend.
    func testAColonInUnquotedTextIsSaidAsWhatWasTyped() {
        let errors = readErrors("title: a\nissuer: b\ndate: 2023-07-10\nbody:\n  - 一是时间: 上半年，地点: 东湖\n", path: "colon.yaml")
        XCTAssertEqual(errors.map(\.description), [
            "colon.yaml:5:17: error: a colon and a space (': ') inside unquoted text start a new key in YAML, which cannot stand here; "
                + "quote the whole text (\"…\") or write the full-width colon '：' (YAML: mapping values are not allowed in this context)",
        ])
    }

    func testWrongTypeIsReportedAtTheValue() {
        let yaml = minimalDocument.replacingOccurrences(of: "title: 测试单位工作总结", with: "title:\n  - 列表")
        let errors = readErrors(yaml)
        XCTAssertEqual(errors.map(\.description), ["unit.yaml:2:3: error: title must be text, not a list"])
    }

    func testMissingKeyAndUnknownKeyWithSuggestion() {
        let errors = readErrors("title: 标题\nissuer: 单位\nbodyy:\n  - 文字\n")
        XCTAssertEqual(errors.first?.description, "unit.yaml:3:1: error: unknown key 'bodyy'; did you mean 'body'?")
        let missing = readErrors("title: 标题\nissuer: 单位\nbody:\n  - 文字\n")
        XCTAssertEqual(missing.map(\.description), ["unit.yaml:1:1: error: missing required key 'date'"])
    }

    func testBadDate() {
        let errors = readErrors(minimalDocument.replacingOccurrences(of: "2023-07-10", with: "2023-02-30"))
        XCTAssertEqual(errors.first?.description, "unit.yaml:3:7: error: '2023-02-30' is not a date; write it as 2023-07-10")
    }

    func testHeadingsNestFourDeepAtMost() {
        var yaml = minimalDocument
        var indent = "  "
        for level in 1...5 {
            yaml += "\(indent)- heading: 第\(level)级\n\(indent)  body:\n"
            indent += "    "
        }
        yaml += "\(indent)- 正文\n"
        let errors = readErrors(yaml)
        XCTAssertEqual(errors.count, 1)
        XCTAssertTrue(errors[0].description.contains("would be level 5"), errors[0].description)
        XCTAssertEqual(errors[0].location?.line, 14)
    }

    func testEscapedControlCharacterIsAClearError() {
        let errors = readErrors(minimalDocument + "  - \"响铃\\a字符\"\n")
        XCTAssertEqual(errors.first?.location?.line, 6)
        XCTAssertTrue(errors.first?.message.contains("U+0007") == true, "\(errors)")
    }

    func testRawControlCharacterIsAClearError() {
        let errors = readErrors(minimalDocument + "  - 退格\u{8}字符\n")
        XCTAssertEqual(errors.first?.location?.line, 6)
        XCTAssertEqual(errors.first?.location?.column, 7)
        XCTAssertTrue(errors.first?.description.contains("error:") == true, "\(errors)")
    }

    func testSeveralErrorsAreAllReported() {
        let errors = readErrors("title: [1]\nissuer: {a: b}\ndate: 2023-07-10\nbody: 文字\n")
        XCTAssertEqual(errors.filter { $0.severity == .error }.map { $0.location!.line }, [1, 2, 4])
    }
}

final class RunInHeadingTests: XCTestCase {
    func testRunInHeadingGetsItsFullStop() throws {
        let yaml = minimalDocument + "  - heading: 工作目标\n    text: 到2025年，体系更加健全。\n  - heading: 已有句号。\n    text: 正文。\n"
        let result = try DocumentReader.read(text: yaml, path: "u.yaml")
        let headings = result.document.body.compactMap { block -> String? in
            if case .section(let s) = block { return s.heading } else { return nil }
        }
        XCTAssertEqual(headings, ["工作目标。", "已有句号。"])
        XCTAssertEqual(result.diagnostics.filter { $0.message.contains("'。' added") }.map { $0.location?.line }, [6])
    }
}
