import Synchronization
/// The faces pages are set with: one per role, the 宋体 of the page numbers, and the faces tried, in
/// order, for a character a role's face lacks (a rare character in a name). Kept in one place.
public struct LayoutFaces: Sendable {
    public var faces: [OpenTypeFace]
    public var byRole: [FontRole: Int] { didSet { first = Self.first(byRole) } }
    /// Each role's face by its raw value (`byRole`'s, the body's where it has none): asked for every
    /// character set, where hashing the role was a per cent of a document.
    private var first: [Int]
    public var pageNumbers: Int
    public var fallbacks: [Int]
    /// The body's face for Western characters (Times): the .odt's body styles name it as their Latin
    /// face, the title and heading styles their Chinese face for every character.
    public var latin: Int?

    public init(faces: [OpenTypeFace], byRole: [FontRole: Int], pageNumbers: Int, fallbacks: [Int], latin: Int? = nil) {
        self.faces = faces
        self.byRole = byRole
        first = Self.first(byRole)
        self.pageNumbers = pageNumbers
        self.fallbacks = fallbacks
        self.latin = latin
    }

    /// `first` of `byRole`: every role, by raw value (0, 1, 2 …).
    static func first(_ byRole: [FontRole: Int]) -> [Int] {
        FontRole.allCases.sorted { $0.rawValue < $1.rawValue }.map { byRole[$0] ?? byRole[.body] ?? 0 }
    }

    /// Characters a Western face draws in body text, as LibreOffice assigns them to the Latin face of
    /// the .odt's styles: printable ASCII (digits, letters, `. , % +`) and Latin-1 and Latin Extended
    /// (`·`, `é`). Full-width marks and CJK stay with the Chinese face.
    static func isWestern(_ scalar: Unicode.Scalar) -> Bool {
        (0x21...0x7E).contains(scalar.value) || (0xA1...0x24F).contains(scalar.value)
    }

    /// The face and glyph that draw `scalar` in `role`'s face, or in the first fallback that has it.
    func glyph(_ scalar: Unicode.Scalar, role: FontRole) -> (face: Int, glyph: UInt32)? {
        if role == .body, let latin, Self.isWestern(scalar), let glyph = faces[latin].glyph(scalar) { return (latin, glyph) }
        let first = self.first[role.rawValue]
        if let glyph = faces[first].glyph(scalar) { return (first, glyph) }
        for index in fallbacks {
            if let glyph = faces[index].glyph(scalar) { return (index, glyph) }
        }
        return nil
    }
}

/// gongwen's own page setter (issue 28): a composed document on the GB/T 9704 grid, 22 lines of 28
/// characters a page, every line on the grid's baseline, page numbers as §7.5 says. Pure: faces in,
/// pages of positioned glyphs and rules out; no writer is involved.
///
/// It sets the formats without a 版头 or 版记 (the units' 工作总结, plain notices): title, 主送机关,
/// the text with its headings, 附件说明, signature, date and 附注. A block it does not set yet (the
/// red 版头, tables, seals, the 版记) is an `Unsupported` error naming it, never a page set wrong.
public enum PageSetter {
    public struct Unsupported: Error, CustomStringConvertible {
        public var what: String
        public var description: String { "the native engine does not set \(what) yet (build it with LibreOffice)" }
    }

    public struct MissingCharacter: Error, CustomStringConvertible {
        public var character: Character
        public var description: String {
            "'\(character)' (U+\(String(character.unicodeScalars.first?.value ?? 0, radix: 16, uppercase: true))) is in no installed face"
        }
    }

    /// The page rows are being set for: the upright A4 page, or the turned one of a landscape table's
    /// pages (§8) while those are set (`$page.withValue`).
    @TaskLocal static var page = PageGeometry.a4
    /// Grid characters a line of `page` holds: 28 upright, 40.4 on a turned page (225 mm).
    static var lineCharacters: Double { (page.blockWidth / pitch * 1e6).rounded() / 1e6 }
    /// Grid lines a page of `page` holds: 22 upright, 15 turned (156 mm).
    static var pageLines: Int { Int((page.blockHeight / line + 1e-6).rounded(.down)) }
    static let pitch = PageGeometry.character
    static let line = PageGeometry.line
    static let points = 25.4 / 72
    static let bodySize = 16.0
    static let titleSize = 22.0
    static let pageNumberSize = 14.0

    /// Where a glyph's baseline stands in its grid line: the ideographic em box (0.88 em above the
    /// baseline, 0.12 em below) centred in the line.
    static func baselineOffset(size: Double) -> Double {
        let em = size * points
        return (line - em) / 2 + 0.88 * em
    }

