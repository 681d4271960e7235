/// The styles of the special formats of §10 (命令, 纪要) and of the 签名章 signature.
enum FormatWriter {

    static func automaticStyles(_ x: XMLStreamWriter, _ composed: ComposedDocument) {
        switch composed.format {
        case .order:
            // §10.2: the mark's top 20 mm below the block's top.
            HeaderWriter.markStyle(x, name: "GW_OrderMarkAt", size: composed.header?.markSize,
                                   marginTop: composed.header.map { HeaderWriter.marginAbove($0, top: $0.markTop) } ?? PageGeometry.orderMarkBelowBlockTop)
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
        if composed.format != .document {
            x.element("style:style", ["style:name": "GW_CentredLine", "style:family": "paragraph", "style:parent-style-name": "Standard"]) {
                x.element("style:paragraph-properties", ["fo:text-align": "center", "fo:text-indent": "0pt"])
            }
        }
        if let titleRight = composed.stampTitleRight {
            x.element("style:style", ["style:name": "GW_StampLine", "style:family": "paragraph", "style:parent-style-name": "GW_Signature"]) {
                x.element("style:paragraph-properties", ["fo:margin-right": PageGeometry.mm(titleRight)])
            }
            ContentWriter.automaticStyle(x, name: "GW_StampDate", parent: "GW_Date", marginRight: 4)
        }
    }
}
