import CLibXML2
import CZlib
import Foundation

/// A seal image is checked whole before a document takes it: LibreOffice drops a seal it cannot
/// draw without a word (the PDF is written without it), and follows whatever an SVG refers to. So a
/// PNG is decoded here (header, every chunk's CRC, the image data inflated to exactly the size its
/// header declares, in bounded steps), and an SVG may refer to nothing outside itself.
enum SealImageCheck {
    struct Failure: Error, Equatable { var reason: String }

    // MARK: PNG

    /// Width and height of a whole, well-formed PNG, or what is wrong with it.
    static func png(_ b: [UInt8]) -> Result<(width: Int, height: Int), Failure> {
        func fail(_ reason: String) -> Result<(width: Int, height: Int), Failure> { .failure(Failure(reason: reason)) }
        let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        guard b.count >= 8, Array(b[0..<8]) == signature else { return fail("it is not a PNG image") }
        func be32(_ i: Int) -> Int { b[i..<i + 4].reduce(0) { $0 << 8 | Int($1) } }
        var offset = 8
        var header: (width: Int, height: Int, depth: Int, colour: Int, interlaced: Bool)?
        var stream = z_stream()
        var inflating = false
        defer { if inflating { inflateEnd(&stream) } }
        var expected = 0, inflated = 0, streamEnded = false, sawData = false, dataEnded = false
        var scratch = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            guard offset + 12 <= b.count else { return fail("the file ends before the image does (it is truncated)") }
            let length = be32(offset)
            let type = Array(b[(offset + 4)..<(offset + 8)])
            guard length <= b.count - offset - 12 else { return fail("the file ends before the image does (it is truncated)") }
            let dataStart = offset + 8
            let crc = b.withUnsafeBufferPointer { crc32(0, $0.baseAddress! + offset + 4, uInt(length + 4)) }
            guard Int(crc) == be32(dataStart + length) else { return fail("it is damaged (a chunk's checksum is wrong)") }
            let name = String(decoding: type, as: UTF8.self)
            if header == nil {
                guard name == "IHDR", length == 13 else { return fail("it is damaged (no image header)") }
                let width = be32(dataStart), height = be32(dataStart + 4)
                let depth = Int(b[dataStart + 8]), colour = Int(b[dataStart + 9]), interlace = Int(b[dataStart + 12])
                guard width > 0, height > 0 else { return fail("its header gives a size of \(width) × \(height) pixels") }
                guard width <= PNGDecoder.maximumSide, height <= PNGDecoder.maximumSide, width * height <= PNGDecoder.maximumPixels else {
                    return fail("it declares \(width) × \(height) pixels; a seal may have at most \(PNGDecoder.maximumSide) a side and \(PNGDecoder.maximumPixels / 1_000_000) million in all")
                }
                let channels: Int
                switch (colour, depth) {
                case (0, 1), (0, 2), (0, 4), (0, 8), (0, 16): channels = 1
                case (3, 1), (3, 2), (3, 4), (3, 8): channels = 1
                case (2, 8), (2, 16): channels = 3
                case (4, 8), (4, 16): channels = 2
                case (6, 8), (6, 16): channels = 4
                default: return fail("it is damaged (colour type \(colour) with \(depth)-bit samples)")
                }
                guard b[dataStart + 10] == 0, b[dataStart + 11] == 0, interlace <= 1 else { return fail("it is damaged (unknown compression, filter or interlace method)") }
                header = (width, height, depth, colour, interlace == 1)
                expected = PNGDecoder.scanlineBytes(width: width, height: height, bitsPerPixel: channels * depth, interlaced: interlace == 1)
                guard inflateInit_(&stream, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return fail("it cannot be decoded (out of memory)") }
                inflating = true
            } else if name == "IDAT" {
                guard !dataEnded else { return fail("it is damaged (its image data is split by other chunks)") }
                sawData = true
                if streamEnded {
                    guard length == 0 else { return fail("it is damaged (data after the end of the image)") }
                    offset = dataStart + length + 4
                    continue
                }
                var status: Int32 = Z_OK
                b.withUnsafeBufferPointer { input in
                    stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress! + dataStart)
                    stream.avail_in = uInt(length)
                    scratch.withUnsafeMutableBufferPointer { out in
                        while stream.avail_in > 0 && status == Z_OK {
                            stream.next_out = out.baseAddress
                            stream.avail_out = uInt(out.count)
                            status = inflate(&stream, Z_NO_FLUSH)
                            inflated += out.count - Int(stream.avail_out)
                            // More pixels than the header declares: stop before inflating them all.
                            if inflated > expected { status = Z_DATA_ERROR }
                        }
                    }
                }
                if status == Z_STREAM_END { streamEnded = true } else if status != Z_OK && status != Z_BUF_ERROR {
                    return fail(inflated > expected ? "it holds more image data than its header's \(header!.width) × \(header!.height) pixels" : "it is damaged (its image data cannot be decompressed)")
                }
            } else if name == "IEND" {
                guard sawData else { return fail("it holds no image data (only a header)") }
                guard streamEnded, inflated == expected else { return fail("it is truncated or damaged (its image data ends early)") }
                return .success((header!.width, header!.height))
            } else {
                if sawData { dataEnded = true }
                // A critical chunk this reader does not know (first letter upper case) cannot be drawn.
                if type[0] & 0x20 == 0 && name != "PLTE" { return fail("it is damaged (unknown critical chunk)") }
                if name == "PLTE" && header!.colour == 0 { return fail("it is damaged (a palette in a grey image)") }
            }
            offset = dataStart + length + 4
        }
    }

    // MARK: SVG

    /// The most elements an SVG seal may draw once every `<use>` is expanded: a seal is a ring, a
    /// star and a few dozen characters, and a `<use>` of a group of ten `<use>`s of … multiplies
    /// itself (nine levels of ten: a billion circles, which kept librsvg drawing for minutes).
    static let svgMaxDrawnElements = 10_000

    /// How many elements the SVG draws with every reference standing for a copy of what it names
    /// (`<use href="#id">`, any element's `href`, and `url(#id)` in an attribute or style: patterns,
    /// markers, masks, filters, gradients), counted up to `svgMaxDrawnElements + 1`; nil when a
    /// reference leads back to where it stands. Read as librsvg reads them: an `id` without a
    /// namespace, the first in document order; `href` without a namespace before `xlink:href`.
    /// Walked without recursion (a chain of references may be as long as the file).
    static func svgDrawnElements(in doc: xmlDocPtr) -> Int? {
        guard let root = xmlDocGetRootElement(doc) else { return 0 }
        let cap = svgMaxDrawnElements + 1
        func key(_ node: xmlNodePtr) -> Int { Int(bitPattern: UnsafeRawPointer(node)) }
        // Every element in document order, the first of each id kept.
        var all: [xmlNodePtr] = []
        var pending: [xmlNodePtr] = [root]
        while let node = pending.popLast() {
            all.append(node)
            pending += XMLNodes.children(node).reversed()
        }
        var byID: [String: xmlNodePtr] = [:]
        for node in all {
            if let id = XMLNodes.attributes(node).first(where: { $0.name == "id" && $0.namespace == nil })?.value, byID[id] == nil { byID[id] = node }
        }
        let xlink = "http://www.w3.org/1999/xlink"
        // What an element stands for: its element children and every element it refers to.
        func parts(_ node: xmlNodePtr) -> [xmlNodePtr] {
            var result = XMLNodes.children(node)
            let list = XMLNodes.attributes(node)
            let href = list.first { $0.name == "href" && $0.namespace == nil } ?? list.first { $0.name == "href" && $0.namespace == xlink }
            if let href, href.value.hasPrefix("#"), let target = byID[String(href.value.dropFirst())] { result.append(target) }
            for attribute in list {
                var rest = Substring(attribute.value)
                while let r = rest.range(of: "url(", options: .caseInsensitive) {
                    let after = rest[r.upperBound...]
                    let target = after.prefix { $0 != ")" }.trimmingCharacters(in: CharacterSet(charactersIn: " \t\n\r'\""))
                    if target.hasPrefix("#"), let element = byID[String(target.dropFirst())] { result.append(element) }
                    rest = after
                }
            }
            return result
        }
        // Post-order with an explicit stack; `open` marks the elements on the current path (a cycle).
        var counted: [Int: Int] = [:]
        var open: Set<Int> = []
        var stack: [(node: xmlNodePtr, parts: [xmlNodePtr]?)] = [(root, nil)]
        while let (node, known) = stack.popLast() {
            if counted[key(node)] != nil { continue }
            if let known {
                open.remove(key(node))
                counted[key(node)] = known.reduce(1) { min(cap, $0 + (counted[key($1)] ?? 0)) }
                continue
            }
            if open.contains(key(node)) { return nil }
            open.insert(key(node))
            let list = parts(node)
            stack.append((node, list))
            for part in list where counted[key(part)] == nil {
                if open.contains(key(part)) { return nil }
                stack.append((part, nil))
            }
        }
        return counted[key(root)] ?? 0
    }

    /// nil when the SVG refers to nothing outside itself; else what it refers to (cut short).
    /// LibreOffice follows `href` (`<image>`, `<use>`, `<a>`, `<feImage>`), CSS `url(…)` and
    /// `@import`, and `xml-stylesheet`: only `#fragment` references are let through.
    static func svgExternalReference(in doc: xmlDocPtr) -> String? {
        var stack: [xmlNodePtr] = []
        var top = doc.pointee.children
        while let node = top { stack.append(node); top = node.pointee.next }
        func outside(_ value: String) -> String? {
            let v = value.trimmingCharacters(in: .whitespacesAndNewlines)
            return v.isEmpty || v.hasPrefix("#") ? nil : v
        }
        func cssReference(_ css: String) -> String? {
            if css.range(of: "@import", options: .caseInsensitive) != nil { return "@import" }
            var rest = Substring(css)
            while let r = rest.range(of: "url(", options: .caseInsensitive) {
                let after = rest[r.upperBound...]
                let target = after.prefix { $0 != ")" }.trimmingCharacters(in: CharacterSet(charactersIn: " \t\n\r'\""))
                if let found = outside(target) { return found }
                rest = after
            }
            return nil
        }
        while let node = stack.popLast() {
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                let name = String(cString: node.pointee.name)
                if name == "foreignObject" || name == "script" { return "<\(name)>" }
                for (attributeName, _, value) in XMLNodes.attributes(node) {
                    if attributeName == "href" || attributeName == "src", let found = outside(value) { return found }
                    if let found = cssReference(value) { return found }
                }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = node.pointee.content, let found = cssReference(String(cString: content)) { return found }
            case XML_PI_NODE:
                return "<?\(String(cString: node.pointee.name))?>"
            case XML_ENTITY_REF_NODE:
                return "an entity reference"
            default: break
            }
            var child = node.pointee.children
            while let c = child { stack.append(c); child = c.pointee.next }
        }
        return nil
    }
}
