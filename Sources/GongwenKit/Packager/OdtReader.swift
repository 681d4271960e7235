/// Reads the XML parts back out of an `.odt` (for validation and tests).
public enum OdtReader {
    public static func parts(of path: String) throws -> [OdtPackager.Part] {
        try ZipArchive.read(path).filter { $0.name.hasSuffix(".xml") }.map { OdtPackager.Part($0.name, $0.bytes) }
    }
}
