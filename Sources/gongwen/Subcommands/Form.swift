import ArgumentParser
import Foundation
import GongwenKit

struct Form: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "form",
        abstract: tr("Write the collection sheet for a template (.xlsx, .ods or .csv by the output's extension): a unit column, one column per placeholder, a row saying what each holds."))

    @Argument(help: ArgumentHelp(tr("The template the sheet's rows will fill."))) var template: String
    @Option(name: .shortAndLong, help: ArgumentHelp(tr("The sheet to write: figures.xlsx, figures.ods or figures.csv."))) var output: String
    @Option(help: ArgumentHelp(tr("Pre-fill a row with this unit name (repeatable)."), valueName: "name")) var unit: [String] = []
    @Option(help: ArgumentHelp(tr("Pre-fill rows with the units of these files or folders, values included (moving YAML units to a sheet)."), valueName: "path"))
    var from: [String] = []
    @OptionGroup(title: "Sources") var sourceOptions: SourceOptions

    func run() throws {
        do {
            var form = try CollectionForm.make(template: template, policy: sourceOptions.policy)
            form.add(units: unit)
            try form.add(unitFiles: UnitDiscovery.find(from), policy: sourceOptions.policy)
            try ZipArchive.writeAtomically(form.bytes(for: output), to: output)
            FileHandle.standardError.write(Data("gongwen form: \(output): \(form.columns.count) columns, \(form.rows.count) units\n".utf8))
        } catch { throw fail(error) }
    }
}
