import Foundation

/// The language gongwen speaks, from the locale as command-line tools read it (`LC_ALL`, then
/// `LC_MESSAGES`, then `LANG`: `zh_CN.UTF-8` gives Chinese), and the translation of what it
/// prints. Messages are written in English in the code, where they are made; the catalog
/// (`zh-Hans.txt`, a SwiftPM resource embedded in the binary) gives each its Chinese with holes
/// for what the message fills in, and text is translated where it is printed. The place and the
/// word `error:` / `warning:` / `note:` stay as they are, so editors still jump to
/// `file:line:col:`; values from the sources are never translated.
public enum Localization {
    public enum Language: String, Sendable { case english, chinese }

    /// The first of LC_ALL, LC_MESSAGES, LANG that is set and not empty decides (POSIX's order).
    public static func language(environment: [String: String]) -> Language {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            return value.lowercased().hasPrefix("zh") ? .chinese : .english
        }
        return .english
    }

    /// This process's language, read once.
    public static let current = language(environment: ProcessInfo.processInfo.environment)

    static let catalog = Catalog(text: String(decoding: PackageResources.zh_Hans_txt, as: UTF8.self))

    /// `text` in `language`: the catalog's entry whose English it matches, with its holes filled
    /// (each hole translated too when it is itself an entry), or `text` unchanged.
    public static func translate(_ text: String, to language: Language = current) -> String {
        guard language == .chinese else { return text }
        return catalog.translate(text, depth: 0) ?? text
    }

    /// A printed line `place: error: message` (or a plain message): the message translated, the
    /// place and the severity word kept.
    public static func translateLine(_ line: String, to language: Language = current) -> String {
        guard language == .chinese else { return line }
        for word in [": error: ", ": warning: ", ": note: "] {
            if let range = line.range(of: word) {
                return String(line[..<range.upperBound]) + translate(String(line[range.upperBound...]), to: language)
            }
        }
        return translate(line, to: language)
    }
}

extension Diagnostic {
    /// `file:line:col: error: message` with the message in the user's language.
    public var localizedDescription: String { Localization.translateLine(description) }
}

/// The entries of a catalog file, matched most specific first.
struct Catalog: Sendable {
    struct Entry: Sendable {
        /// The English's literal pieces around its holes (one more piece than holes).
        var pieces: [String]
        /// The Chinese's pieces and, between them, which hole (0-based) stands there.
        var target: [String]
        var targetHoles: [Int]
        /// Characters that are not holes: the longer, the more specific.
        var literalCount: Int
    }

    var entries: [Entry] = []
    /// English texts without holes, for the common case of a fragment or a fixed message.
    var exact: [String: String] = [:]
    var problems: [String] = []

    init(text: String) {
        var english: String?
        var seen = Set<String>()
        for (number, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = String(raw)
            if line.hasPrefix("en: ") {
                english = Self.unescape(String(line.dropFirst(4)))
            } else if line.hasPrefix("zh:"), let en = english {
                english = nil
                let zh = Self.unescape(String(line.dropFirst(3)).trimmingLeadingSpace())
                guard !zh.isEmpty else { continue }
                guard seen.insert(en).inserted else { problems.append("line \(number + 1): '\(en)' is given twice"); continue }
                let (pieces, holes) = Self.split(en)
                let (target, targetHoles) = Self.split(zh)
                guard holes == Array(0..<holes.count), Set(targetHoles) == Set(holes), targetHoles.count == holes.count else {
                    problems.append("line \(number + 1): the holes of '\(zh)' are not those of '\(en)'")
                    continue
                }
                if holes.isEmpty { exact[en] = zh; continue }
                let literal = pieces.reduce(0) { $0 + $1.filter { !$0.isWhitespace }.count }
                // A pattern of little more than holes ('{1}: {2}') would match anything; one that
                // starts with its words ('page {1}') is matched only by text that starts so.
                guard literal >= 6 || !pieces[0].isEmpty else { problems.append("line \(number + 1): '\(en)' is too little text to be matched"); continue }
                entries.append(Entry(pieces: pieces, target: target, targetHoles: targetHoles, literalCount: literal))
            }
        }
        entries.sort { $0.literalCount > $1.literalCount }
    }

