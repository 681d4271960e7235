import Crypto

/// OFD (GB/T 33190-2016, 电子文件存储与交换格式 版式文档) from the pages the layout engine set: the same
/// glyphs at the same places as the PDF writer draws them, as a zip of XML parts written with libxml2
/// (`XMLStreamWriter`) and zipped with libzip (`ZipArchive`), as the `.odt` is.
///
/// The package:
///
///     OFD.xml                        DocInfo (DocID from the content, Title, Author, CreationDate), DocRoot
///     Doc_0/Document.xml             CommonData (MaxUnitID, A4 PageArea, PublicRes, DocumentRes), Pages, Outlines
///     Doc_0/PublicRes.xml            the fonts, each a subset with its cmap under Doc_0/Res/
///     Doc_0/DocumentRes.xml          the seal images (when there are any), under Doc_0/Res/
///     Doc_0/Pages/Page_N/Content.xml one Body layer: TextObjects, PathObjects, ImageObjects
///
/// Every element is in the namespace `http://www.ofdspec.org/2016` with the prefix `ofd:` and in the
/// order the schemas in `../shared/ofd-schema/` give. Lengths are millimetres, y measured down from the
/// page's top, as in `LaidOutPage`. One TextObject per glyph run (one face, size and colour on one
/// baseline); its one TextCode carries X and Y, and DeltaX gives every gap between glyphs a value (`g N v`
/// for N equal gaps), so a reader never falls back on the font's advances (readers disagree on what a
/// missing value means). The gaps are worked out against a pen that moves by exactly the numbers written,
/// as the PDF writer's TJ numbers are, so rounding to 0.001 mm never accumulates along a line.
public enum OFDWriter {
    public static let namespace = "http://www.ofdspec.org/2016"

    /// A face to embed: an OpenType or TrueType program cut to the glyphs drawn, with a `cmap` (an OFD
    /// reader finds a glyph from the TextCode's character, unless a CGTransform names it).
    public struct Face: Sendable {
        public var fontName: String
        public var program: [UInt8]
        /// "otf" (CFF outlines) or "ttf".
        public var fileExtension: String
        /// The glyph the program's `cmap` gives each character drawn: a glyph drawn for a character that
        /// maps elsewhere (or to none) is named by a CGTransform.
        public var cmap: [UInt32: UInt32]
        /// Font units per em, and the face's bounding box (`head`: xMin, yMin, xMax, yMax, y up), which
        /// sizes each TextObject's Boundary (a reader may clip the text to it).
        public var unitsPerEm: Int
        public var bbox: (Int, Int, Int, Int)
        public init(fontName: String, program: [UInt8], fileExtension: String, cmap: [UInt32: UInt32],
                    unitsPerEm: Int = 1000, bbox: (Int, Int, Int, Int) = (0, -120, 1000, 880)) {
            self.fontName = fontName; self.program = program; self.fileExtension = fileExtension; self.cmap = cmap
            self.unitsPerEm = unitsPerEm; self.bbox = bbox
        }
    }

    public struct Info: Sendable, Equatable {
        public var title: String, author: String, creator: String, creatorVersion: String
        /// The 成文日期, as CreationDate (xs:date).
        public var date: (year: Int, month: Int, day: Int)
        /// OFD-A, the archival profile (GB/T 42133-2022): `DocType="OFD-A"` (§6.2.1 a), the archival
        /// metadata as CustomData (§6.2.1 b), and every face a subset that keeps the tables §6.2.6 c lists.
        public var archival = false
        /// CustomData, in order: name (a DA/T 46 element name) and value.
        public var metadata: [Datum] = []
        public struct Datum: Sendable, Equatable {
            public var name: String, value: String
            public init(_ name: String, _ value: String) { self.name = name; self.value = value }
        }
        public init(title: String, author: String, creator: String, creatorVersion: String, date: (year: Int, month: Int, day: Int),
                    archival: Bool = false, metadata: [Datum] = []) {
            self.title = title; self.author = author; self.creator = creator; self.creatorVersion = creatorVersion; self.date = date
            self.archival = archival; self.metadata = metadata
        }
        public static func == (a: Self, b: Self) -> Bool {
            a.title == b.title && a.author == b.author && a.creator == b.creator && a.creatorVersion == b.creatorVersion && a.date == b.date
                && a.archival == b.archival && a.metadata == b.metadata
        }
    }

