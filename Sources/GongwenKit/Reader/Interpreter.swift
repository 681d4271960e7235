import Foundation
import Yams

/// Turns composed YAML nodes into the document model, filling placeholders and collecting every
/// error with its location instead of stopping at the first.
final class Interpreter {
    /// A node together with the file it was read from.
    struct Located {
        let node: Node
        let source: YAMLSource
        var location: SourceLocation { source.location(node) }
    }

    private struct Slot {
        let value: Value
        let key: Located
    }

    let unit: YAMLSource
    let template: YAMLSource?
    private(set) var diagnostics: [Diagnostic] = []
    private var values: [String: Slot] = [:]
    private var valueOrder: [String] = []
    /// The `values:` mapping as written, walked again only for the font check.
    private var valuesMapping: Node.Mapping?
    private var used: Set<String> = []
    private var missing: [(name: String, at: SourceLocation)] = []
    /// Compiling a template: every placeholder becomes a sentinel character that stands for slot N,
    /// filled per unit by `CompiledTemplate`.
    var compiling = false
    private(set) var slots: [(name: String, at: SourceLocation, role: FontRole)] = []
    /// Every text that prints, with the face it prints in: checked against the installed fonts.
    private(set) var printed: [PrintedText] = []
    /// name|role pairs of values already listed in `printed` (interpreter path).
    private var reportedValues: Set<String> = []
    /// Date texts that hold placeholders, parsed once the values are known.
    private(set) var deferredDates: [String: (text: String, at: SourceLocation)] = [:]

    init(unit: YAMLSource, template: YAMLSource?) {
        self.unit = unit
        self.template = template
    }

    func error(_ message: String, _ at: Located) { diagnostics.append(.error(message, at: at.location)) }

    // MARK: values

    func loadValues(key: Node, node: Node) {
        let located = Located(node: node, source: unit)
        guard let map = node.mapping else {
            if node.scalar?.string.isEmpty == false || node.sequence != nil {
                error("'values' must be a mapping of placeholder names to values", located)
            }
            return
        }
        valuesMapping = map
        for (k, v) in map {
            guard let name = k.string, !name.isEmpty else { continue }
            guard let scalar = v.scalar else {
                error("value '\(name)' must be a single number, text or date, not a \(kind(v))", Located(node: v, source: unit))
                continue
            }
            values[name] = Slot(value: Value(scalar: scalar), key: Located(node: k, source: unit))
            valueOrder.append(name)
        }
    }

    /// The unit's values with the place of each key, in the form `CompiledTemplate` fills from.
    var valueTable: [String: (value: Value, key: SourceLocation)] {
        values.mapValues { ($0.value, $0.key.location) }
    }

    /// The unit's text values that hold characters beyond Western text (numbers and dates print in
    /// faces that have them), each with every role the template prints it in.
    func printedValues(roles: [String: [FontRole]]) -> [PrintedText] {
        var out: [PrintedText] = []
        for (key, value) in valuesMapping ?? [:] {
            guard let text = value.scalar?.string, text.utf8.contains(where: { $0 >= 0xE2 }), let name = key.string else { continue }
            for role in roles[name] ?? [] { out.append(PrintedText(source: unit, node: value, role: role)) }
        }
        return out
    }

    func checkPlaceholders(valuesKey: Node?) {
        let unused = template == nil ? [] : valueOrder.filter { !used.contains($0) }.compactMap { name in
            values[name].map { (name: name, key: $0.key.location) }
        }
        diagnostics += Placeholders.report(missing: missing, unused: unused, valuesKey: valuesKey.map { unit.location($0) }, unitPath: unit.path)
    }

    // MARK: text

