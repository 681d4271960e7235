import CSV
import Foundation

/// A `.csv` sheet: UTF-8 with or without a byte order mark, or GB 18030 (what Excel saves as
/// "CSV" on a Chinese Windows machine). Every cell is text; `CellTyping` reads figures from it.
enum CSVSheet {
    static func read(path: String, limit: Int) throws(DiagnosticError) -> Sheet {
        let bytes = try SheetFile.bytes(path: path, limit: limit)
        let text = try decode(bytes, path: path)
        let reader: CSVReader
        do { reader = try CSVReader(string: text) } catch {
            throw .error("cannot read the CSV: \(error)", at: .file(path))
        }
        var rows: [Sheet.Row] = []
        var number = 0
        while let fields = reader.next() {
            number += 1
            var cells = fields.map { $0.isEmpty ? CellValue.empty : .text($0) }
            while let last = cells.last, last.isEmpty { cells.removeLast() }
            if !cells.isEmpty { rows.append(Sheet.Row(number: number, cells: cells)) }
        }
        if let error = reader.error { throw .error("cannot read the CSV after row \(number): \(error)", at: .file(path)) }
        return Sheet(path: path, kind: .csv, name: "", rows: rows)
    }

    /// UTF-8 first (a byte order mark is dropped); otherwise GB 18030, which contains GBK and GB 2312.
    static func decode(_ bytes: [UInt8], path: String) throws(DiagnosticError) -> String {
        if SourceEncoding.firstInvalidUTF8(bytes) == nil {
            let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
            return String(decoding: body, as: UTF8.self)
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            if let text = String(bytes: bytes, encoding: .utf16) { return text }
        }
        if let text = Iconv.decode(bytes, from: "GB18030") { return text }
        throw .error("the CSV is neither UTF-8 nor GB 18030 (GBK) text; save it as \"CSV UTF-8\"", at: .file(path))
    }
}

/// A sheet file's bytes, refused beyond the limit before they are read.
enum SheetFile {
    static func bytes(path: String, limit: Int) throws(DiagnosticError) -> [UInt8] {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw .error("cannot read the sheet", at: .file(path)) }
        defer { try? handle.close() }
        let data = (try? handle.read(upToCount: limit + 1)) ?? Data()
        guard data.count <= limit else {
            throw .error("the sheet is larger than \(limit) bytes (raise the limit with --max-sheet-bytes if this is intended)", at: .file(path))
        }
        return [UInt8](data)
    }
}

/// glibc's iconv, for the Chinese encodings Foundation on Linux does not decode.
enum Iconv {
    static func decode(_ bytes: [UInt8], from encoding: String) -> String? {
        convert(bytes, from: encoding, to: "UTF-8").map { String(decoding: $0, as: UTF8.self) }
    }

    /// UTF-8 text in another encoding (for tests that need a GB 18030 file).
    static func encode(_ text: String, to encoding: String) -> [UInt8]? {
        convert(Array(text.utf8), from: "UTF-8", to: encoding)
    }

    /// The bytes in the other encoding; nil when one cannot be converted.
    static func convert(_ bytes: [UInt8], from source: String, to target: String) -> [UInt8]? {
        guard !bytes.isEmpty else { return [] }
        let cd = iconv_open(target, source)
        guard cd != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(cd) }
        var input = bytes
        // Two bytes of GB 18030 become at most three of UTF-8, one UTF-8 byte at most two.
        var output = [UInt8](repeating: 0, count: bytes.count * 2 + 4)
        var inLeft = input.count, outLeft = output.count
        let ok = input.withUnsafeMutableBufferPointer { inBuf in
            output.withUnsafeMutableBufferPointer { outBuf in
                var inPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuf.baseAddress!).assumingMemoryBound(to: CChar.self)
                var outPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuf.baseAddress!).assumingMemoryBound(to: CChar.self)
                return iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft) != -1
            }
        }
        guard ok, inLeft == 0 else { return nil }
        return Array(output[0..<(output.count - outLeft)])
    }
}
