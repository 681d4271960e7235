/// Writes `content.xml`: the composed document (`Composer`) spelled as ODF paragraphs that use the
/// style sheet's styles.
public enum ContentWriter {
    /// One grid character (字) in points as LibreOffice sets it: `PageGeometry.odfCharacterPoints`,
    /// the style sheet's rounding of 156/28 mm.
    public static let charPitch = PageGeometry.odfCharacterPoints
    /// One grid line in points (the style sheet's line height): `PageGeometry.odfLinePoints`, 28.95 pt,
    /// the ODF backend's twip rounding of 225/22 mm, 22 of which fill the block.
    static let lineHeight = PageGeometry.odfLinePoints
    /// The last paragraph of the text, kept with the signature after it (§7.3.5.5).
    static let textEnd = "GW_TextEnd"
    /// An empty line between the text and the date, kept with what follows it.
    static let keptBlank = "GW_BlankKept"

    public static func write(_ document: Document) throws -> [UInt8] {
        try write(Composer.compose(document), document: document)
    }

    /// Spells `composed` in ODF. `document` is read only for what the ODF backend itself needs
    /// (whether a quotation mark needs the Chinese face set on it).
    static func write(_ composed: ComposedDocument, document: Document) throws -> [UInt8] {
        let x = XMLStreamWriter()
        x.start("office:document-content")
        x.attribute("xmlns:office", ODF.office)
        x.attribute("xmlns:style", ODF.style)
        x.attribute("xmlns:text", ODF.text)
        x.attribute("xmlns:fo", ODF.fo)
        x.attribute("xmlns:draw", ODF.draw)
        x.attribute("xmlns:svg", ODF.svg)
        let tables = composed.tables
        if !tables.isEmpty || composed.header?.joint != nil { x.attribute("xmlns:table", ODF.table) }
        if composed.hasImages { x.attribute("xmlns:xlink", ODF.xlink) }
        x.attribute("office:version", ODF.version)
        x.element("office:automatic-styles") {
            automaticStyle(x, name: "GW_SignatureLine", parent: "GW_Signature", marginRight: composed.signature.signatureRight)
            automaticStyle(x, name: "GW_DateLine", parent: "GW_Date", marginRight: composed.signature.dateRight)
            if composed.signed {
                keptStyle(x, name: keptBlank, parent: "GW_Blank")
                if let end = composed.keptEnd { keptStyle(x, name: textEnd, parent: style(end.role, format: composed.format)) }
            }
            if let header = composed.header { HeaderWriter.automaticStyles(x, header) }
            // Declared for every document with a 版记, a letter's without 主送 or 抄送 (so none printed) too.
            if document.imprint != nil { ImprintWriter.automaticStyles(x) }
            if composed.hasImages { SealWriter.automaticStyles(x) }
            FormatWriter.automaticStyles(x, composed)
            JointWriter.automaticStyles(x, composed)
            if composed.format == .letter { LetterWriter.automaticStyles(x, composed.header) }
            TableWriter.automaticStyles(x, tables)
            LandscapeWriter.automaticStyles(x, composed)
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
        x.start("office:body")
        x.start("office:text")
        for block in composed.blocks {
            switch block {
            case .paragraph(let p): paragraph(x, p, format: composed.format)
            case .table(let t): TableWriter.write(x, t.table, index: t.index)
            case .jointMark(let blank): if let header = composed.header { JointWriter.mark(x, header, blank: blank) }
            case .letterHead(let mark): LetterWriter.header(x, mark: mark)
            case .imprint(let imprint): ImprintWriter.write(x, imprint)
            }
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
    /// moves it whole, see `Composer.keptLines`).
    static func keptStyle(_ x: XMLStreamWriter, name: String, parent: String) {
        x.element("style:style", ["style:name": name, "style:family": "paragraph", "style:parent-style-name": parent]) {
            x.element("style:paragraph-properties", ["fo:keep-with-next": "always"])
        }
    }

    static func points(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return "\(rounded)pt"
    }

    static func paragraph(_ x: XMLStreamWriter, style: String, _ content: () -> Void = {}) {
        x.element("text:p", ["text:style-name": style], content: content)
    }

    /// The style sheet's paragraph style for a role (an automatic one where the document needs its own).
    static func style(_ role: ComposedParagraph.Role, format: Document.Format) -> String {
        switch role {
        case .blank: return "GW_Blank"
        case .headerLine(.toLandscape): return LandscapeWriter.headerLine
        case .headerLine: return "GW_HeaderLine"
        case .issuerMark: return format == .order ? "GW_OrderMarkAt" : "GW_IssuerMarkAt"
        case .docNumber(let preprinted): return preprinted ? "GW_DocNumberPreprinted" : "GW_DocNumber"
        case .docNumberSigner(let preprinted): return preprinted ? "GW_DocNumberSignerPreprinted" : "GW_DocNumberSigner"
        case .signerRow(let last): return last ? "GW_SignerRowLast" : "GW_SignerRow"
        case .letterFirstLine: return "GW_LetterFirstLine"
        case .centred: return "GW_CentredLine"
        case .minutesLine: return "GW_MinutesLine"
        case .title: return "GW_Title"
        case .addressee: return "GW_Addressee"
        case .body: return "GW_Body"
        case .heading(let level): return "GW_Heading\(level)"
        case .attachmentList(let first): return first ? "GW_AttachmentList" : "GW_AttachmentListMore"
        case .signature: return "GW_SignatureLine"
        case .date: return "GW_DateLine"
        case .jointNames: return "GW_JointNames"
        case .stamp: return "GW_StampLine"
        case .stampDate: return "GW_StampDate"
        case .attendance: return "GW_Attendance"
        case .note: return "GW_Note"
        case .attachmentLabel(.toLandscape): return LandscapeWriter.attachmentLabel
        case .attachmentLabel(.backUpright): return LandscapeWriter.attachmentLabelUpright
        case .attachmentLabel(.none): return "GW_AttachmentLabel"
        case .attachmentTitle: return "GW_AttachmentTitle"
        }
    }

    /// A text span's style for a face.
    static func spanStyle(_ face: FontRole) -> String {
        switch face {
        case .heading1: return "GW_Hei"
        case .heading2: return "GW_Kai"
        case .body, .title: return "GW_Fang"
        }
    }

    static func paragraph(_ x: XMLStreamWriter, _ p: ComposedParagraph, format: Document.Format) {
        var style = style(p.role, format: format)
        if p.keptWithNext { style = p.role == .blank ? keptBlank : textEnd }
        if case .heading(let level) = p.role {
            x.element("text:h", ["text:style-name": style, "text:outline-level": String(level)]) { runs(x, p.runs) }
        } else {
            paragraph(x, style: style) { runs(x, p.runs) }
        }
    }

    static func runs(_ x: XMLStreamWriter, _ runs: [Run]) {
        for run in runs {
            switch run {
            case .text(let s): x.odfText(s)
            case .prose(let s): x.bodyText(s)
            case .face(let s, let face): x.element("text:span", ["text:style-name": spanStyle(face)]) { x.odfText(s) }
            case .tab: x.element("text:tab")
            case .lineBreak: x.element("text:line-break")
            case .image(let place): SealWriter.frame(x, place)
            }
        }
    }
}

/// Seal and 签名章 images (§7.3.5.1, §7.3.5.3), where the composition places them; pressed over the
/// text, as a stamp is.
enum SealWriter {
    /// One line as LibreOffice sets it (`PageGeometry.odfLine`).
    static let line = PageGeometry.odfLine

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

    /// An image anchored to its paragraph, placed as the composition says (its centre's line in
    /// the lines this backend sets).
    static func frame(_ x: XMLStreamWriter, _ place: PlacedImage) {
        let seal = place.image
        x.element("draw:frame", ["draw:style-name": "GW_SealFrame", "draw:name": place.name, "text:anchor-type": "paragraph",
                                 "svg:x": PageGeometry.mm(place.left), "svg:y": PageGeometry.mm(place.centreLine * line - seal.heightMillimetres / 2),
                                 "svg:width": PageGeometry.mm(seal.widthMillimetres), "svg:height": PageGeometry.mm(seal.heightMillimetres), "draw:z-index": "0"]) {
            x.element("draw:image", ["xlink:href": seal.partName, "xlink:type": "simple", "xlink:show": "embed", "xlink:actuate": "onLoad"])
        }
    }
}
