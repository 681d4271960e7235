/// Reads the XML parts back out of an `.odt` (for validation and tests).
public enum OdtReader {
    /// The XML parts; the package may come from anyone, so it is read within `limits` (the other
    /// entries, such as pictures, are not unpacked at all).
    public static func parts(of path: String, limits: ZipArchive.ReadLimits = ZipArchive.ReadLimits()) throws(DiagnosticError) -> [OdtPackager.Part] {
        do {
            return try ZipArchive.read(path, limits: limits, including: { $0.hasSuffix(".xml") }).map { OdtPackager.Part($0.name, $0.bytes) }
        } catch {
            throw .error(error.problem ?? error.description, at: .file(path))
        }
    }
}
