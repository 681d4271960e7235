import CLibXML2

/// libxml2's streaming reader (xmlTextReader): a sheet's XML is read node by node, so a large
/// sheet costs no tree in memory.
final class XMLPull {
    enum Event { case start, end, text }

    private let reader: xmlTextReaderPtr
    private let pinned: UnsafeMutableBufferPointer<UInt8>
    private(set) var failed = false

    /// nil when libxml2 cannot start reading (empty input).
    init?(_ bytes: [UInt8], name: String) {
        guard !bytes.isEmpty else { return nil }
        // The reader keeps reading from the buffer: it must outlive every read.
        pinned = .allocate(capacity: bytes.count)
        _ = pinned.initialize(from: bytes)
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        guard let r = pinned.baseAddress!.withMemoryRebound(to: CChar.self, capacity: bytes.count, {
            xmlReaderForMemory($0, Int32(bytes.count), name, nil, options)
        }) else {
            pinned.deallocate()
            return nil
        }
        reader = r
    }

    deinit {
        xmlFreeTextReader(reader)
        pinned.deallocate()
    }

    /// The next element start, element end or text; nil at the end or on malformed XML (`failed`).
    func next() -> Event? {
        while true {
            let rc = xmlTextReaderRead(reader)
            if rc < 0 { failed = true; return nil }
            if rc == 0 { return nil }
            switch xmlTextReaderNodeType(reader) {
            case 1: return .start
            case 15: return .end
            case 3, 4, 13, 14: return .text
            default: continue
            }
        }
    }

    var name: String { string(xmlTextReaderConstLocalName(reader)) }
    var isEmptyElement: Bool { xmlTextReaderIsEmptyElement(reader) == 1 }
    var depth: Int { Int(xmlTextReaderDepth(reader)) }
    var value: String { string(xmlTextReaderConstValue(reader)) }

    /// An attribute by its qualified name as written (`r`, `table:number-rows-repeated`).
    func attribute(_ qualified: String) -> String? {
        guard let raw = xmlTextReaderGetAttribute(reader, qualified) else { return nil }
        defer { free(raw) }
        return String(cString: raw)
    }

    private func string(_ p: UnsafePointer<xmlChar>?) -> String { p.map { String(cString: $0) } ?? "" }
}
