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
    let stop: StopSignal
    public private(set) var units: [UnitInput] = []
    /// What a failed unit said last: said again only when it changes (a save elsewhere rebuilds it too).
    private var lastFailure: [String: [String]] = [:]

    /// Extensions of the files a unit may be made from: sources, @lists, sheets, seals.
    static let relevant: Set<String> = ["yaml", "yml", "txt", "xlsx", "ods", "csv", "png", "svg"]

    public init(options: BuildOptions, faces: LayoutFaces, coverage: GlyphCoverage?, fontConfig: String?, stop: StopSignal,
                gather: @escaping () throws(DiagnosticError) -> [UnitInput], say: @escaping (String) -> Void) {
        var options = options
        options.engine = .native
        options.convert = .pdf
        runner = BuildRunner(options: options)
        self.faces = faces
        self.coverage = coverage
        self.fontConfig = fontConfig
        self.stop = stop
        self.gather = gather
        self.say = say
    }

    /// Whether a saved file can change a unit: an editor's own files (`.#name`, `#name#`, `name~`,
    /// its swap files) cannot.
    static func matters(_ path: String) -> Bool {
        let name = (path as NSString).lastPathComponent
        guard !name.hasPrefix("."), !name.hasPrefix("#"), !name.hasSuffix("~") else { return false }
        return relevant.contains((name as NSString).pathExtension.lowercased())
    }

    /// Finds the units again (a new file in a watched folder, a sheet's rows) and builds them, those
    /// in `first` before the rest; a unit whose `.odt` comes out the same is passed over in silence
    /// unless it is one of `first`. False when the sources cannot be found at all.
    @discardableResult
    public func rebuildAll(first: [String] = [], initial: Bool = false) -> Bool {
        // Templates, paths and the characters of templates as they are now, not as they were read.
        DocumentReader.forgetRunCaches()
        coverage?.forgetTemplates()
        do {
            units = try gather()
        } catch {
            error.diagnostics.forEach { say($0.description) }
            return false
        }
        let started = Date()
        let saved = Set(first.map(FileWatcher.canonical))
        func isSaved(_ unit: UnitInput) -> Bool { unit.file.map { saved.contains(FileWatcher.canonical($0)) } ?? false }
        // The saved unit first (its PDF is what the clerk is waiting for), then whatever may use it:
        // documents it is the template of, a rollup that adds it up.
        let order = units.filter(isSaved) + units.filter { !isSaved($0) }
        var failed = 0
        for unit in order {
            // Ctrl-C is heard between two units, not only when all are built.
            if stop.requested { return true }
            if build(unit, quiet: !initial && !isSaved(unit)) == .failed { failed += 1 }
        }
        if initial || units.count > 1 {
            say("gongwen watch: \(units.count) units, \(failed) failed (\(String(format: "%.2f", Date().timeIntervalSince(started))) s)")
        }
        return true
    }

    /// One save: the units read again, the saved ones first.
    public func changed(_ paths: [String]) {
        let relevant = paths.filter(Self.matters)
        guard !relevant.isEmpty else { return }
        rebuildAll(first: relevant)
    }

    /// Sleeps on `watcher` until `stop`, rebuilding after every save.
    public func run(_ watcher: FileWatcher) {
        var said = 0
        while true {
            let event = watcher.next()
            for problem in watcher.problems.dropFirst(said) { say("gongwen: warning: \(problem)") }
            said = watcher.problems.count
            switch event {
            case .stopped: return
            case .overflow: rebuildAll()
            case .changed(let paths): changed(paths)
            }
        }
    }

    enum Outcome { case built, unchanged, failed }

    /// One unit: its `.odt` and PDF, then what the clerk should know (`quiet`: nothing when its
    /// `.odt` came out the same).
    func build(_ unit: UnitInput, quiet: Bool = false) -> Outcome {
        let started = Date()
        var report = runner.buildODT(unit, coverage: coverage, faces: faces)
        if report.odt == .failed {
            defer { lastFailure[unit.name] = report.diagnostics }
            if quiet, lastFailure[unit.name] == report.diagnostics { return .failed }
            report.diagnostics.forEach(say)
            let pdf = runner.options.pdfDirectory + "/" + unit.name + ".pdf"
            if FileManager.default.fileExists(atPath: pdf) { say("gongwen watch: \(unit.name) not rebuilt; the last good PDF stays: \(pdf)") }
            return .failed
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
                return .failed
            }
            report.converted = .built
            report.convertedPath = conversion.outcomes.first?.output
        }
        guard report.converted == .built, let pdf = report.convertedPath else {
            if !quiet {
                report.diagnostics.forEach(say)
                say("gongwen watch: \(unit.name) unchanged")
            }
            return .unchanged
        }
        lastFailure[unit.name] = nil
        report.diagnostics.forEach(say)
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
        return .built
    }
}