    /// The text of a scalar: placeholders filled, typography applied, XML-illegal characters refused.
    func text(_ at: Located, what: String, role: FontRole = .body) -> String? {
        guard let scalar = at.node.scalar else {
            error("\(what) must be text, not a \(kind(at.node))", at)
            return nil
        }
        printed.append(PrintedText(source: at.source, node: at.node, role: role))
        var filled = ""
        for piece in Placeholders.pieces(of: scalar.string) {
            switch piece {
            case .literal(let s): filled += s
            case .placeholder(let p):
                if compiling {
                    filled.unicodeScalars.append(CompiledTemplate.sentinel(slots.count))
                    slots.append((p.name, at.source.location(of: p.token, in: at.node), role))
                } else if let slot = values[p.name] {
                    used.insert(p.name)
                    if reportedValues.insert("\(p.name)|\(role.rawValue)").inserted, let node = valuesMapping?[Node(p.name)] {
                        printed.append(PrintedText(source: unit, node: node, role: role))
                    }
                    filled += slot.value.description
                } else if at.source.path == unit.path && template == nil {
                    error("placeholder '\(p.token)' in a document without a template", at)
                } else {
                    missing.append((p.name, at.source.location(of: p.token, in: at.node)))
                    filled += p.token
                }
            }
        }
        if let bad = filled.unicodeScalars.first(where: { !XMLText.isAllowed($0) }) {
            let code = String(format: "U+%04X", bad.value)
            error("\(what) holds the control character \(code), which an ODF (XML) file cannot store; remove it", at)
            return nil
        }
        let typeset = Punctuation.normalize(filled.trimmingSpaces())
        if !typeset.changes.isEmpty {
            let counts = Dictionary(grouping: typeset.changes, by: { $0 }).map { "\($0.key)" + ($0.value.count > 1 ? " ×\($0.value.count)" : "") }
            diagnostics.append(.note("typography: " + counts.sorted().joined(separator: ", "), at: at.location))
        }
        return typeset.text
    }

    func kind(_ node: Node) -> String {
        switch node {
        case .scalar: return "single value"
        case .mapping: return "mapping"
        case .sequence: return "list"
        default: return "alias"
        }
    }

    // MARK: document

    /// A top-level field: the unit's own key wins over the template's.
    func field(_ name: String) -> Located? {
        if let value = unit.root.mapping?.first(where: { $0.key.string == name })?.value {
            return Located(node: value, source: unit)
        }
        if let template, let value = template.root.mapping?.first(where: { $0.key.string == name })?.value {
            return Located(node: value, source: template)
        }
        return nil
    }

    func required(_ name: String) -> Located? {
        if let f = field(name) { return f }
        let root = Located(node: unit.root, source: unit)
        error("missing required key '\(name)'" + (template != nil ? " (in the unit file or its template)" : ""), root)
        return nil
    }

    func document() -> Document? {
        if let template {
            guard let map = template.root.mapping else {
                error("a template must be a mapping with title:, body: and the other document keys", Located(node: template.root, source: template))
                return nil
            }
            for (key, _) in map {
                if let name = key.string, !DocumentReader.documentKeys.contains(name) {
                    error("unknown key '\(name)' in a template" + DocumentReader.suggestion(for: name, among: DocumentReader.documentKeys),
                          Located(node: key, source: template))
                }
            }
        }
        let title = required("title").flatMap { text($0, what: "title", role: .title) }
        let issuer = required("issuer").flatMap { text($0, what: "issuer") }
        var date: OfficialDate?
        if let d = required("date"), let s = text(d, what: "date") {
            date = parseDate(s, at: d, key: "date")
        }
        let addressee = field("addressee").flatMap { text($0, what: "addressee") }
        let body = required("body").map { blocks($0, depth: 0) } ?? []
        let signature = signature(default: issuer ?? "")
        let attachments = field("attachments").map(readAttachments) ?? []
        let note = field("note").flatMap { text($0, what: "note") }
        let header = field("header").flatMap { readHeader($0, issuer: issuer ?? "") }
        let imprint = field("imprint").flatMap(readImprint)
        guard let title, let issuer, let date else { return nil }
        if title.isEmpty { error("the title is empty", field("title")!) }
        return Document(title: title, issuer: issuer, date: date, addressee: addressee?.isEmpty == true ? nil : addressee,
                        body: body, signature: signature, attachments: attachments, note: note,
                        header: header, imprint: imprint, values: values.mapValues(\.value))
    }

