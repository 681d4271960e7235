import CLibXML2
import Foundation
import Synchronization

/// Validates ODF XML against the OASIS RelaxNG schema with libxml2. Compiling the big schema costs
/// ~0.2 s, so one validator serves many documents.
/// `@unchecked Sendable`: it holds the compiled schema, a libxml2 handle; validations take turns on it.
public final class SchemaValidator: @unchecked Sendable {
    private let schema: xmlRelaxNGPtr
    private let turn = Mutex(())

    public init(schemaPath: String) throws(DiagnosticError) {
        guard let parser = xmlRelaxNGNewParserCtxt(schemaPath) else {
            throw .error("cannot open schema", at: .file(schemaPath))
        }
        guard let schema = Self.parse(parser) else { throw .error("cannot compile schema", at: .file(schemaPath)) }
        self.schema = schema
    }

    /// A schema held in memory (the built-in copy). libxml2 keeps the buffer's address until the
    /// schema is parsed, so both happen while the bytes are pinned.
    public init(text: String, name: String) throws(DiagnosticError) {
        let bytes = Array(text.utf8)
        let parsed: xmlRelaxNGPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                xmlRelaxNGNewMemParserCtxt(pointer, Int32(buffer.count)).flatMap(Self.parse)
            }
        }
        guard let parsed else { throw .error("cannot compile the built-in schema \(name)", at: nil) }
        schema = parsed
    }

    /// Parses and frees `parser`; libxml2's own messages are not printed (the caller reports).
    private static func parse(_ parser: xmlRelaxNGParserCtxtPtr) -> xmlRelaxNGPtr? {
        defer { xmlRelaxNGFreeParserCtxt(parser) }
        xmlRelaxNGSetParserStructuredErrors(parser, { _, _ in }, nil)
        return xmlRelaxNGParse(parser)
    }

    deinit { xmlRelaxNGFree(schema) }

    /// Elements and attributes one part may have before it is parsed: libxml2's tree costs up to 300
    /// bytes a node, and a part can come from anyone. A LibreOffice styles.xml has about 750 nodes in
    /// 20 KB, so the bound is some 30 MB of real ODF, thousands of pages.
    public static let nodeLimit = 1_000_000
    /// Attributes on one element: ODF's elements have at most a few dozen.
    public static let attributeLimit = 1_000

    /// The problems found; empty when `bytes` is valid. `name` labels the messages.
    public func validate(_ bytes: [UInt8], name: String) -> [String] {
        let shape = XMLShape.measure(bytes) { $0.elements + $0.attributes > Self.nodeLimit || $0.widest > Self.attributeLimit }
        guard shape.elements + shape.attributes <= Self.nodeLimit else {
            return ["\(name): more than \(Self.nodeLimit) elements and attributes, too many to check"]
        }
        guard shape.widest <= Self.attributeLimit else { return ["\(name): an element with more than \(Self.attributeLimit) attributes, too many to check"] }
        return turn.withLock { _ in
            let doc = parseXML(bytes, name: name)
            guard let doc else { return ["\(name): not well-formed XML"] }
            defer { xmlFreeDoc(doc) }
            guard let context = xmlRelaxNGNewValidCtxt(schema) else { return ["\(name): cannot create a validation context"] }
            defer { xmlRelaxNGFreeValidCtxt(context) }
            final class Collector { var messages: [String] = [] }
            let collector = Collector()
            let opaque = Unmanaged.passUnretained(collector).toOpaque()
            xmlRelaxNGSetValidStructuredErrors(context, { user, error in
                guard let user, let error else { return }
                let c = Unmanaged<Collector>.fromOpaque(user).takeUnretainedValue()
                let text = error.pointee.message.map { String(cString: $0).trimmingCharacters(in: .whitespacesAndNewlines) } ?? "invalid"
                c.messages.append("line \(error.pointee.line): \(text)")
            }, opaque)
            let rc = xmlRelaxNGValidateDoc(context, doc)
            if rc == 0 { return [] }
            return collector.messages.isEmpty ? ["\(name): invalid"] : collector.messages.map { "\(name): \($0)" }
        }
    }
}

/// Checks every XML part of a package against ODF 1.3 (content, styles, meta with the main schema;
/// the manifest with its own).
public struct ODFValidator: Sendable {
    public let main: SchemaValidator
    public let manifest: SchemaValidator

    /// `schemaDirectory` holds OpenDocument-v1.3-schema.rng and OpenDocument-v1.3-manifest-schema.rng.
    public init(schemaDirectory: String) throws(DiagnosticError) {
        main = try SchemaValidator(schemaPath: schemaDirectory + "/OpenDocument-v1.3-schema.rng")
        manifest = try SchemaValidator(schemaPath: schemaDirectory + "/OpenDocument-v1.3-manifest-schema.rng")
    }

    /// The OASIS ODF 1.3 schemas the tool carries (`BuiltInSchemas`).
    public static func builtIn() throws(DiagnosticError) -> ODFValidator {
        try ODFValidator(main: SchemaValidator(text: BuiltInSchemas.main, name: "OpenDocument-v1.3-schema.rng"),
                         manifest: SchemaValidator(text: BuiltInSchemas.manifest, name: "OpenDocument-v1.3-manifest-schema.rng"))
    }

    init(main: SchemaValidator, manifest: SchemaValidator) {
        self.main = main
        self.manifest = manifest
    }

    public func validate(_ parts: [OdtPackager.Part]) -> [String] {
        parts.flatMap { part in
            part.name.hasPrefix("META-INF/") ? manifest.validate(part.bytes, name: part.name) : main.validate(part.bytes, name: part.name)
        }
    }
}
