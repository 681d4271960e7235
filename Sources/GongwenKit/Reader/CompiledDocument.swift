import Foundation

/// A source compiled once (`Interpreter`): the document's structure, its texts as templates, and
/// the findings of its structure. `instantiate` fills it with one unit's values; every text is
/// finished the same way whether it holds values or not.
final class CompiledDocument: Sendable {
    let skeleton: Document?
    let texts: [TextTemplate]
    let slots: [Interpreter.Slot]
    /// Findings of the structure, the same for every unit.
    let diagnostics: [Diagnostic]
    let printed: [PrintedText]
    /// Each placeholder with every role it prints in (by bytes: a String key is normalised to be hashed).
    let slotRoles: [NameKey: [FontRole]]
    let dateTexts: [String: Int]
    /// What the template declares its placeholders hold.
    let fields: [String: FieldDeclaration]
    /// Where each table made one row per unit is declared, in document order.
    let unitTables: [SourceLocation]
    /// Each placeholder name once, in the order the template first uses it (the form's columns).
    let placeholderNames: [String]
    /// Each distinct placeholder name's index, and for each slot the index of its name.
    private let nameIndex: [NameKey: Int]
    private let slotName: [Int]
    /// Each distinct placeholder's declaration, by its name's index (looked up per slot, per unit).
    private let fieldByName: [FieldDeclaration?]
    /// Texts without slots finish the same for every unit: done once.
    private let finishedOnce: [Int: (text: String?, date: OfficialDate?, diagnostics: [Diagnostic])]
    private let literalBytes: Int

    /// For a unit that writes its own keys: the template's own placeholders, which that unit may
    /// leave unused without a fault of its own.
    let replaced: DocumentReader.Replaced?

    init(_ interpreter: Interpreter, extra: [Diagnostic] = [], replaced: DocumentReader.Replaced? = nil) {
        self.replaced = replaced
        let document = extra.isEmpty ? interpreter.document() : nil
        let found = extra + interpreter.diagnostics
        skeleton = found.contains { $0.severity == .error } ? nil : document
        texts = interpreter.texts
        slots = interpreter.slots
        printed = interpreter.printed
        dateTexts = interpreter.dateTexts
        unitTables = interpreter.unitTables
        var fields = interpreter.fields
        var extraDiagnostics: [Diagnostic] = []
        let used = Set(interpreter.slots.map(\.name))
        for (name, declaration) in fields.sorted(by: { ($0.value.at.line, $0.value.at.column) < ($1.value.at.line, $1.value.at.column) }) where !used.contains(name) {
            // The template uses it where the unit's own text replaced the template's: no fault.
            if replaced?.names.contains(name) != true {
                extraDiagnostics.append(.warning("field '\(name)' is declared but no placeholder uses it", at: declaration.at))
            }
            fields[name] = nil
        }
        self.fields = fields
        diagnostics = found + extraDiagnostics
        var nameIndex: [NameKey: Int] = [:]
        var names: [String] = []
        slotName = slots.map { slot in
            if let known = nameIndex[NameKey(slot.name)] { return known }
            nameIndex[NameKey(slot.name)] = names.count
            names.append(slot.name)
            return names.count - 1
        }
        self.nameIndex = nameIndex
        placeholderNames = names
        fieldByName = names.map { fields[$0] }
        var roles: [NameKey: [FontRole]] = [:]
        for slot in slots where !(roles[NameKey(slot.name)]?.contains(slot.role) ?? false) { roles[NameKey(slot.name), default: []].append(slot.role) }
        slotRoles = roles
        var once: [Int: (String?, OfficialDate?, [Diagnostic])] = [:]
        for (index, text) in texts.enumerated() where !text.hasSlots { once[index] = text.finished(text.filled { _ in "" }) }
        finishedOnce = once
        literalBytes = texts.reduce(0) { $0 + $1.literalBytes }
    }

