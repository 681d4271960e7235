import ArgumentParser
import Foundation
import GongwenKit

struct Convert: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: tr("Convert .odt files with a pool of LibreOffice workers; skips outputs that are up to date."))

    @Argument(help: ArgumentHelp(tr(".odt files."))) var files: [String]
    @Option(name: .shortAndLong, help: ArgumentHelp(tr("Output folder."))) var output = "out/pdf"
    @Option(name: .shortAndLong, help: ArgumentHelp(tr("LibreOffice workers (any number; each converts batches of at most --batch files, one process a batch)."))) var jobs = ProcessInfo.processInfo.activeProcessorCount
    @Option(help: ArgumentHelp(tr("Files per LibreOffice call."))) var batch = 200
    @Option(help: ArgumentHelp(tr("fontconfig rules for stand-in faces."))) var fontsConfig: String?
    @Option(help: ArgumentHelp(tr("A folder of licensed faces."))) var fonts: String?
    @Flag(help: ArgumentHelp(tr("PDF/A-2b."))) var pdfa = false
    @Flag(help: ArgumentHelp(tr("Write .docx instead of PDF."))) var docx = false
    @Flag(help: ArgumentHelp(tr("Convert even what is up to date."))) var force = false
    @Flag(name: .shortAndLong) var quiet = false
    @Flag(help: ArgumentHelp(tr("Fail before converting when any role would print in a stand-in."))) var requireOfficialFonts = false

    func run() throws {
        Interrupts.install()
        if requireOfficialFonts { try requireOfficial(fontsConfig: fontsConfig, fonts: fonts) }
        var converter = PDFConverter()
        converter.format = docx ? .docx : (pdfa ? .pdfa : .pdf)
        converter.workers = max(1, jobs)
        converter.batchSize = max(1, batch)
        converter.force = force
        let setup = try FontSetup.prepare(template: fontsConfig ?? FontSetup.defaultTemplate, extraFontDirectory: fonts)
        converter.fontConfig = setup.configPath
        defer { setup.cleanUp() }
        let progress = Progress(quiet: quiet)
        let done = Counter()
        let total = files.count
        let started = Date()
        let stage = converter.format.fileExtension.uppercased()
        let unavailable = converter.unavailable
        if let unavailable { throw fail(DiagnosticError.error(unavailable, at: nil)) }
        let conversion = converter.run(files, into: output) { o in
            if let e = o.error { progress.message(Diagnostic.error(e, at: .file(o.input)).description) }
            if let w = o.warning { progress.message(Diagnostic.warning(w, at: .file(o.input)).description) }
            progress.step(stage: stage, done: done.increment(), total: total,
                          unit: UnitNaming.unitName(o.input), status: o.status)
        }
        let outcomes = conversion.outcomes
        if !conversion.incidents.isEmpty {
            FileHandle.standardError.write(Data(("LibreOffice incidents (\(conversion.processes) processes started):\n"
                + conversion.incidents.map { "  \($0)\n" }.joined()).utf8))
        }
        let failed = outcomes.filter { $0.error != nil }.count
        let skipped = outcomes.filter(\.skipped).count
        FileHandle.standardError.write(Data(String(format: "gongwen convert: %d converted, %d up to date, %d failed (%.1f s)\n",
                                                   outcomes.count - failed - skipped, skipped, failed, Date().timeIntervalSince(started)).utf8))
        let standIns = setup.resolve().filter { !$0.isOfficial }
        if outcomes.count - failed - skipped > 0, !standIns.isEmpty, !quiet {
            FileHandle.standardError.write(Data(("stand-in fonts: " + standIns.map(\.description).joined(separator: "; ") + "\n").utf8))
        }
        if failed > 0 { throw ExitCode(1) }
    }
}
