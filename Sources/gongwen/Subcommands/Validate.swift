import ArgumentParser
import Foundation
import GongwenKit

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: tr("Validate the XML parts of .odt files against the OASIS ODF 1.3 RelaxNG schema, and of .ofd files against the GB/T 33190 schemas."))

    @Argument(help: ArgumentHelp(tr(".odt and .ofd files."))) var files: [String]
    @Option(help: ArgumentHelp(tr("Folder with OpenDocument-v1.3-schema.rng and OpenDocument-v1.3-manifest-schema.rng (default: the copies built into gongwen).")))
    var schemas: String?
    @Option(help: ArgumentHelp(tr("Folder with the GB/T 33190 schemas OFD.xsd, Document.xsd, Res.xsd, Page.xsd and Definitions.xsd (default: $GONGWEN_OFD_SCHEMAS). gongwen does not carry them: they come without a licence.")))
    var ofdSchemas: String?

    func run() throws {
        let odts = files.filter { !$0.lowercased().hasSuffix(".ofd") }, ofds = files.filter { $0.lowercased().hasSuffix(".ofd") }
        var bad = 0
        if !odts.isEmpty {
            let validator: ODFValidator
            do { validator = try schemas.map { try ODFValidator(schemaDirectory: $0) } ?? ODFValidator.builtIn() } catch { throw fail(error) }
            for file in odts {
                let problems: [String]
                do { problems = validator.validate(try OdtReader.parts(of: file)) } catch { problems = error.diagnostics.map(\.message) }
                bad += report(file, problems, valid: "valid ODF 1.3")
            }
        }
        if !ofds.isEmpty {
            guard let folder = ofdSchemas ?? ProcessInfo.processInfo.environment["GONGWEN_OFD_SCHEMAS"].flatMap({ $0.isEmpty ? nil : $0 }) else {
                throw fail(DiagnosticError.error("checking an OFD needs the GB/T 33190 schemas, which gongwen does not carry (they come without a licence): give their folder with --ofd-schemas DIR or GONGWEN_OFD_SCHEMAS (the 13 .xsd files of github.com/GreenYun/OFD-Schema)", at: nil))
            }
            let validator: OFDValidator
            do { validator = try OFDValidator(schemaDirectory: folder) } catch { throw fail(error) }
            for file in ofds {
                let problems: [String]
                do { problems = validator.validate(try OFDValidator.parts(of: file)) } catch { problems = error.diagnostics.map(\.message) }
                bad += report(file, problems, valid: "valid OFD (GB/T 33190-2016 schemas)")
            }
        }
        if bad > 0 { throw ExitCode(1) }
    }

    /// Prints the file's verdict; 1 when it has problems.
    func report(_ file: String, _ problems: [String], valid: String) -> Int {
        if problems.isEmpty {
            Output.out("\(file): " + tr(valid))
            return 0
        }
        problems.forEach { Output.out("\(file): error: \($0)") }
        return 1
    }
}
