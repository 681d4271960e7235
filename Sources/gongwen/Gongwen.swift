import ArgumentParser
import Foundation
import GongwenKit

@main
struct Gongwen: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gongwen",
        abstract: "Typesets Chinese official documents (公文) to GB/T 9704-2012: YAML → ODT → PDF, in bulk.",
        version: Version.current,
        subcommands: [Build.self, Check.self, Convert.self, Validate.self, Verify.self, Fonts.self, Archive.self, Export.self],
        defaultSubcommand: Build.self)
}

/// Prints diagnostics and the exit code for "some failed".
func fail(_ error: Error) -> ExitCode {
    if let error = error as? DiagnosticError {
        error.diagnostics.forEach { FileHandle.standardError.write(Data(($0.description + "\n").utf8)) }
    } else {
        FileHandle.standardError.write(Data("gongwen: error: \(error)\n".utf8))
    }
    return ExitCode(1)
}

extension Header.Letterhead: ExpressibleByArgument {}

/// `--require-official-fonts`: one error per role that would fall back, then exit 1.
func requireOfficial(fontsConfig: String?, fonts: String?) throws {
    let setup = try FontSetup.prepare(template: fontsConfig ?? FontSetup.defaultTemplate, extraFontDirectory: fonts)
    defer { setup.cleanUp() }
    let missing = FontSetup.standInErrors(setup.resolve())
    guard missing.isEmpty else { throw fail(DiagnosticError(missing)) }
}

struct Shard: ExpressibleByArgument {
    var index: Int
    var count: Int
    init?(argument: String) {
        let parts = argument.split(separator: "/")
        guard parts.count == 2, let k = Int(parts[0]), let n = Int(parts[1]), n > 0, (1...n).contains(k) else { return nil }
        index = k
        count = n
    }
}

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build units: files, folders (every *.yaml but templates/) or @list.txt.")

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

    func run() throws {
        if requireOfficialFonts { try requireOfficial(fontsConfig: fontsConfig, fonts: fonts) }
        var options = BuildOptions()
        options.letterhead = letterhead
        options.outputDirectory = output
        options.jobs = max(1, jobs)
        options.force = force
        options.convert = odtOnly ? nil : (docx ? .docx : (pdfa ? .pdfa : .pdf))
        options.fontsDirectory = fonts
        if let fontsConfig { options.fontConfigTemplate = fontsConfig }
        var units: [String]
        do {
            options.styles = try StyleSheet.locate(explicit: styles)
            units = try UnitDiscovery.find(sources)
            let clashes = UnitDiscovery.nameClashes(units)
            if !clashes.isEmpty { throw DiagnosticError(clashes) }
        } catch { throw fail(error) }
        if let shard { units = UnitDiscovery.shard(units, index: shard.index, count: shard.count) }
        let progress = Progress(quiet: quiet)
        let report = BuildRunner(options: options).run(sources: units, progress: progress)
        Summary.print(report, quiet: quiet)
        if let json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let data = (try? encoder.encode(report)) ?? Data()
            if json == "-" { FileHandle.standardOutput.write(data + Data("\n".utf8)) } else { try data.write(to: URL(fileURLWithPath: json)) }
        }
        if report.failed > 0 { throw ExitCode(1) }
    }
}

enum Summary {
    static func print(_ report: BuildReport, quiet: Bool) {
        let out = FileHandle.standardError
        func say(_ s: String) { out.write(Data((s + "\n").utf8)) }
        for unit in report.units where !unit.diagnostics.isEmpty && (unit.odt != .failed) {
            unit.diagnostics.forEach(say)
        }
        let built = report.units.filter { $0.odt == .built }.count
        let unchanged = report.units.filter { $0.odt == .unchanged }.count
        let odtFailed = report.units.filter { $0.odt == .failed }
        var line = "gongwen: \(report.units.count) units: \(built) ODT written, \(unchanged) unchanged, \(odtFailed.count) failed"
        line += String(format: " (%.2f s)", report.odtSeconds)
        let converted = report.units.compactMap(\.converted)
        if !converted.isEmpty || report.convertSeconds > 0 {
            line += String(format: "; converted %d, up to date %d, failed %d (%.1f s)",
                           converted.filter { $0 == .built }.count, converted.filter { $0 == .unchanged }.count,
                           converted.filter { $0 == .failed }.count, report.convertSeconds)
        }
        if !quiet || report.failed > 0 { say(line) }
        if !odtFailed.isEmpty {
            say("failed units:")
            for unit in odtFailed { say("  " + (unit.diagnostics.first { $0.contains(": error:") } ?? unit.source)) }
        }
        // Said whenever PDFs were made with stand-ins, even with --quiet: the reader of the PDF should know.
        if !report.standInFonts.isEmpty && converted.contains(.built) {
            say("stand-in fonts in the PDFs (official faces not installed): " + report.standInFonts.joined(separator: "; "))
        }
    }
}
