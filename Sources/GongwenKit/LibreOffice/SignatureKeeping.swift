import CLibXML2
import Foundation

/// §7.3.5.5: the text is never left without its signature; the last lines of the text go over with
/// it. The writer keeps a last paragraph of up to `Composer.keptLines` lines with the signature,
/// but LibreOffice moves a kept paragraph whole, so a longer one is not kept and can end at the foot
/// of a page with the 署名 and date alone on the next. Only LibreOffice knows where its lines break,
/// so the converter looks at the PDF it made: when the date's page holds no line of the text, it
/// converts a copy whose last paragraph is cut in two where LibreOffice broke its last lines, the
/// head justified to its last line (as that line was, inside the paragraph) and the tail (`movedLines`
/// lines, no first-line indent) kept with the signature. The `.odt` itself keeps its paragraph whole.
enum SignatureKeeping {
    /// The lines that stay: the paragraph's style with its last line justified like the others.
    static let headStyle = "GW_TextEndHead"
    /// The last lines: the paragraph's continuation, kept with the signature.
    static let tailStyle = "GW_TextEndTail"
    /// How many of the paragraph's last lines go over with the signature.
    static let movedLines = 2

    /// Whether a document may leave its signature alone: it is signed (a date line) and its last
    /// paragraph is not already kept with the signature by the writer.
    static func mayStandAlone(content: String) -> Bool {
        content.contains("text:style-name=\"GW_DateLine\"") && !content.contains("text:style-name=\"\(ContentWriter.textEnd)\"")
    }

    /// The text lines that end the page before the date's page, when the date stands on a page
    /// without a line of the text; nil when the signature has its text.
    static func loneSignature(_ layout: PDFLayout) -> [PDFLayout.Line]? {
        guard let (page, index, lines) = SignatureChecks.dateLine(layout), !SignatureChecks.hasTextAbove(lines, date: index),
              page.number >= 2 else { return nil }
        return SignatureChecks.bodyLines(layout.pages[page.number - 2]).sorted { $0.baseline < $1.baseline }
    }

    /// What text is compared by: no white space (a line break drops a Latin word's space) and no
    /// format character (the word joiner between figures draws nothing).
    static func significant(_ text: String) -> [Unicode.Scalar] {
        text.unicodeScalars.filter { !$0.properties.isWhitespace && $0.properties.generalCategory != .format }
    }

    enum Failure: Error, CustomStringConvertible {
        case unreadable, notAParagraph, linesDoNotMatch
        var description: String {
            switch self {
            case .unreadable: "content.xml is not well-formed"
            case .notAParagraph: "the text does not end in a paragraph before the signature"
            case .linesDoNotMatch: "the PDF's last lines are not the end of the text's last paragraph"
            }
        }
    }

    static let textNamespace = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    static let styleNamespace = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
    static let foNamespace = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
    static let officeNamespace = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    /// The paragraphs that follow the text: the kept empty lines, the 附件说明 and the 署名.
    static let signatureStyles: Set<String> = [ContentWriter.keptBlank, "GW_AttachmentList", "GW_SignatureLine"]