    /// The tables GB/T 42133-2022 §6.2.6 c asks an embedded subset to keep, besides its outlines
    /// (`glyf` and `loca`, or `CFF `).
    public static let archivalTables = ["cmap", "head", "hhea", "hmtx", "maxp", "name", "OS/2", "post"]

    /// The table tags of an OpenType or TrueType file (its table directory), or nil when it has none.
    public static func tableTags(_ program: [UInt8]) -> [String]? {
        guard program.count >= 12 else { return nil }
        let count = Int(program[4]) << 8 | Int(program[5])
        guard program.count >= 12 + 16 * count else { return nil }
        return (0..<count).map { i in String(decoding: program[(12 + 16 * i)..<(16 + 16 * i)], as: UTF8.self) }
    }

    public enum Failure: Error, CustomStringConvertible {
        case noPages
        case unmappedText(page: Int, text: String)
        case archivalFace(font: String, missing: [String])
        public var description: String {
            switch self {
            case .noPages: return "an OFD needs at least one page"
            case let .archivalFace(font, missing):
                return "the face \(font) lacks the tables \(missing.joined(separator: ", ")), which an archival OFD's fonts keep (GB/T 42133 §6.2.6)"
            case let .unmappedText(page, text): return "page \(page): the glyph for \"\(text)\" stands for no character an OFD can carry"
            }
        }
    }

    /// The package's zip entries, in the order written, and the zip itself.
    public static func write(pages: [LaidOutPage], faces: [Face], info: Info, timestamp: Int = 0) throws -> [UInt8] {
        try ZipArchive.bytes(parts(pages: pages, faces: faces, info: info), timestamp: timestamp)
    }

    /// The parts of the package, in the order written (the PNGs stored, every other part deflated).
    static func parts(pages: [LaidOutPage], faces: [Face], info: Info) throws -> [ZipArchive.Entry] {
        guard !pages.isEmpty else { throw Failure.noPages }
        try PDFWriter.validate(PDFInfo(title: info.title, author: info.author, creator: info.creator, date: info.date))
        for (n, page) in pages.enumerated() { try PDFWriter.validate(page, number: n + 1, faceCount: faces.count) }
        if info.archival {
            for face in faces {
                let tags = Set(tableTags(face.program) ?? [])
                let outlines = tags.contains("CFF ") || tags.contains("CFF2") || (tags.contains("glyf") && tags.contains("loca"))
                let missing = archivalTables.filter { !tags.contains($0) } + (outlines ? [] : ["glyf/loca or CFF"])
                if !missing.isEmpty { throw Failure.archivalFace(font: face.fontName, missing: missing) }
            }
        }

        // IDs, one space for the whole document: the fonts, the images, the pages, then each page's layer and objects.
        var next = 0
        func id() -> Int { next += 1; return next }
        let fontIDs = faces.map { _ in id() }
        var images: [SealImage] = []
        for page in pages {
            for case .image(let image, _, _, _, _) in page.allItems where !images.contains(image) { images.append(image) }
        }
        let imageIDs = images.map { _ in id() }
        let pageIDs = pages.map { _ in id() }
        func imageID(_ image: SealImage) -> Int { imageIDs[images.firstIndex(of: image) ?? 0] }

        var entries: [ZipArchive.Entry] = []
        var contents: [[UInt8]] = []
        for (n, page) in pages.enumerated() {
            contents.append(try pageContent(page, number: n + 1, size: (pages[0].width, pages[0].height), fontIDs: fontIDs, faces: faces, imageID: imageID, id: id))
        }
        let maxUnitID = next

        // DocID: a hash of what the document shows, so the same sources give the same bytes: the first
        // 16 bytes of its SHA-256, as the PDF's /ID (FNV-1a 128 a byte at a time took 0.7 ms a unit).
        var hash = SHA256()
        hash.update(data: Array("\(info.title)\n\(info.author)\n\(info.date.year)-\(info.date.month)-\(info.date.day)\n".utf8))
        if info.archival { hash.update(data: Array("OFD-A\n".utf8) + info.metadata.flatMap { Array("\($0.name)=\($0.value)\n".utf8) }) }
        for content in contents { hash.update(data: content) }
        for face in faces { hash.update(data: face.program) }
        for image in images { hash.update(data: image.bytes) }
        let docID = Hex.digits(Array(hash.finalize().prefix(16)), uppercase: false)

        entries.append(.init("OFD.xml", .bytes(try ofdXML(info: info, docID: docID))))
        entries.append(.init("Doc_0/Document.xml", .bytes(try documentXML(pages: pages, pageIDs: pageIDs, maxUnitID: maxUnitID, hasImages: !images.isEmpty))))
        entries.append(.init("Doc_0/PublicRes.xml", .bytes(try publicRes(faces: faces, ids: fontIDs))))
        if !images.isEmpty {
            entries.append(.init("Doc_0/DocumentRes.xml", .bytes(try documentRes(images: images, ids: imageIDs))))
        }
        for (n, face) in faces.enumerated() {
            entries.append(.init("Doc_0/Res/font_\(fontIDs[n]).\(face.fileExtension)", .bytes(face.program)))
        }
        for (n, image) in images.enumerated() {
            // A PNG is compressed already.
            entries.append(.init("Doc_0/Res/image_\(imageIDs[n]).png", .bytes(image.bytes), stored: true))
        }
        for (n, content) in contents.enumerated() {
            entries.append(.init("Doc_0/Pages/Page_\(n)/Content.xml", .bytes(content)))
        }
        return entries
    }

