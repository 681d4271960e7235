import ArgumentParser
import Foundation
import GongwenKit

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: tr("Build units: files, folders (every *.yaml but templates/), @list.txt, or sheets of figures (.xlsx, .ods, .csv) with --template."))

    @Argument(help: ArgumentHelp(tr("Unit sources, folders or @list files."))) var sources: [String] = ["samples/units"]
    @Option(name: .shortAndLong, help: ArgumentHelp(tr("Output folder (gets odt/ and pdf/)."))) var output = "out"
    @Option(name: .shortAndLong, help: ArgumentHelp(tr("Parallel jobs and LibreOffice workers."))) var jobs = ProcessInfo.processInfo.activeProcessorCount
    @Option(help: ArgumentHelp(tr("Style sheet (default: the built-in copy of styles/gongwen.xml)."))) var styles: String?
    @Option(help: ArgumentHelp(tr("fontconfig rules for stand-in faces (default: the built-in copy of styles/fonts.conf)."))) var fontsConfig: String?
    @Option(help: ArgumentHelp(tr("A folder of licensed faces (e.g. the official ones) to use for PDFs."))) var fonts: String?
    @Flag(help: ArgumentHelp(tr("Write .odt files only."))) var odtOnly = false
    @Flag(help: ArgumentHelp(tr("PDF/A-2b, for archiving."))) var pdfa = false
    @Flag(help: ArgumentHelp(tr("Write .docx (through LibreOffice) instead of PDF."))) var docx = false
    @Flag(help: ArgumentHelp(tr("Also write each document's OFD (GB/T 33190) into OUTPUT/ofd, set by gongwen's own engine."))) var ofd = false
    @Flag(help: ArgumentHelp(tr("Write the OFDs as OFD-A, the archival profile (GB/T 42133-2022); implies --ofd."))) var ofdArchive = false
    @Flag(help: ArgumentHelp(tr("Rebuild even what is up to date."))) var force = false
    @Option(help: ArgumentHelp(tr("Who sets the PDFs: libreoffice (from the .odt) or native (gongwen's own engine, PDF/A-2b with --pdfa too; a document it does not set yet and --docx go to LibreOffice)."))) var engine: BuildOptions.Engine = .libreoffice
    @Option(help: ArgumentHelp(tr("Build only slice K of N (e.g. 2/3), stable across machines."))) var shard: Shard?
    @Option(help: ArgumentHelp(tr("Write a JSON report to this file ('-' for standard output)."))) var json: String?
    @Flag(name: .shortAndLong, help: ArgumentHelp(tr("No progress lines."))) var quiet = false
    @Flag(help: ArgumentHelp(tr("Write no report page (OUTPUT/report.html) and no record for it."))) var noReport = false
    @Flag(help: ArgumentHelp(tr("Write no report page (OUTPUT/report.html); each unit's record for it is still kept (make writes the page once, with gongwen report)."))) var noReportPage = false
    @Option(help: ArgumentHelp(tr("digital (draw the red 版头) or preprinted (paper with the red 版头 on it: 套打); overrides the sources.")))
    var letterhead: Header.Letterhead?
    @Flag(help: ArgumentHelp(tr("Fail before converting when any role would print in a stand-in instead of its official face.")))
    var requireOfficialFonts = false
    @OptionGroup(title: "Sources") var sourceOptions: SourceOptions

    func run() throws {
        Interrupts.install()
        if requireOfficialFonts { try requireOfficial(fontsConfig: fontsConfig, fonts: fonts) }
        var options = BuildOptions()
        options.letterhead = letterhead
        options.outputDirectory = output
        options.jobs = max(1, jobs)
        options.force = force
        options.convert = odtOnly ? nil : (docx ? .docx : (pdfa ? .pdfa : .pdf))
        options.fontsDirectory = fonts
        options.policy = sourceOptions.policy
        options.engine = engine
        options.ofd = ofd || ofdArchive
        options.ofdArchive = ofdArchive
        options.recordFigures = !noReport
        if let fontsConfig { options.fontConfigTemplate = fontsConfig }
        var units: [UnitInput]
        do {
            options.styles = try StyleSheet.locate(explicit: styles)
            units = try sourceOptions.units(sources, jobs: options.jobs)
        } catch { throw fail(error) }
        if let shard { units = UnitDiscovery.shard(units, index: shard.index, count: shard.count) }
        let progress = Progress(quiet: quiet)
        // What the report shows of each PDF the own engine sets is kept as it is written (its pages
        // are at hand then): the report's first run then needs no mutool for those PDFs.
        let folder = output
        var keep: (@Sendable (NativePDF) -> Void)?
        if !noReport, options.convert == .pdf { keep = { @Sendable made in BatchReport.keepFacts(of: made, output: folder) } }
        let report = BuildRunner(options: options, setNativelyAndWritten: keep).run(units: units, progress: progress)
        Summary.print(report, quiet: quiet)
        // The batch report (issue 24): each unit's record, then the page of the whole folder.
        if !noReport { do {
            try UnitRecords.store(report, in: output, jobs: options.jobs)
            if !noReportPage {
                let page = output + "/report.html"
                let written = try BatchReport.write(folders: [BatchReport.Folder(path: output, title: "", stored: report.units)], to: page, jobs: options.jobs)
                written.problems.forEach { Output.err(Diagnostic.warning($0, at: .file(page)).description) }
                if !quiet { Output.err("gongwen: report: \(page)") }
            }
        } catch {
            Output.err(Diagnostic.warning("the report was not written: \(error)", at: .file(output + "/report.html")).description)
        } }
        if let json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            do {
                let data = Data(TextEscape.jsonControls(Array(try encoder.encode(report))))
                if json == "-" { FileHandle.standardOutput.write(data + Data("\n".utf8)) } else { try ZipArchive.writeAtomically(Array(data), to: json) }
            } catch {
                throw fail(DiagnosticError.error("cannot write the JSON report: \(error)", at: nil))
            }
        }
        if report.failed > 0 { throw ExitCode(1) }
    }
}

extension BuildOptions.Engine: ExpressibleByArgument {}
