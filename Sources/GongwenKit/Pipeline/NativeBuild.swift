import CLibDeflate
import Foundation

/// gongwen's own engine (issue 28): a document composed (`Composer`), set on pages (`PageSetter`)
/// and drawn as PDF (`PDFWriter`), without LibreOffice. The faces are opened once per process.
public enum NativeBuild {
    /// Every unit set on `jobs` threads (the faces are shared: HarfBuzz's lookups on immutable faces
    /// are thread-safe); each unit's findings or its error, in the order given.
    public static func units(_ inputs: [UnitInput], jobs: Int, policy: SourcePolicy, faces: LayoutFaces, coverage: GlyphCoverage?,
                             directory: String?, ofdDirectory: String? = nil, archival: Bool = false, pdfa: Bool = false) -> [Result<[Diagnostic], DiagnosticError>] {
        WorkerThreads.map(inputs.count, workers: max(1, jobs)) { i in
            Result { () throws(DiagnosticError) in
                try unit(inputs[i], policy: policy, faces: faces, coverage: coverage, directory: directory, ofdDirectory: ofdDirectory,
                         archival: archival, pdfa: pdfa)
            }
        }
    }

    /// One unit read, set and written to `directory/NAME.pdf` (and `ofdDirectory/NAME.ofd`, the same
    /// pages; OFD-A when `archival`; the PDF as PDF/A-2b when `pdfa`): its findings (a character drawn by a fallback face is a warning naming both faces, located
    /// where it was typed). A unit that cannot be set is a `DiagnosticError` located at its source;
    /// nothing is written for it.
    public static func unit(_ input: UnitInput, policy: SourcePolicy, faces: LayoutFaces, coverage: GlyphCoverage?,
                            directory: String?, ofdDirectory: String? = nil, archival: Bool = false, pdfa: Bool = false) throws(DiagnosticError) -> [Diagnostic] {
        let read = try DocumentReader.read(input, policy: policy)
        let glyphs = coverage.map { GlyphReport.diagnostics(read, coverage: $0) } ?? []
        if glyphs.contains(where: { $0.severity == .error }) { throw DiagnosticError(read.diagnostics + glyphs) }
        do {
            // The document and each attachment bound separately (§7.3.7, NAME-附件2), every file made
            // before any is written: a unit whose document cannot be set gets none of them.
            var made: [(bytes: [UInt8], path: String)] = []
            for (suffix, document) in [("", read.document)] + read.document.separateAttachments.map({ ($0.0, $0.1) }) {
                let pages = try PageSetter.set(Composer.compose(document), faces: faces)
                if let directory { made.append((try pdf(pages: pages, document: document, faces: faces, pdfa: pdfa), directory + "/" + input.name + suffix + ".pdf")) }
                if let ofdDirectory { made.append((try ofd(pages: pages, document: document, faces: faces, archival: archival), ofdDirectory + "/" + input.name + suffix + ".ofd")) }
            }
            // Each whole or not at all, as the .odt files are (removed on Ctrl-C).
            for file in made { try ZipArchive.writeAtomically(file.bytes, to: file.path) }
        } catch {
            throw DiagnosticError(read.diagnostics + glyphs + [.error("\(error)", at: .file(input.source))])
        }
        return (read.diagnostics + glyphs).filter { $0.severity != .note }
    }

    /// The PDF of `document`, and its page count.
    public static func pdf(_ document: Document, faces: LayoutFaces) throws -> (bytes: [UInt8], pages: Int) {
        let pages = try PageSetter.set(Composer.compose(document), faces: faces)
        return (try pdf(pages: pages, document: document, faces: faces), pages.count)
    }

    /// The faces the pages use, in the order of their index, with the glyphs and characters each draws.
    static func used(_ pages: [LaidOutPage]) -> [(face: Int, glyphs: Set<UInt32>, characters: Set<Unicode.Scalar>)] {
        // By face index (a handful), each run's glyphs added to its face's sets in one go.
        var used: [(glyphs: Set<UInt32>, characters: Set<Unicode.Scalar>)?] = []
        for page in pages {
            for case .glyphs(let run) in page.allItems where run.face >= 0 && !run.glyphs.isEmpty {
                if run.face >= used.count { used += Array(repeating: nil, count: run.face + 1 - used.count) }
                var sets = used[run.face] ?? ([], [])
                used[run.face] = nil
                for glyph in run.glyphs {
                    sets.glyphs.insert(glyph.id)
                    for scalar in glyph.text.unicodeScalars { sets.characters.insert(scalar) }
                }
                used[run.face] = sets
            }
        }
        return used.indices.compactMap { face in used[face].map { (face, $0.glyphs, $0.characters) } }
    }