    /// One grid line: its glyphs (x from the page's left edge), and what it is for pagination.
    struct Row {
        var glyphs: [(face: Int, size: Double, x: Double, glyph: UInt32, text: String)] = []
        /// A line of the document's text (body, heading, 主送机关…), as opposed to a blank or the signature.
        var isText = false
        var isDate = false
        /// A heading on a line of its own: never the last line of a page.
        var isHeading = false
        /// The row opens a new page (an attachment's first line, §7.3.7).
        var startsPage = false
        /// Seals and 签名章 anchored to the row: left edge from the page's left, centre below the row's top (mm).
        var images: [(image: SealImage, left: Double, centre: Double)] = []
        /// A table row's further grid lines (its cells' wrapped text), drawn under the first.
        var more: [[(face: Int, size: Double, x: Double, glyph: UInt32, text: String)]] = []
        /// A table row's rules: x from the page's left, y from the row's top, width, height (mm).
        var rules: [(x: Double, y: Double, width: Double, height: Double)] = []
        /// A table's heading rows, set again over this row when it opens a page.
        var repeatedHeader: [Row] = []
        /// A heading's first line: the outline entry it opens (level and text).
        var outline: (level: Int, title: String)?
        /// The grid lines the row takes: a table row is never split between pages.
        var span: Int { 1 + more.count }
    }

    /// The grid lines rows take.
    static func lines(_ rows: [Row]) -> Int { rows.reduce(0) { $0 + $1.span } }

    public static func set(_ composed: ComposedDocument, faces: LayoutFaces) throws -> [LaidOutPage] {
        var blocks = composed.blocks[...]
        var head = Head()
        if let header = composed.header {
            if case .letterHead(let mark)? = blocks.first {
                blocks.removeFirst()
                head = try letterHead(mark, header: header, faces: faces)
            } else {
                head = try redHead(header, composed: composed, blocks: &blocks, faces: faces)
            }
        }
        // The text in runs of upright or turned pages: a landscape attachment (§8) turns them from its
        // 附件 label on, the next upright attachment turns them back.
        var segments: [(turned: Bool, rows: [Row])] = [(false, [])]
        var imprint: ComposedImprint?
        for block in blocks {
            if case .paragraph(let p) = block {
                switch p.role {
                case .attachmentLabel(.toLandscape), .headerLine(.toLandscape): segments.append((true, []))
                case .attachmentLabel(.backUpright): segments.append((false, []))
                default: break
                }
            }
            let geometry = segments[segments.count - 1].turned ? PageGeometry.landscape : PageGeometry.a4
            let rows: [Row] = try PageSetter.$page.withValue(geometry) {
                switch block {
                case .paragraph(let p): return try self.rows(p, composed: composed, faces: faces)
                case .table(let t): return try tableRows(t, faces: faces)
                case .jointMark: throw Unsupported(what: "joint issuers' marks")
                case .letterHead: throw Unsupported(what: "a 信函's letterhead after its first line")
                case .imprint(let i): imprint = i; return []
                }
            }
            segments[segments.count - 1].rows += rows
        }
        // Page 1 holds the lines that fit under its 版头; each run of pages is paginated on its own page.
        var paginated: [(rows: [Row], turned: Bool)] = []
        let filled = segments.filter { !$0.rows.isEmpty }
        for (turned, rows) in filled.isEmpty ? [segments[0]] : filled {
            let geometry = turned ? PageGeometry.landscape : PageGeometry.a4
            let first = paginated.isEmpty && !turned
                ? min(PageGeometry.linesPerPage, Int(((head.bottom + 0.5 - head.top) / head.pitch).rounded(.down))) : nil
            let pages = PageSetter.$page.withValue(geometry) { paginate(rows, firstCapacity: first ?? pageLines) }
            paginated += pages.map { ($0, turned) }
        }
        return try pages(paginated, head: head, imprint: imprint, faces: faces)
    }

    // MARK: Seals

    /// The seals of SVG drawn lately, by their bytes and printed size (one SVG may be a 42 mm seal
    /// and a 30 mm 签名章): every unit of a batch presses the same seal.
    static let drawnSeals = Mutex<[(svg: [UInt8], width: Double, height: Double, png: [UInt8])]>([])

    /// A PNG seal as it is; an SVG one drawn by librsvg at 600 dots an inch over its printed size
    /// (`SVGRaster`), its role and size kept. One librsvg cannot draw is left to LibreOffice.
    static func drawnSeal(_ image: SealImage) throws -> SealImage {
        guard image.kind == .svg else { return image }
        let png: [UInt8]
        let (width, height) = (image.widthMillimetres, image.heightMillimetres)
        if let known = drawnSeals.withLock({ $0.first { $0.svg == image.bytes && $0.width == width && $0.height == height }?.png }) {
            png = known
        } else {
            do {
                png = try SVGRaster.png(image.bytes, widthMillimetres: width, heightMillimetres: height)
            } catch {
                throw Unsupported(what: "this SVG seal image")   // librsvg could not draw it
            }
            drawnSeals.withLock { seals in
                seals.append((image.bytes, width, height, png))
                if seals.count > 4 { seals.removeFirst() }
            }
        }
        var drawn = SealImage(bytes: png, kind: .png, widthMillimetres: image.widthMillimetres, heightMillimetres: image.heightMillimetres)
        drawn.role = image.role
        return drawn
    }

