import Foundation
import Yams

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
    static let documentKeys = ["title", "issuer", "date", "addressee", "body", "signature", "attachments", "note", "header", "imprint"]
    static let unitKeys = ["template", "values"]

    public static func read(path: String) throws(DiagnosticError) -> ReadResult {
        try read(source: YAMLSource.load(path: path))
    }

    public static func read(text: String, path: String) throws(DiagnosticError) -> ReadResult {
        try read(source: YAMLSource.parse(text, path: path))
    }

    static func read(source unit: YAMLSource) throws(DiagnosticError) -> ReadResult {
        guard let unitMap = unit.root.mapping else {
            throw .error("a unit source must be a mapping of keys such as title:, body: or template:", at: unit.location(unit.root))
        }
        var template: YAMLSource?
        var valuesNode: (key: Node, value: Node)?
        for (key, _) in unitMap {
            guard let name = key.string else { continue }
            if !(documentKeys + unitKeys).contains(name) {
                throw .error("unknown key '\(name)'\(suggestion(for: name, among: documentKeys + unitKeys))", at: unit.location(key))
            }
        }
        if let pair = unitMap.first(where: { $0.key.string == "template" }) {
            guard let name = pair.value.scalar?.string, !name.isEmpty else {
                throw .error("'template' must be a file name", at: unit.location(pair.value))
            }
            let base = (unit.path as NSString).deletingLastPathComponent
            let path = name.hasPrefix("/") ? name : (base.isEmpty ? name : base + "/" + name)
            do {
                template = try TemplateCache.shared.load(path: (path as NSString).standardizingPath)
            } catch {
                var diagnostics = error.diagnostics
                if !FileManager.default.fileExists(atPath: path) {
                    diagnostics = [.error("template '\(name)' not found (looked for \(path))", at: unit.location(pair.value))]
                }
                throw DiagnosticError(diagnostics)
            }
            valuesNode = unitMap.first(where: { $0.key.string == "values" })
        }
        let interpreter = Interpreter(unit: unit, template: template)
        if let valuesNode { interpreter.loadValues(key: valuesNode.key, node: valuesNode.value) }
        let overrides = unitMap.keys.contains { documentKeys.contains($0.string ?? "") }
        if let template, !overrides {
            // The common case of a bulk run: fill the template compiled once.
            let compiled = TemplateCache.shared.compiled(template)
            let (document, diagnostics) = compiled.instantiate(unit: unit, values: interpreter.valueTable,
                                                               valuesKey: valuesNode.map { unit.location($0.key) })
            let all = interpreter.diagnostics + diagnostics
            guard let document, !all.contains(where: { $0.severity == .error }) else { throw DiagnosticError(all) }
            let values = interpreter.printedValues(roles: compiled.slotRoles)
            return ReadResult(document: document, sources: [unit.path, template.path], diagnostics: all, printed: values,
                              templateTexts: (template.path, compiled.printed))
        }
        let document = interpreter.document()
        interpreter.checkPlaceholders(valuesKey: valuesNode?.key)
        let errors = interpreter.diagnostics.filter { $0.severity == .error }
        if !errors.isEmpty { throw DiagnosticError(interpreter.diagnostics) }
        guard let document else { throw .error("the document could not be read", at: unit.location(unit.root)) }
        return ReadResult(document: document, sources: [unit.path] + (template.map { [$0.path] } ?? []),
                          diagnostics: interpreter.diagnostics, printed: interpreter.printed)
    }

    static func suggestion(for name: String, among names: [String]) -> String {
        let best = names.min { editDistance($0, name) < editDistance($1, name) }
        if let best, editDistance(best, name) <= 2 { return "; did you mean '\(best)'?" }
        return "; expected one of " + names.joined(separator: ", ")
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

/// Templates are shared by many units: compose each once per run.
final class TemplateCache: @unchecked Sendable {
    static let shared = TemplateCache()
    private var sources: [String: YAMLSource] = [:]
    private var compiledTemplates: [String: CompiledTemplate] = [:]
    private let lock = NSLock()

    func compiled(_ template: YAMLSource) -> CompiledTemplate {
        lock.lock()
        defer { lock.unlock() }
        if let done = compiledTemplates[template.path] { return done }
        let compiled = CompiledTemplate(template)
        compiledTemplates[template.path] = compiled
        return compiled
    }

    func load(path: String) throws(DiagnosticError) -> YAMLSource {
        lock.lock()
        if let cached = sources[path] { lock.unlock(); return cached }
        lock.unlock()
        let source = try YAMLSource.load(path: path)
        lock.lock()
        sources[path] = source
        lock.unlock()
        return source
    }
}
