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
        public init(fontName: String, program: [UInt8], fileExtension: String, cmap: [UInt32: UInt32]) {
            self.fontName = fontName; self.program = program; self.fileExtension = fileExtension; self.cmap = cmap
        }
    }

    public struct Info: Sendable, Equatable {
        public var title: String, author: String, creator: String, creatorVersion: String
        /// The 成文日期, as CreationDate (xs:date).
        public var date: (year: Int, month: Int, day: Int)
        public init(title: String, author: String, creator: String, creatorVersion: String, date: (year: Int, month: Int, day: Int)) {
            self.title = title; self.author = author; self.creator = creator; self.creatorVersion = creatorVersion; self.date = date
        }
        public static func == (a: Self, b: Self) -> Bool {
            a.title == b.title && a.author == b.author && a.creator == b.creator && a.creatorVersion == b.creatorVersion && a.date == b.date
        }
    }

    public enum Failure: Error, CustomStringConvertible {
        case noPages
        case unmappedText(page: Int, text: String)
        public var description: String {
            switch self {
            case .noPages: return "an OFD needs at least one page"
            case let .unmappedText(page, text): return "page \(page): the glyph for \"\(text)\" stands for no character an OFD can carry"
            }
        }
    }

    /// The package's zip entries, in the order written, and the zip itself.
    public static func write(pages: [LaidOutPage], faces: [Face], info: Info, timestamp: Int = 0) throws -> [UInt8] {
        try ZipArchive.bytes(parts(pages: pages, faces: faces, info: info), timestamp: timestamp)
    }

    /// The parts of the package (path in the zip, content, stored rather than deflated).
    static func parts(pages: [LaidOutPage], faces: [Face], info: Info) throws -> [ZipArchive.Entry] {
        guard !pages.isEmpty else { throw Failure.noPages }
        try PDFWriter.validate(PDFInfo(title: info.title, author: info.author, creator: info.creator, date: info.date))
        for (n, page) in pages.enumerated() { try PDFWriter.validate(page, number: n + 1, faceCount: faces.count) }

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
            contents.append(try pageContent(page, number: n + 1, fontIDs: fontIDs, faces: faces, imageID: imageID, id: id))
        }
        let maxUnitID = next

        // DocID: a hash of what the document shows, so the same sources give the same bytes.
        var hash = PDFWriter.FNV1a128()
        hash.add(Array(info.title.utf8))
        for content in contents { hash.add(content) }
        for face in faces { hash.add(face.program) }
        for image in images { hash.add(image.bytes) }
        let docID = hash.digest.map { byte in String(byte, radix: 16).leftPadded(to: 2) }.joined()

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
        xml.attribute("DocType", "OFD")
        xml.start("ofd:DocBody")
        xml.start("ofd:DocInfo")
        leaf(xml, "DocID", docID)
        if !info.title.isEmpty { leaf(xml, "Title", info.title) }
        if !info.author.isEmpty { leaf(xml, "Author", info.author) }
        let (year, month, day) = info.date
        leaf(xml, "CreationDate", "\(PDFWriter.pad(year, 4))-\(PDFWriter.pad(month, 2))-\(PDFWriter.pad(day, 2))")
        leaf(xml, "Creator", info.creator)
        leaf(xml, "CreatorVersion", info.creatorVersion)
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
    /// reading up the page with its head toward the left edge.
    struct Turn {
        var pageHeight: Double
        /// The box of every turned object: the square on the page's longer side, which holds the frame
        /// whether a reader clips before or after applying the CTM.
        var side: Double
        var ctm: String { "0 -1 1 0 0 \(num(pageHeight))" }
    }

    static func pageContent(_ page: LaidOutPage, number: Int, fontIDs: [Int], faces: [Face],
                            imageID: (SealImage) -> Int, id: () -> Int) throws -> [UInt8] {
        let xml = XMLStreamWriter()
        root(xml, "Page")
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
            guard let first = run.glyphs.first, let last = run.glyphs.last else { return }
            let face = faces[run.face]
            let size = run.size * 25.4 / 72   // points to millimetres
            xml.start("ofd:TextObject")
            xml.attribute("ID", String(id()))
            // The object's box: from the first glyph's origin one em up, to an em past the last glyph's
            // origin and a quarter em below the baseline (every glyph's ink is inside it).
            let left = PDFWriter.round3(first.x), top = PDFWriter.round3(run.baseline - size)
            if let turned {
                xml.attribute("Boundary", box(0, 0, turned.side, turned.side))
                xml.attribute("CTM", turned.ctm)
            } else {
                xml.attribute("Boundary", box(left, top, last.x - first.x + size, size * 1.25))
            }
            xml.attribute("Font", String(fontIDs[run.face]))
            xml.attribute("Size", num(size))
            if run.colour != .black { colour(xml, "FillColor", run.colour) }
            // The origin relative to the box (the page's frame for a turned run).
            let originX = turned == nil ? left : 0, originY = turned == nil ? top : 0
            var pending: [PlacedGlyph] = []
            func flush() {
                guard let head = pending.first else { return }
                var pen = PDFWriter.round3(head.x - originX)
                var gaps: [Double] = []
                for glyph in pending.dropFirst() {
                    let gap = PDFWriter.round3(glyph.x - originX - pen)
                    gaps.append(gap)
                    pen += gap
                }
                xml.start("ofd:TextCode")
                xml.attribute("X", num(head.x - originX))
                xml.attribute("Y", num(run.baseline - originY))
                if !gaps.isEmpty { xml.attribute("DeltaX", deltas(gaps)) }
                xml.text(pending.map(\.text).joined())
                xml.end()
                pending = []
            }
            for glyph in run.glyphs {
                let scalars = glyph.text.unicodeScalars
                guard let scalar = scalars.first, scalars.allSatisfy({ XMLText.isAllowed($0) }) else {
                    throw Failure.unmappedText(page: page, text: glyph.text)
                }
                if scalars.count == 1, face.cmap[scalar.value] == glyph.id {
                    pending.append(glyph)
                    continue
                }
                // A glyph its character's cmap entry does not give (or one standing for several
                // characters): a TextCode of its own, the glyph named by a CGTransform.
                flush()
                xml.start("ofd:CGTransform")
                xml.attribute("CodePosition", "0")
                xml.attribute("CodeCount", String(scalars.count))
                xml.attribute("GlyphCount", "1")
                leaf(xml, "Glyphs", String(glyph.id))
                xml.end()
                pending = [glyph]
                flush()
            }
            flush()
            xml.end()
        }
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

extension String {
    func leftPadded(to width: Int) -> String { count >= width ? self : String(repeating: "0", count: width - count) + self }
}
