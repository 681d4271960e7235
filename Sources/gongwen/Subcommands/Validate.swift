import ArgumentParser
import Foundation
import GongwenKit

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: tr("Validate the XML parts of .odt files against the OASIS ODF 1.3 RelaxNG schema."))

    @Argument(help: ArgumentHelp(tr(".odt files."))) var files: [String]
    @Option(help: ArgumentHelp(tr("Folder with OpenDocument-v1.3-schema.rng and OpenDocument-v1.3-manifest-schema.rng (default: the copies built into gongwen).")))
    var schemas: String?

    func run() throws {
        let validator: ODFValidator
        do { validator = try schemas.map { try ODFValidator(schemaDirectory: $0) } ?? ODFValidator.builtIn() } catch { throw fail(error) }
        var bad = 0
        for file in files {
            let problems: [String]
            do { problems = validator.validate(try OdtReader.parts(of: file)) } catch { problems = error.diagnostics.map(\.message) }
            if problems.isEmpty { Output.out("\(file): " + tr("valid ODF 1.3")) } else {
                bad += 1
                problems.forEach { Output.out("\(file): error: \($0)") }
            }
        }
        if bad > 0 { throw ExitCode(1) }
    }
}
