import CLibXML2
import Foundation
import Synchronization

/// Validates XML against a W3C XML Schema with libxml2 (the OFD schemas of GB/T 33190 are XSD).
/// `@unchecked Sendable`: it holds the compiled schema, a libxml2 handle; validations take turns on it.
public final class XSDValidator: @unchecked Sendable {
    private let schema: xmlSchemaPtr
    private let turn = Mutex(())

    public init(schemaPath: String) throws(DiagnosticError) {
        guard let parser = xmlSchemaNewParserCtxt(schemaPath) else { throw .error("cannot open schema", at: .file(schemaPath)) }
        defer { xmlSchemaFreeParserCtxt(parser) }
        xmlSchemaSetParserStructuredErrors(parser, { _, _ in }, nil)
        guard let schema = xmlSchemaParse(parser) else { throw .error("cannot compile schema", at: .file(schemaPath)) }
        self.schema = schema
    }

    deinit { xmlSchemaFree(schema) }

    /// The problems found; empty when `bytes` is valid. `name` labels the messages.
    public func validate(_ bytes: [UInt8], name: String) -> [String] {
        switch Self.tree(bytes, name: name) {
        case .problem(let problem): return [problem]
        case .tree(let doc):
            defer { xmlFreeDoc(doc) }
            return validate(document: doc, name: name)
        }
    }

    enum Tree {
        case tree(xmlDocPtr)
        case problem(String)
    }

    /// `bytes` as a libxml2 tree the caller frees, measured first (they may come from anyone: the tree
    /// costs hundreds of bytes a node); or why not, labelled with `name`.
    static func tree(_ bytes: [UInt8], name: String) -> Tree {
        let shape = XMLShape.measure(bytes) { $0.elements + $0.attributes > SchemaValidator.nodeLimit || $0.widest > SchemaValidator.attributeLimit }
        guard shape.elements + shape.attributes <= SchemaValidator.nodeLimit, shape.widest <= SchemaValidator.attributeLimit else {
            return .problem("\(name): too many elements or attributes to check")
        }
        guard let doc = parseXML(bytes, name: name) else { return .problem("\(name): not well-formed XML") }
        guard xmlDocGetRootElement(doc) != nil else {
            xmlFreeDoc(doc)
            return .problem("\(name): not well-formed XML")
        }
        return .tree(doc)
    }

    /// The problems found in a parsed document (measured before it was parsed: see `validate`).
    func validate(document doc: xmlDocPtr, name: String) -> [String] {
        turn.withLock { _ in
            guard let context = xmlSchemaNewValidCtxt(schema) else { return ["\(name): cannot create a validation context"] }
            defer { xmlSchemaFreeValidCtxt(context) }
            final class Collector { var messages: [String] = [] }
            let collector = Collector()
            xmlSchemaSetValidStructuredErrors(context, { user, error in
                guard let user, let error else { return }
                let text = error.pointee.message.map { String(cString: $0).trimmingCharacters(in: .whitespacesAndNewlines) } ?? "invalid"
                Unmanaged<Collector>.fromOpaque(user).takeUnretainedValue().messages.append("line \(error.pointee.line): \(text)")
            }, Unmanaged.passUnretained(collector).toOpaque())
            if xmlSchemaValidateDoc(context, doc) == 0 { return [] }
            return collector.messages.isEmpty ? ["\(name): invalid"] : collector.messages.map { "\(name): \($0)" }
        }
    }
}

/// Checks the XML parts of an OFD package against the schemas of GB/T 33190-2016, each part by its
/// root element: OFD.xml (OFD.xsd), Document.xml (Document.xsd), the Res files (Res.xsd) and the pages
/// (Page.xsd). Parts with another root are not checked here.
public struct OFDValidator: Sendable {
    let schemas: [String: XSDValidator]

    /// `schemaDirectory` holds OFD.xsd, Document.xsd, Res.xsd, Page.xsd and the Definitions.xsd they include.
    public init(schemaDirectory: String) throws(DiagnosticError) {
        var schemas: [String: XSDValidator] = [:]
        for root in ["OFD", "Document", "Res", "Page"] {
            schemas[root] = try XSDValidator(schemaPath: schemaDirectory + "/" + root + ".xsd")
        }
        self.schemas = schemas
    }

    /// The problems found in the package's XML parts (path and bytes); empty when all are valid.
    /// Each part is measured before libxml2 builds its tree (the package may come from anyone), then
    /// checked against the schema of its root element. An archival OFD (GB/T 42133-2022 §6.2.1 a) says
    /// `DocType="OFD-A"`, a value the 2016 schema, which fixes `OFD`, predates: its OFD.xml is checked
    /// with that one attribute read as `OFD`.
    public func validate(_ parts: [(name: String, bytes: [UInt8])]) -> [String] {
        parts.filter { $0.name.lowercased().hasSuffix(".xml") }.flatMap { part -> [String] in
            let doc: xmlDocPtr
            switch XSDValidator.tree(part.bytes, name: part.name) {
            case .problem(let problem): return [problem]
            case .tree(let tree): doc = tree
            }
            defer { xmlFreeDoc(doc) }
            let root = xmlDocGetRootElement(doc)!
            let rootName = String(cString: root.pointee.name)
            guard let schema = schemas[rootName] else { return [] }
            if rootName == "OFD", let value = xmlGetProp(root, "DocType") {
                if String(cString: value) == "OFD-A" { xmlSetProp(root, "DocType", "OFD") }
                free(value)
            }
            return schema.validate(document: doc, name: part.name)
        }
    }

    /// An OFD package's XML parts, read within `limits` (the package may come from anyone).
    public static func parts(of path: String, limits: ZipArchive.ReadLimits = ZipArchive.ReadLimits()) throws(DiagnosticError) -> [(name: String, bytes: [UInt8])] {
        do {
            return try ZipArchive.read(path, limits: limits, including: { $0.lowercased().hasSuffix(".xml") })
        } catch {
            throw .error("not a readable OFD package: \(error.problem ?? error.description)", at: .file(path))
        }
    }
}
