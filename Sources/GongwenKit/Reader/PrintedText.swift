
/// A text of a source that prints, with the role whose face prints it: what the font coverage
/// check reads, so that a character no face has is reported where it was typed.
struct PrintedText: Sendable {
    enum Origin: Sendable {
        /// A scalar of a YAML source: the character's own line and column can be found.
        case yaml(YAMLSource, YAMLNode)
        /// A sheet's cell: the cell is the place.
        case cell(SourceLocation)
    }

    let text: String
    let origin: Origin
    let role: FontRole

    init(source: YAMLSource, node: YAMLNode, role: FontRole) {
        text = node.scalar?.string ?? ""
        origin = .yaml(source, node)
        self.role = role
    }

    init(text: String, cell: SourceLocation, role: FontRole) {
        self.text = text
        origin = .cell(cell)
        self.role = role
    }

    /// The character's own line and column (its first occurrence in this scalar), or its cell.
    func location(of scalar: Unicode.Scalar) -> SourceLocation {
        switch origin {
        case .yaml(let source, let node): return source.location(of: String(Character(scalar)), in: node)
        case .cell(let cell): return cell
        }
    }
}
