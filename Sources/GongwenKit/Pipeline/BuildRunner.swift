import Foundation

public struct BuildOptions: Sendable {
    public var outputDirectory = "out"
    public var styles: StyleSheet = .builtIn
    public var jobs = ProcessInfo.processInfo.activeProcessorCount
    /// nil: ODT only.
    public var convert: PDFConverter.Format? = .pdf
    public var fontConfigTemplate: String? = FontSetup.defaultTemplate
    public var fontsDirectory: String?
    public var sourceDateEpoch: Int? = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap { Int($0) }
    public var force = false
    public var batchSize = 200
    /// Overrides every document's `header: {letterhead:}` (`--letterhead`).
    public var letterhead: Header.Letterhead?
    /// Which files sources may name, and how much one source may hold.
    public var policy = SourcePolicy()
    /// Who sets the PDFs (`--engine`): LibreOffice from the `.odt`, or gongwen's own engine from the
    /// document; a unit the native engine does not set yet goes to LibreOffice, with a warning.
    public var engine: Engine = .libreoffice
    /// Also write each unit's OFD (GB/T 33190) into `ofdDirectory`, set by gongwen's own engine
    /// whichever engine sets the PDF (`--ofd`).
    public var ofd = false
    /// The OFDs in the archival profile, OFD-A (GB/T 42133-2022; `--ofd-archive`).
    public var ofdArchive = false
    /// Keep each unit's figures in its report, for the batch report's rollup (not with `--no-report`:
    /// 10,000 units' figures are tens of megabytes).
    public var recordFigures = false

    public enum Engine: String, Sendable, CaseIterable {
        case libreoffice, native
    }

    public init() {}

    public var odtDirectory: String { outputDirectory + "/odt" }
    public var pdfDirectory: String { outputDirectory + "/" + (convert == .docx ? "docx" : "pdf") }
    public var ofdDirectory: String { outputDirectory + "/ofd" }
}

/// One unit's outcome, as the summary and `--json` report it.
public struct UnitReport: Codable, Sendable {
    public enum Status: String, Codable, Sendable { case built, unchanged, failed }
    public var unit: String
    public var source: String
    public var odt: Status
    public var odtPath: String?
    public var converted: Status?
    public var convertedPath: String?
    public var diagnostics: [String]
    /// Attachments bound separately (§7.3.7): `.odt` files of their own beside the unit's.
    public var attachmentODTs: [String]?
    /// Which engine set the PDF (`native` or `libreoffice`); nil when none was made.
    public var engine: String?
    /// The OFD (`--ofd`): built, unchanged or failed, and where; nil when none was asked for or the
    /// native engine does not set the document yet (said as a warning).
    public var ofd: Status?
    public var ofdPath: String?
    /// The file it was read from (a sheet's, for a row), from the output folder: the report leaves out
    /// a unit whose file is gone, whatever folder it is written from.
    public var file: String?
    /// Its figures, the values a rollup adds up, for the report's totals and rankings.
    public var figures: [RecordedFigure]?

    public init(unit: String, source: String, odt: Status, diagnostics: [String]) {
        self.unit = unit
        self.source = source
        self.odt = odt
        self.diagnostics = diagnostics
    }
}

/// One figure of a unit as the report keeps it: a whole number, a decimal or a percentage.
public struct RecordedFigure: Codable, Sendable, Equatable {
    public var name: String
    public var kind: Kind
    /// A decimal or a percentage (a fraction: 0.3 is 30%).
    public var number: Double?
    /// A whole number, kept whole (a Double holds integers exactly only up to 2^53).
    public var integer: Int?
    /// A percentage's decimal places.
    public var digits: Int?

    public enum Kind: String, Codable, Sendable { case integer, decimal, percent }

    /// nil for a value that is not a number (a text, a date).
    public init?(name: String, value: Value) {
        self.name = name
        switch value {
        case .integer(let n): (kind, integer) = (.integer, n)
        case .decimal(let d): (kind, number) = (.decimal, d)
        case .percent(let p, let d): (kind, number, digits) = (.percent, p, d)
        default: return nil
        }
    }

