import ArgumentParser
import Foundation
import GongwenKit

struct Keygen: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keygen",
        abstract: tr("Make an Ed25519 key pair for signing archive bundles: NAME.key (keep it private) and NAME.pub (give it out)."))

    @Argument(help: ArgumentHelp(tr("Path and name of the pair, without extension."))) var name = "gongwen-archive"

    func run() throws {
        do {
            let paths = try Signing.generate(to: name)
            print("\(paths.privateKey) (private, mode 600)\n\(paths.publicKey)")
        } catch { throw fail(error) }
    }
}
