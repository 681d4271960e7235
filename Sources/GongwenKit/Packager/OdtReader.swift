import CLibZip

/// Reads the XML parts back out of an `.odt` (for validation and tests).
public enum OdtReader {
    public static func parts(of path: String) throws -> [OdtPackager.Part] {
        var code: Int32 = 0
        guard let archive = zip_open(path, ZIP_RDONLY, &code) else {
            throw OdtPackager.PackageError(description: "\(path): not a zip file (libzip error \(code))")
        }
        defer { zip_close(archive) }
        var parts: [OdtPackager.Part] = []
        for i in 0..<zip_get_num_entries(archive, 0) {
            guard let cname = zip_get_name(archive, zip_uint64_t(i), 0) else { continue }
            let name = String(cString: cname)
            var stat = zip_stat_t()
            guard zip_stat_index(archive, zip_uint64_t(i), 0, &stat) == 0, let file = zip_fopen_index(archive, zip_uint64_t(i), 0) else { continue }
            var bytes = [UInt8](repeating: 0, count: Int(stat.size))
            let read = bytes.withUnsafeMutableBytes { zip_fread(file, $0.baseAddress, stat.size) }
            zip_fclose(file)
            guard read == Int64(stat.size) else { throw OdtPackager.PackageError(description: "\(path): cannot read \(name)") }
            parts.append(OdtPackager.Part(name, bytes))
        }
        return parts.filter { $0.name.hasSuffix(".xml") }
    }
}