    /// The value as the source gave it; nil for a record that lacks its number.
    public var value: Value? {
        switch kind {
        case .integer: return integer.map { .integer($0) }
        case .decimal: return number.map { .decimal($0) }
        case .percent: return number.map { .percent($0, digits: min(max(digits ?? 0, 0), 10)) }
        }
    }
}

public struct BuildReport: Codable, Sendable {
    public var tool = OdtDocumentWriter.generator
    public var units: [UnitReport] = []
    public var standInFonts: [String] = []
    public var odtSeconds = 0.0
    public var convertSeconds = 0.0
    /// Hangs, crashes and batches that left files unconverted, with what the retries recovered.
    public var incidents: [PDFConverter.Incident] = []
    /// LibreOffice processes started (each converts one batch and exits).
    public var converterProcesses = 0
    /// Why nothing could be converted (LibreOffice missing, the output folder not writable): said once.
    public var conversionProblem: String?
    public var failed: Int { units.filter { $0.odt == .failed || $0.converted == .failed || $0.ofd == .failed }.count }
}

/// Builds many units: the ODT phase in parallel across cores, then one pooled conversion run.
public struct BuildRunner: Sendable {
    public var options: BuildOptions
    /// Told of each unit's PDF the own engine set and wrote (its bytes and pages), on the unit's
    /// thread: the batch report keeps what it shows of the PDF then (`BatchReport.keepFacts`).
    public var setNativelyAndWritten: (@Sendable (NativePDF) -> Void)?
    public init(options: BuildOptions, setNativelyAndWritten: (@Sendable (NativePDF) -> Void)? = nil) {
        self.options = options
        self.setNativelyAndWritten = setNativelyAndWritten
    }

    /// Reads and writes one unit's `.odt`. Identical bytes are not rewritten, so the PDF made from
    /// them stays up to date.
    /// With `coverage`, characters the fonts lack are reported first, and one that no face has fails the unit.
    public func buildODT(_ input: UnitInput, coverage: GlyphCoverage? = nil, faces: LayoutFaces? = nil, ofdFaces: LayoutFaces? = nil) -> UnitReport {
        let name = input.name
        let source = input.source
        var report = UnitReport(unit: name, source: source, odt: .failed, diagnostics: [])
        report.file = input.file.map { FileSystem.relative($0, from: options.outputDirectory, resolvingSymlinks: true) }
        do {
            var read = try DocumentReader.read(input, policy: options.policy)
            if options.recordFigures {
                let figures = zip(read.document.values.names, read.document.values.values).compactMap { RecordedFigure(name: $0, value: $1) }
                report.figures = figures.isEmpty ? nil : figures
            }
            if let letterhead = options.letterhead { read.document.header?.letterhead = letterhead }
            let glyphs = coverage.map { GlyphReport.diagnostics(read, coverage: $0) } ?? []
            if glyphs.contains(where: { $0.severity == .error }) { throw DiagnosticError(read.diagnostics + glyphs) }
            report.diagnostics = (read.diagnostics + glyphs).filter { $0.severity != .note }.map(\.description)
            let path = options.odtDirectory + "/" + name + ".odt"
            report.odtPath = path
            report.odt = try write(read.document, to: path, report: &report)
            for (suffix, attachment) in read.document.separateAttachments {
                let attachmentPath = options.odtDirectory + "/" + name + suffix + ".odt"
                if try write(attachment, to: attachmentPath, report: &report) == .built { report.odt = .built }
                report.attachmentODTs = (report.attachmentODTs ?? []) + [attachmentPath]
            }
            // A document set for its native PDF is not set again for its OFD.
            let setPages = SetPages()
            if let faces { try setNatively(read.document, faces: faces, report: &report, pages: setPages) }
            if let ofdFaces { try writeOFD(read.document, faces: ofdFaces, report: &report, pages: setPages) }
        } catch let error as DiagnosticError {
            report.diagnostics = error.diagnostics.map(\.description)
        } catch {
            report.diagnostics = [Diagnostic.error("\(error)", at: .file(source)).description]
        }
        return report
    }

