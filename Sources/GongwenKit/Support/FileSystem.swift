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
    /// `path` as reached from `folder` (`../units/甲.yaml`), both taken from the current folder;
    /// `resolvingSymlinks`: as the kernel would reach it (a `folder` that is a link to elsewhere).
    public static func relative(_ path: String, from folder: String, resolvingSymlinks: Bool = false) -> String {
        func parts(_ path: String) -> [String] {
            let url = URL(fileURLWithPath: path)
            return (resolvingSymlinks ? url.resolvingSymlinksInPath() : url).standardizedFileURL.pathComponents
        }
        let target = parts(path)
        let base = parts(folder)
        var common = 0
        while common < min(target.count, base.count), target[common] == base[common] { common += 1 }
        let parts = Array(repeating: "..", count: base.count - common) + target[common...]
        return parts.isEmpty ? "." : parts.joined(separator: "/")
    }

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
