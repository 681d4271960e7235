/// From the model to a composed document: GB/T 9704's rules of what stands where, for every format.
public enum Composer {
    /// A last paragraph of the text of up to this many lines is kept on the page of the signature
    /// (§7.3.5.5, the text never left without its signature). A longer one is not: a backend that
    /// moves a kept paragraph whole (LibreOffice does) would leave most of a page empty before it;
    /// after a longer one `gongwen verify` says when the signature stands alone.
    public static let keptLines = 5

    public static func compose(_ document: Document) -> ComposedDocument {
        // A 纪要 is not signed, and an attachment bound separately has no signature.
        let signed = document.format != .minutes && document.format != .attachment
        let signature = document.signature
        var composed = ComposedDocument(
            format: document.format, blocks: [], signature: SignatureLayout(document: document), signed: signed,
            header: document.header.map { HeaderComposition.compose($0, format: document.format) },
            jointSealCentres: signature.sealed && !signature.joint.isEmpty
                ? Set(SignatureComposition.sealCentres(names: signature.joint.map(\.name), date: document.date.chinese).map(\.x)).sorted() : [],
            stampTitleRight: signature.signerTitle != nil ? SignatureComposition.stampTitleRight(signature) : nil,
            turnsPages: document.format == .attachment ? document.landscape : document.attachments.contains { $0.landscape && $0.isBound },
            hasImages: signature.seal != nil || signature.stamp != nil || signature.joint.contains { $0.seal != nil })
        var blocks = Blocks()
        if document.format == .attachment {
            // §7.3.7: the 发文字号 and 附件N 顶格 on line 1, the title on line 3, then the text.
            blocks.add(.headerLine(document.landscape ? .toLandscape : .none), [.text(document.attachmentLabel ?? "")])
            blocks.add(.blank)
            blocks.add(.attachmentTitle, titleLines(document.title))
            blocks.add(.blank)
            blocks.text(document.body, level: 1, width: document.landscape ? PageGeometry.landscape.blockWidth : PageGeometry.a4.blockWidth)
            composed.blocks = blocks.list
            return composed
        }
        if let header = document.header {
            HeaderComposition.blocks(&blocks, header, document: document)
        }
        // A 命令 has no title: its text follows the 令号.
        if !(document.format == .order && document.header != nil) { front(&blocks, document) }
        let textStart = blocks.list.count
        blocks.text(document.body, level: 1, width: PageGeometry.a4.blockWidth)
        // The text's last paragraph stays with the signature when it is short enough.
        if signed, blocks.list.count > textStart, case .paragraph(var last) = blocks.list[blocks.list.count - 1],
           last.role.isText, lines(last.text) <= keptLines {
            last.keptWithNext = true
            blocks.list[blocks.list.count - 1] = .paragraph(last)
        }
        SignatureComposition.back(&blocks, document)
        var turned = false
        for (i, attachment) in document.attachments.enumerated() where attachment.isBound {
            // Each attachment on pages of its own: 附件N on line 1, its title centred on line 3.
            let turn: ComposedParagraph.Turn = attachment.landscape ? .toLandscape : turned ? .backUpright : .none
            turned = attachment.landscape
            blocks.add(.attachmentLabel(turn), [.text(document.attachments.count > 1 ? "附件\(i + 1)" : "附件")])
            blocks.add(.blank)
            blocks.add(.attachmentTitle, titleLines(attachment.title))
            blocks.add(.blank)
            blocks.text(attachment.body, level: 1, width: attachment.landscape ? PageGeometry.landscape.blockWidth : PageGeometry.a4.blockWidth)
        }
        if let imprint = document.imprint {
            let letter = document.format == .letter
            let addressee = imprint.showsAddressee ? document.addressee : nil
            // A letter's 版记 has 主送 and 抄送 only; with neither there is none.
            if !(letter && addressee == nil && imprint.copiesTo.isEmpty) {
                // After landscape pages the 版记 goes back to an upright page (§7.4 puts it on the last, even one).
                blocks.list.append(.imprint(ComposedImprint(
                    addressee: addressee.map { "主送：" + $0.trimmingSuffix("：") + "。" },
                    copies: imprint.copiesTo.isEmpty ? nil : "抄送：" + imprint.copiesTo.joined(separator: "，") + "。",
                    printer: letter ? nil : (imprint.printer, imprint.printDate.chinese + "印发"),
                    letter: letter, afterTurnedPages: turned)))
            }
        }
        composed.blocks = blocks.list
        return composed
    }

