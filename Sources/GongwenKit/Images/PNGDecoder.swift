import CZlib

/// A PNG image decoded to 8-bit samples, as a PDF image XObject takes them (§8.9.5): grey or RGB
/// samples, and the transparency as a separate 8-bit soft mask (§11.6.5.3), nil when every pixel is
/// opaque.
struct DecodedImage: Equatable {
    var width: Int
    var height: Int
    /// 1 (grey) or 3 (RGB).
    var colours: Int
    /// `width × height × colours` bytes, row by row from the top.
    var samples: [UInt8]
    /// `width × height` bytes of opacity, or nil.
    var alpha: [UInt8]?
}

/// Decodes a PNG (ISO/IEC 15948) to `DecodedImage`: every colour type and bit depth the standard
/// allows, palettes with their tRNS, a grey or RGB tRNS key, interlaced (Adam7) images; 16-bit
/// samples are cut to their high byte. The image has been checked whole by `SealImageCheck` when
/// the document was read; this decoder still trusts nothing: every offset is checked, and the
/// inflated data must be exactly the size the header declares (it stops inflating past that).
enum PNGDecoder {
    /// A scanned 公章 at 600 dpi is about 1,000 pixels across; these leave room and bound the work
    /// (the reader's check refuses a larger image before anything decodes it).
    static let maximumSide = 8000
    static let maximumPixels = 64_000_000

    /// The bytes of filtered scanlines (a filter byte each) of the whole image, or of its seven
    /// Adam7 passes when interlaced.
    static func scanlineBytes(width: Int, height: Int, bitsPerPixel: Int, interlaced: Bool) -> Int {
        func pass(_ w: Int, _ h: Int) -> Int { w == 0 || h == 0 ? 0 : h * (1 + (w * bitsPerPixel + 7) / 8) }
        guard interlaced else { return pass(width, height) }
        return adam7.reduce(0) { sum, p in
            sum + pass((width - p.0 + p.2 - 1) / p.2, (height - p.1 + p.3 - 1) / p.3)
        }
    }

    /// Adam7's seven passes (PNG §8.2): x start, y start, x step, y step.
    static let adam7 = [(0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2)]

    struct Failure: Error, Equatable, CustomStringConvertible {
        var reason: String
        var description: String { "the seal image cannot be decoded: \(reason)" }
    }

    static func decode(_ b: [UInt8]) throws(Failure) -> DecodedImage {
        let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        guard b.count >= 8, Array(b[0..<8]) == signature else { throw Failure(reason: "it is not a PNG image") }
        func be32(_ i: Int) -> Int { b[i..<i + 4].reduce(0) { $0 << 8 | Int($1) } }
        var offset = 8
        var width = 0, height = 0, depth = 0, colour = -1, interlaced = false
        var palette: [UInt8] = [], transparency: [UInt8] = []
        var data: [UInt8] = []
        var ended = false
        while !ended {
            guard offset + 12 <= b.count else { throw Failure(reason: "the file ends before the image does") }
            let length = be32(offset)
            guard length <= b.count - offset - 12 else { throw Failure(reason: "the file ends before the image does") }
            let start = offset + 8
            let chunk = b[start..<start + length]
            switch String(decoding: b[offset + 4..<offset + 8], as: UTF8.self) {
            case "IHDR":
                guard length == 13 else { throw Failure(reason: "its header is damaged") }
                width = be32(start); height = be32(start + 4)
                depth = Int(b[start + 8]); colour = Int(b[start + 9]); interlaced = b[start + 12] == 1
            case "PLTE": palette = Array(chunk)
            case "tRNS": transparency = Array(chunk)
            case "IDAT": data += chunk
            case "IEND": ended = true
            default: break
            }
            offset = start + length + 4
        }
        let channels: Int
        switch (colour, depth) {
        case (0, 1), (0, 2), (0, 4), (0, 8), (0, 16), (3, 1), (3, 2), (3, 4), (3, 8): channels = 1
        case (2, 8), (2, 16): channels = 3
        case (4, 8), (4, 16): channels = 2
        case (6, 8), (6, 16): channels = 4
        default: throw Failure(reason: "colour type \(colour) with \(depth)-bit samples")
        }
        guard width > 0, height > 0, width <= maximumSide, height <= maximumSide,
              width * height <= maximumPixels else { throw Failure(reason: "its size is \(width) × \(height) pixels") }
        guard colour != 3 || (!palette.isEmpty && palette.count % 3 == 0) else { throw Failure(reason: "its palette is missing") }
        let bitsPerPixel = channels * depth
        let expected = scanlineBytes(width: width, height: height, bitsPerPixel: bitsPerPixel, interlaced: interlaced)
        var raw = try inflate(data, expected: expected)

        let grey = colour == 0 || colour == 4
        let outColours = grey ? 1 : 3
        var samples = [UInt8](repeating: 0, count: width * height * outColours)
        var alpha = [UInt8](repeating: 255, count: width * height)
        var translucent = false
        let scale: Int = [1: 255, 2: 85, 4: 17, 8: 1, 16: 1][depth] ?? 1
        // The tRNS key of a grey or RGB image, in the file's own sample values.
        let key: [Int]? = {
            switch colour {
            case 0 where transparency.count >= 2: return [Int(transparency[0]) << 8 | Int(transparency[1])]
            case 2 where transparency.count >= 6:
                return [0, 2, 4].map { Int(transparency[$0]) << 8 | Int(transparency[$0 + 1]) }
            default: return nil
            }
        }()

        // Adam7's seven passes, or the whole image as one.
        let passes = interlaced ? adam7 : [(0, 0, 1, 1)]
        let bytesPerPixel = max(1, bitsPerPixel / 8)
        var at = 0
        for (x0, y0, dx, dy) in passes {
            let passWidth = (width - x0 + dx - 1) / dx, passHeight = (height - y0 + dy - 1) / dy
            guard passWidth > 0, passHeight > 0 else { continue }
            let rowBytes = (passWidth * bitsPerPixel + 7) / 8
            var previous = [UInt8](repeating: 0, count: rowBytes)
            for row in 0..<passHeight {
                guard at + 1 + rowBytes <= raw.count else { throw Failure(reason: "its image data ends early") }
                let filter = raw[at]
                let line = at + 1
                try unfilter(&raw, at: line, count: rowBytes, previous: previous, filter: filter, bytesPerPixel: bytesPerPixel)
                let current = Array(raw[line..<line + rowBytes])
                at = line + rowBytes
                previous = current
                let y = y0 + row * dy
                for column in 0..<passWidth {
                    // The pixel's samples, in the file's own values.
                    var values = [Int](repeating: 0, count: channels)
                    for channel in 0..<channels {
                        switch depth {
                        case 16:
                            let i = (column * channels + channel) * 2
                            values[channel] = Int(current[i]) << 8 | Int(current[i + 1])
                        case 8: values[channel] = Int(current[column * channels + channel])
                        default:
                            let bit = column * depth
                            values[channel] = Int(current[bit / 8] >> (8 - depth - bit % 8)) & ((1 << depth) - 1)
                        }
                    }
                    func eight(_ v: Int) -> UInt8 { depth == 16 ? UInt8(v >> 8) : UInt8(v * scale) }
                    let pixel = y * width + x0 + column * dx
                    var opacity: UInt8 = 255
                    switch colour {
                    case 3:
                        let index = values[0]
                        guard index * 3 + 2 < palette.count else { throw Failure(reason: "a pixel names a colour its palette lacks") }
                        for c in 0..<3 { samples[pixel * 3 + c] = palette[index * 3 + c] }
                        if index < transparency.count { opacity = transparency[index] }
                    case 0, 4:
                        samples[pixel] = eight(values[0])
                        if colour == 4 { opacity = eight(values[1]) } else if let key, values[0] == key[0] { opacity = 0 }
                    default:
                        for c in 0..<3 { samples[pixel * 3 + c] = eight(values[c]) }
                        if colour == 6 { opacity = eight(values[3]) } else if let key, values == key { opacity = 0 }
                    }
                    if opacity != 255 { alpha[pixel] = opacity; translucent = true }
                }
            }
        }
        return DecodedImage(width: width, height: height, colours: outColours, samples: samples, alpha: translucent ? alpha : nil)
    }

