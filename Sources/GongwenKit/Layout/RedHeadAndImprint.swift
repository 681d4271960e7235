/// The 文件 format's 版头 (§7.2) and the 版记 (§7.4), set by the native engine.
extension PageSetter {
    /// What page 1 carries above its rows, and where its rows begin.
    struct Head {
        var items: [PageItem] = []
        /// The top of page 1's first row (mm from the page's top).
        var top = PageGeometry.a4.top
    }

    /// The 版头's blocks (份号…, the red mark, two empty lines, the 发文字号) taken off the front of
    /// `blocks` and placed: the mark's top `markTop` below the block's top (§7.2.4), the 发文字号 two
    /// lines under the mark (§7.2.5), the red separator 4 mm under the 发文字号 (§7.2.7); the rows
    /// that follow (two empty lines, then the title, §7.3.1) begin under the separator.
    static func redHead(_ header: ComposedHeader, composed: ComposedDocument, blocks: inout ArraySlice<ComposedBlock>, faces: LayoutFaces) throws -> Head {
        guard composed.format == .document else { throw Unsupported(what: "the 版头 of a 信函, 命令 or 纪要") }
        guard header.joint == nil else { throw Unsupported(what: "joint issuers' marks") }
        guard header.signerRows.isEmpty else { throw Unsupported(what: "more than two 签发人") }
        var head = Head()
        var row = 0
        func baseline(_ row: Int) -> Double { page.top + Double(row) * line + baselineOffset(size: bodySize) }
        func paragraph() -> ComposedParagraph? {
            guard case .paragraph(let p)? = blocks.first else { return nil }
            blocks.removeFirst()
            return p
        }
        // 份号, 密级, 紧急程度: 顶格, 黑体, one a line from the block's first line.
        while case .paragraph(let p)? = blocks.first, p.role == .headerLine(.none) {
            blocks.removeFirst()
            head.items += try runs(placed(p.text, role: .heading1, size: bodySize, x: page.left, faces: faces), baseline: baseline(row))
            row += 1
        }
        guard let mark = paragraph(), mark.role == .issuerMark else { throw Unsupported(what: "this 版头") }
        guard !mark.runs.isEmpty else { throw Unsupported(what: "套打 (paper with the mark already printed)") }
        // The mark in the title's face, red, centred; its em box's top at markTop.
        let size = header.markSize ?? 36
        let markBaseline = page.top + header.markTop + 0.88 * size * points
        let markRow = try centred(mark.text, role: .title, size: size, faces: faces)
        head.items += runs(markRow.glyphs, baseline: markBaseline, colour: .red)
        // 空二行: the two grid lines after the one the mark ends in, then the 发文字号's line.
        let markBottom = markBaseline + 0.12 * size * points
        let numberRow = Int(((markBottom - page.top) / line).rounded(.up)) + 2
        guard case .paragraph(let b1)? = blocks.first, b1.role == .blank else { throw Unsupported(what: "this 版头") }
        blocks.removeFirst()
        guard case .paragraph(let b2)? = blocks.first, b2.role == .blank else { throw Unsupported(what: "this 版头") }
        blocks.removeFirst()
        guard let number = paragraph() else { throw Unsupported(what: "this 版头") }
        let numberBaseline = baseline(numberRow)
        switch number.role {
        case .docNumber(preprinted: false):
            head.items += runs(try centred(number.text, role: .body, size: bodySize, faces: faces).glyphs, baseline: numberBaseline)
        case .docNumberSigner(preprinted: false):
            // 上行文 (§7.2.6): the 发文字号 左空一字, 签发人 and the names (楷体) 右空一字, on one line.
            var left: [Run] = [], right: [Run] = [], tabbed = false
            for run in number.runs { if run == .tab { tabbed = true } else if tabbed { right.append(run) } else { left.append(run) } }
            func characters(_ runs: [Run]) -> [(Character, FontRole)] {
                runs.flatMap { run -> [(Character, FontRole)] in
                    switch run {
                    case .text(let s), .prose(let s): return s.map { ($0, .body) }
                    case .face(let s, let f): return s.map { ($0, f) }
                    default: return []
                    }
                }
            }
            var x = page.left + pitch
            var glyphs: [(face: Int, size: Double, x: Double, glyph: UInt32, text: String)] = []
            for (c, role) in characters(left) {
                glyphs += try self.glyphs(c, role: role, size: bodySize, x: x, faces: faces)
                x += units(c, role: role, size: bodySize, pitch: pitch, faces: faces) * pitch
            }
            glyphs += try rightAligned(characters(right), rightIndent: 1, faces: faces).glyphs
            head.items += runs(glyphs, baseline: numberBaseline)
        default:
            throw Unsupported(what: "套打 (paper with the mark already printed)")
        }
        // The separator: as wide as the block, its middle 4 mm under the 发文字号's em box.
        let rule = numberBaseline + 0.12 * bodySize * points + 4
        let thickness = 0.5
        head.items.append(.rectangle(x: page.left, y: rule - thickness / 2, width: page.blockWidth, height: thickness, colour: .red))
        head.top = rule + thickness / 2
        return head
    }

