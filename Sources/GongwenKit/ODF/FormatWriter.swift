/// The special formats of §10: what differs from the 文件 format in the 版头 and at the end.
enum FormatWriter {
    static let character = SealWriter.character
    static let line = HeaderWriter.lineMillimetres

    static func automaticStyles(_ x: XMLStreamWriter, _ document: Document) {
        let above = Double(document.header.map { HeaderWriter.lines($0).count } ?? 0) * line
        switch document.format {
        case .order:
            // §10.2: the mark's top 20 mm below the block's top.
            HeaderWriter.markStyle(x, name: "GW_OrderMarkAt", mark: document.header?.mark ?? "", marginTop: max(0, PageGeometry.orderMarkBelowBlockTop - above))
        case .minutes:
            x.element("style:style", ["style:name": "GW_MinutesLine", "style:family": "paragraph", "style:parent-style-name": "GW_DocNumberSigner"]) {
                x.element("style:paragraph-properties", ["fo:keep-with-next": "always"])
            }
            // §10.3: 左空二字, the label and its colon, the names wrapping under the first name.
            x.element("style:style", ["style:name": "GW_Attendance", "style:family": "paragraph", "style:parent-style-name": "Standard"]) {
                x.element("style:paragraph-properties", ["fo:text-align": "justify", "fo:margin-left": ContentWriter.points(5 * ContentWriter.charPitch),
                                                         "fo:text-indent": ContentWriter.points(-3 * ContentWriter.charPitch)])
            }
        case .document, .letter, .attachment:
            break
        }
        if document.format != .document {
            x.element("style:style", ["style:name": "GW_CentredLine", "style:family": "paragraph", "style:parent-style-name": "Standard"]) {
                x.element("style:paragraph-properties", ["fo:text-align": "center", "fo:text-indent": "0pt"])
            }
        }
        if document.signature.signerTitle != nil {
            x.element("style:style", ["style:name": "GW_StampLine", "style:family": "paragraph", "style:parent-style-name": "GW_Signature"]) {
                x.element("style:paragraph-properties", ["fo:margin-right": PageGeometry.mm(stampRight(document.signature))])
            }
            ContentWriter.automaticStyle(x, name: "GW_StampDate", parent: "GW_Date", marginRight: 4)
        }
    }

    /// The 签名章's right edge is 右空四字; the title ends two characters left of it.
    static func stampRight(_ signature: Signature) -> Double {
        guard let stamp = signature.stamp else { return 4 * character }
        return 4 * character + stamp.widthMillimetres + 2 * character
    }

    /// 命令（令）: the red mark, the 令号 centred two lines below it, the text two lines below that.
    static func orderHeader(_ x: XMLStreamWriter, _ header: Header) {
        HeaderWriter.writeLines(x, header)
        ContentWriter.paragraph(x, style: "GW_OrderMarkAt") { x.odfText(header.mark) }
        ContentWriter.paragraph(x, style: "GW_Blank")
        ContentWriter.paragraph(x, style: "GW_Blank")
        ContentWriter.paragraph(x, style: "GW_CentredLine") { x.odfText(header.number ?? "") }
        ContentWriter.paragraph(x, style: "GW_Blank")
        ContentWriter.paragraph(x, style: "GW_Blank")
    }

    /// 纪要: the red mark 35 mm below the block's top (as a 文件's), the 期号 centred two lines
    /// below it, then the issuer and the date on one line over the red separator.
    static func minutesHeader(_ x: XMLStreamWriter, _ document: Document, header: Header) {
        HeaderWriter.writeLines(x, header)
        ContentWriter.paragraph(x, style: "GW_IssuerMarkAt") { x.odfText(header.mark) }
        ContentWriter.paragraph(x, style: "GW_Blank")
        ContentWriter.paragraph(x, style: "GW_Blank")
        if let number = header.number { ContentWriter.paragraph(x, style: "GW_CentredLine") { x.odfText(number) } }
        ContentWriter.paragraph(x, style: "GW_MinutesLine") {
            x.odfText(document.issuer)
            x.element("text:tab")
            x.odfText(document.date.chinese)
        }
    }

    /// 出席, 请假, 列席: one empty line below the text (or 附件说明), each its own paragraph.
    static func attendance(_ x: XMLStreamWriter, _ lists: [Attendance]) {
        guard !lists.isEmpty else { return }
        ContentWriter.paragraph(x, style: "GW_Blank")
        for list in lists {
            ContentWriter.paragraph(x, style: "GW_Attendance") {
                x.element("text:span", ["text:style-name": "GW_Hei"]) { x.odfText(list.label + "：") }
                x.odfText(list.names)
            }
        }
    }

    /// §7.3.5.3: two empty lines below the text, the 签名章 右空四字 with the signer's title two
    /// characters to its left, centred on it; the date one empty line below the stamp, 右空四字.
    /// A stamp taller than a line takes the lines it covers from neither gap.
    static func stampSignature(_ x: XMLStreamWriter, _ document: Document) {
        let signature = document.signature
        let overhang = signature.stamp.map { max(0, ($0.heightMillimetres - line) / 2) } ?? 0
        // An overhang of under a third of a line leaves the empty line still clear.
        let extra = max(0, Int(((overhang - line / 3) / line).rounded(.up)))
        // Every empty line keeps with the next: the text's last lines, stamp and date stay on one page.
        for _ in 0..<(2 + extra) { ContentWriter.paragraph(x, style: ContentWriter.keptBlank) }
        ContentWriter.paragraph(x, style: "GW_StampLine") {
            if let stamp = signature.stamp {
                x.element("draw:frame", ["draw:style-name": "GW_SealFrame", "draw:name": "签名章", "text:anchor-type": "paragraph",
                                         "svg:x": PageGeometry.mm(PageGeometry.a4.blockWidth - 4 * character - stamp.widthMillimetres), "svg:y": PageGeometry.mm((line - stamp.heightMillimetres) / 2),
                                         "svg:width": PageGeometry.mm(stamp.widthMillimetres), "svg:height": PageGeometry.mm(stamp.heightMillimetres), "draw:z-index": "0"]) {
                    x.element("draw:image", ["xlink:href": stamp.partName, "xlink:type": "simple", "xlink:show": "embed", "xlink:actuate": "onLoad"])
                }
                x.odfText(signature.signerTitle ?? "")
            } else {
                // No stamp image: the signer's name stands where the stamp would be.
                x.odfText((signature.signerTitle ?? "") + "　　")
                x.element("text:span", ["text:style-name": "GW_Kai"]) { x.odfText(signature.name) }
            }
        }
        for _ in 0..<(1 + extra) { ContentWriter.paragraph(x, style: ContentWriter.keptBlank) }
        ContentWriter.paragraph(x, style: "GW_StampDate") { x.odfText(document.date.chinese) }
    }
}
