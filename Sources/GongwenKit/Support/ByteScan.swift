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

    /// The first character XML 1.0 cannot carry, found by the byte scan first (nearly always clean).
    var firstNonXMLScalar: Unicode.Scalar? {
        isXMLText ? nil : unicodeScalars.first { !XMLText.isAllowed($0) }
    }

    /// Whether XML 1.0 can carry every character: no C0 control but tab, line feed and carriage
    /// return, and no U+FFFE or U+FFFF (EF BF BE, EF BF BF). Swift strings hold no lone surrogates.
    var isXMLText: Bool {
        var copy = self
        return copy.withUTF8 { b in
            var i = 0
            while i < b.count {
                let c = b[i]
                if c < 0x20 && c != 0x09 && c != 0x0A && c != 0x0D { return false }
                if c == 0xEF, i + 2 < b.count, b[i + 1] == 0xBF, b[i + 2] >= 0xBE { return false }
                i += 1
            }
            return true
        }
    }
}
