import ArgumentParser
import Foundation
import GongwenKit

struct Archive: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "archive",
        abstract: tr("Bundle sources, templates, styles, .odt, .pdf and .ofd files with a SHA-256 MANIFEST (signed with --sign), or verify a bundle."))

    @Argument(help: ArgumentHelp(tr("Unit sources or folders (for --verify: bundles)."))) var inputs: [String] = ["samples/units"]
    @Option(help: ArgumentHelp(tr("Folder of built output (holds odt/ and pdf/, and ofd/ when OFDs were made: they are bundled too)."))) var built = "out"
    @Option(name: .shortAndLong, help: ArgumentHelp(tr("Where the bundle goes."))) var output = "out/archive"
    @Option(help: ArgumentHelp(tr("Style folder to include."))) var styles = "styles"
    @Flag(help: ArgumentHelp(tr("Re-hash the bundles given and report any difference."))) var verify = false
    @Option(help: ArgumentHelp(tr("Sign the MANIFEST with this private key (gongwen keygen)."))) var sign: String?
    @Option(help: ArgumentHelp(tr("With --verify: the bundle must be signed by this public key."))) var key: String?

    func run() throws {
        if verify {
            var bad = 0
            for bundle in inputs {
                do {
                    let publicKey = try key.map(Signing.publicKey)
                    let found = try Archiver.verify(bundle: bundle, key: publicKey)
                    if found.problems.isEmpty {
                        switch (found.signedBy, found.trustedKey) {
                        case (let id?, true): Output.out("\(bundle): intact, signed by key \(id)")
                        case (let id?, false):
                            Output.out("\(bundle): intact, signed by key \(id) (checked against the key the bundle carries: "
                                  + "that only proves nothing changed since whoever holds key \(id) signed it; to know it is that office's, verify with --key THEIR.pub)")
                        case (nil, _): Output.out("\(bundle): intact (not signed: anyone could have made it; sign bundles with --sign)")
                        }
                    } else { bad += 1 }
                    found.problems.forEach { Output.out("\(bundle): error: \($0)") }
                } catch {
                    bad += 1
                    Output.out("\(bundle): error: \(error)")
                }
            }
            if bad > 0 { throw ExitCode(1) }
            return
        }
        let date = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap(Int.init).map(OfficialDate.init(epochSeconds:))
            ?? OfficialDate(epochSeconds: Int(Date().timeIntervalSince1970))
        do {
            let units = try UnitDiscovery.find(inputs)
            let bundle = try Archiver.create(units: units, odtDirectory: built + "/odt", pdfDirectory: built + "/pdf",
                                             ofdDirectory: FileManager.default.fileExists(atPath: built + "/ofd") ? built + "/ofd" : nil,
                                             stylesDirectory: FileManager.default.fileExists(atPath: styles) ? styles : nil,
                                             outputDirectory: output, date: date, signingKey: try sign.map(Signing.privateKey),
                                             policy: SourcePolicy().findingRollupUnits)
            print(bundle)
        } catch {
            throw fail(error)
        }
    }
}
