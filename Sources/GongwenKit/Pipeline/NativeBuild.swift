import CLibDeflate
import Foundation

/// gongwen's own engine (issue 28): a document composed (`Composer`), set on pages (`PageSetter`)
/// and drawn as PDF (`PDFWriter`), without LibreOffice. The faces are opened once per process.
public enum NativeBuild {
    /// Every unit set on `jobs` threads (the faces are shared: HarfBuzz's lookups on immutable faces
    /// are thread-safe); each unit's findings or its error, in the order given.
    public static func units(_ inputs: [UnitInput], jobs: Int, policy: SourcePolicy, faces: LayoutFaces, coverage: GlyphCoverage?,
                             directory: String) -> [Result<[Diagnostic], DiagnosticError>] {
        WorkerThreads.map(inputs.count, workers: max(1, jobs)) { i in
            Result { () throws(DiagnosticError) in try unit(inputs[i], policy: policy, faces: faces, coverage: coverage, directory: directory) }
        }
    }

    /// One unit read, set and written to `directory/NAME.pdf`: its findings (a character drawn by a
    /// fallback face is a warning naming both faces, located where it was typed). A unit that
    /// cannot be set is a `DiagnosticError` located at its source; nothing is written for it.
    public static func unit(_ input: UnitInput, policy: SourcePolicy, faces: LayoutFaces, coverage: GlyphCoverage?,
                            directory: String) throws(DiagnosticError) -> [Diagnostic] {
        let read = try DocumentReader.read(input, policy: policy)
        let glyphs = coverage.map { GlyphReport.diagnostics(read, coverage: $0) } ?? []
        if glyphs.contains(where: { $0.severity == .error }) { throw DiagnosticError(read.diagnostics + glyphs) }
        do {
            let made = try pdf(read.document, faces: faces)
            // Whole or not at all, as the .odt files are (removed on Ctrl-C).
            try ZipArchive.writeAtomically(made.bytes, to: directory + "/" + input.name + ".pdf")
        } catch {
            throw DiagnosticError(read.diagnostics + glyphs + [.error("\(error)", at: .file(input.source))])
        }
        return (read.diagnostics + glyphs).filter { $0.severity != .note }
    }

    /// The PDF of `document`, and its page count.
    public static func pdf(_ document: Document, faces: LayoutFaces) throws -> (bytes: [UInt8], pages: Int) {
        let pages = try PageSetter.set(Composer.compose(document), faces: faces)
        // Each face the pages use, embedded once: cut down to the glyphs drawn (their ids kept).
        var used: [Int: (glyphs: Set<UInt32>, characters: Set<Unicode.Scalar>)] = [:]
        for page in pages {
            for case .glyphs(let run) in page.allItems {
                for glyph in run.glyphs {
                    used[run.face, default: ([], [])].glyphs.insert(glyph.id)
                    if glyph.text.unicodeScalars.count == 1, let scalar = glyph.text.unicodeScalars.first { used[run.face]?.characters.insert(scalar) }
                }
            }
        }
        let order = used.keys.sorted()
        let position = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($0.element, $0.offset) })
        var ids: [Int: [UInt32: UInt32]] = [:]
        let embedded = try order.map { index -> EmbeddedFace in
            let face = faces.faces[index]
            let glyphs = used[index]?.glyphs ?? []
            let subset = try face.pdfSubset(glyphs, characters: used[index]?.characters ?? [])
            ids[index] = subset.ids
            // The descriptor's ascent and descent are the ideographic em box (0.88 em above the
            // baseline, 0.12 below), the box every line was set by: a reader's text box for a glyph
            // is then the grid's, whatever the face's own (hhea) metrics say. The glyphs are drawn
            // from the program; these numbers only box them.
            return EmbeddedFace(postScriptName: face.postScriptName, program: subset.program,
                                outlines: face.isCFF ? .cff : .trueType, unitsPerEm: face.unitsPerEm,
                                advances: Dictionary(uniqueKeysWithValues: glyphs.map { (subset.ids[$0] ?? 0, face.advance($0)) }),
                                ascent: face.unitsPerEm * 88 / 100, descent: -face.unitsPerEm * 12 / 100, capHeight: face.capHeight, bbox: face.bbox)
        }
        // The pages name each face by its place among the embedded ones, and each glyph by its id in the subset.
        func renumber(_ item: PageItem) -> PageItem {
            guard case .glyphs(var run) = item else { return item }
            let map = ids[run.face] ?? [:]
            run.face = position[run.face] ?? 0
            run.glyphs = run.glyphs.map { PlacedGlyph(id: map[$0.id] ?? 0, x: $0.x, text: $0.text) }
            return .glyphs(run)
        }
        let renumbered = pages.map { page in
            var page = page
            page.items = page.items.map(renumber)
            page.turnedItems = page.turnedItems.map(renumber)
            return page
        }
        let info = PDFInfo(title: document.title, author: document.issuer, creator: OdtDocumentWriter.generator,
                           date: (document.date.year, document.date.month, document.date.day))
        let compressor = libdeflate_alloc_compressor(6)
        defer { if let compressor { libdeflate_free_compressor(compressor) } }
        return (try PDFWriter.write(pages: renumbered, faces: embedded, info: info, compress: { zlib($0, compressor) }), pages.count)
    }

    /// zlib-wrapped deflate (a PDF's FlateDecode) by libdeflate at level 6, with one compressor for
    /// all of a document's streams; nil when it cannot run (the stream is then written as it is).
    static func zlib(_ bytes: [UInt8], _ compressor: OpaquePointer?) -> [UInt8]? {
        guard !bytes.isEmpty, let compressor else { return nil }
        let bound = libdeflate_zlib_compress_bound(compressor, bytes.count)
        let out = [UInt8](unsafeUninitializedCapacity: bound) { buffer, count in
            count = bytes.withUnsafeBytes { libdeflate_zlib_compress(compressor, $0.baseAddress, $0.count, buffer.baseAddress, buffer.count) }
        }
        return out.isEmpty ? nil : out
    }
}
