
extension Interpreter {
    /// `attendance: {出席: [甲, 乙], 请假: 丙, 列席: …}`: a 纪要's lists, in the order written.
    func readAttendance(_ at: Located) -> [Attendance] {
        guard format == .minutes else {
            error("'attendance' (出席, 请假, 列席) belongs to a 纪要: add format: minutes", at)
            return []
        }
        guard let map = at.node.mapping else {
            error("'attendance' is a mapping of 出席, 请假 or 列席 to names", at)
            return []
        }
        var lists: [Attendance] = []
        for (k, v) in map {
            let key = Located(node: k, source: at.source)
            guard let label = k.string, ["出席", "请假", "列席"].contains(label) else {
                error("unknown list '\(k.string ?? "")' in attendance; expected 出席, 请假 or 列席", key)
                continue
            }
            printed.append(PrintedText(source: at.source, node: k, role: .heading1))
            let value = Located(node: v, source: at.source)
            // Names are joined with 、, as a 纪要 lists them.
            let names = v.sequence != nil ? strings(value, what: "name") : [text(value, what: "names")].compactMap { $0 }
            guard !names.isEmpty else { continue }
            let joined = names.count == 1 ? names[0] : join(names, separator: "、")
            lists.append(Attendance(label: label, names: joined))
        }
        return lists
    }

    /// Several registered texts as one, `separator` between them.
    func join(_ indices: [String], separator: String) -> String {
        var segments: [TextTemplate.Segment] = []
        for (i, index) in indices.enumerated() {
            if i > 0 { segments.append(.literal(separator)) }
            segments += texts[Int(index)!].segments
        }
        return register(TextTemplate(segments: segments, at: texts[Int(indices[0])!].at, finish: .plain))
    }

    /// What each format needs of the 版头 and the signature.
    func checkFormat(header: Header?, signature: Signature) {
        let root = Located(node: primary.root, source: primary)
        if let separateAt, header?.number == nil {
            error("an attachment bound separately opens with the document's 发文字号 (§7.3.7): give header: number:", separateAt)
        }
        switch format {
        case .order:
            if header?.mark.isEmpty != false || header?.number == nil {
                error("an order (format: order) needs header: with mark: (发文机关 + 命令 or 令) and number: (the 令号, 第12号)", field("header") ?? root)
            }
            if signature.signerTitle == nil {
                error("an order is signed by its 签发人 (§10.2): give signature: title: (职务) and stamp: (the 签名章 image) or name:", field("signature") ?? root)
            }
        case .minutes:
            if header?.mark.isEmpty != false {
                error("minutes (format: minutes) need header: with mark: (×××纪要)", field("header") ?? root)
            }
        case .letter:
            if header?.mark.isEmpty != false || header?.number == nil {
                error("a letter (format: letter) needs header: with mark: (the issuer's name) and number: (its 发文字号)", field("header") ?? root)
            }
        case .document, .attachment:
            break
        }
    }
}
