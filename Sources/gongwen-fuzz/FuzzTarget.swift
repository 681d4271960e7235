import CFuzzerDriver
import Foundation
import GongwenKit

/// The whole read → model → ODF path on one input: the bytes are a unit source beside the sample
/// units (so `template: ../templates/…` resolves), read under the default limits, written to XML and
/// zipped in memory. Any crash, hang or runaway allocation is a finding; errors are expected.
enum FuzzTarget {
    static let repository: String = {
        // The binary lives in <repo>/.build/<path>/<config>/; the environment may name the repository.
        if let root = ProcessInfo.processInfo.environment["GONGWEN_REPO"] { return root }
        return FileManager.default.currentDirectoryPath
    }()
    static let unitPath = repository + "/samples/units/fuzz-input.yaml"
    static let policy = SourcePolicy(root: repository + "/samples")

    static let template = repository + "/samples/templates/half-year-summary.yaml"

    static func run(_ bytes: UnsafeRawBufferPointer) {
        let input = Array(bytes)
        // A PDF's drawing trace after its marker line is read as `verify` reads it.
        if OdtDocumentWriter.fuzzTrace(input) >= 0 { return }
        if OdtDocumentWriter.fuzzSeal(input) >= 0 { return }
        // Sheets (a zip, or a CSV after its marker line) fill the sample template; the rest is YAML.
        if OdtDocumentWriter.fuzzSheet(input, template: template, policy: policy) >= 0 { return }
        _ = try? OdtDocumentWriter.fuzzOnce(source: input, path: unitPath, policy: policy)
    }
}

/// libFuzzer's callback.
func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    FuzzTarget.run(UnsafeRawBufferPointer(start: data, count: data == nil ? 0 : size))
    return 0
}

@main
struct FuzzMain {
    static func main() {
        #if FUZZING
        // Built with -sanitize=fuzzer -DFUZZING (`make fuzz`): libFuzzer drives, with its own flags.
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzOneInput(data, size) })
        #else
        // An ordinary build: run the target once on each file named, so a finding can be replayed
        // under a debugger, and the regression inputs checked for crashes.
        for path in CommandLine.arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("gongwen-fuzz: cannot read \(path)\n".utf8))
                exit(1)
            }
            data.withUnsafeBytes { FuzzTarget.run($0) }
            print("\(path): ok")
        }
        #endif
    }
}
