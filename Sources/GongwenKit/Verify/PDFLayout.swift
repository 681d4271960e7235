import CLibXML2
import Foundation

/// The text lines of a PDF with their boxes in millimetres from the top-left corner, read from
/// poppler's `pdftotext -bbox-layout` (XHTML) with libxml2. Works on a PDF from any tool.
public struct PDFLayout: Sendable {
    public struct Line: Sendable {
        public var text: String
        public var x0, y0, x1, y1: Double
    }

    public struct Page: Sendable {
        public var number: Int
        public var width, height: Double
        public var lines: [Line]
    }

    public var pages: [Page]

    static let pointsToMillimetres = 25.4 / 72

    public static func read(pdf path: String) throws -> PDFLayout {
        let outcome = try Subprocess.run(["pdftotext", "-bbox-layout", path, "-"], timeout: 120)
        guard outcome.status == 0 else {
            throw DiagnosticError.error("pdftotext cannot read this file (status \(outcome.status))", at: SourceLocation(file: path, line: 1, column: 1))
        }
        return try parse(xhtml: Array(outcome.output.utf8), name: path)
    }

    public static func parse(xhtml bytes: [UInt8], name: String) throws -> PDFLayout {
        let doc = parseXML(bytes, name: name, huge: true)
        guard let doc else { throw DiagnosticError.error("pdftotext gave no readable layout", at: SourceLocation(file: name, line: 1, column: 1)) }
        defer { xmlFreeDoc(doc) }
        var pages: [Page] = []
        func attribute(_ node: xmlNodePtr, _ name: String) -> Double {
            guard let value = xmlGetProp(node, name) else { return 0 }
            defer { free(value) }
            return (Double(String(cString: value)) ?? 0) * pointsToMillimetres
        }
        func elements(_ parent: xmlNodePtr, named: String, into visit: (xmlNodePtr) -> Void) {
            var child = parent.pointee.children
            while let node = child {
                if node.pointee.type == XML_ELEMENT_NODE {
                    if String(cString: node.pointee.name) == named { visit(node) } else { elements(node, named: named, into: visit) }
                }
                child = node.pointee.next
            }
        }
        guard let root = xmlDocGetRootElement(doc) else { return PDFLayout(pages: []) }
        elements(root, named: "page") { pageNode in
            var lines: [Line] = []
            elements(pageNode, named: "line") { lineNode in
                var words: [String] = []
                elements(lineNode, named: "word") { word in
                    if let content = xmlNodeGetContent(word) {
                        words.append(String(cString: content))
                        free(content)
                    }
                }
                lines.append(Line(text: words.joined(separator: " "), x0: attribute(lineNode, "xMin"), y0: attribute(lineNode, "yMin"),
                                  x1: attribute(lineNode, "xMax"), y1: attribute(lineNode, "yMax")))
            }
            // Lines that share a baseline (a run-in heading, a tab) are one line of the page.
            var merged: [Line] = []
            for line in lines.sorted(by: { ($0.y1, $0.x0) < ($1.y1, $1.x0) }) {
                if let last = merged.last, abs(last.y1 - line.y1) < 1.0 {
                    merged[merged.count - 1] = Line(text: last.text + line.text, x0: min(last.x0, line.x0), y0: min(last.y0, line.y0),
                                                    x1: max(last.x1, line.x1), y1: max(last.y1, line.y1))
                } else {
                    merged.append(line)
                }
            }
            pages.append(Page(number: pages.count + 1, width: attribute(pageNode, "width"), height: attribute(pageNode, "height"), lines: merged))
        }
        return PDFLayout(pages: pages)
    }
}
