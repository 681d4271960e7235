import CLibXML2
import Foundation

/// A repair pass of the LibreOffice backend (it fixes what LibreOffice made, and runs only after it).
/// §7.4: the 版记 sits on the last page, and that page is even (the back of a sheet). Only LibreOffice
/// knows where pages break, so the converter looks at the PDF it made: when the page count is odd,
/// it converts a copy whose 版记 anchor starts an even page of its own, and, when that needed a blank
/// page first, a copy whose 版记 page carries no number either (§7.5). The `.odt` itself keeps the 版记
/// after the text, as written.
enum ImprintPagination {
    static let anchorStyle = "GW_ImprintAnchor"
    /// The anchor's styles as written: the usual one, or the one that goes back to upright pages.
    static let anchorStyles: Set<String> = [anchorStyle, LandscapeWriter.imprintAnchorUpright]

    enum Variant: String, CaseIterable {
        /// The next page is even: the 版记 moves there and keeps its page number.
        case ownPage = "GW_ImprintAnchorOwnPage"
        /// A blank page comes first: neither it nor the 版记 page is numbered.
        case afterBlankPage = "GW_ImprintAnchorAfterBlank"
    }

    /// Whether a document's content.xml holds a 版记 anchor: a paragraph in one of its styles, as
    /// `restyle` looks for it. The style's name alone is not enough: a document with landscape pages
    /// defines GW_ImprintAnchorUpright (on GW_ImprintAnchor) among its automatic styles whether or
    /// not it has a 版记, and one without would then be sent to be re-paginated and fail.
    static func hasImprint(content: String) -> Bool {
        anchorStyles.contains { content.contains("text:style-name=\"\($0)\"") }
    }

    /// A copy of `odt` at `path` whose 版记 anchor paragraph uses `variant`'s style.
    static func writeCopy(of odt: String, variant: Variant, to path: String) throws {
        let entries = try ZipArchive.read(odt)
        var out: [ZipArchive.Entry] = []
        for entry in entries {
            var bytes = entry.bytes
            if entry.name == "content.xml" { bytes = try restyle(bytes, to: variant.rawValue) }
            out.append(ZipArchive.Entry(entry.name, .bytes(bytes), stored: entry.name == "mimetype"))
        }
        try ZipArchive.writeAtomically(try ZipArchive.bytes(out, timestamp: 0), to: path)
    }

    static func restyle(_ content: [UInt8], to style: String) throws -> [UInt8] {
        guard let doc = parseXML(content, name: "content.xml", huge: true) else {
            throw ZipArchive.ZipError(description: "content.xml is not well-formed")
        }
        defer { xmlFreeDoc(doc) }
        let textNamespace = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
        func visit(_ node: xmlNodePtr) -> Bool {
            var child = node.pointee.children
            while let n = child {
                if n.pointee.type == XML_ELEMENT_NODE {
                    if let value = xmlGetNsProp(n, "style-name", textNamespace) {
                        let name = String(cString: value)
                        free(value)
                        if anchorStyles.contains(name), let ns = xmlSearchNsByHref(doc, n, textNamespace) {
                            xmlSetNsProp(n, ns, "style-name", style)
                            return true
                        }
                    }
                    if visit(n) { return true }
                }
                child = n.pointee.next
            }
            return false
        }
        guard let root = xmlDocGetRootElement(doc), visit(root) else {
            throw ZipArchive.ZipError(description: "content.xml has no 版记 anchor")
        }
        guard let bytes = serializeXML(doc) else { throw ZipArchive.ZipError(description: "cannot serialise content.xml") }
        return bytes
    }

    /// The number of pages of a PDF (poppler's pdfinfo), nil when it cannot tell.
    static func pageCount(_ pdf: String) -> Int? {
        guard let info = try? Subprocess.run(["pdfinfo", pdf], timeout: 60), info.status == 0 else { return nil }
        for line in info.output.split(separator: "\n") where line.hasPrefix("Pages:") {
            return Int(line.dropFirst(6).trimmingCharacters(in: .whitespaces))
        }
        return nil
    }

    /// Whether a page holds no text at all (LibreOffice's inserted blank page has no footer either).
    static func isBlank(_ pdf: String, page: Int) -> Bool {
        guard let text = try? Subprocess.run(["pdftotext", "-f", String(page), "-l", String(page), pdf, "-"], timeout: 60),
              text.status == 0 else { return false }
        return text.output.allSatisfy { $0.isWhitespace || $0 == "\u{0C}" }
    }
}
