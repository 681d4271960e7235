import ArgumentParser
import Foundation
import GongwenKit

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build units: files, folders (every *.yaml but templates/), @list.txt, or sheets of figures (.xlsx, .ods, .csv) with --template.")

    @Argument(help: "Unit sources, folders or @list files.") var sources: [String] = ["samples/units"]
    @Option(name: .shortAndLong, help: "Output folder (gets odt/ and pdf/).") var output = "out"
    @Option(name: .shortAndLong, help: "Parallel jobs and LibreOffice workers.") var jobs = ProcessInfo.processInfo.activeProcessorCount
    @Option(help: "Style sheet (default: the built-in copy of styles/gongwen.xml).") var styles: String?
    @Option(help: "fontconfig rules for stand-in faces (default: the built-in copy of styles/fonts.conf).") var fontsConfig: String?
    @Option(help: "A folder of licensed faces (e.g. the official ones) to use for PDFs.") var fonts: String?
    @Flag(help: "Write .odt files only.") var odtOnly = false
    @Flag(help: "PDF/A-2b, for archiving.") var pdfa = false
    @Flag(help: "Write .docx (through LibreOffice) instead of PDF.") var docx = false
    @Flag(help: "Rebuild even what is up to date.") var force = false
    @Option(help: "Build only slice K of N (e.g. 2/3), stable across machines.") var shard: Shard?
    @Option(help: "Write a JSON report to this file ('-' for standard output).") var json: String?
    @Flag(name: .shortAndLong, help: "No progress lines.") var quiet = false
    @Option(help: "digital (draw the red 版头) or preprinted (paper with the red 版头 on it: 套打); overrides the sources.")
    var letterhead: Header.Letterhead?
    @Flag(help: "Fail before converting when any role would print in a stand-in instead of its official face.")
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
        if let fontsConfig { options.fontConfigTemplate = fontsConfig }
        var units: [UnitInput]
        do {
            options.styles = try StyleSheet.locate(explicit: styles)
            units = try sourceOptions.units(sources)
        } catch { throw fail(error) }
        if let shard { units = UnitDiscovery.shard(units, index: shard.index, count: shard.count) }
        let progress = Progress(quiet: quiet)
        let report = BuildRunner(options: options).run(units: units, progress: progress)
        Summary.print(report, quiet: quiet)
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
