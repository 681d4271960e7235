import CFreeType
import CHarfBuzz
import CLibDeflate
import Foundation
import Synchronization

/// A small picture of a page the own engine laid out (the batch report's picture of page 1, issue 24),
/// drawn in the process from the same pages the PDF was written from: glyphs rasterised by FreeType
/// (unhinted, anti-aliased, as MuPDF draws them), rules and bars with their edges' coverage, a seal
/// with its transparency. `mutool draw` of the PDF costs ~25 ms of CPU a unit (its start, the
/// embedded faces parsed again); this, with its PNG, about 0.7 ms (perf, bench/README), so a first
/// report of 3,000 units adds seconds to a build, not minutes. A PDF LibreOffice made is still drawn
/// by mutool.
public enum PageThumbnail {
    /// RGB samples, 8 bits each, row by row from the top, on white.
    public struct Picture: Sendable, Equatable {
        public var width: Int
        public var height: Int
        public var rgb: [UInt8]
    }

    /// `page` drawn `width` pixels wide; its height as MuPDF rounds it for the same scale (so a
    /// picture has the size `mutool draw` gives the PDF: 160 × 227 for A4 at 160).
    public static func draw(_ page: LaidOutPage, faces: LayoutFaces, width: Int) -> Picture {
        let width = min(max(1, width), 4096)
        // A page the writers would refuse (not finite, not positive, taller than eight widths) is
        // drawn as a blank A4 picture rather than trusted with the memory it would ask for.
        let sane = page.width.isFinite && page.height.isFinite && page.width >= 1 && page.height >= 1 && page.height <= 8 * page.width
        let pageWidth = sane ? page.width : 210, pageHeight = sane ? page.height : 297
        // MuPDF's scale for the same width: a hair under it, or it rounds up to one pixel more.
        let scale = (Double(width) - 0.01) / pageWidth
        let height = max(1, Int((pageHeight * scale - 0.001).rounded(.up)))
        var canvas = Canvas(width: width, height: height)
        guard sane else { return Picture(width: width, height: height, rgb: canvas.bytes()) }
        let turned = { (x: Double, y: Double) -> (Double, Double) in page.onPage(turned: x, y) }
        let layers: [(items: [PageItem], frame: ((Double, Double) -> (Double, Double))?)] = [(page.items, nil), (page.turnedItems, turned)]
        for (items, frame) in layers {
            let bitmaps = GlyphBitmaps.shared.bitmaps(for: items, faces: faces, scale: scale)
            for item in items {
                switch item {
                case let .rectangle(x, y, w, h, colour):
                    // A turned frame's rectangle is still a rectangle on the page: its corners turned.
                    let (ax, ay) = frame?(x, y) ?? (x, y), (bx, by) = frame?(x + w, y + h) ?? (x + w, y + h)
                    canvas.fill(x0: min(ax, bx) * scale, y0: min(ay, by) * scale, x1: max(ax, bx) * scale, y1: max(ay, by) * scale, colour: colour)
                case let .glyphs(run):
                    let key = GlyphBitmaps.sizeKey(run.size, scale: scale)
                    for glyph in run.glyphs {
                        guard let bitmap = bitmaps[GlyphBitmaps.Key(face: run.face, glyph: glyph.id, size: key)], !bitmap.coverage.isEmpty else { continue }
                        let (ox, oy) = frame?(glyph.x, run.baseline) ?? (glyph.x, run.baseline)
                        guard let x = Canvas.pixel(ox * scale), let y = Canvas.pixel(oy * scale) else { continue }
                        canvas.blit(bitmap, x: x, y: y, colour: run.colour, turned: frame != nil)
                    }
                case let .image(image, x, y, w, h):
                    guard image.kind == .png, let decoded = try? PNGDecoder.decode(image.bytes) else { continue }  // drawn as nothing, as a reader would
                    canvas.image(decoded, x: x, y: y, width: w, height: h, scale: scale, frame: frame)
                }
            }
        }
        return Picture(width: width, height: height, rgb: canvas.bytes())
    }

