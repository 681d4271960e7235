import Foundation
import XCTest
import Yams
@testable import GongwenKit

/// A unit that fills a template must read exactly as the document one would get by writing its
/// values into the template's text by hand: the plain interpretation, with no template and no slots.
final class OneReadingPathTests: XCTestCase {
    /// The template's YAML with every `{{name}}` replaced by the value's text, as a person would type it.
    func baked(_ node: YAMLNode, _ values: [String: String]) -> Yams.Node {
        switch node {
        case .scalar(let scalar):
            guard scalar.string.contains("{{") else {
                let styles: [YAMLNode.Scalar.Style: Yams.Node.Scalar.Style] = [.any: .any, .plain: .plain, .singleQuoted: .singleQuoted,
                                                                              .doubleQuoted: .doubleQuoted, .literal: .literal, .folded: .folded]
                return .scalar(.init(scalar.string, .implicit, styles[scalar.style] ?? .any))
            }
            var text = ""
            for piece in Placeholders.pieces(of: scalar.string) {
                switch piece {
                case .literal(let s): text += s
                case .placeholder(let p): text += values[p.name] ?? p.token
                }
            }
            return .scalar(.init(text, .implicit, .doubleQuoted))
        case .mapping(let mapping):
            return .mapping(.init(mapping.map { (baked($0.key, [:]), baked($0.value, values)) }))
        case .sequence(let sequence):
            return .sequence(.init(sequence.map { baked($0, values) }))
        }
    }

    /// Reads `unit` (a template user) and the baked equivalent; the documents and the findings
    /// (but those about values) must be the same.
    func assertSameAsPlainInterpretation(_ unit: String, policy: SourcePolicy = SourcePolicy(), file: StaticString = #filePath, line: UInt = #line) throws {
        let read = try DocumentReader.read(path: unit, policy: policy)
        let unitSource = try YAMLSource.load(path: unit)
        guard let templateName = unitSource.root.mapping?["template"]?.string else { return XCTFail("\(unit) has no template", file: file, line: line) }
        let templatePath = templateName.hasPrefix("/") ? templateName
            : URL(fileURLWithPath: unit).deletingLastPathComponent().appendingPathComponent(templateName).path
        var template = try YAMLSource.load(path: templatePath).root
        // The unit's own document keys win, as in the unit.
        if var map = template.mapping, let own = unitSource.root.mapping {
            for (key, value) in own where DocumentReader.documentKeys.contains(key.string ?? "") { map[key] = value }
            // `fields:` says what placeholders hold; the baked text has none left.
            map["fields"] = nil
            template = .mapping(map)
        }
        let values = read.document.values.mapValues(\.description)
        let text = try Yams.serialize(node: baked(template, values), allowUnicode: true)
        let dir = temporaryDirectory()
        write(text, to: dir + "/baked.yaml")
        let plain = try DocumentReader.read(path: dir + "/baked.yaml", policy: .unconfined)
        var document = read.document
        document.values = [:]
        XCTAssertEqual(document, plain.document, "\(unit) reads differently from its values written into the template", file: file, line: line)
        // A typography note names the line where its text was typed (a value's in the unit): the
        // same changes, grouped by line, so they are compared one by one.
        func findings(_ r: ReadResult) -> [String] {
            r.diagnostics.filter { !$0.message.contains("is not used by the template") }.flatMap { d -> [String] in
                guard d.message.hasPrefix("typography: ") else { return ["\(d.severity): \(d.message)"] }
                return d.message.dropFirst("typography: ".count).components(separatedBy: ", ").flatMap { change -> [String] in
                    let parts = change.components(separatedBy: " ×")
                    return Array(repeating: "typography: " + parts[0], count: parts.count > 1 ? Int(parts[1]) ?? 1 : 1)
                }
            }.sorted()
        }
        XCTAssertEqual(findings(read), findings(plain), "\(unit)", file: file, line: line)
    }

    func testEverySampleUnitReadsAsItsPlainInterpretation() throws {
        XCTAssertEqual(Repo.sampleUnits.count, 10)
        for unit in Repo.sampleUnits { try assertSameAsPlainInterpretation(unit) }
        try assertSameAsPlainInterpretation(Repo.root + "/samples/documents/红头通知（套打）.yaml")
    }

