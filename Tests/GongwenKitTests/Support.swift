import Foundation
import XCTest
@testable import GongwenKit

/// Paths the tests share: the repo root (from this file's place) and ../shared beside it.
enum Repo {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    static let shared = root + "/../shared"
    static let schemas = shared + "/odf-schema/odf1.3"
    static let samples = root + "/samples/units"
    static let fixtures = root + "/Tests/GongwenKitTests/Fixtures"
    static let golden = root + "/Tests/GongwenKitTests/Golden"
    static var sampleUnits: [String] { (try? UnitDiscovery.find([samples])) ?? [] }
}

/// A fresh folder for one test.
func temporaryDirectory(_ name: String = #function) -> String {
    let safe = name.filter { $0.isLetter || $0.isNumber }
    let path = NSTemporaryDirectory() + "gongwen-test-\(safe)-\(UUID().uuidString.prefix(8))"
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

/// Reads YAML text as a unit source and returns the thrown diagnostics (fails if it read fine).
func readErrors(_ yaml: String, path: String = "unit.yaml", policy: SourcePolicy = SourcePolicy(),
                file: StaticString = #filePath, line: UInt = #line) -> [Diagnostic] {
    do {
        _ = try DocumentReader.read(text: yaml, path: path, policy: policy)
        XCTFail("expected an error", file: file, line: line)
        return []
    } catch {
        return error.diagnostics
    }
}

func write(_ text: String, to path: String) {
    try? FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
}

let minimalDocument = """
title: 测试单位工作总结
issuer: 中共测试县委宣传部
date: 2023-07-10
body:
  - 上半年，工作顺利。

"""

/// Builds one unit, `name.yaml` holding `source`, to PDF with this repository's style sheet and
/// fonts (skipped without LibreOffice); the PDF's path.
func buildPDF(_ source: String, name: String, function: String = #function, file: StaticString = #filePath, line: UInt = #line) throws -> String {
    try XCTSkipIf(Subprocess.which("soffice") == nil, "end-to-end tier: LibreOffice is not installed (make deps)")
    let out = temporaryDirectory(function)
    write(source, to: out + "/units/\(name).yaml")
    let report = BuildRunner(options: try repoBuildOptions(output: out)).run(sources: [out + "/units/\(name).yaml"], progress: Progress(quiet: true))
    XCTAssertEqual(report.failed, 0, "\(report.units.map(\.diagnostics))", file: file, line: line)
    return out + "/pdf/\(name).pdf"
}

/// Build options for a test that converts to PDF: this repository's style sheet and stand-in fonts.
func repoBuildOptions(output: String) throws -> BuildOptions {
    var options = BuildOptions()
    options.outputDirectory = output
    options.styles = try StyleSheet.load(path: Repo.root + "/styles/gongwen.xml")
    options.fontConfigTemplate = Repo.root + "/styles/fonts.conf"
    return options
}