    /// The picture as a PNG file, not interlaced, deflated at libdeflate's level 2; nil when libdeflate
    /// cannot run. A picture of at most 256 colours (a page of text: ~190, its greys and reds) is
    /// written with a palette, a byte a pixel, rows unfiltered, colours in the order they first
    /// appear; any other as 8-bit RGB, each row filtered by its left neighbour (PNG's Sub filter,
    /// which suits white paper with text). 100 thumbnails of the bench's units took 0.42 ms each to
    /// deflate as RGB at level 2, for 14.8 KB (15.2 KB in 0.58 ms at level 6, 19.3 KB in 0.36 ms at 1).
    public static func png(_ picture: Picture) -> [UInt8]? {
        let row = picture.width * 3
        guard picture.width > 0, picture.height > 0, picture.rgb.count == row * picture.height else { return nil }
        if let (palette, raw) = indexed(picture) {
            guard let data = deflate(raw) else { return nil }
            return PNGFile.bytes([("IHDR", PNGFile.header(width: picture.width, height: picture.height, colourType: 3)),
                                  ("PLTE", palette), ("IDAT", data)])
        } else {
            // Each row filtered with Sub (the byte three to the left taken away): a page is mostly white.
            let raw = [UInt8](unsafeUninitializedCapacity: (row + 1) * picture.height) { out, count in
                picture.rgb.withUnsafeBufferPointer { rgb in
                    for y in 0..<picture.height {
                        let from = y * row, to = y * (row + 1)
                        out[to] = 1
                        for i in 0..<min(3, row) { out[to + 1 + i] = rgb[from + i] }
                        for i in 3..<max(3, row) { out[to + 1 + i] = rgb[from + i] &- rgb[from + i - 3] }
                    }
                }
                count = (row + 1) * picture.height
            }
            guard let data = deflate(raw) else { return nil }
            return PNGFile.bytes([("IHDR", PNGFile.header(width: picture.width, height: picture.height, colourType: 2)), ("IDAT", data)])
        }
    }

    /// The picture's palette (RGB triples, in the order the colours first appear) and its rows as
    /// indices, each after its filter byte (0: none); nil when it has more than 256 colours.
    static func indexed(_ picture: Picture) -> (palette: [UInt8], rows: [UInt8])? {
        let width = picture.width, height = picture.height
        guard width > 0, height > 0, picture.rgb.count == width * height * 3 else { return nil }
        var palette: [UInt8] = []
        var index: [UInt32: UInt8] = [:]
        // Colours met lately, by a few bits of each: most pixels are found here, not hashed.
        var recentColours = [UInt32](repeating: .max, count: 1024), recentIndices = [UInt8](repeating: 0, count: 1024)
        var rows = [UInt8](repeating: 0, count: (width + 1) * height)
        let complete = picture.rgb.withUnsafeBufferPointer { rgb -> Bool in
            rows.withUnsafeMutableBufferPointer { rows -> Bool in
                // A page is mostly runs of one colour (white): a pixel like the one before is not looked up.
                var last: UInt32 = .max, lastIndex: UInt8 = 0
                var at = 0
                for y in 0..<height {
                    var to = y * (width + 1) + 1
                    for _ in 0..<width {
                        let colour = UInt32(rgb[at]) << 16 | UInt32(rgb[at + 1]) << 8 | UInt32(rgb[at + 2])
                        if colour != last {
                            let slot = Int((colour ^ colour >> 10 ^ colour >> 20) & 1023)
                            if recentColours[slot] == colour {
                                lastIndex = recentIndices[slot]
                            } else {
                                if let known = index[colour] {
                                    lastIndex = known
                                } else {
                                    guard palette.count < 256 * 3 else { return false }
                                    lastIndex = UInt8(palette.count / 3)
                                    index[colour] = lastIndex
                                    palette += [rgb[at], rgb[at + 1], rgb[at + 2]]
                                }
                                recentColours[slot] = colour
                                recentIndices[slot] = lastIndex
                            }
                            last = colour
                        }
                        rows[to] = lastIndex
                        to += 1
                        at += 3
                    }
                }
                return true
            }
        }
        return complete ? (palette, rows) : nil
    }

    static func deflate(_ bytes: [UInt8]) -> [UInt8]? {
        guard let compressor = libdeflate_alloc_compressor(2) else { return nil }
        defer { libdeflate_free_compressor(compressor) }
        return ZlibStream.compress(bytes, with: compressor)
    }
}

/// Linear RGB in [0, 1] on white; what is drawn is laid over what is there by its coverage.
struct Canvas {
    let width: Int, height: Int
    var pixels: [Float]

    init(width: Int, height: Int) {
        self.width = width
        self.height = height
        pixels = [Float](repeating: 1, count: width * height * 3)
    }

    /// A coordinate in pixels as an index, nil when it is not finite or far off the canvas (a page
    /// is at most 4,096 × 32,768 pixels).
    static func pixel(_ value: Double) -> Int? {
        value.isFinite && abs(value) < 1e6 ? Int(value.rounded()) : nil
    }

    mutating func lay(_ x: Int, _ y: Int, _ colour: RGB, _ coverage: Float) {
        guard x >= 0, y >= 0, x < width, y < height, coverage > 0 else { return }
        let a = min(coverage, 1), i = (y * width + x) * 3
        pixels[i] = pixels[i] * (1 - a) + Float(colour.r) * a
        pixels[i + 1] = pixels[i + 1] * (1 - a) + Float(colour.g) * a
        pixels[i + 2] = pixels[i + 2] * (1 - a) + Float(colour.b) * a
    }

