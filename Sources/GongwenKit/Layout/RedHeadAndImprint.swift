/// The 版头 of the 文件 format (§7.2) and of the §10 formats (信函, 命令, 纪要), and the 版记 (§7.4),
/// set by the native engine.
extension PageSetter {
    /// What page 1 carries above its rows, and where its rows begin.
    struct Head {
        var items: [PageItem] = []
        /// The top of page 1's first row (mm from the page's top).
        var top = PageGeometry.a4.top
        /// The bottom of page 1's block: a letter's runs lower, to its lower double line.
        var bottom = PageGeometry.a4.bottom
        /// Whether page 1 carries a page number (a letter's does not, §10.1).
        var numbered = true
        /// The distance from one of page 1's rows to the next: the grid's (225/22 mm), except on a
        /// letter's page 1, whose rows fill the room between its two double lines (`letterHead`).
        var pitch = PageGeometry.line
    }

    // MARK: 信函 (§10.1)

    /// The letter's mark, its top 30 mm below the page's top edge; a red double line (thick over thin)
    /// 4 mm under it and another (thin over thick) ending 20 mm above the page's bottom edge, both
    /// 170 mm and centred on the block. Page 1's first line has its characters 7/8 of a 3号 character
    /// under the upper pair, and its last line 7/8 of a 3号 character above the lower pair (§10.1 says
    /// both): page 1 holds as many lines as fit between at the grid's pitch (22 with the usual mark),
    /// their pitch widened to put the last exactly there (10.27 mm instead of 10.23 for 22 lines; at
    /// the grid's own pitch the last line ended 5.8 mm above the pair, not 4.9). It carries no page number.
    static func letterHead(_ mark: String, header: ComposedHeader, faces: LayoutFaces) throws -> Head {
        var head = Head()
        let size = header.letterMarkSize
        let markBaseline = PageGeometry.letterMarkTop + 0.88 * size * points
        head.items += runs(try centred(mark, role: .title, size: size, faces: faces).glyphs, baseline: markBaseline, colour: .red)
        let ruleLeft = PageGeometry.letterRuleLeft, length = PageGeometry.letterRuleLength
        let thick = 0.6, thin = 0.2, gap = 0.4
        var y = PageGeometry.letterMarkTop + size * points + PageGeometry.letterRuleUnderMark
        head.items.append(.rectangle(x: ruleLeft, y: y, width: length, height: thick, colour: .red))
        head.items.append(.rectangle(x: ruleLeft, y: y + thick + gap, width: length, height: thin, colour: .red))
        y += thick + gap + thin
        let lower = PageGeometry.letterLowerRuleBottom
        head.items.append(.rectangle(x: ruleLeft, y: lower - thick - gap - thin, width: length, height: thin, colour: .red))
        head.items.append(.rectangle(x: ruleLeft, y: lower - thick, width: length, height: thick, colour: .red))
        // The first line's characters (their em box) 7/8 of a 3号 character under the upper pair, the
        // last line's 7/8 above the lower pair.
        let em = bodySize * points
        let firstTop = y + 7.0 / 8.0 * em
        let lastTop = lower - thick - gap - thin - 7.0 / 8.0 * em - em
        let rows = max(1, Int(((lastTop - firstTop) / line + 1e-6).rounded(.down)) + 1)
        head.pitch = rows > 1 ? (lastTop - firstTop) / Double(rows - 1) : line
        head.top = firstTop - (line - em) / 2
        head.bottom = head.top + Double(rows) * head.pitch
        head.numbered = false
        return head
    }

