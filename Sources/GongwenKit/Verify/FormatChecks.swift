import Foundation

/// §10.2 命令（令）格式: the red mark 20 mm below the block's top and centred, the 令号 centred two
/// lines below it, the text two lines below that; at the end the 签名章 右空四字, the 签发人职务 two
/// characters left of it and centred on it, the date one empty line below the stamp, 右空四字.
enum OrderChecks {
    typealias V = LayoutVerifier

    static func check(_ page: PDFLayout.Page, _ r: V.Report) {
        let mark = page.lines.filter(\.red)
        guard let top = mark.first, let last = mark.last else { return }
        let boxTop = V.fontBoxTop(top)
        // As for the 版头's mark: 1 mm above to 2.5 mm below (the yardstick's range).
        let off = boxTop - V.blockTop - PageGeometry.orderMarkBelowBlockTop
        if off < -1 || off > 2.5 {
            r.flag(1, top, String(format: "the red mark of the order starts %.1f mm below the block's top; §10.2 asks for 20 mm", boxTop - V.blockTop))
        }
        let centre = V.centre(mark)
        if abs(centre - V.a4.centre) > 1.5 { r.flag(1, top, String(format: "the order's mark is centred at %.1f mm, not on the block (106 mm)", centre)) }
        let below = page.lines.filter { !$0.red && $0.top > last.bottom && $0.top <= V.blockBottom + 1 }
        guard let number = below.first else {
            r.flag(1, top, "no 令号 below the order's mark (§10.2)")
            return
        }
        let numberCentre = (number.x0 + number.x1) / 2
        if abs(numberCentre - V.a4.centre) > 1.5 { r.flag(1, number, String(format: "the 令号 is centred at %.1f mm, not on the block (106 mm)", numberCentre)) }
        // Two empty lines between, counted from the mark's baseline: two lines of white between the em
        // boxes put the 令号's baseline 2.66 lines under a 36-pt mark's (its box reaches 1.5 mm under
        // its baseline and starts 11.2 mm above it): the own engine 1.7 empty lines, LibreOffice 2.2.
        let markGap = (number.baseline - last.baseline) / V.line - 1
        if markGap < 1.6 || markGap > 2.6 {
            r.flag(1, number, String(format: "the 令号 is %.1f empty lines below the mark; §10.2 asks for two (空二行)", markGap))
        }
        if below.count > 1 {
            let textGap = (below[1].baseline - number.baseline) / V.line - 1
            if abs(textGap - 2) > 0.3 {
                r.flag(1, below[1], String(format: "the text starts %.1f empty lines below the 令号; §10.2 asks for two (空二行)", textGap))
            }
        }
    }

    /// §7.3.5.3, on the page that holds the last date line.
    static func stamp(_ layout: PDFLayout, _ r: V.Report) {
        for page in layout.pages.reversed() {
            let body = page.lines.filter { $0.top <= V.blockBottom + 1 }
            guard let dateIndex = body.lastIndex(where: { V.matches(V.dateLine, $0.text) }) else { continue }
            let date = body[dateIndex]
            let stampRight = V.blockRight - 4 * V.character
            if abs(date.x1 - stampRight) > 0.4 * V.character {
                r.flag(page.number, date, String(format: "the date ends %.1f characters from the right edge; §7.3.5.3 asks for 右空四字", (V.blockRight - date.x1) / V.character))
            }
            guard dateIndex > 0 else { return }
            let title = body[dateIndex - 1]
            guard let stamp = page.images.filter({ $0.y1 < date.top + 1 && $0.y1 > title.top - V.line }).max(by: { $0.y1 < $1.y1 }) else {
                // No image: the signer's name stands in the stamp's place, ending 右空四字.
                if abs(title.x1 - stampRight) > 0.4 * V.character {
                    r.flag(page.number, title, String(format: "the 签发人 line ends %.1f characters from the right edge; 右空四字 (§7.3.5.3)", (V.blockRight - title.x1) / V.character))
                }
                return
            }
            if abs(stamp.x1 - stampRight) > 1 {
                r.flag(page.number, stamp.x0, stamp.y0, String(format: "the 签名章's right edge is at %.1f mm; 右空四字 puts it at %.1f mm (§7.3.5.3)", stamp.x1, stampRight))
            }
            let space = (stamp.x0 - title.x1) / V.character
            if abs(space - 2) > 0.4 {
                r.flag(page.number, title, String(format: "the 签发人职务 ends %.1f characters left of the 签名章; §7.3.5.3 asks for two (左空二字)", space))
            }
            let offset = (title.top + title.bottom) / 2 - (stamp.y0 + stamp.y1) / 2
            if abs(offset) > 1.5 {
                r.flag(page.number, title, String(format: "the 签发人职务 is %.1f mm off the 签名章's middle; §7.3.5.3 centres it on the stamp", offset))
            }
            let gap = (date.top - stamp.y1) / V.line
            if gap < 0.5 || gap > 1.6 {
                r.flag(page.number, date, String(format: "the date is %.1f lines below the 签名章; §7.3.5.3 asks for one empty line", gap))
            }
            return
        }
    }
}

