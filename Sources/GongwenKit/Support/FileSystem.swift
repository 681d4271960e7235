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

    /// A file as it stands: which file (device, inode), its size, and when its bytes and its entry last
    /// changed. A new file put in its place (gongwen renames every file it writes into place), a copy,
    /// or a write to it gives another stamp: the kernel sets the change time, and no one can set it
    /// back. Only a write in place of the same size within one tick of the file system's clock (a few
    /// milliseconds) could keep the stamp, which no writer of these files does.
    public struct Stamp: Equatable, Sendable {
        var device: UInt64, inode: UInt64, size: Int64
        var modified: (Int, Int), changed: (Int, Int)
        init(_ info: stat) {
            (device, inode, size) = (UInt64(info.st_dev), UInt64(info.st_ino), Int64(info.st_size))
            (modified, changed) = ((info.st_mtim.tv_sec, info.st_mtim.tv_nsec), (info.st_ctim.tv_sec, info.st_ctim.tv_nsec))
        }
        public static func == (a: Stamp, b: Stamp) -> Bool {
            a.device == b.device && a.inode == b.inode && a.size == b.size && a.modified == b.modified && a.changed == b.changed
        }
    }

    /// The stamp of the file at `path` (links followed); nil when there is none.
    public static func stamp(_ path: String) -> Stamp? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Stamp(info)
    }

    /// The stamp of the file open as `descriptor`.
    public static func stamp(descriptor: Int32) -> Stamp? {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return nil }
        return Stamp(info)
    }

    public static func modified(_ path: String) -> Date? {
        // lstat(2) itself, as Foundation's attributes ask (a link's own time): those also look up
        // the owner's name, a read of the user database for every file (the report asks for 6,000).
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        return Date(timeIntervalSince1970: Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9)
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