    // MARK: Lines

    static func rows(_ p: ComposedParagraph, composed: ComposedDocument, faces: LayoutFaces) throws -> [Row] {
        func characters(_ role: FontRole) -> [(Character, FontRole)] {
            p.runs.flatMap { run -> [(Character, FontRole)] in
                switch run {
                case .text(let s), .prose(let s): return s.map { ($0, role) }
                case .face(let s, let face): return s.map { ($0, face) }
                case .tab, .lineBreak, .image: return []
                }
            }
        }
        // Seals and 签名章 stand where the composition put them, over the text; an SVG one drawn as a
        // PNG at print resolution (`drawnSeal`).
        let images = try p.runs.compactMap { run -> (image: SealImage, left: Double, centre: Double)? in
            guard case .image(let place) = run else { return nil }
            return (try drawnSeal(place.image), page.left + place.left, place.centreLine * line)
        }
        switch p.role {
        case .blank:
            return [Row()]
        case .title, .attachmentTitle:
            // Centred lines in the title's face at 22 pt, as `TitleLines` split them.
            var lines: [[Run]] = [[]]
            for run in p.runs { if run == .lineBreak { lines.append([]) } else { lines[lines.count - 1].append(run) } }
            var rows: [Row] = []
            for runs in lines {
                let text = runs.map { if case .text(let s) = $0 { s } else { "" } }.joined()
                // TitleLines splits by nominal widths (a digit half a character); a line the title's
                // face sets wider than the block (wide digits) is split again, tighter, until it fits.
                var parts = [text]
                var limit = TitleLines.maxUnits
                while limit > 2, try parts.contains(where: { try width($0, role: .title, size: titleSize, faces: faces) > page.blockWidth + 0.01 }) {
                    limit -= 1
                    parts = TitleLines.split(text, limit: limit)
                }
                rows += try parts.map { try centred($0, role: .title, size: titleSize, faces: faces) }
            }
            return rows
        case .body, .heading, .addressee, .note, .attachmentList:
            let role: FontRole
            switch p.role {
            case .heading(1): role = .heading1
            case .heading(2): role = .heading2
            default: role = .body
            }
            // The first line 2 characters in (空二字), the 主送机关 顶格; the 附件说明's names in one column.
            var indent = 2.0, hanging = 0.0
            if p.role == .addressee { indent = 0 }
            if case .attachmentList(let first) = p.role { hanging = 5; indent = first ? -3 : 0 }
            var rows = try flow(characters(role), indent: indent, left: hanging, faces: faces)
            for i in rows.indices {
                rows[i].isText = p.role != .attachmentList(first: true) && p.role != .attachmentList(first: false)
                if case .heading = p.role { rows[i].isHeading = true }
            }
            if case .heading(let level) = p.role, !rows.isEmpty { rows[0].outline = (level, p.text) }
            return rows
        case .signature, .date:
            // §7.3.5: 署名 and 成文日期 a number of characters in from the right edge.
            let right = p.role == .date ? composed.signature.dateRight : composed.signature.signatureRight
            var row = try rightAligned(characters(.body), rightIndent: right, faces: faces)
            row.isDate = p.role == .date
            row.images = images
            return [row]
        case .centred:
            return [try centred(p.text, role: .body, size: bodySize, faces: faces)]
        case .headerLine:
            // A letter's 密级 and 紧急程度 under its first line, a separately bound attachment's 附件N: 顶格, 黑体.
            return try flow(characters(.heading1), indent: 0, left: 0, faces: faces)
        case .letterFirstLine:
            // §10.1: 份号 flush left, the 发文字号 flush right, on the line under the double lines.
            let (left, right) = tabbed(p.runs, role: .heading1)
            var row = Row()
            row.glyphs = try placed(String(left.map(\.0)), role: .heading1, size: bodySize, x: page.left, faces: faces)
            row.glyphs += try rightAligned(right, rightIndent: 0, faces: faces).glyphs
            row.isText = true
            return [row]
        case .stamp, .stampDate:
            // §7.3.5.3: the signer's title ends two characters left of the 签名章 (右空四字), the date 右空四字.
            let right = p.role == .stampDate ? 4 : (composed.stampTitleRight ?? 4 * pitch) / pitch
            var row = try rightAligned(characters(.body), rightIndent: right, faces: faces)
            row.isDate = p.role == .stampDate
            row.images = images
            return [row]
        case .jointNames:
            // §7.3.5.1: each 署名 centred under its own seal (the composition tabs a name to its seal's centre).
            var row = Row()
            var tabs = 0
            for run in p.runs {
                switch run {
                case .tab: tabs += 1
                case .text(let s), .prose(let s):
                    guard tabs > 0, tabs <= composed.jointSealCentres.count else { throw Unsupported(what: "joint issuers' marks") }
                    let width = s.reduce(0) { $0 + units($1, role: .body, size: bodySize, pitch: pitch, faces: faces) } * pitch
                    row.glyphs += try placed(s, role: .body, size: bodySize, x: page.left + composed.jointSealCentres[tabs - 1] - width / 2, faces: faces)
                default: continue
                }
            }
            row.images = images
            return [row]
        case .attendance:
            // §10.3: 出席, 请假, 列席 左空二字, the names wrapping under the first one after the colon.
            return try flow(characters(.body), indent: -3, left: 5, faces: faces)
        case .attachmentLabel:
            // §7.3.7: an attachment starts a page, 附件N 顶格 in 黑体 on its first line.
            var row = try flow(characters(.heading1), indent: 0, left: 0, faces: faces)[0]
            row.startsPage = true
            return [row]
        default:
            throw Unsupported(what: "a paragraph of the kind \(p.role)")
        }
    }

