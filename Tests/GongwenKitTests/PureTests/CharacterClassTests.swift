import XCTest
@testable import GongwenKit

/// The layout's fast character lookups answer as the `Set<Character>` and `Character` keys they stand
/// for, canonical equivalence included (Swift's `==` on characters is the reference, not the code).
final class CharacterClassTests: XCTestCase {
    let sets: [(String, Set<Character>)] = [
        ("line start", GridLineBreaker.lineStartProhibited), ("line end", GridLineBreaker.lineEndProhibited),
        ("squeezable", GridLineBreaker.squeezablePunctuation), ("number suffixes", GridLineBreaker.fullWidthNumberSuffixes),
        ("narrow", PageSetter.narrowPunctuation),
    ]

    func testEveryScalarOfTheFastRangesAndTheirEquivalentsAnswerAsTheSet() {
        // Every scalar of the BMP's ranges a lookup answers by scalar, and the planes' first ideographs.
        var probes: [Character] = []
        for value in Array(0..<0x340) + Array(0x2000...0x2070) + Array(0x2320...0x2330) + Array(0x3000...0x3100) + Array(0xFF00...0xFFEF)
            + Array(0xF900...0xF910) + Array(0x4E00...0x4E40) + [0x037E, 0x0387, 0x1FEE, 0x2126, 0x212B, 0x2F800] {
            if let scalar = Unicode.Scalar(UInt32(value)) { probes.append(Character(scalar)) }
        }
        // Canonically equal characters of other spellings: a Greek question mark is a semicolon, a
        // Greek ano teleia a middle dot, U+2329 the 〈 of CJK, a base with its combining mark.
        probes += ["\u{037E}", "\u{0387}", "\u{2329}", "\u{232A}", "e\u{0301}", "\u{FF08}\u{0301}", "，\u{20DD}", "👍🏽"]
        for (name, set) in sets {
            let fast = CharacterClass(set)
            for c in probes {
                XCTAssertEqual(fast.contains(c), set.contains(c), "\(name): U+\(c.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " U+"))")
            }
            for member in set { XCTAssertTrue(fast.contains(member), "\(name) has \(member)") }
        }
        // The cases that prove the fallback is taken: found only through canonical equivalence.
        XCTAssertTrue(CharacterClass(GridLineBreaker.lineStartProhibited).contains("\u{037E}"), "U+037E is ;")
        XCTAssertTrue(CharacterClass(GridLineBreaker.lineEndProhibited).contains("\u{2329}"), "U+2329 is 〈")
        XCTAssertTrue(CharacterClass(GridLineBreaker.squeezablePunctuation).contains("\u{0387}"), "U+0387 is ·")
    }

    func testSameAsEqualsCharacterEquality() {
        let pairs: [(Character, Character)] = [("中", "中"), ("中", "国"), ("é", "e\u{0301}"), ("\u{2126}", "\u{03A9}"), (" ", "\u{3000}"),
                                               ("a", "a"), ("1", "１"), ("，", ","), ("👍🏽", "👍🏽"), ("👍🏽", "👍")]
        for (a, b) in pairs {
            XCTAssertEqual(a.isSame(as: b), a == b, "\(a) \(b)")
            XCTAssertEqual(b.isSame(as: a), a == b, "\(b) \(a)")
        }
    }

    func testOnlyScalar() {
        XCTAssertEqual(Character("中").onlyScalar, "中")
        XCTAssertEqual(Character("a").onlyScalar, "a")
        XCTAssertNil(Character("e\u{0301}").onlyScalar)
        XCTAssertNil(Character("\r\n").onlyScalar)
    }

    func testTheTableKeepsRolesAndSpellingsApart() {
        var table = PageSetter.CharacterTable<Double>()
        table["中", .body] = 1
        table["中", .heading1] = 2
        table["中", nil] = 3
        table["e\u{0301}", .body] = 4
        table["e\u{0301}", nil] = 5
        table["\u{2126}", nil] = 6
        XCTAssertEqual(table["中", .body], 1)
        XCTAssertEqual(table["中", .heading1], 2)
        XCTAssertEqual(table["中", nil], 3)
        XCTAssertNil(table["中", .title])
        XCTAssertNil(table["国", .body])
        XCTAssertEqual(table["e\u{0301}", .body], 4)
        XCTAssertEqual(table["e\u{0301}", nil], 5)
        XCTAssertNil(table["e\u{0300}", .body])
        XCTAssertNil(table["é", .body], "each spelling is measured as it is spelled")
        XCTAssertNil(table["\u{03A9}", nil])
        XCTAssertEqual(table["\u{2126}", nil], 6)
        table["中", .body] = nil
        XCTAssertNil(table["中", .body])
        XCTAssertEqual(table["中", .heading1], 2)
    }

    /// Thousands of characters in two roles (a long paragraph; the table starts with room for 32):
    /// each read back as written, none lost as the table grows, a value written again replaced.
    func testTheTableKeepsEveryValueAsItGrows() {
        var table = PageSetter.CharacterTable<Double>()
        let characters = (0x4E00..<0x4E00 + 3000).compactMap { Unicode.Scalar($0).map(Character.init) }
        for (i, c) in characters.enumerated() {
            table[c, .body] = Double(i)
            table[c, .heading2] = Double(-i)
        }
        table[characters[7], .body] = 0.5
        for (i, c) in characters.enumerated() {
            XCTAssertEqual(table[c, .body], i == 7 ? 0.5 : Double(i), "\(c)")
            XCTAssertEqual(table[c, .heading2], Double(-i), "\(c)")
            XCTAssertNil(table[c, nil])
        }
        XCTAssertNil(table["一", .title])
    }
}
