/// What LibreOffice's line breaker and face choice would do wrong to a text, and where to stop it.
/// The source and the model keep the text as written; only the `.odt` carries these marks.
enum LineBreaking {
    /// U+2060 WORD JOINER: no glyph, no width, and no line break on either side (UAX #14 LB11);
    /// LibreOffice's own "No-width No Break". It keeps the hyphen as typed, where U+2011 (a
    /// non-breaking hyphen) would print another glyph.
    static let wordJoiner: Unicode.Scalar = "\u{2060}"

    /// `text` with a word joiner after each hyphen between digits: LibreOffice's Western rules
    /// break after a hyphen, and split 0539-8123456 (a telephone number, 2023-2025) across lines.
    static func joiningNumbers(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "-")) else { return text }
        let scalars = Array(text.unicodeScalars)
        func digit(_ i: Int) -> Bool { i >= 0 && i < scalars.count && ("0"..."9").contains(scalars[i]) }
        guard scalars.indices.contains(where: { scalars[$0] == "-" && digit($0 - 1) && digit($0 + 1) }) else { return text }
        var out = String.UnicodeScalarView()
        for i in scalars.indices {
            out.append(scalars[i])
            if scalars[i] == "-" && digit(i - 1) && digit(i + 1) { out.append(wordJoiner) }
        }
        return String(out)
    }

    /// The full-width quotation marks “ ” ‘ ’ that LibreOffice would set in the Latin face, by
    /// their offsets in `text`'s scalars. A quotation mark has no script of its own: LibreOffice
    /// gives it the script of the text before it (at the start, of the text after it), so “…App”
    /// closes in Times, half-width. These need the Chinese face set on them.
    static func quotesInLatinRuns(_ text: String) -> [Int] {
        // Only a text with one of the marks (E2 80 98/99/9C/9D) and a Latin letter or digit can have one.
        guard text.anyByte({ $0 == 0xE2 }), text.anyByte({ $0 < 0x80 && ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x7A || $0 >= 0x30 && $0 <= 0x39) }) else { return [] }
        let scalars = Array(text.unicodeScalars)
        func isQuote(_ s: Unicode.Scalar) -> Bool { s == "“" || s == "”" || s == "‘" || s == "’" }
        // Characters of no script (marks, spaces, dashes) take it from their neighbours too.
        func isWeak(_ s: Unicode.Scalar) -> Bool {
            isQuote(s) || s == "—" || s == "…" || s.properties.isWhitespace
        }
        func isLatin(_ s: Unicode.Scalar) -> Bool { s.value < 0x2E80 }
        var result: [Int] = []
        for i in scalars.indices where isQuote(scalars[i]) {
            let before = scalars[..<i].last { !isWeak($0) }
            let strong = before ?? scalars[(i + 1)...].first { !isWeak($0) }
            if let strong, isLatin(strong) { result.append(i) }
        }
        return result
    }
}
