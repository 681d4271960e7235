import Foundation

/// Measures a finished PDF against GB/T 9704-2012's page layout and reports each deviation with
/// its page and position. What it measures, and how, follows the standard's clauses; tolerances are
/// what a ruler on the printed page can tell.
public enum LayoutVerifier {
    public struct Finding: Sendable, CustomStringConvertible {
        public var page: Int?
        public var x: Double?
        public var y: Double?
        public var message: String

        public var description: String {
            var place = page.map { "page \($0)" } ?? "document"
            if let x, let y { place += String(format: " at x=%.1f mm y=%.1f mm", x, y) }
            return "\(place): \(message)"
        }
    }

    /// The page the writer sets (§5), measured with the figures it was made with.
    static let a4 = PageGeometry.a4
    static let blockLeft = a4.left, blockRight = a4.right, blockTop = a4.top, blockBottom = a4.bottom
    typealias Block = (left: Double, right: Double, top: Double, bottom: Double)
    static func block(_ page: PageGeometry) -> Block { (page.left, page.right, page.top, page.bottom) }
    /// The upright block as a landscape page has it (§8: the page turned a quarter, head to the left).
    static let turnedBlock = block(PageGeometry.landscape)

    /// A page as its text was set: a landscape page (§8) turned back, with its block; otherwise the
    /// page itself and the upright block.
    static func asSet(_ page: PDFLayout.Page) -> (page: PDFLayout.Page, block: Block) {
        guard !page.turnedLines.isEmpty, page.lines.allSatisfy({ $0.top > blockBottom + 1 }) else {
            return (page, block(a4))
        }
        var turned = page
        turned.lines = page.turnedLines
        turned.turnedLines = []
        return (turned, turnedBlock)
    }
    static let character = PageGeometry.character
    static let bodySize = 16.0
    /// The nominal line: 22 lines in 225 mm (the standard's, not LibreOffice's 28.95 pt rounding of
    /// it: the verifier measures against GB/T 9704, and its tolerances cover the difference).
    static let line = PageGeometry.line

