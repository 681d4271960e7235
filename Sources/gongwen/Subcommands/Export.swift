import ArgumentParser
import Foundation
import GongwenKit

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: tr("Write units as Markdown (a readable preview; the benchmark feeds it to pandoc)."))

    @Argument(help: ArgumentHelp(tr("Unit sources, folders or @list files."))) var sources: [String]
    @Option(name: .shortAndLong, help: ArgumentHelp(tr("Output folder."))) var output = "out/markdown"
    @Option(name: .shortAndLong, help: ArgumentHelp(tr("Threads reading a sheet (default: one per core)."))) var jobs = SheetJobs.all
    @OptionGroup(title: "Sources") var sourceOptions: SourceOptions

    func run() throws {
        do {
            let units = try sourceOptions.units(sources, jobs: max(1, jobs))
            try FileSystem.makeDirectories(output)
            for unit in units {
                let markdown = MarkdownWriter.write(try DocumentReader.read(unit, policy: sourceOptions.policy).document)
                try markdown.write(toFile: "\(output)/\(unit.name).md", atomically: true, encoding: .utf8)
            }
        } catch { throw fail(error) }
    }
}
