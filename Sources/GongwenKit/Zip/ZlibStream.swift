import CLibDeflate

/// zlib-wrapped DEFLATE (RFC 1950) by libdeflate: a PDF's FlateDecode streams and a PNG's image data.
enum ZlibStream {
    /// `bytes` compressed by `compressor`, whose level the caller chose (one compressor serves many
    /// streams); nil when there is nothing to compress or libdeflate cannot run.
    static func compress(_ bytes: [UInt8], with compressor: OpaquePointer?) -> [UInt8]? {
        guard !bytes.isEmpty, let compressor else { return nil }
        let bound = libdeflate_zlib_compress_bound(compressor, bytes.count)
        let out = [UInt8](unsafeUninitializedCapacity: bound) { buffer, count in
            count = bytes.withUnsafeBytes { libdeflate_zlib_compress(compressor, $0.baseAddress, $0.count, buffer.baseAddress, buffer.count) }
        }
        return out.isEmpty ? nil : out
    }
}
