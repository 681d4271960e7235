/// Writes `META-INF/manifest.xml` for the package's parts.
public enum ManifestWriter {
    /// `parts` are XML parts; `media` are other files with their media types (images).
    public static func write(parts: [String], media: [(path: String, type: String)] = [], mimeType: String = ODF.mimeType) throws -> [UInt8] {
        let x = XMLStreamWriter()
        x.start("manifest:manifest")
        x.attribute("xmlns:manifest", ODF.manifest)
        x.attribute("manifest:version", ODF.version)
        x.element("manifest:file-entry", ["manifest:full-path": "/", "manifest:version": ODF.version, "manifest:media-type": mimeType])
        for part in parts {
            x.element("manifest:file-entry", ["manifest:full-path": part, "manifest:media-type": "text/xml"])
        }
        for file in media {
            x.element("manifest:file-entry", ["manifest:full-path": file.path, "manifest:media-type": file.type])
        }
        x.end()
        return try x.finish()
    }
}
