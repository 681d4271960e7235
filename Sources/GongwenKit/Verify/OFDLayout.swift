import CHarfBuzz
import CLibXML2
import Foundation

/// What an OFD (GB/T 33190-2016) draws, read into the same pages `verify` measures a PDF by: every
/// glyph with its baseline, size, face and colour, the rules and the images, in millimetres from the
/// page's top-left corner. Read from the package's XML with libxml2, tolerantly: real files from other
/// producers mostly fail the schemas (old namespace, elements out of order, Version 1.1), so elements
/// are found by local name in any namespace and order, a missing attribute takes the standard's
/// default, and what cannot be drawn (a missing font file, an unknown object) is skipped, not refused.
/// What would cost unbounded work or memory is refused: the package is anyone's.
public enum OFDLayout {
    public struct Limits: Sendable {
        /// The zip: entries, bytes of one part and of every part read (XML and embedded fonts together).
        public var zip: ZipArchive.ReadLimits = {
            var limits = ZipArchive.ReadLimits()
            limits.entryBytes = 32 << 20
            limits.totalBytes = 128 << 20
            limits.entries = 20_000
            return limits
        }()
        /// XML parsed, all parts together, counting a part each time it is parsed (pages may name one part).
        public var parsedBytes = 256 << 20
        public var pages = 2_000
        /// Characters drawn over all pages (a 20-page 公文 draws about 15,000).
        public var glyphs = 200_000
        /// Elements of every XML part together (libxml2's tree costs up to a kilobyte each).
        public var elements = 400_000
        public var depth = 100
        public var attributes = 100
        /// Page blocks nested one in another.
        public var nesting = 16
        /// What is drawn further than this from the page's corner (millimetres) is not measured: a page
        /// is at most a few metres, and a coordinate of 1e21 would overflow the measures.
        public var reach = 10_000.0

        public init() {}
    }

    /// Reads the first document of the OFD package at `path`.
    public static func read(ofd path: String, limits: Limits = Limits()) throws(DiagnosticError) -> PDFLayout {
        var reader = try Reader(path: path, limits: limits)
        return try reader.layout()
    }

    /// The number of pages the package's first document lists.
    public static func pageCount(ofd path: String, limits: Limits = Limits()) throws(DiagnosticError) -> Int {
        var reader = try Reader(path: path, limits: limits)
        return try reader.document().pages.count
    }

    /// Whether the package says it is OFD-A (`DocType="OFD-A"`, GB/T 42133); nil when its OFD.xml
    /// cannot be read.
    public static func isArchival(ofd path: String, limits: Limits = Limits()) -> Bool? {
        guard var reader = try? Reader(path: path, limits: limits, only: { Reader.normalised($0).lowercased() == "ofd.xml" }),
              let name = reader.find("OFD.xml", from: [""]), let doc = try? reader.parse(name) else { return nil }
        defer { xmlFreeDoc(doc) }
        return PDFLayout.attribute(xmlDocGetRootElement(doc)!, "DocType") == "OFD-A"
    }