    /// Glyphs of `text` at the grid pitch from `x`.
    static func placed(_ text: String, role: FontRole, size: Double, x: Double, faces: LayoutFaces, pitch: Double = PageSetter.pitch) throws
        -> [(face: Int, size: Double, x: Double, glyph: UInt32, text: String)] {
        var x = x
        var out: [(face: Int, size: Double, x: Double, glyph: UInt32, text: String)] = []
        for c in text {
            out += try glyphs(c, role: role, size: size, x: x, faces: faces)
            x += units(c, role: role, size: size, pitch: pitch, faces: faces) * pitch
        }
        return out
    }

    /// Glyphs as runs of one face and size on `baseline`.
    static func runs(_ glyphs: [(face: Int, size: Double, x: Double, glyph: UInt32, text: String)], baseline: Double, colour: RGB = .black) -> [PageItem] {
        var items: [PageItem] = []
        var run: GlyphRun?
        for g in glyphs {
            if let current = run, current.face == g.face, current.size == g.size {
                run?.glyphs.append(PlacedGlyph(id: g.glyph, x: g.x, text: g.text))
            } else {
                if let current = run { items.append(.glyphs(current)) }
                run = GlyphRun(face: g.face, size: g.size, colour: colour, baseline: baseline, glyphs: [PlacedGlyph(id: g.glyph, x: g.x, text: g.text)])
            }
        }
        if let current = run { items.append(.glyphs(current)) }
        return items
    }

    // MARK: 版记 (§7.4)

    static let imprintSize = 14.0
    /// One 4号 character: the 版记's lines are 左右各空一字 of their own size.
    static var imprintCharacter: Double { imprintSize * points }

    /// The 版记's lines, from the top: 主送 and 抄送 (wrapped under their first name), then 印发机关
    /// 左空一字 with 印发日期 右空一字; each one grid line high. `ruleAbove`: the rule over that line
    /// (0.35 mm over the first, 0.25 mm between 抄送 and 印发, none between 主送 and 抄送).
    static func imprintLines(_ imprint: ComposedImprint, faces: LayoutFaces) throws -> [(glyphs: [(face: Int, size: Double, x: Double, glyph: UInt32, text: String)], ruleAbove: Double)] {
        guard !imprint.letter else { throw Unsupported(what: "a 信函's 版记") }
        let c = imprintCharacter
        var lines: [(glyphs: [(face: Int, size: Double, x: Double, glyph: UInt32, text: String)], ruleAbove: Double)] = []
        for text in [imprint.addressee, imprint.copies].compactMap({ $0 }) {
            // The names after 主送：/抄送： wrap under the first name: a hanging indent of three characters.
            let width = (page.blockWidth - 2 * c) / c
            let measure = { (ch: Character) in units(ch, role: .body, size: imprintSize, pitch: c, faces: faces) }
            for (i, gridLine) in GridLineBreaker.lines(text, width: width - 3, firstIndent: -3, measure: measure).enumerated() {
                let x = page.left + c + (3 + gridLine.indent) * c
                lines.append((try placed(gridLine.text, role: .body, size: imprintSize, x: x, faces: faces, pitch: c), lines.isEmpty && i == 0 ? 0.35 : 0))
            }
        }
        if let printer = imprint.printer {
            var glyphs = try placed(printer.organ, role: .body, size: imprintSize, x: page.left + c, faces: faces, pitch: c)
            let dateWidth = printer.date.reduce(0) { $0 + units($1, role: .body, size: imprintSize, pitch: c, faces: faces) } * c
            glyphs += try placed(printer.date, role: .body, size: imprintSize, x: page.right - c - dateWidth, faces: faces, pitch: c)
            lines.append((glyphs, lines.isEmpty ? 0.35 : 0.25))
        }
        return lines
    }

    /// The 版记's items standing on the block's bottom, and the height they take.
    static func imprintItems(_ imprint: ComposedImprint, faces: LayoutFaces) throws -> (items: [PageItem], height: Double) {
        let lines = try imprintLines(imprint, faces: faces)
        let height = Double(lines.count) * line
        var items: [PageItem] = []
        let top = page.bottom - height
        for (i, l) in lines.enumerated() {
            let lineTop = top + Double(i) * line
            if l.ruleAbove > 0 { items.append(.rectangle(x: page.left, y: lineTop, width: page.blockWidth, height: l.ruleAbove, colour: .black)) }
            items += runs(l.glyphs, baseline: lineTop + (line - imprintSize * points) / 2 + 0.88 * imprintSize * points)
        }
        // The last rule on the block's bottom edge.
        items.append(.rectangle(x: page.left, y: page.bottom - 0.35, width: page.blockWidth, height: 0.35, colour: .black))
        return (items, height)
    }
}
