import Foundation

extension PDFLayout {
    /// What `read(pdf:)` reads from the PDF the own engine writes of `pages`, taken from the pages
    /// themselves: each glyph at its x with the width its face's `/W` entry gives it (thousandths of the
    /// em, rounded), its size to the thousandth of a point, the text its code maps to (the first a glyph
    /// stood for in the document, as the writer's ToUnicode keeps it), its face's name as MuPDF keeps it;
    /// rectangles long and thin enough to be rules; images where they are pressed. A turned frame's items
    /// as the trace gives them (along the landscape page they were turned from).
    ///
    /// The build verifies a PDF it set itself this way, for the batch report, instead of tracing it
    /// with mutool (~25 ms of CPU a unit). `PagesAsDrawnTests` holds it to the trace of every sample's PDF:
    /// the same lines, glyphs, rules, images and findings.
    public init(pages laid: [LaidOutPage], faces: LayoutFaces) {
        var texts = [[UInt32: String]](repeating: [:], count: faces.faces.count)
        for page in laid {
            // Each list as it stands (`allItems` would join copies of them).
            for items in [page.items, page.turnedItems] {
                for case .glyphs(let run) in items where texts.indices.contains(run.face) {
                    for glyph in run.glyphs where !glyph.text.isEmpty && texts[run.face][glyph.id] == nil {
                        texts[run.face][glyph.id] = glyph.text
                    }
                }
            }
        }
        // Each face's name as traced, once (a document has thousands of runs and a few faces).
        let names = faces.faces.map { Self.nameAsTraced($0.postScriptName) }
        var pages: [Page] = []
        for page in laid {
            var glyphs: [Glyph] = [], turned: [Glyph] = [], rules: [Rule] = [], images: [Image] = []
            /// A box on the page (left, top, right, bottom), its corners turned onto it when it stands in the turned frame.
            func box(_ x: Double, _ y: Double, _ width: Double, _ height: Double, turned: Bool) -> (Double, Double, Double, Double) {
                guard turned else { return (x, y, x + width, y + height) }
                let (a, b) = (page.onPage(turned: x, y), page.onPage(turned: x + width, y + height))
                return (min(a.x, b.x), min(a.y, b.y), max(a.x, b.x), max(a.y, b.y))
            }
            for (items, isTurned) in [(page.items, false), (page.turnedItems, true)] {
                for item in items {
                    switch item {
                    case .glyphs(let run):
                        guard faces.faces.indices.contains(run.face), !run.glyphs.isEmpty else { continue }
                        let face = faces.faces[run.face]
                        let size = (run.size * 1000).rounded() / 1000
                        let font = names[run.face]
                        let red = Self.isRed(run.colour)
                        let known = texts[run.face]
                        let perEm = 1000.0 / Double(max(1, face.unitsPerEm))
                        for placed in run.glyphs {
                            // As the writer reckons /W: the advance times 1000 / units per em, rounded.
                            let width = (Double(face.advance(placed.id)) * perEm).rounded()
                            let advance = width / 1000 * size * PDFLayout.pointsToMillimetres
                            // A code with no text reads as U+FFFD; one that stands for several characters
                            // reads as its first, then the others at the same place, without width.
                            let text = known[placed.id] ?? "\u{FFFD}"
                            var scalars = text.unicodeScalars.makeIterator()
                            guard let first = scalars.next() else { continue }
                            var next = scalars.next()
                            var glyph = Glyph(text: next == nil ? text : String(first), x0: placed.x, x1: placed.x + advance,
                                              baseline: run.baseline, size: size, font: font, red: red)
                            if isTurned { turned.append(glyph) } else { glyphs.append(glyph) }
                            while let scalar = next {
                                glyph.text = String(scalar)
                                glyph.x1 = placed.x + 0   // as before: +0.0 for a glyph at -0.0
                                if isTurned { turned.append(glyph) } else { glyphs.append(glyph) }
                                next = scalars.next()
                            }
                        }
                    case let .rectangle(x, y, width, height, colour):
                        let (x0, y0, x1, y1) = box(x, y, width, height, turned: isTurned)
                        // A white bar is a background, not a line (as the trace reader says of a filled one).
                        guard Self.isRule(x0: x0, x1: x1, y0: y0, y1: y1), !(colour.r > 0.9 && colour.g > 0.9 && colour.b > 0.9) else { continue }
                        rules.append(Rule(x0: x0, x1: x1, y: (y0 + y1) / 2, red: Self.isRed(colour), width: y1 - y0))
                    case let .image(image, x, y, width, height):
                        guard image.kind == .png else { continue }
                        let (x0, y0, x1, y1) = box(x, y, width, height, turned: isTurned)
                        images.append(Image(x0: x0, y0: y0, x1: x1, y1: y1))
                    }
                }
            }
            pages.append(Page(number: pages.count + 1, width: page.width, height: page.height, lines: Self.lines(glyphs),
                              turnedLines: Self.lines(turned), rules: rules, images: images))
        }
        self.init(pages: pages)
    }

    /// A face's name as `mutool trace` gives it: MuPDF keeps 31 bytes of the subset's name, whose
    /// tag and `+` take 7 (the trace reader drops them), so 24 bytes of the PostScript name.
    static func nameAsTraced(_ postScriptName: String) -> String {
        var bytes = Array(postScriptName.utf8.prefix(24))
        while !bytes.isEmpty, String(validating: bytes, as: UTF8.self) == nil { bytes.removeLast() }
        // The trace reader keeps what follows the last '+' (the tag's): so here.
        return String(decoding: bytes, as: UTF8.self).split(separator: "+", omittingEmptySubsequences: false).last.map(String.init) ?? ""
    }

    /// Red as the trace reader tells it, of the colour as the writer spells it (to the thousandth).
    static func isRed(_ colour: RGB) -> Bool {
        func written(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }
        return isRed(r: written(colour.r), g: written(colour.g), b: written(colour.b))
    }
}
