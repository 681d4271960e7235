/// 联合行文 in ODF: the joint issuers' mark as a borderless table (names in one column, spread to one
/// width; 文件 in the other, spanning the rows), the 签发人 rows' tab stops, and the tab stops that
/// centre each joint 署名 on its seal.
enum JointWriter {
    static func automaticStyles(_ x: XMLStreamWriter, _ joint: ComposedHeader.JointMark, marginTop: Double) {
        let size = joint.size
        x.element("style:style", ["style:name": "GW_JointMark", "style:family": "table"]) {
            x.element("style:table-properties", ["style:width": PageGeometry.mm(joint.namesWidth + joint.wordWidth), "table:align": "center", "fo:margin-top": PageGeometry.mm(marginTop), "fo:margin-bottom": "0mm"])
        }
        x.element("style:style", ["style:name": "GW_JointMark.A", "style:family": "table-column"]) {
            x.element("style:table-column-properties", ["style:column-width": PageGeometry.mm(joint.namesWidth)])
        }
        x.element("style:style", ["style:name": "GW_JointMark.B", "style:family": "table-column"]) {
            x.element("style:table-column-properties", ["style:column-width": PageGeometry.mm(joint.wordWidth)])
        }
        x.element("style:style", ["style:name": "GW_JointMarkCell", "style:family": "table-cell"]) {
            x.element("style:table-cell-properties", ["fo:border": "none", "fo:padding": "0mm", "style:vertical-align": "middle"])
        }
        // Names of different lengths are spread to one width, as joint marks are printed.
        for (name, spread) in [("GW_JointMarkName", true), ("GW_JointMarkWord", false)] {
            x.element("style:style", ["style:name": name, "style:family": "paragraph", "style:parent-style-name": "GW_IssuerMark"]) {
                if spread {
                    x.element("style:paragraph-properties", ["fo:text-align": "justify", "fo:text-align-last": "justify", "fo:line-height": "\(size * 1.25)pt"])
                } else {
                    x.element("style:paragraph-properties", ["fo:text-align": "end", "fo:line-height": "\(size * 1.25)pt"])
                }
                x.element("style:text-properties", ["fo:font-size": "\(size)pt", "style:font-size-asian": "\(size)pt"])
            }
        }
    }

    /// `blank`: preprinted paper carries the mark; its rows stay, empty, to keep the rest in place.
    static func mark(_ x: XMLStreamWriter, _ header: ComposedHeader, blank: Bool = false) {
        guard let joint = header.joint else { return }
        x.element("table:table", ["table:name": "发文机关标志", "table:style-name": "GW_JointMark"]) {
            x.element("table:table-column", ["table:style-name": "GW_JointMark.A"])
            x.element("table:table-column", ["table:style-name": "GW_JointMark.B"])
            for (i, name) in joint.names.enumerated() {
                x.element("table:table-row") {
                    x.element("table:table-cell", ["table:style-name": "GW_JointMarkCell", "office:value-type": "string"]) {
                        ContentWriter.paragraph(x, style: "GW_JointMarkName") { if !blank { x.odfText(name) } }
                    }
                    if i == 0 {
                        x.element("table:table-cell", ["table:style-name": "GW_JointMarkCell", "table:number-rows-spanned": String(joint.names.count),
                                                       "office:value-type": "string"]) {
                            ContentWriter.paragraph(x, style: "GW_JointMarkWord") { if !blank { x.odfText(joint.word) } }
                        }
                    } else {
                        x.element("table:covered-table-cell")
                    }
                }
            }
        }
    }

    /// 签发人 rows: tab stops where 签发人： and the names start, as the composition places them.
    static func signerStyles(_ x: XMLStreamWriter, _ header: ComposedHeader) {
        for (name, ruled) in [("GW_SignerRow", false), ("GW_SignerRowLast", true)] {
            x.element("style:style", ["style:name": name, "style:family": "paragraph", "style:parent-style-name": ruled ? "GW_DocNumberSigner" : "Standard"]) {
                var properties: [(String, String)] = [("fo:text-align", "start"), ("fo:text-indent", "0pt")]
                if !ruled { properties.append(("fo:keep-with-next", "always")) }
                x.start("style:paragraph-properties")
                for (k, v) in properties { x.attribute(k, v) }
                x.element("style:tab-stops") {
                    // LibreOffice counts these from the border, padding or not (measured in the PDF).
                    x.element("style:tab-stop", ["style:position": PageGeometry.mm(header.signerLabelAt)])
                    x.element("style:tab-stop", ["style:position": PageGeometry.mm(header.signerNamesAt)])
                }
                x.end()
            }
        }
    }

    /// The sealed joint 署名: a centred tab stop at each seal's centre.
    static func automaticStyles(_ x: XMLStreamWriter, _ composed: ComposedDocument) {
        guard !composed.jointSealCentres.isEmpty else { return }
        x.element("style:style", ["style:name": "GW_JointNames", "style:family": "paragraph", "style:parent-style-name": "GW_Signature"]) {
            x.element("style:paragraph-properties", ["fo:text-align": "start"]) {
                x.element("style:tab-stops") {
                    for x0 in composed.jointSealCentres { x.element("style:tab-stop", ["style:position": PageGeometry.mm(x0), "style:type": "center"]) }
                }
            }
        }
    }
}
