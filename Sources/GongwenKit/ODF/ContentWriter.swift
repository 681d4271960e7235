/// Writes `content.xml`: the document model as ODF paragraphs that use the style sheet's styles.
public enum ContentWriter {
    /// One grid character (字) in points as LibreOffice sets it: `PageGeometry.odfCharacterPoints`,
    /// the style sheet's rounding of 156/28 mm.
    public static let charPitch = PageGeometry.odfCharacterPoints
    /// One grid line in points (the style sheet's line height): `PageGeometry.odfLinePoints`, 28.95 pt,
    /// the ODF backend's twip rounding of 225/22 mm, 22 of which fill the block.
    static let lineHeight = PageGeometry.odfLinePoints
    /// The last paragraph of the text, kept with the signature after it (§7.3.5.5).
    static let textEnd = "GW_TextEnd"
    /// LibreOffice never splits a paragraph that keeps with the next one: when the two would stand on
    /// different pages it moves the whole paragraph over, even when only its last lines had to go,
    /// and leaves the foot of the page before it empty (a paragraph of 30 lines left a page with two
    /// lines and added a page). So only a last paragraph of up to a quarter page is kept; after a
    /// longer one `gongwen verify` still says when the signature stands alone.
    static let keptLines = 5
    /// An empty line between the text and the date, kept with what follows it.
    static let keptBlank = "GW_BlankKept"

    public static func write(_ document: Document) throws -> [UInt8] {
        let x = XMLStreamWriter()
        x.start("office:document-content")
        x.attribute("xmlns:office", ODF.office)
        x.attribute("xmlns:style", ODF.style)
        x.attribute("xmlns:text", ODF.text)
        x.attribute("xmlns:fo", ODF.fo)
        x.attribute("xmlns:draw", ODF.draw)
        x.attribute("xmlns:svg", ODF.svg)
        let tables = TableWriter.tables(document)
        if !tables.isEmpty || document.header?.jointIssuers.isEmpty == false { x.attribute("xmlns:table", ODF.table) }
        let images = document.signature.seal != nil || document.signature.stamp != nil || document.signature.joint.contains { $0.seal != nil }
        if images { x.attribute("xmlns:xlink", ODF.xlink) }
        x.attribute("office:version", ODF.version)
        let margins = SignatureLayout(document: document)
        // A 纪要 is not signed, and an attachment bound separately has no signature.
        let signed = document.format != .minutes && document.format != .attachment
        let end = signed ? lastParagraph(document.body, level: 1).flatMap { lines($0.text) <= keptLines ? $0.style : nil } : nil
        x.element("office:automatic-styles") {
            automaticStyle(x, name: "GW_SignatureLine", parent: "GW_Signature", marginRight: margins.signatureRight)
            automaticStyle(x, name: "GW_DateLine", parent: "GW_Date", marginRight: margins.dateRight)
            if signed {
                keptStyle(x, name: keptBlank, parent: "GW_Blank")
                if let end { keptStyle(x, name: textEnd, parent: end) }
            }
            if let header = document.header { HeaderWriter.automaticStyles(x, header) }
            if document.imprint != nil { ImprintWriter.automaticStyles(x) }
            if images { SealWriter.automaticStyles(x) }
            FormatWriter.automaticStyles(x, document)
            JointWriter.automaticStyles(x, document)
            if document.format == .letter { LetterWriter.automaticStyles(x, document) }
            TableWriter.automaticStyles(x, tables)
            LandscapeWriter.automaticStyles(x, document)
            // Declared only where a quotation mark needs it: other documents keep their bytes.
            var quotes = false
            _ = document.mapTexts { text in
                if !quotes && !LineBreaking.quotesInLatinRuns(text).isEmpty { quotes = true }
                return text
            }
            if quotes {
                x.element("style:style", ["style:name": XMLStreamWriter.chineseQuoteStyle, "style:family": "text"]) {
                    x.element("style:text-properties", ["fo:font-family": FontRole.body.official])
                }
            }
        }
        var tableIndex = 0
        x.start("office:body")
        x.start("office:text")
        if document.format == .attachment {
            // §7.3.7: the 发文字号 and 附件N 顶格 on line 1, the title on line 3, then the text.
            paragraph(x, style: document.landscape ? LandscapeWriter.headerLine : "GW_HeaderLine") { x.odfText(document.attachmentLabel ?? "") }
            paragraph(x, style: "GW_Blank")
            paragraph(x, style: "GW_AttachmentTitle") { writeTitleLines(x, document.title) }
            paragraph(x, style: "GW_Blank")
            writeBlocks(x, document.body, level: 1, tables: &tableIndex)
            x.end()
            x.end()
            x.end()
            return try x.finish()
        }
        switch (document.format, document.header) {
        case (.order, let header?):
            // No title: the text follows the 令号.
            FormatWriter.orderHeader(x, header)
        case (.letter, let header?):
            LetterWriter.header(x, header)
            writeFront(x, document)
        case (.minutes, let header?):
            FormatWriter.minutesHeader(x, document, header: header)
            writeFront(x, document)
        case (_, let header):
            if let header { HeaderWriter.write(x, header) }
            writeFront(x, document)
        }
        writeBlocks(x, document.body, level: 1, tables: &tableIndex, keepEnd: end != nil)
        writeBack(x, document)
        var turned = false
        for (i, attachment) in document.attachments.enumerated() where attachment.isBound {
            // Each attachment on pages of its own: 附件N on line 1, its title centred on line 3.
            let label = attachment.landscape ? LandscapeWriter.attachmentLabel : turned ? LandscapeWriter.attachmentLabelUpright : "GW_AttachmentLabel"
            turned = attachment.landscape
            paragraph(x, style: label) { x.odfText(document.attachments.count > 1 ? "附件\(i + 1)" : "附件") }
            paragraph(x, style: "GW_Blank")
            paragraph(x, style: "GW_AttachmentTitle") { writeTitleLines(x, attachment.title) }
            paragraph(x, style: "GW_Blank")
            writeBlocks(x, attachment.body, level: 1, tables: &tableIndex)
        }
        if let imprint = document.imprint {
            // After landscape pages the 版记 goes back to an upright page (§7.4 puts it on the last, even one).
            ImprintWriter.write(x, imprint, addressee: document.addressee, letter: document.format == .letter,
                                anchor: turned ? LandscapeWriter.imprintAnchor(document) : nil)
        }
        x.end()
        x.end()
        x.end()
        return try x.finish()
    }

