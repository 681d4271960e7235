/// The ODF 1.3 namespaces gongwen writes.
enum ODF {
    static let version = "1.3"
    static let mimeType = "application/vnd.oasis.opendocument.text"
    static let office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    static let style = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
    static let text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    static let fo = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
    static let draw = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
    static let svg = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
    static let xlink = "http://www.w3.org/1999/xlink"
    static let meta = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
    static let dc = "http://purl.org/dc/elements/1.1/"
    static let manifest = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"
}

extension XMLStreamWriter {
    /// Text inside a paragraph, with ODF's white-space rules: runs of spaces become `<text:s>`,
    /// tabs `<text:tab/>`, line feeds `<text:line-break/>`; everything else is escaped by libxml2.
    func odfText(_ value: String) {
        // Most texts have no space, tab or line break worth an element.
        if !value.utf8.contains(where: { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
            text(value)
            return
        }
        var run = ""
        var spaces = 0
        func flushSpaces() {
            guard spaces > 0 else { return }
            if spaces == 1 && !run.isEmpty { run += " " } else {
                if !run.isEmpty { text(run); run = "" }
                if spaces == 1 { element("text:s") } else { element("text:s", ["text:c": String(spaces)]) }
            }
            spaces = 0
        }
        for c in value {
            switch c {
            case " ": spaces += 1
            case "\t", "\n", "\r\n":
                flushSpaces()
                if !run.isEmpty { text(run); run = "" }
                element(c == "\t" ? "text:tab" : "text:line-break")
            default:
                if spaces > 0 {
                    if spaces == 1 && !run.isEmpty { run += " "; spaces = 0 } else { flushSpaces() }
                }
                run.append(c)
            }
        }
        flushSpaces()
        if !run.isEmpty { text(run) }
    }
}
