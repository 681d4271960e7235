import CLibXML2
import Foundation

/// What a PDF draws, page by page, in millimetres from the top-left corner: every glyph with its
/// baseline, size, face and colour, the rules, and the images. Read from MuPDF's `mutool trace`
/// (an XML trace of the drawing calls) with libxml2, so it works on a PDF from any tool.
public struct PDFLayout: Sendable {
    public struct Glyph: Sendable {
        public var text: String
        public var x0, x1: Double
        public var baseline: Double
        /// Points.
        public var size: Double
        public var font: String
        public var red: Bool
    }

    /// A horizontal line or a thin filled bar (paragraph borders are drawn either way).
    public struct Rule: Sendable {
        public var x0, x1, y: Double
        public var red: Bool
        /// How thick it is, in millimetres (a stroke's line width, a bar's height).
        public var width: Double = 0
    }

    public struct Image: Sendable {
        public var x0, y0, x1, y1: Double
    }

    /// Glyphs that share a baseline (within 3 mm: lines are 10 mm apart).
    public struct Line: Sendable {
        public var glyphs: [Glyph]
        public var text: String
        public var x0, x1: Double
        /// The baseline most of its glyphs sit on.
        public var baseline: Double
        /// The ideographic em box: 0.88 em above the baseline, 0.12 em below, whatever the face.
        public var top, bottom: Double
        public var size: Double
        /// The face of most of its Chinese characters.
        public var font: String?
        public var red: Bool

        init(_ glyphs: [Glyph]) {
            // Left to right; most come so already (`lines` sorts them), and are not copied again.
            self.glyphs = glyphs.indices.dropFirst().allSatisfy({ glyphs[$0 - 1].x0 <= glyphs[$0].x0 }) ? glyphs : glyphs.sorted { $0.x0 < $1.x0 }
            // One pass where there were eight (a build keeps the facts of 3,000 PDFs): the same
            // answers as `map` then `max()`/`min()`/`joined()`, NaN included (a traced PDF is anyone's).
            var text = "", x1: Double?, top: Double?, bottom: Double?, red = !self.glyphs.isEmpty
            text.reserveCapacity(self.glyphs.count * 3)
            var baselines = Counter<Double>(), sizes = Counter<Double>(), fonts = Counter<String>()
            for glyph in self.glyphs {
                text += glyph.text
                if let known = x1 { if known < glyph.x1 { x1 = glyph.x1 } } else { x1 = glyph.x1 }
                let up = glyph.baseline - 0.88 * glyph.size * PDFLayout.pointsToMillimetres
                let down = glyph.baseline + 0.12 * glyph.size * PDFLayout.pointsToMillimetres
                if let known = top { if up < known { top = up } } else { top = up }
                if let known = bottom { if known < down { bottom = down } } else { bottom = down }
                baselines.add((glyph.baseline * 10).rounded() / 10)
                sizes.add((glyph.size * 10).rounded() / 10)
                if (glyph.text.unicodeScalars.first?.value ?? 0) >= 0x2E80 { fonts.add(glyph.font) }
                red = red && glyph.red
            }
            self.text = text
            x0 = self.glyphs.first?.x0 ?? 0
            self.x1 = x1 ?? 0
            baseline = baselines.best ?? 0
            self.top = top ?? 0
            self.bottom = bottom ?? 0
            size = sizes.best ?? 0
            font = fonts.best
            self.red = red
        }

        /// Counts values as they come and keeps the one that reached the highest count first. A line's
        /// glyphs come in runs of one face, size and baseline, and hold a few distinct values: a run is
        /// counted at once, in a short list (no hashing) until it holds more than 16 values.
        struct Counter<T: Hashable> {
            private var few: [(value: T, count: Int)] = []
            private var many: [T: Int]?
            private var run: (value: T, count: Int)?
            private var leader: (value: T, count: Int)?

            mutating func add(_ value: T) {
                if let current = run, current.value == value {
                    run!.count += 1
                } else {
                    flush()
                    run = (value, 1)
                }
            }

            var best: T? {
                mutating get {
                    flush()
                    return leader?.value
                }
            }

            private mutating func flush() {
                guard let (value, length) = run else { return }
                run = nil
                let count: Int
                if many != nil {
                    count = many![value, default: 0] + length
                    many![value] = count
                } else if let i = few.firstIndex(where: { $0.value == value }) {
                    count = few[i].count + length
                    few[i].count = count
                } else {
                    count = length
                    few.append((value, count))
                    if few.count > 16 {
                        var table: [T: Int] = [:]
                        // NaN is never found again, here or in a table: each keeps its own count.
                        for (v, c) in few where v == v { table[v] = c }
                        many = table
                        few = []
                    }
                }
                if leader == nil || count > leader!.count { leader = (value, count) }
            }
        }
    }

