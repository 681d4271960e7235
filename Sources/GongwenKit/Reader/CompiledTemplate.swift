import Foundation

/// A template interpreted once: the document with a sentinel character wherever a placeholder
/// stands. Thousands of units then only parse their values and fill the slots, instead of walking
/// the template's YAML again.
final class CompiledTemplate: @unchecked Sendable {
    /// Plane 15 private use: never typed in an official document.
    static let sentinelBase: UInt32 = 0xF0000

    static func sentinel(_ index: Int) -> Unicode.Scalar { Unicode.Scalar(sentinelBase + UInt32(index))! }
    static func hasSentinel(_ text: String) -> Bool { text.utf8.contains(0xF3) }

    let source: YAMLSource
    let document: Document?
    let diagnostics: [Diagnostic]
    let slots: [(name: String, at: SourceLocation, role: FontRole)]
    /// The template's own texts (values are reported where the unit gives them).
    let printed: [PrintedText]
    /// Each placeholder with every role it prints in.
    let slotRoles: [String: [FontRole]]
    let deferredDates: [String: (text: String, at: SourceLocation)]

    init(_ template: YAMLSource) {
        source = template
        let interpreter = Interpreter(unit: template, template: nil)
        interpreter.compiling = true
        var extra: [Diagnostic] = []
        if let map = template.root.mapping {
            for (key, _) in map {
                if let name = key.string, !DocumentReader.documentKeys.contains(name) {
                    extra.append(.error("unknown key '\(name)' in a template" + DocumentReader.suggestion(for: name, among: DocumentReader.documentKeys),
                                        at: template.location(key)))
                }
            }
        } else {
            extra.append(.error("a template must be a mapping with title:, body: and the other document keys", at: template.location(template.root)))
        }
        let document = extra.isEmpty ? interpreter.document() : nil
        diagnostics = extra + interpreter.diagnostics
        self.document = diagnostics.contains { $0.severity == .error } ? nil : document
        slots = interpreter.slots
        printed = interpreter.printed
        var roles: [String: [FontRole]] = [:]
        for slot in interpreter.slots where !(roles[slot.name]?.contains(slot.role) ?? false) { roles[slot.name, default: []].append(slot.role) }
        slotRoles = roles
        deferredDates = interpreter.deferredDates
    }

    /// The unit's document: slots filled with its values. Errors name the unit file (its `values:`)
    /// and, in a note, where the template uses the placeholder.
    func instantiate(unit: YAMLSource, values: [String: (value: Value, key: SourceLocation)], valuesKey: SourceLocation?) -> (Document?, [Diagnostic]) {
        var diagnostics = self.diagnostics
        guard var document else { return (nil, diagnostics) }
        var filler: [String?] = []
        filler.reserveCapacity(slots.count)
        var used = Set<String>(), missing: [(String, SourceLocation)] = []
        var text: [String: String] = [:]
        for (name, value) in values {
            let s = value.value.description
            if let bad = s.unicodeScalars.first(where: { !XMLText.isAllowed($0) }) {
                diagnostics.append(.error(String(format: "value '\(name)' holds the control character U+%04X, which an ODF (XML) file cannot store; remove it", bad.value), at: value.key))
            }
            text[name] = s
        }
        // One dictionary lookup per distinct name: hashing Chinese strings is not free.
        var byName: [String: String?] = [:]
        for slot in slots {
            let value: String?
            if let known = byName[slot.name] { value = known } else {
                value = text[slot.name]
                byName[slot.name] = .some(value)
                if value != nil { used.insert(slot.name) }
            }
            filler.append(value)
            if value == nil { missing.append((slot.name, slot.at)) }
        }
        let unused = values.filter { !used.contains($0.key) }.map { (name: $0.key, key: $0.value.key) }
            .sorted { ($0.key.line, $0.key.column) < ($1.key.line, $1.key.column) }
        diagnostics += Placeholders.report(missing: missing, unused: unused, valuesKey: valuesKey, unitPath: unit.path)
        if diagnostics.contains(where: { $0.severity == .error }) { return (nil, diagnostics) }

        func fill(_ s: String) -> String {
            guard CompiledTemplate.hasSentinel(s) else { return s }
            // Sentinels are four UTF-8 bytes F3 B0..BF xx xx (U+F0000 + index); copy the rest as bytes.
            var out: [UInt8] = []
            out.reserveCapacity(s.utf8.count + 64)
            var utf8 = s.utf8[...]
            while let lead = utf8.firstIndex(of: 0xF3) {
                out.append(contentsOf: utf8[..<lead])
                let bytes = Array(utf8[lead...].prefix(4))
                let scalar = (UInt32(bytes[0] & 0x07) << 18) | (UInt32(bytes[1] & 0x3F) << 12) | (UInt32(bytes[2] & 0x3F) << 6) | UInt32(bytes[3] & 0x3F)
                let index = Int(scalar) - Int(CompiledTemplate.sentinelBase)
                if index >= 0 && index < filler.count, let value = filler[index] { out.append(contentsOf: value.utf8) } else { out.append(contentsOf: bytes) }
                utf8 = utf8[utf8.index(lead, offsetBy: 4)...]
            }
            out.append(contentsOf: utf8)
            // A value may bring half-width punctuation next to Chinese text.
            return Punctuation.normalize(String(decoding: out, as: UTF8.self)).text
        }
        document = document.mapTexts(fill)
        for (key, deferred) in deferredDates {
            let filled = fill(deferred.text)
            guard let date = OfficialDate(parsing: filled) else {
                diagnostics.append(.error("'\(filled)' is not a date; write it as 2023-07-10", at: deferred.at))
                continue
            }
            guard OfficialDate.hasFullYear(filled) else {
                diagnostics.append(.error("the year of '\(filled)' is written in full, such as 2023-07-10 (§7.3.5.4)", at: deferred.at))
                continue
            }
            if key == "date" { document.date = date } else { document.imprint?.printDate = date }
        }
        if diagnostics.contains(where: { $0.severity == .error }) { return (nil, diagnostics) }
        document.values = values.mapValues(\.value)
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
                }
            }
        }
        var d = self
        d.title = f(title)
        d.issuer = f(issuer)
        d.addressee = addressee.map(f)
        d.body = blocks(body)
        d.signature.name = f(signature.name)
        d.attachments = attachments.map { Attachment(title: f($0.title), body: blocks($0.body)) }
        d.note = note.map(f)
        if var h = header {
            h.copyNumber = h.copyNumber.map(f); h.secrecy = h.secrecy.map(f); h.urgency = h.urgency.map(f)
            h.mark = f(h.mark); h.number = h.number.map(f); h.signers = h.signers.map(f)
            d.header = h
        }
        if var i = imprint {
            i.copiesTo = i.copiesTo.map(f); i.printer = f(i.printer)
            d.imprint = i
        }
        return d
    }
}
