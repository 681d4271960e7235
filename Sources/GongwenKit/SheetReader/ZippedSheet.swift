import CLibZip

/// The parts of a zipped sheet (`.xlsx`, `.ods`), read one by one and each bounded: a part larger
/// than the limit once unpacked is refused before it is inflated.
struct ZippedSheet: ~Copyable {
    let path: String
    let limit: Int
    private let archive: OpaquePointer

    init(path: String, limit: Int) throws(DiagnosticError) {
        self.path = path
        self.limit = limit
        var code: Int32 = 0
        guard let archive = zip_open(path, ZIP_RDONLY, &code) else {
            throw .error("cannot open the sheet: it is not a zip file, as an .xlsx or .ods file is (libzip error \(code)); save it again from the spreadsheet",
                         at: .file(path))
        }
        self.archive = archive
    }

    deinit { zip_discard(archive) }

    /// The part's bytes, nil when the package has no such part.
    func part(_ name: String) throws(DiagnosticError) -> [UInt8]? {
        var stat = zip_stat_t()
        guard zip_stat(archive, name, 0, &stat) == 0 else { return nil }
        guard stat.size <= UInt64(limit) else {
            throw .error("'\(name)' inside the sheet unpacks to \(stat.size) bytes, more than the limit of \(limit) (raise it with --max-sheet-bytes if this is intended)",
                         at: .file(path))
        }
        guard let file = zip_fopen(archive, name, 0) else {
            throw .error("cannot read '\(name)' inside the sheet: the file is damaged", at: .file(path))
        }
        defer { zip_fclose(file) }
        var bytes = [UInt8](repeating: 0, count: Int(stat.size))
        let read = bytes.withUnsafeMutableBytes { zip_fread(file, $0.baseAddress, stat.size) }
        var tail: UInt8 = 0
        guard read == Int64(stat.size), zip_fread(file, &tail, 1) == 0 else {
            throw .error("cannot read '\(name)' inside the sheet: the file is damaged", at: .file(path))
        }
        return bytes
    }
}
