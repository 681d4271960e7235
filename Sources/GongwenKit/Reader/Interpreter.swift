import Foundation

/// Turns composed YAML nodes into a `CompiledDocument`: the document's structure, with every text
/// kept as a `TextTemplate` (literal pieces and placeholder slots). Errors of structure are
/// collected with their locations; everything that depends on a text's final wording waits for
/// the values (`CompiledDocument.instantiate`). Every unit goes this one way: a template shared by
/// many units is compiled once, a unit that overrides keys or has no template is compiled alone.
final class Interpreter {
    /// A node together with the file it was read from.
    struct Located {
        let node: YAMLNode
        let source: YAMLSource
        var location: SourceLocation { source.location(node) }
    }

    /// The source whose keys count, and the template that gives the keys it leaves out.
    let primary: YAMLSource
    let fallback: YAMLSource?
    /// Whether `{{名称}}` is a slot; in a document without a template it is an error.
    let placeholdersAllowed: Bool
    let policy: SourcePolicy
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var texts: [TextTemplate] = []
    /// A placeholder where the template uses it (a struct: see `UnitValues.Named`).
    struct Slot {
        let name: String
        let at: SourceLocation
        let role: FontRole
    }

    private(set) var slots: [Slot] = []
    /// Every text that prints, with the face it prints in: checked against the installed fonts.
    var printed: [PrintedText] = []
    /// Indices of the date texts, by key.
    private(set) var dateTexts: [String: Int] = [:]
    /// The first attachment bound separately, where it says so: it needs the document's 发文字号.
    var separateAt: Located?
    /// The standard's format the document is laid out in (`format:`).
    var format: Document.Format = .document
    /// Tables made one row per unit (`rows: units`), where each is declared.
    var unitTables: [SourceLocation] = []
    /// What the template declares each placeholder holds (`fields:`).
    var fields: [String: FieldDeclaration] = [:]

    /// Dates are texts until the values are known; the skeleton holds this meanwhile.
    static let unsetDate = OfficialDate(year: 1970, month: 1, day: 1)!

    init(primary: YAMLSource, fallback: YAMLSource?, placeholdersAllowed: Bool, policy: SourcePolicy) {
        self.primary = primary
        self.fallback = fallback
        self.placeholdersAllowed = placeholdersAllowed
        self.policy = policy
    }

    func error(_ message: String, _ at: Located) { diagnostics.append(.error(message, at: at.location)) }

    // MARK: text

    /// A text of the source, registered as a template; the document holds its index until the
    /// values are filled in. nil when the node is not text.
    func text(_ at: Located, what: String, role: FontRole = .body, finish: TextTemplate.Finish = .plain) -> String? {
        guard let scalar = at.node.scalar else {
            error("\(what) must be text, not a \(kind(at.node))", at)
            return nil
        }
        printed.append(PrintedText(source: at.source, node: at.node, role: role))
        var segments: [TextTemplate.Segment] = []
        var cursor: YAMLSource.Cursor?
        for piece in Placeholders.pieces(of: scalar.string) {
            switch piece {
            case .literal(let s):
                segments.append(.literal(s))
            case .placeholder(let p):
                guard placeholdersAllowed else {
                    error("placeholder '\(p.token)' in a document without a template", at)
                    segments.append(.literal(p.token))
                    continue
                }
                if cursor == nil { cursor = at.source.cursor(at: at.node) }
                let place = at.source.find(p.token, from: &cursor!) ?? at.location
                segments.append(.slot(slots.count))
                slots.append(Slot(name: p.name, at: place, role: role))
            }
        }
        for case .literal(let s) in segments {
            if let bad = s.firstNonXMLScalar {
                error(String(format: "\(what) holds the control character U+%04X, which an ODF (XML) file cannot store; remove it", bad.value), at)
                return nil
            }
        }
        return register(TextTemplate(segments: segments, at: at.location, finish: finish))
    }