    /// The title, two lines below the red separator when there is a 版头; one empty line; the 主送机关.
    static func front(_ blocks: inout Blocks, _ document: Document) {
        if document.header != nil {
            blocks.add(.blank)
            blocks.add(.blank)
        }
        blocks.add(.title, titleLines(document.title))
        blocks.add(.blank)
        if let addressee = document.addressee, document.imprint?.showsAddressee != true {
            blocks.add(.addressee, [.prose(addressee.hasSuffix("：") ? addressee : addressee + "：")])
        }
    }

    /// A title in lines split between words (`TitleLines`).
    static func titleLines(_ title: String) -> [Run] {
        var runs: [Run] = []
        for (i, line) in TitleLines.split(title).enumerated() {
            if i > 0 { runs.append(.lineBreak) }
            runs.append(.text(line))
        }
        return runs
    }

    /// The lines a paragraph of the text fills: 28 characters a line, the first indented two.
    public static func lines(_ text: String) -> Int {
        Int(((2 + TextWidth.units(text)) / Double(PageGeometry.charactersPerLine)).rounded(.up))
    }

    /// Lead text followed by 一是…二是….
    public static func inline(_ p: Paragraph) -> String {
        p.text + p.points.enumerated().map { Numbering.ordinal($0.offset + 1) + $0.element }.joined()
    }

    /// The blocks composed so far, and the count of tables among them.
    struct Blocks {
        var list: [ComposedBlock] = []
        var tables = 0

        mutating func add(_ role: ComposedParagraph.Role, _ runs: [Run] = [], kept: Bool = false) {
            list.append(.paragraph(ComposedParagraph(role, runs, kept: kept)))
        }

        /// The text: paragraphs, 一是… points, numbered headings (run in or on their own line), tables.
        mutating func text(_ blocks: [Block], level: Int, width: Double) {
            var headingIndex = 0
            for block in blocks {
                switch block {
                case .paragraph(let p):
                    add(.body, [.prose(Composer.inline(p))])
                case .items(let items):
                    for (i, item) in items.enumerated() { add(.body, [.prose(Numbering.ordinal(i + 1) + item)]) }
                case .section(let s):
                    headingIndex += 1
                    let heading = Numbering.heading(level: level, index: headingIndex) + s.heading
                    if let runIn = s.runIn {
                        // The heading keeps its face, the text after it is body text (（一）标题。正文…).
                        add(.body, [.face(heading, Self.headingFace(level)), .prose(Composer.inline(runIn))])
                    } else {
                        // Levels 3 and 4 print in the body's faces; 1 and 2 in 黑体 and 楷体, Latin text too.
                        add(.heading(level), [level >= 3 ? .prose(heading) : .text(heading)])
                    }
                    text(s.body, level: level + 1, width: width)
                case .table(let t):
                    tables += 1
                    list.append(.table(ComposedTable(table: t, index: tables, width: width)))
                }
            }
        }

        /// A run-in heading's face: 黑体 for level 1, 楷体 for level 2, the body's below.
        static func headingFace(_ level: Int) -> FontRole {
            switch level {
            case 1: return .heading1
            case 2: return .heading2
            default: return .body
            }
        }
    }
}

extension String {
    func trimmingSuffix(_ suffix: String) -> String { hasSuffix(suffix) ? String(dropLast(suffix.count)) : self }
}
