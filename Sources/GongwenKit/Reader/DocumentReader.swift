import Synchronization
import Foundation

/// What reading one unit source yields: the document, the files it came from, and notes.
public struct ReadResult: Sendable {
    public var document: Document
    /// The unit file, then its template if it names one (what a rebuild depends on).
    public var sources: [String]
    /// Warnings and typography notes; errors are thrown instead.
    public var diagnostics: [Diagnostic]
    /// Every printed text with its role, for the font coverage check.
    var printed: [PrintedText] = []
    /// The compiled template's own texts, the same for each of its units: checked once per run.
    var templateTexts: (path: String, texts: [PrintedText])?
}

/// Reads a unit source (YAML) into the document model. A unit file is either a whole document or
/// `template:` + `values:`; see README for the format.
public enum DocumentReader {
    static let documentKeys = ["title", "issuer", "date", "addressee", "body", "signature", "attachments", "note", "header", "imprint", "fields", "format", "attendance"]
    static let unitKeys = ["template", "values", "rollup"]

    public static func read(path: String, policy: SourcePolicy = SourcePolicy()) throws(DiagnosticError) -> ReadResult {
        try policy.checkLink(path, what: "the unit")
        return try read(source: YAMLSource.load(path: path, limits: policy.limits), policy: policy)
    }

    public static func read(text: String, path: String, policy: SourcePolicy = SourcePolicy()) throws(DiagnosticError) -> ReadResult {
        try read(source: YAMLSource.parse(text, path: path, limits: policy.limits), policy: policy)
    }

    /// One way for every unit: compile (the template once for all its units, or the unit itself
    /// when it overrides keys or has no template), then fill in the unit's values.
    static func read(source unit: YAMLSource, policy: SourcePolicy) throws(DiagnosticError) -> ReadResult {
        guard let unitMap = unit.root.mapping else {
            throw .error("a unit source must be a mapping of keys such as title:, body: or template:", at: unit.location(unit.root))
        }
        for (key, _) in unitMap {
            guard let name = key.string else { continue }
            if !(documentKeys + unitKeys).contains(name) {
                throw .error("unknown key '\(name)'\(suggestion(for: name, among: documentKeys + unitKeys))", at: unit.location(key))
            }
        }
        guard let templatePair = unitMap.first(where: { $0.key.string == "template" }) else {
            var values = UnitValues(path: unit.path)
            values.expectsTemplate = false
            if let valuesPair = unitMap.first(where: { $0.key.string == "values" }) {
                values.diagnostics.append(.warning("'values' is used only with 'template:'; this document has no template", at: unit.location(valuesPair.key)))
            }
            let compiled = CompiledDocument(Interpreter(primary: unit, fallback: nil, placeholdersAllowed: false, policy: policy))
            let (document, diagnostics) = compiled.instantiate(values, limits: policy.limits)
            guard let document else { throw DiagnosticError(diagnostics) }
            return ReadResult(document: document, sources: [unit.path], diagnostics: diagnostics, printed: compiled.printed)
        }
        let template = try loadTemplate(templatePair.value, of: unit, policy: policy)
        return try fill(template, from: unit, policy: policy, cached: true)
    }