    // MARK: - Parts

    static func root(_ xml: XMLStreamWriter, _ name: String) {
        xml.start("ofd:" + name)
        xml.attribute("xmlns:ofd", namespace)
    }

    static func leaf(_ xml: XMLStreamWriter, _ name: String, _ text: String) {
        xml.start("ofd:" + name)
        xml.text(text)
        xml.end()
    }

    static func ofdXML(info: Info, docID: String) throws -> [UInt8] {
        let xml = XMLStreamWriter()
        root(xml, "OFD")
        xml.attribute("Version", "1.0")
        xml.attribute("DocType", info.archival ? "OFD-A" : "OFD")
        xml.start("ofd:DocBody")
        xml.start("ofd:DocInfo")
        leaf(xml, "DocID", docID)
        if !info.title.isEmpty { leaf(xml, "Title", info.title) }
        if !info.author.isEmpty { leaf(xml, "Author", info.author) }
        let (year, month, day) = info.date
        leaf(xml, "CreationDate", "\(PDFWriter.pad(year, 4))-\(PDFWriter.pad(month, 2))-\(PDFWriter.pad(day, 2))")
        leaf(xml, "Creator", info.creator)
        leaf(xml, "CreatorVersion", info.creatorVersion)
        if !info.metadata.isEmpty {
            xml.start("ofd:CustomDatas")
            for datum in info.metadata {
                xml.start("ofd:CustomData")
                xml.attribute("Name", datum.name)
                xml.text(datum.value)
                xml.end()
            }
            xml.end()
        }
        xml.end()
        leaf(xml, "DocRoot", "Doc_0/Document.xml")
        xml.end()
        xml.end()
        return try xml.finish()
    }

    static func box(_ x: Double, _ y: Double, _ width: Double, _ height: Double) -> String {
        "\(num(x)) \(num(y)) \(num(width)) \(num(height))"
    }

    static func num(_ value: Double) -> String { PDFWriter.num(value) }

