/// 联合行文: several issuers. The 版头 stacks their names, 主办机关 first, with 文件 to the right,
/// centred on them (§7.2.4); several 签发人 go two to a line (§7.2.6); the 署名 are stacked, or, when
/// sealed, each sits under its own seal, the seals two to a row, the last one on 署名 and date,
/// never touching, never leaving the block (§7.3.5.1).
enum JointWriter {
    static let character = SealWriter.character
    static let line = HeaderWriter.lineMillimetres
    static let points = 25.4 / 72
    /// Between two seals of a row.
    static let sealGap = 10.0
    static let block = PageGeometry.a4.blockWidth

    /// The mark's size: 36 pt, or what fits the names, a character's gap and 文件 on 156 mm.
    static func markSize(_ header: Header) -> Double {
        let units = (header.jointIssuers.map(TextWidth.units).max() ?? 0) + 1 + TextWidth.units(header.jointWord)
        return min(36, (block / (units * points) * 10).rounded(.down) / 10)
    }

    static func automaticStyles(_ x: XMLStreamWriter, _ header: Header, marginTop: Double) {
        let size = markSize(header)
        let names = (header.jointIssuers.map(TextWidth.units).max() ?? 0) * size * points
        let word = (1 + TextWidth.units(header.jointWord)) * size * points
        x.element("style:style", ["style:name": "GW_JointMark", "style:family": "table"]) {
            x.element("style:table-properties", ["style:width": PageGeometry.mm(names + word), "table:align": "center", "fo:margin-top": PageGeometry.mm(marginTop), "fo:margin-bottom": "0mm"])
        }
        x.element("style:style", ["style:name": "GW_JointMark.A", "style:family": "table-column"]) {
            x.element("style:table-column-properties", ["style:column-width": PageGeometry.mm(names)])
        }
        x.element("style:style", ["style:name": "GW_JointMark.B", "style:family": "table-column"]) {
            x.element("style:table-column-properties", ["style:column-width": PageGeometry.mm(word)])
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
    static func mark(_ x: XMLStreamWriter, _ header: Header, blank: Bool = false) {
        x.element("table:table", ["table:name": "发文机关标志", "table:style-name": "GW_JointMark"]) {
            x.element("table:table-column", ["table:style-name": "GW_JointMark.A"])
            x.element("table:table-column", ["table:style-name": "GW_JointMark.B"])
            for (i, name) in header.jointIssuers.enumerated() {
                x.element("table:table-row") {
                    x.element("table:table-cell", ["table:style-name": "GW_JointMarkCell", "office:value-type": "string"]) {
                        ContentWriter.paragraph(x, style: "GW_JointMarkName") { if !blank { x.odfText(name) } }
                    }
                    if i == 0 {
                        x.element("table:table-cell", ["table:style-name": "GW_JointMarkCell", "table:number-rows-spanned": String(header.jointIssuers.count),
                                                       "office:value-type": "string"]) {
                            ContentWriter.paragraph(x, style: "GW_JointMarkWord") { if !blank { x.odfText(header.jointWord) } }
                        }
                    } else {
                        x.element("table:covered-table-cell")
                    }
                }
            }
        }
    }

    /// 签发人 two to a line, names aligned under the first after 签发人：, the block 右空一字; the
    /// 发文字号 左空一字 on the last line, over the red separator.
    static func signerRows(_ header: Header) -> [[String]] {
        stride(from: 0, to: header.signers.count, by: 2).map { Array(header.signers[$0..<min($0 + 2, header.signers.count)]) }
    }

    static func signerStyles(_ x: XMLStreamWriter, _ header: Header) {
        let rows = signerRows(header)
        let widest = rows.map { TextWidth.units($0.joined(separator: "　")) }.max() ?? 0
        let namesAt = block - character - widest * character
        let labelAt = namesAt - 4 * character
        for (name, ruled) in [("GW_SignerRow", false), ("GW_SignerRowLast", true)] {
            x.element("style:style", ["style:name": name, "style:family": "paragraph", "style:parent-style-name": ruled ? "GW_DocNumberSigner" : "Standard"]) {
                var properties: [(String, String)] = [("fo:text-align", "start"), ("fo:text-indent", "0pt")]
                if !ruled { properties.append(("fo:keep-with-next", "always")) }
                x.start("style:paragraph-properties")
                for (k, v) in properties { x.attribute(k, v) }
                x.element("style:tab-stops") {
                    // LibreOffice counts these from the border, padding or not (measured in the PDF).
                    x.element("style:tab-stop", ["style:position": PageGeometry.mm(labelAt)])
                    x.element("style:tab-stop", ["style:position": PageGeometry.mm(namesAt)])
                }
                x.end()
            }
        }
    }

    static func signers(_ x: XMLStreamWriter, _ header: Header, preprinted: Bool) {
        let rows = signerRows(header)
        for (i, row) in rows.enumerated() {
            let last = i == rows.count - 1
            ContentWriter.paragraph(x, style: last ? "GW_SignerRowLast" : "GW_SignerRow") {
                if last { x.odfText(header.number ?? "") }
                // The first line tabs to 签发人：, whose four characters end where the names start;
                // the others tab on to the names (a tab to the stop one stands on would skip it).
                x.element("text:tab")
                if i == 0 { x.odfText("签发人：") } else { x.element("text:tab") }
                x.element("text:span", ["text:style-name": "GW_Kai"]) { x.odfText(row.joined(separator: "　")) }
            }
        }
    }

    // MARK: signatures

    /// Where the seals' centres are, in millimetres from the block's left edge, and in which row:
    /// two to a row, the last seal centred on the date (右空四字), the rows filled from the first.
    /// Names too long to stand side by side (a character apart) put one seal to a row instead.
    static func sealCentres(names: [String], date: String) -> [(row: Int, x: Double)] {
        let count = names.count
        let last = block - 4 * character - TextWidth.units(date) * character / 2
        let pair = [last - 42 - sealGap, last]
        let widths = names.map { TextWidth.units($0) * character }
        let crowded = stride(from: 0, to: count - 1, by: 2).contains { (widths[$0] + widths[$0 + 1]) / 2 + character > pair[1] - pair[0] }
        if crowded { return (0..<count).map { ($0, last) } }
        let lastRowSingle = count % 2 == 1
        return (0..<count).map { i in
            let row = i / 2
            if lastRowSingle && i == count - 1 { return (row, last) }
            return (row, pair[i % 2])
        }
    }

    static func automaticStyles(_ x: XMLStreamWriter, _ document: Document) {
        let joint = document.signature.joint
        guard document.signature.sealed, !joint.isEmpty else { return }
        let centres = sealCentres(names: joint.map(\.name), date: document.date.chinese)
        x.element("style:style", ["style:name": "GW_JointNames", "style:family": "paragraph", "style:parent-style-name": "GW_Signature"]) {
            x.element("style:paragraph-properties", ["fo:text-align": "start"]) {
                x.element("style:tab-stops") {
                    for x0 in Set(centres.map(\.x)).sorted() { x.element("style:tab-stop", ["style:position": PageGeometry.mm(x0), "style:type": "center"]) }
                }
            }
        }
    }

    static func signature(_ x: XMLStreamWriter, _ document: Document, layout: SignatureLayout) {
        let joint = document.signature.joint
        guard document.signature.sealed else {
            // Unsealed: the 主办机关's 署名 first, the others below it, then the date.
            if document.signature.blankLineBefore { ContentWriter.paragraph(x, style: ContentWriter.keptBlank) }
            for signer in joint { ContentWriter.paragraph(x, style: "GW_SignatureLine") { x.odfText(signer.name) } }
            ContentWriter.paragraph(x, style: "GW_DateLine") { x.odfText(document.date.chinese) }
            return
        }
        let centres = sealCentres(names: joint.map(\.name), date: document.date.chinese)
        let rows = (centres.map(\.row).max() ?? 0) + 1
        let allCentres = Set(centres.map(\.x)).sorted()
        for row in 0..<rows {
            // Two empty lines above each row (its seals' top within one line of what is above);
            // a row's seals (42 mm, four lines) end before the next row's begin.
            let above = row == 0 ? 2 : 3
            for _ in 0..<above { ContentWriter.paragraph(x, style: ContentWriter.keptBlank) }
            let members = centres.enumerated().filter { $0.element.row == row }
            ContentWriter.paragraph(x, style: "GW_JointNames") {
                for (i, centre) in members {
                    if let seal = joint[i].seal { SealWriter.frame(x, seal, centreX: centre.x) }
                }
                var tab = 0
                for (i, centre) in members {
                    while tab < allCentres.count, allCentres[tab] <= centre.x {
                        x.element("text:tab")
                        tab += 1
                    }
                    x.odfText(joint[i].name)
                }
            }
            if row < rows - 1 { ContentWriter.paragraph(x, style: ContentWriter.keptBlank) }
        }
        ContentWriter.paragraph(x, style: "GW_DateLine") { x.odfText(document.date.chinese) }
    }
}
