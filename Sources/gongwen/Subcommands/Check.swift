import ArgumentParser
import Foundation
import GongwenKit

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: tr("Read and check unit sources without writing anything; prints errors, warnings and typography notes."))

    @Argument(help: ArgumentHelp(tr("Unit sources, folders or @list files."))) var sources: [String] = ["samples/units"]
    @Flag(help: ArgumentHelp(tr("Leave out typography notes."))) var noNotes = false
    @Option(help: ArgumentHelp(tr("fontconfig rules for stand-in faces (characters are checked against the faces they give)."))) var fontsConfig: String?
    @Option(help: ArgumentHelp(tr("A folder of licensed faces."))) var fonts: String?
    @Option(name: .shortAndLong, help: ArgumentHelp(tr("Threads reading a sheet (default: one per core)."))) var jobs = SheetJobs.all
    @OptionGroup(title: "Sources") var sourceOptions: SourceOptions

    func run() throws {
        let units: [UnitInput]
        do { units = try sourceOptions.units(sources, jobs: max(1, jobs)) } catch { throw fail(error) }
        var failed = 0
        // Without fontconfig the sources are still checked; only the characters are not.
        var setup: FontSetup?
        var coverage: GlyphCoverage?
        do {
            setup = try FontSetup.prepare(template: fontsConfig ?? FontSetup.defaultTemplate, extraFontDirectory: fonts)
            coverage = try setup.map { try GlyphCoverage(setup: $0) }
        } catch {
            Output.err("gongwen: warning: fonts: \(error); characters are not checked against the faces")
        }
        defer { setup?.cleanUp() }
        // A template's own notes come with every unit that uses it: say each once.
        var said = Set<String>()
        let policy = sourceOptions.policy
        // Each unit's warnings are printed together and counted, for the closing line.
        var warnings: [Int] = []
        for unit in units {
            do {
                let result = try DocumentReader.check(unit, coverage: coverage, policy: policy)
                var count = 0
                for d in result where !(noNotes && d.severity == .note) && said.insert(d.description).inserted {
                    Output.out(d.description)
                    if d.severity == .warning { count += 1 }
                }
                warnings.append(count)
            } catch {
                failed += 1
                warnings.append(error.diagnostics.filter { $0.severity == .warning }.count)
                _ = fail(error)
            }
        }
        let tally = WarningTally.line(warnings).map { "; " + $0 } ?? ""
        Output.err("gongwen check: \(units.count) units, \(units.count - failed) ok, \(failed) with errors\(tally)")
        if failed > 0 { throw ExitCode(1) }
    }
}
