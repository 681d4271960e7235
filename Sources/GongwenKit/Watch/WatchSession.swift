import Foundation

/// `gongwen watch` (issue 24): the clerk's preview while writing. Every save of a unit source, a
/// template, a sheet or a seal rebuilds what it changed, the `.odt` and the PDF set by gongwen's own
/// engine, and prints the findings: located errors, characters the faces lack, `verify`'s
/// deviations. A source with an error writes nothing: the last good PDF stays for the viewer.
///
/// What changed is decided by the bytes: every unit a save may touch is read again, and one whose
/// `.odt` comes out identical keeps its PDF untouched (`BuildRunner.buildODT`), so a seal or a
/// template rebuilds exactly the units that use it, without a list of who reads what.
public final class WatchSession {
    public let runner: BuildRunner
    let faces: LayoutFaces
    let coverage: GlyphCoverage?
    let fontConfig: String?
    let gather: () throws(DiagnosticError) -> [UnitInput]
    let say: (String) -> Void
    public private(set) var units: [UnitInput] = []

    /// Extensions of the files a unit may be made from: sources, @lists, sheets, seals.
    static let relevant: Set<String> = ["yaml", "yml", "txt", "xlsx", "ods", "csv", "png", "svg"]

    public init(options: BuildOptions, faces: LayoutFaces, coverage: GlyphCoverage?, fontConfig: String?,
                gather: @escaping () throws(DiagnosticError) -> [UnitInput], say: @escaping (String) -> Void) {
        var options = options
        options.engine = .native
        options.convert = .pdf
        runner = BuildRunner(options: options)
        self.faces = faces
        self.coverage = coverage
        self.fontConfig = fontConfig
        self.gather = gather
        self.say = say
    }

    /// Finds the units again (a new file in a watched folder, a sheet's rows) and builds them all.
    /// False when the sources cannot be found at all.
    @discardableResult
    public func rebuildAll() -> Bool {
        DocumentReader.forgetRunCaches()
        do {
            units = try gather()
        } catch {
            error.diagnostics.forEach { say($0.description) }
            return false
        }
        let started = Date()
        let outcomes = units.map(build)
        let failed = outcomes.filter { !$0 }.count
        say("gongwen watch: \(units.count) units, \(failed) failed (\(String(format: "%.2f", Date().timeIntervalSince(started))) s)")
        return true
    }

    /// One save: the units it names by their own file are built; anything else (a template, a seal,
    /// a sheet, a new or removed file) has every unit read again.
    public func changed(_ paths: [String]) {
        let relevant = paths.filter { Self.relevant.contains(($0 as NSString).pathExtension.lowercased()) }
        guard !relevant.isEmpty else { return }
        var byFile: [String: UnitInput] = [:]
        for unit in units {
            if case .file(let path) = unit.origin { byFile[FileWatcher.canonical(path)] = unit }
        }
        let own = relevant.compactMap { path in FileManager.default.fileExists(atPath: path) ? byFile[FileWatcher.canonical(path)] : nil }
        if own.count == relevant.count {
            for unit in own { _ = build(unit) }
        } else {
            rebuildAll()
        }
    }

    /// Sleeps on `watcher` until `stop`, rebuilding after every save.
    public func run(_ watcher: FileWatcher) {
        while true {
            switch watcher.next() {
            case .stopped: return
            case .overflow: rebuildAll()
            case .changed(let paths): changed(paths)
            }
        }
    }

    /// One unit: its `.odt` and PDF, then what the clerk should know. False when it failed.
    func build(_ unit: UnitInput) -> Bool {
        let started = Date()
        var report = runner.buildODT(unit, coverage: coverage, faces: faces)
        if report.odt == .failed {
            report.diagnostics.forEach(say)
            let pdf = runner.options.pdfDirectory + "/" + unit.name + ".pdf"
            if FileManager.default.fileExists(atPath: pdf) { say("gongwen watch: \(unit.name) not rebuilt; the last good PDF stays: \(pdf)") }
            return false
        }
        // A document the native engine does not set yet goes to LibreOffice, as the build's warning says.
        if report.engine == nil, report.converted == nil, report.odt == .built, let odt = report.odtPath {
            var converter = PDFConverter()
            converter.workers = 1
            converter.fontConfig = fontConfig
            let conversion = converter.run([odt] + (report.attachmentODTs ?? []), into: runner.options.pdfDirectory) { _ in }
            if let error = conversion.outcomes.first(where: { $0.error != nil })?.error {
                report.diagnostics.append(Diagnostic.error("the PDF was not made: \(error)", at: .file(unit.source)).description)
                report.diagnostics.forEach(say)
                return false
            }
            report.converted = .built
            report.convertedPath = conversion.outcomes.first?.output
        }
        report.diagnostics.forEach(say)
        guard report.converted == .built, let pdf = report.convertedPath else {
            say("gongwen watch: \(unit.name) unchanged")
            return true
        }
        var pages = "?"
        do {
            let layout = try PDFLayout.read(pdf: pdf)
            pages = String(layout.pages.count)
            LayoutVerifier.verify(layout).forEach { say("\(pdf): " + Localization.translate($0.description)) }
        } catch let error as DiagnosticError {
            error.diagnostics.forEach { say($0.description) }
        } catch {
            say("gongwen: warning: \(pdf) cannot be checked: \(error)")
        }
        say("gongwen watch: \(unit.name) → \(pdf) (\(pages) pages, \(String(format: "%.2f", Date().timeIntervalSince(started))) s)")
        return true
    }
}
