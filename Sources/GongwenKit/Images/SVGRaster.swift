import CLibDeflate
import CRsvg
import Foundation

/// An SVG seal drawn for the own engine (issue 28): rendered by librsvg (GNOME's SVG renderer, a
/// well-kept library Debian ships, rather than an SVG reader of our own: paths, arcs, transforms,
/// text, gradients and filters are a large language) into a cairo image at print resolution, and
/// handed on as a PNG with its transparency (written here: `png(argb:…)`). Every later stage (the PDF's image with its soft mask,
/// the OFD's image, the report's picture, `verify`) then reads it as it reads a PNG seal.
///
/// The SVG has been read as hostile already (`SealImageCheck`): well-formed, within libxml2's limits,
/// and referring to nothing outside itself; librsvg is given its bytes alone, without a base file,
/// so it could not load anything beside it either. The picture's size is bounded here: 600 dots an
/// inch over the seal's printed size, at most `maxSide` pixels a side.
enum SVGRaster {
    /// Dots an inch: a 42 mm seal is 992 pixels across, as sharp as the printers a 公文 goes to.
    static let dotsPerInch = 600.0
    /// The longest side drawn, whatever size the source asks for.
    static let maxSide = 2400

    struct Failure: Error, CustomStringConvertible, Sendable {
        var description: String
    }

    /// The PNG of `svg` drawn into `width` × `height` millimetres, its aspect kept as the SVG's
    /// viewBox says (centred in the box), transparent where the SVG draws nothing.
    static func png(_ svg: [UInt8], widthMillimetres width: Double, heightMillimetres height: Double) throws(Failure) -> [UInt8] {
        func pixels(_ mm: Double) -> Int32 {
            guard mm.isFinite, mm > 0 else { return 1 }
            return Int32(min(Double(maxSide), max(1, (mm / 25.4 * dotsPerInch).rounded())))
        }
        let w = pixels(width), h = pixels(height)
        var error: UnsafeMutablePointer<GError>?
        guard let handle = svg.withUnsafeBufferPointer({ rsvg_handle_new_from_data($0.baseAddress, gsize($0.count), &error) }) else {
            throw Failure(description: "the SVG seal cannot be drawn: \(message(error))")
        }
        defer { g_object_unref(UnsafeMutableRawPointer(handle)) }
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, w, h) else {
            throw Failure(description: "the SVG seal cannot be drawn: no image of \(w) × \(h) pixels")
        }
        defer { cairo_surface_destroy(surface) }
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS, let cairo = cairo_create(surface) else {
            throw Failure(description: "the SVG seal cannot be drawn: no image of \(w) × \(h) pixels")
        }
        var viewport = RsvgRectangle(x: 0, y: 0, width: Double(w), height: Double(h))
        let drawn = rsvg_handle_render_document(handle, cairo, &viewport, &error)
        cairo_destroy(cairo)
        guard drawn != 0 else { throw Failure(description: "the SVG seal cannot be drawn: \(message(error))") }
        cairo_surface_flush(surface)
        guard let data = cairo_image_surface_get_data(surface) else {
            throw Failure(description: "the SVG seal cannot be drawn: cairo gave no pixels")
        }
        guard let png = png(argb: data, stride: Int(cairo_image_surface_get_stride(surface)), width: Int(w), height: Int(h)) else {
            throw Failure(description: "the SVG seal cannot be drawn: libdeflate could not compress its picture")
        }
        return png
    }

    /// cairo's premultiplied ARGB32 pixels (one native-endian 32-bit word each) as an 8-bit RGBA
    /// PNG written here, not by cairo's libpng: its bytes then depend on libdeflate alone, as every
    /// other stream gongwen writes. Rows unfiltered, deflated at level 6, a zlib stream in one IDAT.
    static func png(argb data: UnsafeMutablePointer<UInt8>, stride: Int, width: Int, height: Int) -> [UInt8]? {
        var raw = [UInt8]()
        raw.reserveCapacity(height * (1 + 4 * width))
        for y in 0..<height {
            raw.append(0)   // filter: none
            let row = UnsafeRawPointer(data + y * stride)
            for x in 0..<width {
                let word = row.load(fromByteOffset: 4 * x, as: UInt32.self)
                let a = Int(word >> 24), r = Int(word >> 16 & 0xFF), g = Int(word >> 8 & 0xFF), b = Int(word & 0xFF)
                // Premultiplied to straight colour, rounded.
                func straight(_ c: Int) -> UInt8 { a == 0 ? 0 : UInt8(min(255, (c * 255 + a / 2) / a)) }
                raw.append(straight(r)); raw.append(straight(g)); raw.append(straight(b)); raw.append(UInt8(a))
            }
        }
        guard let compressor = libdeflate_alloc_compressor(6) else { return nil }
        defer { libdeflate_free_compressor(compressor) }
        var zlib = [UInt8](repeating: 0, count: libdeflate_zlib_compress_bound(compressor, raw.count))
        let written = raw.withUnsafeBytes { input in
            zlib.withUnsafeMutableBytes { libdeflate_zlib_compress(compressor, input.baseAddress, input.count, $0.baseAddress, $0.count) }
        }
        guard written > 0 else { return nil }
        zlib.removeSubrange(written...)
        return PNGFile.bytes([("IHDR", PNGFile.header(width: width, height: height, colourType: 6)), ("IDAT", zlib)])
    }

    private static func message(_ error: UnsafeMutablePointer<GError>?) -> String {
        guard let error else { return "librsvg cannot read it" }
        defer { g_error_free(error) }
        return error.pointee.message.map { String(cString: $0) } ?? "librsvg cannot read it"
    }
}
