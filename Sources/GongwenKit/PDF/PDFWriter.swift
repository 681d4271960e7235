import Crypto
import Foundation

/// Turns pages laid out by gongwen's layout engine into the bytes of a PDF 1.7 file (ISO 32000-1:2008).
///
/// The file is written in one pass. Compressed, it keeps every object that is not a stream in one object
/// stream (§7.5.7) and its cross-references in a cross-reference stream (§7.5.8), both PDF 1.5 and allowed
/// by PDF/A-2 (PDF/A-1 forbade them); uncompressed, a classic cross-reference table (§7.5.4) and trailer.
/// Its object numbers are fixed by the input:
///
/// | object | what |
/// |---|---|
/// | 1 | document catalog (§7.7.2) |
/// | 2 | the single page tree node (§7.7.3.2) |
/// | 3 | document information dictionary (§14.3.3) |
/// | 4 + 5k … 8 + 5k | the k-th used face: Type 0 font, CIDFont, font descriptor, font program, ToUnicode CMap (§9.7, §9.10.3) |
/// | then, per page | page object (§7.7.3.3) and its content stream (§7.8.2) |
/// | then, per distinct image | image XObject (§8.9.5), and its soft mask (§11.6.5.3) when it has transparency |
/// | then, when there are headings | the outline (§12.3.3) and its entries |
/// | then, for PDF/A-2b | the XMP metadata (§14.3.2), the output intent (§14.11.5) and its ICC profile |
/// | then, compressed | the object stream and the cross-reference stream |
///
/// The output depends only on the input: no clock, no randomness, and no iteration over hashed
/// collections reaches the bytes, so the same input always yields byte-identical files.
public enum PDFWriter {

    /// Why a document could not be written. `message` says what was wrong, in English, for the user.
    public enum Failure: Error, Sendable, Equatable, CustomStringConvertible {
        /// The document has no pages; a PDF page tree must have at least one page to be useful.
        case noPages
        /// A page (1-based number) or one of its items cannot be drawn.
        case invalidPage(page: Int, message: String)
        /// A face (0-based index into `faces`) cannot be embedded.
        case invalidFace(face: Int, message: String)
        /// The document information (title, author, creator, date) cannot be written.
        case invalidInfo(message: String)
        /// The writer contradicted itself (a bug in the writer, not in the input).
        case inconsistent(message: String)

        /// A human-readable explanation of the failure.
        public var message: String {
            switch self {
            case .noPages: return "the document has no pages"
            case let .invalidPage(page, message): return "page \(page): \(message)"
            case let .invalidFace(face, message): return "face \(face): \(message)"
            case let .invalidInfo(message): return "document information: \(message)"
            case let .inconsistent(message): return "PDF writer bug: \(message)"
            }
        }

        public var description: String { message }
    }

    /// Writes `pages` as a PDF 1.7 file and returns its bytes.
    ///
    /// - Parameters:
    ///   - pages: the laid-out pages, in reading order. Must not be empty.
    ///   - faces: the font programs that glyph runs refer to by index. Only faces that some glyph run uses are
    ///     embedded, each whole (the caller subsets). Glyphs are shown with 2-byte Identity-H codes equal to
    ///     their CIDs: the glyph id, except for a CID-keyed CFF, where it is the glyph's CID from the charset.
    ///   - info: the document information dictionary's entries.
    ///   - compress: an optional zlib compressor (RFC 1950 wrapper around deflate, as zlib's `compress2` makes).
    ///     When given and it returns bytes for a stream, that stream is stored with `/Filter /FlateDecode` (§7.4.4);
    ///     when it returns `nil`, that stream is stored uncompressed. When given at all, the objects that are not
    ///     streams go into an object stream and the cross-references into a cross-reference stream (PDF 1.5);
    ///     without it, the file has a classic cross-reference table and trailer.
    /// - Throws: `PDFWriter.Failure` when the input cannot be represented (bad numbers, unknown face, glyph id
    ///   beyond the 2-byte range of Identity-H, a glyph without an advance, an unreadable font program, …).
    public static func write(pages: [LaidOutPage], faces: [EmbeddedFace], info: PDFInfo,
                             compress: (([UInt8]) -> [UInt8]?)? = nil) throws -> [UInt8] {
        try writeHashed(pages: pages, faces: faces, info: info, compress: compress).bytes
    }