    /// Whether the file starts as a zip does (an OFD is one; a PDF starts `%PDF`).
    public static func looksLikeZip(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 4)) ?? Data()
        return Array(head) == [0x50, 0x4B, 0x03, 0x04]
    }

    // MARK: - The package

    struct Document {
        var folder: String
        var pageBox: [Double]?
        var pages: [(id: String, loc: String)] = []
        var templates: [String: String] = [:]
        var resources: [String] = []
        /// Annotations.xml, and the signatures' list (named by OFD.xml).
        var annotations: String?
        var signatures: String?
    }

    struct Font {
        var name: String
        var file: String?
    }

    struct Paint {
        var fill: Colour?
        var stroke: Colour?
        var lineWidth: Double?
        var relative: String?
    }

    /// RGB, 0 to 1.
    struct Colour {
        var r, g, b: Double
        var isRed: Bool { PDFLayout.isRed(r: r, g: g, b: b) }
    }

    /// An affine map: x' = a x + c y + e, y' = b x + d y + f.
    struct Affine {
        var a = 1.0, b = 0.0, c = 0.0, d = 1.0, e = 0.0, f = 0.0
        func apply(_ x: Double, _ y: Double) -> (x: Double, y: Double) { (a * x + c * y + e, b * x + d * y + f) }
        /// `self` after `inner`: first `inner`, then `self`.
        func after(_ inner: Affine) -> Affine {
            Affine(a: a * inner.a + c * inner.b, b: b * inner.a + d * inner.b,
                   c: a * inner.c + c * inner.d, d: b * inner.c + d * inner.d,
                   e: a * inner.e + c * inner.f + e, f: b * inner.e + d * inner.f + f)
        }
    }

    /// What one page (or a template, or an annotation's appearance) draws.
    struct Drawn {
        var pageHeight: Double
        var glyphs: [PDFLayout.Glyph] = []
        var turned: [PDFLayout.Glyph] = []
        var rules: [PDFLayout.Rule] = []
        var images: [PDFLayout.Image] = []

        mutating func add(_ other: Drawn) {
            glyphs += other.glyphs
            turned += other.turned
            rules += other.rules
            images += other.images
        }
    }

    struct Reader {
        let path: String
        let limits: Limits
        /// Every XML part by its name in the zip (leading `/` and `./` dropped).
        var parts: [String: [UInt8]] = [:]
        var lowercased: [String: String] = [:]
        var bytesRead: UInt64 = 0
        var bytesParsed = 0
        var elements = 0
        var glyphCount = 0
        var fonts: [String: Font] = [:]
        /// Colour spaces: type (RGB, GRAY, CMYK) and bits per component.
        var colourSpaces: [String: (type: String, bits: Int)] = [:]
        var paints: [String: Paint] = [:]
        var advances: [String: Advances] = [:]
        var resourcesRead = Set<String>()
        /// A template's drawing, by its part and the page height it was drawn for: drawn once.
        var templates: [String: Drawn] = [:]

        init(path: String, limits: Limits, only including: (String) -> Bool = { $0.lowercased().hasSuffix(".xml") }) throws(DiagnosticError) {
            self.path = path
            self.limits = limits
            for entry in try Self.read(path, limits.zip, including) {
                let name = Self.normalised(entry.name)
                parts[name] = entry.bytes
                lowercased[name.lowercased()] = name
                bytesRead += UInt64(entry.bytes.count)
            }
        }

        static func read(_ path: String, _ limits: ZipArchive.ReadLimits, _ including: (String) -> Bool) throws(DiagnosticError) -> [(name: String, bytes: [UInt8])] {
            do {
                return try ZipArchive.read(path, limits: limits, including: including)
            } catch {
                throw .error("not a readable OFD package: \(error.problem ?? error.description)", at: .file(path))
            }
        }

        static func normalised(_ name: String) -> String {
            resolve(name, from: "")
        }

        /// An ST_Loc: from the package root when it starts with `/`, else from `folder`; `.` and `..`
        /// are worked out (a `..` above the root stays at the root: nothing outside the zip is read).
        static func resolve(_ loc: String, from folder: String) -> String {
            var out: [Substring] = loc.hasPrefix("/") ? [] : folder.split(separator: "/")
            for segment in loc.split(separator: "/") {
                switch segment {
                case ".", "": continue
                case "..": _ = out.popLast()
                default: out.append(segment)
                }
            }
            return out.joined(separator: "/")
        }

        static func folder(of part: String) -> String {
            guard let slash = part.lastIndex(of: "/") else { return "" }
            return String(part[..<slash])
        }

        /// The part `loc` names from `folder`, found as other readers find it: exactly, then ignoring
        /// case, then from the document's folder or the root.
        func find(_ loc: String, from folders: [String]) -> String? {
            for folder in folders {
                let name = Self.resolve(loc, from: folder)
                if parts[name] != nil { return name }
                if let found = lowercased[name.lowercased()] { return found }
            }
            return nil
        }

        /// Parses a part, within the limits, into a libxml2 tree the caller frees.
        mutating func parse(_ name: String) throws(DiagnosticError) -> xmlDocPtr {
            guard let bytes = parts[name] else { throw .error("the package has no part '\(PDFLayout.quoted(name))'", at: .file(path)) }
            bytesParsed += bytes.count
            guard bytesParsed <= limits.parsedBytes else {
                throw .error("the package's parts add up to more than \(limits.parsedBytes >> 20) MB of XML to read (a 20-page 公文 has about 1 MB)", at: .file(path))
            }
            let budget = limits.elements - elements
            let shape = XMLShape.measure(bytes) { $0.elements > budget || $0.depth > limits.depth || $0.widest > limits.attributes }
            if shape.declaration {
                throw .error("'\(PDFLayout.quoted(name))' declares a DOCTYPE, which no OFD part has (its entities could multiply the text)", at: .file(path))
            }
            guard shape.elements <= budget else {
                throw .error("the package has more than \(limits.elements) XML elements (a 20-page 公文 has about 20,000)", at: .file(path))
            }
            guard shape.depth <= limits.depth else {
                throw .error("'\(PDFLayout.quoted(name))' nests more than \(limits.depth) elements deep", at: .file(path))
            }
            guard shape.widest <= limits.attributes else {
                throw .error("an element of '\(PDFLayout.quoted(name))' has more than \(limits.attributes) attributes", at: .file(path))
            }
            elements += shape.elements
            guard let doc = parseXML(bytes, name: name), xmlDocGetRootElement(doc) != nil else {
                throw .error("'\(PDFLayout.quoted(name))' is not well-formed XML", at: .file(path))
            }
            return doc
        }

        mutating func document() throws(DiagnosticError) -> Document {
            let ofdPart = find("OFD.xml", from: [""]) ?? "OFD.xml"
            let root = try parse(ofdPart)
            defer { xmlFreeDoc(root) }
            guard let body = first(xmlDocGetRootElement(root), "DocBody"), let docRoot = first(body, "DocRoot").map(text),
                  !docRoot.isEmpty else {
                throw .error("OFD.xml names no document (DocBody/DocRoot)", at: .file(path))
            }
            guard let documentPart = find(docRoot, from: [""]) else {
                throw .error("OFD.xml names the document '\(PDFLayout.quoted(docRoot))', which the package does not hold", at: .file(path))
            }
            let doc = try parse(documentPart)
            defer { xmlFreeDoc(doc) }
            let top = xmlDocGetRootElement(doc)!
            var out = Document(folder: Self.folder(of: documentPart))
            if let common = first(top, "CommonData") {
                out.pageBox = first(common, "PageArea").flatMap { first($0, "PhysicalBox") }.map { numbers(text($0)) }
                for res in children(common, nil) where ["PublicRes", "DocumentRes"].contains(name(res)) {
                    if let found = find(text(res), from: [out.folder, ""]) { out.resources.append(found) }
                }
                for template in children(common, "TemplatePage") {
                    out.templates[attribute(template, "ID")] = attribute(template, "BaseLoc")
                }
            }
            if let pages = first(top, "Pages") {
                for page in children(pages, "Page") {
                    out.pages.append((attribute(page, "ID"), attribute(page, "BaseLoc")))
                    guard out.pages.count <= limits.pages else {
                        throw .error("the document lists more than \(limits.pages) pages", at: .file(path))
                    }
                }
            }
            out.annotations = first(top, "Annotations").map(text).flatMap { find($0, from: [out.folder, ""]) }
            out.signatures = first(body, "Signatures").map(text).flatMap { find($0, from: [out.folder, ""]) }
            return out
        }

        /// Fonts, colour spaces and drawing parameters of resource files not read yet, and the embedded
        /// fonts' advances (HarfBuzz reads them; a font it cannot read leaves its glyphs on estimated widths).
        mutating func readResources(_ resourceParts: [String]) throws(DiagnosticError) {
            var fontFiles: [String: [String]] = [:]
            for part in resourceParts where resourcesRead.insert(part).inserted {
                let doc = try parse(part)
                defer { xmlFreeDoc(doc) }
                let res = xmlDocGetRootElement(doc)!
                let base = Self.resolve(attribute(res, "BaseLoc"), from: Self.folder(of: part))
                for group in children(res, nil) {
                    for item in children(group, nil) {
                        let id = attribute(item, "ID")
                        switch name(item) {
                        case "Font":
                            let file = first(item, "FontFile").map(text).flatMap { $0.isEmpty ? nil : Self.resolve($0, from: base) }
                            fonts[id] = Font(name: attribute(item, "FontName"), file: file)
                            if let file { fontFiles[file, default: []].append(id) }
                        case "ColorSpace":
                            let bits = Int(attribute(item, "BitsPerComponent")).map { min(max($0, 1), 16) } ?? 8
                            colourSpaces[id] = (attribute(item, "Type").uppercased(), bits)
                        case "DrawParam":
                            paints[id] = Paint(fill: first(item, "FillColor").flatMap(colour), stroke: first(item, "StrokeColor").flatMap(colour),
                                               lineWidth: Double(attribute(item, "LineWidth")), relative: attribute(item, "Relative"))
                        default: break
                        }
                    }
                }
            }
            guard !fontFiles.isEmpty else { return }
            // The font files, read from the zip within what is left of the same bounds (a name that
            // differs only in case is matched as other readers match it).
            let byLowercase = Dictionary(fontFiles.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { a, b in a + b })
            var zipLimits = limits.zip
            zipLimits.totalBytes = zipLimits.totalBytes > bytesRead ? zipLimits.totalBytes - bytesRead : 0
            for entry in try Self.read(path, zipLimits, { byLowercase[Self.normalised($0).lowercased()] != nil }) {
                bytesRead += UInt64(entry.bytes.count)
                guard let ids = byLowercase[Self.normalised(entry.name).lowercased()], let table = Advances(entry.bytes) else { continue }
                for id in ids { advances[id] = table }
            }
        }

        mutating func layout() throws(DiagnosticError) -> PDFLayout {
            let document = try document()
            try readResources(document.resources)
            var drawnPages: [Drawn] = []
            var sizes: [(width: Double, height: Double)] = []
            for (n, page) in document.pages.enumerated() {
                guard let part = find(page.loc, from: [document.folder, ""]) else {
                    throw .error("page \(n + 1) is '\(PDFLayout.quoted(page.loc))', which the package does not hold", at: .file(path))
                }
                let doc = try parse(part)
                defer { xmlFreeDoc(doc) }
                let root = xmlDocGetRootElement(doc)!
                // The page's own resources (their IDs are the document's: one space).
                try readResources(children(root, "PageRes").compactMap { find(text($0), from: [Self.folder(of: part), document.folder, ""]) })
                let box = first(root, "Area").flatMap { first($0, "PhysicalBox") }.map { numbers(text($0)) } ?? document.pageBox ?? []
                let width = box.count == 4 ? box[2] : 210, height = box.count == 4 ? box[3] : 297
                var drawn = Drawn(pageHeight: height)
                // Templates under the page (Background) and over it (Foreground): both are drawn, each
                // once however often the page names it, and counted with the page's characters.
                var used = Set<String>()
                for template in children(root, "Template") {
                    guard let loc = document.templates[attribute(template, "TemplateID")],
                          let templatePart = find(loc, from: [document.folder, ""]), templatePart != part,
                          used.insert(templatePart).inserted else { continue }
                    let templateDrawn = try templateDrawing(templatePart, pageHeight: height)
                    glyphCount += templateDrawn.glyphs.count + templateDrawn.turned.count
                    guard glyphCount <= limits.glyphs else {
                        throw .error("the document draws more than \(limits.glyphs) characters (a 20-page 公文 draws about 15,000)", at: .file(path))
                    }
                    drawn.add(templateDrawn)
                }
                if let content = first(root, "Content") { try draw(content, into: &drawn, base: Affine(), inherited: nil, depth: 0) }
                drawnPages.append(drawn)
                sizes.append((width, height))
            }
            let index = Dictionary(document.pages.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { a, _ in a })
            if let annotations = document.annotations { try drawAnnotations(annotations, pages: index, into: &drawnPages) }
            if let signatures = document.signatures { try drawStamps(signatures, pages: index, into: &drawnPages) }
            return PDFLayout(pages: drawnPages.enumerated().map { n, drawn in
                PDFLayout.Page(number: n + 1, width: sizes[n].width, height: sizes[n].height, lines: PDFLayout.lines(drawn.glyphs),
                               turnedLines: PDFLayout.lines(drawn.turned), rules: drawn.rules, images: drawn.images)
            })
        }

        /// A template page's drawing, parsed and drawn once however many pages use it.
        mutating func templateDrawing(_ part: String, pageHeight: Double) throws(DiagnosticError) -> Drawn {
            let key = "\(part)\n\(pageHeight)"
            if let kept = templates[key] { return kept }
            let doc = try parse(part)
            defer { xmlFreeDoc(doc) }
            var drawn = Drawn(pageHeight: pageHeight)
            // Its characters are counted where a page uses it.
            let counted = glyphCount
            if let content = first(xmlDocGetRootElement(doc)!, "Content") { try draw(content, into: &drawn, base: Affine(), inherited: nil, depth: 0) }
            glyphCount = counted
            templates[key] = drawn
            return drawn
        }

        /// Annotations (Annotations.xml → each page's PageAnnot file): each Annot's Appearance, drawn
        /// in its Boundary on its page, as readers show it.
        mutating func drawAnnotations(_ list: String, pages: [String: Int], into drawn: inout [Drawn]) throws(DiagnosticError) {
            let doc = try parse(list)
            defer { xmlFreeDoc(doc) }
            for page in children(xmlDocGetRootElement(doc)!, "Page") {
                guard let n = pages[attribute(page, "PageID")], let loc = first(page, "FileLoc").map(text),
                      let part = find(loc, from: [Self.folder(of: list), ""]) else { continue }
                let annots = try parse(part)
                defer { xmlFreeDoc(annots) }
                for annot in children(xmlDocGetRootElement(annots)!, "Annot") where attribute(annot, "Visible") != "false" {
                    for appearance in children(annot, "Appearance") {
                        let box = numbers(attribute(appearance, "Boundary"))
                        let base = box.count == 4 ? Affine(e: box[0], f: box[1]) : Affine()
                        try draw(appearance, into: &drawn[n], base: base, inherited: nil, depth: 1)
                    }
                }
            }
        }

        /// Electronic seals (Signatures.xml → each Signature.xml's StampAnnot): an image in its Boundary
        /// on the page it names, as a reader shows the seal.
        mutating func drawStamps(_ list: String, pages: [String: Int], into drawn: inout [Drawn]) throws(DiagnosticError) {
            let doc = try parse(list)
            defer { xmlFreeDoc(doc) }
            for signature in children(xmlDocGetRootElement(doc)!, "Signature") {
                guard let part = find(attribute(signature, "BaseLoc"), from: [Self.folder(of: list), ""]) else { continue }
                let signed = try parse(part)
                defer { xmlFreeDoc(signed) }
                guard let info = first(xmlDocGetRootElement(signed), "SignedInfo") else { continue }
                for stamp in children(info, "StampAnnot") {
                    let box = numbers(attribute(stamp, "Boundary"))
                    guard let n = pages[attribute(stamp, "PageRef")], box.count == 4, box.allSatisfy({ abs($0) <= limits.reach }) else { continue }
                    drawn[n].images.append(PDFLayout.Image(x0: box[0], y0: box[1], x1: box[0] + box[2], y1: box[1] + box[3]))
                }
            }
        }

        /// The objects of a Content, a Layer, a PageBlock or an Appearance, in order; `base` places
        /// their coordinates on the page.
        mutating func draw(_ node: xmlNodePtr, into drawn: inout Drawn, base: Affine, inherited: String?, depth: Int) throws(DiagnosticError) {
            guard depth <= limits.nesting else {
                throw .error("page blocks nest more than \(limits.nesting) deep", at: .file(path))
            }
            for child in children(node, nil) {
                let param = attribute(child, "DrawParam").isEmpty ? inherited : attribute(child, "DrawParam")
                switch name(child) {
                case "Layer", "PageBlock": try draw(child, into: &drawn, base: base, inherited: param, depth: depth + 1)
                case "TextObject": try text(child, into: &drawn, base: base, param: param)
                case "PathObject": path(child, into: &drawn, base: base, param: param)
                case "ImageObject":
                    let m = base.after(placement(child))
                    let corners = [m.apply(0, 0), m.apply(1, 0), m.apply(0, 1), m.apply(1, 1)]
                    let xs = corners.map(\.x), ys = corners.map(\.y)
                    guard (xs + ys).allSatisfy({ abs($0) <= limits.reach }) else { continue }
                    drawn.images.append(PDFLayout.Image(x0: xs.min()!, y0: ys.min()!, x1: xs.max()!, y1: ys.max()!))
                default: break
                }
            }
        }

        /// The object's space on the page: its CTM, then moved to its Boundary's corner.
        func placement(_ node: xmlNodePtr) -> Affine {
            let boundary = numbers(attribute(node, "Boundary"))
            let ctm = numbers(attribute(node, "CTM"))
            var m = ctm.count == 6 ? Affine(a: ctm[0], b: ctm[1], c: ctm[2], d: ctm[3], e: ctm[4], f: ctm[5]) : Affine()
            if boundary.count == 4 {
                m = Affine(e: boundary[0], f: boundary[1]).after(m)
            }
            return m
        }

        /// A drawing parameter's value (or that of the one it is relative to), a few steps at most.
        func paint<T>(_ id: String?, _ which: KeyPath<Paint, T?>) -> T? {
            var id = id, steps = 0
            while let current = id, let p = paints[current], steps < 8 {
                if let value = p[keyPath: which] { return value }
                id = p.relative
                steps += 1
            }
            return nil
        }

        /// A CT_Color: `Value` in its colour space (RGB unless it names another), each component of
        /// the space's bits (8: 0–255; `#FF` hexadecimal allowed).
        func colour(_ node: xmlNodePtr) -> Colour? {
            let space = colourSpaces[attribute(node, "ColorSpace")]
            let top = Double((1 << (space?.bits ?? 8)) - 1)
            var values: [Double] = []
            Self.tokens(attribute(node, "Value"), upTo: 4) { token in
                let value: Double? = token.hasPrefix("#") ? Int(token.dropFirst(), radix: 16).map(Double.init) : Double(token).flatMap { $0.isFinite ? $0 : nil }
                values.append(min(max((value ?? 0) / top, 0), 1))
            }
            let type = space?.type ?? (values.count == 1 ? "GRAY" : values.count == 4 ? "CMYK" : "RGB")
            switch (type, values.count) {
            case ("GRAY", 1...): return Colour(r: values[0], g: values[0], b: values[0])
            case ("CMYK", 4...):
                let k = 1 - values[3]
                return Colour(r: (1 - values[0]) * k, g: (1 - values[1]) * k, b: (1 - values[2]) * k)
            case (_, 3...): return Colour(r: values[0], g: values[1], b: values[2])
            default: return nil
            }
        }

        mutating func text(_ node: xmlNodePtr, into drawn: inout Drawn, base: Affine, param: String?) throws(DiagnosticError) {
            guard attribute(node, "Fill") != "false" else { return }
            let m = base.after(placement(node))
            let fontID = attribute(node, "Font")
            let fontName = fonts[fontID]?.name ?? ""
            let sizeInObject = Double(attribute(node, "Size")).flatMap { $0.isFinite && $0 > 0 ? $0 : nil } ?? 0
            // The glyph's up vector on the page gives its size; its advance, which way it runs.
            let up = (m.c * m.c + m.d * m.d).squareRoot()
            let size = sizeInObject * up / PDFLayout.pointsToMillimetres
            guard size.isFinite, size * PDFLayout.pointsToMillimetres <= limits.reach else { return }
            let runsUp = m.b < 0 && abs(m.b) > 10 * abs(m.a)
            let along = (m.a * m.a + m.b * m.b).squareRoot()
            let red = (first(node, "FillColor").flatMap(colour) ?? paint(param, \.fill))?.isRed ?? false
            let direction = Int(attribute(node, "ReadDirection")) ?? 0
            // A TextCode without X or Y takes the previous TextCode's (as ofdrw reads it; 0 for the first).
            var codeX = 0.0, codeY = 0.0
            for code in children(node, "TextCode") {
                // The text as written: a leading space (or U+3000) is a character with a place.
                let scalars = Array(rawText(code).unicodeScalars)
                glyphCount += scalars.count
                guard glyphCount <= limits.glyphs else {
                    throw .error("the document draws more than \(limits.glyphs) characters (a 20-page 公文 draws about 15,000)", at: .file(path))
                }
                if let value = Double(attribute(code, "X")), value.isFinite { codeX = value }
                if let value = Double(attribute(code, "Y")), value.isFinite { codeY = value }
                var x = codeX, y = codeY
                let gaps = max(scalars.count - 1, 0)
                // As many values as gaps: nil where the attribute has none for it.
                let dx = deltas(attribute(code, "DeltaX"), count: gaps), dy = deltas(attribute(code, "DeltaY"), count: gaps)
                for (i, scalar) in scalars.enumerated() {
                    let em = advances[fontID]?.advance(scalar.value) ?? Self.estimatedAdvance(scalar)
                    let p = m.apply(x, y)
                    let advance = em * sizeInObject * along
                    if abs(p.x) <= limits.reach, abs(p.y) <= limits.reach {
                        if runsUp {
                            drawn.turned.append(PDFLayout.Glyph(text: String(scalar), x0: drawn.pageHeight - p.y, x1: drawn.pageHeight - p.y + advance,
                                                                baseline: p.x, size: size, font: fontName, red: red))
                        } else {
                            drawn.glyphs.append(PDFLayout.Glyph(text: String(scalar), x0: p.x, x1: p.x + advance, baseline: p.y,
                                                                size: size, font: fontName, red: red))
                        }
                    }
                    guard i < gaps else { continue }
                    // A gap with a DeltaX or DeltaY value moves by it (the other, absent, is no move:
                    // vertical text gives DeltaY alone); a gap with neither advances by the glyph's
                    // width along the reading direction, as the yardstick reads it.
                    if dx[i] != nil || dy[i] != nil {
                        x += dx[i] ?? 0
                        y += dy[i] ?? 0
                    } else {
                        let step = em * sizeInObject
                        switch direction {
                        case 90: y += step
                        case 180: x -= step
                        case 270: y -= step
                        default: x += step
                        }
                    }
                }
            }
        }

        /// Full-width characters an em, others half: where no embedded font gives the width.
        static func estimatedAdvance(_ scalar: Unicode.Scalar) -> Double {
            let v = scalar.value
            let wide = (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
                || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
                || (0xFFE0...0xFFE6).contains(v) || (0x20000...0x3FFFD).contains(v) || v == 0x2014 || v == 0x2026
            return wide ? 1 : 0.5
        }

        /// The space-separated tokens of `text`, one by one, at most `limit` of them (an attribute of
        /// 32 MB is not split all at once).
        static func tokens(_ text: String, upTo limit: Int, _ body: (Substring) -> Void) {
            var count = 0
            var start: String.Index?
            var i = text.startIndex
            while i < text.endIndex, count < limit {
                let c = text[i]
                if c == " " || c == "\t" || c == "\n" || c == "\r" || c == "," {
                    if let s = start { body(text[s..<i]); count += 1; start = nil }
                } else if start == nil {
                    start = i
                }
                i = text.index(after: i)
            }
            if let s = start, count < limit { body(text[s...]) }
        }

        /// DeltaX or DeltaY: numbers, `g N v` for N copies of v; exactly `count` values, nil for those
        /// not given (a `g` of a billion copies costs no more than the gaps there are).
        func deltas(_ text: String, count: Int) -> [Double?] {
            var out: [Double?] = []
            out.reserveCapacity(count)
            var pending: [Substring] = []
            // A `g` takes the next two tokens; each token is looked at once.
            Self.tokens(text, upTo: 3 * count + 3) { token in
                guard out.count < count else { return }
                if !pending.isEmpty || token == "g" {
                    pending.append(token)
                    guard pending.count == 3 else { return }
                    if let n = Int(pending[1]), let v = Double(pending[2]) {
                        out += repeatElement(v.isFinite ? v : nil, count: max(0, min(n, count - out.count)))
                    }
                    pending = []
                } else {
                    out.append(Double(token).flatMap { $0.isFinite ? $0 : nil })
                }
            }
            return out + Array(repeating: nil, count: max(0, count - out.count))
        }

        /// A path whose points span more than 50 mm across and less than 2 mm down: a rule, as in a PDF.
        func path(_ node: xmlNodePtr, into drawn: inout Drawn, base: Affine, param: String?) {
            let m = base.after(placement(node))
            var x0 = Double.infinity, x1 = -Double.infinity, y0 = Double.infinity, y1 = -Double.infinity
            func add(_ x: Double, _ y: Double) {
                let p = m.apply(x, y)
                x0 = min(x0, p.x); x1 = max(x1, p.x); y0 = min(y0, p.y); y1 = max(y1, p.y)
            }
            if let data = first(node, "AbbreviatedData").map(text) {
                // Every number after a command letter is a coordinate pair but the arc's radii, angle and flags.
                var pending: Double?, skip = 0
                Self.tokens(data, upTo: Int.max) { token in
                    if let value = Double(token), value.isFinite {
                        if skip > 0 { skip -= 1; return }
                        if let x = pending { add(x, value); pending = nil } else { pending = value }
                    } else {
                        pending = nil
                        skip = token == "A" ? 5 : 0
                    }
                }
            }
            let boundary = numbers(attribute(node, "Boundary"))
            if x0 > x1, boundary.count == 4 {
                add(0, 0)
                add(boundary[2], boundary[3])
            }
            guard x0 <= x1, [x0, x1, y0, y1].allSatisfy({ abs($0) <= limits.reach }), PDFLayout.isRule(x0: x0, x1: x1, y0: y0, y1: y1) else { return }
            let filled = attribute(node, "Fill") == "true"
            let seen = filled ? (first(node, "FillColor").flatMap(colour) ?? paint(param, \.fill))
                : (first(node, "StrokeColor").flatMap(colour) ?? paint(param, \.stroke))
            // A white bar is a background, not a line.
            if filled, let seen, seen.r > 0.9 && seen.g > 0.9 && seen.b > 0.9 { return }
            var width = y1 - y0
            if !filled {
                let line = Double(attribute(node, "LineWidth")) ?? paint(param, \.lineWidth) ?? 0.353
                width = line * (abs(m.a * m.d - m.b * m.c)).squareRoot()
            }
            drawn.rules.append(PDFLayout.Rule(x0: x0, x1: x1, y: (y0 + y1) / 2, red: seen?.isRed ?? false, width: width))
        }

        // MARK: libxml2

        func name(_ node: xmlNodePtr) -> String { String(cString: node.pointee.name) }
        func attribute(_ node: xmlNodePtr, _ name: String) -> String { PDFLayout.attribute(node, name) }
        func children(_ node: xmlNodePtr, _ name: String?) -> [xmlNodePtr] { PDFLayout.children(node, name) }
        func first(_ node: xmlNodePtr?, _ name: String) -> xmlNodePtr? { node.flatMap { children($0, name).first } }
        /// The numbers of a box or a matrix: a few, read from the attribute's start.
        func numbers(_ text: String) -> [Double] {
            var out: [Double] = []
            Self.tokens(text, upTo: 8) { token in if let v = Double(token), v.isFinite { out.append(v) } }
            return out
        }
        func rawText(_ node: xmlNodePtr) -> String {
            guard let content = xmlNodeGetContent(node) else { return "" }
            defer { free(content) }
            return String(cString: content)
        }
        /// An element's text without the spaces around it (a location, a box).
        func text(_ node: xmlNodePtr) -> String { rawText(node).trimmingCharacters(in: .whitespacesAndNewlines) }
    }

    /// An embedded font's horizontal advances, in ems, by character (its cmap), through HarfBuzz.
    final class Advances {
        let face: OpaquePointer
        let font: OpaquePointer
        let unitsPerEm: Double

        init?(_ bytes: [UInt8]) {
            guard !bytes.isEmpty, bytes.count < Int(UInt32.max) else { return nil }
            let blob = bytes.withUnsafeBufferPointer { buffer in
                buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    hb_blob_create($0, UInt32(buffer.count), HB_MEMORY_MODE_DUPLICATE, nil, nil)
                }
            }
            defer { hb_blob_destroy(blob) }
            guard let face = hb_face_create(blob, 0) else { return nil }
            let upem = hb_face_get_upem(face)
            guard hb_face_get_glyph_count(face) > 0, upem > 0, let font = hb_font_create(face) else {
                hb_face_destroy(face)
                return nil
            }
            self.face = face
            self.font = font
            unitsPerEm = Double(upem)
        }

        deinit {
            hb_font_destroy(font)
            hb_face_destroy(face)
        }

        func advance(_ codepoint: UInt32) -> Double? {
            var glyph: hb_codepoint_t = 0
            guard hb_font_get_nominal_glyph(font, codepoint, &glyph) != 0 else { return nil }
            return Double(hb_font_get_glyph_h_advance(font, glyph)) / unitsPerEm
        }
    }
}
