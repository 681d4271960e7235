import Foundation

/// A YAML file composed into nodes, with the path every location names.
struct YAMLSource: Sendable {
    let path: String
    let text: String
    let root: YAMLNode
    /// UTF-8 offset of each line's start: locations inside long scalars are found without
    /// splitting the file again for each one.
    private let lineStarts: [Int]

    static func load(path: String, limits: SourcePolicy.Limits = .init()) throws(DiagnosticError) -> YAMLSource {
        // Never more than the limit and one byte are read, whatever the file's size; a folder or a
        // named pipe is refused before anything is read (`InputFile`).
        let data: [UInt8]
        switch InputFile.read(path, limit: limits.sourceBytes) {
        case .success(let bytes): data = bytes
        case .failure(.tooLarge):
            throw .error("the file is larger than \(limits.sourceBytes) bytes, the limit for one source (raise it with --max-source-bytes)",
                         at: .file(path))
        case .failure(let failure):
            throw .error("cannot read the file: \(failure.reason)", at: .file(path))
        }
        return try parse(try SourceEncoding.decode(data, path: path), path: path, limits: limits)
    }

    static func parse(_ text: String, path: String, limits: SourcePolicy.Limits = .init()) throws(DiagnosticError) -> YAMLSource {
        // gongwen types scalars itself (YAML 1.2 core schema, `Value(scalar:)`): no tag is resolved.
        let composed: YAMLNode?
        do {
            composed = try YAMLComposer.compose(text)
        } catch {
            throw DiagnosticError(diagnostic(for: error, path: path, text: text))
        }
        guard let root = composed else { throw .error("the file is empty", at: .file(path)) }
        let source = YAMLSource(path: path, text: text, root: root)
        try source.checkExpansion(limits)
        return source
    }

    private init(path: String, text: String, root: YAMLNode) {
        self.path = path
        self.text = text
        self.root = root
        var starts = [0]
        var text = text
        text.withUTF8 { bytes in
            for i in bytes.indices where bytes[i] == 0x0A { starts.append(i + 1) }
        }
        lineStarts = starts
    }

    /// Aliases let a few hundred bytes stand for billions of nodes. Every later stage walks the
    /// expanded tree, so the tree is counted first, aliases each time they are used, and the walk
    /// stops at the limit: its cost is bounded by the limit, not by the expansion.
    private func checkExpansion(_ limits: SourcePolicy.Limits) throws(DiagnosticError) {
        // Without an alias (`*`) no node or text is used twice: every node takes at least a byte of
        // the file, and no scalar is longer than the file. A small file without one needs no count.
        let bytes = text.utf8.count
        if bytes <= min(limits.nodes, limits.textBytes) && !text.anyByte({ $0 == UInt8(ascii: "*") }) { return }
        var budget = limits.nodes
        var textBudget = limits.textBytes
        var stack: [YAMLNode] = [root]
        while let node = stack.popLast() {
            budget -= 1
            if budget < 0 {
                throw .error("the source expands to more than \(limits.nodes) YAML nodes (aliases count each time they are used); "
                             + "raise the limit with --max-nodes if this is intended", at: location(node))
            }
            switch node {
            case .scalar(let scalar):
                textBudget -= scalar.string.utf8.count
                if textBudget < 0 {
                    throw .error("the source expands to more than \(limits.textBytes) bytes of text (aliases count each time they are used); "
                                 + "raise the limit with --max-text-bytes if this is intended", at: location(node))
                }
            case .mapping(let map):
                for (key, value) in map.reversed() { stack.append(value); stack.append(key) }
            case .sequence(let sequence):
                stack.append(contentsOf: sequence.reversed())
            }
        }
    }

    func location(_ node: YAMLNode) -> SourceLocation {
        let mark = node.mark
        return SourceLocation(file: path, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    /// A place in the text, kept while searching one scalar from left to right.
    struct Cursor {
        var offset: Int
        var line: Int
        var column: Int
    }

    /// Where `node` starts, as a cursor for `find`.
    func cursor(at node: YAMLNode) -> Cursor {
        let start = location(node)
        let line = min(max(start.line, 1), lineStarts.count)
        var offset = lineStarts[line - 1]
        let bytes = text.utf8
        var column = 1
        var index = bytes.index(bytes.startIndex, offsetBy: offset)
        while column < start.column, index < bytes.endIndex, bytes[index] != 0x0A {
            offset += 1
            index = bytes.index(after: index)
            // Columns count Unicode scalars: step over continuation bytes.
            while index < bytes.endIndex, bytes[index] & 0xC0 == 0x80 { offset += 1; index = bytes.index(after: index) }
            column += 1
        }
        return Cursor(offset: offset, line: line, column: column)
    }

    /// Finds `needle` at or after `cursor` within `maxLines` lines, moves the cursor past it and
    /// returns where it stands. Each byte is visited once per search and searches of one scalar
    /// continue from each other, so locating all placeholders of a text is linear.
    func find(_ needle: String, from cursor: inout Cursor, maxLines: Int = 400) -> SourceLocation? {
        let target = Array(needle.utf8)
        guard let first = target.first else { return nil }
        return text.utf8.withContiguousStorageIfAvailable { bytes -> SourceLocation? in
            var i = cursor.offset, line = cursor.line, column = cursor.column
            let lastLine = cursor.line + maxLines
            while i + target.count <= bytes.count {
                let b = bytes[i]
                if b == first, bytes[i..<(i + target.count)].elementsEqual(target) {
                    let found = SourceLocation(file: path, line: line, column: column)
                    var j = i
                    for _ in target.indices {
                        if bytes[j] == 0x0A { line += 1; column = 1 } else if bytes[j] & 0xC0 != 0x80 { column += 1 }
                        j += 1
                    }
                    cursor = Cursor(offset: j, line: line, column: column)
                    return found
                }
                if b == 0x0A {
                    line += 1
                    column = 1
                    if line > lastLine { return nil }
                } else if b & 0xC0 != 0x80 {
                    column += 1
                }
                i += 1
            }
            return nil
        } ?? nil
    }

    /// Where `needle` first stands at or after `node`'s mark, or the node's own place.
    func location(of needle: String, in node: YAMLNode) -> SourceLocation {
        var start = cursor(at: node)
        return find(needle, from: &start) ?? location(node)
    }

    private static func diagnostic(for error: YAMLComposer.Failure, path: String, text: String) -> Diagnostic {
        func at(_ mark: YAMLNode.Mark) -> SourceLocation { SourceLocation(file: path, line: mark.line, column: mark.column) }
        switch error {
        case .syntax(let problem, let context, let mark):
            // libyaml's words name its grammar; the clerk needs what was typed and how to mend it.
            if problem == "mapping values are not allowed in this context" {
                return .error("a colon and a space (': ') inside unquoted text start a new key in YAML, which cannot stand here; "
                              + "quote the whole text (\"…\") or write the full-width colon '：' (YAML: \(problem))", at: at(mark))
            }
            let detail = context.map { "\(problem) (\($0.text) at \($0.mark.line):\($0.mark.column))" } ?? problem
            return .error("YAML syntax: \(detail)", at: at(mark))
        case .reader(let problem, let offset, let value):
            let what = value >= 0 ? String(format: " (U+%04X)", value) : ""
            return Diagnostic(.error, "YAML reader: \(problem)\(what)", at: offset.map { scalarLocation($0, in: text, path: path) } ?? .file(path))
        case .duplicateKey(let name, let mark):
            return .error("duplicate key '\(name)' in a mapping", at: at(mark))
        case .memory:
            return .error("YAML: out of memory", at: .file(path))
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