    static func automaticStyle(_ x: XMLStreamWriter, name: String, parent: String, marginRight: Double) {
        x.element("style:style", ["style:name": name, "style:family": "paragraph", "style:parent-style-name": parent]) {
            x.element("style:paragraph-properties", ["fo:margin-right": points(marginRight * charPitch)])
        }
    }

    /// §7.3.5.5: the text is never left without its signature. A paragraph that keeps with the next
    /// one goes over to the next page with it when what follows does not fit under it (LibreOffice
    /// moves it whole, see `keptLines`).
    static func keptStyle(_ x: XMLStreamWriter, name: String, parent: String) {
        x.element("style:style", ["style:name": name, "style:family": "paragraph", "style:parent-style-name": parent]) {
            x.element("style:paragraph-properties", ["fo:keep-with-next": "always"])
        }
    }

    /// The text's last paragraph as `writeBlocks` writes it, its style and text; nil when the text
    /// ends in a table (its rows are not held to the signature) or is empty.
    static func lastParagraph(_ blocks: [Block], level: Int) -> (style: String, text: String)? {
        switch blocks.last {
        case .paragraph(let p)?: return ("GW_Body", inline(p))
        case .items(let items)?: return items.last.map { ("GW_Body", Numbering.ordinal(items.count) + $0) }
        case .section(let s)?:
            if !s.body.isEmpty { return lastParagraph(s.body, level: level + 1) }
            let index = blocks.filter { if case .section = $0 { true } else { false } }.count
            let heading = Numbering.heading(level: level, index: index) + s.heading
            return s.runIn.map { ("GW_Body", heading + inline($0)) } ?? ("GW_Heading\(level)", heading)
        case .table?, nil: return nil
        }
    }

    /// The lines a paragraph of the text fills: 28 characters a line, the first indented two.
    static func lines(_ text: String) -> Int {
        Int(((2 + TextWidth.units(text)) / 28).rounded(.up))
    }

    static func points(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return "\(rounded)pt"
    }

    static func paragraph(_ x: XMLStreamWriter, style: String, _ content: () -> Void = {}) {
        x.element("text:p", ["text:style-name": style], content: content)
    }

