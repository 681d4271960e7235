import CLibXML2
import Foundation

/// A sheet's XML read with libxml2's SAX2 push parser, fed a slice at a time: the events of one
/// slice are kept (names, attributes and text in one byte arena) and handed out one by one, so a
/// large sheet costs neither a tree nor a second copy. (xmlTextReader built and freed a node for
/// every element and text: three quarters of the instructions of reading a 3,000-row sheet.)
///
/// An empty element (`<c/>`) gives a start and an end, as `<c></c>` does: the two mean the same.
final class XMLPull {
    enum Event: UInt8 { case start, end, text }

    private struct Item {
        var event: Event
        /// The local name of an element, or the text.
        var bytes: Range<Int>
        var attributes: Range<Int>
    }

    private struct Attribute {
        /// As written: `r`, `table:number-rows-repeated`.
        var qualified: Range<Int>
        var value: Range<Int>
    }

    static let slice = 64 * 1024

    private let input: [UInt8]
    private var offset = 0
    private var context: xmlParserCtxtPtr?
    // Touched only by this reader's one thread, from next() and the callbacks it runs: the
    // run-time exclusivity checks were a third of the callbacks' instructions.
    @exclusivity(unchecked) private var items: [Item] = []
    @exclusivity(unchecked) private var attributes: [Attribute] = []
    @exclusivity(unchecked) private var arena: [UInt8] = []
    @exclusivity(unchecked) private var current = 0
    private(set) var failed = false

    /// nil when libxml2 cannot start reading (empty input).
    init?(_ bytes: [UInt8], name: String) {
        guard !bytes.isEmpty else { return nil }
        input = bytes
        var sax = xmlSAXHandler()
        sax.initialized = XML_SAX2_MAGIC
        sax.startElementNs = { user, localName, prefix, _, _, _, count, _, values in
            guard let user, let localName else { return }
            XMLPull.from(user).started(localName, count: Int(count), values: values)
        }
        sax.endElementNs = { user, localName, _, _ in
            guard let user, let localName else { return }
            XMLPull.from(user).ended(localName)
        }
        sax.characters = { user, text, length in
            guard let user, let text else { return }
            XMLPull.from(user).characters(text, Int(length))
        }
        sax.cdataBlock = sax.characters
        // Said by `failed`, not printed.
        sax.serror = { _, _ in }
        guard let context = xmlCreatePushParserCtxt(&sax, Unmanaged.passUnretained(self).toOpaque(), nil, 0, name) else { return nil }
        // Entities are replaced where they are used; none can be declared (no entityDecl handler),
        // so only the predefined ones and character references exist.
        xmlCtxtUseOptions(context, Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOENT.rawValue
                                         | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue))
        self.context = context
    }

    deinit {
        if let context { xmlFreeParserCtxt(context) }
    }

    private static func from(_ user: UnsafeMutableRawPointer) -> XMLPull {
        Unmanaged<XMLPull>.fromOpaque(user).takeUnretainedValue()
    }

    /// The next element start, element end or text; nil at the end or on malformed XML (`failed`).
    func next() -> Event? {
        current += 1
        while current >= items.count {
            guard let context else { return nil }
            items.removeAll(keepingCapacity: true)
            attributes.removeAll(keepingCapacity: true)
            arena.removeAll(keepingCapacity: true)
            current = 0
            let count = min(Self.slice, input.count - offset)
            let last = offset + count == input.count
            let status = input.withUnsafeBytes { buffer in
                xmlParseChunk(context, buffer.baseAddress!.advanced(by: offset).assumingMemoryBound(to: CChar.self), Int32(count), last ? 1 : 0)
            }
            offset += count
            if status != 0 || context.pointee.wellFormed == 0 { failed = true }
            if failed || last {
                // What was read before the error is still handed out, then nil.
                xmlFreeParserCtxt(context)
                self.context = nil
            }
        }
        return items[current].event
    }

    var name: String { string(items[current].bytes) }
    var value: String { string(items[current].bytes) }

    /// Whether the current element's local name is `wanted`, without making a String of it (the
    /// names of a large sheet's cells were a tenth of reading it).
    func isNamed(_ wanted: StaticString) -> Bool {
        holds(items[current].bytes, UnsafeBufferPointer(start: wanted.utf8Start, count: wanted.utf8CodeUnitCount))
    }

    /// An attribute of the current element by its qualified name as written.
    func attribute(_ qualified: String) -> String? {
        var qualified = qualified
        return qualified.withUTF8 { wanted in
            attributes[items[current].attributes].first { holds($0.qualified, wanted) }.map { string($0.value) }
        }
    }

    /// Whether the arena holds exactly `wanted` at `range`.
    private func holds(_ range: Range<Int>, _ wanted: UnsafeBufferPointer<UInt8>) -> Bool {
        guard range.count == wanted.count else { return false }
        guard let base = wanted.baseAddress, !range.isEmpty else { return true }
        return arena.withUnsafeBufferPointer { memcmp($0.baseAddress! + range.lowerBound, base, range.count) == 0 }
    }

    private func string(_ range: Range<Int>) -> String {
        arena.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
    }

    private func store(_ text: UnsafePointer<xmlChar>, _ length: Int) -> Range<Int> {
        let start = arena.count
        arena.append(contentsOf: UnsafeBufferPointer(start: text, count: length))
        return start..<arena.count
    }

    private func started(_ localName: UnsafePointer<xmlChar>, count: Int, values: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
        let name = store(localName, Int(xmlStrlen(localName)))
        let first = attributes.count
        // Five pointers per attribute: local name, prefix, URI, value start, value end.
        for i in 0..<(values == nil ? 0 : count) {
            guard let local = values![5 * i], let start = values![5 * i + 3], let end = values![5 * i + 4] else { continue }
            let qualifiedStart = arena.count
            if let prefix = values![5 * i + 1] {
                _ = store(prefix, Int(xmlStrlen(prefix)))
                arena.append(UInt8(ascii: ":"))
            }
            _ = store(local, Int(xmlStrlen(local)))
            let qualified = qualifiedStart..<arena.count
            attributes.append(Attribute(qualified: qualified, value: store(start, end - start)))
        }
        items.append(Item(event: .start, bytes: name, attributes: first..<attributes.count))
    }

    private func ended(_ localName: UnsafePointer<xmlChar>) {
        items.append(Item(event: .end, bytes: store(localName, Int(xmlStrlen(localName))), attributes: 0..<0))
    }

    private func characters(_ text: UnsafePointer<xmlChar>, _ length: Int) {
        // The parser may hand one text over in pieces: they are one event.
        if let last = items.last, last.event == .text, last.bytes.upperBound == arena.count {
            let range = store(text, length)
            items[items.count - 1].bytes = last.bytes.lowerBound..<range.upperBound
        } else {
            items.append(Item(event: .text, bytes: store(text, length), attributes: 0..<0))
        }
    }
}