/// §10.3 纪要格式: 出席, 请假 and 列席 左空二字, each label in a face other than the body's (黑体)
/// with a full-width colon, the names wrapping under the first name after the colon; one empty
/// line above the first list.
enum MinutesChecks {
    typealias V = LayoutVerifier
    static let labels = ["出席：", "请假：", "列席："]

    static func check(_ layout: PDFLayout, _ r: V.Report) {
        var inList = false
        var previous: PDFLayout.Line?
        for page in layout.pages {
            for line in page.lines where line.top <= V.blockBottom + 1 && abs(line.size - V.bodySize) <= 0.4 {
                defer { previous = line }
                if labels.contains(where: { line.text.hasPrefix($0) }) {
                    if !inList, let previous, previous.baseline < line.baseline {
                        let empty = V.whole((line.baseline - previous.baseline) / V.line) - 1
                        if empty != 1 { r.flag(page.number, line, "\(empty) empty lines above the 出席 list; §10.3 asks for one") }
                    }
                    inList = true
                    let indent = (line.x0 - V.blockLeft) / V.character
                    if abs(indent - 2) > 0.3 { r.flag(page.number, line, String(format: "'%@' starts %.1f characters in; §10.3 asks for 左空二字", PDFLayout.quoted(line.text.prefix(3)), indent)) }
                    let label = line.glyphs.prefix(2).map(\.font)
                    let names = line.glyphs.dropFirst(3).first?.font
                    if let names, label.contains(names) {
                        r.flag(page.number, line, "'\(PDFLayout.quoted(line.text.prefix(2)))' is set in the names' face; §10.3 asks for 3号黑体")
                    }
                } else if inList {
                    let indent = (line.x0 - V.blockLeft) / V.character
                    if abs(indent - 5) > 0.3 {
                        r.flag(page.number, line, String(format: "a wrapped line of names starts %.1f characters in; it belongs under the first name after the colon (5)", indent))
                    }
                }
            }
        }
    }
}

/// §10.1 信函格式: the red mark's top 30 mm below the page's top edge, centred; a red double line
/// (thick over thin) 4 mm under it and another (thin over thick) 20 mm above the page's bottom edge,
/// both 170 mm long and centred; the first line under the upper pair 7/8 of a 3号 character below
/// it, the 发文字号 flush right; the title two lines below; no page number on the first page.
enum LetterChecks {
    typealias V = LayoutVerifier
    static let seventhEighths = 0.875 * 16 * PDFLayout.pointsToMillimetres

    /// A letter's mark stands above the block.
    static func isLetter(_ page: PDFLayout.Page) -> Bool {
        page.lines.contains { $0.red && $0.top < V.blockTop - 1 }
    }