    static func writeFront(_ x: XMLStreamWriter, _ document: Document) {
        if document.header != nil {
            // The title stands two lines below the red separator.
            paragraph(x, style: "GW_Blank")
            paragraph(x, style: "GW_Blank")
        }
        paragraph(x, style: "GW_Title") { writeTitleLines(x, document.title) }
        paragraph(x, style: "GW_Blank")
        if let addressee = document.addressee, document.imprint?.showsAddressee != true {
            paragraph(x, style: "GW_Addressee") {
                x.bodyText(addressee.hasSuffix("：") ? addressee : addressee + "：")
            }
        }
    }

    static func writeTitleLines(_ x: XMLStreamWriter, _ title: String) {
        for (i, line) in TitleLines.split(title).enumerated() {
            if i > 0 { x.element("text:line-break") }
            x.odfText(line)
        }
    }

    /// `keepEnd`: the last paragraph takes `textEnd` (the one `lastParagraph` finds).
    static func writeBlocks(_ x: XMLStreamWriter, _ blocks: [Block], level: Int, tables: inout Int, keepEnd: Bool = false) {
        var headingIndex = 0
        for (b, block) in blocks.enumerated() {
            let last = keepEnd && b == blocks.count - 1
            switch block {
            case .paragraph(let p):
                paragraph(x, style: last ? textEnd : "GW_Body") { x.bodyText(inline(p)) }
            case .items(let items):
                for (i, item) in items.enumerated() {
                    paragraph(x, style: last && i == items.count - 1 ? textEnd : "GW_Body") { x.bodyText(Numbering.ordinal(i + 1) + item) }
                }
            case .section(let s):
                headingIndex += 1
                let number = Numbering.heading(level: level, index: headingIndex)
                // Under a heading with a body of its own, the text's last paragraph is in that body.
                let end = last && s.body.isEmpty
                if let runIn = s.runIn {
                    // The heading keeps its face, the text after it is body text (（一）标题。正文…).
                    paragraph(x, style: end ? textEnd : "GW_Body") {
                        x.element("text:span", ["text:style-name": headingSpanStyle(level)]) {
                            x.odfText(number + s.heading)
                        }
                        x.bodyText(inline(runIn))
                    }
                } else {
                    x.element("text:h", ["text:style-name": end ? textEnd : "GW_Heading\(level)", "text:outline-level": String(level)]) {
                        // Levels 3 and 4 print in the body's faces; 1 and 2 in 黑体 and 楷体, Latin text too.
                        if level >= 3 { x.bodyText(number + s.heading) } else { x.odfText(number + s.heading) }
                    }
                }
                writeBlocks(x, s.body, level: level + 1, tables: &tables, keepEnd: last)
            case .table(let t):
                tables += 1
                TableWriter.write(x, t, index: tables)
            }
        }
    }

    static func headingSpanStyle(_ level: Int) -> String {
        switch level {
        case 1: return "GW_Hei"
        case 2: return "GW_Kai"
        default: return "GW_Fang"
        }
    }

    /// Lead text followed by 一是…二是….
    static func inline(_ p: Paragraph) -> String {
        p.text + p.points.enumerated().map { Numbering.ordinal($0.offset + 1) + $0.element }.joined()
    }

    static func writeBack(_ x: XMLStreamWriter, _ document: Document) {
        // §7.3.4/§7.3.5: an empty line before the 附件说明 and before the signature; one switch governs both.
        let blank = document.signature.blankLineBefore
        if !document.attachments.isEmpty {
            // The 附件说明 stays with the signature (its style keeps with the next paragraph).
            if blank { paragraph(x, style: keptBlank) }
            for (i, name) in document.attachments.map(\.title).enumerated() {
                let number = document.attachments.count > 1 ? "\(i + 1). " : ""
                // The first line hangs 附件： to the left, so every name starts in the same column.
                paragraph(x, style: i == 0 ? "GW_AttachmentList" : "GW_AttachmentListMore") {
                    x.bodyText((i == 0 ? "附件：" : "") + number + name)
                }
            }
        }
        if document.format == .minutes {
            // A 纪要 is not signed: its issuer and date stand over the red separator.
            FormatWriter.attendance(x, document.attendance)
            writeNote(x, document)
            return
        }
        if document.signature.signerTitle != nil {
            FormatWriter.stampSignature(x, document)
            writeNote(x, document)
            return
        }
        if !document.signature.joint.isEmpty {
            JointWriter.signature(x, document, layout: SignatureLayout(document: document))
            writeNote(x, document)
            return
        }
        if blank { paragraph(x, style: keptBlank) }
        // §7.3.5.1: a seal reaches about two lines above the 署名; its top must stay within one line
        // of the text, so a sealed signature leaves two empty lines.
        if document.signature.sealed { paragraph(x, style: keptBlank) }
        paragraph(x, style: "GW_SignatureLine") {
            if let seal = document.signature.seal { SealWriter.frame(x, seal, date: document.date.chinese) }
            x.bodyText(document.signature.name)
        }
        paragraph(x, style: "GW_DateLine") { x.odfText(document.date.chinese) }
        writeNote(x, document)
    }

