import ArgumentParser
import GongwenKit

/// What every command that reads sources accepts: where they may reach and how much they may hold.
struct SourceOptions: ParsableArguments {
    @Option(help: ArgumentHelp(tr("The source tree: files a source names (templates, seals) must be inside it (default: the folder above each source's own folder).")))
    var root: String?
    @Option(help: ArgumentHelp(tr("Also allow files inside this folder (repeatable)."), valueName: "dir"))
    var allow: [String] = []
    @Option(help: ArgumentHelp(tr("Most YAML nodes one source may expand to, aliases counted at every use (default 100000).")))
    var maxNodes: ByteCount?
    @Option(help: ArgumentHelp(tr("Most bytes of text one document may hold with its values filled in (default 4M).")))
    var maxTextBytes: ByteCount?
    @Option(help: ArgumentHelp(tr("Largest source file read, in bytes (default 1M).")))
    var maxSourceBytes: ByteCount?
    @Option(help: ArgumentHelp(tr("The template a sheet of figures (.xlsx, .ods, .csv) fills: one row per unit.")))
    var template: String?
    @Option(help: ArgumentHelp(tr("Largest sheet, and largest part inside an .xlsx or .ods once unpacked, in bytes (default 64M).")))
    var maxSheetBytes: ByteCount?

    var policy: SourcePolicy {
        var limits = SourcePolicy.Limits()
        if let maxNodes { limits.nodes = maxNodes.value }
        if let maxTextBytes { limits.textBytes = maxTextBytes.value }
        if let maxSourceBytes { limits.sourceBytes = maxSourceBytes.value }
        if let maxSheetBytes { limits.sheetBytes = maxSheetBytes.value }
        return SourcePolicy(root: root, allowed: allow, limits: limits).findingRollupUnits
    }
}

extension SourceOptions {
    /// Unit files and sheets' rows, as `build` and `check` take them; a sheet is read on at most
    /// `jobs` threads (`build --jobs`).
    func units(_ arguments: [String], jobs: Int = SheetJobs.all) throws(DiagnosticError) -> [UnitInput] {
        try UnitInput.gather(UnitDiscovery.find(arguments), template: template, policy: policy, jobs: jobs)
    }
}

/// A count with an optional K or M suffix (1024-based): `--max-text-bytes 16M`.
struct ByteCount: ExpressibleByArgument {
    var value: Int
    init?(argument: String) {
        guard let value = SourcePolicy.Limits.parseSize(argument) else { return nil }
        self.value = value
    }
}
