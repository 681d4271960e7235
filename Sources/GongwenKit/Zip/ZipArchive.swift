import CLibZip
import Foundation
import Synchronization

/// Zip files through libzip, written reproducibly (fixed times, given order, fixed attributes) under a
/// temporary name and renamed, so a failure leaves no half file.
public enum ZipArchive {
    public struct Entry {
        public enum Content {
            case bytes([UInt8])
            /// Read by libzip while it writes, so large bundles need not fit in memory.
            case file(String)
            /// The already compressed first entry of a zip in memory, copied without recompressing
            /// (the style sheet is the same in every `.odt`).
            case compressed(CompressedEntry)
        }
        public var name: String
        public var content: Content
        public var stored: Bool

        public init(_ name: String, _ content: Content, stored: Bool = false) {
            self.name = name
            self.content = content
            self.stored = stored
        }
    }

    /// A one-entry zip in memory, made once, whose compressed data many archives copy.
    public final class CompressedEntry: Sendable {
        let archive: [UInt8]

        public init(name: String, bytes: [UInt8], timestamp: Int = 0) throws {
            archive = try ZipArchive.bytes([Entry(name, .bytes(bytes))], timestamp: timestamp)
        }
    }

    public struct ZipError: Error, CustomStringConvertible {
        public var description: String
        /// The problem alone, where `description` starts with the archive's path.
        public var problem: String? = nil
    }

    /// Bounds on reading a zip that may come from anyone (`gongwen validate`): a 1 MB file can hold
    /// a part that unpacks to a gigabyte. What an entry declares is checked before it is inflated,
    /// and what it really unpacks to is read with that cap.
    public struct ReadLimits: Sendable {
        /// Unpacked bytes of one entry: a long report's content.xml has a few megabytes.
        public var entryBytes: UInt64 = 64 << 20
        /// Unpacked bytes of every entry read.
        public var totalBytes: UInt64 = 128 << 20
        public var entries = 10_000

        public init() {}

        /// The tool's own archives, read back.
        public static let none: ReadLimits = {
            var limits = ReadLimits()
            limits.entryBytes = .max
            limits.totalBytes = .max
            limits.entries = .max
            return limits
        }()
    }

    public static func write(_ entries: [Entry], to path: String, timestamp: Int) throws {
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty {
            try FileSystem.makeDirectories(directory)
        }
        let temporary = temporaryPath(for: path)
        guard Interrupts.shared.track(path: temporary) else { throw Interrupts.Stopped() }
        defer { Interrupts.shared.untrack(path: temporary) }
        var errorCode: Int32 = 0
        guard let archive = zip_open(temporary, ZIP_CREATE | ZIP_TRUNCATE, &errorCode) else {
            throw ZipError(description: "cannot create \(temporary) (libzip error \(errorCode))")
        }
        do {
            try addAndClose(archive, entries, timestamp: timestamp)
        } catch {
            unlink(temporary)
            throw ZipError(description: "cannot write \(path): \(error)")
        }
        guard rename(temporary, path) == 0 else {
            unlink(temporary)
            throw ZipError(description: "cannot rename \(temporary) to \(path): \(String(cString: strerror(errno)))")
        }
    }

    /// Adds the entries and writes the archive; afterwards the archive handle is gone, success or not.
    static func addAndClose(_ archive: OpaquePointer, _ entries: [Entry], timestamp: Int) throws {
        // Buffers and source views must live until zip_close has read them.
        var buffers: [UnsafeMutableRawPointer] = []
        var views: [OpaquePointer] = []
        defer {
            views.forEach { zip_discard($0) }
            buffers.forEach { $0.deallocate() }
        }
        do {
            try add(entries, to: archive, timestamp: timestamp, buffers: &buffers, sources: &views)
        } catch {
            zip_discard(archive)
            throw error
        }
        guard zip_close(archive) == 0 else {
            let message = String(cString: zip_strerror(archive))
            zip_discard(archive)
            throw ZipError(description: message)
        }
    }

