import ArgumentParser
import Foundation
import GongwenKit

struct Fonts: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fonts",
        abstract: tr("Show, for each role, the face PDFs will use and whether it is the official one or a stand-in."))

    @Option(help: ArgumentHelp(tr("fontconfig rules for stand-in faces."))) var fontsConfig: String?
    @Option(help: ArgumentHelp(tr("A folder of licensed faces."))) var fonts: String?
    @Flag(help: ArgumentHelp(tr("Exit 1, with an error per role, when any role would print in a stand-in."))) var requireOfficialFonts = false

    func run() throws {
        let setup = try FontSetup.prepare(template: fontsConfig ?? FontSetup.defaultTemplate, extraFontDirectory: fonts)
        defer { setup.cleanUp() }
        let resolutions = setup.resolve()
        for r in resolutions {
            let verdict = r.isOfficial ? "official" : "stand-in"
            print("\(r.role.role)\t\(r.role.official)\t→ \(r.face)\t[\(verdict)]\t\(r.file)")
        }
        if requireOfficialFonts {
            let errors = FontSetup.standInErrors(resolutions)
            if !errors.isEmpty { throw fail(DiagnosticError(errors)) }
        }
    }
}
