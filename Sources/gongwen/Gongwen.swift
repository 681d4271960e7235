import ArgumentParser
import Foundation
import GongwenKit

// Every command names itself (`commandName:`): otherwise swift-argument-parser derives each name
// from the type's name through reflection, for all ten on every run: 8 % of a one-unit build.
@main
struct Gongwen: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gongwen",
        abstract: tr("Typesets Chinese official documents (公文) to GB/T 9704-2012: YAML → ODT → PDF, in bulk."),
        version: Version.current,
        subcommands: [Build.self, Watch.self, Report.self, Check.self, Convert.self, Typeset.self, Validate.self, Verify.self, Fonts.self, Archive.self, Keygen.self, Export.self, Form.self],
        defaultSubcommand: Build.self)

    static func main() {
        ProcessTimeZone.useUTC()
        ProcessMemory.keepFreedMemory()
        main(nil)
    }
}

/// Prints diagnostics and the exit code for "some failed".
func fail(_ error: Error) -> ExitCode {
    if let error = error as? DiagnosticError {
        error.diagnostics.forEach { Output.err($0.description) }
    } else {
        Output.err("gongwen: error: \(error)")
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


