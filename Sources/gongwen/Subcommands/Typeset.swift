import ArgumentParser
import Foundation
import GongwenKit

/// gongwen's own engine (issue 28, in progress): PDFs set without LibreOffice.
struct Typeset: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "typeset",
        abstract: tr("Set units as PDF and OFD with gongwen's own engine, without LibreOffice (every format, landscape tables, PNG and SVG seals)."))

    @Argument(help: ArgumentHelp(tr("Unit sources, folders or @list files."))) var sources: [String] = ["samples/units"]
    @Option(name: .shortAndLong, help: ArgumentHelp(tr("Output folder."))) var output = "out/native"
    @Option(help: ArgumentHelp(tr("Also write each unit's OFD (GB/T 33190, the same pages as its PDF) into this folder."))) var ofd: String?
    @Flag(help: ArgumentHelp(tr("Write no PDF (with --ofd: the OFD instead of the PDF)."))) var noPdf = false
    @Flag(help: ArgumentHelp(tr("Write the OFDs as OFD-A, the archival profile (GB/T 42133-2022)."))) var ofdArchive = false
    @Flag(help: ArgumentHelp(tr("PDF/A-2b, for archiving."))) var pdfa = false
    @Option(help: ArgumentHelp(tr("fontconfig rules for stand-in faces (characters are checked against the faces they give)."))) var fontsConfig: String?
    @Option(help: ArgumentHelp(tr("A folder of licensed faces."))) var fonts: String?
    @Option(name: .shortAndLong, help: ArgumentHelp(tr("Units set at once (default: one per core)."))) var jobs = SheetJobs.all
    @OptionGroup(title: "Sources") var sourceOptions: SourceOptions

    func validate() throws {
        if noPdf && ofd == nil { throw ValidationError(tr("--no-pdf leaves nothing to write: give --ofd FOLDER too.")) }
        if pdfa && noPdf { throw ValidationError(tr("--pdfa says how to write the PDFs, and --no-pdf writes none: give one of them.")) }
        if ofdArchive && ofd == nil { throw ValidationError(tr("--ofd-archive says how to write the OFDs: give --ofd FOLDER too.")) }
    }

    func run() throws {
        let units: [UnitInput]
        let faces: LayoutFaces
        let setup: FontSetup
        let coverage: GlyphCoverage
        do {
            units = try sourceOptions.units(sources, jobs: max(1, jobs))
            if !noPdf { try FileSystem.makeDirectories(output) }
            if let ofd { try FileSystem.makeDirectories(ofd) }
            setup = try FontSetup.prepare(template: fontsConfig ?? FontSetup.defaultTemplate, extraFontDirectory: fonts)
            faces = try LayoutFaces.load(setup)
            coverage = try GlyphCoverage(setup: setup)
        } catch { throw fail(error) }
        defer { setup.cleanUp() }
        var failed = 0
        for result in NativeBuild.units(units, jobs: jobs, policy: sourceOptions.policy, faces: faces, coverage: coverage,
                                               directory: noPdf ? nil : output, ofdDirectory: ofd, archival: ofdArchive, pdfa: pdfa) {
            switch result {
            case .success(let findings): findings.forEach { Output.err($0.description) }
            case .failure(let error):
                failed += 1
                _ = fail(error)
            }
        }
        Output.err("gongwen typeset: \(units.count - failed) of \(units.count) units set")
        if failed > 0 { throw ExitCode(1) }
    }
}
