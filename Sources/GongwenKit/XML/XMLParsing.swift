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

/// How much an XML text holds, counted from its bytes before libxml2 builds a tree of it: the tree
/// costs 100 to 300 bytes a node, so 64 MB of empty elements became 2 GB. The scan knows tags,
/// quoted values, comments, CDATA and processing instructions well enough to count; libxml2 still
/// judges whether the text is well-formed.
struct XMLShape {
    var elements = 0
    var attributes = 0
    /// The deepest nesting of elements met.
    var depth = 0
    /// The most attributes on one element (libxml2 checks an element's attributes against each other,
    /// so a million on one element took ten minutes).
    var widest = 0
    /// Elements with the name given to `measure`.
    var named = 0
    /// A `<!DOCTYPE` (or another declaration): the scan stops there.
    var declaration = false

    /// Scans `bytes`, stopping at the first element after which `enough` holds, or at a declaration.
    static func measure(_ bytes: [UInt8], naming name: String = "", until enough: (XMLShape) -> Bool) -> XMLShape {
        bytes.withUnsafeBufferPointer { measure($0, naming: Array(name.utf8), until: enough) }
    }

    private static func measure(_ bytes: UnsafeBufferPointer<UInt8>, naming name: [UInt8], until enough: (XMLShape) -> Bool) -> XMLShape {
        let lt = UInt8(ascii: "<"), gt = UInt8(ascii: ">"), slash = UInt8(ascii: "/"), equals = UInt8(ascii: "=")
        let n = bytes.count
        var shape = XMLShape(), open = 0, i = 0
        func starts(_ text: StaticString, at j: Int) -> Bool {
            let count = text.utf8CodeUnitCount
            guard j + count <= n else { return false }
            for k in 0..<count where bytes[j + k] != text.utf8Start[k] { return false }
            return true
        }
        /// Moves `i` past the next `end` (or to the end of the bytes).
        func skip(past end: StaticString) {
            while i < n, !starts(end, at: i) { i += 1 }
            i = min(i + end.utf8CodeUnitCount, n)
        }
        while i < n {
            guard bytes[i] == lt else { i += 1; continue }
            i += 1
            if starts("/", at: i) {
                open -= 1
                skip(past: ">")
            } else if starts("?", at: i) {
                skip(past: "?>")
            } else if starts("!--", at: i) {
                skip(past: "-->")
            } else if starts("![CDATA[", at: i) {
                skip(past: "]]>")
            } else if starts("!", at: i) {
                shape.declaration = true
                return shape
            } else if i < n {
                shape.elements += 1
                let nameStart = i
                while i < n, ![0x20, 0x09, 0x0A, 0x0D, slash, gt].contains(bytes[i]) { i += 1 }
                if i - nameStart == name.count, name.indices.allSatisfy({ bytes[nameStart + $0] == name[$0] }) { shape.named += 1 }
                // To the tag's end, past any '>' inside a quoted value; each '=' outside one is an attribute.
                var quote: UInt8 = 0, attributes = 0
                while i < n {
                    let b = bytes[i]
                    if quote != 0 {
                        if b == quote { quote = 0 }
                    } else if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
                        quote = b
                    } else if b == equals {
                        attributes += 1
                    } else if b == gt {
                        break
                    }
                    i += 1
                }
                shape.attributes += attributes
                shape.widest = max(shape.widest, attributes)
                if i < n, bytes[i - 1] != slash {
                    open += 1
                    shape.depth = max(shape.depth, open)
                }
                if enough(shape) { return shape }
            }
        }
        return shape
    }
}

/// Reading a parsed tree: an attribute's value by its local name (`xlink:href` answers to `href`,
/// as libxml2's `xmlGetProp` ignores namespaces), every attribute with its namespace, and an element's
/// element children.
enum XMLNodes {
    static func attribute(_ node: xmlNodePtr, _ name: String) -> String? {
        guard let value = xmlGetProp(node, name) else { return nil }
        defer { free(value) }
        return String(cString: value)
    }

    /// Every attribute of `node`, in order: its local name, its namespace (nil for none) and its value.
    static func attributes(_ node: xmlNodePtr) -> [(name: String, namespace: String?, value: String)] {
        var out: [(name: String, namespace: String?, value: String)] = []
        var attribute = node.pointee.properties
        while let at = attribute {
            let raw = xmlNodeGetContent(UnsafeMutableRawPointer(at).assumingMemoryBound(to: xmlNode.self))
            let value = raw.map { String(cString: $0) } ?? ""
            if let raw { free(raw) }
            out.append((String(cString: at.pointee.name), at.pointee.ns?.pointee.href.map { String(cString: $0) }, value))
            attribute = at.pointee.next
        }
        return out
    }

    /// The element children of `node`, in order; only those called `name` when it is given.
    static func children(_ node: xmlNodePtr, _ name: String? = nil) -> [xmlNodePtr] {
        var out: [xmlNodePtr] = []
        var child = node.pointee.children
        while let c = child {
            if c.pointee.type == XML_ELEMENT_NODE, name == nil || String(cString: c.pointee.name) == name { out.append(c) }
            child = c.pointee.next
        }
        return out
    }
}
