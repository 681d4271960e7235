/// 版头 (GB/T 9704 §7.2): 份号, 密级, 紧急程度 top left; the red 发文机关标志 with its top 35 mm below
/// the block top; 发文字号 two lines below it, then the red separator 4 mm below the 文号.
enum HeaderWriter {
    /// One line as LibreOffice sets it: the fixed line height of every body paragraph
    /// (styles/gongwen.xml), 28.95 pt, the ODF backend's twip rounding of 225/22 mm
    /// (`PageGeometry.odfLine`). The mark is placed by the lines the page really has.
    static let lineMillimetres = PageGeometry.odfLine
    /// LibreOffice puts a fixed-height line's baseline at 80 % of its height whatever the face, so the
    /// mark's 45 pt line has its baseline 36 pt down: the 36 pt character box (one em above the
    /// baseline, where the yardstick measures the mark's top) starts exactly at the line's top.

    /// 份号, 密级, 紧急程度 from the block's first line; a 密级 stays on the second line even without a
    /// 份号 above it (§7.2.2), so an empty line holds the 份号's place.
    static func lines(_ header: Header) -> [String] {
        let copy = header.copyNumber ?? (header.secrecy != nil ? "" : nil)
        return [copy, header.secrecy, header.urgency].compactMap { $0 }
    }

    /// 份号, 密级, 紧急程度, one to a line, in 黑体 (every format that has them).
    static func writeLines(_ x: XMLStreamWriter, _ header: Header) {
        for line in lines(header) { ContentWriter.paragraph(x, style: "GW_HeaderLine") { x.odfText(line) } }
    }

    static func automaticStyles(_ x: XMLStreamWriter, _ header: Header) {
        let above = Double(lines(header).count) * lineMillimetres
        let margin = max(0, PageGeometry.markBelowBlockTop - above)
        markStyle(x, name: "GW_IssuerMarkAt", mark: header.mark, marginTop: margin)
        if !header.jointIssuers.isEmpty { JointWriter.automaticStyles(x, header, marginTop: margin) }
        if header.signers.count > 2 { JointWriter.signerStyles(x, header) }
    }

    /// The mark's paragraph, `marginTop` mm below what precedes it. A mark too long for one line at
    /// 36 pt gets the largest size that fits the block (its line 1.25 times that, so its top stays
    /// where a 36 pt mark's is).
    static func markStyle(_ x: XMLStreamWriter, name: String, mark: String, marginTop: Double) {
        x.element("style:style", ["style:name": name, "style:family": "paragraph", "style:parent-style-name": "GW_IssuerMark"]) {
            if let size = fittedMarkSize(mark) {
                x.element("style:paragraph-properties", ["fo:margin-top": PageGeometry.mm(marginTop), "fo:line-height": "\(size * 1.25)pt"])
                x.element("style:text-properties", ["fo:font-size": "\(size)pt", "style:font-size-asian": "\(size)pt"])
            } else {
                x.element("style:paragraph-properties", ["fo:margin-top": PageGeometry.mm(marginTop)])
            }
        }
    }

    /// nil when the mark fits the block's 156 mm at 36 pt; else the size, in tenths of a point, that does.
    static func fittedMarkSize(_ mark: String, at size: Double = 36) -> Double? {
        let units = TextWidth.units(mark)
        let block = PageGeometry.a4.blockWidth
        guard units * size * 25.4 / 72 > block else { return nil }
        return (block / (units * 25.4 / 72) * 10).rounded(.down) / 10
    }