    /// 附注 (§7.3.6): the line after the date, in （ ）.
    static func writeNote(_ x: XMLStreamWriter, _ document: Document) {
        if let note = document.note {
            let wrapped = note.hasPrefix("（") ? note : "（" + note + "）"
            paragraph(x, style: "GW_Note") { x.bodyText(wrapped) }
        }
    }
}

/// Right indents of 署名 and 成文日期 in grid characters (GB/T 9704 §7.3.5).
public struct SignatureLayout: Equatable {
    public var signatureRight: Double
    public var dateRight: Double

    public init(signatureRight: Double, dateRight: Double) {
        self.signatureRight = signatureRight
        self.dateRight = dateRight
    }

    public init(document: Document) {
        // Joint 署名 are laid out by the longest of them.
        let s = ([document.signature.name] + document.signature.joint.map(\.name)).map(TextWidth.units).max() ?? 0
        let d = TextWidth.units(document.date.chinese)
        if document.signature.sealed {
            // Date 右空四字; the name centred over it.
            dateRight = 4
            signatureRight = max(0, 4 + (d - s) / 2)
        } else if s - d >= 2 {
            // Name 右空二字; the date starts two characters right of the name's first character.
            signatureRight = 2
            dateRight = s - d
        } else {
            // A date longer than the name: date 右空二字, the name moves left to keep the offset.
            dateRight = 2
            signatureRight = 4 - s + d
        }
    }
}

/// The seal image (§7.3.5.1): upright, centred on the date (右空四字) and the 署名 above it, which sit a
/// little below the seal's centre; pressed over the text, as a stamp is.
enum SealWriter {
    static let line = HeaderWriter.lineMillimetres
    /// One grid character, in millimetres (the standard's 156/28; see `PageGeometry.character`).
    static let character = PageGeometry.character

    static func automaticStyles(_ x: XMLStreamWriter) {
        x.element("style:style", ["style:name": "GW_SealFrame", "style:family": "graphic", "style:parent-style-name": "Frame"]) {
            x.element("style:graphic-properties", [
                "style:wrap": "run-through", "style:run-through": "foreground",
                "style:vertical-pos": "from-top", "style:vertical-rel": "paragraph",
                "style:horizontal-pos": "from-left", "style:horizontal-rel": "page-content",
                "fo:border": "none", "fo:padding": "0mm",
            ])
        }
    }

    /// The frame, anchored to the 署名 paragraph. The pair's middle (the top of the date line) sits
    /// 0.3 line below the seal's centre.
    static func frame(_ x: XMLStreamWriter, _ seal: SealImage, date: String) {
        let dateWidth = TextWidth.units(date) * character
        frame(x, seal, centreX: PageGeometry.a4.blockWidth - 4 * character - dateWidth / 2)
    }

    /// A seal centred `centreX` mm from the block's left edge, 0.7 line below its paragraph's top.
    static func frame(_ x: XMLStreamWriter, _ seal: SealImage, centreX: Double) {
        let centreY = 0.7 * line
        x.element("draw:frame", ["draw:style-name": "GW_SealFrame", "draw:name": seal.role == "seal" ? "印章" : "印章" + seal.role.dropFirst(4), "text:anchor-type": "paragraph",
                                 "svg:x": PageGeometry.mm(centreX - seal.widthMillimetres / 2), "svg:y": PageGeometry.mm(centreY - seal.heightMillimetres / 2),
                                 "svg:width": PageGeometry.mm(seal.widthMillimetres), "svg:height": PageGeometry.mm(seal.heightMillimetres), "draw:z-index": "0"]) {
            x.element("draw:image", ["xlink:href": seal.partName, "xlink:type": "simple", "xlink:show": "embed", "xlink:actuate": "onLoad"])
        }
    }
}
