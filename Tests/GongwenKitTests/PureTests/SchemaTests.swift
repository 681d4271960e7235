import XCTest
@testable import GongwenKit

final class SchemaTests: XCTestCase {
    static let validator: ODFValidator? = try? ODFValidator(schemaDirectory: Repo.schemas)

    func validator() throws -> ODFValidator {
        try XCTUnwrap(Self.validator, "ODF 1.3 schemas expected at \(Repo.schemas)")
    }

    /// `gongwen validate` uses the copies built into the tool: they must be the OASIS files, and work.
    func testBuiltInSchemasAreTheOASISFiles() throws {
        for (builtIn, name) in [(BuiltInSchemas.main, "OpenDocument-v1.3-schema.rng"), (BuiltInSchemas.manifest, "OpenDocument-v1.3-manifest-schema.rng")] {
            // Byte for byte: the OASIS terms keep them unmodified (Resources/ODF/NOTICE.md).
            XCTAssertEqual(builtIn, try String(contentsOfFile: Repo.schemas + "/" + name, encoding: .utf8), name)
        }
        let parts = try OdtDocumentWriter.parts(for: try DocumentReader.read(path: Repo.sampleUnits[0]).document, styles: .builtIn, sourceDateEpoch: 0)
        XCTAssertEqual(try ODFValidator.builtIn().validate(parts), [])
        XCTAssertFalse(try ODFValidator.builtIn().validate([OdtPackager.Part("content.xml", Array("<office:document-content/>".utf8))]).isEmpty)
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

    /// The formal documents: red header, 版记 (with 主送), attachments, 套打, and a seal image in Pictures/.
    func testEveryDocumentSampleValidatesAgainstODF13() throws {
        let v = try validator()
        let documents = try UnitDiscovery.find([Repo.root + "/samples/documents"])
        XCTAssertGreaterThanOrEqual(documents.count, 4)
        for path in documents {
            let parts = try OdtDocumentWriter.parts(for: try DocumentReader.read(path: path).document, styles: .builtIn, sourceDateEpoch: nil)
            XCTAssertEqual(v.validate(parts.filter { $0.name.hasSuffix(".xml") }), [], path)
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