    /// The 版头's blocks (份号…, the red mark, two empty lines, the 发文字号) taken off the front of
    /// `blocks` and placed: the mark's top `markTop` below the block's top (§7.2.4), the 发文字号 two
    /// lines under the mark (§7.2.5), the red separator 4 mm under the 发文字号 (§7.2.7); the rows
    /// that follow (two empty lines, then the title, §7.3.1) begin under the separator.
    static func redHead(_ header: ComposedHeader, composed: ComposedDocument, blocks: inout ArraySlice<ComposedBlock>, faces: LayoutFaces) throws -> Head {
        guard composed.format == .document || composed.format == .order || composed.format == .minutes else {
            throw Unsupported(what: "the 版头 of this format")
        }
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
        // 套打: the paper carries the mark and the separator; nothing red is drawn, and everything
        // else stands where the digital 版头 puts it.
        let preprinted: Bool
        let markBottom: Double
        if case .jointMark(let blank)? = blocks.first, let joint = header.joint {
            blocks.removeFirst()
            preprinted = blank
            markBottom = try jointMark(joint, top: page.top + header.markTop, draw: !blank, into: &head, faces: faces)
        } else {
            guard let mark = paragraph(), mark.role == .issuerMark else { throw Unsupported(what: "this 版头") }
            preprinted = mark.runs.isEmpty
            // The mark in the title's face, red, centred; its em box's top at markTop.
            let size = header.markSize ?? 36
            let markBaseline = page.top + header.markTop + 0.88 * size * points
            if !preprinted {
                let markRow = try centred(mark.text, role: .title, size: size, faces: faces)
                head.items += runs(markRow.glyphs, baseline: markBaseline, colour: .red)
            }
            markBottom = markBaseline + 0.12 * size * points
        }
        // 空二行: the two grid lines after the one the mark ends in, then the 发文字号's line.
        let numberRow = Int(((markBottom - page.top) / line).rounded(.up)) + 2
        if composed.format == .order {
            // §10.2: the rows under the mark (两行空, the 令号 centred, 两行空, the text) follow as they are; no separator.
            // 空二行 under the order's 36-pt mark: the 令号 on the row whose em box stands nearest two lines
            // of white below the mark's. The mark ends 2 mm into a grid line; counting that line as taken
            // left three lines of white (31 mm, and `verify`'s 2.7 empty lines) where LibreOffice leaves 2.6.
            let white = { (row: Int) in baseline(row) - 0.88 * bodySize * points - markBottom }
            let orderRow = (0...numberRow).min { abs(white($0) - 2 * line) < abs(white($1) - 2 * line) } ?? numberRow
            head.top = page.top + Double(orderRow - 2) * line
            return head
        }
        guard case .paragraph(let b1)? = blocks.first, b1.role == .blank else { throw Unsupported(what: "this 版头") }
        blocks.removeFirst()
        guard case .paragraph(let b2)? = blocks.first, b2.role == .blank else { throw Unsupported(what: "this 版头") }
        blocks.removeFirst()
        guard var number = paragraph() else { throw Unsupported(what: "this 版头") }
        var numberBaseline = baseline(numberRow)
        if composed.format == .minutes, number.role == .centred {
            // §10.3: the 期号 centred two lines under the mark, the issuer and date on the line under it.
            head.items += runs(try centred(number.text, role: .body, size: bodySize, faces: faces).glyphs, baseline: numberBaseline)
            guard let next = paragraph() else { throw Unsupported(what: "this 版头") }
            number = next
            numberBaseline = baseline(numberRow + 1)
        }
        switch number.role {
        case .signerRow:
            // §7.2.6, more than two 签发人: two names a row, each row's names from where the first row's
            // begin, 签发人： four characters before them on the first row; the 发文字号 左空一字 on the
            // last row, over the separator.
            var rows = [number]
            while case .paragraph(let p)? = blocks.first, case .signerRow = p.role { blocks.removeFirst(); rows.append(p) }
            for (i, row) in rows.enumerated() {
                var glyphs: [(face: Int, size: Double, x: Double, glyph: UInt32, text: String)] = []
                var tabs = 0
                for run in row.runs {
                    switch run {
                    case .tab: tabs += 1
                    case .text(let s) where tabs == 0:
                        glyphs += try placed(s, role: .body, size: bodySize, x: page.left + pitch, faces: faces)
                    case .text(let s):
                        glyphs += try placed(s, role: .body, size: bodySize, x: page.left + header.signerLabelAt, faces: faces)
                    case .face(let s, let role):
                        glyphs += try placed(s, role: role, size: bodySize, x: page.left + header.signerNamesAt, faces: faces)
                    default: throw Unsupported(what: "this 版头")
                    }
                }
                head.items += runs(glyphs, baseline: baseline(numberRow + i))
            }
            numberBaseline = baseline(numberRow + rows.count - 1)
        case .docNumber:
            head.items += runs(try centred(number.text, role: .body, size: bodySize, faces: faces).glyphs, baseline: numberBaseline)
        case .docNumberSigner, .minutesLine:
            // 上行文 (§7.2.6): the 发文字号 左空一字, 签发人 and the names (楷体) 右空一字; a 纪要's issuer
            // 左空一字 and its date 右空一字 (§10.3). One line, over the separator.
            let (left, right) = tabbed(number.runs, role: .body)
            var x = page.left + pitch
            var glyphs: [(face: Int, size: Double, x: Double, glyph: UInt32, text: String)] = []
            for (c, role) in left {
                glyphs += try self.glyphs(c, role: role, size: bodySize, x: x, faces: faces)
                x += units(c, role: role, size: bodySize, pitch: pitch, faces: faces) * pitch
            }
            glyphs += try rightAligned(right, rightIndent: 1, faces: faces).glyphs
            head.items += runs(glyphs, baseline: numberBaseline)
        default:
            throw Unsupported(what: "this 版头")
        }
        // The separator: as wide as the block, its middle 4 mm under the 发文字号's em box.
        let rule = numberBaseline + 0.12 * bodySize * points + 4
        let thickness = 0.5
        if !preprinted { head.items.append(.rectangle(x: page.left, y: rule - thickness / 2, width: page.blockWidth, height: thickness, colour: .red)) }
        head.top = rule + thickness / 2
        return head
    }

