/// The 版头's styles: the red 发文机关标志 placed by the lines this backend sets.
enum HeaderWriter {
    /// One line as LibreOffice sets it: the fixed line height of every body paragraph
    /// (styles/gongwen.xml), 28.95 pt, the ODF backend's twip rounding of 225/22 mm
    /// (`PageGeometry.odfLine`). The mark is placed by the lines the page really has.
    static let lineMillimetres = PageGeometry.odfLine
    /// LibreOffice puts a fixed-height line's baseline at 80 % of its height whatever the face, so the
    /// mark's 45 pt line has its baseline 36 pt down: the 36 pt character box (one em above the
    /// baseline, where the yardstick measures the mark's top) starts exactly at the line's top.

    /// The space above the mark's paragraph that puts its top `top` mm below the block's top, under
    /// the 份号, 密级, 紧急程度 lines before it.
    static func marginAbove(_ header: ComposedHeader, top: Double) -> Double {
        max(0, top - Double(header.lines.count) * lineMillimetres)
    }

    static func automaticStyles(_ x: XMLStreamWriter, _ header: ComposedHeader) {
        // Every document with a 版头 declares the 文件 format's mark style (a 命令's stays unused, as
        // its bytes always had it); a 命令's own follows in FormatWriter.
        let margin = marginAbove(header, top: PageGeometry.markBelowBlockTop)
        markStyle(x, name: "GW_IssuerMarkAt", size: header.markSize, marginTop: margin)
        if let joint = header.joint { JointWriter.automaticStyles(x, joint, marginTop: margin) }
        if !header.signerRows.isEmpty { JointWriter.signerStyles(x, header) }
    }

    /// The mark's paragraph, `marginTop` mm below what precedes it. A mark shrunk to fit the block
    /// gets its size, its line 1.25 times that, so its top stays where a 36 pt mark's is.
    static func markStyle(_ x: XMLStreamWriter, name: String, size: Double?, marginTop: Double) {
        x.element("style:style", ["style:name": name, "style:family": "paragraph", "style:parent-style-name": "GW_IssuerMark"]) {
            if let size {
                x.element("style:paragraph-properties", ["fo:margin-top": PageGeometry.mm(marginTop), "fo:line-height": "\(size * 1.25)pt"])
                x.element("style:text-properties", ["fo:font-size": "\(size)pt", "style:font-size-asian": "\(size)pt"])
            } else {
                x.element("style:paragraph-properties", ["fo:margin-top": PageGeometry.mm(marginTop)])
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

    /// A letter's 版记 (§10.1: 主送 and 抄送, without rules) has an anchor of its own, so the 文件
    /// format's move to an even page (§7.4) leaves it alone.
    static func write(_ x: XMLStreamWriter, _ imprint: ComposedImprint) {
        let letter = imprint.letter
        let anchor = imprint.afterTurnedPages
            ? (letter ? LandscapeWriter.letterImprintAnchorUpright : LandscapeWriter.imprintAnchorUpright)
            : (letter ? "GW_LetterImprintAnchor" : "GW_ImprintAnchor")
        ContentWriter.paragraph(x, style: anchor) {
            x.element("draw:frame", ["draw:style-name": "GW_ImprintFrame", "draw:name": "版记", "text:anchor-type": "paragraph",
                                     "svg:width": PageGeometry.mm(PageGeometry.a4.blockWidth, places: 0), "draw:z-index": "0"]) {
                x.element("draw:text-box", ["fo:min-height": "10mm"]) {
                    if let addressee = imprint.addressee {
                        ContentWriter.paragraph(x, style: letter ? "GW_LetterImprint" : "GW_Imprint") { x.odfText(addressee) }
                    }
                    if let copies = imprint.copies {
                        ContentWriter.paragraph(x, style: letter ? "GW_LetterImprint" : imprint.addressee == nil ? "GW_Imprint" : "GW_ImprintFollowing") {
                            x.odfText(copies)
                        }
                    }
                    guard let printer = imprint.printer else { return }
                    let ruled = imprint.addressee != nil || imprint.copies != nil
                    ContentWriter.paragraph(x, style: ruled ? "GW_ImprintLastInner" : "GW_ImprintLast") {
                        x.odfText(printer.organ)
                        x.element("text:tab")
                        x.odfText(printer.date)
                    }
                }
            }
        }
    }
}