    static func write(_ x: XMLStreamWriter, _ header: Header) {
        writeLines(x, header)
        let preprinted = header.letterhead == .preprinted
        // On preprinted paper the mark is already there: its line stays, empty, to keep the rest in place.
        if header.jointIssuers.isEmpty {
            ContentWriter.paragraph(x, style: "GW_IssuerMarkAt") { if !preprinted { x.odfText(header.mark) } }
        } else {
            JointWriter.mark(x, header, blank: preprinted)
        }
        // 发文字号 two lines below the mark (空二行, §7.2.5).
        ContentWriter.paragraph(x, style: "GW_Blank")
        ContentWriter.paragraph(x, style: "GW_Blank")
        if header.signers.count > 2 {
            JointWriter.signers(x, header, preprinted: preprinted)
        } else if header.signers.isEmpty {
            ContentWriter.paragraph(x, style: preprinted ? "GW_DocNumberPreprinted" : "GW_DocNumber") { x.odfText(header.number ?? "") }
        } else {
            // Upward documents: 文号 左空一字, 签发人 右空一字 on the same line, names in 楷体.
            ContentWriter.paragraph(x, style: preprinted ? "GW_DocNumberSignerPreprinted" : "GW_DocNumberSigner") {
                x.odfText(header.number ?? "")
                x.element("text:tab")
                x.odfText("签发人：")
                x.element("text:span", ["text:style-name": "GW_Kai"]) { x.odfText(header.signers.joined(separator: "　")) }
            }
        }
    }
}

/// 版记 (§7.4): 抄送 and 印发机关/印发日期 between rules, in a frame that sits on the block bottom of
/// the last page whatever the length of the text above it.
enum ImprintWriter {
    static func automaticStyles(_ x: XMLStreamWriter) {
        x.element("style:style", ["style:name": "GW_ImprintFrame", "style:family": "graphic", "style:parent-style-name": "Frame"]) {
            x.element("style:graphic-properties", [
                "style:wrap": "none", "style:vertical-pos": "bottom", "style:vertical-rel": "page-content",
                "style:horizontal-pos": "center", "style:horizontal-rel": "page-content",
                "fo:border": "none", "fo:padding": "0mm", "fo:background-color": "transparent", "fo:margin-top": "0mm", "fo:margin-bottom": "0mm",
            ])
        }
    }

    /// `letter`: §10.1's 版记, 主送 and 抄送 only, without rules, 印发机关 or 印发日期, on an anchor of
    /// its own (so the 文件 format's move to an even page, §7.4, leaves it alone).
    /// `anchor`: the anchor paragraph's style when it is not the usual one.
    static func write(_ x: XMLStreamWriter, _ imprint: Imprint, addressee: String?, letter: Bool = false, anchor: String? = nil) {
        let addressee = imprint.showsAddressee ? addressee : nil
        if letter && addressee == nil && imprint.copiesTo.isEmpty { return }
        ContentWriter.paragraph(x, style: anchor ?? (letter ? "GW_LetterImprintAnchor" : "GW_ImprintAnchor")) {
            x.element("draw:frame", ["draw:style-name": "GW_ImprintFrame", "draw:name": "版记", "text:anchor-type": "paragraph",
                                     "svg:width": PageGeometry.mm(PageGeometry.a4.blockWidth, places: 0), "draw:z-index": "0"]) {
                x.element("draw:text-box", ["fo:min-height": "10mm"]) {
                    if let addressee {
                        ContentWriter.paragraph(x, style: letter ? "GW_LetterImprint" : "GW_Imprint") { x.odfText("主送：" + addressee.trimmingSuffix("：") + "。") }
                    }
                    if !imprint.copiesTo.isEmpty {
                        ContentWriter.paragraph(x, style: letter ? "GW_LetterImprint" : addressee == nil ? "GW_Imprint" : "GW_ImprintFollowing") {
                            x.odfText("抄送：" + imprint.copiesTo.joined(separator: "，") + "。")
                        }
                    }
                    if letter { return }
                    let ruled = addressee != nil || !imprint.copiesTo.isEmpty
                    ContentWriter.paragraph(x, style: ruled ? "GW_ImprintLastInner" : "GW_ImprintLast") {
                        x.odfText(imprint.printer)
                        x.element("text:tab")
                        x.odfText(imprint.printDate.chinese + "印发")
                    }
                }
            }
        }
    }
}

extension String {
    func trimmingSuffix(_ suffix: String) -> String { hasSuffix(suffix) ? String(dropLast(suffix.count)) : self }
}
