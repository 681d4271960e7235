import Foundation
import XCTest
@testable import GongwenKit

/// Every file in Hostile/ is an input an attacker or a careless editor could send, kept with the
/// exact findings it must get (`<name>.expected`). A first line `# limits: nodes=50 …` lowers the
/// limits for that file, so the cases stay small.
final class HostileInputTests: XCTestCase {
    static let folder = Repo.root + "/Tests/GongwenKitTests/Hostile"

    func findings(_ path: String) -> [String] {
        var limits = SourcePolicy.Limits()
        if let head = try? String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").first, head.hasPrefix("# limits:") {
            for setting in head.dropFirst("# limits:".count).split(separator: " ") {
                let pair = setting.split(separator: "=")
                guard pair.count == 2, let n = Int(pair[1]) else { continue }
                switch pair[0] {
                case "nodes": limits.nodes = n
                case "textBytes": limits.textBytes = n
                case "sourceBytes": limits.sourceBytes = n
                default: XCTFail("unknown limit \(pair[0]) in \(path)")
                }
            }
        }
        let policy = SourcePolicy(root: Self.folder, limits: limits)
        let diagnostics: [Diagnostic]
        do { diagnostics = try DocumentReader.read(path: path, policy: policy).diagnostics } catch { diagnostics = error.diagnostics }
        let resolved = URL(fileURLWithPath: Self.folder).resolvingSymlinksInPath().path
        return diagnostics.map { $0.description.replacingOccurrences(of: resolved, with: "Hostile").replacingOccurrences(of: Self.folder, with: "Hostile") }
    }

    func testEveryHostileInputGetsItsExactFindings() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder).filter { $0.hasSuffix(".yaml") }.sorted()
        XCTAssertGreaterThanOrEqual(names.count, 60)
        let record = ProcessInfo.processInfo.environment["GONGWEN_RECORD_HOSTILE"] == "1"
        for name in names {
            let path = Self.folder + "/" + name
            let got = findings(path).joined(separator: "\n") + "\n"
            let expectedPath = path.replacingOccurrences(of: ".yaml", with: ".expected")
            if record && !FileManager.default.fileExists(atPath: expectedPath) {
                try got.write(toFile: expectedPath, atomically: true, encoding: .utf8)
            }
            let expected = try? String(contentsOfFile: expectedPath, encoding: .utf8)
            XCTAssertEqual(got, expected, "\(name): findings differ from \(expectedPath)")
            // Nothing of a file that is not a source is ever echoed.
            for secret in ["hunter2", "s3cr3t", "root:x", "secret"] {
                XCTAssertFalse(got.contains(secret), "\(name) echoes '\(secret)': \(got)")
            }
        }
    }
}

/// The fuzz target must really reach the writer: a sample run through it gives the document a build gives.
final class FuzzEntryTests: XCTestCase {
    func testFuzzEntryBuildsTheSampleBothWays() throws {
        let unit = Repo.samples + "/青山县.yaml"
        let read = try DocumentReader.read(path: unit)
        let expected = try OdtPackager.package(parts: try OdtDocumentWriter.parts(for: read.document, styles: .builtIn, sourceDateEpoch: nil),
                                               timestamp: read.document.date.epochSeconds).count
        let unitBytes = Array(try String(contentsOfFile: unit, encoding: .utf8).utf8)
        XCTAssertEqual(try OdtDocumentWriter.fuzzOnce(source: unitBytes, path: unit, policy: SourcePolicy()), expected)
        let template = Array(try String(contentsOfFile: Repo.root + "/samples/templates/half-year-summary.yaml", encoding: .utf8).utf8)
        let pair = template + Array(OdtDocumentWriter.fuzzTemplateSeparator.utf8) + unitBytes
        XCTAssertEqual(try OdtDocumentWriter.fuzzOnce(source: pair, path: unit, policy: SourcePolicy()), expected)
    }

    /// The sheet seeds reach the rows: every sample unit read from each (body blocks counted by hand:
    /// the sample summary has 4 top-level blocks, ten units).
    func testFuzzEntryReadsTheSheetSeeds() throws {
        let template = Repo.root + "/samples/templates/half-year-summary.yaml"
        let xlsx = Array(try XCTUnwrap(FileManager.default.contents(atPath: Repo.root + "/samples/figures.xlsx")))
        XCTAssertEqual(OdtDocumentWriter.fuzzSheet(xlsx, template: template, policy: SourcePolicy(root: "/")), 40)
        let csv = Array(OdtDocumentWriter.fuzzCSVMarker.utf8) + Array(try XCTUnwrap(FileManager.default.contents(atPath: Repo.fixtures + "/sheets/figures-gbk.csv")))
        XCTAssertEqual(OdtDocumentWriter.fuzzSheet(csv, template: template, policy: SourcePolicy(root: "/")), 40)
        XCTAssertEqual(OdtDocumentWriter.fuzzSheet(Array("title: t".utf8), template: template, policy: SourcePolicy()), -1)
    }

    /// The seal seeds reach the seal check: the specimen seal is taken whole (its bytes back), a
    /// truncated one and an SVG that refers outside itself are refused, other input is not a seal.
    func testFuzzEntryChecksSeals() throws {
        let marker = Array(OdtDocumentWriter.fuzzSealMarker.utf8)
        let specimen = Array(try XCTUnwrap(FileManager.default.contents(atPath: Repo.root + "/samples/documents/seals/specimen-seal.png")))
        XCTAssertEqual(OdtDocumentWriter.fuzzSeal(marker + specimen), specimen.count)
        XCTAssertEqual(OdtDocumentWriter.fuzzSeal(marker + Array(specimen.prefix(specimen.count / 2))), 0)
        let outside = Array(try XCTUnwrap(FileManager.default.contents(atPath: HostileInputTests.folder + "/seals/outside-image.svg")))
        XCTAssertEqual(OdtDocumentWriter.fuzzSeal(marker + outside), 0)
        XCTAssertEqual(OdtDocumentWriter.fuzzSeal(specimen), -1)
    }
}
