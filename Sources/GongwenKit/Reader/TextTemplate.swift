/// A text of a source as it will print once the values are known: literal pieces and slots, kept
/// apart, so that no text a source holds can ever be taken for a slot.
struct TextTemplate {
    enum Segment {
        case literal(String)
        /// Index into `CompiledDocument.slots`.
        case slot(Int)
    }

    /// What the finished text must still go through: each rule reads the text with its values in,
    /// so a value can never slip past it (a heading that ends in a value ending in 。).
    enum Finish: Equatable {
        case plain
        case title
        /// A heading; `runIn`: its paragraph follows on the same line, so it ends with 。.
        case heading(runIn: Bool)
        case documentNumber
        /// A name in a list (附件说明, 抄送): closing punctuation dropped.
        case listName(what: String)
        case copyNumber
        /// `date` or `imprint.date`.
        case date(key: String)
    }

    var segments: [Segment]
    var at: SourceLocation
    var finish: Finish
    /// Derived texts (the default 发文机关标志 made of the issuer) do not repeat the notes of the
    /// text they come from.
    var quiet = false

    var hasSlots: Bool { segments.contains { if case .slot = $0 { return true } else { return false } } }

    var literalBytes: Int {
        segments.reduce(0) { total, segment in
            if case .literal(let s) = segment { return total + s.utf8.count }
            return total
        }
    }

    /// The text with every slot replaced by `fill(slot)`.
    func filled(_ fill: (Int) -> String) -> String {
        if segments.count == 1, case .literal(let s) = segments[0] { return s }
        var out = ""
        for segment in segments {
            switch segment {
            case .literal(let s): out += s
            case .slot(let index): out += fill(index)
            }
        }
        return out
    }

    /// The finished text of `text` (values already in), with the notes and errors its rules give.
    /// `typedAt`: where each value in `text` was typed (its characters' range), asked only when
    /// a typography note is due: a change inside a value is noted at the unit's line that holds it,
    /// where the clerk can mend it, not at the template's.
    func finished(_ text: String, typedAt: () -> [(range: Range<Int>, at: SourceLocation)] = { [] })
        -> (text: String?, date: OfficialDate?, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let trimmed = text.trimmingSpaces()
        let typeset = Punctuation.normalize(trimmed)
        if !typeset.changes.isEmpty && !quiet {
            let values = typedAt()
            // Positions count from the trimmed text; the ranges from `text`.
            let lead = values.isEmpty ? 0 : String(text.unicodeScalars.prefix { $0.properties.isWhitespace }).count
            var places: [SourceLocation] = []
            var changesAt: [SourceLocation: [String]] = [:]
            for (change, position) in zip(typeset.changes, typeset.positions) {
                let place = values.first { $0.range.contains(position + lead) }?.at ?? at
                if changesAt[place] == nil { places.append(place) }
                changesAt[place, default: []].append(change)
            }
            for place in places {
                let counts = Dictionary(grouping: changesAt[place]!, by: { $0 }).map { "\($0.key)" + ($0.value.count > 1 ? " ×\($0.value.count)" : "") }
                diagnostics.append(.note("typography: " + counts.sorted().joined(separator: ", "), at: place))
            }
        }
        var result = typeset.text
        func written(_ outcome: WrittenForms.Outcome, what: String) -> String? {
            switch outcome {
            case .ok(let text): return text
            case .mended(let text, let changes):
                diagnostics.append(.note("\(what): " + changes.joined(separator: ", ") + " → '\(text)'", at: at))
                return text
            case .wrong(let message):
                diagnostics.append(.error(message, at: at))
                return nil
            }
        }
        switch finish {
        case .plain:
            break
        case .title:
            if result.isEmpty { diagnostics.append(.error("the title is empty", at: at)) }
        case .heading(let runIn):
            if let first = result.first, "一二三四五六七八九十（(".contains(first),
               result.dropFirst().prefix(3).contains(where: { "、）)".contains($0) }) {
                diagnostics.append(.warning("the heading seems to carry its own number; gongwen numbers headings itself", at: at))
            }
            if runIn, let last = result.last, !"。！？：；".contains(last) {
                // A heading that runs into its paragraph ends with a full stop: （一）标题。正文…
                result += "。"
                diagnostics.append(.note("typography: '。' added after a heading that runs into its text", at: at))
            }
        case .documentNumber:
            guard let number = written(WrittenForms.documentNumber(result), what: "发文字号") else { return (nil, nil, diagnostics) }
            result = number
        case .listName(let what):
            guard let name = written(WrittenForms.withoutClosingPunctuation(result), what: what) else { return (nil, nil, diagnostics) }
            result = name
        case .copyNumber:
            if !(result.count == 6 && result.allSatisfy(\.isNumber)) {
                diagnostics.append(.error("份号 (copy-number) is six digits, such as \"000001\"; quote it to keep the zeros", at: at))
                return (nil, nil, diagnostics)
            }
        case .date:
            guard let date = OfficialDate(parsing: result) else {
                diagnostics.append(.error("'\(result)' is not a date; write it as 2023-07-10", at: at))
                return (nil, nil, diagnostics)
            }
            // §7.3.5.4: the year in full; '23-7-10' cannot be told from the year 23.
            guard OfficialDate.hasFullYear(result) else {
                diagnostics.append(.error("the year of '\(result)' is written in full, such as 2023-07-10 (§7.3.5.4)", at: at))
                return (nil, nil, diagnostics)
            }
            return (result, date, diagnostics)
        }
        return (result, nil, diagnostics)
    }
}
