import Foundation

/// Packs the XML parts into an `.odt`: `mimetype` first, stored, without extra field; the rest deflated
/// but parts under a kilobyte (meta.xml), which are stored: each deflated entry costs zlib a
/// fresh 256 KB state, more than such a part saves.
public enum OdtPackager {
    public struct Part {
        public var name: String
        public var bytes: [UInt8]
        /// The same bytes already deflated, when many packages share them.
        public var compressed: ZipArchive.CompressedEntry?

        public init(_ name: String, _ bytes: [UInt8], compressed: ZipArchive.CompressedEntry? = nil) {
            self.name = name
            self.bytes = bytes
            self.compressed = compressed
        }
    }

    public typealias PackageError = ZipArchive.ZipError

    /// The `.odt` file's bytes.
    public static func package(parts: [Part], timestamp: Int) throws -> [UInt8] {
        let entries = [ZipArchive.Entry("mimetype", .bytes(Array(ODF.mimeType.utf8)), stored: true)]
            + parts.map { ZipArchive.Entry($0.name, $0.compressed.map { .compressed($0) } ?? .bytes($0.bytes), stored: $0.compressed == nil && $0.bytes.count < 1024) }
        return try ZipArchive.bytes(entries, timestamp: timestamp)
    }

    /// Writes the `.odt` under a temporary name and renames it into place.
    public static func write(parts: [Part], to path: String, timestamp: Int) throws {
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty && !FileManager.default.fileExists(atPath: directory) {
            try FileSystem.makeDirectories(directory)
        }
        try ZipArchive.writeAtomically(package(parts: parts, timestamp: timestamp), to: path)
    }
}
