import Foundation
import XCTest
@testable import GongwenKit

/// The tool speaks the clerk's language (issue 27): the locale decides, the catalog translates
/// whole messages with their holes, and places and severities stay as editors read them.
final class LocalizationTests: XCTestCase {
    func testTheLocaleDecidesAsCommandLineToolsDo() {
        XCTAssertEqual(Localization.language(environment: [:]), .english)
        XCTAssertEqual(Localization.language(environment: ["LANG": "zh_CN.UTF-8"]), .chinese)
        XCTAssertEqual(Localization.language(environment: ["LANG": "C.UTF-8"]), .english)
        // LC_ALL overrides LC_MESSAGES, which overrides LANG; an empty one does not count.
        XCTAssertEqual(Localization.language(environment: ["LC_ALL": "C", "LANG": "zh_CN.UTF-8"]), .english)
        XCTAssertEqual(Localization.language(environment: ["LC_MESSAGES": "zh_CN.GB18030", "LANG": "en_US.UTF-8"]), .chinese)
        XCTAssertEqual(Localization.language(environment: ["LC_ALL": "", "LANG": "zh_TW.UTF-8"]), .chinese)
    }

    /// The matcher on a catalog written here: holes reordered, a hole that is an entry itself
    /// translated, the most specific entry first, `{{名称}}` literal, text it does not know kept.
    func testEntriesMatchWithTheirHoles() {
        let catalog = Catalog(text: """
        en: unknown key '{1}'{2}
        zh: 未知的键“{1}”{2}

        en:  (did you mean '{1}'?)
        zh: （是否应为“{1}”？）

        en: the seal
        zh: 印章

        en: {1} '{2}' is outside the source tree ({3})
        zh: {1}“{2}”不在源文件目录（{3}）之内

        en: {1} '{2}' is outside the source tree ({3}); move it into the tree
        zh: {1}“{2}”不在源文件目录（{3}）之内；请把它移入目录

        en: the template has no placeholders ({{名称}})
        zh: 模板没有占位符（{{名称}}）

        en: {1}: {2}
        zh: {1}：{2}

        """)
        XCTAssertEqual(catalog.problems, ["line 20: '{1}: {2}' is too little text to be matched"])
        XCTAssertEqual(catalog.translate("unknown key 'titel' (did you mean 'title'?)", depth: 0), "未知的键“titel”（是否应为“title”？）")
        XCTAssertEqual(catalog.translate("unknown key 'x'", depth: 0), "未知的键“x”")
        XCTAssertEqual(catalog.translate("the seal '/etc/passwd' is outside the source tree (/srv/units); move it into the tree", depth: 0),
                       "印章“/etc/passwd”不在源文件目录（/srv/units）之内；请把它移入目录")
        XCTAssertEqual(catalog.translate("the template has no placeholders ({{名称}})", depth: 0), "模板没有占位符（{{名称}}）")
        XCTAssertNil(catalog.translate("something else entirely", depth: 0))
        // A named thing and a message of its own: the name kept as written, the message translated.
        XCTAssertEqual(catalog.translate("'场次': unknown key 'x'", depth: 0), "'场次'：未知的键“x”")
        XCTAssertEqual(catalog.translate("'{{场次}}' the seal", depth: 0), "'{{场次}}'印章")
        XCTAssertNil(catalog.translate("'场次': not known", depth: 0))
        // A line of clauses: each translated, the unknown one kept.
        XCTAssertEqual(catalog.translate("the seal; other; unknown key 'a'", depth: 0), "印章；other；未知的键“a”")
    }

    func testACatalogWhoseHolesDisagreeIsRefused() {
        let catalog = Catalog(text: "en: a {1} and {2} here\nzh: 这里有 {1}\n\nen: b {1} and more\nzh: 乙 {2}\n")
        XCTAssertEqual(catalog.problems.count, 2)
        XCTAssertNil(catalog.translate("a x and y here", depth: 0))
    }

    /// The catalog the binary carries: well-formed, and it speaks to a clerk in Chinese.
    func testTheBuiltInCatalogIsWellFormed() {
        XCTAssertEqual(Localization.catalog.problems, [])
        XCTAssertGreaterThan(Localization.catalog.entries.count + Localization.catalog.exact.count, 300)
    }

    /// Every finding of the hostile corpus (the messages a clerk is likeliest to meet) has its
    /// Chinese, with its place and severity word unchanged.
    func testEveryHostileFindingIsTranslated() throws {
        let folder = Repo.root + "/Tests/GongwenKitTests/Hostile"
        var lines: [String] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: folder).filter({ $0.hasSuffix(".expected") }).sorted() {
            lines += try String(contentsOfFile: folder + "/" + name, encoding: .utf8).split(separator: "\n").map(String.init)
        }
        for name in try FileManager.default.contentsOfDirectory(atPath: folder + "/sheets").filter({ $0.hasSuffix(".expected") }).sorted() {
            lines += try String(contentsOfFile: folder + "/sheets/" + name, encoding: .utf8).split(separator: "\n").map(String.init)
        }
        XCTAssertGreaterThan(lines.count, 60)
        var untranslated: [String] = []
        for line in lines {
            let chinese = Localization.translateLine(line, to: .chinese)
            guard let marker = line.range(of: ": error: ") ?? line.range(of: ": warning: ") ?? line.range(of: ": note: ") else {
                XCTFail("not a finding: \(line)"); continue
            }
            let head = String(line[..<marker.upperBound])
            XCTAssertTrue(chinese.hasPrefix(head), "the place and severity stay: \(chinese)")
            if chinese == line { untranslated.append(line) }
        }
        XCTAssertEqual(untranslated, [], "\(untranslated.count) of \(lines.count) findings have no Chinese")
        XCTAssertEqual(Localization.translateLine(lines[0], to: .english), lines[0])
    }
}