    func signature(default name: String) -> Signature {
        guard let at = field("signature") else { return Signature(name: name) }
        if at.node.scalar != nil {
            return Signature(name: text(at, what: "signature") ?? name)
        }
        guard let map = at.node.mapping else {
            error("'signature' must be a name or a mapping with name:, sealed:, seal:, blank-line:", at)
            return Signature(name: name)
        }
        var result = Signature(name: name)
        for (k, v) in map {
            let value = Located(node: v, source: at.source)
            switch k.string ?? "" {
            case "name": result.name = text(value, what: "signature name") ?? name
            case "sealed": result.sealed = flag(value, what: "sealed")
            case "blank-line": result.blankLineBefore = flag(value, what: "blank-line")
            case "seal":
                guard let name = value.node.scalar?.string, !name.isEmpty else {
                    error("'seal' must name a PNG or SVG file", value)
                    continue
                }
                switch SealLoader.load(name, namedIn: value.source.path) {
                case .success(let image): result.seal = image
                case .failure(let failure): error(failure.message, value)
                }
            case let other:
                error("unknown key '\(other)' in signature" + DocumentReader.suggestion(for: other, among: ["name", "sealed", "seal", "blank-line"]),
                      Located(node: k, source: at.source))
            }
        }
        result.sealed = result.sealed || result.seal != nil
        return result
    }

    /// The entries of a mapping, each with its key checked against `allowed`.
    func entries(_ at: Located, what: String, allowed: [String]) -> [String: Located]? {
        guard let map = at.node.mapping else {
            error("'\(what)' must be a mapping with " + allowed.map { $0 + ":" }.joined(separator: ", "), at)
            return nil
        }
        var result: [String: Located] = [:]
        for (k, v) in map {
            let name = k.string ?? ""
            if allowed.contains(name) { result[name] = Located(node: v, source: at.source) } else {
                error("unknown key '\(name)' in \(what)" + DocumentReader.suggestion(for: name, among: allowed), Located(node: k, source: at.source))
            }
        }
        return result
    }

    /// A written form's outcome: the mended text with a note, or an error where the text cannot be guessed.
    func written(_ outcome: WrittenForms.Outcome, _ at: Located, what: String) -> String? {
        switch outcome {
        case .ok(let text): return text
        case .mended(let text, let changes):
            diagnostics.append(.note("\(what): " + changes.joined(separator: ", ") + " → '\(text)'", at: at.location))
            return text
        case .wrong(let message):
            error(message, at)
            return nil
        }
    }

    func readHeader(_ at: Located, issuer: String) -> Header? {
        let keys = ["copy-number", "secrecy", "urgency", "mark", "number", "signer", "letterhead"]
        guard let e = entries(at, what: "header", allowed: keys) else { return nil }
        var header = Header(mark: e["mark"].flatMap { text($0, what: "mark", role: .title) } ?? issuer + "文件")
        header.copyNumber = e["copy-number"].flatMap { text($0, what: "copy-number", role: .heading1) }
        if let n = header.copyNumber, !(n.count == 6 && n.allSatisfy(\.isNumber)) {
            error("份号 (copy-number) is six digits, such as \"000001\"; quote it to keep the zeros", e["copy-number"]!)
        }
        header.secrecy = e["secrecy"].flatMap { text($0, what: "secrecy", role: .heading1) }
        header.urgency = e["urgency"].flatMap { text($0, what: "urgency", role: .heading1) }
        if let numberAt = e["number"], let number = text(numberAt, what: "number") {
            header.number = CompiledTemplate.hasSentinel(number) ? number : written(WrittenForms.documentNumber(number), numberAt, what: "发文字号")
        }
        if let letterhead = e["letterhead"] {
            switch letterhead.node.scalar?.string {
            case "digital": header.letterhead = .digital
            case "preprinted": header.letterhead = .preprinted
            default: error("letterhead is 'digital' (red 版头 drawn) or 'preprinted' (paper with the red 版头 printed on it)", letterhead)
            }
        }
        if let signer = e["signer"] {
            header.signers = signer.node.sequence != nil ? strings(signer, what: "signer", role: .heading2) : [text(signer, what: "signer", role: .heading2)].compactMap { $0 }
        }
        return header
    }