    /// A rectangle in pixels; each pixel covered by the share of it the rectangle covers.
    mutating func fill(x0: Double, y0: Double, x1: Double, y1: Double, colour: RGB) {
        guard x1 > x0, y1 > y0, x1.isFinite, y1.isFinite, x0.isFinite, y0.isFinite else { return }
        let left = Int(max(0, min(Double(width), x0.rounded(.down)))), right = Int(max(0, min(Double(width), x1.rounded(.up))))
        let top = Int(max(0, min(Double(height), y0.rounded(.down)))), bottom = Int(max(0, min(Double(height), y1.rounded(.up))))
        guard left < right, top < bottom else { return }
        for y in top..<bottom {
            let cy = min(y1, Double(y + 1)) - max(y0, Double(y))
            for x in left..<right {
                let cx = min(x1, Double(x + 1)) - max(x0, Double(x))
                lay(x, y, colour, Float(cx * cy))
            }
        }
    }

    /// A glyph's coverage with its origin at pixel (x, y); turned a quarter to the left (reading up
    /// the page) on a landscape table's page.
    mutating func blit(_ bitmap: GlyphBitmaps.Bitmap, x: Int, y: Int, colour: RGB, turned: Bool) {
        for row in 0..<bitmap.rows {
            for column in 0..<bitmap.columns {
                let value = bitmap.coverage[row * bitmap.columns + column]
                guard value > 0 else { continue }
                let coverage = Float(value) / 255
                if turned {
                    // Column c spans the frame's x from left + c to left + c + 1 past the pen: on the
                    // page, from that far above the pen's row to one less, so the row above.
                    lay(x + row - bitmap.top, y - bitmap.left - column - 1, colour, coverage)
                } else {
                    lay(x + bitmap.left + column, y - bitmap.top + row, colour, coverage)
                }
            }
        }
    }

    /// An image into its box (mm; in a turned frame when `frame` turns it), each pixel the mean of
    /// the image's samples that fall in it, weighted by their opacity.
    mutating func image(_ decoded: DecodedImage, x: Double, y: Double, width w: Double, height h: Double, scale: Double,
                        frame: ((Double, Double) -> (Double, Double))?) {
        guard w > 0, h > 0, x.isFinite, y.isFinite, w.isFinite, h.isFinite, decoded.width > 0, decoded.height > 0 else { return }
        var sums = [Float](repeating: 0, count: width * height * 4)   // r, g, b weighted by opacity, and opacity
        var counts = [Float](repeating: 0, count: width * height)
        // At most about 16 samples a pixel of the box each way: a seal scanned at 8,000 pixels is
        // not walked whole for a picture 30 pixels across.
        let step = max(1, min(decoded.width / max(1, Int(min(w * scale, 4096)) * 16), decoded.height / max(1, Int(min(h * scale, 32768)) * 16)))
        for iy in stride(from: 0, to: decoded.height, by: step) {
            for ix in stride(from: 0, to: decoded.width, by: step) {
                let mx = x + (Double(ix) + 0.5) / Double(decoded.width) * w, my = y + (Double(iy) + 0.5) / Double(decoded.height) * h
                let (px, py) = frame?(mx, my) ?? (mx, my)
                guard let cx = Canvas.pixel((px * scale).rounded(.down)), let cy = Canvas.pixel((py * scale).rounded(.down)),
                      cx >= 0, cy >= 0, cx < width, cy < height else { continue }
                let pixel = iy * decoded.width + ix, cell = cy * width + cx
                let opacity = Float(decoded.alpha?[pixel] ?? 255) / 255
                for c in 0..<3 {
                    let sample = decoded.colours == 3 ? decoded.samples[pixel * 3 + c] : decoded.samples[pixel]
                    sums[cell * 4 + c] += Float(sample) / 255 * opacity
                }
                sums[cell * 4 + 3] += opacity
                counts[cell] += 1
            }
        }
        for cell in 0..<(width * height) where counts[cell] > 0 && sums[cell * 4 + 3] > 0 {
            let opacity = sums[cell * 4 + 3]
            let colour = RGB(Double(sums[cell * 4] / opacity), Double(sums[cell * 4 + 1] / opacity), Double(sums[cell * 4 + 2] / opacity))
            lay(cell % width, cell / width, colour, opacity / counts[cell])
        }
    }

    func bytes() -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: pixels.count) { out, count in
            pixels.withUnsafeBufferPointer { from in
                // Paper is white: most values are 1, answered at once (NaN as white).
                var i = 0
                while i < from.count {
                    let value = from[i]
                    out[i] = !(value < 1) ? 255 : value > 0 ? UInt8(value * 255 + 0.5) : 0
                    i += 1
                }
            }
            count = pixels.count
        }
    }
}

