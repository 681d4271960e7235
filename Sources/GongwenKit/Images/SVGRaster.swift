import CRsvg
import Foundation

/// An SVG seal drawn for the own engine (issue 28): rendered by librsvg (GNOME's SVG renderer, a
/// well-kept library Debian ships, rather than an SVG reader of our own: paths, arcs, transforms,
/// text, gradients and filters are a large language) into a cairo image at print resolution, and
/// handed on as a PNG with its transparency. Every later stage (the PDF's image with its soft mask,
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
        // cairo writes the PNG (8-bit RGBA, no time or text chunks) through a callback.
        final class Sink { var bytes: [UInt8] = [] }
        let sink = Sink()
        let status = cairo_surface_write_to_png_stream(surface, { closure, data, length in
            guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
            Unmanaged<Sink>.fromOpaque(closure).takeUnretainedValue().bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
            return CAIRO_STATUS_SUCCESS
        }, Unmanaged.passUnretained(sink).toOpaque())
        guard status == CAIRO_STATUS_SUCCESS, !sink.bytes.isEmpty else {
            throw Failure(description: "the SVG seal cannot be drawn: cairo could not write its picture")
        }
        return withExtendedLifetime(sink) { sink.bytes }
    }

    private static func message(_ error: UnsafeMutablePointer<GError>?) -> String {
        guard let error else { return "librsvg cannot read it" }
        defer { g_error_free(error) }
        return error.pointee.message.map { String(cString: $0) } ?? "librsvg cannot read it"
    }
}
