import CLibZip
import Foundation

/// The parts of a zipped sheet (`.xlsx`, `.ods`), read one by one and each bounded: a part larger
/// than the limit once unpacked is refused before it is inflated.
struct ZippedSheet: ~Copyable {
    let path: String
    let limit: Int
    private let archive: OpaquePointer

    init(path: String, limit: Int) throws(DiagnosticError) {
        self.path = path
        self.limit = limit
        // Opened by `InputFile` (a regular file, never a FIFO that would block) and handed to libzip.
        let fd: Int32
        switch InputFile.open(path) {
        case .success(let opened): fd = opened
        case .failure(let failure): throw .error("cannot read the sheet: \(failure.reason)", at: .file(path))
        }
        var code: Int32 = 0
        guard let archive = zip_fdopen(fd, ZIP_RDONLY, &code) else {
            close(fd)
            throw .error("cannot open the sheet: it is not a zip file, as an .xlsx or .ods file is (libzip error \(code)); save it again from the spreadsheet",
                         at: .file(path))
        }
        // Two entries of one name: gongwen would read the first, Excel or LibreOffice another,
        // so the figures a clerk checked in the spreadsheet need not be the ones printed.
        var names = Set<[UInt8]>()
        for i in 0..<max(0, zip_get_num_entries(archive, ZIP_FL_UNCHANGED)) {
            guard let raw = zip_get_name(archive, zip_uint64_t(i), zip_flags_t(ZIP_FL_ENC_RAW)) else { continue }
            let name = Array(UnsafeBufferPointer(start: raw, count: strlen(raw))).map { UInt8(bitPattern: $0) }
            if !names.insert(name).inserted {
                zip_discard(archive)
                throw .error("the sheet holds two parts named \(TextEscape.quoted(String(decoding: name, as: UTF8.self))); spreadsheet programs disagree on which one counts, so it is refused: save the sheet again from the spreadsheet",
                             at: .file(path))
            }
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