    /// content.xml with the text's last paragraph cut before its last lines, whose text is
    /// `lastLines` (as the PDF shows them).
    static func split(_ content: [UInt8], lastLines: [String]) throws(Failure) -> [UInt8] {
        guard let doc = parseXML(content, name: "content.xml", huge: true), let root = xmlDocGetRootElement(doc) else { throw .unreadable }
        defer { xmlFreeDoc(doc) }
        func name(_ node: xmlNodePtr) -> String { node.pointee.name.map { String(cString: $0) } ?? "" }
        func style(_ node: xmlNodePtr) -> String? {
            guard let value = xmlGetNsProp(node, "style-name", textNamespace) else { return nil }
            defer { free(value) }
            return String(cString: value)
        }
        func elements(_ node: xmlNodePtr) -> [xmlNodePtr] {
            var result: [xmlNodePtr] = []
            var child = node.pointee.children
            while let c = child {
                if c.pointee.type == XML_ELEMENT_NODE { result.append(c) }
                child = c.pointee.next
            }
            return result
        }
        // office:document-content / office:body / office:text: the first paragraph of the signature,
        // and the paragraph right before it.
        guard let body = elements(root).first(where: { name($0) == "body" }),
              let text = elements(body).first(where: { name($0) == "text" }) else { throw .notAParagraph }
        let blocks = elements(text)
        guard let first = blocks.firstIndex(where: { name($0) == "p" && style($0).map(signatureStyles.contains) == true }),
              first > 0, name(blocks[first - 1]) == "p", let paragraphStyle = style(blocks[first - 1]) else { throw .notAParagraph }
        let paragraph = blocks[first - 1]

        let whole = significant(xmlText(paragraph))
        let tail = significant(lastLines.joined())
        guard !tail.isEmpty, tail.count < whole.count, whole.suffix(tail.count).elementsEqual(tail) else { throw .linesDoNotMatch }
        let cut = whole.count - tail.count

        // Cloned against the paragraph's parent, the copy uses the namespaces declared at the root.
        var cloned: xmlNodePtr?
        guard xmlDOMWrapCloneNode(nil, doc, paragraph, &cloned, doc, text, 1, 0) == 0, let copy = cloned else { throw .unreadable }
        xmlAddNextSibling(paragraph, copy)
        var keep = cut
        _ = keepFirst(paragraph, &keep)
        var drop = cut
        _ = dropFirst(copy, &drop)
        guard let ns = xmlSearchNsByHref(doc, paragraph, textNamespace) else { throw .unreadable }
        xmlSetNsProp(paragraph, ns, "style-name", headStyle)
        xmlSetNsProp(copy, ns, "style-name", tailStyle)

        guard let styles = elements(root).first(where: { name($0) == "automatic-styles" }),
              let styleNS = xmlSearchNsByHref(doc, root, styleNamespace), let foNS = xmlSearchNsByHref(doc, root, foNamespace) else { throw .unreadable }
        for (styleName, properties) in [(headStyle, [("text-align-last", "justify")]),
                                        (tailStyle, [("text-indent", "0pt"), ("keep-with-next", "always")])] {
            let element = xmlNewChild(styles, styleNS, "style", nil)
            xmlNewNsProp(element, styleNS, "name", styleName)
            xmlNewNsProp(element, styleNS, "family", "paragraph")
            xmlNewNsProp(element, styleNS, "parent-style-name", paragraphStyle)
            let props = xmlNewChild(element, styleNS, "paragraph-properties", nil)
            for (key, value) in properties { xmlNewNsProp(props, foNS, key, value) }
        }
        guard let bytes = serializeXML(doc) else { throw .unreadable }
        return bytes
    }

    static func xmlText(_ node: xmlNodePtr) -> String {
        guard let raw = xmlNodeGetContent(node) else { return "" }
        defer { free(raw) }
        return String(cString: raw)
    }

    /// Keeps the first `count` significant characters under `node` and removes everything after
    /// them; true once the count is reached.
    static func keepFirst(_ node: xmlNodePtr, _ count: inout Int) -> Bool {
        var child = node.pointee.children
        while let c = child {
            let next = c.pointee.next
            if count == 0 {
                xmlUnlinkNode(c)
                xmlFreeNode(c)
            } else if c.pointee.type == XML_TEXT_NODE {
                let scalars = Array(xmlText(c).unicodeScalars)
                var kept = String.UnicodeScalarView()
                for scalar in scalars where count > 0 {
                    kept.append(scalar)
                    if !significant(String(scalar)).isEmpty { count -= 1 }
                }
                xmlNodeSetContentLen(c, String(kept), Int32(String(kept).utf8.count))
            } else if c.pointee.type == XML_ELEMENT_NODE {
                _ = keepFirst(c, &count)
            }
            child = next
        }
        return count == 0
    }

    /// Removes the first `count` significant characters under `node` (and what holds only them:
    /// a heading's span, a space element); true once they are gone.
    static func dropFirst(_ node: xmlNodePtr, _ count: inout Int) -> Bool {
        var child = node.pointee.children
        while let c = child, count > 0 {
            let next = c.pointee.next
            if c.pointee.type == XML_TEXT_NODE {
                var rest = Substring.UnicodeScalarView(xmlText(c).unicodeScalars)
                while let scalar = rest.first, count > 0 {
                    rest.removeFirst()
                    if !significant(String(scalar)).isEmpty { count -= 1 }
                }
                let text = String(String.UnicodeScalarView(rest))
                xmlNodeSetContentLen(c, text, Int32(text.utf8.count))
            } else if c.pointee.type == XML_ELEMENT_NODE {
                _ = dropFirst(c, &count)
                if significant(xmlText(c)).isEmpty {
                    xmlUnlinkNode(c)
                    xmlFreeNode(c)
                }
            }
            child = next
        }
        return count == 0
    }

    /// A copy of `odt` at `path` whose content.xml is `split`.
    static func writeCopy(of odt: String, lastLines: [String], to path: String) throws {
        var out: [ZipArchive.Entry] = []
        for entry in try ZipArchive.read(odt) {
            var bytes = entry.bytes
            if entry.name == "content.xml" {
                do { bytes = try split(bytes, lastLines: lastLines) } catch { throw ZipArchive.ZipError(description: "\(error)") }
            }
            out.append(ZipArchive.Entry(entry.name, .bytes(bytes), stored: entry.name == "mimetype"))
        }
        try ZipArchive.writeAtomically(try ZipArchive.bytes(out, timestamp: 0), to: path)
    }
}
