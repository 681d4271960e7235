import XCTest
@testable import GongwenKit

/// The golden tier: content.xml of two units, byte for byte against the files in Golden/
/// (`UPDATE_GOLDEN=1 swift test --filter WriterGoldenTests` writes them again after a deliberate change).
final class WriterGoldenTests: XCTestCase {
    func assertGolden(_ source: String, _ golden: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let result = try DocumentReader.read(path: source)
        let bytes = try ContentWriter.write(result.document)
        let goldenPath = Repo.golden + "/" + golden
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            FileManager.default.createFile(atPath: goldenPath, contents: Data(bytes))
        }
        let expected = try XCTUnwrap(FileManager.default.contents(atPath: goldenPath), "run with UPDATE_GOLDEN=1 once", file: file, line: line)
        XCTAssertEqual(String(decoding: bytes, as: UTF8.self), String(decoding: expected, as: UTF8.self), file: file, line: line)
    }

    func testGoldenContentXML() throws {
        try assertGolden(Repo.fixtures + "/golden-unit.yaml", "golden-unit.content.xml")
    }

    /// A unit that only fills the template: the slots, the typography of values, the numbering.
    func testGoldenContentXMLOfATemplateUnit() throws {
        try assertGolden(Repo.samples + "/青山县.yaml", "青山县.content.xml")
    }
}
