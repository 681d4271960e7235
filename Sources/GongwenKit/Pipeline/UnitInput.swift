import Foundation

/// What a build or a check takes, one per unit: a unit source file, or a row of a sheet of figures.
/// A sheet whose heading row is wrong is one input that fails, so it is reported once.
public struct UnitInput: Sendable {
    public enum Origin: Sendable {
        case file(String)
        case row(SheetUnit)
        case brokenSheet(path: String, diagnostics: [Diagnostic])
    }

    public var origin: Origin

    public static func file(_ path: String) -> UnitInput { UnitInput(origin: .file(path)) }

    /// The output files' name.
    public var name: String {
        switch origin {
        case .file(let path): return UnitNaming.unitName(path)
        case .row(let row): return row.name
        case .brokenSheet(let path, _): return UnitNaming.unitName(path)
        }
    }

    /// Where it comes from, as reports name it: `units/青山县.yaml`, `figures.xlsx:Sheet1!A7`.
    public var source: String {
        switch origin {
        case .file(let path): return path
        case .row(let row): return row.at.description
        case .brokenSheet(let path, _): return path
        }
    }

    /// The file it is read from: the unit file, or the sheet a row is in.
    public var file: String? {
        switch origin {
        case .file(let path), .brokenSheet(let path, _): return path
        case .row(let row): return row.at.file
        }
    }

    /// The place its name comes from, for clashes.
    var nameLocation: SourceLocation {
        switch origin {
        case .file(let path), .brokenSheet(let path, _): return .file(path)
        case .row(let row): return row.at
        }
    }

    /// Paths as given, each unit file as itself and each sheet (`.xlsx`, `.ods`, `.csv`) as its rows,
    /// read against `template` on at most `jobs` threads (`--jobs`). Output names that clash or cannot
    /// be written stop the run.
    public static func gather(_ paths: [String], template: String?, policy: SourcePolicy, jobs: Int = SheetJobs.all) throws(DiagnosticError) -> [UnitInput] {
        var inputs: [UnitInput] = []
        for path in paths {
            guard Sheet.kind(of: path) != nil else {
                inputs.append(.file(path))
                continue
            }
            guard let template else {
                throw .error("a sheet of figures needs the template its columns fill: give it with --template FILE", at: .file(path))
            }
            let sheet = SheetUnits.read(path: path, template: template, policy: policy, jobs: jobs)
            if sheet.failed {
                inputs.append(UnitInput(origin: .brokenSheet(path: path, diagnostics: sheet.diagnostics)))
            } else {
                inputs += sheet.units.map { UnitInput(origin: .row($0)) }
            }
        }
        let problems = UnitDiscovery.outputNameProblems(inputs)
        if !problems.isEmpty { throw DiagnosticError(problems) }
        return inputs
    }
}

extension DocumentReader {
    /// One unit, whatever it comes from: the same template, compiled once, filled with its values.
    public static func read(_ input: UnitInput, policy: SourcePolicy = SourcePolicy()) throws(DiagnosticError) -> ReadResult {
        let policy = policy.findingRollupUnits
        switch input.origin {
        case .file(let path):
            return try read(path: path, policy: policy)
        case .brokenSheet(_, let diagnostics):
            throw DiagnosticError(diagnostics)
        case .row(let row):
            if row.diagnostics.contains(where: { $0.severity == .error }) { throw DiagnosticError(row.diagnostics) }
            let template = try TemplateCache.shared.load(path: row.template, limits: policy.limits)
            let compiled = TemplateCache.shared.compiled(template, policy: policy)
            let values = row.values
            let (document, diagnostics) = compiled.instantiate(values, limits: policy.limits)
            guard let document else { throw DiagnosticError(row.diagnostics + diagnostics) }
            return ReadResult(document: document, sources: [row.sheet, template.path], diagnostics: row.diagnostics + diagnostics,
                              printed: values.printed(unit: nil, roles: compiled.slotRoles), templateTexts: (template.path, compiled.printed))
        }
    }
}

extension UnitInput {
    /// A rollup's units as a build finds them: files, folders, lists and sheets' rows, each read as
    /// `DocumentReader.read(_:policy:)` reads it.
    public static let rollupUnits: RollupUnitFinder = { paths, template, own, policy throws(DiagnosticError) in
        let files = try UnitDiscovery.find(paths).filter { URL(fileURLWithPath: $0).resolvingSymlinksInPath().standardizedFileURL.path != own }
        return try gather(files, template: template, policy: policy).map { input in
            var file: String?
            if case .file(let path) = input.origin { file = path }
            return RollupInput(name: input.name, file: file) { policy throws(DiagnosticError) in try DocumentReader.read(input, policy: policy) }
        }
    }
}

extension SourcePolicy {
    /// The policy with the pipeline's way to find a rollup's units, unless it has one.
    public var findingRollupUnits: SourcePolicy {
        var policy = self
        if policy.rollupUnits == nil { policy.rollupUnits = UnitInput.rollupUnits }
        return policy
    }
}