    /// A unit that names `template`: compiled with it when the unit overrides document keys, else
    /// the template compiled once (`cached`) or afresh (the fuzz target, whose templates change).
    static func fill(_ template: YAMLSource, from unit: YAMLSource, policy: SourcePolicy, cached: Bool) throws(DiagnosticError) -> ReadResult {
        let unitMap = unit.root.mapping ?? [:]
        var values = unitMap.first { $0.key.string == "values" }.map { UnitValues(unit: unit, key: $0.key, node: $0.value) } ?? UnitValues(path: unit.path)
        let overrides = unitMap.keys.contains { documentKeys.contains($0.string ?? "") }
        let alone = { cached ? TemplateCache.shared.compiled(template, policy: policy) : compile(template, under: nil, policy: policy) }
        // A unit that writes its own body: (or title:…) leaves some of the template's placeholders
        // unused; that is its choice, not a fault of its values or of the template's fields.
        let compiled = overrides
            ? compile(template, under: unit, policy: policy,
                      replaced: Replaced(names: Set(alone().placeholderNames), keys: unitMap.keys.compactMap(\.string).filter(documentKeys.contains)))
            : alone()
        var rollup: [RollupUnit]?
        if let pair = unitMap.first(where: { $0.key.string == "rollup" }) {
            // The units' figures stand in for the values the aggregate placeholders need.
            let (units, problems) = Rollup.load(pair.value, of: unit, policy: policy)
            if problems.contains(where: { $0.severity == .error }) { throw DiagnosticError(problems) }
            let (entries, aggregateProblems) = compiled.rollupEntries(units, at: unit.location(pair.key))
            if !aggregateProblems.isEmpty { throw DiagnosticError(aggregateProblems) }
            values.entries += entries
            if values.key == nil { values.key = unit.location(pair.key) }
            rollup = units
        }
        let (document, diagnostics) = compiled.instantiate(values, limits: policy.limits, rollup: rollup)
        guard let document else { throw DiagnosticError(diagnostics) }
        let valueTexts = values.printed(unit: unit, roles: compiled.slotRoles)
        if overrides {
            return ReadResult(document: document, sources: [unit.path, template.path], diagnostics: diagnostics, printed: compiled.printed + valueTexts)
        }
        return ReadResult(document: document, sources: [unit.path, template.path], diagnostics: diagnostics, printed: valueTexts,
                          templateTexts: (template.path, compiled.printed))
    }

    /// `template` compiled, with the keys of a unit that overrides some of them.
    static func compile(_ template: YAMLSource, under unit: YAMLSource?, policy: SourcePolicy, replaced: Replaced? = nil) -> CompiledDocument {
        CompiledDocument(Interpreter(primary: unit ?? template, fallback: unit == nil ? nil : template, placeholdersAllowed: true, policy: policy),
                         extra: templateKeyErrors(template), replaced: replaced)
    }

    /// The template's own placeholders, and the document keys of a unit that writes its own
    /// (`body:` …) in place of the template's.
    struct Replaced {
        var names: Set<String>
        var keys: [String]
    }

    /// The template a unit names: inside the source tree, readable, and a template at all; of a
    /// file that is not one nothing is echoed.
    static func loadTemplate(_ node: YAMLNode, of unit: YAMLSource, policy: SourcePolicy) throws(DiagnosticError) -> YAMLSource {
        guard let name = node.scalar?.string, !name.isEmpty else {
            throw .error("'template' must be a file name", at: unit.location(node))
        }
        let path: String
        switch policy.resolve(name, namedIn: unit.path, what: "the template") {
        case .success(let resolved): path = resolved
        case .failure(let failure): throw .error(failure.message, at: unit.location(node))
        }
        let template: YAMLSource
        if let cached = TemplateCache.shared.cached(path: path, limits: policy.limits) {
            template = cached
        } else {
            switch InputFile.problem(path) {
            case nil: break
            case .missing?: throw .error("template '\(name)' not found (looked for \(path))", at: unit.location(node))
            case let problem?: throw .error("cannot read the template '\(name)': \(problem.reason)", at: unit.location(node))
            }
            template = try TemplateCache.shared.load(path: path, limits: policy.limits)
        }
        guard let map = template.root.mapping, map.keys.contains(where: { documentKeys.contains($0.string ?? "") }) else {
            throw .error("'\(name)' is not a gongwen template: it is not a mapping with title:, body: and the other document keys", at: unit.location(node))
        }
        return template
    }