    /// A paragraph's characters before and after its tab.
    static func tabbed(_ runs: [Run], role: FontRole) -> (left: [(Character, FontRole)], right: [(Character, FontRole)]) {
        var left: [(Character, FontRole)] = [], right: [(Character, FontRole)] = [], afterTab = false
        for run in runs {
            let characters: [(Character, FontRole)]
            switch run {
            case .tab: afterTab = true; continue
            case .text(let s), .prose(let s): characters = s.map { ($0, role) }
            case .face(let s, let face): characters = s.map { ($0, face) }
            case .lineBreak, .image: continue
            }
            if afterTab { right += characters } else { left += characters }
        }
        return (left, right)
    }

    /// A row's images as page items, the row's top at `rowTop`.
    static func imageItems(_ row: Row, rowTop: Double) -> [PageItem] {
        row.images.map { i in
            .image(i.image, x: i.left, y: rowTop + i.centre - i.image.heightMillimetres / 2,
                   width: i.image.widthMillimetres, height: i.image.heightMillimetres)
        }
    }

    /// A text broken into grid lines (`GridLineBreaker`), each justified to the block's width except
    /// the last; `left` characters of margin before every line.
    static func flow(_ characters: [(Character, FontRole)], indent: Double, left: Double, faces: LayoutFaces) throws -> [Row] {
        // Widths as the rest of gongwen measures them (`TextWidth`: CJK and full-width marks 1, the rest ½;
        // a Latin letter in the body's Times its own advance), each character in its own role's face.
        // The line breaker measures a character alone: it gets the widest the character is in any role
        // of the paragraph (a run-in heading's 楷体 "G" is ½, the body's Times "G" 0.73), so that no line
        // overruns; a line that holds such a letter may end that little short.
        var roleWidths = CharacterTable<Double>(), widths = CharacterTable<Double>()
        for (c, role) in characters where roleWidths[c, role] == nil {
            let width = units(c, role: role, size: bodySize, pitch: pitch, faces: faces)
            roleWidths[c, role] = width
            widths[c, nil] = max(widths[c, nil] ?? 0, width)
        }
        let lines = GridLineBreaker.lines(characters: characters.map(\.0), width: lineCharacters - left, firstIndent: indent,
                                          measure: { widths[$0, nil] ?? TextWidth.units($0) })
        var rows: [Row] = []
        var next = 0
        for (gridLine, chars) in lines {
            var row = Row()
            // Find this line's characters in the text (a space dropped at a break is skipped).
            var placed: [(Character, FontRole)] = []
            for c in chars {
                while next < characters.count, !characters[next].0.isSame(as: c) { next += 1 }
                guard next < characters.count else { break }
                placed.append(characters[next])
                next += 1
            }
            // Spare width is spread between all characters. A squeeze is taken from the punctuation
            // before the line's last character, half a character each at most (a glyph's box keeps its
            // full width in a PDF, so the last one must end at the block's edge), and what those cannot
            // give from every gap.
            let squeezable = placed.dropLast().filter { GridLineBreaker.squeezableClass.contains($0.0) }.count
            let fromPunctuation = gridLine.adjustment < 0 && Double(squeezable) * 0.5 >= -gridLine.adjustment
            let gaps = Double(max(1, placed.count - 1))
            // A Western comma or full stop inside a number (18,600, 12.5) takes its glyph's own narrow
            // width, not half a character (which left a visible gap); a justified line spreads the
            // difference with its other spare width.
            let narrow = placed.map { c, role in narrowClass.contains(c) ? min(widths[c, nil] ?? 0.5, glyphUnits(c, role: role, faces: faces) ?? 0.5) : nil }
            let saved = zip(placed, narrow).reduce(0) { sum, pair in sum + (pair.1.map { (widths[pair.0.0, nil] ?? 0.5) - $0 } ?? 0) }
            let justified = gridLine.adjustment != 0 || gridLine.indent + gridLine.natural >= lineCharacters - left - 1e-9
            let spare = (gridLine.adjustment > 0 || (gridLine.adjustment < 0 && !fromPunctuation) ? gridLine.adjustment : 0) + (justified ? saved : 0)
            let everyGap = spare / gaps
            let perMark = fromPunctuation ? gridLine.adjustment / Double(squeezable) : 0
            var x = page.left + (left + gridLine.indent) * pitch
            for (i, (c, role)) in placed.enumerated() {
                try appendGlyphs(c, role: role, size: bodySize, x: x, faces: faces, to: &row.glyphs)
                var advance = (narrow[i] ?? roleWidths[c, role] ?? TextWidth.units(c)) + everyGap
                if i < placed.count - 1, GridLineBreaker.squeezableClass.contains(c) { advance += perMark }
                x += advance * pitch
            }
            rows.append(row)
        }
        return rows
    }