    func register(_ template: TextTemplate) -> String {
        texts.append(template)
        return String(texts.count - 1)
    }

    func kind(_ node: YAMLNode) -> String {
        switch node {
        case .scalar: return "single value"
        case .mapping: return "mapping"
        case .sequence: return "list"
        }
    }

    // MARK: document

    /// A top-level field: the primary source's key wins over the template's.
    func field(_ name: String) -> Located? {
        for source in [primary] + (fallback.map { [$0] } ?? []) {
            if let value = source.root.mapping?.first(where: { $0.key.string == name })?.value {
                return Located(node: value, source: source)
            }
        }
        return nil
    }

    func required(_ name: String) -> Located? {
        if let f = field(name) { return f }
        let root = Located(node: primary.root, source: primary)
        error("missing required key '\(name)'" + (fallback != nil ? " (in the unit file or its template)" : ""), root)
        return nil
    }

    /// The document's skeleton: every text field holds the index of its `TextTemplate`.
    func document() -> Document? {
        let placeholderDate = Self.unsetDate
        if let formatAt = field("format") {
            if let word = formatAt.node.scalar?.string, let chosen = Document.Format(rawValue: word), chosen != .attachment {
                format = chosen
            } else {
                error("format is document (the default), letter (信函, §10.1), order (命令/令, §10.2) or minutes (纪要, §10.3)", formatAt)
            }
        }
        let title = required("title").flatMap { text($0, what: "title", role: .title, finish: .title) }
        let issuerAt = required("issuer")
        let issuer = issuerAt.flatMap { text($0, what: "issuer") }
        var hasDate = false
        if let d = required("date"), let index = text(d, what: "date", finish: .date(key: "date")) {
            dateTexts["date"] = Int(index)
            hasDate = true
        }
        let addressee = field("addressee").flatMap { text($0, what: "addressee") }
        let body = required("body").map { blocks($0, depth: 0) } ?? []
        let signature = signature(default: issuer ?? "")
        let attachments = field("attachments").map(readAttachments) ?? []
        let note = field("note").flatMap { text($0, what: "note") }
        let header = field("header").flatMap { readHeader($0, issuer: issuer) }
        let imprint = field("imprint").flatMap(readImprint)
        fields = field("fields").map(readFields) ?? [:]
        let attendance = field("attendance").map(readAttendance) ?? []
        checkFormat(header: header, signature: signature)
        guard let title, let issuer, hasDate else { return nil }
        var document = Document(title: title, issuer: issuer, date: placeholderDate, addressee: addressee,
                                body: body, signature: signature, attachments: attachments, note: note,
                                header: header, imprint: imprint)
        document.format = format
        document.attendance = attendance
        return document
    }

