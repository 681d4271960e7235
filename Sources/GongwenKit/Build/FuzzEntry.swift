/// One pass of the fuzz target (`Sources/gongwen-fuzz`): decode, read, write every XML part and the
/// zip, all in memory. Kept in the library so the fuzzer reaches the same code a build runs.
extension OdtDocumentWriter {
    public static func fuzzOnce(source bytes: [UInt8], path: String, policy: SourcePolicy) throws -> Int {
        let text = try SourceEncoding.decode(bytes, path: path)
        let read = try DocumentReader.read(text: text, path: path, policy: policy)
        let parts = try parts(for: read.document, styles: .builtIn, sourceDateEpoch: nil)
        return try OdtPackager.package(parts: parts, timestamp: read.document.date.epochSeconds).count
    }
}
