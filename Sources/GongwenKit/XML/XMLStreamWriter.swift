import CLibXML2

/// Characters XML 1.0 can carry (§2.2): a control character in a source would make a broken file.
public enum XMLText {
    public static func isAllowed(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }
}

extension String {
    /// The first character XML 1.0 cannot carry, found by the byte scan first (nearly always clean).
    var firstNonXMLScalar: Unicode.Scalar? {
        isXMLText ? nil : unicodeScalars.first { !XMLText.isAllowed($0) }
    }
}

public struct XMLWriteError: Error, CustomStringConvertible {
    public var description: String
}

/// A thin wrapper over libxml2's xmlTextWriter: libxml2 escapes every text and attribute value.
final class XMLStreamWriter {
    private let buffer: xmlBufferPtr
    private let writer: xmlTextWriterPtr
    private var failed: String?

    /// `html`: a page for browsers (the batch report) rather than an XML file: no XML declaration.
    /// Its elements are then ended with `fullEnd()` where HTML has no `<x/>` (a `<td/>` is a `<td>`
    /// left open), and its style and script written with `raw`.
    /// `declaration: false`: an XML file without the XML declaration (a PDF's XMP packet, whose
    /// `<?xpacket?>` header comes first).
    init(html: Bool = false, declaration: Bool = true) {
        buffer = xmlBufferCreate()
        writer = xmlNewTextWriterMemory(buffer, 0)
        self.html = html
        self.declaration = declaration && !html
        // Started as UTF-8 either way (without it libxml2 writes every other character as &#x…;).
        check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil), "start document")
    }

    private let html: Bool
    private let declaration: Bool

    deinit {
        xmlFreeTextWriter(writer)
        xmlBufferFree(buffer)
    }

    // What failed is spelled out only when something did: building "start <name>" for every
    // element was 3 % of a bulk build's instructions.
    private func check(_ rc: Int32, _ what: @autoclosure () -> String) {
        if rc < 0, failed == nil { failed = "libxml2 failed to \(what())" }
    }

    func start(_ name: String) { check(xmlTextWriterStartElement(writer, name), "start <\(name)>") }
    func end() { check(xmlTextWriterEndElement(writer), "end an element") }
    /// `</name>` even when the element is empty.
    func fullEnd() { check(xmlTextWriterFullEndElement(writer), "end an element") }
    /// `<!DOCTYPE name>`.
    func doctype(_ name: String) {
        check(xmlTextWriterStartDTD(writer, name, nil, nil), "start the DOCTYPE")
        check(xmlTextWriterEndDTD(writer), "end the DOCTYPE")
    }
    /// The writer's own constant text (a page's style or script, an XMP packet's header), unescaped:
    /// never a source's text.
    func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes in
            let string = String(decoding: bytes, as: UTF8.self)
            check(xmlTextWriterWriteRaw(writer, string), "write raw text")
        }
    }

    func attribute(_ name: String, _ value: String) {
        guard value.isXMLText else {
            failed = failed ?? "attribute \(name) holds a character XML cannot store"
            return
        }
        check(xmlTextWriterWriteAttribute(writer, name, value), "write attribute \(name)")
    }

    func text(_ value: String) { text(value, holding: TextBytes(of: value)) }

    /// `value`, whose bytes the caller has scanned (`TextBytes(of: value)`).
    func text(_ value: String, holding bytes: TextBytes) {
        guard !bytes.contains(.nonXML) else {
            failed = failed ?? "text holds a character XML cannot store"
            return
        }
        // A text without a character libxml2 would escape goes to the same writer unescaped:
        // escaping copied every text once more (4 % of a bulk build).
        if bytes.contains(.escaped) {
            check(xmlTextWriterWriteString(writer, value), "write text")
        } else {
            check(xmlTextWriterWriteRaw(writer, value), "write text")
        }
    }

    /// `<name a="…">`…`</name>`
    func element(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], content: () -> Void = {}) {
        start(name)
        for (k, v) in attributes { attribute(k, v) }
        content()
        end()
    }

    /// `element`, ended in full unless HTML calls it void (`<img>`, `<meta>`, `<input>`).
    func htmlElement(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], content: () -> Void = {}) {
        start(name)
        for (k, v) in attributes { attribute(k, v) }
        content()
        if ["img", "meta", "input", "br", "link"].contains(name) { end() } else { fullEnd() }
    }

    /// The finished document; throws when any libxml2 call failed.
    func finish() throws -> [UInt8] {
        check(xmlTextWriterEndDocument(writer), "end document")
        xmlTextWriterFlush(writer)
        if let failed { throw XMLWriteError(description: failed) }
        let count = Int(xmlBufferLength(buffer))
        guard let content = xmlBufferContent(buffer) else { return [] }
        let bytes = Array(UnsafeBufferPointer(start: content, count: count))
        // A page (or an XMP packet) has no XML declaration: the line libxml2 began with is dropped.
        guard !declaration, bytes.starts(with: Array("<?xml ".utf8)), let newline = bytes.firstIndex(of: UInt8(ascii: "\n")) else { return bytes }
        return Array(bytes[(newline + 1)...])
    }
}
