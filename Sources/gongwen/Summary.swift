import ArgumentParser
import Foundation
import GongwenKit

/// The end of a build: each unit's findings, one line of totals, the failed units, the stand-ins.
enum Summary {
    static func print(_ report: BuildReport, quiet: Bool) {
        let out = FileHandle.standardError
        func say(_ s: String) { out.write(Data((Output.line(s) + "\n").utf8)) }
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
        // The warnings printed above, counted: one among many lines is easy to miss.
        let warnings = report.units.filter { $0.odt != .failed }.map { $0.diagnostics.filter(WarningTally.isWarning).count }
        if let tally = WarningTally.line(warnings) { line += "; " + tally }
        if !quiet || report.failed > 0 { say(line) }
        if let problem = report.conversionProblem { say("gongwen: error: " + problem) }
        if !report.incidents.isEmpty {
            say("LibreOffice incidents (\(report.converterProcesses) processes started):")
            report.incidents.forEach { say("  " + $0.description) }
        }
        let reasons = Set(odtFailed.map { $0.diagnostics.first ?? "" })
        if odtFailed.count > 1, reasons.count == 1, let reason = reasons.first, !reason.isEmpty, odtFailed.count == report.units.count {
            say("every unit failed: " + reason)
        } else if !odtFailed.isEmpty || report.units.contains(where: { $0.ofd == .failed }) {
            // A unit whose OFD (--ofd) was not made is failed too, though its .odt was written.
            say("failed units:")
            for unit in report.units where unit.odt == .failed || unit.ofd == .failed {
                say("  " + (unit.diagnostics.first { $0.contains(": error:") } ?? unit.source))
            }
        }
        // Said whenever PDFs were made with stand-ins, even with --quiet: the reader of the PDF should know.
        if !report.standInFonts.isEmpty && converted.contains(.built) {
            say("stand-in fonts in the PDFs (official faces not installed): " + report.standInFonts.joined(separator: "; "))
        }
    }
}
