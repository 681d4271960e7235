import ArgumentParser
import Foundation
import GongwenKit

struct Verify: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: tr("Measure finished PDFs or OFDs (from any tool) against GB/T 9704-2012 and print each deviation with its page and position."))

    @Argument(help: ArgumentHelp(tr("PDF or OFD files."))) var files: [String]

    @Flag(help: ArgumentHelp(tr("Seals are pressed on the printed pages: a sealed layout without a seal image is expected."))) var handSealed = false

    func run() throws {
        var bad = 0
        for file in files {
            do {
                // An OFD is a zip (whatever it is named); anything else is read as a PDF.
                let layout = OFDLayout.looksLikeZip(file) ? try OFDLayout.read(ofd: file) : try PDFLayout.read(pdf: file)
                let findings = LayoutVerifier.verify(layout, handSealed: handSealed)
                if findings.isEmpty { Output.out("\(file): " + tr("ok")) }
                findings.forEach { Output.out("\(file): " + tr($0.description)) }
                if !findings.isEmpty { bad += 1 }
            } catch {
                bad += 1
                _ = fail(error)
            }
        }
        Output.err("gongwen verify: \(files.count - bad) of \(files.count) files meet the layout")
        if bad > 0 { throw ExitCode(1) }
    }
}