    static func documentXML(pages: [LaidOutPage], pageIDs: [Int], maxUnitID: Int, hasImages: Bool) throws -> [UInt8] {
        let xml = XMLStreamWriter()
        root(xml, "Document")
        xml.start("ofd:CommonData")
        leaf(xml, "MaxUnitID", String(maxUnitID))
        xml.start("ofd:PageArea")
        leaf(xml, "PhysicalBox", box(0, 0, pages[0].width, pages[0].height))
        xml.end()
        leaf(xml, "PublicRes", "PublicRes.xml")
        if hasImages { leaf(xml, "DocumentRes", "DocumentRes.xml") }
        xml.end()
        xml.start("ofd:Pages")
        for (n, id) in pageIDs.enumerated() {
            xml.element("ofd:Page", ["ID": String(id), "BaseLoc": "Pages/Page_\(n)/Content.xml"])
        }
        xml.end()
        // The outline: every heading set on a line of its own, nested by level, each opening its page at its line.
        var entries: [(level: Int, title: String, page: Int, top: Double)] = []
        for (n, page) in pages.enumerated() {
            for entry in page.outline { entries.append((entry.level, entry.title, pageIDs[n], entry.top)) }
        }
        if !entries.isEmpty {
            xml.start("ofd:Outlines")
            var open: [Int] = []   // the levels of the elements still open
            for entry in entries {
                while let last = open.last, last >= entry.level { xml.end(); open.removeLast() }
                xml.start("ofd:OutlineElem")
                xml.attribute("Title", entry.title)
                xml.start("ofd:Actions")
                xml.start("ofd:Action")
                xml.attribute("Event", "CLICK")
                xml.start("ofd:Goto")
                xml.element("ofd:Dest", ["Type": "XYZ", "PageID": String(entry.page), "Left": "0", "Top": num(entry.top)])
                xml.end()
                xml.end()
                xml.end()
                open.append(entry.level)
            }
            for _ in open { xml.end() }
            xml.end()
        }
        xml.end()
        return try xml.finish()
    }

    static func publicRes(faces: [Face], ids: [Int]) throws -> [UInt8] {
        let xml = XMLStreamWriter()
        root(xml, "Res")
        xml.attribute("BaseLoc", "Res")
        if !faces.isEmpty {
            xml.start("ofd:Fonts")
            for (n, face) in faces.enumerated() {
                xml.start("ofd:Font")
                xml.attribute("ID", String(ids[n]))
                xml.attribute("FontName", face.fontName)
                leaf(xml, "FontFile", "font_\(ids[n]).\(face.fileExtension)")
                xml.end()
            }
            xml.end()
        }
        xml.end()
        return try xml.finish()
    }

    static func documentRes(images: [SealImage], ids: [Int]) throws -> [UInt8] {
        let xml = XMLStreamWriter()
        root(xml, "Res")
        xml.attribute("BaseLoc", "Res")
        xml.start("ofd:MultiMedias")
        for (n, _) in images.enumerated() {
            xml.start("ofd:MultiMedia")
            xml.attribute("ID", String(ids[n]))
            xml.attribute("Type", "Image")
            xml.attribute("Format", "PNG")
            leaf(xml, "MediaFile", "image_\(ids[n]).png")
            xml.end()
        }
        xml.end()
        xml.end()
        return try xml.finish()
    }

    /// The quarter turn of a landscape page (§8, as the PDF writer's `cm`): a point of the turned frame,
    /// (x, y) mm from its top-left corner, lands at (y, pageHeight − x) on the upright page, its text
    /// reading up the page with its head toward the left edge: written as (x − pageHeight, y) under the
    /// CTM `0 -1 1 0 0 0`.
    struct Turn {
        var pageHeight: Double
        /// The box of every turned object: the square on the page's longer side, which holds the frame
        /// whether a reader clips before or after applying the CTM.
        var side: Double
        /// The turn alone: the text's X counts from the page's bottom edge (x − pageHeight).
        var ctm: String { "0 -1 1 0 0 0" }
    }

    static func pageContent(_ page: LaidOutPage, number: Int, size: (width: Double, height: Double), fontIDs: [Int], faces: [Face],
                            imageID: (SealImage) -> Int, id: () -> Int) throws -> [UInt8] {
        let xml = XMLStreamWriter()
        root(xml, "Page")
        if page.width != size.width || page.height != size.height {
            xml.start("ofd:Area")
            leaf(xml, "PhysicalBox", box(0, 0, page.width, page.height))
            xml.end()
        }
        xml.start("ofd:Content")
        xml.start("ofd:Layer")
        xml.attribute("ID", String(id()))
        xml.attribute("Type", "Body")
        for item in page.items {
            try draw(item, turned: nil, into: xml, page: number, fontIDs: fontIDs, faces: faces, imageID: imageID, id: id)
        }
        let turn = Turn(pageHeight: page.height, side: max(page.width, page.height))
        for item in page.turnedItems {
            try draw(item, turned: turn, into: xml, page: number, fontIDs: fontIDs, faces: faces, imageID: imageID, id: id)
        }
        xml.end()
        xml.end()
        xml.end()
        return try xml.finish()
    }