    func readImprint(_ at: Located) -> Imprint? {
        guard let e = entries(at, what: "imprint", allowed: ["cc", "printer", "date", "addressee"]) else { return nil }
        var cc: [String] = []
        if let ccAt = e["cc"] {
            let items = ccAt.node.sequence.map { $0.map { Located(node: $0, source: ccAt.source) } } ?? [ccAt]
            // The 版记 ends the list with 。 itself (§7.4.2).
            cc = items.compactMap { item in text(item, what: "cc").flatMap { written(WrittenForms.withoutClosingPunctuation($0), item, what: "抄送") } }
        }
        let addresseeInImprint = e["addressee"].map { flag($0, what: "addressee") } ?? false
        guard let printerAt = e["printer"], let printer = text(printerAt, what: "printer") else {
            error("imprint needs printer: (印发机关)", at)
            return nil
        }
        guard let dateAt = e["date"], let s = text(dateAt, what: "date") else {
            error("imprint needs date: (印发日期)", at)
            return nil
        }
        guard let date = parseDate(s, at: dateAt, key: "imprint.date") else { return nil }
        return Imprint(copiesTo: cc, printer: printer, printDate: date, showsAddressee: addresseeInImprint)
    }

    func readAttachments(_ at: Located) -> [Attachment] {
        guard let seq = at.node.sequence else {
            error("attachments must be a list", at)
            return []
        }
        return seq.compactMap { node in
            let item = Located(node: node, source: at.source)
            // §7.3.4: no punctuation after a name in the 附件说明.
            if node.scalar != nil {
                return text(item, what: "attachment").flatMap { written(WrittenForms.withoutClosingPunctuation($0), item, what: "附件说明") }.map { Attachment(title: $0) }
            }
            guard let e = entries(item, what: "an attachment", allowed: ["title", "body"]),
                  let titleAt = e["title"], let raw = text(titleAt, what: "attachment title", role: e["body"] == nil ? .body : .title),
                  let title = written(WrittenForms.withoutClosingPunctuation(raw), titleAt, what: "附件说明") else { return nil }
            return Attachment(title: title, body: e["body"].map { blocks($0, depth: 0) } ?? [])
        }
    }

    func parseDate(_ text: String, at: Located, key: String) -> OfficialDate? {
        if compiling && CompiledTemplate.hasSentinel(text) {
            deferredDates[key] = (text, at.location)
            return OfficialDate(year: 1970, month: 1, day: 1)
        }
        guard let date = OfficialDate(parsing: text) else {
            error("'\(text)' is not a date; write it as 2023-07-10", at)
            return nil
        }
        // §7.3.5.4: the year in full; '23-7-10' cannot be told from the year 23.
        guard OfficialDate.hasFullYear(text) else {
            error("the year of '\(text)' is written in full, such as 2023-07-10 (§7.3.5.4)", at)
            return nil
        }
        return date
    }

    func flag(_ at: Located, what: String) -> Bool {
        guard let s = at.node.scalar?.string, ["true", "false"].contains(s) else {
            error("'\(what)' must be true or false", at)
            return false
        }
        return s == "true"
    }

