import CLibZip
import Foundation

/// Zips the parts into an `.odt` with libzip: `mimetype` first and stored, the rest deflated, fixed
/// timestamps and order, written under a temporary name and renamed, so a failure leaves no half file.
public enum OdtPackager {
    public struct Part {
        public var name: String
        public var bytes: [UInt8]
        public init(_ name: String, _ bytes: [UInt8]) {
            self.name = name
            self.bytes = bytes
        }
    }

    public struct PackageError: Error, CustomStringConvertible {
        public var description: String
    }

    public static func write(parts: [Part], to path: String, timestamp: Int) throws {
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        }
        let temporary = directory.isEmpty ? ".\(UUID().uuidString).odt.tmp" : directory + "/.\(UUID().uuidString).odt.tmp"
        var errorCode: Int32 = 0
        guard let archive = zip_open(temporary, ZIP_CREATE | ZIP_TRUNCATE, &errorCode) else {
            throw PackageError(description: "cannot create \(temporary) (libzip error \(errorCode))")
        }
        func fail(_ what: String) -> PackageError {
            let message = String(cString: zip_strerror(archive))
            zip_discard(archive)
            unlink(temporary)
            return PackageError(description: "\(what): \(message)")
        }
        // Buffers must live until zip_close reads them.
        var buffers: [UnsafeMutableRawPointer] = []
        defer { buffers.forEach { $0.deallocate() } }
        let all = [Part("mimetype", Array(ODF.mimeType.utf8))] + parts
        for part in all {
            let memory = UnsafeMutableRawPointer.allocate(byteCount: max(part.bytes.count, 1), alignment: 1)
            part.bytes.withUnsafeBytes { memory.copyMemory(from: $0.baseAddress!, byteCount: part.bytes.count) }
            buffers.append(memory)
            guard let source = zip_source_buffer(archive, memory, zip_uint64_t(part.bytes.count), 0) else {
                throw fail("cannot add \(part.name)")
            }
            let index = zip_file_add(archive, part.name, source, ZIP_FL_ENC_UTF_8)
            guard index >= 0 else {
                zip_source_free(source)
                throw fail("cannot add \(part.name)")
            }
            let method = part.name == "mimetype" ? ZIP_CM_STORE : ZIP_CM_DEFLATE
            guard zip_set_file_compression(archive, zip_uint64_t(index), method, 9) == 0,
                  zip_file_set_mtime(archive, zip_uint64_t(index), time_t(timestamp), 0) == 0,
                  zip_file_set_external_attributes(archive, zip_uint64_t(index), 0, UInt8(ZIP_OPSYS_UNIX), 0o100644 << 16) == 0
            else { throw fail("cannot set \(part.name)'s entry") }
        }
        guard zip_close(archive) == 0 else { throw fail("cannot write \(path)") }
        guard rename(temporary, path) == 0 else {
            unlink(temporary)
            throw PackageError(description: "cannot rename \(temporary) to \(path): \(String(cString: strerror(errno)))")
        }
    }
}