    /// One `.odt`; identical bytes are not rewritten (their time is refreshed instead).
    func write(_ document: Document, to path: String, report: inout UnitReport) throws -> UnitReport.Status {
        let parts = try OdtDocumentWriter.parts(for: document, styles: options.styles, sourceDateEpoch: options.sourceDateEpoch)
        let timestamp = options.sourceDateEpoch ?? document.date.epochSeconds
        let bytes = try OdtPackager.package(parts: parts, timestamp: timestamp)
        if !options.force, let old = FileManager.default.contents(atPath: path), old.elementsEqual(bytes) {
            if let problem = refreshUnchanged(odt: path) {
                report.diagnostics.append(Diagnostic.warning(problem, at: .file(path)).description)
            }
            return .unchanged
        }
        try ZipArchive.writeAtomically(bytes, to: path)
        return .built
    }

    /// `--engine native`: the unit's PDF (and its separately bound attachments') set by gongwen's own
    /// engine, whole or not at all. A document the engine does not set yet is left to LibreOffice
    /// (`engine` stays nil), said as a warning; so is one whose PDFs are newer than its unchanged
    /// `.odt` files, which the converter then finds up to date.
    func setNatively(_ document: Document, faces: LayoutFaces, report: inout UnitReport, pages: SetPages = SetPages()) throws {
        guard let odt = report.odtPath else { return }
        let jobs = [(document, odt)] + zip(document.separateAttachments.map(\.document), report.attachmentODTs ?? []).map { ($0, $1) }
        let mtime = FileSystem.modified
        let upToDate = jobs.allSatisfy { _, odt in
            let path = options.pdfDirectory + "/" + UnitNaming.unitName(odt) + ".pdf"
            guard let pdf = mtime(path), let source = mtime(odt) else { return false }
            // A plain PDF is not what --pdfa asks for, however new: set again (its XMP says PDF/A).
            return pdf >= source && (options.convert != .pdfa || Self.saysPDFA(path))
        }
        if report.odt == .unchanged, !options.force, upToDate { return }
        var made: [(pdf: (bytes: [UInt8], sha256: [UInt8]), path: String, pages: [LaidOutPage])] = []
        for (document, odt) in jobs {
            let path = options.pdfDirectory + "/" + UnitNaming.unitName(odt) + ".pdf"
            do {
                let set = try pages.pages(document, odt: odt, faces: faces)
                made.append((try NativeBuild.pdfHashed(pages: set, document: document, faces: faces, pdfa: options.convert == .pdfa), path, set))
            } catch let unsupported as PageSetter.Unsupported {
                report.diagnostics.append(Diagnostic.warning("the native engine does not set \(unsupported.what) yet; LibreOffice made its PDF",
                                                             at: .file(report.source)).description)
                return
            }
        }
        try FileSystem.makeDirectories(options.pdfDirectory)
        let stamps = try made.map { try ZipArchive.writeAtomically($0.pdf.bytes, to: $0.path) }
        if let told = setNativelyAndWritten, let pdf = made.first {
            told(NativePDF(path: pdf.path, bytes: pdf.pdf.bytes, sha256: pdf.pdf.sha256, pages: pdf.pages, faces: faces, stamp: stamps.first ?? nil))
        }
        report.engine = BuildOptions.Engine.native.rawValue
        report.convertedPath = options.pdfDirectory + "/" + UnitNaming.unitName(odt) + ".pdf"
        report.converted = .built
    }

    /// Whether the PDF at `path` declares itself PDF/A (its XMP's `pdfaid:part`, which the writer
    /// keeps uncompressed as PDF/A asks, so a byte search finds it).
    static func saysPDFA(_ path: String) -> Bool {
        guard let data = FileManager.default.contents(atPath: path) else { return false }
        return data.range(of: Data("<pdfaid:part>".utf8)) != nil
    }