    func signature(default name: String) -> Signature {
        guard let at = field("signature") else { return Signature(name: name) }
        if at.node.scalar != nil {
            return Signature(name: text(at, what: "signature") ?? name)
        }
        guard let map = at.node.mapping else {
            error("'signature' must be a name or a mapping with name:, sealed:, seal:, blank-line:, title:, stamp:", at)
            return Signature(name: name)
        }
        var result = Signature(name: name)
        var jointSeals: [SealImage?] = []
        var jointSealsAt: Located?
        for (k, v) in map {
            let value = Located(node: v, source: at.source)
            switch k.string ?? "" {
            case "name": result.name = text(value, what: "signature name") ?? name
            case "sealed": result.sealed = flag(value, what: "sealed")
            case "blank-line": result.blankLineBefore = flag(value, what: "blank-line")
            case "title": result.signerTitle = text(value, what: "signer's title")
            case "names":
                // 联合行文: every issuer's 署名, 主办机关 first.
                let names = strings(value, what: "name")
                result.joint = names.map { Signature.Signer(name: $0) }
                if let first = names.first { result.name = first }
            case "seals":
                guard let list = value.node.sequence else {
                    error("'seals' is a list of seal images, one per name in names:", value)
                    continue
                }
                jointSeals = list.map { node -> SealImage? in
                    let item = Located(node: node, source: value.source)
                    guard let name = node.scalar?.string, !name.isEmpty else {
                        error("each seal is a PNG or SVG file", item)
                        return nil
                    }
                    switch SealLoader.load(name, namedIn: value.source.path, policy: policy) {
                    case .success(let image): return image
                    case .failure(let failure): error(failure.message, item); return nil
                    }
                }
                jointSealsAt = value
            case "stamp":
                guard let name = value.node.scalar?.string, !name.isEmpty else {
                    error("'stamp' must name a PNG or SVG file (the 签名章)", value)
                    continue
                }
                switch SealLoader.load(name, namedIn: value.source.path, policy: policy, width: 30, role: "stamp") {
                case .success(let image): result.stamp = image
                case .failure(let failure): error(failure.message, value)
                }
            case "seal":
                guard let name = value.node.scalar?.string, !name.isEmpty else {
                    error("'seal' must name a PNG or SVG file", value)
                    continue
                }
                switch SealLoader.load(name, namedIn: value.source.path, policy: policy) {
                case .success(let image): result.seal = image
                case .failure(let failure): error(failure.message, value)
                }
            case let other:
                error("unknown key '\(other)' in signature" + DocumentReader.suggestion(for: other, among: ["name", "sealed", "seal", "blank-line", "title", "stamp", "names", "seals"]),
                      Located(node: k, source: at.source))
            }
        }
        if let jointSealsAt {
            guard jointSeals.count == result.joint.count else {
                error("seals: gives \(jointSeals.count) seal(s) for \(result.joint.count) name(s) in names:; one seal per issuer", jointSealsAt)
                return result
            }
            for (i, seal) in jointSeals.enumerated() {
                var image = seal
                image?.role = "seal\(i + 1)"
                result.joint[i].seal = image
            }
            result.sealed = true
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

    func readHeader(_ at: Located, issuer: String?) -> Header? {
        let keys = ["copy-number", "secrecy", "urgency", "mark", "number", "signer", "letterhead"]
        guard let e = entries(at, what: "header", allowed: keys) else { return nil }
        var joint: [String] = []
        var mark: String?
        if let markAt = e["mark"] {
            if markAt.node.sequence != nil {
                // 联合行文: the issuers' names; 文件 goes to their right.
                joint = strings(markAt, what: "mark", role: .title)
                if joint.count < 2 { error("a joint mark lists two issuers or more (主办机关 first); one issuer is written mark: 名称文件", markAt) }
                mark = register(TextTemplate(segments: [], at: markAt.location, finish: .plain))
            } else {
                mark = text(markAt, what: "mark", role: .title)
            }
        }
        if mark == nil, format == .document, let issuer, let index = Int(issuer) {
            // The default 发文机关标志: the issuer's own text and 文件.
            var derived = texts[index]
            derived.segments.append(.literal("文件"))
            derived.finish = .plain
            derived.quiet = true
            mark = register(derived)
        }
        var header = Header(mark: mark ?? "")
        header.jointIssuers = joint
        header.copyNumber = e["copy-number"].flatMap { text($0, what: "copy-number", role: .heading1, finish: .copyNumber) }
        header.secrecy = e["secrecy"].flatMap { text($0, what: "secrecy", role: .heading1) }
        header.urgency = e["urgency"].flatMap { text($0, what: "urgency", role: .heading1) }
        // A 令号 (第12号) or a 纪要's 期号 is not a 发文字号: it is printed as written.
        header.number = e["number"].flatMap { text($0, what: "number", finish: format == .document || format == .letter ? .documentNumber : .plain) }
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
            cc = items.compactMap { text($0, what: "cc", finish: .listName(what: "抄送")) }
        }
        let addresseeInImprint = e["addressee"].map { flag($0, what: "addressee") } ?? false
        if format == .letter {
            // §10.1: a 信函's 版记 has neither 印发机关 nor 印发日期.
            for key in ["printer", "date"] where e[key] != nil {
                diagnostics.append(.warning("a letter's 版记 carries no \(key == "printer" ? "印发机关" : "印发日期") (§10.1); it is left out", at: e[key]!.location))
            }
            // Every text of the skeleton is a registered one, this empty one too.
            let none = register(TextTemplate(segments: [], at: at.location, finish: .plain))
            return Imprint(copiesTo: cc, printer: none, printDate: Self.unsetDate, showsAddressee: addresseeInImprint)
        }
        guard let printerAt = e["printer"], let printer = text(printerAt, what: "printer") else {
            error("imprint needs printer: (印发机关)", at)
            return nil
        }
        guard let dateAt = e["date"], let index = text(dateAt, what: "date", finish: .date(key: "imprint.date")) else {
            error("imprint needs date: (印发日期)", at)
            return nil
        }
        dateTexts["imprint.date"] = Int(index)
        return Imprint(copiesTo: cc, printer: printer, printDate: Self.unsetDate, showsAddressee: addresseeInImprint)
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
                return text(item, what: "attachment", finish: .listName(what: "附件说明")).map { Attachment(title: $0) }
            }
            guard let e = entries(item, what: "an attachment", allowed: ["title", "body", "separate", "landscape"]),
                  let titleAt = e["title"],
                  let title = text(titleAt, what: "attachment title", role: e["body"] == nil ? .body : .title, finish: .listName(what: "附件说明"))
            else { return nil }
            let separate = e["separate"].map { flag($0, what: "separate") } ?? false
            if separate && e["body"] == nil {
                error("'separate' prints an attachment as a document of its own: give it body:", e["separate"]!)
            }
            if separate { separateAt = e["separate"] }
            let landscape = e["landscape"].map { flag($0, what: "landscape") } ?? false
            if landscape && e["body"] == nil {
                error("'landscape' turns an attachment's pages (§8): give it body:", e["landscape"]!)
            }
            return Attachment(title: title, body: e["body"].map { blocks($0, depth: 0) } ?? [], separate: separate, landscape: landscape)
        }
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
            warnIfNestedItem(at)
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
        if keys.contains("table") {
            for k in map.keys where k.string != "table" {
                error("'table' stands alone; '\(k.string ?? "")' does not belong with it", Located(node: k, source: at.source))
            }
            return value("table").flatMap(table)
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

    /// `- 甲` followed by a more indented `- 乙` is one plain scalar "甲 - 乙" in YAML, not two
    /// paragraphs: say so where the second dash stands.
    func warnIfNestedItem(_ at: Located) {
        guard let scalar = at.node.scalar, scalar.style == .plain || scalar.style == .any, scalar.string.contains(" - "),
              let line = at.node.mark?.line else { return }
        var cursor = at.source.cursor(at: at.node)
        guard let dash = at.source.find("- ", from: &cursor, maxLines: 50), dash.line > line else { return }
        diagnostics.append(.warning("this '- ' is indented under the paragraph above and joins its text; "
                                    + "indent it like that paragraph's '- ' to make a paragraph of its own", at: dash))
    }

    func paragraph(_ value: (String) -> Located?) -> Paragraph {
        let lead = value("text").flatMap { text($0, what: "text") } ?? register(TextTemplate(segments: [], at: primary.location(primary.root), finish: .plain))
        let points = value("points").map { strings($0, what: "point") } ?? []
        return Paragraph(text: lead, points: points)
    }

    func section(_ at: Located, map: YAMLNode.Mapping, depth: Int, value: (String) -> Located?) -> Block? {
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
        let runs = value("text") != nil || value("points") != nil
        guard let headingAt = value("heading"), let heading = text(headingAt, what: "heading", role: role, finish: .heading(runIn: runs)) else { return nil }
        let runIn = runs ? paragraph(value) : nil
        let body = value("body").map { blocks($0, depth: depth) } ?? []
        return .section(Section(heading: heading, runIn: runIn, body: body))
    }
}