    static let imprint = try! NSRegularExpression(pattern: #"\d{4}年\d{1,2}月\d{1,2}日印发$"#)
    static let dateLine = try! NSRegularExpression(pattern: #"^\d{4}年\d{1,2}月\d{1,2}日$"#)
    static let documentNumber = try! NSRegularExpression(pattern: #"〔\d{4}〕\d+号"#)
    /// The Western faces a PDF maker falls back to, which lack Chinese characters (any case).
    static let westernFaces = ["liberation", "times", "dejavu", "arial", "helvetica", "courier"]

    static func isWesternFace(_ font: String) -> Bool {
        westernFaces.contains { has(font, $0, ignoringASCIICase: true) }
    }

    static func matches(_ re: NSRegularExpression, _ s: String) -> Bool {
        // Each pattern has a character it cannot match without: a line lacking it is not run through ICU.
        if re === imprint, !has(s, "印发") { return false }
        if re === documentNumber, !has(s, "〔") { return false }
        if re === dateLine, !has(s, "年") { return false }
        return re.firstMatch(in: s, range: NSRange(s.startIndex..., in: s)) != nil
    }

    /// Whether `text` holds `part`, byte for byte in UTF-8 (Foundation's `contains` goes through
    /// CFString's search, which costs the verifier a fifth of its time on a 公文's lines).
    static func has(_ text: String, _ part: String, ignoringASCIICase: Bool = false) -> Bool {
        var text = text, part = part
        return text.withUTF8 { t in
            part.withUTF8 { p in
                guard let lead = p.first else { return true }
                guard t.count >= p.count, let text = t.baseAddress, let pattern = p.baseAddress else { return false }
                if !ignoringASCIICase {
                    // Where the first byte is (memchr), then the rest (memcmp).
                    var start = 0
                    while start <= t.count - p.count,
                          let found = memchr(text + start, Int32(lead), t.count - p.count - start + 1) {
                        let at = UnsafeRawPointer(found) - UnsafeRawPointer(text)
                        if memcmp(text + at, pattern, p.count) == 0 { return true }
                        start = at + 1
                    }
                    return false
                }
                func fold(_ byte: UInt8) -> UInt8 { ignoringASCIICase && byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
                for start in 0...(t.count - p.count) {
                    var n = 0
                    while n < p.count, fold(t[start + n]) == fold(p[n]) { n += 1 }
                    if n == p.count { return true }
                }
                return false
            }
        }
    }

    final class Report {
        var findings: [Finding] = []
        /// The office presses its seals on paper: a sealed layout without a seal image is expected.
        var handSealed = false
        func flag(_ page: Int?, _ x: Double?, _ y: Double?, _ message: String) {
            findings.append(Finding(page: page, x: x, y: y, message: message))
        }
        func flag(_ page: Int, _ line: PDFLayout.Line, _ message: String) { flag(page, line.x0, line.baseline, message) }
    }

    /// `handSealed`: the seals are pressed on the printed pages, so a sealed layout (date 右空四字)
    /// with no seal image is what is expected; otherwise it is a document that lost its seal.
    public static func verify(_ layout: PDFLayout, handSealed: Bool = false) -> [Finding] {
        let r = Report()
        r.handSealed = handSealed
        guard !layout.pages.isEmpty else { return [Finding(message: "no pages")] }
        var lefts: [Double] = [], rights: [Double] = [], gaps: [Double] = []
        var previous: PDFLayout.Line?
        var blankBefore = false
        var imprintPages: [Int] = []
        let letter = LetterChecks.isLetter(layout.pages[0])
        for page in layout.pages {
            // §10.1: a letter's first page runs to 7/8 of a character above the lower double line
            // and carries no page number; its mark stands above the block.
            let bottom = letter && page.number == 1 ? 273 : blockBottom + 1
            if abs(page.width - a4.width) > 0.5 || abs(page.height - a4.height) > 0.5 {
                r.flag(page.number, nil, nil, String(format: "page is %.1f × %.1f mm, not A4 (210 × 297)", page.width, page.height))
            }
            let footer = page.lines.filter { $0.top > bottom }
            let body = page.lines.filter { $0.top <= bottom && !(letter && page.number == 1 && $0.red) }
            // §7.5: a blank page before the 版记 page, and that 版记 page, carry no number.
            let unnumbered = (body.isEmpty && page.turnedLines.isEmpty) || (blankBefore && body.contains { matches(imprint, $0.text) })
            blankBefore = body.isEmpty && page.turnedLines.isEmpty
            if letter && page.number == 1 {
                if !footer.isEmpty { r.flag(1, footer[0], "a letter's first page carries no page number (§10.1)") }
            } else if !(footer.isEmpty && unnumbered) {
                checkPageNumber(page, footer: footer, r)
            }
            for line in body {
                checkBodyLine(line, page: page.number, after: previous, r)
                if matches(imprint, line.text) { imprintPages.append(page.number) }
                previous = line
            }
            // A landscape page (§8) is measured as printed before it was turned: its own block, and
            // each line on its baseline; the 22 lines of an upright page do not apply.
            for line in page.turnedLines {
                checkBodyLine(line, page: page.number, after: nil, block: turnedBlock, r)
            }
            // Flush-left lines and lines that run to the right edge, wherever the block really is.
            let text = body.filter { abs($0.size - bodySize) <= 0.4 }
            lefts += text.map(\.x0).filter { $0 < blockLeft + 4 }
            rights += text.map(\.x1).filter { $0 > blockRight - 4 }
            if !text.isEmpty && text.count == body.count {
                gaps += zip(text, text.dropFirst()).map { $1.baseline - $0.baseline }
            }
        }
        // Lines a full page holds are counted at the document's own pitch.
        let pitch = median(gaps.filter { $0 < 1.5 * line }) ?? line
        for page in layout.pages { checkFullPage(page, body: page.lines.filter { $0.top <= blockBottom + 1 }, pitch: pitch, r) }
        if let left = median(lefts), abs(left - blockLeft) > 0.5 {
            r.flag(nil, nil, nil, String(format: "left margin (订口) is %.1f mm; GB/T 9704 asks for 28 mm (§5.2.2)", left))
        }
        if let right = median(rights), abs(right - blockRight) > 0.5 {
            r.flag(nil, nil, nil, String(format: "text block ends %.1f mm from the left edge; it should end at 184 mm (156 mm wide)", right))
        }
        checkPitch(gaps, r)
        if let last = imprintPages.last, last != layout.pages.count || last % 2 == 1 {
            r.flag(last, nil, nil, "the 版记 is on page \(last) of \(layout.pages.count): it belongs on the last page, and that page must be even (§7.4)")
        }
        let first = layout.pages[0]
        let firstAsSet = asSet(first)
        // The special formats are told by their red mark, as a reader tells them (§10).
        let mark = first.lines.filter(\.red).map(\.text).joined().replacingOccurrences(of: " ", with: "")
        let order = mark.hasSuffix("令")
        if letter {
            LetterChecks.check(first, r)
        } else if SeparateAttachmentChecks.applies(firstAsSet.page) {
            SeparateAttachmentChecks.check(firstAsSet.page, block: firstAsSet.block, r)
        } else if order {
            OrderChecks.check(first, r)
            OrderChecks.stamp(layout, r)
        } else if first.lines.contains(where: \.red) || first.rules.contains(where: \.red) {
            RedHeaderChecks.check(first, r)
            if mark.hasSuffix("纪要") { MinutesChecks.check(layout, r) }
        } else if let title = firstAsSet.page.lines.first, !first.lines.prefix(6).contains(where: { matches(documentNumber, $0.text) }) {
            // (A 发文字号 above the title without anything red: a 版头 printed on preprinted paper.)
            let centre = (title.x0 + title.x1) / 2, blockCentre = (firstAsSet.block.left + firstAsSet.block.right) / 2
            if abs(title.size - 22) > 0.5 || abs(centre - blockCentre) > 1.5 {
                r.flag(1, title, String(format: "the first line '%@' is not a 2号 (22 pt) title centred on the block (%.1f pt, centre %.1f mm)",
                                        PDFLayout.quoted(title.text.prefix(12)), title.size, centre))
            }
        }
        if !order && !mark.hasSuffix("纪要") { SignatureChecks.check(layout, r) }
        return r.findings
    }

    static func checkBodyLine(_ line: PDFLayout.Line, page: Int, after previous: PDFLayout.Line?,
                              block: Block = (blockLeft, blockRight, blockTop, .infinity), _ r: Report) {
        // (An upright page's foot is the footer's business: what lies below the block is its page number.)
        if line.x0 < block.left - 0.6 || line.x1 > block.right + 0.6 || line.top < block.top - 0.6 || line.bottom > block.bottom + 1 {
            let which = block.bottom.isFinite ? "landscape page's block (§8)" : "156 × 225 mm block"
            r.flag(page, line, String(format: "text outside the %@ (x %.1f–%.1f mm, y %.1f–%.1f mm): '%@'",
                                      which, line.x0, line.x1, line.top, line.bottom, PDFLayout.quoted(line.text.prefix(12))))
        }
        if has(line.text, "*") || has(line.text, "{{") || has(line.text, "×××") || has(line.text, "XX") {
            r.flag(page, line, "placeholder left in the text: '\(PDFLayout.quoted(line.text.prefix(20)))'")
        }
        if let bad = halfWidthPunctuation(line.text) {
            r.flag(page, line, "half-width '\(PDFLayout.quoted(String(bad)))' between Chinese characters")
        }
        if let off = line.glyphs.first(where: { abs($0.baseline - line.baseline) > 0.3 }) {
            r.flag(page, off.x0, off.baseline, String(format: "'%@' sits %+.2f mm off the baseline of '%@': one line, one baseline",
                                                      PDFLayout.quoted(off.text), line.baseline - off.baseline, PDFLayout.quoted(line.text.prefix(10))))
        }
        var face: (name: String, western: Bool)?   // a line's glyphs come in runs of one face: asked once a run
        for g in line.glyphs where (g.text.unicodeScalars.first?.value ?? 0) >= 0x2E80 {
            if face?.name != g.font { face = (g.font, isWesternFace(g.font)) }
            guard face?.western == true else { continue }
            r.flag(page, g.x0, g.baseline, "'\(PDFLayout.quoted(g.text))' is drawn in the Western face \(PDFLayout.quoted(g.font)), which lacks it: it prints blank or as a box")
        }
        // GB/T 15835: a number is never split between a full line and the next.
        if let previous, previous.x1 >= blockRight - 1.5, let last = previous.text.last, let first = line.text.first,
           last.isASCII, last.isNumber || ".,".contains(last), first.isASCII, first.isNumber || ".%".contains(first),
           !(previous.text.dropLast().last.map { "年月日".contains($0) } ?? false) {
            r.flag(page, line, "a number is split across lines: '…\(PDFLayout.quoted(previous.text.suffix(6)))' / '\(PDFLayout.quoted(line.text.prefix(6)))…'")
        }
    }

    /// A full text page (after the first, all 3号, its last line at the foot of the block) spans 22 lines.
    static func checkFullPage(_ page: PDFLayout.Page, body: [PDFLayout.Line], pitch: Double, _ r: Report) {
        guard page.number > 1, !body.isEmpty, body.allSatisfy({ abs($0.size - bodySize) <= 0.4 }),
              let first = body.first, let last = body.last, last.bottom >= blockBottom - 7 else { return }
        let slots = LayoutVerifier.whole((last.baseline - first.baseline) / pitch) + 1
        if slots != 22 { r.flag(page.number, last, "\(slots) lines on a full page; GB/T 9704 asks for 22 (§5.2.3)") }
        if first.top > blockTop + 3.5 { r.flag(page.number, first, String(format: "the first line's top is %.1f mm from the page top; the block starts at 37 mm", first.top)) }
    }

    /// Lines are one pitch apart, or a whole number of pitches where the standard leaves empty lines.
    static func checkPitch(_ gaps: [Double], _ r: Report) {
        let single = gaps.filter { $0 < 1.5 * line }
        guard let pitch = median(single) else { return }
        if pitch < 9.9 || pitch > 10.6 {
            r.flag(nil, nil, nil, String(format: "line pitch is %.2f mm; 22 lines in 225 mm need about 10.2 mm", pitch))
        }
        let worst = gaps.map { g in (1...5).map { abs(g - Double($0) * pitch) }.min()! }.max() ?? 0
        if worst > 0.35 {
            r.flag(nil, nil, nil, String(format: "a gap between lines is %.2f mm off a whole number of lines", worst))
        }
    }

    static func checkPageNumber(_ page: PDFLayout.Page, footer: [PDFLayout.Line], _ r: Report) {
        guard footer.count == 1, let line = footer.first else {
            r.flag(page.number, nil, nil, "expected one page number line '— \(page.number) —' below the block, found \(footer.count)")
            return
        }
        let compact = line.text.replacingOccurrences(of: " ", with: "")
        guard compact == "—\(page.number)—" else {
            r.flag(page.number, line, "page number reads '\(PDFLayout.quoted(line.text))', expected '— \(page.number) —' with U+2014 dashes")
            return
        }
        let centre = (line.top + line.bottom) / 2
        if abs(centre - (blockBottom + PageGeometry.pageNumberBelowBlock)) > 2.5 { r.flag(page.number, line, String(format: "page number sits %.1f mm below the block; 7 mm expected", centre - blockBottom)) }
        if abs(line.size - 14) > 0.5 { r.flag(page.number, line, String(format: "page number is %.1f pt; 4号 is 14 pt", line.size)) }
        let odd = page.number % 2 == 1
        if odd && abs(line.x1 - (blockRight - 5.3)) > 1.2 { r.flag(page.number, line, "odd page number is not right-aligned one character in") }
        if !odd && abs(line.x0 - (blockLeft + 5.3)) > 1.2 { r.flag(page.number, line, "even page number is not left-aligned one character in") }
    }

    static func halfWidthPunctuation(_ text: String) -> Character? {
        guard text.utf8.contains(where: { $0 == 0x2C || $0 == 0x3B || $0 == 0x3A || $0 == 0x3F || $0 == 0x21 || $0 == 0x28 || $0 == 0x29 }) else { return nil }
        let chars = Array(text)
        for i in chars.indices.dropFirst().dropLast() where ",;:?!()".contains(chars[i]) {
            if Punctuation.isChinese(chars[i - 1]) && Punctuation.isChinese(chars[i + 1]) { return chars[i] }
        }
        return nil
    }

    /// A count of lines, rounded, from measures a file gave (which may be anything: a coordinate of
    /// 1e21 mm would trap converting to Int): held within ±1,000,000.
    static func whole(_ value: Double) -> Int {
        guard value.isFinite else { return 0 }
        return Int(min(max(value.rounded(), -1_000_000), 1_000_000))
    }

    /// A mark's top at its ideographic em box, 0.88 em above the baseline, as the yardstick
    /// (`../shared/tools/gbt9704_check.py`) measures it, so that faces whose ascent says otherwise
    /// measure alike (a font box one em high put gongwen's own engine's marks 1.5 mm short of where
    /// the yardstick, measuring the same PDF, finds them exactly).
    static func fontBoxTop(_ line: PDFLayout.Line) -> Double {
        line.glyphs.map { $0.baseline - 0.88 * $0.size * PDFLayout.pointsToMillimetres }.min() ?? line.top
    }

    /// The middle of some lines taken together (a mark of one or more lines).
    static func centre(_ lines: [PDFLayout.Line]) -> Double {
        (lines.map(\.x0).min()! + lines.map(\.x1).max()!) / 2
    }

    static func median(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }
}

/// §7.2: the red 发文机关标志 35 mm below the block's top, the 发文字号 and the red separator 4 mm
/// below it, as wide as the block; the title two lines below the separator (§7.3.1).
enum RedHeaderChecks {
    typealias V = LayoutVerifier

    static func check(_ page: PDFLayout.Page, _ r: V.Report) {
        let mark = page.lines.filter(\.red)
        if let top = mark.first {
            // The mark's top at its em box (LibreOffice sets it by its line box, up to 2.5 mm lower).
            let boxTop = V.fontBoxTop(top)
            let distance = boxTop - V.blockTop
            if distance < PageGeometry.markBelowBlockTop - 1 || distance > PageGeometry.markBelowBlockTop + 2.5 {
                r.flag(1, top, String(format: "the red 发文机关标志 starts %.1f mm below the block's top; §7.2.4 asks for 35 mm", distance))
            }
            let centre = V.centre(mark)
            if abs(centre - V.a4.centre) > 1.5 { r.flag(1, top, String(format: "the 发文机关标志 is centred at %.1f mm, not on the block (106 mm)", centre)) }
        } else {
            r.flag(1, nil, nil, "a red separator but no red 发文机关标志 on page 1 (§7.2.4)")
        }
        guard let rule = page.rules.first(where: \.red) else {
            r.flag(1, nil, nil, "no red separator line under the 发文字号 (§7.2.7)")
            return
        }
        if abs(rule.x0 - V.blockLeft) > 0.5 || abs(rule.x1 - V.blockRight) > 0.5 {
            r.flag(1, rule.x0, rule.y, String(format: "the red separator runs %.1f–%.1f mm; it must be as wide as the block (28–184 mm, §7.2.7)", rule.x0, rule.x1))
        }
        let text = page.lines.filter { !$0.red && abs($0.size - V.bodySize) <= 0.4 }
        if let number = text.last(where: { $0.baseline < rule.y }) {
            let gap = rule.y - number.bottom
            if gap < 2.5 || gap > 5.5 {
                r.flag(1, rule.x0, rule.y, String(format: "the red separator is %.1f mm below the 发文字号 line; §7.2.7 asks for 4 mm", gap))
            }
        } else {
            r.flag(1, rule.x0, rule.y, "no 发文字号 line above the red separator (§7.2.5)")
        }
        // §7.3.1: the title two empty lines below the separator.
        if let title = page.lines.first(where: { $0.baseline > rule.y && abs($0.size - 22) <= 0.5 }) {
            let lines = (title.top - rule.y) / V.line
            if lines < 1.6 || lines > 2.6 {
                r.flag(1, title, String(format: "the title starts %.1f lines below the red separator; §7.3.1 asks for two (空二行)", lines))
            }
        }
    }
}

/// §7.3.5: 署名 and date; sealed, the date 右空四字 and room above for the seal, which is centred
/// on the date and reaches up to within one line of the text.
enum SignatureChecks {
    typealias V = LayoutVerifier

    /// A page's lines in the body's size inside the block (not the page number under it).
    static func bodyLines(_ page: PDFLayout.Page) -> [PDFLayout.Line] {
        page.lines.filter { $0.top <= V.blockBottom + 1 && abs($0.size - V.bodySize) <= 0.4 }
    }

    /// The last date line of the document: its page, its index among that page's `bodyLines`, and those lines.
    static func dateLine(_ layout: PDFLayout) -> (page: PDFLayout.Page, index: Int, lines: [PDFLayout.Line])? {
        var found: (page: PDFLayout.Page, index: Int, lines: [PDFLayout.Line])?
        for page in layout.pages {
            let body = bodyLines(page)
            if let i = body.lastIndex(where: { V.matches(V.dateLine, $0.text) }) { found = (page, i, body) }
        }
        return found
    }

    /// §7.3.5.5: the text is never left without its signature. The page that holds the date holds a
    /// line of the text above the 署名 too (one that starts at the block's left edge or two
    /// characters in: a paragraph's line, a heading, the 附件说明).
    static func hasTextAbove(_ lines: [PDFLayout.Line], date index: Int) -> Bool {
        lines[..<max(0, index - 1)].contains { line in
            let indent = (line.x0 - V.blockLeft) / V.character
            return abs(indent) <= 0.3 || abs(indent - 2) <= 0.3
        }
    }

    static func check(_ layout: PDFLayout, _ r: V.Report) {
        guard let (page, index, lines) = dateLine(layout) else { return }
        let date = lines[index]
        if !hasTextAbove(lines, date: index) {
            r.flag(page.number, date, "the 署名 and the date stand on page \(page.number) without a line of the text above them; "
                   + "§7.3.5.5 keeps the last lines of the text with the signature (adjust the spacing, or shorten or lengthen the text)")
        }
        let space = (V.blockRight - date.x1) / V.character
        let sealedLayout = abs(space - 4) <= 0.4
        guard index > 0 else { return }
        let signature = lines[index - 1]
        let shift = (date.x0 - signature.x0) / V.character
        if !(abs(space - 2) <= 0.4 || sealedLayout || abs(shift - 2) <= 0.4) {
            r.flag(page.number, date, String(format: "the date ends %.1f characters from the right edge: 右空二字, or 右空四字 when sealed (§7.3.5)", space))
        }
        let seals = page.images.filter { $0.x1 - $0.x0 > 20 && $0.y0 < date.bottom && $0.y1 > date.top - 12 * V.line }
        if seals.count > 1 {
            JointSealChecks.check(page, seals: seals, date: date, lines: lines, r)
            return
        }
        guard sealedLayout, index >= 2 else { return }
        let text = lines[index - 2]
        let empty = LayoutVerifier.whole((signature.baseline - text.baseline) / V.line) - 1
        if empty < 2 {
            r.flag(page.number, signature, "\(empty) empty lines between the text and the 署名 of a sealed document; the seal needs two (§7.3.5.1)")
        }
        guard let seal = page.images.first(where: { $0.x1 - $0.x0 > 20 && $0.y1 > signature.top && $0.y0 < date.bottom }) else {
            // The room for a seal and no seal: lost on the way (LibreOffice drops an image it cannot
            // draw without a word), unless the office presses its seals by hand.
            if !r.handSealed {
                r.flag(page.number, date, "the layout is sealed (the date 右空四字, two empty lines above the 署名) but no seal image is drawn there; "
                       + "a seal image was lost, or, if the seal is pressed on paper, verify with --hand-sealed")
            }
            return
        }
        let centre = (seal.x0 + seal.x1) / 2, dateCentre = (date.x0 + date.x1) / 2
        if abs(centre - dateCentre) > 2 {
            r.flag(page.number, seal.x0, seal.y0, String(format: "the seal is centred at %.1f mm, the date at %.1f mm: it is pressed centred on 署名 and date (§7.3.5.1)", centre, dateCentre))
        }
        if seal.y0 - text.bottom > V.line {
            r.flag(page.number, seal.x0, seal.y0, String(format: "the seal's top is %.1f mm below the text; within one line, §7.3.5.1", seal.y0 - text.bottom))
        }
        if seal.y0 < text.top || seal.x1 > V.blockRight + 0.5 {
            r.flag(page.number, seal.x0, seal.y0, "the seal covers the text above it or leaves the block (§7.3.5.1)")
        }
    }
}