    /// `--ofd`: the unit's OFD (and its separately bound attachments') set by gongwen's own engine,
    /// whole or not at all, into `ofdDirectory`; left as it is when it is newer than its unchanged `.odt`.
    func writeOFD(_ document: Document, faces: LayoutFaces, report: inout UnitReport, pages: SetPages = SetPages()) throws {
        guard let odt = report.odtPath else { return }
        let jobs = [(document, odt)] + zip(document.separateAttachments.map(\.document), report.attachmentODTs ?? []).map { ($0, $1) }
        func path(_ odt: String) -> String { options.ofdDirectory + "/" + UnitNaming.unitName(odt) + ".ofd" }
        let mtime = FileSystem.modified
        report.ofdPath = path(odt)
        // Up to date: newer than its .odt, and of the profile asked for (a plain OFD is not kept
        // when OFD-A is asked for, nor the other way round).
        let upToDate = jobs.allSatisfy { _, odt in
            guard let made = mtime(path(odt)), let source = mtime(odt), made >= source else { return false }
            return OFDLayout.isArchival(ofd: path(odt)) == options.ofdArchive
        }
        if report.odt == .unchanged, !options.force, upToDate {
            report.ofd = .unchanged
            return
        }
        var made: [(bytes: [UInt8], path: String)] = []
        for (document, odt) in jobs {
            do {
                made.append((try NativeBuild.ofd(pages: pages.pages(document, odt: odt, faces: faces), document: document, faces: faces,
                                                 timestamp: options.sourceDateEpoch, archival: options.ofdArchive), path(odt)))
            } catch let unsupported as PageSetter.Unsupported {
                report.ofdPath = nil
                report.diagnostics.append(Diagnostic.warning("the native engine does not set \(unsupported.what) yet; no OFD was made",
                                                             at: .file(report.source)).description)
                return
            } catch {
                report.ofd = .failed
                report.diagnostics.append(Diagnostic.error("the OFD was not made: \(error)", at: .file(report.source)).description)
                return
            }
        }
        do {
            try FileSystem.makeDirectories(options.ofdDirectory)
            for ofd in made { try ZipArchive.writeAtomically(ofd.bytes, to: ofd.path) }
        } catch {
            report.ofd = .failed
            report.diagnostics.append(Diagnostic.error("the OFD was not made: \(error)", at: .file(report.source)).description)
            return
        }
        report.ofd = .built
    }

    /// Same bytes: mark the ODT up to date for make, and with it a PDF, DOCX or OFD that was current for
    /// it, since a result made from identical bytes cannot differ.
    /// Returns what could not be touched: make would then rebuild it needlessly, which is worth a warning.
    func refreshUnchanged(odt: String) -> String? {
        let mtime = FileSystem.modified
        guard let odtTime = mtime(odt) else { return nil }
        // UTIME_NOW, a macro Swift does not import: "the current time".
        let now = timespec(tv_sec: 0, tv_nsec: (1 << 30) - 1)
        var times = [now, now]
        var failed: [String] = []
        for path in [odt] + ["pdf", "docx", "ofd"].map({ options.outputDirectory + "/\($0)/" + UnitNaming.unitName(odt) + "." + $0 }) {
            guard path == odt || (mtime(path).map { $0 >= odtTime } ?? false) else { continue }
            if utimensat(AT_FDCWD, path, &times, 0) != 0 { failed.append("\(path): \(String(cString: strerror(errno)))") }
        }
        return failed.isEmpty ? nil : "unchanged, but its time could not be updated (make will redo it): " + failed.joined(separator: "; ")
    }

    public func run(sources: [String], progress: Progress) -> BuildReport {
        run(units: sources.map(UnitInput.file), progress: progress)
    }

