/// The ODF 1.3 namespaces gongwen writes.
public enum ODF {
    static let version = "1.3"
    public static let mimeType = "application/vnd.oasis.opendocument.text"
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
    static let table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
    static let number = "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
    static let spreadsheetMimeType = "application/vnd.oasis.opendocument.spreadsheet"
}

extension XMLStreamWriter {
    /// Text inside a paragraph, with ODF's white-space rules: runs of spaces become `<text:s>`,
    /// tabs `<text:tab/>`, line feeds `<text:line-break/>`; everything else is escaped by libxml2.
    func odfText(_ value: String) {
        // A number with a hyphen (0539-8123456) is kept whole, as the Western rules keep digits.
        let value = LineBreaking.joiningNumbers(value)
        // Most texts have no space, tab or line break worth an element.
        let scanned = TextBytes(of: value)
        if !scanned.contains(.whitespace) {
            text(value, holding: scanned)
            return
        }
        // Walk the bytes: comparing Characters costs a string comparison each (callgrind: 6 % of a run).
        let bytes = Array(value.utf8)
        var run: [UInt8] = []
        var i = 0
        func flushRun() {
            if !run.isEmpty { text(String(decoding: run, as: UTF8.self)); run.removeAll(keepingCapacity: true) }
        }
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x20 {
                var spaces = 0
                while i < bytes.count && bytes[i] == 0x20 { spaces += 1; i += 1 }
                // One space after text stays a space; more, or one after nothing, is <text:s>.
                if spaces == 1 && !run.isEmpty {
                    run.append(0x20)
                } else {
                    flushRun()
                    if spaces == 1 { element("text:s") } else { element("text:s", ["text:c": String(spaces)]) }
                }
                continue
            }
            // Tab, line feed and \r\n (one line break); a lone \r is text, as it always was.
            if b == 0x09 || b == 0x0A || (b == 0x0D && i + 1 < bytes.count && bytes[i + 1] == 0x0A) {
                flushRun()
                element(b == 0x09 ? "text:tab" : "text:line-break")
                i += b == 0x0D ? 2 : 1
                continue
            }
            run.append(b)
            i += 1
        }
        flushRun()
    }
}

extension XMLStreamWriter {
    /// The automatic text style that sets a quotation mark in the body's Chinese face (its Latin
    /// face is Times; `fo:font-family`, as a face declared in styles.xml is not found from content.xml).
    static let chineseQuoteStyle = "GW_ChineseQuote"

    /// Text in a paragraph whose Latin face is Times and Chinese face 仿宋 (the body's): each
    /// full-width quotation mark LibreOffice would set in Times is wrapped in `chineseQuoteStyle`.
    func bodyText(_ value: String) {
        let quotes = LineBreaking.quotesInLatinRuns(value)
        guard !quotes.isEmpty else { odfText(value); return }
        let scalars = Array(value.unicodeScalars)
        var start = 0
        for i in quotes {
            if i > start { odfText(String(String.UnicodeScalarView(scalars[start..<i]))) }
            element("text:span", ["text:style-name": Self.chineseQuoteStyle]) { text(String(scalars[i])) }
            start = i + 1
        }
        if start < scalars.count { odfText(String(String.UnicodeScalarView(scalars[start...]))) }
    }
}
