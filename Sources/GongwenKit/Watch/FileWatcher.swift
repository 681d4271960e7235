import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The files saved in a set of folders, as Linux's inotify reports them: no polling, the process
/// sleeps until the kernel wakes it. Folders are watched, not files, because an editor often
/// saves by writing a new file and renaming it over the old one (a watch on the old file's inode
/// would see nothing after the first save).
public final class FileWatcher {
    /// What woke `next()`.
    public enum Event: Equatable, Sendable {
        /// Files written and closed, renamed into or out of, or removed from a watched folder.
        case changed([String])
        /// The kernel's queue overflowed: anything may have changed.
        case overflow
        /// `StopSignal.stop()` was called (Ctrl-C).
        case stopped
    }

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
        /// More folders than `folderLimit`: the caller may watch a smaller tree instead.
        public var tooMany = false
    }

    private let descriptor: Int32
    private let stop: StopSignal
    private var folders: [Int32: String] = [:]
    /// Folders never watched (the output folder), kept for folders made later.
    private var skipping: Set<String> = []
    /// Folders made since the start that could not be watched, said by the caller.
    public private(set) var problems: [String] = []
    /// Folders watched at most: inotify's default limit per user is 8,192 watches, shared by every program.
    public static let folderLimit = 512

    public init(stop: StopSignal) throws {
        descriptor = inotify_init1(Int32(IN_CLOEXEC) | Int32(IN_NONBLOCK))
        guard descriptor >= 0 else { throw Failure(description: "cannot watch files (inotify: \(String(cString: strerror(errno))))") }
        self.stop = stop
    }

    deinit { close(descriptor) }

    public var watchedFolders: [String] { folders.values.sorted() }

    /// Watches `folder` and the folders under it (hidden ones and `skipping` excepted); throws, watching
    /// none of them, when they are more than `folderLimit` with those already watched.
    public func watch(tree folder: String, skipping: Set<String> = []) throws {
        self.skipping.formUnion(skipping)
        var found: [String] = []
        var pending = [FileWatcher.canonical(folder)]
        while let next = pending.popLast() {
            guard !folders.values.contains(next), !found.contains(next), !self.skipping.contains(next) else { continue }
            found.append(next)
            guard folders.count + found.count <= Self.folderLimit else {
                throw Failure(description: "more than \(Self.folderLimit) folders to watch under \(folder)", tooMany: true)
            }
            let children: [String]
            do { children = try FileManager.default.contentsOfDirectory(atPath: next) } catch {
                throw Failure(description: "cannot watch \(next): \(error.localizedDescription)")
            }
            for child in children.sorted() where !child.hasPrefix(".") {
                // Folders only, never through a link (a link may lead out of the tree, or round).
                var info = stat()
                let path = next + "/" + child
                if lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR { pending.append(path) }
            }
        }
        let mask = UInt32(IN_CLOSE_WRITE) | UInt32(IN_MOVED_TO) | UInt32(IN_MOVED_FROM) | UInt32(IN_DELETE) | UInt32(IN_CREATE) | UInt32(IN_ONLYDIR)
        for path in found {
            let wd = inotify_add_watch(descriptor, path, mask)
            guard wd >= 0 else { throw Failure(description: "cannot watch \(path): \(String(cString: strerror(errno)))") }
            folders[wd] = path
        }
    }

    /// Sleeps until a watched folder changes or `stop` is signalled; then waits `settle` seconds
    /// more for the rest of the same save (an editor writes, renames and deletes in quick succession),
    /// and returns every path touched, in order, each once. A folder made or moved in is watched
    /// from then on, and reported as `.overflow`: files may have landed in it before its watch began.
    public func next(settle: Double = 0.02) -> Event {
        var paths: [String] = []
        var overflow = false
        var waitMilliseconds: Int32 = -1
        while true {
            var fds = [pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0), pollfd(fd: stop.readEnd, events: Int16(POLLIN), revents: 0)]
            let ready = poll(&fds, 2, waitMilliseconds)
            if ready < 0 {
                if errno == EINTR { continue }
                return .stopped
            }
            if fds[1].revents != 0 { return .stopped }
            if ready == 0 {
                // Quiet for `settle`: the save is complete.
                if overflow { return .overflow }
                if !paths.isEmpty { return .changed(paths) }
                waitMilliseconds = -1
                continue
            }
            let (read, overflowed, newFolders) = drain()
            overflow = overflow || overflowed || !newFolders.isEmpty
            for path in read where !paths.contains(path) { paths.append(path) }
            for folder in newFolders {
                do { try watch(tree: folder) } catch { problems.append("\(error)") }
            }
            waitMilliseconds = Int32(settle * 1000)
        }
    }

    /// Every event queued now.
    private func drain() -> (paths: [String], overflow: Bool, newFolders: [String]) {
        var paths: [String] = []
        var newFolders: [String] = []
        var overflow = false
        let size = 64 * 1024
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 8)
        defer { buffer.deallocate() }
        while true {
            let count = Glibc.read(descriptor, buffer, size)
            guard count > 0 else { break }
            var offset = 0
            let header = MemoryLayout<inotify_event>.size
            while offset + header <= count {
                let event = buffer.load(fromByteOffset: offset, as: inotify_event.self)
                let nameLength = Int(event.len)
                guard offset + header + nameLength <= count else { break }
                if event.mask & UInt32(IN_Q_OVERFLOW) != 0 { overflow = true }
                // The folder is gone (removed, or moved away): its watch ended; made again, it is watched again.
                if event.mask & UInt32(IN_IGNORED) != 0 {
                    folders[event.wd] = nil
                    overflow = true
                }
                if nameLength > 0, let folder = folders[event.wd] {
                    let bytes = UnsafeRawBufferPointer(start: buffer + offset + header, count: nameLength)
                    let name = String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
                    let path = folder + "/" + name
                    if event.mask & UInt32(IN_ISDIR) != 0 {
                        if event.mask & (UInt32(IN_CREATE) | UInt32(IN_MOVED_TO)) != 0, !name.hasPrefix(".") { newFolders.append(path) }
                    } else if event.mask & UInt32(IN_CREATE) == 0 {
                        // A file created is not yet written: its IN_CLOSE_WRITE follows.
                        paths.append(path)
                    }
                }
                offset += header + nameLength
            }
        }
        return (paths, overflow, newFolders)
    }

    /// The absolute, symlink-free form of a path, as the watched folders are named.
    public static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).resolvingSymlinksInPath().standardizedFileURL.path
    }
}

/// A Ctrl-C (or any thread) waking a `FileWatcher` from its sleep: one byte down a pipe, the
/// only thing a signal handler may safely do.
public final class StopSignal: Sendable {
    let readEnd: Int32
    let writeEnd: Int32

    public init() {
        var ends: [Int32] = [-1, -1]
        if pipe(&ends) == 0 {
            for end in ends {
                _ = fcntl(end, F_SETFD, FD_CLOEXEC)
                _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
            }
        } else {
            ends = [-1, -1]
        }
        readEnd = ends[0]
        writeEnd = ends[1]
    }

    deinit {
        close(readEnd)
        close(writeEnd)
    }

    public func stop() {
        var byte: UInt8 = 1
        _ = write(writeEnd, &byte, 1)
    }

    /// Whether `stop()` was called (the byte stays in the pipe for the watcher to see).
    public var requested: Bool {
        var fd = pollfd(fd: readEnd, events: Int16(POLLIN), revents: 0)
        return poll(&fd, 1, 0) > 0
    }
}