    /// A template holds document keys only (a template of a template is not supported).
    static func templateKeyErrors(_ template: YAMLSource) -> [Diagnostic] {
        guard let map = template.root.mapping else {
            return [.error("a template must be a mapping with title:, body: and the other document keys", at: template.location(template.root))]
        }
        return map.keys.compactMap { key in
            guard let name = key.string, !documentKeys.contains(name) else { return nil }
            return .error("unknown key '\(name)' in a template" + suggestion(for: name, among: documentKeys), at: template.location(key))
        }
    }

    static func suggestion(for name: String, among names: [String]) -> String {
        let best = names.min { editDistance($0, name) < editDistance($1, name) }
        if let best, editDistance(best, name) <= 2 { return "; did you mean '\(best)'?" }
        return "; expected one of " + names.joined(separator: ", ")
    }

    /// The name among `names` that `name` is most likely a slip for (one or two characters off,
    /// and not half of a short name), or nil: said only when it is likely, never a list.
    static func closeName(to name: String, among names: [String]) -> String? {
        let best = names.map { ($0, editDistance($0, name)) }.min { $0.1 < $1.1 }
        guard let best, best.1 > 0, best.1 <= 2, best.1 * 2 <= min(name.count, best.0.count) else { return nil }
        return best.0
    }

    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var row = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var previous = row[0]
            row[0] = i
            for j in stride(from: 1, through: b.count, by: 1) {
                let current = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
                previous = current
            }
        }
        return row[b.count]
    }
}

extension DocumentReader {
    /// Forgets the templates read and the paths resolved so far: a long run (`gongwen watch`) reads
    /// a template saved since as it is now.
    public static func forgetRunCaches() {
        TemplateCache.shared.clear()
        ResolutionCache.shared.clear()
    }
}

/// Templates are shared by many units: read and compile each once per run.
final class TemplateCache: Sendable {
    static let shared = TemplateCache()
    private let sources = Mutex<[String: YAMLSource]>([:])
    /// Held while a template compiles: another unit of the same template waits for it, not compiles it again.
    private let compiledTemplates = Mutex<[String: CompiledDocument]>([:])

    private func key(_ path: String, _ limits: SourcePolicy.Limits) -> String {
        "\(path)\u{0}\(limits.sourceBytes),\(limits.nodes),\(limits.textBytes)"
    }

    func compiled(_ template: YAMLSource, policy: SourcePolicy) -> CompiledDocument {
        let key = key(template.path, policy.limits) + "\u{0}" + (policy.root ?? "") + policy.allowed.joined(separator: "\u{0}")
        return compiledTemplates.withLock { compiled in
            if let done = compiled[key] { return done }
            let made = DocumentReader.compile(template, under: nil, policy: policy)
            compiled[key] = made
            return made
        }
    }

    /// A template named on the command line (a sheet's, the form's): read, its keys checked, compiled.
    func compiledTemplate(path: String, policy: SourcePolicy) throws(DiagnosticError) -> (source: YAMLSource, compiled: CompiledDocument) {
        let source = try load(path: path, limits: policy.limits)
        let keyErrors = DocumentReader.templateKeyErrors(source)
        if !keyErrors.isEmpty { throw DiagnosticError(keyErrors) }
        let compiled = compiled(source, policy: policy)
        if compiled.skeleton == nil { throw DiagnosticError(compiled.diagnostics) }
        return (source, compiled)
    }

    func clear() {
        sources.withLock { $0 = [:] }
        compiledTemplates.withLock { $0 = [:] }
    }

    func cached(path: String, limits: SourcePolicy.Limits) -> YAMLSource? {
        let key = key(path, limits)
        return sources.withLock { $0[key] }
    }

    func load(path: String, limits: SourcePolicy.Limits) throws(DiagnosticError) -> YAMLSource {
        let key = key(path, limits)
        if let cached = sources.withLock({ $0[key] }) { return cached }
        let source = try YAMLSource.load(path: path, limits: limits)
        sources.withLock { $0[key] = source }
        return source
    }
}
