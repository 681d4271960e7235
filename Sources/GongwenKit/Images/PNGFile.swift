import CLibDeflate

/// A PNG file (ISO/IEC 15948) from its chunks: the signature, each chunk with its length and CRC
/// (libdeflate's CRC-32), and IEND. The report's page pictures and the SVG seals drawn for the own
/// engine are written with it.
enum PNGFile {
    static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    static func be32(_ value: Int) -> [UInt8] { [UInt8(value >> 24 & 0xFF), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)] }

    /// IHDR's body: the size, the bit depth 8, the colour type (2 RGB, 3 palette, 6 RGBA), deflate,
    /// filtering method 0, no interlacing.
    static func header(width: Int, height: Int, colourType: UInt8) -> [UInt8] {
        be32(width) + be32(height) + [8, colourType, 0, 0, 0]
    }

    /// The file of `chunks` (IHDR first; IEND is added).
    static func bytes(_ chunks: [(type: String, data: [UInt8])]) -> [UInt8] {
        var out = signature
        for (type, data) in chunks + [("IEND", [])] {
            let typed = Array(type.utf8) + data
            out += be32(data.count) + typed
            out += be32(Int(typed.withUnsafeBytes { libdeflate_crc32(0, $0.baseAddress, $0.count) }))
        }
        return out
    }
}