    /// Undoes one scanline's filter (PNG §9.2) in place.
    static func unfilter(_ raw: inout [UInt8], at line: Int, count: Int, previous: [UInt8], filter: UInt8, bytesPerPixel: Int) throws(Failure) {
        switch filter {
        case 0: return
        case 1:
            for i in bytesPerPixel..<max(bytesPerPixel, count) { raw[line + i] &+= raw[line + i - bytesPerPixel] }
        case 2:
            for i in 0..<count { raw[line + i] &+= previous[i] }
        case 3:
            for i in 0..<count {
                let left = i >= bytesPerPixel ? Int(raw[line + i - bytesPerPixel]) : 0
                raw[line + i] &+= UInt8((left + Int(previous[i])) / 2)
            }
        case 4:
            for i in 0..<count {
                let a = i >= bytesPerPixel ? Int(raw[line + i - bytesPerPixel]) : 0
                let b = Int(previous[i])
                let c = i >= bytesPerPixel ? Int(previous[i - bytesPerPixel]) : 0
                let p = a + b - c
                let pa = abs(p - a), pb = abs(p - b), pc = abs(p - c)
                raw[line + i] &+= UInt8(pa <= pb && pa <= pc ? a : (pb <= pc ? b : c))
            }
        default: throw Failure(reason: "a scanline has the unknown filter \(filter)")
        }
    }

    /// The zlib stream inflated to exactly `expected` bytes; more or fewer is a failure.
    static func inflate(_ data: [UInt8], expected: Int) throws(Failure) -> [UInt8] {
        var stream = z_stream()
        guard inflateInit_(&stream, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else { throw Failure(reason: "out of memory") }
        defer { inflateEnd(&stream) }
        // One byte more than declared, so that too much data shows.
        var out = [UInt8](repeating: 0, count: expected + 1)
        var status: Int32 = Z_OK
        var produced = 0
        data.withUnsafeBufferPointer { input in
            out.withUnsafeMutableBufferPointer { output in
                stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
                stream.avail_in = uInt(input.count)
                stream.next_out = output.baseAddress
                stream.avail_out = uInt(output.count)
                status = CZlib.inflate(&stream, Z_FINISH)
                produced = output.count - Int(stream.avail_out)
            }
        }
        guard status == Z_STREAM_END, produced == expected else { throw Failure(reason: "its image data is damaged or not the size its header declares") }
        out.removeLast()
        return out
    }
}