    /// `write`, with the SHA-256 of the file it returns: the file identifier is already hashed from
    /// everything before the cross-references (the trailer, or the cross-reference stream), and what
    /// follows is added to the same hash (the
    /// batch report names what it keeps of a PDF by this hash, 0.23 ms a unit hashed again).
    public static func writeHashed(pages: [LaidOutPage], faces: [EmbeddedFace], info: PDFInfo,
                                   compress: (([UInt8]) -> [UInt8]?)? = nil) throws -> (bytes: [UInt8], sha256: [UInt8]) {
        guard !pages.isEmpty else { throw Failure.noPages }
        try validate(info)
        for (index, page) in pages.enumerated() {
            try validate(page, number: index + 1, faceCount: faces.count)
        }

        // The faces actually used, in index order (deterministic), with their embedding plans.
        var used = [Bool](repeating: false, count: faces.count)
        for page in pages {
            for case let .glyphs(run) in page.allItems where !run.glyphs.isEmpty { used[run.face] = true }
        }
        var plans: [Int: FontPlan] = [:]
        var planOrder: [Int] = []
        for index in faces.indices where used[index] {
            plans[index] = try FontPlan(face: faces[index], index: index, pages: pages)
            planOrder.append(index)
        }

        // Object numbers (see the table in the type's documentation).
        let catalogObject = 1, pagesObject = 2, infoObject = 3
        var next = 4
        var fontObjects: [Int: Int] = [:]           // face index → Type 0 font object; the other four follow it
        for index in planOrder { fontObjects[index] = next; next += 5 }
        let firstPageObject = next
        next = firstPageObject + 2 * pages.count
        // Images: each distinct one decoded once and drawn by every page that shows it.
        var images: [(image: SealImage, decoded: DecodedImage, object: Int)] = []
        for page in pages {
            for case let .image(image, _, _, _, _) in page.allItems where !images.contains(where: { $0.image.bytes == image.bytes }) {
                let decoded: DecodedImage
                do { decoded = try PNGDecoder.decode(image.bytes) } catch {
                    throw Failure.invalidPage(page: (pages.firstIndex(of: page) ?? 0) + 1, message: error.description)
                }
                images.append((image, decoded, next))
                next += decoded.alpha == nil ? 1 : 2
            }
        }
        // §12.3.3 document outline: the headings, nested by level, each opening its page at its line.
        let outline = OutlineTree(pages.enumerated().flatMap { number, page in page.outline.map { (page: number, entry: $0) } })
        let outlineObject = outline.items.isEmpty ? nil : next
        if !outline.items.isEmpty { next += 1 + outline.items.count }
        // PDF/A-2b (`PDFArchival`): the metadata, the output intent and its profile.
        let archivalObject = info.archival ? next : nil
        if info.archival { next += 3 }
        let metadata = info.archival ? try PDFArchival.xmp(info) : []
        let objectCount = next   // including object 0
        /// An image's place among the distinct ones (its resource is /Im followed by place + 1).
        func imageIndex(_ image: SealImage) -> Int? { images.firstIndex { $0.image.bytes == image.bytes } }

        var out = Body(compress: compress)
        out.raw("%PDF-1.7\n%")
        out.bytes.append(contentsOf: [0xE2, 0xE3, 0xCF, 0xD3])   // §7.5.2: binary comment so transfer tools keep it binary
        out.raw("\n")

        // §7.7.2 document catalog.
        // The text is Chinese (§14.9.2.1), and a viewer shows the title rather than the file name (§12.2).
        out.object(catalogObject, "<< /Type /Catalog /Pages \(pagesObject) 0 R"
                   + (outlineObject.map { " /Outlines \($0) 0 R" } ?? "")
                   + (archivalObject.map { " /Metadata \($0) 0 R /OutputIntents [\($0 + 1) 0 R]" } ?? "")
                   + " /Lang (zh-CN) /ViewerPreferences << /DisplayDocTitle true >> >>")

        // §7.7.3.2 page tree: one node holding every page.
        let kids = (0..<pages.count).map { "\(firstPageObject + 2 * $0) 0 R" }.joined(separator: " ")
        out.object(pagesObject, "<< /Type /Pages /Kids [\(kids)] /Count \(pages.count) >>")

        // §14.3.3 document information dictionary; text strings per §7.9.2.2, dates per §7.9.4.
        let date = "(D:\(pad(info.date.year, 4))\(pad(info.date.month, 2))\(pad(info.date.day, 2))000000Z)"
        out.object(infoObject, "<< /Title \(textString(info.title)) /Author \(textString(info.author))"
                   + " /Creator \(textString(info.creator)) /CreationDate \(date) /ModDate \(date) >>")

        // §9.7 composite fonts.
        for index in planOrder {
            guard let plan = plans[index], let type0 = fontObjects[index] else { continue }
            try writeFont(plan, face: faces[index], firstObject: type0, into: &out)
        }

        // §7.7.3.3 pages and §7.8.2 their content streams.
        for (number, page) in pages.enumerated() {
            let pageObject = firstPageObject + 2 * number
            var faceIndices: [Int] = []
            for case let .glyphs(run) in page.allItems where !run.glyphs.isEmpty && !faceIndices.contains(run.face) {
                faceIndices.append(run.face)
            }
            let fonts = faceIndices.sorted().compactMap { index -> String? in
                guard let plan = plans[index], let object = fontObjects[index] else { return nil }
                return "/\(plan.resourceName) \(object) 0 R"
            }
            var shown: [String] = []
            for case let .image(image, _, _, _, _) in page.allItems {
                guard let i = imageIndex(image) else { continue }
                let entry = "/Im\(i + 1) \(images[i].object) 0 R"
                if !shown.contains(entry) { shown.append(entry) }
            }
            var resources = "<<"
            if !fonts.isEmpty { resources += " /Font << \(fonts.joined(separator: " ")) >>" }
            if !shown.isEmpty { resources += " /XObject << \(shown.joined(separator: " ")) >>" }
            resources += " >>"
            let mediaBox = "[0 0 \(num(page.width * pointsPerMillimetre)) \(num(page.height * pointsPerMillimetre))]"
            out.object(pageObject, "<< /Type /Page /Parent \(pagesObject) 0 R /MediaBox \(mediaBox)"
                       + " /Resources \(resources) /Contents \(pageObject + 1) 0 R >>")
            out.stream(pageObject + 1, entries: "", data: contentStream(page, plans: plans, imageName: { imageIndex($0).map { "Im\($0 + 1)" } }))
        }

        // §8.9.5 image XObjects: 8-bit grey or RGB samples, the opacity as a soft mask.
        for (_, decoded, object) in images {
            let space = decoded.colours == 1 ? "/DeviceGray" : "/DeviceRGB"
            let mask = decoded.alpha == nil ? "" : " /SMask \(object + 1) 0 R"
            out.stream(object, entries: " /Type /XObject /Subtype /Image /Width \(decoded.width) /Height \(decoded.height)"
                       + " /ColorSpace \(space) /BitsPerComponent 8\(mask)", data: decoded.samples)
            if let alpha = decoded.alpha {
                out.stream(object + 1, entries: " /Type /XObject /Subtype /Image /Width \(decoded.width) /Height \(decoded.height)"
                           + " /ColorSpace /DeviceGray /BitsPerComponent 8", data: alpha)
            }
        }

        if let root = outlineObject {
            func ref(_ item: Int?) -> Int? { item.map { root + 1 + $0 } }
            let top = outline.children(of: nil)
            out.object(root, "<< /Type /Outlines /First \(root + 1 + top[0]) 0 R /Last \(root + 1 + top[top.count - 1]) 0 R /Count \(outline.items.count) >>")
            for (i, item) in outline.items.enumerated() {
                let siblings = outline.children(of: item.parent)
                let place = siblings.firstIndex(of: i) ?? 0
                let kids = outline.children(of: i)
                var entries = "<< /Title \(textString(item.title)) /Parent \(ref(item.parent) ?? root) 0 R"
                if place > 0 { entries += " /Prev \(root + 1 + siblings[place - 1]) 0 R" }
                if place + 1 < siblings.count { entries += " /Next \(root + 1 + siblings[place + 1]) 0 R" }
                if let first = kids.first, let last = kids.last {
                    entries += " /First \(root + 1 + first) 0 R /Last \(root + 1 + last) 0 R /Count \(outline.descendants(of: i))"
                }
                let page = pages[item.page]
                let y = (page.height - item.top) * pointsPerMillimetre
                entries += " /Dest [\(firstPageObject + 2 * item.page) 0 R /XYZ null \(num(y)) null] >>"
                out.object(root + 1 + i, entries)
            }
        }

        // ISO 19005-2 §6.6.2.1: the metadata stream is not compressed; §6.2.3: the output intent.
        if let first = archivalObject {
            out.stream(first, entries: " /Type /Metadata /Subtype /XML", data: metadata, compressed: false)
            out.object(first + 1, PDFArchival.outputIntent(profile: first + 2))
            out.stream(first + 2, entries: " /N 3", data: BuiltInColourProfile.sRGB)
        }

        // A compressed file keeps every object that is not a stream in one object stream (§7.5.7) and
        // its cross-references in a stream (§7.5.8): the fonts', pages' and outline's dictionaries
        // deflate to a third (about 5 KB a unit of the bench's). An uncompressed file keeps the table
        // and trailer a reader can read by eye.
        let compressed = out.compress != nil
        let packObject = objectCount, xrefObject = objectCount + 1
        var place = [Int?](repeating: nil, count: objectCount)
        if compressed {
            let packed = out.packed
            var header: [UInt8] = [], values: [UInt8] = []
            for (i, object) in packed.enumerated() {
                header += "\(object.number) \(values.count) ".utf8
                values += object.value
                values.append(0x0A)
                place[object.number] = i
            }
            out.packed = []
            out.stream(packObject, entries: " /Type /ObjStm /N \(packed.count) /First \(header.count)", data: header + values)
        }
        let xrefOffset = out.bytes.count
        if !compressed {
            // §7.5.4 cross-reference table: one subsection, 20-byte entries.
            out.raw("xref\n0 \(objectCount)\n0000000000 65535 f \n")
            for object in 1..<objectCount {
                guard let offset = out.offsets[object] else {
                    throw Failure.inconsistent(message: "object \(object) was not written")
                }
                out.raw("\(pad(offset, 10)) 00000 n \n")
            }
        }

        // §14.4 file identifier, derived from everything written so far (the table, or what the
        // cross-reference stream lists): the first 16 bytes of its SHA-256 (FNV-1a a byte at a time
        // took 0.6 ms a document, SHA-256 0.2 ms here).
        var hasher = SHA256()
        hasher.update(data: out.bytes)
        // swift-crypto's `finalize` hashes a copy of the state (OpenSSLDigestImpl on Linux), so `hasher`
        // goes on over what follows. Its documentation says to discard a finalized hasher: should a
        // release change this, the /ID tests and `writeHashed`'s tests against sha256sum fail.
        let id = hex(Array(hasher.finalize().prefix(16)))
        let tail = out.bytes.count
        if compressed {
            // §7.5.8.3: each entry a type byte, 4 bytes of offset (or of the object stream's number) and 2
            // of generation (or of the place in that stream).
            guard xrefOffset <= Int(UInt32.max) else { throw Failure.inconsistent(message: "the file is larger than 4 GB") }
            var table: [UInt8] = []
            table.reserveCapacity(7 * (objectCount + 2))
            func entry(_ type: UInt8, _ second: Int, _ third: Int) {
                table += [type, UInt8(second >> 24 & 0xFF), UInt8(second >> 16 & 0xFF), UInt8(second >> 8 & 0xFF), UInt8(second & 0xFF),
                          UInt8(third >> 8 & 0xFF), UInt8(third & 0xFF)]
            }
            entry(0, 0, 0xFFFF)
            for object in 1..<objectCount {
                if let offset = out.offsets[object] {
                    entry(1, offset, 0)
                } else if let i = place[object], i <= 0xFFFF {
                    entry(2, packObject, i)
                } else {
                    throw Failure.inconsistent(message: "object \(object) was not written")
                }
            }
            guard let packOffset = out.offsets[packObject] else { throw Failure.inconsistent(message: "the object stream was not written") }
            entry(1, packOffset, 0)
            entry(1, xrefOffset, 0)
            out.stream(xrefObject, entries: " /Type /XRef /Size \(objectCount + 2) /W [1 4 2]"
                       + " /Root \(catalogObject) 0 R /Info \(infoObject) 0 R /ID [<\(id)> <\(id)>]", data: table)
        } else {
            // §7.5.5 trailer.
            out.raw("trailer\n<< /Size \(objectCount) /Root \(catalogObject) 0 R /Info \(infoObject) 0 R /ID [<\(id)> <\(id)>] >>\n")
        }
        out.raw("startxref\n\(xrefOffset)\n%%EOF\n")
        hasher.update(data: out.bytes[tail...])
        return (out.bytes, Array(hasher.finalize()))
    }

