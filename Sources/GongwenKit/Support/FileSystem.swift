import Foundation

/// Folder creation that says why it failed in the system's words ("Permission denied", "Not a
/// directory", "No space left on device"): Foundation's own error reads "The file doesn't exist"
/// for a read-only output folder.
public enum FileSystem {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// `mkdir -p`.
    /// When the file was last modified; nil when it cannot be read (missing: then whatever depends on
    /// it is not up to date).
    public static func modified(_ path: String) -> Date? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date
    }

    public static func makeDirectories(_ path: String) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue { return }
        var current = path.hasPrefix("/") ? "" : "."
        for component in path.split(separator: "/") {
            current += "/" + component
            if mkdir(current, 0o755) != 0 && errno != EEXIST {
                throw Failure(description: "cannot create the folder \(current): \(String(cString: strerror(errno)))")
            }
        }
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw Failure(description: "cannot create the folder \(path): \(String(cString: strerror(ENOTDIR)))")
        }
    }
}
