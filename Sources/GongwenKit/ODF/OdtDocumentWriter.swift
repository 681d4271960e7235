import Foundation

/// The ODF writer's entry point: the model becomes the four XML parts of an `.odt`.
public enum OdtDocumentWriter {
    public static let generator = "gongwen/\(Version.current)"

    public static func parts(for document: Document, styles: StyleSheet, sourceDateEpoch: Int?) throws -> [OdtPackager.Part] {
        var parts = [
            OdtPackager.Part("content.xml", try ContentWriter.write(document)),
            OdtPackager.Part("styles.xml", styles.bytes, compressed: styles.compressed),
            OdtPackager.Part("meta.xml", try MetaWriter.write(document, generator: generator, sourceDateEpoch: sourceDateEpoch)),
        ]
        let images = ([document.signature.seal, document.signature.stamp] + document.signature.joint.map(\.seal)).compactMap { $0 }
        if !images.isEmpty {
            parts += images.map { OdtPackager.Part($0.partName, $0.bytes) }
            let media = images.map { (path: $0.partName, type: $0.kind.mediaType) }
            parts.append(OdtPackager.Part("META-INF/manifest.xml", try ManifestWriter.write(parts: xmlParts, media: media)))
        } else {
            let shared = try manifest.get()
            parts.append(OdtPackager.Part("META-INF/manifest.xml", shared.bytes, compressed: shared.compressed))
        }
        return parts
    }

    static let xmlParts = ["content.xml", "styles.xml", "meta.xml"]

    /// The manifest is the same in every package (but one with a seal image): written and deflated once.
    static let manifest: Result<(bytes: [UInt8], compressed: ZipArchive.CompressedEntry), Error> = Result {
        let bytes = try ManifestWriter.write(parts: xmlParts)
        return (bytes, try ZipArchive.CompressedEntry(name: "META-INF/manifest.xml", bytes: bytes))
    }

    /// Writes `document` to `path` as a complete `.odt`.
    public static func write(_ document: Document, to path: String, styles: StyleSheet, sourceDateEpoch: Int?) throws {
        let parts = try parts(for: document, styles: styles, sourceDateEpoch: sourceDateEpoch)
        try OdtPackager.write(parts: parts, to: path, timestamp: sourceDateEpoch ?? document.date.epochSeconds)
    }
}

public enum Version {
    public static let current = "0.1.0"
}
