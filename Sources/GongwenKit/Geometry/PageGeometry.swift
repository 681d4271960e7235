/// GB/T 9704-2012's page in millimetres, stated once: the A4 sheet and its 156 × 225 mm text block
/// (§5.2), the 28 × 22 grid (§5.2.3), the page number's place (§7.5), the red marks of the §10
/// formats and the landscape page (§8). The writer and the verifier read the page here, so that a
/// figure cannot be one thing where a document is made and another where it is measured; the
/// style sheet (styles/gongwen.xml) states the same page in ODF, and a test holds it to this one.
///
/// The standard's values are exact. Where the ODF backend cannot state one exactly, its rounding
/// is a value of its own whose name starts with `odf`, and says what it rounds.
struct PageGeometry: Sendable, Equatable {
    var width: Double
    var height: Double
    /// The block's top edge, from the page's top (天头, §5.2.2).
    var top: Double
    /// The block's left edge, from the page's left (订口, §5.2.2).
    var left: Double
    var blockWidth: Double
    var blockHeight: Double

    /// The block's right edge, from the page's left.
    var right: Double { left + blockWidth }
    /// The block's bottom edge, from the page's top.
    var bottom: Double { top + blockHeight }
    var rightMargin: Double { width - right }
    var bottomMargin: Double { height - bottom }
    /// The block's middle across, where centred lines are centred.
    var centre: Double { left + blockWidth / 2 }

    /// §5: A4 upright, 天头 37 mm, 订口 28 mm, the block 156 × 225 mm; so 26 mm are left on the right
    /// and 35 mm below.
    static let a4 = PageGeometry(width: 210, height: 297, top: 37, left: 28, blockWidth: 156, blockHeight: 225)

    /// The page turned a quarter: the upright page's left edge becomes its head, so the 订口 is the
    /// margin above the turned block and the upright page's bottom margin the one on its left.
    var turned: PageGeometry {
        PageGeometry(width: height, height: width, top: left, left: bottomMargin, blockWidth: blockHeight, blockHeight: blockWidth)
    }

    /// §8: a landscape table page, the A4 page and its block turned (x 35–260 mm, y 28–184 mm), so
    /// that printed and turned back its text stands where an upright page's does and the page
    /// number keeps its place.
    static let landscape = a4.turned

    // MARK: The grid (§5.2.3)

    static let charactersPerLine = 28
    static let linesPerPage = 22
    /// One grid character (字): 156/28 = 5.571 mm. 28 3号 characters (16 pt = 5.64 mm) would take
    /// 158 mm, so the characters are set that much closer.
    static let character = a4.blockWidth / Double(charactersPerLine)
    /// One grid line (行): 225/22 = 10.2273 mm (28.99 pt).
    static let line = a4.blockHeight / Double(linesPerPage)

    /// The ODF backend's line, 28.95 pt = 10.2129 mm: the style sheet's fixed line height, its
    /// approximation of `line`. LibreOffice keeps lengths in twips (1/20 pt): exactly 225/22 mm is
    /// 579.8 twips, rounded up to 580 (29 pt), and 22 such lines (225.07 mm) overrun the block and
    /// leave 21 a page; 579 twips (28.95 pt) put 22 lines in 224.68 mm.
    static let odfLinePoints = 28.95
    /// `odfLinePoints` in millimetres: where the writer places things by the lines LibreOffice sets.
    static let odfLine = odfLinePoints * 25.4 / 72
    /// The ODF backend's character, 15.78 pt: the style sheet's 3号 (16 pt) with its −0.22 pt letter
    /// spacing, its approximation of `character` (15.79 pt); 28 of them take 155.87 mm, inside the
    /// block.
    static let odfCharacterPoints = 15.78

    // MARK: Tables

    /// The rule round every table cell, in points (the ODF border and the native engine's rules).
    static let tableRulePoints = 0.5

    // MARK: Page numbers (§7.5)

    /// The page number's line 7 mm below the block; odd pages 右空一字, even pages 左空一字.
    static let pageNumberBelowBlock = 7.0

    // MARK: The red mark of each format

    /// §7.2.4, the 文件 format (and §10.3, the 纪要): the 发文机关标志's top 35 mm below the block's top.
    static let markBelowBlockTop = 35.0
    /// §10.2, the 命令（令）: the mark's top 20 mm below the block's top.
    static let orderMarkBelowBlockTop = 20.0
    /// §10.1, the 信函: the mark's top 30 mm below the page's top edge, above the block.
    static let letterMarkTop = 30.0
    /// §10.1: the letter's red double lines, 170 mm long, centred on the block; the upper pair 4 mm
    /// under the mark, the lower one ending 20 mm above the page's bottom edge.
    static let letterRuleLength = 170.0
    static let letterRuleUnderMark = 4.0
    static let letterLowerRuleAboveBottom = 20.0
    static var letterRuleLeft: Double { a4.centre - letterRuleLength / 2 }
    static var letterRuleRight: Double { a4.centre + letterRuleLength / 2 }
    /// Where the lower double line ends, from the page's top.
    static var letterLowerRuleBottom: Double { a4.height - letterLowerRuleAboveBottom }

    /// A length as the writer spells it in ODF: rounded to `places` decimals of a millimetre and
    /// printed as Swift prints a Double ("156.0mm", "4.94mm"), or, with no decimals, as a whole
    /// number ("156mm"). Every .odt's bytes depend on these spellings, so they stay what they were.
    static func mm(_ value: Double, places: Int = 2) -> String {
        guard places > 0 else { return "\(Int(value.rounded()))mm" }
        let scale = (0..<places).reduce(1.0) { r, _ in r * 10 }
        return "\((value * scale).rounded() / scale)mm"
    }
}
