/// A set of characters the layout asks about for every character it sets (禁则, squeezable marks).
/// A `Set<Character>` hashes each character's normalised form, which for a CJK character costs more
/// than setting it; here a character of one scalar is looked up by that scalar instead, where that
/// gives the same answer: the scalar lies in a range where no scalar is canonically equivalent to
/// another single one (no singleton decompositions: ASCII and Latin up to U+033F, the general
/// punctuation U+2010–U+2064, CJK symbols and ideographs U+3000–U+9FFF, the full-width forms
/// U+FF00–U+FFEF), and so do all the members. Any other character (U+2329 〈, canonically U+3008;
/// a base with combining marks) is asked of the `Set<Character>`, as before.
struct CharacterClass: Sendable {
    let characters: Set<Character>
    /// The members' scalars as bits, a bit for each scalar below U+10000 (all the ranges above lie
    /// there): a bit test where hashing the scalar was a few per cent of a document. Nil when a member
    /// is not one scalar in those ranges.
    private let scalars: [UInt64]?

    init(_ characters: Set<Character>) {
        self.characters = characters
        let singles = characters.compactMap(\.onlyScalar).filter(Self.standsAlone)
        if singles.count == characters.count {
            var bits = [UInt64](repeating: 0, count: 0x10000 / 64)
            for scalar in singles { bits[Int(scalar.value) >> 6] |= 1 << (UInt64(scalar.value) & 63) }
            scalars = bits
        } else {
            scalars = nil
        }
    }

    /// Whether no other single scalar is canonically equivalent to `scalar`.
    static func standsAlone(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x340, 0x2010...0x2064, 0x3000...0x9FFF, 0xFF00...0xFFEF: return true
        default: return false
        }
    }

    func contains(_ c: Character) -> Bool {
        if let scalars, let scalar = c.onlyScalar, Self.standsAlone(scalar) {
            return scalars[Int(scalar.value) >> 6] & (1 << (UInt64(scalar.value) & 63)) != 0
        }
        return characters.contains(c)
    }
}

extension Character {
    /// The character's scalar when it has only one (nil for a base with combining marks, an emoji sequence).
    /// Read from the UTF-8 bytes (a Swift string's are valid): the first scalar's length from its lead
    /// byte, nil when any byte follows it. The scalar view's iterator was 1.3 % of a document.
    var onlyScalar: Unicode.Scalar? {
        var bytes = utf8.makeIterator()
        guard let lead = bytes.next() else { return nil }
        var value: UInt32, more: Int
        switch lead {
        case 0..<0x80: value = UInt32(lead); more = 0
        case 0xC0..<0xE0: value = UInt32(lead & 0x1F); more = 1
        case 0xE0..<0xF0: value = UInt32(lead & 0x0F); more = 2
        default: value = UInt32(lead & 0x07); more = 3
        }
        for _ in 0..<more {
            guard let byte = bytes.next() else { return nil }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        guard bytes.next() == nil else { return nil }
        return Unicode.Scalar(value)
    }

    /// `self == other`, answered from the UTF-8 bytes when they are the same (most often, and then the
    /// characters are equal); only different bytes are compared as `==` compares them (canonically).
    func isSame(as other: Character) -> Bool {
        utf8.elementsEqual(other.utf8) || self == other
    }
}
