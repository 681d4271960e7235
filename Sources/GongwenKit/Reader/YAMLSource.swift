import Foundation
import Yams

/// A YAML file composed into Yams nodes, with the path every location names.
struct YAMLSource {
    let path: String
    let text: String
    let root: Node

    static func load(path: String) throws(DiagnosticError) -> YAMLSource {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .error("cannot read file", at: SourceLocation(file: path, line: 1, column: 1))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw .error("file is not UTF-8 text", at: SourceLocation(file: path, line: 1, column: 1))
        }
        return try parse(text, path: path)
    }

    static func parse(_ text: String, path: String) throws(DiagnosticError) -> YAMLSource {
        do {
            // The basic resolver: gongwen types scalars itself, and skipping Yams' regular expressions
            // halves the parse time of a unit.
            guard let root = try Yams.compose(yaml: text, .basic) else {
                throw DiagnosticError.error("the file is empty", at: SourceLocation(file: path, line: 1, column: 1))
            }
            return YAMLSource(path: path, text: text, root: root)
        } catch let error as DiagnosticError {
            throw error
        } catch let error as YamlError {
            throw DiagnosticError(diagnostic(for: error, path: path, text: text))
        } catch {
            throw .error("\(error)", at: SourceLocation(file: path, line: 1, column: 1))
        }
    }

    func location(_ node: Node) -> SourceLocation {
        let mark = node.mark
        return SourceLocation(file: path, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    /// Where `needle` first stands at or after `node`'s mark in the raw text: placeholders and
    /// odd characters are reported at their own column, not at the start of a long scalar.
    func location(of needle: String, in node: Node) -> SourceLocation {
        let start = location(node)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var lineIndex = start.line - 1
        var fromColumn = start.column - 1
        while lineIndex < lines.count {
            let scalars = Array(lines[lineIndex].unicodeScalars)
            let target = Array(needle.unicodeScalars)
            if !target.isEmpty, scalars.count >= target.count, fromColumn <= scalars.count - target.count {
                for i in fromColumn...(scalars.count - target.count) where Array(scalars[i..<i + target.count]) == target {
                    return SourceLocation(file: path, line: lineIndex + 1, column: i + 1)
                }
            }
            lineIndex += 1
            fromColumn = 0
            if lineIndex - start.line > 200 { break }
        }
        return start
    }

    private static func diagnostic(for error: YamlError, path: String, text: String) -> Diagnostic {
        func at(_ mark: Mark) -> SourceLocation { SourceLocation(file: path, line: mark.line, column: mark.column) }
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let detail = context.map { "\(problem) (\($0.text) at \($0.mark.line):\($0.mark.column))" } ?? problem
            return .error("YAML syntax: \(detail)", at: at(mark))
        case .reader(let problem, let offset, let value, _):
            let location = offset.map { scalarLocation($0, in: text, path: path) }
                ?? SourceLocation(file: path, line: 1, column: 1)
            let what = value >= 0 ? String(format: " (U+%04X)", value) : ""
            return .error("YAML reader: \(problem)\(what)", at: location)
        case .duplicatedKeysInMapping(let duplicates, let context):
            return .error("duplicate key \(duplicates.map { "'\($0)'" }.joined(separator: ", ")) in a mapping", at: at(context.mark))
        default:
            return .error("YAML: \(error)", at: SourceLocation(file: path, line: 1, column: 1))
        }
    }

    /// libyaml's reader reports an offset in characters (Unicode scalars); turn it into line and column.
    private static func scalarLocation(_ offset: Int, in text: String, path: String) -> SourceLocation {
        var line = 1, column = 1, count = 0
        for scalar in text.unicodeScalars {
            if count >= offset { break }
            count += 1
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return SourceLocation(file: path, line: line, column: column)
    }
}