    /// The outline's entries in reading order, each with the entry it is nested under: the nearest
    /// earlier entry of a lower level (a level-3 heading straight under a level-1 one nests under it).
    struct OutlineTree {
        var items: [(page: Int, title: String, top: Double, level: Int, parent: Int?)] = []

        init(_ entries: [(page: Int, entry: OutlineEntry)]) {
            var open: [Int] = []   // the chain of entries the next one may nest under
            for (page, entry) in entries {
                while let last = open.last, items[last].level >= entry.level { open.removeLast() }
                items.append((page, entry.title, entry.top, entry.level, open.last))
                open.append(items.count - 1)
            }
        }

        func children(of parent: Int?) -> [Int] { items.indices.filter { items[$0].parent == parent } }

        /// Every entry nested under `item` at any depth (all shown open: §12.3.3's positive /Count).
        func descendants(of item: Int) -> Int {
            children(of: item).reduce(0) { $0 + 1 + descendants(of: $1) }
        }
    }

    // MARK: - Units and numbers

    /// PDF user space units (points, §8.3.2.3) per millimetre.
    static let pointsPerMillimetre = 72.0 / 25.4

    /// Largest coordinate magnitude accepted, in millimetres or points; far beyond any page, small enough
    /// that every number keeps three exact decimals in a Double and fits an Int64 when scaled by 1000.
    static let largestMagnitude = 1.0e7

    /// `value` rounded to three decimals, the precision every number in the file is written with.
    static func round3(_ value: Double) -> Double {
        let clamped = max(-1.0e12, min(1.0e12, value))
        return (clamped * 1000).rounded() / 1000
    }

    /// A real number as PDF writes it (§7.3.3): at most three decimals, no exponent, no trailing zeros, never "-0".
    static func num(_ value: Double) -> String {
        let clamped = max(-1.0e12, min(1.0e12, value.isFinite ? value : 0))
        let thousandths = Int64((clamped * 1000).rounded())
        if thousandths == 0 { return "0" }
        let magnitude = thousandths.magnitude
        var text = thousandths < 0 ? "-" : ""
        text += String(magnitude / 1000)
        let fraction = magnitude % 1000
        if fraction != 0 {
            var digits = String(fraction)
            while digits.count < 3 { digits = "0" + digits }
            while digits.hasSuffix("0") { digits.removeLast() }
            text += "." + digits
        }
        return text
    }