    /// 联合行文 (§7.2.4): the issuers' names stacked, 主办机关 first, each spread to the longest one's
    /// width, one line of 1.25 em apart; the word (文件) a character's gap to their right, right-aligned
    /// in its column and centred on the names; the whole centred on the block, the first name's top at
    /// `top`. Returns where the last name ends (mm from the page's top).
    static func jointMark(_ joint: ComposedHeader.JointMark, top: Double, draw: Bool, into head: inout Head, faces: LayoutFaces) throws -> Double {
        let em = joint.size * points
        let left = page.centre - (joint.namesWidth + joint.wordWidth) / 2
        let step = 1.25 * em
        for (i, name) in joint.names.enumerated() where draw {
            let characters = Array(name)
            let widths = characters.map { units($0, role: .title, size: joint.size, pitch: em, faces: faces) * em }
            let spare = joint.namesWidth - widths.reduce(0, +)
            let gap = characters.count > 1 ? spare / Double(characters.count - 1) : 0
            var x = characters.count > 1 ? left : left + spare / 2
            var glyphs: [(face: Int, size: Double, x: Double, glyph: UInt32, text: String)] = []
            for (c, width) in zip(characters, widths) {
                glyphs += try self.glyphs(c, role: .title, size: joint.size, x: x, faces: faces)
                x += width + gap
            }
            head.items += runs(glyphs, baseline: top + Double(i) * step + 0.88 * em, colour: .red)
        }
        let bottom = top + Double(max(0, joint.names.count - 1)) * step + em
        if draw {
            let width = joint.word.reduce(0) { $0 + units($1, role: .title, size: joint.size, pitch: em, faces: faces) } * em
            let x = left + joint.namesWidth + joint.wordWidth - width
            let baseline = (top + bottom) / 2 - em / 2 + 0.88 * em
            head.items += runs(try placed(joint.word, role: .title, size: joint.size, x: x, faces: faces, pitch: em), baseline: baseline, colour: .red)
        }
        return bottom
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
        let c = imprintCharacter
        var lines: [(glyphs: [(face: Int, size: Double, x: Double, glyph: UInt32, text: String)], ruleAbove: Double)] = []
        for text in [imprint.addressee, imprint.copies].compactMap({ $0 }) {
            // The names after 主送：/抄送： wrap under the first name: a hanging indent of three characters.
            let width = (page.blockWidth - 2 * c) / c
            let measure = { (ch: Character) in units(ch, role: .body, size: imprintSize, pitch: c, faces: faces) }
            for (i, gridLine) in GridLineBreaker.lines(text, width: width - 3, firstIndent: -3, measure: measure).enumerated() {
                let x = page.left + c + (3 + gridLine.indent) * c
                // A letter's 版记 has no rules (§10.1).
                let rule = lines.isEmpty && i == 0 && !imprint.letter ? 0.35 : 0
                lines.append((try placed(gridLine.text, role: .body, size: imprintSize, x: x, faces: faces, pitch: c), rule))
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

    /// The 版记's items standing on the block's bottom (`bottom`, mm from the page's top), and the height they take.
    static func imprintItems(_ imprint: ComposedImprint, bottom: Double = PageGeometry.a4.bottom, faces: LayoutFaces) throws -> (items: [PageItem], height: Double) {
        let lines = try imprintLines(imprint, faces: faces)
        let height = Double(lines.count) * line
        var items: [PageItem] = []
        let top = bottom - height
        for (i, l) in lines.enumerated() {
            let lineTop = top + Double(i) * line
            if l.ruleAbove > 0 { items.append(.rectangle(x: page.left, y: lineTop, width: page.blockWidth, height: l.ruleAbove, colour: .black)) }
            items += runs(l.glyphs, baseline: lineTop + (line - imprintSize * points) / 2 + 0.88 * imprintSize * points)
        }
        // The last rule on the block's bottom edge (none under a letter's).
        if !imprint.letter { items.append(.rectangle(x: page.left, y: bottom - 0.35, width: page.blockWidth, height: 0.35, colour: .black)) }
        return (items, height)
    }
}
