import Yams

/// A scalar of a source that prints, with the role whose face prints it: what the font coverage
/// check reads, so that a character no face has is reported where it was typed.
struct PrintedText: @unchecked Sendable {
    let source: YAMLSource
    let node: Node
    let role: FontRole

    var text: String { node.scalar?.string ?? "" }

    /// The character's own line and column (its first occurrence in this scalar).
    func location(of scalar: Unicode.Scalar) -> SourceLocation {
        source.location(of: String(Character(scalar)), in: node)
    }
}