    public struct Page: Sendable {
        public var number: Int
        public var width, height: Double
        public var lines: [Line]
        /// Text that runs up the page: a landscape page turned upright (§8). Measured on the
        /// landscape page, in millimetres from its top-left corner (the upright page's bottom-left).
        public var turnedLines: [Line] = []
        public var rules: [Rule]
        public var images: [Image]
    }

    public var pages: [Page]

    static let pointsToMillimetres = 25.4 / 72

    /// Bounds on reading a PDF, which may come from anyone: a few small forms that draw each other
    /// four times over make `mutool trace` draw a million glyphs. A 公文 traces to about 30 KB, 250
    /// glyphs and 350 elements a page, nested 5 deep (the sample documents), so 20 full pages stay
    /// under 3 MB and 15,000 glyphs; the bounds leave room for 150 full pages.
    public struct TraceLimits: Sendable {
        /// Bytes of `mutool trace` output read before mutool is stopped.
        public var bytes = 64 << 20
        /// 102,400 glyphs take 230 MB and 1.4 s to read and check (a debug build).
        public var glyphs = 100_000
        /// Elements of every kind (the tree libxml2 builds costs up to a kilobyte each).
        public var elements = 200_000
        public var depth = 100
        /// Attributes on one element: mutool writes a dozen at most.
        public var attributes = 100
        /// A 20-page document traces in a fraction of a second.
        public var seconds: TimeInterval = 20

        public init() {}
    }

    public static func read(pdf path: String, limits: TraceLimits = TraceLimits()) throws -> PDFLayout {
        guard let mutool = Subprocess.which("mutool") else {
            throw DiagnosticError.error("gongwen verify needs mutool (Debian package mupdf-tools)", at: nil)
        }
        let outcome = try Subprocess.run([mutool, "trace", path], timeout: limits.seconds, outputLimit: limits.bytes)
        if outcome.overflowed {
            throw DiagnosticError.error("the PDF draws too much to check: its drawing trace passed \(limits.bytes >> 20) MB and mutool was stopped (a 20-page 公文 traces to under 3 MB)",
                                        at: .file(path))
        }
        if outcome.timedOut {
            throw DiagnosticError.error("the PDF draws too much to check: mutool took longer than \(Int(limits.seconds)) s to trace it and was stopped",
                                        at: .file(path))
        }
        guard outcome.status == 0 else {
            throw DiagnosticError.error("mutool cannot read \(path) (status \(outcome.status))", at: nil)
        }
        return try parse(trace: outcome.bytes, name: path, limits: limits)
    }

    /// Parses `mutool trace` output, within `limits` (checked before libxml2 builds its tree).
    public static func parse(trace bytes: [UInt8], name: String, limits: TraceLimits = TraceLimits()) throws -> PDFLayout {
        try measure(trace: bytes, name: name, limits: limits)
        guard let doc = parseXML(bytes, name: name), let root = xmlDocGetRootElement(doc) else {
            throw DiagnosticError.error("the PDF's drawing trace is not readable", at: .file(name))
        }
        defer { xmlFreeDoc(doc) }
        var pages: [Page] = []
        for pageNode in children(root, "page") {
            let box = numbers(attribute(pageNode, "mediabox"))
            let width = box.count == 4 ? (box[2] - box[0]) * pointsToMillimetres : 0
            let height = box.count == 4 ? (box[3] - box[1]) * pointsToMillimetres : 0
            var glyphs: [Glyph] = [], turned: [Glyph] = [], rules: [Rule] = [], images: [Image] = []
            walk(pageNode) { node, elementName in
                switch elementName {
                case "fill_text", "stroke_text":
                    let (upright, up) = textGlyphs(node, pageHeight: height)
                    glyphs += upright
                    turned += up
                case "fill_path", "stroke_path":
                    if let rule = rule(node, stroked: elementName == "stroke_path") { rules.append(rule) }
                case "fill_image":
                    let m = numbers(attribute(node, "transform"))
                    if m.count == 6 {
                        let xs = [m[4], m[4] + m[0], m[4] + m[2], m[4] + m[0] + m[2]].map { $0 * pointsToMillimetres }
                        let ys = [m[5], m[5] + m[1], m[5] + m[3], m[5] + m[1] + m[3]].map { $0 * pointsToMillimetres }
                        images.append(Image(x0: xs.min()!, y0: ys.min()!, x1: xs.max()!, y1: ys.max()!))
                    }
                default: break
                }
            }
            pages.append(Page(number: pages.count + 1, width: width, height: height, lines: lines(glyphs), turnedLines: lines(turned),
                              rules: rules, images: images))
        }
        return PDFLayout(pages: pages)
    }

