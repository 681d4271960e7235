/// A face to embed: an OpenType/TrueType font program (already subset by the caller; glyph ids as in PlacedGlyph).
public struct EmbeddedFace: Sendable {
    public var postScriptName: String
    public var program: [UInt8]
    public enum Outlines: Sendable { case cff, trueType }
    public var outlines: Outlines
    public var unitsPerEm: Int
    public var advances: [UInt32: Int]   // glyph id → horizontal advance in font units, for every glyph used
    public var ascent: Int, descent: Int, capHeight: Int   // font units (descent negative)
    public var bbox: (Int, Int, Int, Int)                   // font units
    public init(postScriptName: String, program: [UInt8], outlines: Outlines, unitsPerEm: Int, advances: [UInt32: Int], ascent: Int, descent: Int, capHeight: Int, bbox: (Int, Int, Int, Int)) { self.postScriptName = postScriptName; self.program = program; self.outlines = outlines; self.unitsPerEm = unitsPerEm; self.advances = advances; self.ascent = ascent; self.descent = descent; self.capHeight = capHeight; self.bbox = bbox }
}
public struct PDFInfo: Sendable, Equatable {
    public var title: String, author: String, creator: String
    public var date: (year: Int, month: Int, day: Int)   // CreationDate/ModDate, as D:YYYYMMDD000000Z
    /// PDF/A-2b (`--pdfa`): the file also carries its metadata as XMP and an sRGB output intent (`PDFArchival`).
    public var archival: Bool
    public init(title: String, author: String, creator: String, date: (year: Int, month: Int, day: Int), archival: Bool = false) { self.title = title; self.author = author; self.creator = creator; self.date = date; self.archival = archival }
    public static func == (a: Self, b: Self) -> Bool { a.title == b.title && a.author == b.author && a.creator == b.creator && a.date == b.date && a.archival == b.archival }
}