    /// `\n` is a line break; one at the end is dropped (the tool prints lines, and the code that
    /// wrote a message with its newline now leaves that to the printer).
    static func unescape(_ s: String) -> String {
        var text = s.replacingOccurrences(of: "\\n", with: "\n")
        while text.hasSuffix("\n") { text.removeLast() }
        return text
    }

    /// `a {1} b {2}` → pieces ["a ", " b ", ""], holes [0, 1]. `{{` is literal (`{{名称}}`).
    static func split(_ s: String) -> (pieces: [String], holes: [Int]) {
        var pieces: [String] = [], holes: [Int] = []
        var current = ""
        var i = s.startIndex
        while i < s.endIndex {
            if s[i] == "{", s.index(after: i) < s.endIndex, s[s.index(after: i)].isNumber,
               let close = s[i...].firstIndex(of: "}"), let n = Int(s[s.index(after: i)..<close]) {
                pieces.append(current)
                current = ""
                holes.append(n - 1)
                i = s.index(after: close)
                continue
            }
            current.append(s[i])
            i = s.index(after: i)
        }
        pieces.append(current)
        return (pieces, holes)
    }

    func translate(_ text: String, depth: Int) -> String? {
        if let fixed = exact[text] { return fixed }
        guard depth < 3 else { return nil }
        for entry in entries {
            guard let captures = Self.match(entry.pieces, text) else { continue }
            var out = entry.target[0]
            for (k, hole) in entry.targetHoles.enumerated() {
                let value = captures[hole]
                out += (translate(value, depth: depth + 1) ?? value) + entry.target[k + 1]
            }
            return out
        }
        // A line put together from clauses (a summary and its counts, '…; 2 warnings in 1 unit'):
        // each clause translated on its own.
        if depth == 0, text.contains("; ") {
            let clauses = text.components(separatedBy: "; ")
            let translated = clauses.map { translate($0, depth: depth + 1) }
            if translated.contains(where: { $0 != nil }) {
                return zip(clauses, translated).map { $1 ?? $0 }.joined(separator: "；")
            }
        }
        // A message about a named thing, made of its name and another message ('场次': the cell
        // is empty; '{{场次}}' names no field): the name kept, the message translated.
        if text.hasPrefix("'"), let close = text.dropFirst().firstIndex(of: "'") {
            let after = text[text.index(after: close)...]
            for separator in [": ", " "] where after.hasPrefix(separator) {
                let rest = String(after.dropFirst(separator.count))
                if let translated = translate(rest, depth: depth + 1) {
                    return String(text[...close]) + (separator == ": " ? "：" : "") + translated
                }
            }
        }
        return nil
    }

    /// The holes' texts when `text` is the pieces with something between each two (the shortest
    /// that lets the rest match), else nil.
    static func match(_ pieces: [String], _ text: String) -> [String]? {
        guard text.hasPrefix(pieces[0]), text.hasSuffix(pieces[pieces.count - 1]) else { return nil }
        let body = text.dropFirst(pieces[0].count)
        func rest(_ index: Int, _ remaining: Substring) -> [String]? {
            if index == pieces.count - 1 {
                // The last hole takes all but the last piece.
                guard remaining.count >= pieces[index].count, remaining.hasSuffix(pieces[index]) else { return nil }
                return [String(remaining.dropLast(pieces[index].count))]
            }
            let piece = pieces[index]
            var from = remaining.startIndex
            while true {
                guard let found = piece.isEmpty ? from..<from : remaining[from...].range(of: piece) else { return nil }
                if let tail = rest(index + 1, remaining[found.upperBound...]) {
                    return [String(remaining[..<found.lowerBound])] + tail
                }
                guard found.lowerBound < remaining.endIndex else { return nil }
                from = remaining.index(after: found.lowerBound)
            }
        }
        return rest(1, body)
    }
}

private extension String {
    func trimmingLeadingSpace() -> String { String(drop { $0 == " " }) }
}