    /// Values chosen to trip typography, slots and trimming: half-width punctuation, 。 at the end,
    /// spaces, private-use characters (the old in-band slot markers), astral characters, numbers.
    func testGeneratedUnitsReadAsTheirPlainInterpretation() throws {
        let pool: [String] = ["\"甲县\"", "\"好。\"", "\"(新)\"", "\"a,b\"", "\"甲县(新)声音\"", "\"\u{F0000}\u{F0001}\"", "\"𠮷野家\"",
                              "\"\"", "\"  空格  \"", "\"；\"", "\"“引号”\"", "\"\\\"直引号\\\"\"", "\"100\"", "12", "-5", "2.5", "0x1F",
                              "1e3", "true", "\"🎉\"", "\"句号。。\"", "\"第1\"", "\"！\""]
        // The sample template without its `fields:`, so that any text may stand where it wants a number.
        let sample = try String(contentsOfFile: Repo.root + "/samples/templates/half-year-summary.yaml", encoding: .utf8)
        let untyped = sample.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("fields:") && !($0.hasPrefix("  ") && $0.hasSuffix(": integer") || $0.hasSuffix(": text") || $0.hasSuffix(": number") || $0.hasSuffix(": date")) }
            .joined(separator: "\n")
        XCTAssertFalse(untyped.contains("fields:"))
        let root = temporaryDirectory()
        let template = root + "/templates/half-year-summary.yaml"
        write(untyped, to: template)
        let names = Set(untyped.matches(of: /\{\{([^}]+)\}\}/).map { String($0.1) })
        XCTAssertEqual(names.count, 73)
        var random = SplitMix64(seed: 9704)
        let dir = root + "/units"
        for n in 0..<25 {
            var yaml = "template: \(template)\nvalues:\n"
            for name in names.sorted() {
                let value = name == "成文日期" ? "2023-07-1\(n % 10)" : pool[Int(random.next() % UInt64(pool.count))]
                yaml += "  \(name): \(value)\n"
            }
            write(yaml, to: "\(dir)/u\(n).yaml")
            try assertSameAsPlainInterpretation("\(dir)/u\(n).yaml")
        }
    }

    /// Was `。。` when the compiled template decided on the 。 before the value was in.
    func testRunInHeadingEndingInAValueThatEndsWithAFullStop() throws {
        let dir = temporaryDirectory()
        write("title: t\nissuer: i\ndate: 2023-07-10\nbody:\n  - heading: \"{{标题}}\"\n    text: 正文。\n", to: dir + "/templates/t.yaml")
        write("template: ../templates/t.yaml\nvalues:\n  标题: 理论学习走深走实。\n", to: dir + "/units/a.yaml")
        write("template: ../templates/t.yaml\nvalues:\n  标题: 理论学习走深走实\n", to: dir + "/units/b.yaml")
        guard case .section(let a) = try DocumentReader.read(path: dir + "/units/a.yaml").document.body[0],
              case .section(let b) = try DocumentReader.read(path: dir + "/units/b.yaml").document.body[0] else { return XCTFail("no heading") }
        XCTAssertEqual(a.heading, "理论学习走深走实。")
        XCTAssertEqual(b.heading, "理论学习走深走实。")
    }

    /// U+F0000… were the slot markers; now they are text like any other.
    func testPrivateUseCharactersInATemplateStayText() throws {
        let dir = temporaryDirectory()
        write("title: \"标题\u{F0000}{{名}}\u{F0001}\"\nissuer: i\ndate: 2023-07-10\nbody:\n  - 正文。\n", to: dir + "/templates/t.yaml")
        write("template: ../templates/t.yaml\nvalues:\n  名: 甲县\n", to: dir + "/units/a.yaml")
        XCTAssertEqual(try DocumentReader.read(path: dir + "/units/a.yaml").document.title, "标题\u{F0000}甲县\u{F0001}")
    }

    /// A value's half-width punctuation is mended, and the note says so (it was lost on the fast
    /// path), at the unit's line that holds the value, where it can be mended (issue 27.6).
    func testTypographyNotesAboutValuesAreKept() throws {
        let dir = temporaryDirectory()
        write("title: t\nissuer: i\ndate: 2023-07-10\nbody:\n  - 打造{{品牌}}品牌。\n", to: dir + "/templates/t.yaml")
        write("template: ../templates/t.yaml\nvalues:\n  品牌: 甲县(新)声音\n", to: dir + "/units/a.yaml")
        let read = try DocumentReader.read(path: dir + "/units/a.yaml")
        XCTAssertEqual(read.document.body, [.paragraph(Paragraph(text: "打造甲县（新）声音品牌。"))])
        XCTAssertEqual(read.diagnostics.map(\.description), ["\(dir)/units/a.yaml:3:3: note: typography: '(…)' → '（…）'"])
    }

    func testYAMLCoreSchemaTyping() throws {
        func value(_ plain: String) throws -> Value {
            guard let scalar = try YAMLComposer.compose("v: \(plain)\n")?.mapping?["v"]?.scalar else { throw XCTSkip("pure tier: no scalar") }
            return Value(scalar: scalar)
        }
        XCTAssertEqual(try value("1e3").description, "1000")
        XCTAssertEqual(try value("0x1F"), .integer(31))
        XCTAssertEqual(try value("0o17"), .integer(15))
        XCTAssertEqual(try value("+5"), .integer(5))
        XCTAssertEqual(try value("007"), .integer(7))
        XCTAssertEqual(try value("\"007\""), .string("007"))
        XCTAssertEqual(try value("True"), .boolean(true))
        XCTAssertEqual(try value("~"), .null)
        XCTAssertEqual(try value("NULL"), .null)
        XCTAssertEqual(try value(".5"), .decimal(0.5))
        XCTAssertEqual(try value("1_000"), .string("1_000"), "underscores are YAML 1.1, not 1.2")
        XCTAssertEqual(try value(".inf"), .unprintableNumber(".inf"))
        XCTAssertEqual(try value("99999999999999999999"), .unprintableNumber("99999999999999999999"))
        XCTAssertEqual(try value("2023-07-10"), .date(OfficialDate(year: 2023, month: 7, day: 10)!))
        XCTAssertNotNil(Value.decimal(1e300).unprintable)
        XCTAssertNil(Value.decimal(2.5).unprintable)
    }

    func testHeadingNumeralsBeyondNinetyNine() {
        let expected = [1: "一", 10: "十", 11: "十一", 20: "二十", 99: "九十九", 100: "一百", 101: "一百零一", 110: "一百一十",
                        999: "九百九十九", 1000: "一千", 1001: "一千零一", 1010: "一千零一十", 10000: "一万", 10010: "一万零一十",
                        100000: "十万", 120034: "十二万零三十四", 100000001: "一亿零一"]
        for (n, numeral) in expected { XCTAssertEqual(Numbering.chineseNumeral(n), numeral, "\(n)") }
        XCTAssertEqual(Numbering.heading(level: 1, index: 100), "一百、")
        XCTAssertEqual(Numbering.heading(level: 2, index: 101), "（一百零一）")
    }

    /// Each placeholder's place was found by splitting the whole file again: 16.6 s for a few
    /// thousand. Linear now; this template has 6,000.
    func testSixThousandPlaceholdersReadQuickly() throws {
        let dir = temporaryDirectory()
        let line = (0..<60).map { "{{v\($0)}}" }.joined(separator: "，")
        let body = (0..<100).map { _ in "  - \"" + line + "。\"\n" }.joined()
        write("title: t\nissuer: i\ndate: 2023-07-10\nbody:\n" + body, to: dir + "/templates/t.yaml")
        write("template: ../templates/t.yaml\nvalues:\n" + (0..<60).map { "  v\($0): \($0)\n" }.joined(), to: dir + "/units/a.yaml")
        let started = Date()
        let read = try DocumentReader.read(path: dir + "/units/a.yaml")
        let seconds = Date().timeIntervalSince(started)
        XCTAssertEqual(read.document.body.count, 100)
        XCTAssertEqual(read.document.body.last, .paragraph(Paragraph(text: (0..<60).map(String.init).joined(separator: "，") + "。")))
        XCTAssertLessThan(seconds, 2.0, "6,000 placeholders read in \(seconds) s")
    }
}

/// A small fixed-seed generator: the same units on every machine.
struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
}
