import XCTest
@testable import GongwenKit

final class SchemaTests: XCTestCase {
    static let validator: ODFValidator? = try? ODFValidator(schemaDirectory: Repo.schemas)

    func validator() throws -> ODFValidator {
        try XCTUnwrap(Self.validator, "ODF 1.3 schemas expected at \(Repo.schemas)")
    }

    func testEverySampleValidatesAgainstODF13() throws {
        let v = try validator()
        XCTAssertGreaterThanOrEqual(Repo.sampleUnits.count, 8)
        for path in Repo.sampleUnits {
            let doc = try DocumentReader.read(path: path).document
            let styles = try StyleSheet.load(path: Repo.root + "/styles/gongwen.xml")
            let parts = try OdtDocumentWriter.parts(for: doc, styles: styles, sourceDateEpoch: nil)
            XCTAssertEqual(parts.count, 4)
            XCTAssertEqual(v.validate(parts), [], path)
        }
    }

    func testGoldenFixtureValidates() throws {
        let doc = try DocumentReader.read(path: Repo.fixtures + "/golden-unit.yaml").document
        XCTAssertEqual(try validator().validate(try OdtDocumentWriter.parts(for: doc, styles: .builtIn, sourceDateEpoch: 0)), [])
    }

    func testValidatorRejectsAnInvalidDocument() throws {
        let bad = Array(#"<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" office:version="1.3"><office:body><office:nonsense/></office:body></office:document-content>"#.utf8)
        XCTAssertFalse(try validator().validate([OdtPackager.Part("content.xml", bad)]).isEmpty)
    }
}