    static func colour(_ xml: XMLStreamWriter, _ name: String, _ colour: RGB) {
        func byte(_ c: Double) -> Int { Int((max(0, min(1, c)) * 255).rounded()) }
        xml.element("ofd:" + name, ["Value": "\(byte(colour.r)) \(byte(colour.g)) \(byte(colour.b))"])
    }

    static func draw(_ item: PageItem, turned: Turn?, into xml: XMLStreamWriter, page: Int, fontIDs: [Int], faces: [Face],
                     imageID: (SealImage) -> Int, id: () -> Int) throws {
        switch item {
        case let .rectangle(x, y, width, height, fill):
            xml.start("ofd:PathObject")
            xml.attribute("ID", String(id()))
            let path: String
            if let turned {
                xml.attribute("Boundary", box(0, 0, turned.side, turned.side))
                xml.attribute("CTM", turned.ctm)
                let x = x - turned.pageHeight
                path = "M \(num(x)) \(num(y)) L \(num(x + width)) \(num(y)) L \(num(x + width)) \(num(y + height)) L \(num(x)) \(num(y + height)) C"
            } else {
                xml.attribute("Boundary", box(x, y, width, height))
                path = "M 0 0 L \(num(width)) 0 L \(num(width)) \(num(height)) L 0 \(num(height)) C"
            }
            xml.attribute("Stroke", "false")
            xml.attribute("Fill", "true")
            colour(xml, "FillColor", fill)
            leaf(xml, "AbbreviatedData", path)
            xml.end()
        case let .image(image, x, y, width, height):
            xml.start("ofd:ImageObject")
            xml.attribute("ID", String(id()))
            if let turned {
                // The unit square scaled to the image's box in the frame, then turned with it.
                xml.attribute("Boundary", box(0, 0, turned.side, turned.side))
                xml.attribute("CTM", "0 \(num(-width)) \(num(height)) 0 \(num(y)) \(num(turned.pageHeight - x))")
            } else {
                xml.attribute("Boundary", box(x, y, width, height))
                xml.attribute("CTM", "\(num(width)) 0 0 \(num(height)) 0 0")
            }
            xml.attribute("ResourceID", String(imageID(image)))
            xml.end()
        case let .glyphs(run):
            // Each glyph with the one character it stands for: a character of several code points (e + ◌́)
            // was set as a glyph carrying the whole character and one glyph with no text for each code
            // point after the first; each takes its own code point back.
            var glyphs: [(glyph: PlacedGlyph, scalar: Unicode.Scalar)] = []
            var owed: [Unicode.Scalar] = []
            for glyph in run.glyphs {
                let scalars = Array(glyph.text.unicodeScalars)
                if scalars.isEmpty, !owed.isEmpty {
                    glyphs.append((glyph, owed.removeFirst()))
                    continue
                }
                guard let first = scalars.first, owed.isEmpty, scalars.allSatisfy({ XMLText.isAllowed($0) }) else {
                    throw Failure.unmappedText(page: page, text: glyph.text)
                }
                glyphs.append((glyph, first))
                owed = Array(scalars.dropFirst())
            }
            guard owed.isEmpty else { throw Failure.unmappedText(page: page, text: String(String.UnicodeScalarView(owed))) }
            // One TextObject for each stretch of glyphs that are their characters' cmap glyphs, and one
            // of its own for a glyph that is not, named by a CGTransform: readers disagree on whether a
            // CGTransform's CodePosition counts from its TextCode or from its TextObject, and with one
            // TextCode in the object both readings agree.
            var stretch: [(glyph: PlacedGlyph, scalar: Unicode.Scalar)] = []
            let face = faces[run.face]
            for entry in glyphs {
                if face.cmap[entry.scalar.value] == entry.glyph.id {
                    stretch.append(entry)
                } else {
                    textObject(stretch, cgTransform: nil, run: run, turned: turned, into: xml, fontID: fontIDs[run.face], face: face, id: id)
                    textObject([entry], cgTransform: entry.glyph.id, run: run, turned: turned, into: xml, fontID: fontIDs[run.face], face: face, id: id)
                    stretch = []
                }
            }
            textObject(stretch, cgTransform: nil, run: run, turned: turned, into: xml, fontID: fontIDs[run.face], face: face, id: id)
        }
    }

