/// One pass of the fuzz target (`Sources/gongwen-fuzz`): decode, read, write every XML part and the
/// zip, all in memory. Kept in the library so the fuzzer reaches the same code a build runs.
extension OdtDocumentWriter {
    /// An input that holds this line is a template, then this line, then a unit's values: the
    /// template is compiled from the input itself (not the cache), so mutated templates reach the
    /// slot-filling path too.
    public static let fuzzTemplateSeparator = "\n#---values---\n"

    public static func fuzzOnce(source bytes: [UInt8], path: String, policy: SourcePolicy) throws -> Int {
        let text = try SourceEncoding.decode(bytes, path: path)
        let document: Document
        if let split = text.range(of: fuzzTemplateSeparator) {
            let template = try YAMLSource.parse(String(text[..<split.lowerBound]), path: path + ".template", limits: policy.limits)
            let unit = try YAMLSource.parse(String(text[split.upperBound...]), path: path, limits: policy.limits)
            document = try DocumentReader.fill(template, from: unit, policy: policy, cached: false).document
        } else {
            document = try DocumentReader.read(text: text, path: path, policy: policy).document
        }
        let parts = try parts(for: document, styles: .builtIn, sourceDateEpoch: nil)
        return try OdtPackager.package(parts: parts, timestamp: document.date.epochSeconds).count
    }
}