    /// `num(value)`'s bytes appended to `out`, without a String.
    static func appendNum(_ value: Double, to out: inout [UInt8]) {
        let clamped = max(-1.0e12, min(1.0e12, value.isFinite ? value : 0))
        let thousandths = Int64((clamped * 1000).rounded())
        if thousandths == 0 { out.append(UInt8(ascii: "0")); return }
        let magnitude = thousandths.magnitude
        if thousandths < 0 { out.append(UInt8(ascii: "-")) }
        func digits(_ value: UInt64) {
            if value >= 10 { digits(value / 10) }
            out.append(UInt8(ascii: "0") + UInt8(value % 10))
        }
        digits(magnitude / 1000)
        var fraction = magnitude % 1000
        guard fraction != 0 else { return }
        out.append(UInt8(ascii: "."))
        var places = 3
        while fraction % 10 == 0 { fraction /= 10; places -= 1 }
        var divisor: UInt64 = places == 3 ? 100 : places == 2 ? 10 : 1
        while divisor > 0 { out.append(UInt8(ascii: "0") + UInt8(fraction / divisor % 10)); divisor /= 10 }
    }

    /// `value` in decimal, left-padded with zeros to `width` digits.
    static func pad(_ value: Int, _ width: Int) -> String {
        var text = String(value)
        while text.count < width { text = "0" + text }
        return text
    }

    static let hexDigits = Array("0123456789ABCDEF".utf8)

    /// Upper-case hexadecimal of `bytes`, two digits per byte (the body of a hexadecimal string, §7.3.4.3).
    static func hex(_ bytes: [UInt8]) -> String { Hex.digits(bytes, uppercase: true) }

    /// Four upper-case hexadecimal digits of a 16-bit value: one 2-byte character code, one UTF-16 unit.
    static func hex4(_ value: UInt16) -> String {
        hex([UInt8(value >> 8), UInt8(value & 0xFF)])
    }

    // MARK: - Strings and names

    /// A text string (§7.9.2.2) as a hexadecimal string: UTF-16BE with the byte order mark FE FF.
    static func textString(_ text: String) -> String {
        var bytes: [UInt8] = [0xFE, 0xFF]
        for unit in text.utf16 { bytes.append(UInt8(unit >> 8)); bytes.append(UInt8(unit & 0xFF)) }
        return "<\(hex(bytes))>"
    }