    /// A value for each character, or for each character in a role's face (`role` nil: in any), for the
    /// widths `flow` measures, keyed by the character's spelling: a character of one scalar by its scalar
    /// and role in one integer, any other by its UTF-8 bytes. A `Character` key hashed each character's
    /// normalised form, which cost more than the rest of the line; and a width is worked out from the
    /// scalars, so two spellings of one character (é, e + U+0301) are each measured as they are spelled.
    struct CharacterTable<Value> {
        /// Keys (scalar and role, plus one: 0 is an empty slot) and values, open addressing with linear
        /// probing, at most half full: a table a paragraph, asked several times for each character,
        /// where `Dictionary`'s hashing was a few per cent of a document.
        private var keys = [UInt64](repeating: 0, count: 64)
        private var values = [Value?](repeating: nil, count: 64)
        private var used = 0
        private var bySpelling: [[UInt8]: Value] = [:]

        subscript(c: Character, role: FontRole?) -> Value? {
            get {
                if let scalar = c.onlyScalar { return values[slot(Self.key(scalar, role))] }
                return bySpelling[Self.key(c, role)]
            }
            set {
                guard let scalar = c.onlyScalar else { bySpelling[Self.key(c, role)] = newValue; return }
                let key = Self.key(scalar, role)
                let at = slot(key)
                if keys[at] == 0 {
                    keys[at] = key
                    used += 1
                }
                values[at] = newValue
                if 2 * used > keys.count { grow() }
            }
        }

        /// Where `key` stands, or the empty slot where it would.
        private func slot(_ key: UInt64) -> Int {
            let mask = keys.count - 1
            var at = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
            while keys[at] != 0 && keys[at] != key { at = (at + 1) & mask }
            return at
        }

        private mutating func grow() {
            let old = zip(keys, values).filter { $0.0 != 0 }
            keys = [UInt64](repeating: 0, count: keys.count * 2)
            values = [Value?](repeating: nil, count: keys.count)
            for (key, value) in old {
                let at = slot(key)
                keys[at] = key
                values[at] = value
            }
        }

        /// The scalar and role in one number, plus one (never 0).
        static func key(_ scalar: Unicode.Scalar, _ role: FontRole?) -> UInt64 {
            (UInt64(scalar.value) << 8 | UInt64(truncatingIfNeeded: (role?.rawValue ?? -1) & 0xFF)) + 1
        }

        static func key(_ c: Character, _ role: FontRole?) -> [UInt8] {
            [UInt8(truncatingIfNeeded: (role?.rawValue ?? -1) & 0xFF)] + Array(c.utf8)
        }
    }

    /// Western punctuation set at its glyph's own width (`flow`).
    static let narrowPunctuation: Set<Character> = [",", "."]
    static let narrowClass = CharacterClass(narrowPunctuation)

    /// A glyph's advance at the body size in grid characters, nil when no face has it.
    static func glyphUnits(_ c: Character, role: FontRole, faces: LayoutFaces) -> Double? {
        guard c.unicodeScalars.count == 1, let scalar = c.unicodeScalars.first, let found = faces.glyph(scalar, role: role) else { return nil }
        let face = faces.faces[found.face]
        return Double(face.advance(found.glyph)) / Double(face.unitsPerEm) * bodySize * points / pitch
    }

