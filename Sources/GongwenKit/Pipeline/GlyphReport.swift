/// Before anything is converted: every character of a unit that its role's face lacks (a warning
/// naming the face that draws it instead) and every character no installed face has (an error:
/// it would print as a blank). Western text below U+2000 is set in Times New Roman (Liberation
/// Serif stands in), which has it.
enum GlyphReport {
    static func diagnostics(_ read: ReadResult, coverage: GlyphCoverage) -> [Diagnostic] {
        let shared = read.templateTexts.map { template in coverage.memo(template.path) { diagnostics(template.texts, coverage: coverage) } } ?? []
        return shared + diagnostics(read.printed, coverage: coverage)
    }

    static func diagnostics(_ texts: [PrintedText], coverage: GlyphCoverage) -> [Diagnostic] {
        var out: [Diagnostic] = []
        var seen = Set<String>()
        for printed in texts {
            for scalar in printed.text.unicodeScalars where scalar.value >= 0x2000 {
                let verdict = coverage.verdict(scalar, role: printed.role)
                if verdict == .covered || !seen.insert("\(scalar.value)|\(printed.role.rawValue)").inserted { continue }
                let char = "'\(Character(scalar))' (U+\(String(scalar.value, radix: 16, uppercase: true)))"
                let face = coverage.face(for: printed.role) ?? printed.role.official
                switch verdict {
                case .covered: break
                case .fallback(let other):
                    out.append(.warning("\(char) is not in \(face), the face of \(printed.role.official); \(other) draws it instead",
                                        at: printed.location(of: scalar)))
                case .missing:
                    out.append(.error("\(char) is in no installed face and would print blank; write it another way or install a face that has it",
                                      at: printed.location(of: scalar)))
                }
            }
        }
        return out
    }
}

extension DocumentReader {
    /// What `gongwen check` reports of one unit: the reader's findings and the font coverage;
    /// throws when there is an error, as a build of the unit would fail.
    public static func check(path: String, coverage: GlyphCoverage?, policy: SourcePolicy = SourcePolicy()) throws(DiagnosticError) -> [Diagnostic] {
        try check(.file(path), coverage: coverage, policy: policy)
    }

    public static func check(_ input: UnitInput, coverage: GlyphCoverage?, policy: SourcePolicy = SourcePolicy()) throws(DiagnosticError) -> [Diagnostic] {
        let read = try read(input, policy: policy)
        let all = read.diagnostics + (coverage.map { GlyphReport.diagnostics(read, coverage: $0) } ?? [])
        if all.contains(where: { $0.severity == .error }) { throw DiagnosticError(all) }
        return all
    }
}