    /// The pages with each face named by its place among the embedded ones (`order`), and each glyph by its id in its subset.
    static func renumbered(_ pages: [LaidOutPage], order: [Int], ids: [Int: [UInt32: UInt32]]) -> [LaidOutPage] {
        let position = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($0.element, $0.offset) })
        func renumber(_ item: PageItem) -> PageItem {
            guard case .glyphs(var run) = item else { return item }
            let map = ids[run.face] ?? [:]
            run.face = position[run.face] ?? 0
            run.glyphs = run.glyphs.map { PlacedGlyph(id: map[$0.id] ?? 0, x: $0.x, text: $0.text) }
            return .glyphs(run)
        }
        return pages.map { page in
            var page = page
            page.items = page.items.map(renumber)
            page.turnedItems = page.turnedItems.map(renumber)
            return page
        }
    }

    static func pdf(pages: [LaidOutPage], document: Document, faces: LayoutFaces, pdfa: Bool = false) throws -> [UInt8] {
        try pdfHashed(pages: pages, document: document, faces: faces, pdfa: pdfa).bytes
    }

    /// `pdf`, with the SHA-256 of its bytes (`PDFWriter.writeHashed`); PDF/A-2b when `pdfa`.
    static func pdfHashed(pages: [LaidOutPage], document: Document, faces: LayoutFaces, pdfa: Bool = false) throws -> (bytes: [UInt8], sha256: [UInt8]) {
        // Each face the pages use, embedded once: cut down to the glyphs drawn (their ids kept).
        let used = used(pages)
        var ids: [Int: [UInt32: UInt32]] = [:]
        let embedded = try used.map { use -> EmbeddedFace in
            let face = faces.faces[use.face]
            let subset = try face.pdfSubset(use.glyphs, characters: use.characters)
            ids[use.face] = subset.ids
            // The descriptor's ascent and descent are the ideographic em box (0.88 em above the
            // baseline, 0.12 below), the box every line was set by: a reader's text box for a glyph
            // is then the grid's, whatever the face's own (hhea) metrics say. The glyphs are drawn
            // from the program; these numbers only box them.
            return EmbeddedFace(postScriptName: face.postScriptName, program: subset.program,
                                outlines: face.isCFF ? .cff : .trueType, unitsPerEm: face.unitsPerEm,
                                advances: Dictionary(uniqueKeysWithValues: use.glyphs.map { (subset.ids[$0] ?? 0, face.advance($0)) }),
                                ascent: face.unitsPerEm * 88 / 100, descent: -face.unitsPerEm * 12 / 100, capHeight: face.capHeight, bbox: face.bbox)
        }
        let info = PDFInfo(title: document.title, author: document.issuer, creator: OdtDocumentWriter.generator,
                           date: (document.date.year, document.date.month, document.date.day), archival: pdfa)
        // Level 6 for the page contents and the small streams; level 1 for the streams past 32 KB, the
        // font programs (and a large seal's pixels): CJK outlines deflate by ~20 % at any level, and
        // FandolFang's subset for a unit (331 KB) takes libdeflate 6.1 ms at 6 and 3.5 ms at 1 for 1.1 %
        // more bytes (bench/README).
        let compressor = libdeflate_alloc_compressor(6), fast = libdeflate_alloc_compressor(1)
        defer {
            if let compressor { libdeflate_free_compressor(compressor) }
            if let fast { libdeflate_free_compressor(fast) }
        }
        return try PDFWriter.writeHashed(pages: renumbered(pages, order: used.map(\.face), ids: ids), faces: embedded, info: info,
                                   compress: { stream in
                                       RecentDeflates.pdfStreams.deflated(stream) { ZlibStream.compress($0, with: $0.count > 32 << 10 ? fast : compressor) }
                                   })
    }

    /// An OFD reader finds a glyph from its character through the font's `cmap`, so each face is embedded
    /// as an OpenType file that has one (the PDF's bare CFF has none): `OpenTypeFace.ofdSubset`.
    static func ofd(pages: [LaidOutPage], document: Document, faces: LayoutFaces, timestamp: Int? = nil, archival: Bool = false) throws -> [UInt8] {
        let used = used(pages)
        var ids: [Int: [UInt32: UInt32]] = [:]
        let embedded = try used.map { use -> OFDWriter.Face in
            let face = faces.faces[use.face]
            let subset = try face.ofdSubset(use.glyphs, characters: use.characters)
            ids[use.face] = subset.ids
            var cmap: [UInt32: UInt32] = [:]
            for scalar in use.characters {
                if let glyph = face.glyph(scalar), let id = subset.ids[glyph] { cmap[scalar.value] = id }
            }
            return OFDWriter.Face(fontName: face.postScriptName, program: subset.program, fileExtension: face.isCFF ? "otf" : "ttf", cmap: cmap,
                                  unitsPerEm: face.unitsPerEm, bbox: face.bbox)
        }
        let info = OFDWriter.Info(title: document.title, author: document.issuer, creator: "gongwen", creatorVersion: Version.current,
                                  date: (document.date.year, document.date.month, document.date.day),
                                  archival: archival, metadata: archival ? archivalMetadata(document) : [])
        return try OFDWriter.write(pages: renumbered(pages, order: used.map(\.face), ids: ids), faces: embedded, info: info,
                                   timestamp: timestamp ?? document.date.epochSeconds)
    }

    /// An archival OFD's metadata (GB/T 42133 §6.2.1 b: kept as CustomData, named as DA/T 46 names
    /// a 文书's elements): 题名, 责任者, 文件编号 (when it has one), 密级 (when marked), 日期.
    static func archivalMetadata(_ document: Document) -> [OFDWriter.Info.Datum] {
        var data = [OFDWriter.Info.Datum("题名", document.title), OFDWriter.Info.Datum("责任者", document.issuer)]
        if let number = document.header?.number, !number.isEmpty { data.append(.init("文件编号", number)) }
        if let secrecy = document.header?.secrecy, !secrecy.isEmpty { data.append(.init("密级", secrecy)) }
        data.append(.init("日期", document.date.iso))
        return data
    }
}
