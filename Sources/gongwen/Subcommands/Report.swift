import ArgumentParser
import Foundation
import GongwenKit

/// `gongwen report`: the batch report page of output folders (issue 24). `build` writes one for its
/// own folder; `make`, which builds one unit per call, writes it once at the end with this.
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: tr("Write the batch report page (one row per unit with its status, pages, verify result, warnings, links and a picture of page 1) for output folders."))

    @Argument(help: ArgumentHelp(tr("Output folders, as build's -o names them."))) var folders: [String] = ["out"]
    @Option(name: .shortAndLong, help: ArgumentHelp(tr("The page to write (default: report.html in the first folder)."))) var output: String?
    @Option(name: .shortAndLong, help: ArgumentHelp(tr("Parallel jobs."))) var jobs = ProcessInfo.processInfo.activeProcessorCount

    func run() throws {
        Interrupts.install()
        let page = output ?? folders[0] + "/report.html"
        let written: BatchReport.Written
        do {
            written = try BatchReport.write(folders: folders.map { BatchReport.Folder(path: $0, title: folders.count > 1 ? $0 : "") }, to: page, jobs: max(1, jobs))
        } catch {
            throw fail(DiagnosticError.error("the report was not written: \(error)", at: .file(page)))
        }
        written.problems.forEach { Output.err(Diagnostic.warning($0, at: .file(page)).description) }
        Output.err("gongwen report: \(written.units) units in \(page)")
    }
}