    public func run(units sources: [UnitInput], progress: Progress) -> BuildReport {
        var report = BuildReport()
        let total = sources.count
        let started = Date()
        let results = Collector<(Int, UnitReport)>()
        let counter = Counter()
        let queue = WorkQueue(Array(sources.enumerated()))
        // The fonts are set up before the ODT phase: characters they lack are reported per unit.
        var fontSetup: FontSetup?
        defer { fontSetup?.cleanUp() }
        var coverageOrNil: GlyphCoverage?
        do {
            let fonts = try FontSetup.prepare(template: options.fontConfigTemplate, extraFontDirectory: options.fontsDirectory)
            fontSetup = fonts
            coverageOrNil = try GlyphCoverage(setup: fonts)
        } catch {
            progress.message("gongwen: warning: fonts: \(error); LibreOffice picks faces itself and characters are not checked")
        }
        let coverage = coverageOrNil
        // The native engine's faces, opened once for every unit (they are read-only and shared).
        var faces: LayoutFaces?
        // PDF/A-2b too: the native engine writes it (its XMP and output intent) as LibreOffice does.
        let nativePDF = options.engine == .native && (options.convert == .pdf || options.convert == .pdfa)
        if nativePDF || options.ofd, let fontSetup {
            do { faces = try LayoutFaces.load(fontSetup) } catch {
                progress.message(nativePDF ? "gongwen: warning: the native engine cannot open its faces (\(error)); LibreOffice sets the PDFs"
                                           : "gongwen: warning: the native engine cannot open its faces (\(error)); no OFD is made")
            }
        }
        let nativeFaces = nativePDF ? faces : nil
        let ofdFaces = options.ofd ? faces : nil
        do {
            try FileSystem.makeDirectories(options.odtDirectory)
        } catch {
            // Said once, not as "No such file or directory" for every unit.
            let message = Diagnostic.error("\(error)", at: nil).description
            report.units = sources.map { UnitReport(unit: $0.name, source: $0.source, odt: .failed, diagnostics: [message]) }
            progress.message(message)
            return report
        }
        WorkerThreads.run(max(1, min(options.jobs, total))) { _ in
            while let (index, source) = queue.next() {
                let unit = buildODT(source, coverage: coverage, faces: nativeFaces, ofdFaces: ofdFaces)
                results.append((index, unit))
                let n = counter.increment()
                if unit.odt == .failed { unit.diagnostics.forEach(progress.message) }
                progress.step(stage: "ODT", done: n, total: total, unit: unit.unit, status: unit.odt.rawValue)
            }
        }
        report.units = results.items.sorted { $0.0 < $1.0 }.map(\.1)
        report.odtSeconds = Date().timeIntervalSince(started)
        // --ofd without faces to set pages with: no unit got its OFD, and each says so.
        if options.ofd, ofdFaces == nil {
            for i in report.units.indices where report.units[i].odt != .failed {
                report.units[i].ofd = .failed
                report.units[i].diagnostics.append(Diagnostic.error("the OFD was not made: the native engine cannot open its faces",
                                                                    at: .file(report.units[i].source)).description)
            }
        }
        guard let format = options.convert else { return report }

        let convertStarted = Date()
        // What the native engine set is done; LibreOffice converts the rest.
        let odts = report.units.flatMap { $0.odt == .failed || $0.engine != nil ? [] : [$0.odtPath].compactMap { $0 } + ($0.attachmentODTs ?? []) }
        var converter = PDFConverter()
        converter.format = format
        converter.workers = options.jobs
        converter.force = options.force
        converter.batchSize = options.batchSize
        converter.fontConfig = fontSetup?.configPath
        report.standInFonts = fontSetup?.resolve().filter { !$0.isOfficial }.map(\.description) ?? []
        let done = Counter()
        let unavailable = odts.isEmpty ? nil : converter.unavailable
        if let unavailable {
            report.conversionProblem = unavailable
            progress.message("gongwen: error: " + unavailable)
        }
        // A failed conversion is told against the unit's source, the file its writer knows, not the
        // .odt made from it; a separately bound attachment is named by its file.
        let stage = format.fileExtension.uppercased()
        var sourceOf: [String: (source: String, what: String)] = [:]
        for unit in report.units where unit.odt != .failed {
            if let odt = unit.odtPath { sourceOf[odt] = (unit.source, "the \(stage) was not made") }
            for attachment in unit.attachmentODTs ?? [] {
                sourceOf[attachment] = (unit.source, "the \(stage) of \(UnitNaming.unitName(attachment)) was not made")
            }
        }
        let lookup = sourceOf
        @Sendable func failure(_ error: String, converting odt: String) -> String {
            guard let (source, what) = lookup[odt] else { return Diagnostic.error(error, at: .file(odt)).description }
            return Diagnostic.error(what + ": " + error, at: .file(source)).description
        }
        /// A PDF made with a fault left in it is told against the unit's source too.
        @Sendable func fault(_ warning: String, converting odt: String) -> String {
            Diagnostic.warning("in the PDF: " + warning, at: .file(lookup[odt]?.source ?? odt)).description
        }
        let conversion = converter.run(odts, into: options.pdfDirectory) { outcome in
            let n = done.increment()
            if let error = outcome.error, unavailable == nil { progress.message(failure(error, converting: outcome.input)) }
            if let warning = outcome.warning { progress.message(fault(warning, converting: outcome.input)) }
            progress.step(stage: stage, done: n, total: odts.count,
                          unit: UnitNaming.unitName(outcome.input), status: outcome.status)
        }
        report.incidents = conversion.incidents
        report.converterProcesses = conversion.processes
        let byInput = Dictionary(conversion.outcomes.map { ($0.input, $0) }, uniquingKeysWith: { a, _ in a })
        for i in report.units.indices {
            guard let path = report.units[i].odtPath, report.units[i].odt != .failed, let o = byInput[path] else { continue }
            report.units[i].convertedPath = o.output
            // An up-to-date PDF may be either engine's: none is named.
            report.units[i].engine = o.error == nil && !o.skipped ? BuildOptions.Engine.libreoffice.rawValue : nil
            report.units[i].converted = o.error != nil ? .failed : (o.skipped ? .unchanged : .built)
            if let e = o.error, unavailable == nil { report.units[i].diagnostics.append(failure(e, converting: path)) }
            if let w = o.warning { report.units[i].diagnostics.append(fault(w, converting: path)) }
            for attachment in report.units[i].attachmentODTs ?? [] {
                guard let a = byInput[attachment], let e = a.error else { continue }
                report.units[i].converted = .failed
                if unavailable == nil { report.units[i].diagnostics.append(failure(e, converting: attachment)) }
            }
        }
        report.convertSeconds = Date().timeIntervalSince(convertStarted)
        return report
    }
}

/// A unit's PDF the own engine set and wrote: where, its bytes, and the pages they were drawn from.
public struct NativePDF: Sendable {
    public var path: String
    public var bytes: [UInt8]
    /// The SHA-256 of `bytes`, as the writer hashed them.
    public var sha256: [UInt8]
    public var pages: [LaidOutPage]
    public var faces: LayoutFaces
    /// The file as written (`ZipArchive.writeAtomically`): whatever stands at `path` later is these
    /// bytes only while it has this stamp.
    public var stamp: FileSystem.Stamp?
}

/// The pages each of a unit's documents was set on (by its `.odt` path), kept while the unit is built:
/// its native PDF and its OFD are drawn from one setting (the build opens one set of faces for both).
final class SetPages {
    private var byODT: [String: [LaidOutPage]] = [:]

    func pages(_ document: Document, odt: String, faces: LayoutFaces) throws -> [LaidOutPage] {
        if let kept = byODT[odt] { return kept }
        let pages = try PageSetter.set(Composer.compose(document), faces: faces)
        byODT[odt] = pages
        return pages
    }
}