/// Glyph bitmaps rendered by FreeType, kept for the process: a report of 3,000 units draws the same
/// few thousand glyphs at three or four sizes. FreeType's faces are not to be used from two threads
/// at once, so they and the bitmaps live behind one lock, taken once a page.
final class GlyphBitmaps: @unchecked Sendable {   // unchecked: only around FreeType's handles, all behind `state`
    struct Key: Hashable { var face: Int; var glyph: UInt32; var size: Int }

    struct Bitmap: Sendable {
        var columns = 0, rows = 0
        /// From the pen to the bitmap's left column, and from the baseline up to its top row.
        var left = 0, top = 0
        var coverage: [UInt8] = []
    }

    private struct State {
        var library: FT_Library?
        /// Open faces by file and index (a collection holds several).
        var faces: [String: FT_Face] = [:]
        var bitmaps: [String: [Key: Bitmap]] = [:]
    }

    private let state = Mutex(State())
    static let shared = GlyphBitmaps()

    /// Ems in 1/64 pixel for a size in points at `scale` pixels a millimetre.
    static func sizeKey(_ points: Double, scale: Double) -> Int {
        let key = points * 25.4 / 72 * scale * 64
        return key.isFinite && key > 0 && key < 64 * 512 ? Int(key.rounded()) : 0   // 0: not drawn
    }

    /// The bitmap of every glyph `items` draw; a glyph FreeType cannot draw has an empty one.
    func bitmaps(for items: [PageItem], faces: LayoutFaces, scale: Double) -> [Key: Bitmap] {
        var wanted = Set<Key>(minimumCapacity: 512)
        for case .glyphs(let run) in items where faces.faces.indices.contains(run.face) {
            let size = Self.sizeKey(run.size, scale: scale)
            guard size > 0 else { continue }
            for glyph in run.glyphs { wanted.insert(Key(face: run.face, glyph: glyph.id, size: size)) }
        }
        guard !wanted.isEmpty else { return [:] }
        return state.withLock { state in
            if state.library == nil {
                var library: FT_Library?
                guard FT_Init_FreeType(&library) == 0 else { return [:] }
                state.library = library
            }
            var out = [Key: Bitmap](minimumCapacity: wanted.count)
            // Face by face: its file named, and its bitmaps taken out of the cache, once.
            for (index, keys) in Dictionary(grouping: wanted, by: \.face) {
                let face = faces.faces[index]
                let file = "\(face.path)#\(hb_face_get_index(face.face))"   // its place in a collection (Noto CJK's .ttc)
                var known = state.bitmaps.removeValue(forKey: file) ?? [:]
                defer { state.bitmaps[file] = known }
                for key in keys {
                    if let bitmap = known[key.withoutFace] {
                        out[key] = bitmap
                        continue
                    }
                    if state.faces[file] == nil {
                        var opened: FT_Face?
                        guard FT_New_Face(state.library, face.path, FT_Long(hb_face_get_index(face.face)), &opened) == 0, let opened else { break }
                        state.faces[file] = opened
                    }
                    guard let handle = state.faces[file] else { break }
                    let bitmap = Self.render(handle, glyph: key.glyph, size: key.size)
                    known[key.withoutFace] = bitmap
                    out[key] = bitmap
                }
            }
            return out
        }
    }

    static func render(_ face: FT_Face, glyph: UInt32, size: Int) -> Bitmap {
        guard FT_Set_Char_Size(face, 0, FT_F26Dot6(size), 72, 72) == 0,
              FT_Load_Glyph(face, glyph, FT_Int32(FT_LOAD_NO_HINTING) | FT_Int32(FT_LOAD_RENDER)) == 0,
              let slot = face.pointee.glyph else { return Bitmap() }
        let bitmap = slot.pointee.bitmap
        guard bitmap.pixel_mode == UInt8(FT_PIXEL_MODE_GRAY.rawValue), let buffer = bitmap.buffer, bitmap.rows > 0, bitmap.width > 0 else { return Bitmap() }
        let rows = Int(bitmap.rows), columns = Int(bitmap.width), pitch = Int(bitmap.pitch)
        var coverage = [UInt8](repeating: 0, count: rows * columns)
        for row in 0..<rows {
            // A negative pitch runs the rows upward from the buffer's end (FreeType's "up flow").
            let start = pitch >= 0 ? row * pitch : (rows - 1 - row) * -pitch
            for column in 0..<columns { coverage[row * columns + column] = buffer[start + column] }
        }
        return Bitmap(columns: columns, rows: rows, left: Int(slot.pointee.bitmap_left), top: Int(slot.pointee.bitmap_top), coverage: coverage)
    }
}

extension GlyphBitmaps.Key {
    /// The key within one face file's bitmaps (the same file may be another index in another set of faces).
    var withoutFace: GlyphBitmaps.Key { GlyphBitmaps.Key(face: 0, glyph: glyph, size: size) }
}