    /// A name object (§7.3.5): the UTF-8 bytes of `text`, with `#xx` for bytes outside 0x21–0x7E,
    /// for the number sign and for the delimiters ( ) < > [ ] { } / %.
    static func name(_ text: String) -> String {
        let delimiters = Set("()<>[]{}/%#".utf8)
        var out: [UInt8] = [UInt8(ascii: "/")]
        for byte in text.utf8 {
            if byte < 0x21 || byte > 0x7E || delimiters.contains(byte) {
                out.append(UInt8(ascii: "#"))
                out.append(hexDigits[Int(byte >> 4)])
                out.append(hexDigits[Int(byte & 0x0F)])
            } else {
                out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    // MARK: - Validation

    static func validate(_ info: PDFInfo) throws {
        let (year, month, day) = info.date
        guard (0...9999).contains(year) else { throw Failure.invalidInfo(message: "year \(year) is not 0…9999") }
        guard (1...12).contains(month) else { throw Failure.invalidInfo(message: "month \(month) is not 1…12") }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        guard (1...days).contains(day) else {
            throw Failure.invalidInfo(message: "day \(day) does not exist in \(year)-\(pad(month, 2))")
        }
    }

    static func validate(_ page: LaidOutPage, number: Int, faceCount: Int) throws {
        func fail(_ message: String) -> Failure { .invalidPage(page: number, message: message) }
        // The messages are made only for a number that fails (a glyph's was made for every glyph).
        func check(_ value: Double, _ what: @autoclosure () -> String) throws {
            guard value.isFinite, abs(value) <= largestMagnitude else { throw fail("\(what()) \(value) is not a usable number") }
        }
        func check(_ colour: RGB, _ what: @autoclosure () -> String) throws {
            for component in [colour.r, colour.g, colour.b] where !(component.isFinite && (0...1).contains(component)) {
                throw fail("\(what()) colour component \(component) is not within 0…1")
            }
        }
        try check(page.width, "width")
        try check(page.height, "height")
        guard page.width > 0, page.height > 0 else { throw fail("size \(page.width) × \(page.height) mm is not positive") }
        for entry in page.outline { try check(entry.top, "outline entry top") }
        for (position, item) in page.allItems.enumerated() {
            let what = { "item \(position + 1)" }
            switch item {
            case let .rectangle(x, y, width, height, colour):
                try check(x, "\(what()): x"); try check(y, "\(what()): y")
                try check(width, "\(what()): width"); try check(height, "\(what()): height")
                try check(colour, what())
            case let .image(image, x, y, width, height):
                try check(x, "\(what()): x"); try check(y, "\(what()): y")
                try check(width, "\(what()): width"); try check(height, "\(what()): height")
                guard width > 0, height > 0 else { throw fail("\(what()): image size \(width) × \(height) mm is not positive") }
                guard image.kind == .png else { throw fail("\(what()): only PNG images are drawn") }
            case let .glyphs(run):
                guard run.face >= 0, run.face < faceCount else {
                    throw fail("\(what()): face \(run.face) is not one of the \(faceCount) faces given")
                }
                try check(run.size, "\(what()): size")
                guard run.size > 0 else { throw fail("\(what()): size \(run.size) pt is not positive") }
                try check(run.baseline, "\(what()): baseline")
                try check(run.colour, what())
                for glyph in run.glyphs {
                    try check(glyph.x, "\(what()): x of glyph \(glyph.id)")
                    guard glyph.id <= 0xFFFF else {
                        throw fail("\(what()): glyph id \(glyph.id) does not fit a 2-byte Identity-H code")
                    }
                }
            }
        }
    }

    // MARK: - Content streams (§8, §9.4)

    /// The content stream of one page: rectangles as `re f` paths (§8.5.2, §8.5.3.1), glyph runs as text
    /// objects (§9.4) that set the font and size with `Tf`, the fill colour with `rg` (§8.6.8), the
    /// character spacing with `Tc` (§9.3.2, `commonSpacing`), the run's start with `Tm`, and then show
    /// the glyphs with one `TJ` (§9.4.3) whose numbers move the pen from where the previous glyph's /W
    /// width and the spacing left it to the next glyph's x. The pen is tracked with exactly the numbers
    /// written, so rounding never accumulates: each glyph lands within 0.001 pt of its x.
    static func contentStream(_ page: LaidOutPage, plans: [Int: FontPlan], imageName: (SealImage) -> String? = { _ in nil }) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(16 << 10)
        draw(page.items, frameHeight: page.height, plans: plans, imageName: imageName, into: &out)
        if !page.turnedItems.isEmpty {
            // §8.3.4: the turned frame (page.height wide, page.width tall) turned a quarter onto the
            // page, its x running up from the page's bottom edge and its head toward the left edge.
            out += "q 0 1 -1 0 \(num(page.width * pointsPerMillimetre)) 0 cm\n".utf8
            draw(page.turnedItems, frameHeight: page.width, plans: plans, imageName: imageName, into: &out)
            out += "Q\n".utf8
        }
        return out
    }

    /// Items in a frame `frameHeight` mm tall, y measured down from its top, appended to `out`. The
    /// glyphs' array is written byte by byte (`appendNum`, hex digits): a String a glyph was a tenth
    /// of a document's time.
    static func draw(_ items: [PageItem], frameHeight: Double, plans: [Int: FontPlan], imageName: (SealImage) -> String?, into out: inout [UInt8]) {
        let k = pointsPerMillimetre
        var number: [UInt8] = []
        var currentSpacing: Double?
        for item in items {
            switch item {
            case let .image(image, x, y, width, height):
                // §8.3.4: the image's unit square scaled to its box, its bottom-left corner placed.
                guard let name = imageName(image) else { continue }
                out += "q \(num(width * k)) 0 0 \(num(height * k)) \(num(x * k)) \(num((frameHeight - y - height) * k)) cm /\(name) Do Q\n".utf8
            case let .rectangle(x, y, width, height, colour):
                // y is the top edge measured downward; PDF wants the bottom-left corner measured upward.
                out += "\(rgb(colour)) rg\n".utf8
                out += "\(num(x * k)) \(num((frameHeight - y - height) * k)) \(num(width * k)) \(num(height * k)) re f\n".utf8
            case let .glyphs(run):
                guard let first = run.glyphs.first, let plan = plans[run.face] else { continue }
                let size = round3(run.size)
                var pen = round3(first.x * k)
                let spacing = commonSpacing(run, plan: plan, size: size)
                // Written as bytes, as the glyphs are (a String a number was 1.4 % of a document).
                out += "BT\n/".utf8; out += plan.resourceName.utf8; out.append(0x20)
                appendNum(size, to: &out); out += " Tf\n".utf8
                appendNum(run.colour.r, to: &out); out.append(0x20)
                appendNum(run.colour.g, to: &out); out.append(0x20)
                appendNum(run.colour.b, to: &out); out += " rg\n".utf8
                // The character spacing is part of the text state, kept from one text object to the next:
                // set when it changes (and in the first run, whatever it was before this frame).
                if spacing != currentSpacing { appendNum(spacing, to: &out); out += " Tc\n".utf8; currentSpacing = spacing }
                out += "1 0 0 1 ".utf8; appendNum(pen, to: &out); out.append(0x20)
                appendNum((frameHeight - run.baseline) * k, to: &out); out += " Tm\n".utf8
                // The array's lines are kept under 200 bytes: a line starts at `lineStart`.
                var lineStart = out.count
                out.append(UInt8(ascii: "["))
                var hexOpen = false, inString = 0
                func room(_ count: Int) {
                    if out.count - lineStart + count > 200 { out.append(0x0A); lineStart = out.count }
                }
                for (position, glyph) in run.glyphs.enumerated() {
                    // Moves below 0.001 pt (0.00035 mm) are left out; the pen keeps track, so they never add up.
                    if position > 0, abs(glyph.x * k - pen) >= 0.001 {
                        let adjustment = round3(-(glyph.x * k - pen) * 1000 / size)
                        if adjustment != 0 {
                            if hexOpen { room(1); out.append(UInt8(ascii: ">")); hexOpen = false }
                            number.removeAll(keepingCapacity: true)
                            appendNum(adjustment, to: &number)
                            room(number.count)   // hex strings are self-delimiting: no space needed
                            out += number
                            pen -= adjustment * size / 1000
                        }
                    }
                    if hexOpen && inString >= 32 { room(1); out.append(UInt8(ascii: ">")); hexOpen = false }
                    if !hexOpen { room(1); out.append(UInt8(ascii: "<")); hexOpen = true; inString = 0 }
                    let code = plan.code(of: glyph.id)
                    room(4)
                    out += [hexDigits[Int(code >> 12)], hexDigits[Int(code >> 8 & 0xF)], hexDigits[Int(code >> 4 & 0xF)], hexDigits[Int(code & 0xF)]]
                    inString += 1
                    pen += Double(plan.width(of: glyph.id)) * size / 1000 + spacing
                }
                if hexOpen { room(1); out.append(UInt8(ascii: ">")) }
                out += "] TJ\nET\n".utf8
            }
        }
    }

    /// The character spacing (`Tc`, §9.3.2, in points) a run is drawn with: the space it leaves most
    /// often between where one glyph's width ends and the next glyph starts, to the thousandth of a
    /// point (on the grid 15.794 pt a 16-pt character: −0.207), so that the `TJ` array needs a number
    /// only where a glyph stands elsewhere (a squeezed mark, a Latin letter); 0 for a run of one or two,
    /// and 0 when it is wider than a twentieth of the size.
    /// Ties go to the smaller space, so the choice never depends on a dictionary's order. Before, every
    /// glyph of the grid carried its own number: the page contents were 70 KB a unit, 25 KB deflated.
    static func commonSpacing(_ run: GlyphRun, plan: FontPlan, size: Double) -> Double {
        guard run.glyphs.count > 2 else { return 0 }
        let k = pointsPerMillimetre
        var counts: [Int64: Int] = [:]
        for i in 1..<run.glyphs.count {
            let gap = (run.glyphs[i].x - run.glyphs[i - 1].x) * k - Double(plan.width(of: run.glyphs[i - 1].id)) * size / 1000
            guard gap.isFinite, abs(gap) < 1000 else { continue }
            counts[Int64((gap * 1000).rounded()), default: 0] += 1
        }
        guard let best = counts.max(by: { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }) else { return 0 }
        // A wide spacing (a name spread to a width, 文件 beside stacked issuers) stays in the array: a
        // reader counts Tc into each glyph's box, and boxes that wide put text out of reading order.
        let spacing = Double(best.key) / 1000
        return abs(spacing) <= size / 20 ? spacing : 0
    }

    /// The `r g b` operands of a colour operator.
    static func rgb(_ colour: RGB) -> String { "\(num(colour.r)) \(num(colour.g)) \(num(colour.b))" }

    // MARK: - Fonts (§9.7, §9.8, §9.9, §9.10.3)

    /// How one face is embedded: its resource name, subset name, the character code of each used glyph,
    /// the widths for /W and the Unicode text for the ToUnicode CMap.
    struct FontPlan {
        /// The name in page resource dictionaries, "F" followed by the face's index.
        let resourceName: String
        /// The PostScript name with a subset tag (§9.6.4), used for /BaseFont and /FontName.
        let baseFont: String
        /// Each used glyph's 2-byte character code, by glyph id (0 for a glyph not used). With Identity-H
        /// the code is the CID (§9.7.5.2); for TrueType and name-keyed CFF the CID is the glyph id, for
        /// CID-keyed CFF it is the glyph's CID in the charset. Arrays, not dictionaries: the drawing asks
        /// for every glyph it draws.
        let codes: [UInt16]
        /// Each used glyph's width in thousandths of the em, as written in /W, by glyph id (nil: not used).
        let widths: [Int?]
        /// (code, width) pairs sorted by code, for /W.
        let codeWidths: [(UInt16, Int)]
        /// (code, UTF-16 text) pairs sorted by code, for the ToUnicode CMap.
        let unicode: [(UInt16, [UInt16])]
        /// For a CID-keyed CFF whose used glyphs' CIDs differ from their glyph ids: where the `CFF ` table lies
        /// in the program, to embed it alone (see `writeFont`). Nil when the whole OpenType program is embedded.
        let bareCFF: Range<Int>?

        func code(of glyph: UInt32) -> UInt16 { Int(glyph) < codes.count ? codes[Int(glyph)] : 0 }
        func width(of glyph: UInt32) -> Int { (Int(glyph) < widths.count ? widths[Int(glyph)] : nil) ?? 1000 }

        init(face: EmbeddedFace, index: Int, pages: [LaidOutPage]) throws {
            func fail(_ message: String) -> Failure { .invalidFace(face: index, message: message) }
            guard !face.postScriptName.isEmpty, !face.postScriptName.utf8.contains(0) else {
                throw fail("the PostScript name is empty or contains a NUL byte")
            }
            guard face.unitsPerEm > 0 else { throw fail("units per em \(face.unitsPerEm) is not positive") }
            guard !face.program.isEmpty else { throw fail("the font program is empty") }

            let program = FontProgram(bytes: face.program)
            let glyphCount: Int
            let cids: [UInt16]?
            let cffTable: Range<Int>?
            do {
                (glyphCount, cids, cffTable) = try program.glyphCountAndCIDs(outlines: face.outlines)
            } catch let error as FontProgram.Malformed {
                throw fail("the font program is not usable: \(error.message)")
            }

            resourceName = "F\(index)"
            baseFont = subsetTag(face.program) + "+" + face.postScriptName

            var codes = [UInt16](repeating: 0, count: glyphCount), widths = [Int?](repeating: nil, count: glyphCount)
            var codeWidths: [UInt16: Int] = [:], texts: [UInt16: [UInt16]] = [:]
            var textGiven = [Bool](repeating: false, count: glyphCount)
            let scale = 1000.0 / Double(face.unitsPerEm)
            for page in pages {
                for case let .glyphs(run) in page.allItems where run.face == index {
                    for glyph in run.glyphs {
                        guard Int(glyph.id) < glyphCount else {
                            throw fail("glyph id \(glyph.id) is not in the font program (\(glyphCount) glyphs)")
                        }
                        let id = Int(glyph.id)
                        if widths[id] == nil {
                            guard let advance = face.advances[glyph.id] else {
                                throw fail("no advance given for glyph id \(glyph.id)")
                            }
                            let code = cids.map { $0[id] } ?? UInt16(glyph.id)
                            let width = Int((Double(advance) * scale).rounded())
                            codes[id] = code
                            widths[id] = width
                            codeWidths[code] = width
                        }
                        // The first non-empty text a glyph stands for wins (§9.10.3 allows one mapping per code).
                        if !textGiven[id], !glyph.text.isEmpty, case let code = codes[id], texts[code] == nil {
                            textGiven[id] = true
                            let units = Array(glyph.text.utf16)
                            guard units.count <= 256 else {   // a CMap destination string holds at most 512 bytes
                                throw fail("the text of glyph id \(glyph.id) is longer than 256 UTF-16 units")
                            }
                            texts[code] = units
                        }
                    }
                }
            }
            self.codes = codes
            self.widths = widths
            self.codeWidths = codeWidths.keys.sorted().map { ($0, codeWidths[$0] ?? 1000) }
            self.unicode = texts.keys.sorted().map { ($0, texts[$0] ?? []) }
            // A bare CFF program is embedded as it is, whatever its codes.
            self.bareCFF = face.program.first == 1 || codes.indices.contains { widths[$0] != nil && Int(codes[$0]) != $0 } ? cffTable : nil
        }
    }

    /// Writes the five objects of one face, starting at `firstObject`:
    /// the Type 0 font (§9.7.6), its CIDFont (§9.7.4), the font descriptor (§9.8, with the CIDFont entries of
    /// §9.8.3), the embedded program (§9.9, Table 126: /FontFile3 with /Subtype /OpenType for CFF outlines,
    /// /FontFile2 for TrueType outlines) and the ToUnicode CMap (§9.10.3).
    ///
    /// One exception: when the CFF is CID-keyed and some used glyph's CID is not its glyph id (typical of a
    /// subset CJK font cut by another tool, whose charset keeps the original CIDs), only the `CFF ` table is embedded, as
    /// /FontFile3 with /Subtype /CIDFontType0C. The codes are the CIDs either way, as §9.7.4.2 requires, but
    /// readers built on FreeType without their own CFF parsing (poppler, PDFium) do not consult the charset of
    /// an OpenType-wrapped CFF and use the code as a glyph id, while they do for a bare CID-keyed CFF. Acrobat
    /// and MuPDF read both forms through the charset. With the bare CFF every reader draws the same glyph.
    static func writeFont(_ plan: FontPlan, face: EmbeddedFace, firstObject: Int, into out: inout Body) throws {
        let type0 = firstObject, cidFont = firstObject + 1, descriptor = firstObject + 2
        let program = firstObject + 3, toUnicode = firstObject + 4
        let baseFont = name(plan.baseFont)
        let scale = 1000.0 / Double(face.unitsPerEm)
        func em(_ value: Int) -> Int { Int((Double(value) * scale).rounded()) }

        out.object(type0, "<< /Type /Font /Subtype /Type0 /BaseFont \(baseFont) /Encoding /Identity-H"
                   + " /DescendantFonts [\(cidFont) 0 R] /ToUnicode \(toUnicode) 0 R >>")

        // /W (§9.7.4.3): runs of consecutive codes as `first [w1 w2 …]`, but for the glyphs as wide as
        // /DW gives a glyph /W does not name (1000: an ideograph's em), which it need not name (a unit's
        // /W was 6.5 KB of `[1000]`s).
        let named = plan.codeWidths.filter { $0.1 != defaultWidth }
        var runs: [String] = []
        var index = 0
        while index < named.count {
            let start = named[index].0
            var widths = [String(named[index].1)]
            index += 1
            while index < named.count, Int(named[index].0) == Int(start) + widths.count {
                widths.append(String(named[index].1))
                index += 1
            }
            runs.append("\(start) [\(widths.joined(separator: " "))]")
        }
        var widthLines: [String] = []
        var lineStart = 0
        while lineStart < runs.count {   // keep lines short; whitespace between array elements is free
            widthLines.append(runs[lineStart..<min(runs.count, lineStart + 8)].joined(separator: " "))
            lineStart += 8
        }
        let subtype = face.outlines == .cff ? "/CIDFontType0" : "/CIDFontType2"
        let cidToGID = face.outlines == .trueType ? " /CIDToGIDMap /Identity" : ""
        out.object(cidFont, "<< /Type /Font /Subtype \(subtype) /BaseFont \(baseFont)"
                   + " /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>"
                   + " /FontDescriptor \(descriptor) 0 R /DW \(defaultWidth)\n/W [\(widthLines.joined(separator: "\n"))]\(cidToGID) >>")

        let (xMin, yMin, xMax, yMax) = face.bbox
        let fontFile = face.outlines == .cff ? "/FontFile3" : "/FontFile2"
        out.object(descriptor, "<< /Type /FontDescriptor /FontName \(baseFont) /Flags 4"
                   + " /FontBBox [\(em(xMin)) \(em(yMin)) \(em(xMax)) \(em(yMax))] /ItalicAngle 0"
                   + " /Ascent \(em(face.ascent)) /Descent \(em(face.descent)) /CapHeight \(em(face.capHeight))"
                   + " /StemV 80 \(fontFile) \(program) 0 R >>")

        switch face.outlines {
        case .cff:
            if let table = plan.bareCFF {
                out.stream(program, entries: " /Subtype /CIDFontType0C", data: Array(face.program[table]))
            } else {
                out.stream(program, entries: " /Subtype /OpenType", data: face.program)
            }
        case .trueType:
            out.stream(program, entries: " /Length1 \(face.program.count)", data: face.program)
        }

        out.stream(toUnicode, entries: "", data: toUnicodeCMap(plan.unicode))
    }

    /// The CIDFonts' /DW: the width of a glyph /W does not name, in thousandths of the em.
    static let defaultWidth = 1000

    /// A ToUnicode CMap (§9.10.3, Adobe Technical Note #5411) mapping 2-byte codes to UTF-16BE text.
    /// Consecutive codes that differ only in their last byte are one `bfrange` with an array of their
    /// texts (TN #5411, `beginbfrange`), in blocks of at most 100: the codes of a cut (each glyph's new id) run
    /// 1, 2, 3 …, so a code is not spelled for every glyph (a unit's body CMap deflates to 1.9 KB, not 3).
    static func toUnicodeCMap(_ entries: [(UInt16, [UInt16])]) -> [UInt8] {
        var text = Array("""
        /CIDInit /ProcSet findresource begin
        12 dict begin
        begincmap
        /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
        /CMapName /Adobe-Identity-UCS def
        /CMapType 2 def
        1 begincodespacerange
        <0000> <FFFF>
        endcodespacerange

        """.utf8)
        // Written as bytes: a string a code (its hex, the brackets) was 2 % of a document's time.
        text.reserveCapacity(text.count + entries.count * 8 + 64)
        func hex4(_ value: UInt16) {
            for shift in stride(from: 12, through: 0, by: -4) { text.append(hexDigits[Int(value >> UInt16(shift)) & 0xF]) }
        }
        // Runs of consecutive codes under one high byte (`entries` are sorted by code).
        var runs: [Range<Int>] = []
        var start = 0
        for i in entries.indices.dropFirst() where entries[i].0 != entries[i - 1].0 &+ 1 || entries[i].0 >> 8 != entries[start].0 >> 8 {
            runs.append(start..<i)
            start = i
        }
        if !entries.isEmpty { runs.append(start..<entries.count) }
        var block = 0
        while block < runs.count {
            let ranges = runs[block..<min(runs.count, block + 100)]
            text += "\(ranges.count) beginbfrange\n".utf8
            for run in ranges {
                text.append(UInt8(ascii: "<")); hex4(entries[run.lowerBound].0); text += "> <".utf8
                hex4(entries[run.upperBound - 1].0); text += "> [".utf8
                for (k, (_, units)) in entries[run].enumerated() {
                    text += (k == 0 ? "<" : " <").utf8
                    for unit in units { hex4(unit) }
                    text.append(UInt8(ascii: ">"))
                }
                text += "]\n".utf8
            }
            text += "endbfrange\n".utf8
            block += 100
        }
        text += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n".utf8
        return text
    }

    /// The six upper-case letters that prefix a subset font's name (§9.6.4), taken from a 64-bit hash of the
    /// font program (FNV-1a's step on eight bytes at a time, then MurmurHash3's final mix, so that every byte
    /// moves every bit) so the same program always gets the same tag.
    static func subsetTag(_ program: [UInt8]) -> String {
        var hash = wordwiseFNV1a(program)
        hash ^= hash >> 33
        hash = hash &* 0xFF51_AFD7_ED55_8CCD
        hash ^= hash >> 33
        hash = hash &* 0xC4CE_B9FE_1A85_EC53
        hash ^= hash >> 33
        var letters: [UInt8] = []
        for _ in 0..<6 {
            letters.append(UInt8(ascii: "A") + UInt8(hash % 26))
            hash /= 26
        }
        return String(decoding: letters, as: UTF8.self)
    }

    // MARK: - File body

    /// The bytes written so far and where each object starts (for the cross-references); in a compressed
    /// file, the objects kept for its object stream.
    struct Body {
        var bytes: [UInt8] = []
        var offsets: [Int: Int] = [:]
        /// The objects that are not streams, in the order written, when the file is compressed (§7.5.7).
        var packed: [(number: Int, value: [UInt8])] = []
        let compress: (([UInt8]) -> [UInt8]?)?

        init(compress: (([UInt8]) -> [UInt8]?)?) { self.compress = compress }

        mutating func raw(_ text: String) { bytes.append(contentsOf: text.utf8) }

        /// An indirect object (§7.3.10) whose value is `value`: in the file, or kept for the object
        /// stream when the file is compressed.
        mutating func object(_ number: Int, _ value: String) {
            if compress != nil {
                packed.append((number, Array(value.utf8)))
                return
            }
            offsets[number] = bytes.count
            raw("\(number) 0 obj\n\(value)\nendobj\n")
        }

        /// A stream object (§7.3.8) holding `data`, Flate-compressed (§7.4.4) when allowed, a compressor is
        /// given and it returns bytes. `entries` are further dictionary entries, each starting with a space.
        mutating func stream(_ number: Int, entries: String, data: [UInt8], compressed allowed: Bool = true) {
            var body = data
            var filter = ""
            if allowed, let compress, let compressed = compress(data) {
                body = compressed
                filter = " /Filter /FlateDecode"
            }
            offsets[number] = bytes.count
            raw("\(number) 0 obj\n<< /Length \(body.count)\(filter)\(entries) >>\nstream\n")
            bytes.append(contentsOf: body)
            raw("\nendstream\nendobj\n")
        }
    }
}

/// The few facts the writer reads from a font program (OpenType, ISO/IEC 14496-22): the table directory,
/// the glyph count in `maxp`, and for CFF outlines whether the `CFF ` table is CID-keyed and, if so, the CID
/// of each glyph from its charset (Adobe Technical Note #5176, §13).
///
/// ISO 32000-1 §9.7.4.2 says a CIDFontType0 whose CFF program is CID-keyed selects glyphs by looking the
/// CID up in the charset, so with Identity-H the character code must be that CID, not the glyph id.
struct FontProgram {
    typealias Malformed = CFFMalformed

    let reader: CFFReader<[UInt8]>
    var bytes: [UInt8] { reader.bytes }

    init(bytes: [UInt8]) { reader = CFFReader(bytes: bytes) }

    func u8(_ offset: Int) throws -> Int { try reader.u8(offset) }
    func u16(_ offset: Int) throws -> Int { try reader.u16(offset) }
    func u32(_ offset: Int) throws -> Int { try reader.u16(offset) << 16 | reader.u16(offset + 2) }

    /// The table with tag `tag`: its offset and length, or nil when absent.
    func table(_ tag: String) throws -> (offset: Int, length: Int)? {
        let wanted = Array(tag.utf8)
        let count = try u16(4)
        for record in 0..<count {
            let at = 12 + 16 * record
            guard try (0..<4).allSatisfy({ try u8(at + $0) == Int(wanted[$0]) }) else { continue }
            let offset = try u32(at + 8), length = try u32(at + 12)
            guard offset + length <= bytes.count else { throw Malformed(message: "table '\(tag)' lies beyond the end") }
            return (offset, length)
        }
        return nil
    }

    /// The number of glyphs (from `maxp`), for a CID-keyed CFF each glyph's CID (nil otherwise), and for CFF
    /// outlines where the `CFF ` table lies.
    func glyphCountAndCIDs(outlines: EmbeddedFace.Outlines) throws -> (Int, [UInt16]?, Range<Int>?) {
        if outlines == .cff, bytes.first == 1 {
            // A bare CFF (major version 1), as `PlainCIDSubset` cuts it: its glyph count is its CharStrings'.
            let cff = CFFReader(bytes: bytes)
            guard let topDict = try cff.index(at: cff.indexEnd(at: cff.u8(2))).items.first,
                  let charStrings = try cff.dict(topDict).last(where: { $0.op == 17 })?.operands.first else {
                throw Malformed(message: "bare CFF without CharStrings")
            }
            let glyphCount = try cff.u16(charStrings)
            return (glyphCount, try cidsOfCFF(at: 0, glyphCount: glyphCount), 0..<bytes.count)
        }
        let version = try u32(0)
        switch outlines {
        case .cff:
            guard version == 0x4F54_544F else { throw Malformed(message: "CFF outlines need an 'OTTO' OpenType font") }
        case .trueType:
            guard version == 0x0001_0000 || version == 0x7472_7565 else {
                throw Malformed(message: "TrueType outlines need a 0x00010000 or 'true' font")
            }
        }
        guard let maxp = try table("maxp") else { throw Malformed(message: "no 'maxp' table") }
        let glyphCount = try u16(maxp.offset + 4)
        guard outlines == .cff else { return (glyphCount, nil, nil) }
        if let cff = try table("CFF ") {
            let range = cff.offset..<(cff.offset + cff.length)
            return (glyphCount, try cidsOfCFF(at: cff.offset, glyphCount: glyphCount), range)
        }
        guard try table("CFF2") != nil else { throw Malformed(message: "no 'CFF ' or 'CFF2' table") }
        return (glyphCount, nil, nil)   // CFF2 has no CIDs of its own: glyphs are selected by id
    }

    /// For a CID-keyed `CFF ` table at `base` (Top DICT with ROS), each glyph's CID from the charset; nil for a
    /// name-keyed one.
    func cidsOfCFF(at base: Int, glyphCount: Int) throws -> [UInt16]? {
        let cff = CFFReader(bytes: base == 0 ? bytes : Array(bytes[base...]))
        guard let topDict = try cff.index(at: cff.indexEnd(at: cff.u8(2))).items.first else { throw Malformed(message: "empty Top DICT INDEX") }
        let dict = try cff.dict(topDict)
        func operand(_ op: Int) -> Int? { dict.last { $0.op == op }?.operands.first }
        guard dict.contains(where: { $0.op == 1230 }) else { return nil }      // 12 30 = ROS: CID-keyed
        guard let charset = operand(15), charset > 2 else {                   // 15 = charset; 0–2 are predefined, not for CID fonts
            throw Malformed(message: "CID-keyed CFF without a charset")
        }
        guard let charStrings = operand(17) else { throw Malformed(message: "CFF without CharStrings") }
        let count = min(glyphCount, try cff.u16(charStrings))
        return try cff.charset(at: charset, count: count) + [UInt16](repeating: 0, count: glyphCount - count)
    }
}
