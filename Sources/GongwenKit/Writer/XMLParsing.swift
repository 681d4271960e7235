import CLibXML2

/// A parsed document written back out as UTF-8 bytes; nil if libxml2 cannot serialise it.
func serializeXML(_ doc: xmlDocPtr) -> [UInt8]? {
    var out: UnsafeMutablePointer<xmlChar>?
    var size: Int32 = 0
    xmlDocDumpMemoryEnc(doc, &out, &size, "UTF-8")
    defer { free(out) }
    guard let out else { return nil }
    return Array(UnsafeBufferPointer(start: out, count: Int(size)))
}

/// Parses XML bytes with libxml2, quietly and without network access; nil when not well-formed.
/// The caller frees the result with xmlFreeDoc.
func parseXML(_ bytes: [UInt8], name: String, huge: Bool = false) -> xmlDocPtr? {
    guard !bytes.isEmpty else { return nil }
    var options = XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
    if huge { options |= XML_PARSE_HUGE.rawValue }
    return bytes.withUnsafeBufferPointer { buf in
        buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buf.count) {
            xmlReadMemory($0, Int32(buf.count), name, "UTF-8", Int32(options))
        }
    }
}