    /// The unit's document: slots filled with its values. A value's own errors name the unit's
    /// key; a missing one names the `values:` key, with a note where the template uses it.
    func instantiate(_ values: UnitValues, limits: SourcePolicy.Limits, rollup: [RollupUnit]? = nil) -> (Document?, [Diagnostic]) {
        var diagnostics = diagnostics + values.diagnostics
        // A figure typed as offices type it (１８６, 32,500) is read as its number where a field needs one.
        var values = values
        guard var document = skeleton else { return (nil, diagnostics) }
        // Each value finds its placeholder name once; slots then take values by index.
        var byName = [Int?](repeating: nil, count: nameIndex.count)
        var unused: [(name: String, key: SourceLocation)] = []
        for position in values.entries.indices {
            let given = values.entries[position].name
            if let name = nameIndex[NameKey(given)] { byName[name] = position } else { unused.append((given, values.entries[position].entry.key)) }
        }
        var checked = [Bool](repeating: false, count: nameIndex.count)
        var filler: [String?] = []
        filler.reserveCapacity(slots.count)
        var missing: [(name: String, at: SourceLocation)] = []
        var bytes = literalBytes
        // By index, here and above: a slot or an entry copied whole (name, place, node) cost more than
        // filling it in.
        for index in slots.indices {
            let name = slotName[index]
            guard let position = byName[name] else {
                filler.append(nil)
                let slot = slots[index]
                if !values.unreadable && !values.invalid.contains(slot.name) { missing.append((slot.name, slot.at)) }
                continue
            }
            // A name's value is the same at every slot: checked at its first.
            if !checked[name] {
                checked[name] = true
                let entry = values.entries[position].entry
                if let reason = entry.value.unprintable {
                    diagnostics.append(.error("value '\(slots[index].name)' \(reason), so it cannot print where the template uses it", at: entry.key))
                    diagnostics.append(.note("'{{\(slots[index].name)}}' is used here", at: slots[index].at))
                } else if let field = fieldByName[name], !field.type.accepts(entry.value) {
                    if case .string(let typed) = entry.value, let read = OfficeFigure.value(typed, as: field.type) {
                        values.entries[position].entry.value = read.value
                        values.entries[position].entry.text = read.value.description
                        diagnostics.append(.note("value '\(slots[index].name)': \(read.said)", at: entry.key))
                    } else {
                        var hint = ""
                        if case .string(let typed) = entry.value { hint = OfficeFigure.hint(typed, as: field.type) }
                        diagnostics.append(.error("value '\(slots[index].name)' is '\(entry.text)', but the template needs \(field.type.described) here\(hint)", at: entry.key))
                        diagnostics.append(.note("'\(slots[index].name)' is declared \(field.type.rawValue) here", at: field.at))
                    }
                }
            }
            let text = values.entries[position].entry.text
            filler.append(text)
            bytes += text.utf8.count
        }
        diagnostics += Placeholders.report(missing: missing, unused: values.expectsTemplate ? unused : [],
                                           valuesKey: values.key, unitPath: values.path, placeholders: placeholderNames, replaced: replaced,
                                           given: Set(values.entries.map(\.name)))
        if bytes > limits.textBytes {
            diagnostics.append(.error("the document would hold \(bytes) bytes of text once its values are filled in, more than the limit of \(limits.textBytes) "
                                      + "(raise it with --max-text-bytes if this is intended)", at: values.key ?? .file(values.path)))
        }
        if diagnostics.contains(where: { $0.severity == .error }) { return (nil, diagnostics) }

        var finals: [String] = []
        finals.reserveCapacity(texts.count)
        var dates: [Int: OfficialDate] = [:]
        var failed = false
        for (index, text) in texts.enumerated() {
            let done = finishedOnce[index] ?? text.finished(text.filled { filler[$0] ?? "" }) {
                // Where each value stands in the filled text, and where the unit typed it.
                var ranges: [(range: Range<Int>, at: SourceLocation)] = []
                var offset = 0
                for segment in text.segments {
                    switch segment {
                    case .literal(let s): offset += s.count
                    case .slot(let slot):
                        let count = (filler[slot] ?? "").count
                        if let position = byName[slotName[slot]] { ranges.append((offset..<offset + count, values.entries[position].entry.key)) }
                        offset += count
                    }
                }
                return ranges
            }
            diagnostics += done.diagnostics
            if done.text == nil {
                failed = true
                // The template's text is right; the value in it is what the unit must change.
                for case .slot(let slot) in text.segments {
                    if let position = byName[slotName[slot]] {
                        let entry = values.entries[position].entry
                        diagnostics.append(.note("'{{\(slots[slot].name)}}' is '\(entry.text)', given here", at: entry.key))
                    }
                }
            }
            if let date = done.date { dates[index] = date }
            finals.append(done.text ?? "")
        }
        if failed { return (nil, diagnostics) }
        document = document.mapTexts { finals[Int($0)!] }
        if document.addressee?.isEmpty == true { document.addressee = nil }
        if let index = dateTexts["date"], let date = dates[index] { document.date = date }
        if let index = dateTexts["imprint.date"], let date = dates[index] { document.imprint?.printDate = date }
        document.values = values.table
        if !unitTables.isEmpty {
            let (filled, problems) = unitRows(document, units: rollup)
            diagnostics += problems
            if problems.contains(where: { $0.severity == .error }) { return (nil, diagnostics) }
            document = filled
        }
        return (document, diagnostics)
    }
}

extension Document {
    /// Every text of the document passed through `f` (dates and flags are not texts).
    func mapTexts(_ f: (String) -> String) -> Document {
        func paragraph(_ p: Paragraph) -> Paragraph { Paragraph(text: f(p.text), points: p.points.map(f)) }
        func blocks(_ list: [Block]) -> [Block] {
            list.map { block in
                switch block {
                case .paragraph(let p): return .paragraph(paragraph(p))
                case .items(let items): return .items(items.map(f))
                case .section(let s): return .section(Section(heading: f(s.heading), runIn: s.runIn.map(paragraph), body: blocks(s.body)))
                case .table(var t):
                    t.caption = t.caption.map(f)
                    t.header = t.header.map { $0.map { Table.Cell(f($0.text), span: $0.span) } }
                    t.rows = t.rows.map { $0.map { Table.Cell(f($0.text), span: $0.span) } }
                    let total = t.unitRows?.total.map(f)
                    t.unitRows?.total = total
                    return .table(t)
                }
            }
        }
        var d = self
        d.title = f(title)
        d.issuer = f(issuer)
        d.addressee = addressee.map(f)
        d.body = blocks(body)
        d.signature.name = f(signature.name)
        d.signature.signerTitle = signature.signerTitle.map(f)
        d.signature.joint = signature.joint.map { Signature.Signer(name: f($0.name), seal: $0.seal) }
        d.attendance = attendance.map { Attendance(label: $0.label, names: f($0.names)) }
        d.attachments = attachments.map { $0.with(title: f($0.title), body: blocks($0.body)) }
        d.note = note.map(f)
        if var h = header {
            h.copyNumber = h.copyNumber.map(f); h.secrecy = h.secrecy.map(f); h.urgency = h.urgency.map(f)
            h.mark = f(h.mark); h.number = h.number.map(f); h.signers = h.signers.map(f)
            h.jointIssuers = h.jointIssuers.map(f)
            d.header = h
        }
        if var i = imprint {
            i.copiesTo = i.copiesTo.map(f); i.printer = f(i.printer)
            d.imprint = i
        }
        return d
    }
}