    static func add(_ entries: [Entry], to archive: OpaquePointer, timestamp: Int, buffers: inout [UnsafeMutableRawPointer],
                    sources: inout [OpaquePointer]) throws {
        let dos = dosTime(timestamp)
        for entry in entries {
            let source: OpaquePointer?
            var compressed = false
            switch entry.content {
            case .compressed(let cached):
                // libzip copies the deflated data of entry 0 from a read-only view of the cached zip.
                var error = zip_error_t()
                zip_error_init(&error)
                defer { zip_error_fini(&error) }
                let memory = UnsafeMutableRawPointer.allocate(byteCount: cached.archive.count, alignment: 1)
                cached.archive.withUnsafeBytes { memory.copyMemory(from: $0.baseAddress!, byteCount: cached.archive.count) }
                buffers.append(memory)
                guard let buffer = zip_source_buffer_create(memory, zip_uint64_t(cached.archive.count), 0, &error),
                      let view = zip_open_from_source(buffer, ZIP_RDONLY, &error) else {
                    throw ZipError(description: "cannot read the cached \(entry.name)")
                }
                sources.append(view)
                source = zip_source_zip(archive, view, 0, zip_flags_t(ZIP_FL_COMPRESSED), 0, -1)
                compressed = true
            case .bytes(let bytes) where !entry.stored:
                guard let deflated = DeflatedSource(bytes) else { fallthrough }
                var error = zip_error_t()
                zip_error_init(&error)
                defer { zip_error_fini(&error) }
                source = deflated.source(&error)
                compressed = true
            case .bytes(let bytes):
                let memory = UnsafeMutableRawPointer.allocate(byteCount: max(bytes.count, 1), alignment: 1)
                bytes.withUnsafeBytes { if let base = $0.baseAddress { memory.copyMemory(from: base, byteCount: bytes.count) } }
                buffers.append(memory)
                source = zip_source_buffer(archive, memory, zip_uint64_t(bytes.count), 0)
            case .file(let file):
                source = zip_source_file(archive, file, 0, -1)
            }
            guard let source else { throw ZipError(description: "cannot add \(entry.name)") }
            let index = zip_file_add(archive, entry.name, source, ZIP_FL_ENC_UTF_8)
            guard index >= 0 else {
                zip_source_free(source)
                throw ZipError(description: "cannot add \(entry.name)")
            }
            guard compressed || zip_set_file_compression(archive, zip_uint64_t(index), entry.stored ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 1) == 0,
                  zip_file_set_dostime(archive, zip_uint64_t(index), dos.time, dos.date, 0) == 0,
                  zip_file_set_external_attributes(archive, zip_uint64_t(index), 0, UInt8(ZIP_OPSYS_UNIX), 0o100644 << 16) == 0
            else { throw ZipError(description: "cannot set \(entry.name)'s entry") }
        }
    }

    /// A Unix time as the zip's MS-DOS date and time fields, read in UTC. (zip_file_set_mtime reads
    /// them in the local time zone, so the same sources gave different bytes in Beijing and London.)
    static func dosTime(_ timestamp: Int) -> (time: UInt16, date: UInt16) {
        let clamped = max(timestamp, 315_532_800)  // 1980-01-01, the earliest date the format holds
        var seconds = time_t(clamped), civil = tm()
        gmtime_r(&seconds, &civil)
        let year = min(Int(civil.tm_year) + 1900, 2107) - 1980
        let date = UInt16(year << 9 | (Int(civil.tm_mon) + 1) << 5 | Int(civil.tm_mday))
        let time = UInt16(Int(civil.tm_hour) << 11 | Int(civil.tm_min) << 5 | Int(civil.tm_sec) / 2)
        return (time, date)
    }