    static func check(_ page: PDFLayout.Page, _ r: V.Report) {
        let mark = page.lines.filter(\.red)
        guard let top = mark.first, let last = mark.last else { return }
        let boxTop = V.fontBoxTop(top)
        if abs(boxTop - PageGeometry.letterMarkTop) > 1.5 { r.flag(1, top, String(format: "the letter's mark starts %.1f mm below the page's top edge; §10.1 asks for 30 mm", boxTop)) }
        let centre = V.centre(mark)
        if abs(centre - V.a4.centre) > 1.5 { r.flag(1, top, String(format: "the letter's mark is centred at %.1f mm, not on the block (106 mm)", centre)) }
        let red = page.rules.filter(\.red).sorted { $0.y < $1.y }
        let upper = Array(red.filter { $0.y > last.bottom && $0.y < last.bottom + 12 }.prefix(2))
        let lower = Array(red.filter { $0.y > 265 && $0.y < 290 }.suffix(2))
        for (name, pair) in [("upper", upper), ("lower", lower)] {
            guard pair.count == 2 else {
                r.flag(1, nil, nil, "the \(name) red double line is missing (§10.1: two lines, 170 mm)")
                continue
            }
            for rule in pair where abs(rule.x0 - PageGeometry.letterRuleLeft) > 0.6 || abs(rule.x1 - PageGeometry.letterRuleRight) > 0.6 {
                r.flag(1, rule.x0, rule.y, String(format: "the %@ red double line runs %.1f–%.1f mm; §10.1 asks for 170 mm centred (21–191 mm)", name, rule.x0, rule.x1))
            }
        }
        if upper.count == 2 {
            let gap = upper[0].y - upper[0].width / 2 - last.bottom
            if abs(gap - PageGeometry.letterRuleUnderMark) > 1 { r.flag(1, upper[0].x0, upper[0].y, String(format: "the double line is %.1f mm under the mark; §10.1 asks for 4 mm", gap)) }
            if upper[0].width <= upper[1].width { r.flag(1, upper[0].x0, upper[0].y, "the upper double line must be thick over thin (§10.1)") }
            let below = upper[1].y + upper[1].width / 2
            let body = page.lines.filter { !$0.red && $0.top > below && abs($0.size - V.bodySize) <= 0.4 }
            if let first = body.first {
                if abs(first.top - below - seventhEighths) > 0.8 {
                    r.flag(1, first, String(format: "the first line under the double line starts %.1f mm below it; §10.1 asks for 7/8 of a 3号 character (%.1f mm)", first.top - below, seventhEighths))
                }
            }
            if let number = body.prefix(4).first(where: { V.matches(V.documentNumber, $0.text) }), abs(number.x1 - V.blockRight) > 0.6 {
                r.flag(1, number, String(format: "the 发文字号 ends at %.1f mm; §10.1 puts it flush right (184 mm)", number.x1))
            }
            let header = body.prefix { $0.baseline < (page.lines.first { abs($0.size - 22) <= 0.5 }?.baseline ?? 0) }
            if let title = page.lines.first(where: { abs($0.size - 22) <= 0.5 }), let lastHeader = header.last {
                let empty = (title.top - lastHeader.bottom) / V.line
                if empty < 1.6 || empty > 2.6 {
                    r.flag(1, title, String(format: "the title starts %.1f lines below the 发文字号; §10.1 asks for two (空二行)", empty))
                }
            }
        }
        if lower.count == 2 {
            let bottom = lower[1].y + lower[1].width / 2
            if abs(bottom - PageGeometry.letterLowerRuleBottom) > 1 { r.flag(1, lower[1].x0, lower[1].y, String(format: "the lower double line ends %.1f mm above the page's bottom edge; §10.1 asks for 20 mm", V.a4.height - bottom)) }
            if lower[0].width >= lower[1].width { r.flag(1, lower[0].x0, lower[0].y, "the lower double line must be thin over thick (§10.1)") }
            // A full first page: its last line 7/8 of a 3号 character above the lower pair.
            let top = lower[0].y - lower[0].width / 2
            if let last = page.lines.last(where: { !$0.red && $0.bottom < top && abs($0.size - V.bodySize) <= 0.4 }), last.bottom > V.blockBottom,
               abs(top - last.bottom - seventhEighths) > 0.8 {
                r.flag(1, last, String(format: "the last line of page 1 ends %.1f mm above the lower double line; §10.1 asks for 7/8 of a 3号 character (%.1f mm)", top - last.bottom, seventhEighths))
            }
        }
    }
}

/// §7.3.5.1, joint documents: each 署名 under its own seal, the seals in tidy rows that neither
/// touch nor leave the block, the first row's top within one line of the text, the last seal
/// centred on the date (右空四字).
enum JointSealChecks {
    typealias V = LayoutVerifier

