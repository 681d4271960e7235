import Foundation

/// Byte-level helpers for the hot loops: Swift's String hashing and comparison normalise Chinese
/// text (NFC) each time, which cost 15 % of a bulk run in callgrind; names and texts here are
/// compared as the bytes the source holds.
struct NameKey: Hashable {
    let name: String

    init(_ name: String) { self.name = name }

    static func == (a: NameKey, b: NameKey) -> Bool {
        // memcmp: the generic elementsEqual over UTF8View cost 2 % of a bulk build.
        guard a.name.utf8.count == b.name.utf8.count else { return false }
        var x = a.name, y = b.name
        return x.withUTF8 { p in y.withUTF8 { q in p.isEmpty || memcmp(p.baseAddress!, q.baseAddress!, p.count) == 0 } }
    }

    func hash(into hasher: inout Hasher) {
        var copy = name
        copy.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}

extension String {
    /// Whether any UTF-8 byte of the string satisfies `test`, over contiguous storage.
    func anyByte(_ test: (UInt8) -> Bool) -> Bool {
        var copy = self
        return copy.withUTF8 { bytes in
            for b in bytes where test(b) { return true }
            return false
        }
    }

    /// Whether every scalar is printable ASCII, a CJK unified ideograph (U+4E00–U+9FFF) or a
    /// full-width form (U+FF01–U+FF5E). Such a text is in NFC and no other text is canonically
    /// equivalent to it but its own bytes, and each scalar is a Character of its own: it can be cut
    /// and compared as bytes with the same result as Swift's Unicode-aware String.
    var isPlainText: Bool {
        var copy = self
        return copy.withUTF8 { b in
            var i = 0
            while i < b.count {
                let c = b[i]
                if c < 0x80 {
                    guard c >= 0x20 && c < 0x7F else { return false }
                    i += 1
                    continue
                }
                guard c & 0xF0 == 0xE0, i + 2 < b.count else { return false }
                let scalar = UInt32(c & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F)
                guard (0x4E00...0x9FFF).contains(scalar) || (0xFF01...0xFF5E).contains(scalar) else { return false }
                i += 3
            }
            return true
        }
    }

    /// Whether XML 1.0 can carry every character (the rule is `TextBytes.nonXML`'s).
    var isXMLText: Bool { !TextBytes(of: self).contains(.nonXML) }
}

/// What a text's bytes hold, found in one pass over them. The writer asked three questions of every
/// text (a space worth an element? a character XML cannot carry? one libxml2 escapes?), each a scan
/// of its own: 6 % of a bulk build's instructions.
struct TextBytes: OptionSet {
    let rawValue: UInt8

    /// Space, tab, line feed, carriage return: ODF writes them as elements.
    static let whitespace = TextBytes(rawValue: 1)
    /// & < > " and CR, which libxml2's xmlEncodeSpecialChars escapes.
    static let escaped = TextBytes(rawValue: 2)
    /// A character XML 1.0 cannot carry: a C0 control but tab, line feed and carriage return, or
    /// U+FFFE or U+FFFF (EF BF BE, EF BF BF). Swift strings hold no lone surrogates.
    static let nonXML = TextBytes(rawValue: 4)
    /// In the table only: EF leads U+FFFE and U+FFFF, and also the full-width punctuation Chinese
    /// text is full of, so the two bytes after it decide.
    private static let leadEF: UInt8 = 8

    private static let table: [UInt8] = (0...255).map { byte -> UInt8 in
        switch byte {
        case 0x20, 0x09, 0x0A: return whitespace.rawValue
        case 0x0D: return whitespace.rawValue | escaped.rawValue
        case 0x26, 0x3C, 0x3E, 0x22: return escaped.rawValue
        case 0..<0x20: return nonXML.rawValue
        case 0xEF: return leadEF
        default: return 0
        }
    }

    init(rawValue: UInt8) { self.rawValue = rawValue }

    init(of text: String) {
        var copy = text
        rawValue = copy.withUTF8 { bytes in
            Self.table.withUnsafeBufferPointer { table in
                var found: UInt8 = 0
                func classify(_ i: Int) {
                    let kind = table[Int(bytes[i])]
                    if kind == Self.leadEF {
                        if i + 2 < bytes.count, bytes[i + 1] == 0xBF, bytes[i + 2] >= 0xBE { found |= Self.nonXML.rawValue }
                    } else {
                        found |= kind
                    }
                }
                // Eight bytes at a time: a word with no byte below 0x27 (controls, whitespace, " and
                // &), no < or > and no EF has nothing to report, and most words of Chinese text have none.
                var i = 0
                if let base = bytes.baseAddress {
                    while i + 8 <= bytes.count {
                        let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                        if Self.hasByteBelow(0x27, word) || Self.hasByte(0x3C, word) || Self.hasByte(0x3E, word) || Self.hasByte(0xEF, word) {
                            for j in i..<i + 8 { classify(j) }
                        }
                        i += 8
                    }
                }
                while i < bytes.count {
                    classify(i)
                    i += 1
                }
                return found
            }
        }
    }

    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// Whether a byte of `word` is below `limit` (at most 0x80): exact as a yes or no.
    static func hasByteBelow(_ limit: UInt8, _ word: UInt64) -> Bool {
        (word &- ones &* UInt64(limit)) & ~word & highs != 0
    }

    /// Whether a byte of `word` is `byte`: exact as a yes or no.
    static func hasByte(_ byte: UInt8, _ word: UInt64) -> Bool {
        let x = word ^ (ones &* UInt64(byte))
        return (x &- ones) & ~x & highs != 0
    }
}

/// FNV-1a's step taken on eight bytes at a time (little-endian words, then the tail byte by byte): a
/// font program is ~330 KB, and a byte a step cost 1.7 % of a document's time. Not FNV-1a's value;
/// the PDF's subset tag and `RecentDeflates`' key are both made from it.
func wordwiseFNV1a(_ bytes: [UInt8], basis: UInt64 = 0xCBF2_9CE4_8422_2325) -> UInt64 {
    var hash = basis
    bytes.withUnsafeBytes { buffer in
        let words = buffer.count / 8
        for i in 0..<words { hash = (hash ^ UInt64(littleEndian: buffer.loadUnaligned(fromByteOffset: i * 8, as: UInt64.self))) &* 0x0000_0100_0000_01B3 }
        for byte in buffer[(words * 8)...] { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
    }
    return hash
}

/// Bytes as hexadecimal, two digits a byte: a digest's name (lower case), a PDF string's body (upper).
enum Hex {
    static func digits(_ bytes: [UInt8], uppercase: Bool) -> String {
        let table = Array((uppercase ? "0123456789ABCDEF" : "0123456789abcdef").utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            out.append(table[Int(byte >> 4)])
            out.append(table[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