    /// Groups glyphs into lines: baselines less than 3 mm apart belong to one line.
    static func lines(_ glyphs: [Glyph]) -> [Line] {
        // The glyphs are sorted and grouped by index, and copied once, into their line.
        var order = glyphs.indices.filter { !isBlank(glyphs[$0].text) }
        // Sorted only when they are not in order already (the own engine's pages mostly are): the
        // sort is stable, so it would leave them as they are.
        if !order.indices.dropFirst().allSatisfy({ glyphs[order[$0 - 1]].baseline <= glyphs[order[$0]].baseline }) {
            order.sort { glyphs[$0].baseline < glyphs[$1].baseline }
        }
        var lines: [Line] = []
        var start = 0
        // A line's glyphs as they come: `Line` puts them left to right, sorting only when they are not.
        func line(_ group: ArraySlice<Int>) -> Line { Line(group.map { glyphs[$0] }) }
        for (k, i) in order.enumerated() where k > 0 && !(glyphs[i].baseline - glyphs[order[k - 1]].baseline <= 3) {
            lines.append(line(order[start..<k]))
            start = k
        }
        if start < order.count { lines.append(line(order[start...])) }
        return lines
    }

    /// Whether a glyph's text is all white space (and so stands on no line): `allSatisfy(\.isWhitespace)`,
    /// answered at once for printable ASCII and the CJK ideographs, which hold none.
    static func isBlank(_ text: String) -> Bool {
        if let first = text.utf8.first, text.utf8.count <= 3 {
            if first > 0x20 && first < 0x7F && text.utf8.count == 1 { return false }
            if first >= 0xE4 && first <= 0xE9 { return false }   // U+4000–U+9FFF
        }
        return text.allSatisfy(\.isWhitespace)
    }

    static func isRed(_ node: xmlNodePtr) -> Bool {
        let c = numbers(attribute(node, "color"))
        return c.count == 3 && isRed(r: c[0], g: c[1], b: c[2])
    }

    /// Red as every reader here tells it (PDF, OFD, the own engine's pages): the 版头's red, whatever
    /// the maker's exact shade.
    static func isRed(r: Double, g: Double, b: Double) -> Bool { r > 0.8 && g < 0.3 && b < 0.3 }

    /// What every reader here counts as a rule: more than 50 mm across and less than 2 mm down.
    static func isRule(x0: Double, x1: Double, y0: Double, y1: Double) -> Bool { x1 - x0 > 50 && y1 - y0 < 2 }

    /// The glyphs that run left to right, and those that run up the page (given on the landscape
    /// page it was turned from: x = page height - y, y = x).
    static func textGlyphs(_ textNode: xmlNodePtr, pageHeight: Double) -> (upright: [Glyph], turned: [Glyph]) {
        let m = numbers(attribute(textNode, "transform"))
        guard m.count == 6 else { return ([], []) }
        let red = isRed(textNode)
        var upright: [Glyph] = [], turned: [Glyph] = []
        for span in children(textNode, "span") {
            let trm = numbers(attribute(span, "trm"))
            guard trm.count == 4 else { continue }
            let size = (trm[0] * trm[0] + trm[1] * trm[1]).squareRoot() * (m[0] * m[0] + m[1] * m[1]).squareRoot()
            let font = attribute(span, "font").split(separator: "+").last.map(String.init) ?? ""
            // Which way the text advances on the page (y grows downwards).
            let dx = m[0] * trm[0] + m[2] * trm[1], dy = m[1] * trm[0] + m[3] * trm[1]
            let up = dy < 0 && abs(dy) > 10 * abs(dx)
            for g in children(span, "g") {
                let x = Double(attribute(g, "x")) ?? 0, y = Double(attribute(g, "y")) ?? 0
                let advance = (Double(attribute(g, "adv")) ?? 0) * size * pointsToMillimetres
                let px = (m[0] * x + m[2] * y + m[4]) * pointsToMillimetres
                let py = (m[1] * x + m[3] * y + m[5]) * pointsToMillimetres
                let text = attribute(g, "unicode")
                if up {
                    turned.append(Glyph(text: text, x0: pageHeight - py, x1: pageHeight - py + advance, baseline: px, size: size, font: font, red: red))
                } else {
                    upright.append(Glyph(text: text, x0: px, x1: px + advance, baseline: py, size: size, font: font, red: red))
                }
            }
        }
        return (upright, turned)
    }