    /// A character's width in grid characters: `TextWidth`'s (CJK and full-width marks one, the rest
    /// half, as the yardstick and the standard count a line's 28), except a character `TextWidth` takes
    /// for half-width whose glyph fills a whole em in its face (★ in 黑体): one, so it is not overdrawn.
    static func units(_ c: Character, role: FontRole, size: Double, pitch: Double, faces: LayoutFaces) -> Double {
        let counted = TextWidth.units(c)
        guard counted < 1, c.unicodeScalars.count == 1, let scalar = c.unicodeScalars.first,
              let found = faces.glyph(scalar, role: role) else { return counted }
        let face = faces.faces[found.face]
        // A Latin letter takes its own advance in whichever face draws it (Times, W three times i; the
        // Latin of 楷体 and 黑体 is proportional too); digits and signs keep half a character, so a line
        // of figures stays on the grid's 28.
        if c.isLetter {
            return Double(face.advance(found.glyph)) / Double(face.unitsPerEm) * size * points / pitch
        }
        return Double(face.advance(found.glyph)) >= 0.95 * Double(face.unitsPerEm) ? 1 : counted
    }

    /// The glyph(s) of one character at `x`.
    static func glyphs(_ c: Character, role: FontRole, size: Double, x: Double, faces: LayoutFaces) throws -> [(face: Int, size: Double, x: Double, glyph: UInt32, text: String)] {
        var out: [(face: Int, size: Double, x: Double, glyph: UInt32, text: String)] = []
        try appendGlyphs(c, role: role, size: size, x: x, faces: faces, to: &out)
        return out
    }

    /// The same appended to `out` (no array made for each character, as `flow` sets thousands).
    static func appendGlyphs(_ c: Character, role: FontRole, size: Double, x: Double, faces: LayoutFaces,
                             to out: inout [(face: Int, size: Double, x: Double, glyph: UInt32, text: String)]) throws {
        if c.asciiValue == 0x20 { return }
        if let scalar = c.onlyScalar {
            guard let found = faces.glyph(scalar, role: role) else { throw MissingCharacter(character: c) }
            out.append((found.face, size, x, found.glyph, String(c)))
            return
        }
        for (i, scalar) in c.unicodeScalars.enumerated() {
            guard let found = faces.glyph(scalar, role: role) else { throw MissingCharacter(character: c) }
            out.append((found.face, size, x, found.glyph, i == 0 ? String(c) : ""))
        }
    }

    /// A line on the grid's pitch ending `rightIndent` characters in from the block's right edge.
    static func rightAligned(_ characters: [(Character, FontRole)], rightIndent: Double, faces: LayoutFaces) throws -> Row {
        let width = characters.reduce(0) { $0 + units($1.0, role: $1.1, size: bodySize, pitch: pitch, faces: faces) }
        var x = page.right - (rightIndent + width) * pitch
        var row = Row()
        for (c, role) in characters {
            try row.glyphs += glyphs(c, role: role, size: bodySize, x: x, faces: faces)
            x += units(c, role: role, size: bodySize, pitch: pitch, faces: faces) * pitch
        }
        return row
    }

    /// How wide `text` is set at its characters' own advances, in mm.
    static func width(_ text: String, role: FontRole, size: Double, faces: LayoutFaces) throws -> Double {
        var width = 0.0
        for c in text {
            for scalar in c.unicodeScalars {
                guard let found = faces.glyph(scalar, role: role) else { throw MissingCharacter(character: c) }
                let face = faces.faces[found.face]
                width += Double(face.advance(found.glyph)) / Double(face.unitsPerEm) * size * points
            }
        }
        return width
    }

    /// A line centred on the block, its characters at their own advances (the title's 22 pt).
    static func centred(_ text: String, role: FontRole, size: Double, faces: LayoutFaces) throws -> Row {
        var placed: [(face: Int, glyph: UInt32, text: String, advance: Double)] = []
        for c in text {
            for (i, scalar) in c.unicodeScalars.enumerated() {
                guard let found = faces.glyph(scalar, role: role) else { throw MissingCharacter(character: c) }
                let face = faces.faces[found.face]
                let advance = Double(face.advance(found.glyph)) / Double(face.unitsPerEm) * size * points
                placed.append((found.face, found.glyph, i == 0 ? String(c) : "", advance))
            }
        }
        let width = placed.reduce(0) { $0 + $1.advance }
        var x = page.centre - width / 2
        var row = Row()
        for g in placed {
            row.glyphs.append((g.face, size, x, g.glyph, g.text))
            x += g.advance
        }
        row.isText = true
        return row
    }

    // MARK: Pages