    /// One TextObject: `glyphs` of `run` in one TextCode with X, Y and every gap, after a CGTransform
    /// naming the glyph when `cgTransform` is given.
    static func textObject(_ glyphs: [(glyph: PlacedGlyph, scalar: Unicode.Scalar)], cgTransform: UInt32?, run: GlyphRun, turned: Turn?,
                           into xml: XMLStreamWriter, fontID: Int, face: Face, id: () -> Int) {
        guard let first = glyphs.first?.glyph, let last = glyphs.last?.glyph else { return }
        let size = run.size * 25.4 / 72   // points to millimetres
        xml.start("ofd:TextObject")
        xml.attribute("ID", String(id()))
        // Where the text's X and Y count from: the object's box upright; turned, the frame's origin
        // moved to the page's bottom-left corner, so that the CTM is a pure turn (a reader that runs
        // DeltaX through the whole CTM, translation included, as ofdrw's iText path does, gets it right).
        let originX: Double, originY: Double
        if let turned {
            xml.attribute("Boundary", box(0, 0, turned.side, turned.side))
            xml.attribute("CTM", turned.ctm)
            (originX, originY) = (turned.pageHeight, 0)
        } else {
            // The box holds every glyph's ink: the face's bounding box (`head`) from the first glyph's
            // origin to the last's, at least an em wide and from 1 em above the baseline to ¼ em below.
            let em = face.unitsPerEm > 0 ? Double(face.unitsPerEm) : 1000
            let (xMin, yMin, xMax, yMax) = face.bbox
            let left = PDFWriter.round3(first.x + min(0, Double(xMin) / em * size))
            let top = PDFWriter.round3(run.baseline - max(1, Double(yMax) / em) * size)
            let right = last.x + max(1, Double(xMax) / em) * size
            let bottom = run.baseline + max(0.25, -Double(yMin) / em) * size
            xml.attribute("Boundary", box(left, top, right - left, bottom - top))
            (originX, originY) = (left, top)
        }
        xml.attribute("Font", String(fontID))
        xml.attribute("Size", num(size))
        if run.colour != .black { colour(xml, "FillColor", run.colour) }
        if let cgTransform {
            xml.start("ofd:CGTransform")
            xml.attribute("CodePosition", "0")
            xml.attribute("CodeCount", "1")
            xml.attribute("GlyphCount", "1")
            leaf(xml, "Glyphs", String(cgTransform))
            xml.end()
        }
        var pen = PDFWriter.round3(first.x - originX)
        var gaps: [Double] = []
        for entry in glyphs.dropFirst() {
            let gap = PDFWriter.round3(entry.glyph.x - originX - pen)
            gaps.append(gap)
            pen += gap
        }
        xml.start("ofd:TextCode")
        xml.attribute("X", num(first.x - originX))
        xml.attribute("Y", num(run.baseline - originY))
        if !gaps.isEmpty { xml.attribute("DeltaX", deltas(gaps)) }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: glyphs.map(\.scalar))
        xml.text(String(text))
        xml.end()
        xml.end()
    }

    /// DeltaX values, a run of equal ones written `g N v` (GB/T 33190 §11.3: N repeats of v).
    static func deltas(_ gaps: [Double]) -> String {
        var parts: [String] = []
        var i = 0
        while i < gaps.count {
            var j = i + 1
            while j < gaps.count, gaps[j] == gaps[i] { j += 1 }
            parts.append(j - i > 1 ? "g \(j - i) \(num(gaps[i]))" : num(gaps[i]))
            i = j
        }
        return parts.joined(separator: " ")
    }
}
