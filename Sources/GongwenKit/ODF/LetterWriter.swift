/// 信函格式 (§10.1). The mark's top 30 mm below the page's top edge, centred; a red double line
/// (thick over thin) 4 mm under it and another (thin over thick) 20 mm above the page's bottom edge,
/// both 170 mm long and centred on the block; 份号, 密级, 紧急程度 flush left and the 发文字号 flush right
/// under the upper line, the first 7/8 of a 3号 character below it; the text's last line on page 1
/// as far above the lower line. The first page (styles: GW_LetterFirst) carries no page number.
///
/// The numbers fit together. A fixed 28.95 pt line (10.213 mm: `PageGeometry.odfLine`, the ODF
/// backend's twip rounding of the standard's 225/22 mm) has its characters from 3.203 mm
/// below its top to 1.365 mm above its bottom; 7/8 of a 3号 character is 4.939 mm. The lower pair
/// ends 20 mm above the bottom edge (276.4–277.0 thick, 275.8–276.0 thin), so page 1's last
/// characters end at 270.861 mm and its block at 272.226 mm; 22 lines up, it starts at 47.543 mm
/// (the first page's top margin) and its characters at 50.746 mm, 4.939 mm under the upper pair
/// (44.607–45.207 thick, 45.607–45.807 thin), which is 4 mm under a 26.8 pt mark whose font box
/// starts at 30 mm (its characters' bottom 1.12 em lower).
enum LetterWriter {
    static let markTop = PageGeometry.letterMarkTop
    static let ruleLeft = PageGeometry.letterRuleLeft, ruleRight = PageGeometry.letterRuleRight
    /// Centres and widths of the four lines, top to bottom.
    static let rules: [(y: Double, width: Double)] = [(44.907, 0.6), (45.707, 0.2), (275.9, 0.2), (276.7, 0.6)]

    static func automaticStyles(_ x: XMLStreamWriter, _ header: ComposedHeader?) {
        let size = header?.letterMarkSize ?? HeaderComposition.letterMarkSize
        x.element("style:style", ["style:name": "GW_LetterMark", "style:family": "paragraph", "style:parent-style-name": "GW_IssuerMark"]) {
            x.element("style:paragraph-properties", ["fo:line-height": "\(size * 1.25)pt", "fo:margin-top": "0mm"])
            x.element("style:text-properties", ["fo:font-size": "\(size)pt", "style:font-size-asian": "\(size)pt"])
        }
        x.element("style:style", ["style:name": "GW_LetterFrame", "style:family": "graphic", "style:parent-style-name": "Frame"]) {
            x.element("style:graphic-properties", [
                "style:wrap": "run-through", "style:run-through": "foreground",
                "style:vertical-pos": "from-top", "style:vertical-rel": "page",
                "style:horizontal-pos": "from-left", "style:horizontal-rel": "page",
                "fo:border": "none", "fo:padding": "0mm", "fo:margin-top": "0mm", "fo:margin-bottom": "0mm",
                "fo:margin-left": "0mm", "fo:margin-right": "0mm", "fo:background-color": "transparent",
            ])
        }
        for (name, width) in [("GW_LetterRuleThick", 0.6), ("GW_LetterRuleThin", 0.2)] {
            x.element("style:style", ["style:name": name, "style:family": "graphic"]) {
                x.element("style:graphic-properties", [
                    "draw:stroke": "solid", "svg:stroke-color": "#ff0000", "svg:stroke-width": "\(width)mm",
                    "style:wrap": "run-through", "style:run-through": "foreground",
                    "style:vertical-rel": "page", "style:horizontal-rel": "page",
                ])
            }
        }
        // The first paragraph opens the first page's own page style.
        x.element("style:style", ["style:name": "GW_LetterFirstLine", "style:family": "paragraph", "style:parent-style-name": "GW_HeaderLine",
                                  "style:master-page-name": "GW_LetterFirst"]) {
            x.element("style:paragraph-properties", [:]) {
                x.element("style:tab-stops") { x.element("style:tab-stop", ["style:position": PageGeometry.mm(PageGeometry.a4.blockWidth, places: 0), "style:type": "right"]) }
            }
        }
        // The 版记 without rules, 印发机关 or 印发日期, at the foot of the last page's block; an anchor of
        // its own, so the 文件 format's move to an even page (§7.4) leaves it alone.
        x.element("style:style", ["style:name": "GW_LetterImprintAnchor", "style:family": "paragraph", "style:parent-style-name": "Standard"]) {
            x.element("style:paragraph-properties", ["fo:line-height": "0.5mm", "style:snap-to-layout-grid": "false"])
            x.element("style:text-properties", ["fo:font-size": "2pt", "style:font-size-asian": "2pt"])
        }
        x.element("style:style", ["style:name": "GW_LetterImprint", "style:family": "paragraph", "style:parent-style-name": "GW_ImprintFollowing"]) {
            x.element("style:paragraph-properties", ["fo:border": "none", "fo:padding": "0mm", "fo:padding-left": "14pt", "fo:padding-right": "14pt"])
        }
    }

    /// The mark and the four lines, anchored to page 1.
    static func header(_ x: XMLStreamWriter, mark: String) {
        x.element("draw:frame", ["draw:style-name": "GW_LetterFrame", "draw:name": "发文机关标志", "text:anchor-type": "page", "text:anchor-page-number": "1",
                                 "svg:x": PageGeometry.mm(PageGeometry.a4.left, places: 0), "svg:y": PageGeometry.mm(markTop),
                                 "svg:width": PageGeometry.mm(PageGeometry.a4.blockWidth, places: 0), "draw:z-index": "1"]) {
            x.element("draw:text-box", ["fo:min-height": "5mm"]) {
                ContentWriter.paragraph(x, style: "GW_LetterMark") { x.odfText(mark) }
            }
        }
        for (i, rule) in rules.enumerated() {
            x.element("draw:line", ["draw:style-name": rule.width > 0.3 ? "GW_LetterRuleThick" : "GW_LetterRuleThin", "draw:name": "信函双线\(i + 1)",
                                    "text:anchor-type": "page", "text:anchor-page-number": "1", "draw:z-index": "0",
                                    "svg:x1": PageGeometry.mm(ruleLeft), "svg:y1": PageGeometry.mm(rule.y, places: 3),
                                    "svg:x2": PageGeometry.mm(ruleRight), "svg:y2": PageGeometry.mm(rule.y, places: 3)])
        }
    }
}
