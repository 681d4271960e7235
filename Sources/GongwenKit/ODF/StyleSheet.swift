import CLibXML2
import Foundation

/// The ODF style sheet embedded as `styles.xml`: the one given with --styles, else the built-in copy.
public struct StyleSheet: Sendable {
    public let bytes: [UInt8]
    public let origin: String
    /// Deflated once, copied into every package.
    public let compressed: ZipArchive.CompressedEntry?

    init(bytes: [UInt8], origin: String) {
        self.bytes = bytes
        self.origin = origin
        compressed = try? ZipArchive.CompressedEntry(name: "styles.xml", bytes: bytes)
    }

    /// Loads and checks a style sheet file: it must be well-formed XML rooted at office:document-styles.
    public static func load(path: String) throws(DiagnosticError) -> StyleSheet {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .error("cannot read style sheet", at: .file(path))
        }
        return try parse(Array(data), origin: path)
    }

    public static let builtIn: StyleSheet = {
        // The built-in copy is checked by the test suite; failing here would be a build defect.
        try! parse(Array(BuiltInStyles.xml.utf8), origin: "built-in")
    }()

    /// The style sheet named on the command line, else the built-in copy (never one found in the
    /// current folder: output depends on the sources and the tool, not on where it runs).
    public static func locate(explicit: String?) throws(DiagnosticError) -> StyleSheet {
        if let explicit { return try load(path: explicit) }
        return builtIn
    }

    static func parse(_ bytes: [UInt8], origin: String) throws(DiagnosticError) -> StyleSheet {
        let doc = parseXML(bytes, name: origin)
        guard let doc else {
            let line = xmlGetLastError().map { Int($0.pointee.line) } ?? 1
            throw .error("the style sheet is not well-formed XML", at: SourceLocation(file: origin, line: max(line, 1), column: 1))
        }
        defer { xmlFreeDoc(doc) }
        guard let root = xmlDocGetRootElement(doc), String(cString: root.pointee.name) == "document-styles" else {
            throw .error("the style sheet's root must be office:document-styles", at: .file(origin))
        }
        // Re-serialised by libxml2: comments and layout of the source file do not matter, the content does.
        guard let bytes = serializeXML(doc) else { throw .error("cannot serialise the style sheet", at: nil) }
        return StyleSheet(bytes: bytes, origin: origin)
    }
}
