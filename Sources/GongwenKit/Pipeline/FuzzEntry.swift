import Foundation

/// One pass of the fuzz target (`Sources/gongwen-fuzz`): decode, read, write every XML part and the
/// zip, all in memory. Kept in the library so the fuzzer reaches the same code a build runs.
extension OdtDocumentWriter {
    /// An input that holds this line is a template, then this line, then a unit's values: the
    /// template is compiled from the input itself (not the cache), so mutated templates reach the
    /// slot-filling path too.
    public static let fuzzTemplateSeparator = "\n#---values---\n"

    public static func fuzzOnce(source bytes: [UInt8], path: String, policy: SourcePolicy) throws -> Int {
        let policy = policy.findingRollupUnits
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

    /// An input that starts with this line is a CSV sheet (the rest of it); one that starts as a zip
    /// is read as an .xlsx and as an .ods. Its rows fill `template`, as a build's would.
    public static let fuzzCSVMarker = "#csv\n"

    /// An input that starts with this line is the XML of a sheet's cells (the rest of it), zipped
    /// here into an .xlsx (as its worksheet) and an .ods (as its content.xml): a mutated zip seldom
    /// survives its own CRC, so the XML reader is reached this way.
    public static let fuzzSheetXMLMarker = "#sheet-xml\n"

    /// An input that starts with this line is `mutool trace` output (the rest of it): read as
    /// `gongwen verify` reads a PDF's drawing, within the same limits, and measured.
    public static let fuzzTraceMarker = "#trace\n"

    /// The findings on a trace input (0 when it is refused); -1 when the input is not one.
    public static func fuzzTrace(_ bytes: [UInt8]) -> Int {
        guard bytes.starts(with: Array(fuzzTraceMarker.utf8)) else { return -1 }
        let trace = Array(bytes.dropFirst(fuzzTraceMarker.utf8.count))
        guard let layout = try? PDFLayout.parse(trace: trace, name: "fuzz-input.pdf") else { return 0 }
        return LayoutVerifier.verify(layout).count
    }

    /// An input that starts with this line is a seal image (the rest of it, PNG or SVG): checked
    /// whole, as a seal a source names is (`SealLoader.decode`).
    public static let fuzzSealMarker = "#seal\n"

    /// The seal's bytes when it is taken, 0 when it is refused; -1 when the input is not one.
    public static func fuzzSeal(_ bytes: [UInt8]) -> Int {
        guard bytes.starts(with: Array(fuzzSealMarker.utf8)) else { return -1 }
        switch SealLoader.decode(Array(bytes.dropFirst(fuzzSealMarker.utf8.count)), name: "fuzz-seal") {
        case .success(let image): return image.bytes.count
        case .failure: return 0
        }
    }

    public static func fuzzSheet(_ bytes: [UInt8], template: String, policy: SourcePolicy) -> Int {
        let kinds: [(String, [UInt8])]
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            kinds = [("xlsx", bytes), ("ods", bytes)]
        } else if bytes.starts(with: Array(fuzzCSVMarker.utf8)) {
            kinds = [("csv", Array(bytes.dropFirst(fuzzCSVMarker.utf8.count)))]
        } else if bytes.starts(with: Array(fuzzSheetXMLMarker.utf8)) {
            let xml = Array(bytes.dropFirst(fuzzSheetXMLMarker.utf8.count))
            let workbook = #"<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>"#
            let relations = #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#
            guard let xlsx = try? ZipArchive.bytes([.init("xl/workbook.xml", .bytes(Array(workbook.utf8))),
                                                   .init("xl/_rels/workbook.xml.rels", .bytes(Array(relations.utf8))),
                                                   .init("xl/worksheets/sheet1.xml", .bytes(xml))], timestamp: 0),
                  let ods = try? ZipArchive.bytes([.init("content.xml", .bytes(xml))], timestamp: 0) else { return -1 }
            kinds = [("xlsx", xlsx), ("ods", ods)]
        } else {
            return -1
        }
        var total = 0
        for (kind, content) in kinds {
            let path = NSTemporaryDirectory() + "gongwen-fuzz-\(getpid()).\(kind)"
            guard FileManager.default.createFile(atPath: path, contents: Data(content)) else { continue }
            defer { unlink(path) }
            let sheet = SheetUnits.read(path: path, template: template, policy: policy)
            for unit in sheet.units {
                if let read = try? DocumentReader.read(UnitInput(origin: .row(unit)), policy: policy) { total += read.document.body.count }
            }
        }
        return total
    }
}