    /// Rows into pages of 22; an attachment starts a page. A heading is never a page's last line, and
    /// (§7.3.5.5) the 署名 and date never stand alone on a page: when they would, the text's last line
    /// goes over with them (the page before ends a line early, the adjustment the standard asks for).
    static func paginate(_ rows: [Row], firstCapacity: Int = PageGeometry.linesPerPage) -> [[Row]] {
        let perPage = pageLines
        func capacity(_ p: Int) -> Int { p == 0 ? firstCapacity : perPage }
        var pages: [[Row]] = [[]]
        for row in rows {
            let page = pages[pages.count - 1]
            if (!page.isEmpty && lines(page) + row.span > capacity(pages.count - 1)) || (row.startsPage && !page.isEmpty) { pages.append([]) }
            pages[pages.count - 1].append(row)
        }
        // A heading (a table's caption and heading rows too) never ends a page: it goes over to the
        // page of what it heads.
        var p = 0
        while p < pages.count - 1 {
            var moved = false
            while pages[p].count > 1, let last = pages[p].last, last.isHeading, pages[p + 1].first?.startsPage != true {
                pages[p].removeLast()
                pages[p + 1].insert(last, at: 0)
                moved = true
            }
            if moved { reflow(&pages, from: p + 1, capacity: capacity) }
            p += 1
        }
        // The 署名 and date never open a page alone: the text's last line goes over with them.
        if let datePage = pages.firstIndex(where: { $0.contains(where: \.isDate) }), datePage > 0,
           let dateRow = pages[datePage].firstIndex(where: \.isDate), !pages[datePage][..<dateRow].contains(where: \.isText),
           !pages[datePage][..<dateRow].contains(where: \.startsPage),
           let lastText = pages[datePage - 1].lastIndex(where: \.isText) {
            let moved = Array(pages[datePage - 1][lastText...])
            pages[datePage - 1].removeSubrange(lastText...)
            pages[datePage] = moved + pages[datePage]
            reflow(&pages, from: datePage, capacity: capacity)
        }
        // A table that goes on over a page turn has its heading rows again at the top of the page.
        p = 1
        while p < pages.count {
            if let first = pages[p].first, !first.repeatedHeader.isEmpty {
                pages[p].insert(contentsOf: first.repeatedHeader.map { var row = $0; row.isHeading = false; return row }, at: 0)
                reflow(&pages, from: p, capacity: capacity)
            }
            p += 1
        }
        return pages
    }

    /// Pushes what a page holds past its capacity on to the next pages (up to a page that starts anew).
    static func reflow(_ pages: inout [[Row]], from start: Int, capacity: (Int) -> Int) {
        var i = start
        while i < pages.count, lines(pages[i]) > capacity(i) {
            // The rows that fit (at least one), the rest spilled whole.
            var fit = 0, used = 0
            while fit < pages[i].count, fit == 0 || used + pages[i][fit].span <= capacity(i) {
                used += pages[i][fit].span
                fit += 1
            }
            let spill = Array(pages[i][fit...])
            pages[i].removeSubrange(fit...)
            if i + 1 < pages.count, !(pages[i + 1].first?.startsPage ?? false) { pages[i + 1] = spill + pages[i + 1] } else { pages.insert(spill, at: i + 1) }
            i += 1
        }
    }

    /// The rows drawn, page 1 under its 版头; the 版记 on the block's bottom of an even last page
    /// (§7.4): on the text's last page when it is even and has room, else on the next page, and when
    /// that page would be odd, after a blank page (the blank page and the 版记's carry no number, §7.5).
    /// A turned page's rows are drawn in the turned frame (`LaidOutPage.turnedItems`); its page number
    /// stays upright where the other pages have it (§8), and the 版记 never stands on one.
    static func pages(_ pages: [(rows: [Row], turned: Bool)], head: Head, imprint: ComposedImprint?, faces: LayoutFaces) throws -> [LaidOutPage] {
        var laid: [(items: [PageItem], numbered: Bool, outline: [OutlineEntry], turned: Bool)] = pages.enumerated().map { number, set in
            // Page 1's rows start under its 版头; a document that opens turned (a separately bound landscape
            // attachment) starts at the turned block's top.
            let (items, outline) = PageSetter.$page.withValue(set.turned ? .landscape : .a4) { draw(set.rows, first: number == 0 && !set.turned, head: head) }
            // A turned page opens at its top in the outline: a line's place in the turned frame is not the page's.
            return (items, number > 0 || head.numbered, set.turned ? outline.map { OutlineEntry(level: $0.level, title: $0.title, top: 0) } : outline, set.turned)
        }
        // Where the last page's rows and seals end: the 版记 goes under them or to a page of its own
        // (never on a turned page: it goes on the next upright one).
        let last = laid.count - 1
        let rowsBottom = laid[last].turned ? .infinity
            : max((last == 0 ? head.top : page.top) + Double(lines(pages[last].rows)) * (last == 0 ? head.pitch : line), imagesBottom(laid[last].items))
        if let imprint, imprint.letter {
            // §10.1: a letter's 版记 at the foot of the last page's block, on whichever page that is.
            let bottom = last == 0 ? head.bottom : page.bottom
            let (items, height) = try imprintItems(imprint, bottom: bottom, faces: faces)
            if rowsBottom <= bottom - height + 1e-6 {
                laid[last].items += items
            } else {
                laid.append((try imprintItems(imprint, bottom: page.bottom, faces: faces).items, true, [], false))
            }
        } else if let imprint {
            let (items, height) = try imprintItems(imprint, faces: faces)
            if laid.count % 2 == 0 && rowsBottom <= page.bottom - height + 1e-6 {
                laid[last].items += items
            } else if laid.count % 2 == 1 {
                laid.append((items, true, [], false))
            } else {
                laid.append(([], false, [], false))
                laid.append((items, false, [], false))
            }
        }
        return try laid.enumerated().map { number, set in
            let footer = set.numbered ? [PageItem.glyphs(try pageNumber(number + 1, faces: faces))] : []
            return set.turned
                ? LaidOutPage(width: page.width, height: page.height, items: footer, turnedItems: set.items, outline: set.outline)
                : LaidOutPage(width: page.width, height: page.height, items: set.items + footer, outline: set.outline)
        }
    }

