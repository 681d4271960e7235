/// Packs the XML parts into an `.odt`: `mimetype` first, stored, without extra field; the rest deflated.
public enum OdtPackager {
    public struct Part {
        public var name: String
        public var bytes: [UInt8]
        public init(_ name: String, _ bytes: [UInt8]) {
            self.name = name
            self.bytes = bytes
        }
    }

    public typealias PackageError = ZipArchive.ZipError

    public static func write(parts: [Part], to path: String, timestamp: Int) throws {
        let entries = [ZipArchive.Entry("mimetype", .bytes(Array(ODF.mimeType.utf8)), stored: true)]
            + parts.map { ZipArchive.Entry($0.name, .bytes($0.bytes)) }
        try ZipArchive.write(entries, to: path, timestamp: timestamp)
    }
}
