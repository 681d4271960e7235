/// `{{名称}}` placeholders: the template's slots that a unit file fills with its values.
enum Placeholders {
    struct Occurrence: Equatable {
        var name: String
        /// The placeholder as written, braces included, to find it in the source.
        var token: String
    }

    /// The findings about a unit's values: one error per missing placeholder, at the unit's
    /// `values:` key, with a note where the template uses it; a warning per value never used, with
    /// the placeholder it is likely a slip for. Values that only the template's own text uses, in
    /// a unit that writes that text itself (`replaced`), are the unit's choice: one note says so.
    static func report(missing: [(name: String, at: SourceLocation)], unused: [(name: String, key: SourceLocation)],
                       valuesKey: SourceLocation?, unitPath: String, placeholders: [String] = [],
                       replaced: DocumentReader.Replaced? = nil, given: Set<String> = []) -> [Diagnostic] {
        var result: [Diagnostic] = []
        var reported = Set<String>()
        let here = valuesKey ?? .file(unitPath)
        for (name, at) in missing where reported.insert(name).inserted {
            result.append(.error("no value for placeholder '{{\(name)}}' (used at \(at))", at: here))
            result.append(.note("'{{\(name)}}' is used here", at: at))
        }
        let replacedNames = replaced?.names ?? []
        // A slip names a placeholder that has no value of its own.
        let candidates = (placeholders + replacedNames.sorted()).filter { !given.contains($0) }
        var replacedCount = 0
        for (name, key) in unused {
            if replacedNames.contains(name) { replacedCount += 1; continue }
            let slip = DocumentReader.closeName(to: name, among: candidates).map { "; did you mean '\($0)'?" } ?? ""
            result.append(.warning("value '\(name)' is not used by the template\(slip)", at: key))
        }
        if replacedCount > 0, let keys = replaced?.keys {
            let own = keys.map { "\($0):" }.joined(separator: " and ")
            let values = replacedCount == 1 ? "1 value is" : "\(replacedCount) values are"
            result.append(.note("\(values) not used: your own \(own) \(keys.count == 1 ? "replaces" : "replace") the template's", at: here))
        }
        return result
    }

    /// Splits text into literal pieces and placeholder names, in order.
    enum Piece: Equatable {
        case literal(String)
        case placeholder(Occurrence)
    }

    /// Scans UTF-8 bytes: `{` and `}` never occur inside a multi-byte sequence, and this runs for
    /// every text of every unit.
    static func pieces(of text: String) -> [Piece] {
        var text = text
        return text.withUTF8 { bytes -> [Piece] in
            let open = UInt8(ascii: "{"), close = UInt8(ascii: "}")
            func string(_ range: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) }
            var result: [Piece] = []
            var literalStart = 0, i = 0
            while i + 1 < bytes.count {
                guard bytes[i] == open, bytes[i + 1] == open else { i += 1; continue }
                var j = i + 2
                while j + 1 < bytes.count, !(bytes[j] == close && bytes[j + 1] == close) { j += 1 }
                guard j + 1 < bytes.count else { break }
                if i > literalStart { result.append(.literal(string(literalStart..<i))) }
                let name = string((i + 2)..<j).trimmingSpaces()
                result.append(.placeholder(Occurrence(name: name, token: string(i..<(j + 2)))))
                i = j + 2
                literalStart = i
            }
            if literalStart < bytes.count { result.append(.literal(string(literalStart..<bytes.count))) }
            return result
        }
    }
}

extension String {
    /// Leading and trailing white space removed, without Foundation's bridging cost.
    func trimmingSpaces() -> String {
        guard let first = unicodeScalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = unicodeScalars.lastIndex(where: { !$0.properties.isWhitespace })!
        if first == unicodeScalars.startIndex && last == unicodeScalars.index(before: unicodeScalars.endIndex) { return self }
        return String(unicodeScalars[first...last])
    }
}
