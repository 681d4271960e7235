import CSV
import Foundation

/// A `.csv` sheet: UTF-8 with or without a byte order mark, or GB 18030 (what Excel saves as
/// "CSV" on a Chinese Windows machine). Every cell is text; `CellTyping` reads figures from it.
enum CSVSheet {
    static func read(path: String, limit: Int) throws(DiagnosticError) -> Sheet {
        let bytes = try SheetFile.bytes(path: path, limit: limit)
        let text = try decode(bytes, path: path)
        if let opening = unterminatedQuote(text, path: path) {
            throw .error("a quoted cell opens here and is never closed, so the rest of the file would be one cell; close the quote (\")", at: opening)
        }
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

    /// Where a quoted field opens that no quote closes (the CSV reader would take the rest of the
    /// file as its value, silently). A doubled quote inside quotes leaves and enters at once.
    static func unterminatedQuote(_ text: String, path: String) -> SourceLocation? {
        // As the reader reads: a quote opens a field only at its start; inside, a quote closes it,
        // and a quote right after that one is an escaped quote, inside again.
        var inside = false, fieldStart = true, justClosed = false
        var line = 1, column = 0, opened = (line: 1, column: 1)
        for b in text.utf8 {
            if b & 0xC0 != 0x80 { column += 1 }
            if inside {
                if b == 0x22 { inside = false; justClosed = true }
            } else {
                if b == 0x22 && justClosed {
                    inside = true
                } else if b == 0x22 && fieldStart {
                    inside = true
                    opened = (line, column)
                }
                justClosed = false
                fieldStart = b == 0x2C || b == 0x0A || b == 0x0D
            }
            if b == 0x0A { line += 1; column = 0 }
        }
        return inside ? SourceLocation(file: path, line: opened.line, column: opened.column) : nil
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
        // Where GB 18030 stops: its line, and its column counted in characters decoded before it.
        var at = SourceLocation.file(path)
        if let offset = Iconv.firstFailure(bytes, from: "GB18030") {
            let lineStart = bytes[..<offset].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
            let line = bytes[..<offset].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            let before = Iconv.decode(Array(bytes[lineStart..<offset]), from: "GB18030") ?? ""
            at = SourceLocation(file: path, line: line, column: before.unicodeScalars.count + 1)
        }
        throw .error("the CSV is neither UTF-8 nor GB 18030 (GBK) text: the bytes here are neither; save it as \"CSV UTF-8\"", at: at)
    }
}

/// A sheet file's bytes, refused beyond the limit before they are read.
enum SheetFile {
    static func bytes(path: String, limit: Int) throws(DiagnosticError) -> [UInt8] {
        switch InputFile.read(path, limit: limit) {
        case .success(let bytes): return bytes
        case .failure(.tooLarge):
            throw .error("the sheet is larger than \(limit) bytes (raise the limit with --max-sheet-bytes if this is intended)", at: .file(path))
        case .failure(let failure):
            throw .error("cannot read the sheet: \(failure.reason)", at: .file(path))
        }
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

    /// The offset of the first byte that cannot be converted; nil when all can.
    static func firstFailure(_ bytes: [UInt8], from source: String) -> Int? {
        var failedAt: Int?
        _ = convert(bytes, from: source, to: "UTF-8", failedAt: &failedAt)
        return failedAt
    }

    static func convert(_ bytes: [UInt8], from source: String, to target: String) -> [UInt8]? {
        var failedAt: Int?
        return convert(bytes, from: source, to: target, failedAt: &failedAt)
    }

    /// The bytes in the other encoding; nil when one cannot be converted (`failedAt`: where).
    static func convert(_ bytes: [UInt8], from source: String, to target: String, failedAt: inout Int?) -> [UInt8]? {
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
        guard ok, inLeft == 0 else { failedAt = input.count - inLeft; return nil }
        return Array(output[0..<(output.count - outLeft)])
    }
}