    /// The whole archive in memory (for small archives such as an `.odt`): one file write later
    /// instead of libzip's own temporary file.
    public static func bytes(_ entries: [Entry], timestamp: Int) throws -> [UInt8] {
        var error = zip_error_t()
        zip_error_init(&error)
        defer { zip_error_fini(&error) }
        guard let source = zip_source_buffer_create(nil, 0, 0, &error) else { throw ZipError(description: "libzip: cannot create a buffer") }
        zip_source_keep(source)
        defer { zip_source_free(source) }
        guard let archive = zip_open_from_source(source, ZIP_TRUNCATE, &error) else {
            throw ZipError(description: "libzip: \(String(cString: zip_error_strerror(&error)))")
        }
        try addAndClose(archive, entries, timestamp: timestamp)
        guard zip_source_open(source) == 0 else { throw ZipError(description: "libzip: cannot read the archive back") }
        defer { zip_source_close(source) }
        zip_source_seek(source, 0, SEEK_END)
        let size = Int(zip_source_tell(source))
        zip_source_seek(source, 0, SEEK_SET)
        var read: Int64 = -1
        let result = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            read = zip_source_read(source, buffer.baseAddress, zip_uint64_t(size))
            count = read == size ? size : 0
        }
        guard read == size else { throw ZipError(description: "libzip: short read of the archive") }
        return result
    }

    /// A hidden name beside `path`, so the final rename stays on one file system: `.name.odt.TAG.tmp`.
    ///
    /// The tag is this process's id and a count: distinct among the files one process has open, and
    /// between processes but for ids equal in their low 20 bits, which O_EXCL then catches. (A UUID
    /// read /dev/urandom for every file, and NSString's path functions cost more than the write.)
    static func temporaryPath(for path: String) -> String {
        let count = temporaryCount.add(1, ordering: .relaxed).newValue
        let tag = String(UInt32(truncatingIfNeeded: getpid()) << 12 ^ (count & 0xFFF), radix: 16)
        let suffix = "." + String(repeating: "0", count: 8 - tag.utf8.count) + tag + ".tmp"
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "." + path + suffix }
        return String(path[...slash]) + "." + String(path[path.index(after: slash)...]) + suffix
    }

    private static let temporaryCount = Atomic<UInt32>(0)

    /// `writeAtomically`, unless the file already holds exactly these bytes (read within their size);
    /// true when it wrote.
    @discardableResult
    public static func writeAtomicallyIfChanged(_ bytes: [UInt8], to path: String) throws -> Bool {
        if case .success(let old) = InputFile.read(path, limit: bytes.count + 1), old == bytes { return false }
        try writeAtomically(bytes, to: path)
        return true
    }

    /// Writes bytes under a temporary name in the same folder and renames them into place.
    /// Returns the stamp of the file written, taken once it stands at `path` (nil if it could not be taken).
    @discardableResult
    public static func writeAtomically(_ bytes: [UInt8], to path: String) throws -> FileSystem.Stamp? {
        // A name left by a process that was killed, whose id came round again, is passed over.
        var temporary = temporaryPath(for: path)
        var fd: Int32 = -1
        for attempt in 1...8 {
            guard Interrupts.shared.track(path: temporary) else { throw Interrupts.Stopped() }
            fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o644)
            if fd >= 0 { break }
            let failure = errno
            Interrupts.shared.untrack(path: temporary)
            guard failure == EEXIST, attempt < 8 else {
                throw ZipError(description: "cannot create \(temporary): \(String(cString: strerror(failure)))")
            }
            temporary = temporaryPath(for: path)
        }
        defer { Interrupts.shared.untrack(path: temporary) }
        var written = 0
        let ok = bytes.withUnsafeBytes { buffer -> Bool in
            while written < buffer.count {
                let n = Foundation.write(fd, buffer.baseAddress! + written, buffer.count - written)
                if n <= 0 { return false }
                written += n
            }
            return true
        }
        defer { close(fd) }
        guard ok, rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw ZipError(description: "cannot write \(path): \(reason)")
        }
        // Of the file this wrote, after the rename (which sets its change time), whatever has been
        // put at `path` since.
        return FileSystem.stamp(descriptor: fd)
    }

    /// Every entry's name and bytes (of those `including` names), in archive order, within `limits`;
    /// a damaged entry (bad CRC, or more bytes than it declares) and two entries of one name are errors.
    public static func read(_ path: String, limits: ReadLimits = .none,
                            including: (String) -> Bool = { _ in true }) throws(ZipError) -> [(name: String, bytes: [UInt8])] {
        func refuse(_ problem: String) -> ZipError { ZipError(description: "\(path): \(problem)", problem: problem) }
        func megabytes(_ bytes: UInt64) -> String { bytes % (1 << 20) == 0 ? "\(bytes >> 20) MB" : "\(bytes)-byte" }
        var code: Int32 = 0
        guard let archive = zip_open(path, ZIP_RDONLY | ZIP_CHECKCONS, &code) else {
            // (ZIP_CHECKCONS refuses a second entry of a name: which one a reader took would be a guess.)
            if code == ZIP_ER_EXISTS { throw refuse("not a readable zip file: it holds two entries of one name") }
            throw refuse("not a readable zip file (libzip error \(code))")
        }
        defer { zip_close(archive) }
        let count = zip_get_num_entries(archive, 0)
        guard count <= limits.entries else { throw refuse("holds \(count) entries, more than the limit of \(limits.entries)") }
        var entries: [(String, [UInt8])] = []
        var names = Set<String>()
        var total: UInt64 = 0
        for i in 0..<count {
            guard let cname = zip_get_name(archive, zip_uint64_t(i), 0) else { continue }
            let name = String(cString: cname)
            guard names.insert(name).inserted else { throw refuse("not a readable zip file: it holds two entries named '\(name)'") }
            guard including(name) else { continue }
            var stat = zip_stat_t()
            guard zip_stat_index(archive, zip_uint64_t(i), 0, &stat) == 0, stat.valid & UInt64(ZIP_STAT_SIZE) != 0 else {
                throw refuse("cannot open \(name)")
            }
            guard stat.size <= limits.entryBytes else {
                throw refuse("\(name) unpacks to \(stat.size) bytes, more than the \(megabytes(limits.entryBytes)) limit for one part")
            }
            guard stat.size <= limits.totalBytes - total else {
                throw refuse("\(name) and the parts before it unpack to \(total + stat.size) bytes, more than the \(megabytes(limits.totalBytes)) limit for all parts")
            }
            guard let file = zip_fopen_index(archive, zip_uint64_t(i), 0) else { throw refuse("cannot open \(name)") }
            // As many bytes as the entry declares, then one more, which must not be there: what is
            // read is capped by the bound checked above, whatever the deflated data holds.
            var bytes = [UInt8](repeating: 0, count: Int(stat.size))
            let read = bytes.withUnsafeMutableBytes { zip_fread(file, $0.baseAddress, stat.size) }
            // Reading to the end makes libzip check the entry's CRC.
            var tail: UInt8 = 0
            let extra = read == Int64(stat.size) ? zip_fread(file, &tail, 1) : 0
            zip_fclose(file)
            guard extra <= 0 else { throw refuse("\(name) unpacks to more than the \(stat.size) bytes it declares") }
            guard read == Int64(stat.size), extra == 0 else { throw refuse("\(name) is damaged") }
            total += stat.size
            entries.append((name, bytes))
        }
        return entries
    }
}
