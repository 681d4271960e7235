import Foundation

/// Sources are UTF-8. A file saved in another encoding is refused with the place of its first bad
/// byte and a guess at what it is, so the office knows how to save it again.
enum SourceEncoding {
    static func decode(_ bytes: [UInt8], path: String) throws(DiagnosticError) -> String {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let order = bytes[0] == 0xFF ? "little-endian" : "big-endian"
            throw .error("the file is UTF-16 (\(order), it starts with a byte order mark); save it as UTF-8",
                         at: SourceLocation(file: path, line: 1, column: 1))
        }
        if let zero = bytes.firstIndex(of: 0), looksLikeUTF16(bytes) {
            throw .error("the file looks like UTF-16 without a byte order mark (it holds zero bytes); save it as UTF-8",
                         at: location(ofByte: zero, in: bytes, path: path))
        }
        // A UTF-8 byte order mark is allowed and dropped. The standard library validates as it
        // decodes; the slower search below only finds where a file that is not UTF-8 goes wrong.
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes[3...] : bytes[...]
        if let text = String(validating: body, as: UTF8.self) { return text }
        guard let bad = firstInvalidUTF8(bytes) else { return String(decoding: body, as: UTF8.self) }
        let at = location(ofByte: bad, in: bytes, path: path)
        let byte = String(format: "0x%02X", bytes[bad])
        if looksLikeUTF16(bytes) {
            throw .error("the file looks like UTF-16 without a byte order mark (byte \(byte) is not UTF-8); save it as UTF-8", at: at)
        }
        if isGB18030(bytes) {
            throw .error("the file is not UTF-8: it looks like GB 18030 (GBK) text, as a Chinese Windows editor saves it "
                         + "(byte \(byte) here); save it as UTF-8", at: at)
        }
        throw .error("the file is not UTF-8 text (byte \(byte) here); save it as UTF-8", at: at)
    }

    /// The offset of the first byte that does not begin or continue a well-formed UTF-8 sequence.
    static func firstInvalidUTF8(_ b: [UInt8]) -> Int? {
        var i = 0
        while i < b.count {
            let lead = b[i]
            if lead < 0x80 { i += 1; continue }
            let length: Int, low: UInt8, high: UInt8
            switch lead {
            case 0xC2...0xDF: (length, low, high) = (2, 0x80, 0xBF)
            case 0xE0: (length, low, high) = (3, 0xA0, 0xBF)
            case 0xE1...0xEC, 0xEE...0xEF: (length, low, high) = (3, 0x80, 0xBF)
            case 0xED: (length, low, high) = (3, 0x80, 0x9F)
            case 0xF0: (length, low, high) = (4, 0x90, 0xBF)
            case 0xF1...0xF3: (length, low, high) = (4, 0x80, 0xBF)
            case 0xF4: (length, low, high) = (4, 0x80, 0x8F)
            default: return i
            }
            guard i + length <= b.count, (low...high).contains(b[i + 1]) else { return i }
            for k in 2..<length where !(0x80...0xBF).contains(b[i + k]) { return i }
            i += length
        }
        return nil
    }

    /// Line and column (in characters of the valid text before it) of byte `offset`.
    static func location(ofByte offset: Int, in bytes: [UInt8], path: String) -> SourceLocation {
        var line = 1, column = 1
        for b in bytes[..<offset] {
            if b == 0x0A { line += 1; column = 1 } else if b & 0xC0 != 0x80 { column += 1 }
        }
        return SourceLocation(file: path, line: line, column: column)
    }

    /// Text in UTF-16 without a BOM has a zero byte beside most ASCII characters.
    static func looksLikeUTF16(_ b: [UInt8]) -> Bool {
        let sample = b.prefix(512)
        return sample.count >= 4 && sample.filter { $0 == 0 }.count * 4 >= sample.count
    }

    /// Every non-ASCII byte is part of a GB 18030 two-byte (81–FE, 40–FE but 7F) or four-byte
    /// (81–FE, 30–39, 81–FE, 30–39) sequence, and there is at least one.
    static func isGB18030(_ b: [UInt8]) -> Bool {
        var i = 0, sequences = 0
        while i < b.count {
            if b[i] < 0x80 { i += 1; continue }
            guard (0x81...0xFE).contains(b[i]), i + 1 < b.count else { return false }
            let second = b[i + 1]
            if (0x40...0xFE).contains(second) && second != 0x7F {
                i += 2
            } else if (0x30...0x39).contains(second), i + 3 < b.count, (0x81...0xFE).contains(b[i + 2]), (0x30...0x39).contains(b[i + 3]) {
                i += 4
            } else {
                return false
            }
            sequences += 1
        }
        return sequences > 0
    }
}