    func strings(_ at: Located, what: String, role: FontRole = .body) -> [String] {
        guard let seq = at.node.sequence else {
            error("\(what)s must be a list", at)
            return []
        }
        return seq.compactMap { text(Located(node: $0, source: at.source), what: what, role: role) }
    }

    func blocks(_ at: Located, depth: Int) -> [Block] {
        guard let seq = at.node.sequence else {
            error("'body' must be a list of paragraphs and headings", at)
            return []
        }
        return seq.compactMap { block(Located(node: $0, source: at.source), depth: depth) }
    }

    static let sectionKeys = ["heading", "text", "points", "body"]
    static let paragraphKeys = ["text", "points"]

    func block(_ at: Located, depth: Int) -> Block? {
        if at.node.scalar != nil {
            return text(at, what: "a paragraph").map { .paragraph(Paragraph(text: $0)) }
        }
        guard let map = at.node.mapping else {
            error("a body entry must be a paragraph (text) or a mapping with heading:, points: or items:", at)
            return nil
        }
        func value(_ key: String) -> Located? {
            map.first(where: { $0.key.string == key }).map { Located(node: $0.value, source: at.source) }
        }
        let keys = map.keys.compactMap(\.string)
        if keys.contains("heading") {
            return section(at, map: map, depth: depth + 1, value: value)
        }
        if keys.contains("items") {
            for k in map.keys where k.string != "items" {
                error("'items' stands alone; '\(k.string ?? "")' does not belong with it", Located(node: k, source: at.source))
            }
            return value("items").map { .items(strings($0, what: "item")) }
        }
        for k in map.keys where !Self.paragraphKeys.contains(k.string ?? "") {
            let name = k.string ?? ""
            let hint = name.unicodeScalars.contains { $0.value >= 0x2E80 }
                ? "; text that ends in ':' reads as a key in YAML: quote it or write '：'"
                : DocumentReader.suggestion(for: name, among: Self.sectionKeys + ["items"])
            error("unknown key '\(name)' in a paragraph" + hint,
                  Located(node: k, source: at.source))
        }
        return .paragraph(paragraph(value))
    }

    func paragraph(_ value: (String) -> Located?) -> Paragraph {
        let lead = value("text").flatMap { text($0, what: "text") } ?? ""
        let points = value("points").map { strings($0, what: "point") } ?? []
        return Paragraph(text: lead, points: points)
    }

    func section(_ at: Located, map: Node.Mapping, depth: Int, value: (String) -> Located?) -> Block? {
        if depth > 4 {
            error("headings nest four levels deep at most (一、 （一） 1. （1）); this one would be level \(depth)", at)
            return nil
        }
        for k in map.keys where !Self.sectionKeys.contains(k.string ?? "") {
            let name = k.string ?? ""
            error("unknown key '\(name)' in a heading" + DocumentReader.suggestion(for: name, among: Self.sectionKeys),
                  Located(node: k, source: at.source))
        }
        let role: FontRole = depth == 1 ? .heading1 : depth == 2 ? .heading2 : .body
        guard let headingAt = value("heading"), let heading = text(headingAt, what: "heading", role: role) else { return nil }
        if let first = heading.first, "一二三四五六七八九十（(".contains(first),
           heading.dropFirst().prefix(3).contains(where: { "、）)".contains($0) }) {
            diagnostics.append(.warning("the heading seems to carry its own number; gongwen numbers headings itself", at: headingAt.location))
        }
        let runIn = (value("text") != nil || value("points") != nil) ? paragraph(value) : nil
        let body = value("body").map { blocks($0, depth: depth) } ?? []
        var title = heading
        if runIn != nil, let last = heading.last, !"。！？：；".contains(last) {
            // A heading that runs into its paragraph ends with a full stop: （一）标题。正文…
            title += "。"
            diagnostics.append(.note("typography: '。' added after a heading that runs into its text", at: headingAt.location))
        }
        return .section(Section(heading: title, runIn: runIn, body: body))
    }
}
