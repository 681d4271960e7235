/// `{{名称}}` placeholders: the template's slots that a unit file fills with its values.
enum Placeholders {
    struct Occurrence: Equatable {
        var name: String
        /// The placeholder as written, braces included, to find it in the source.
        var token: String
    }

    /// Splits text into literal pieces and placeholder names, in order.
    enum Piece: Equatable {
        case literal(String)
        case placeholder(Occurrence)
    }

    static func pieces(of text: String) -> [Piece] {
        guard text.contains("{{") else { return [.literal(text)] }
        var result: [Piece] = []
        var rest = text[...]
        while let open = rest.range(of: "{{") {
            guard let close = rest.range(of: "}}", range: open.upperBound..<rest.endIndex) else { break }
            if open.lowerBound > rest.startIndex { result.append(.literal(String(rest[..<open.lowerBound]))) }
            let name = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            result.append(.placeholder(Occurrence(name: name, token: String(rest[open.lowerBound..<close.upperBound]))))
            rest = rest[close.upperBound...]
        }
        if !rest.isEmpty { result.append(.literal(String(rest))) }
        return result
    }
}