    /// One page's rows drawn from its block's top (page 1's from under its 版头), in the frame of `page`.
    static func draw(_ rows: [Row], first: Bool, head: Head) -> (items: [PageItem], outline: [OutlineEntry]) {
        var items: [PageItem] = first ? head.items : []
        let top = first ? head.top : page.top
        let rowPitch = first ? head.pitch : line
        var pressed: [PageItem] = []
        var outline: [OutlineEntry] = []
        var rowTop = top
        for row in rows {
            defer { rowTop += Double(row.span) * rowPitch }
            if let heading = row.outline { outline.append(OutlineEntry(level: heading.level, title: heading.title, top: rowTop)) }
            pressed += imageItems(row, rowTop: rowTop)
            items += row.rules.map { .rectangle(x: $0.x, y: rowTop + $0.y, width: $0.width, height: $0.height, colour: .black) }
            for (n, more) in row.more.enumerated() {
                items += runs(more, baseline: rowTop + Double(n + 1) * rowPitch + baselineOffset(size: bodySize))
            }
            var byBaseline: [Double: [(face: Int, size: Double, x: Double, glyph: UInt32, text: String)]] = [:]
            var order: [Double] = []
            for g in row.glyphs {
                let baseline = rowTop + baselineOffset(size: g.size)
                if byBaseline[baseline] == nil { order.append(baseline) }
                byBaseline[baseline, default: []].append(g)
            }
            for baseline in order { items += runs(byBaseline[baseline] ?? [], baseline: baseline) }
        }
        // The images last: pressed over the text, as a seal is.
        return (items + pressed, outline)
    }

    /// Where a page's lowest image (a seal pressing below the date) ends: the 版记 stays clear of it.
    static func imagesBottom(_ items: [PageItem]) -> Double {
        items.reduce(0) { bottom, item in
            if case .image(_, _, let y, _, let height) = item { max(bottom, y + height) } else { bottom }
        }
    }

    /// §7.5: `— N —` in 4号 宋体, 7 mm below the block; odd pages 右空一字, even pages 左空一字.
    static func pageNumber(_ n: Int, faces: LayoutFaces) throws -> GlyphRun {
        let text = "— \(n) —"
        let face = faces.faces[faces.pageNumbers]
        var glyphs: [(UInt32, Double, String)] = []
        for c in text {
            guard let scalar = c.unicodeScalars.first, let glyph = face.glyph(scalar) else {
                throw MissingCharacter(character: c)
            }
            glyphs.append((glyph, Double(face.advance(glyph)) / Double(face.unitsPerEm) * pageNumberSize * points, String(c)))
        }
        let width = glyphs.reduce(0) { $0 + $1.1 }
        var x = n % 2 == 1 ? page.right - pitch - width : page.left + pitch
        // The line's em box centred 7 mm under the block (its middle 0.38 em above the baseline).
        let baseline = page.bottom + PageGeometry.pageNumberBelowBlock + 0.38 * pageNumberSize * points
        var placed: [PlacedGlyph] = []
        for g in glyphs {
            placed.append(PlacedGlyph(id: g.0, x: x, text: g.2))
            x += g.1
        }
        return GlyphRun(face: faces.pageNumbers, size: pageNumberSize, baseline: baseline, glyphs: placed)
    }
}
