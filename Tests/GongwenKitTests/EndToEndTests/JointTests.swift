import XCTest
@testable import GongwenKit

/// 联合行文: the joint 版头, several 签发人, each 署名 under its own seal.
final class JointTests: XCTestCase {
    func build(_ source: String, policy: SourcePolicy = SourcePolicy()) throws -> PDFLayout {
        try XCTSkipIf(Subprocess.which("soffice") == nil, "end-to-end tier: LibreOffice is not installed (make deps)")
        let out = temporaryDirectory()
        var options = try repoBuildOptions(output: out)
        options.policy = policy
        let report = BuildRunner(options: options).run(sources: [source], progress: Progress(quiet: true))
        XCTAssertEqual(report.failed, 0, "\(report.units.map(\.diagnostics))")
        return try PDFLayout.read(pdf: out + "/pdf/" + UnitNaming.unitName(source) + ".pdf")
    }

    func testTheJointSampleStacksTheIssuersAndSealsEachName() throws {
        var layout = try build(Repo.root + "/samples/documents/联合通知.yaml")
        XCTAssertEqual(LayoutVerifier.verify(layout).map(\.description), [])
        let red = layout.pages[0].lines.filter(\.red)
        let text = red.map { $0.text.replacingOccurrences(of: " ", with: "") }
        XCTAssertEqual(text.count, 3, "\(text)")
        XCTAssertTrue(text[0].hasPrefix("中共江州市委宣传部") && text[2].hasPrefix("江州市教育局"), "主办机关 first: \(text)")
        let glyphs = red.flatMap(\.glyphs)
        let word = try XCTUnwrap(glyphs.first { $0.text == "件" })
        let names = glyphs.filter { !($0.text == "件" || ($0.text == "文" && abs($0.baseline - word.baseline) < 1 && $0.x0 > word.x0 - 20)) }
        XCTAssertGreaterThan(word.x0, names.map(\.x1).max()!, "文件 to the right of the names")
        let middle = (red.first!.baseline + red.last!.baseline) / 2
        XCTAssertEqual(word.baseline, middle, accuracy: 2, "文件 centred on the names")
        let seals = layout.pages.last!.images
        XCTAssertEqual(seals.count, 3)
        // One seal pushed onto another is found.
        let p = layout.pages.count - 1
        layout.pages[p].images[1].y0 = layout.pages[p].images[0].y1 - 5
        let found = LayoutVerifier.verify(layout).map(\.message)
        XCTAssertTrue(found.contains("two seals touch or overlap; §7.3.5.1 keeps them apart"), "\(found)")
    }

    /// Four 签发人 of an upward report: two to a line, the second line's names under the first's,
    /// the 发文字号 左空一字 on the last line, over the red separator.
    func testSeveralSignersGoTwoToALine() throws {
        let dir = temporaryDirectory()
        write("""
        header:
          mark: 中共江州市委宣传部文件
          number: 江宣〔2023〕16号
          signer: [李明远, 王志刚, 陈晓东, 刘海涛]
        title: 关于上半年工作情况的报告
        issuer: 中共江州市委宣传部
        date: 2023-07-12
        addressee: 中共江州市委
        body:
          - 现将上半年工作情况报告如下。
          - 特此报告。

        """, to: dir + "/units/report.yaml")
        let layout = try build(dir + "/units/report.yaml")
        XCTAssertEqual(LayoutVerifier.verify(layout).map(\.description), [])
        let lines = layout.pages[0].lines.filter { !$0.red }
        let first = try XCTUnwrap(lines.first { $0.text.contains("签发人") })
        let second = try XCTUnwrap(lines.first { $0.text.contains("陈晓东") })
        XCTAssertFalse(second.text.contains("签发人"), "签发人： once")
        XCTAssertTrue(second.text.contains("江宣〔2023〕16号"), "the 文号 on the last line: \(second.text)")
        let firstName = try XCTUnwrap(first.glyphs.first { $0.text == "李" })
        let secondName = try XCTUnwrap(second.glyphs.first { $0.text == "陈" })
        XCTAssertEqual(firstName.x0, secondName.x0, accuracy: 0.5, "names aligned under the first")
        XCTAssertEqual(second.x0, 28 + 156.0 / 28, accuracy: 0.6, "文号 左空一字")
        let rule = try XCTUnwrap(layout.pages[0].rules.first(where: \.red))
        XCTAssertGreaterThan(rule.y, second.bottom)
    }

    /// Short names: two seals to a row, the third alone under them, on 署名 and date.
    func testShortNamesShareARowOfSeals() throws {
        let dir = temporaryDirectory()
        let seal = Repo.root + "/samples/documents/seals/specimen-seal.png"
        write(minimalDocument + "signature:\n  names: [江州市委宣传部, 江州市教育局, 江州市文联]\n  seals: [\(seal), \(seal), \(seal)]\n", to: dir + "/units/joint.yaml")
        let layout = try build(dir + "/units/joint.yaml", policy: .unconfined)
        XCTAssertEqual(LayoutVerifier.verify(layout).map(\.description), [])
        let seals = layout.pages.last!.images.sorted { ($0.y0, $0.x0) < ($1.y0, $1.x0) }
        XCTAssertEqual(seals.count, 3)
        XCTAssertEqual(seals[0].y0, seals[1].y0, accuracy: 0.5, "the first two seals share a row")
        XCTAssertGreaterThan(seals[2].y0, seals[0].y1, "the third is in a row of its own, below")
        XCTAssertEqual((seals[2].x0 + seals[2].x1) / 2, (seals[1].x0 + seals[1].x1) / 2, accuracy: 0.5, "rows aligned on the date's seal")
        XCTAssertGreaterThan(seals[1].x0, seals[0].x1, "apart")
    }

    func testSealsMustMatchTheNames() {
        let seal = Repo.root + "/samples/documents/seals/specimen-seal.png"
        let yaml = minimalDocument + "signature:\n  names: [甲单位, 乙单位]\n  seals: [\(seal)]\n"
        XCTAssertEqual(readErrors(yaml, policy: .unconfined).map(\.description),
                       ["unit.yaml:8:10: error: seals: gives 1 seal(s) for 2 name(s) in names:; one seal per issuer"])
        XCTAssertEqual(readErrors(minimalDocument + "signature:\n  names: [甲单位]\n  seals: [a.png]\n").map(\.description),
                       ["unit.yaml:8:11: error: cannot read the seal image 'a.png': there is no such file"])
    }
}