    /// A path whose points span more than 50 mm across and less than 2 mm down: a rule.
    static func rule(_ node: xmlNodePtr, stroked: Bool) -> Rule? {
        let m = numbers(attribute(node, "transform"))
        guard m.count == 6 else { return nil }
        var xs: [Double] = [], ys: [Double] = []
        for point in children(node, nil) {
            let name = String(cString: point.pointee.name)
            guard name == "moveto" || name == "lineto" else { continue }
            let x = Double(attribute(point, "x")) ?? 0, y = Double(attribute(point, "y")) ?? 0
            xs.append((m[0] * x + m[2] * y + m[4]) * pointsToMillimetres)
            ys.append((m[1] * x + m[3] * y + m[5]) * pointsToMillimetres)
        }
        guard let x0 = xs.min(), let x1 = xs.max(), let y0 = ys.min(), let y1 = ys.max(), isRule(x0: x0, x1: x1, y0: y0, y1: y1) else { return nil }
        // A white bar is a background, not a line.
        let c = numbers(attribute(node, "color"))
        if !stroked, c.count == 3, c.allSatisfy({ $0 > 0.9 }) { return nil }
        let width = stroked ? (Double(attribute(node, "linewidth")) ?? 0) * abs(m[3] == 0 ? m[1] : m[3]) * pointsToMillimetres : y1 - y0
        return Rule(x0: x0, x1: x1, y: (y0 + y1) / 2, red: isRed(node), width: width)
    }

    /// Refuses a trace past `limits`, counting its bytes, elements, glyphs (`<g>`) and nesting before
    /// libxml2 builds its tree. mutool writes no DOCTYPE, so one is refused: its entities could
    /// multiply the text.
    static func measure(trace bytes: [UInt8], name: String, limits: TraceLimits) throws(DiagnosticError) {
        func tooMuch(_ what: String) -> DiagnosticError {
            .error("the PDF draws too much to check: \(what)", at: .file(name))
        }
        guard bytes.count <= limits.bytes else { throw tooMuch("its drawing trace has more than \(limits.bytes >> 20) MB") }
        let shape = XMLShape.measure(bytes, naming: "g") {
            $0.named > limits.glyphs || $0.elements > limits.elements || $0.depth > limits.depth || $0.widest > limits.attributes
        }
        if shape.declaration {
            throw DiagnosticError.error("the PDF's drawing trace declares a DOCTYPE, which mutool never writes", at: .file(name))
        }
        guard shape.named <= limits.glyphs else { throw tooMuch("it has more than \(limits.glyphs) glyphs (a 20-page 公文 has about 15,000)") }
        guard shape.elements <= limits.elements else {
            throw tooMuch("its drawing trace has more than \(limits.elements) elements (a 20-page 公文 has about 20,000)")
        }
        guard shape.depth <= limits.depth else { throw tooMuch("its drawing trace nests more than \(limits.depth) deep (a 公文's nests 5 deep)") }
        guard shape.widest <= limits.attributes else {
            throw tooMuch("an element of its drawing trace has more than \(limits.attributes) attributes (mutool writes a dozen at most)")
        }
    }

    /// Text from the PDF as a message quotes it: control and format characters escaped as `\u{…}`,
    /// and at most `limit` Unicode scalars of that (a character can be built of any number of
    /// combining marks), then `…`.
    public static func quoted(_ text: some StringProtocol, limit: Int = 80) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            var piece = String.UnicodeScalarView()
            switch scalar.properties.generalCategory {
            case .control, .format, .lineSeparator, .paragraphSeparator, .surrogate:
                piece.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
            default:
                piece.append(scalar)
            }
            guard out.count + piece.count <= limit else {
                out.append("…")
                break
            }
            out.append(contentsOf: piece)
        }
        return String(out)
    }

    // MARK: libxml2 helpers

    static func attribute(_ node: xmlNodePtr, _ name: String) -> String { XMLNodes.attribute(node, name) ?? "" }

    static func numbers(_ text: String) -> [Double] {
        text.split(whereSeparator: { $0 == " " || $0 == "," }).compactMap { Double($0) }
    }

    static func children(_ node: xmlNodePtr, _ name: String?) -> [xmlNodePtr] { XMLNodes.children(node, name) }

    /// Every element below `node` in document order (text runs are not descended into).
    static func walk(_ node: xmlNodePtr, _ visit: (xmlNodePtr, String) -> Void) {
        for c in children(node, nil) {
            let name = String(cString: c.pointee.name)
            visit(c, name)
            if name != "fill_text" && name != "stroke_text" { walk(c, visit) }
        }
    }
}