    static func check(_ page: PDFLayout.Page, seals: [PDFLayout.Image], date: PDFLayout.Line, lines: [PDFLayout.Line], _ r: V.Report) {
        let space = (V.blockRight - date.x1) / V.character
        if abs(space - 4) > 0.4 { r.flag(page.number, date, String(format: "the date of a sealed document ends %.1f characters from the right edge; 右空四字 (§7.3.5.1)", space)) }
        for (i, a) in seals.enumerated() {
            if a.x0 < V.blockLeft - 0.5 || a.x1 > V.blockRight + 0.5 {
                r.flag(page.number, a.x0, a.y0, String(format: "a seal runs %.1f–%.1f mm, beyond the block (§7.3.5.1)", a.x0, a.x1))
            }
            for b in seals[(i + 1)...] where a.x0 <= b.x1 && b.x0 <= a.x1 && a.y0 <= b.y1 && b.y0 <= a.y1 {
                r.flag(page.number, b.x0, b.y0, "two seals touch or overlap; §7.3.5.1 keeps them apart")
            }
        }
        let last = seals.max { ($0.y0, $0.x0) < ($1.y0, $1.x0) }!
        let centre = (last.x0 + last.x1) / 2, dateCentre = (date.x0 + date.x1) / 2
        if abs(centre - dateCentre) > 2 {
            r.flag(page.number, last.x0, last.y0, String(format: "the last seal is centred at %.1f mm, the date at %.1f mm: it is pressed centred on 署名 and date (§7.3.5.1)", centre, dateCentre))
        }
        let top = seals.map(\.y0).min()!
        if let text = lines.last(where: { $0.bottom < top + 2 }), top - text.bottom > V.line {
            r.flag(page.number, text, String(format: "the first row of seals starts %.1f mm below the text; within one line, §7.3.5.1", top - text.bottom))
        }
        // Every seal has its 署名 centred on it, a little below its middle; two names of one row
        // share a line of text, apart.
        let names = lines.filter { !V.matches(V.dateLine, $0.text) }.flatMap { line in
            pieces(line).map { (x0: $0.x0, x1: $0.x1, top: line.top, bottom: line.bottom) }
        }
        for seal in seals {
            let middle = (seal.x0 + seal.x1) / 2
            let named = names.contains { $0.top > seal.y0 && $0.bottom < seal.y1 && abs(($0.x0 + $0.x1) / 2 - middle) <= 2 }
            if !named { r.flag(page.number, seal.x0, seal.y0, "no 署名 centred on this seal (§7.3.5.1: each issuer's name under its own seal)") }
        }
    }

    /// A line's runs of text, split where the gap between two glyphs is wider than a character.
    static func pieces(_ line: PDFLayout.Line) -> [(x0: Double, x1: Double)] {
        var out: [(x0: Double, x1: Double)] = []
        for glyph in line.glyphs.sorted(by: { $0.x0 < $1.x0 }) {
            if let last = out.last, glyph.x0 - last.x1 <= V.character { out[out.count - 1].x1 = max(last.x1, glyph.x1) } else { out.append((glyph.x0, glyph.x1)) }
        }
        return out
    }
}

/// §7.3.7, an attachment bound separately: the 发文字号 and 附件N 顶格 on the first line, the title
/// centred on the third.
enum SeparateAttachmentChecks {
    typealias V = LayoutVerifier
    static let label = try! NSRegularExpression(pattern: #"〔\d{4}〕\d+号附件\d*$"#)

    static func applies(_ page: PDFLayout.Page) -> Bool {
        guard let first = page.lines.first else { return false }
        return V.matches(label, first.text.replacingOccurrences(of: " ", with: ""))
    }

    /// `block`: where the page's text was set (a landscape page's own block, §8).
    static func check(_ page: PDFLayout.Page, block: V.Block, _ r: V.Report) {
        guard let first = page.lines.first else { return }
        if abs(first.x0 - block.left) > 0.6 {
            r.flag(1, first, String(format: "'%@' starts %.1f mm from the page's left edge; §7.3.7 puts it 顶格 (%.0f mm)", PDFLayout.quoted(first.text), first.x0, block.left))
        }
        if abs(first.top - block.top) > 3.5 { r.flag(1, first, "the 发文字号 and 附件 label belong on the first line of the page (§7.3.7)") }
        guard let title = page.lines.first(where: { abs($0.size - 22) <= 0.5 }) else {
            r.flag(1, nil, nil, "no 2号 title on the attachment's first page")
            return
        }
        let lines = (title.baseline - first.baseline) / V.line
        if abs(lines - 2) > 0.35 { r.flag(1, title, String(format: "the attachment's title is %.1f lines below its first line; it goes on the third (§7.3.7)", lines)) }
        if abs((title.x0 + title.x1) / 2 - (block.left + block.right) / 2) > 1.5 { r.flag(1, title, "the attachment's title is not centred on the block") }
    }
}
