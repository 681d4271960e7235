import Foundation

/// Reading a file a source names, or a source itself, when nothing about it can be trusted: it may
/// be a folder, a named pipe that never ends, a device, or larger than any real one. Foundation's
/// `FileHandle` traps (`try!` inside) on a folder and blocks forever on a FIFO, so every untrusted
/// file is opened here: non-blocking, checked with `fstat` to be a regular file before a byte is
/// read, and read to a bound.
public enum InputFile {
    public enum Failure: Error, Equatable, Sendable {
        case missing
        /// A folder, FIFO, socket or device: what it is, in words (`a folder`, `a named pipe (FIFO)`).
        case notAFile(String)
        case tooLarge(limit: Int)
        /// The system's words (`Permission denied`).
        case unreadable(String)

        /// What the clerk sees after `cannot read <what>: `.
        public var reason: String {
            switch self {
            case .missing: return "there is no such file"
            case .notAFile(let kind): return "it is \(kind), not a file"
            case .tooLarge(let limit): return "it is larger than \(limit) bytes"
            case .unreadable(let why): return why
            }
        }
    }

    /// What a path names, in words, when it is not a regular file (nil for a file).
    static func kind(ofMode mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFDIR: return "a folder"
        case S_IFIFO: return "a named pipe (FIFO)"
        case S_IFSOCK: return "a socket"
        case S_IFCHR, S_IFBLK: return "a device"
        case S_IFLNK: return "a symbolic link"
        default: return "not a regular file"
        }
    }

    /// Why `path` is not a regular file that can be opened (nil: it is one). `stat` only: a FIFO is
    /// not opened, so nothing blocks.
    public static func problem(_ path: String) -> Failure? {
        var info = stat()
        guard stat(path, &info) == 0 else {
            return errno == ENOENT || errno == ENOTDIR ? .missing : .unreadable(String(cString: strerror(errno)))
        }
        return kind(ofMode: info.st_mode).map(Failure.notAFile)
    }

    /// An open descriptor of a regular file, or why there is none. Opened with O_NONBLOCK so that
    /// opening a FIFO without a writer returns at once; the flag is cleared once `fstat` says it
    /// is a regular file (it means nothing there).
    public static func open(_ path: String) -> Result<Int32, Failure> {
        let fd = Glibc.open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else {
            let code = errno
            if code == ENOENT || code == ENOTDIR { return .failure(.missing) }
            if code == ENXIO { return .failure(.notAFile("a socket or device")) }
            return .failure(.unreadable(String(cString: strerror(code))))
        }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            let why = String(cString: strerror(errno))
            close(fd)
            return .failure(.unreadable(why))
        }
        if let kind = kind(ofMode: info.st_mode) {
            close(fd)
            return .failure(.notAFile(kind))
        }
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
        return .success(fd)
    }

    /// The whole file, at most `limit` bytes: one byte more is never read, whatever the file claims.
    public static func read(_ path: String, limit: Int) -> Result<[UInt8], Failure> {
        let fd: Int32
        switch open(path) {
        case .success(let opened): fd = opened
        case .failure(let failure): return .failure(failure)
        }
        defer { close(fd) }
        var info = stat()
        let expected = fstat(fd, &info) == 0 ? max(0, Int(info.st_size)) : 0
        if expected > limit { return .failure(.tooLarge(limit: limit)) }
        // The size may change while it is read (or lie, on /proc): read to the limit and one byte.
        var bytes = [UInt8](repeating: 0, count: min(expected, limit) + 1)
        var count = 0
        while true {
            if count == bytes.count {
                if count > limit { return .failure(.tooLarge(limit: limit)) }
                bytes.append(contentsOf: repeatElement(0, count: min(max(count, 4096), limit + 1 - count)))
            }
            let n = bytes.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + count, $0.count - count) }
            if n < 0 {
                if errno == EINTR { continue }
                return .failure(.unreadable(String(cString: strerror(errno))))
            }
            if n == 0 { break }
            count += n
        }
        if count > limit { return .failure(.tooLarge(limit: limit)) }
        bytes.removeSubrange(count...)
        return .success(bytes)
    }
}
