/// A page laid out by the layout engine: what to draw and where, in millimetres from the page's
/// top-left corner (y grows downward). Writers (PDF, later OFD) only draw these; the layout is
/// tested on them without any writer.
public struct LaidOutPage: Sendable, Equatable {
    public var width: Double
    public var height: Double
    public var items: [PageItem]
    /// What a landscape table page (§8) holds, drawn turned a quarter: in a frame `height` wide and
    /// `width` tall, mm from its top-left corner, its text reading up the page with its head toward
    /// the page's left edge. The page itself stays upright, and so does its page number (in `items`).
    public var turnedItems: [PageItem]
    /// The headings that start on this page, in reading order: the document's outline (bookmarks).
    public var outline: [OutlineEntry]
    public init(width: Double, height: Double, items: [PageItem], turnedItems: [PageItem] = [], outline: [OutlineEntry] = []) {
        self.width = width; self.height = height; self.items = items; self.turnedItems = turnedItems; self.outline = outline
    }

    /// Every item, upright and turned.
    public var allItems: [PageItem] { items + turnedItems }

    /// Where a point of the turned frame (mm, as `turnedItems` give them) stands on the page: the
    /// frame's x runs up from the page's foot, its y across from the page's left edge.
    public func onPage(turned x: Double, _ y: Double) -> (x: Double, y: Double) { (y, height - x) }
}

/// A heading as the reader's outline lists it: its level (1 for 一、, 2 for （一）…), its text, and
/// the top of its line in mm from the page's top.
public struct OutlineEntry: Sendable, Equatable {
    public var level: Int
    public var title: String
    public var top: Double
    public init(level: Int, title: String, top: Double) { self.level = level; self.title = title; self.top = top }
}

public enum PageItem: Sendable, Equatable {
    case glyphs(GlyphRun)
    /// A filled rectangle (rules, the red separator, the 版记's lines): left, top, width, height in mm.
    case rectangle(x: Double, y: Double, width: Double, height: Double, colour: RGB)
    /// An image (a seal, a 签名章) pressed over what is under it: left, top, width, height in mm.
    case image(SealImage, x: Double, y: Double, width: Double, height: Double)
}

public struct RGB: Sendable, Equatable {
    public var r, g, b: Double
    public init(_ r: Double, _ g: Double, _ b: Double) { self.r = r; self.g = g; self.b = b }
    public static let black = RGB(0, 0, 0)
    public static let red = RGB(1, 0, 0)
}

/// Glyphs of one face at one size on one baseline.
public struct GlyphRun: Sendable, Equatable {
    /// Index into the faces the pages were set with.
    public var face: Int
    /// Size in points.
    public var size: Double
    public var colour: RGB
    /// mm from the page's top.
    public var baseline: Double
    public var glyphs: [PlacedGlyph]
    public init(face: Int, size: Double, colour: RGB = .black, baseline: Double, glyphs: [PlacedGlyph]) {
        self.face = face; self.size = size; self.colour = colour; self.baseline = baseline; self.glyphs = glyphs
    }
}

public struct PlacedGlyph: Sendable, Equatable {
    /// The glyph id in the face's font program.
    public var id: UInt32
    /// mm from the page's left edge.
    public var x: Double
    /// The characters this glyph stands for (for copying and search); may be "".
    public var text: String
    public init(id: UInt32, x: Double, text: String) { self.id = id; self.x = x; self.text = text }
}
