/// A 公文 composed by GB/T 9704's rules: what stands on its pages, in reading order, each block with
/// its role, and every place and size the standard fixes, in grid units (字 and 行) or, for things
/// measured in millimetres (the red mark's offset, seals, tables), in millimetres of `PageGeometry`.
/// It knows no file format: the ODF writer spells it in ODF, and a layout engine can set it on pages.
///
/// What it decides: the blank lines (two under the red separator, one under the title, the empty line
/// before the 附件说明 and the signature), the title's lines, headings' numbers, the 附件说明's numbering,
/// which signature layout applies with its indents, where seals and the 签名章 go, the joint issuers'
/// mark and 署名, the 签发人 rows, the 版记's lines, where attachments start and which pages turn.
public struct ComposedDocument: Sendable {
    public var format: Document.Format
    public var blocks: [ComposedBlock]
    /// 署名 and 成文日期's right indents.
    public var signature: SignatureLayout
    /// A 纪要 and an attachment bound separately carry no signature.
    public var signed: Bool
    /// The 版头: nil for a document without one (and for an attachment bound separately).
    public var header: ComposedHeader?
    /// The joint 署名's seal centres, across, in millimetres from the block's left edge, left to right.
    public var jointSealCentres: [Double]
    /// The 签名章 format (§7.3.5.3): the signer's title ends this far from the block's right edge (mm).
    public var stampTitleRight: Double?
    /// Whether some pages are landscape pages (§8).
    public var turnsPages: Bool
    /// Whether a seal or 签名章 image stands on a page.
    public var hasImages: Bool

    /// Every table in reading order (the index a `.table` block carries counts them from 1).
    public var tables: [ComposedTable] {
        blocks.compactMap { if case .table(let t) = $0 { t } else { nil } }
    }

    /// The text's last paragraph when it is kept with the signature (`Composer.keptLines`).
    public var keptEnd: ComposedParagraph? {
        for block in blocks {
            if case .paragraph(let p) = block, p.keptWithNext, p.role.isText { return p }
        }
        return nil
    }
}

public enum ComposedBlock: Sendable {
    case paragraph(ComposedParagraph)
    case table(ComposedTable)
    /// The joint issuers' 发文机关标志 (§7.2.4): their names stacked, the word 文件 beside them;
    /// `blank` on preprinted paper, whose rows stay empty to keep the rest in place.
    case jointMark(blank: Bool)
    /// The 信函's mark and red double lines (§10.1), fixed to page 1.
    case letterHead(mark: String)
    case imprint(ComposedImprint)
}

/// One paragraph: its role on the page, its runs, and whether it stays on the page of what follows.
public struct ComposedParagraph: Sendable, Equatable {
    public var role: Role
    public var runs: [Run]
    public var keptWithNext = false

    public init(_ role: Role, _ runs: [Run] = [], kept: Bool = false) {
        self.role = role
        self.runs = runs
        self.keptWithNext = kept
    }

    /// The characters the paragraph prints, as one string.
    public var text: String {
        runs.map { run -> String in
            switch run {
            case .text(let s), .prose(let s), .face(let s, _): return s
            case .tab, .lineBreak, .image: return ""
            }
        }.joined()
    }

    /// Where a page turn happens at a paragraph (§8).
    public enum Turn: Sendable, Equatable {
        case none
        /// The paragraph opens landscape pages.
        case toLandscape
        /// The paragraph goes back to upright pages after landscape ones.
        case backUpright
    }

    public enum Role: Sendable, Equatable {
        /// An empty grid line.
        case blank
        /// 份号, 密级, 紧急程度 (and an attachment bound separately's 发文字号 and 附件N line), 顶格 in 黑体.
        case headerLine(Turn)
        /// The red 发文机关标志, its top `ComposedHeader.markTop` below the block's top.
        case issuerMark
        /// The 发文字号 centred under the mark; `preprinted` paper keeps the line's place.
        case docNumber(preprinted: Bool)
        /// The 发文字号 左空一字 and 签发人 右空一字 on one line (上行文).
        case docNumberSigner(preprinted: Bool)
        /// Several 签发人 two to a line; the last row carries the 发文字号.
        case signerRow(last: Bool)
        /// The 信函's first line: 份号 flush left, 发文字号 flush right.
        case letterFirstLine
        /// A line centred on the block (the 令号, the 纪要's 期号).
        case centred
        /// The 纪要's issuer and date, on one line over the red separator.
        case minutesLine
        case title
        case addressee
        case body
        /// A heading on a line of its own, level 1–4.
        case heading(Int)
        /// The 附件说明: the first line hangs 附件： to the left.
        case attachmentList(first: Bool)
        case signature
        case date
        /// The joint 署名 under their seals, each centred on its seal.
        case jointNames
        /// The 签名章 line: the signer's title and the stamp.
        case stamp
        case stampDate
        /// 出席, 请假, 列席 of a 纪要.
        case attendance
        case note
        /// 附件N on an attachment's first line.
        case attachmentLabel(Turn)
        case attachmentTitle

        /// A paragraph of the text (not of the 版头 or the signature).
        var isText: Bool {
            switch self {
            case .body, .heading: return true
            default: return false
            }
        }
    }
}

/// A run of a paragraph.
public enum Run: Sendable, Equatable {
    /// A name, number or label, printed as it is.
    case text(String)
    /// Running text in the body's faces, Chinese and Western mixed: a full-width quotation mark
    /// belongs to the Chinese face whatever stands next to it.
    case prose(String)
    /// Text in a face other than the paragraph's (a run-in heading, 签发人's names, a 纪要's labels).
    case face(String, FontRole)
    /// To the paragraph's next tab position (the roles that have tabs say where).
    case tab
    case lineBreak
    /// An image placed from the paragraph's first line, over the text.
    case image(PlacedImage)
}

/// A seal or 签名章 image: its left edge in millimetres from the block's left edge, its centre
/// `centreLine` grid lines below the top of the paragraph it is anchored to.
public struct PlacedImage: Sendable, Equatable {
    public var image: SealImage
    /// What the image is, for a reader of the file (印章, 印章2, 签名章).
    public var name: String
    public var left: Double
    public var centreLine: Double
}

public struct ComposedTable: Sendable, Equatable {
    public var table: Table
    /// From 1, in reading order.
    public var index: Int
    /// The block width it spans (mm): the upright block's, or a landscape page's.
    public var width: Double
}

/// The 版头 (§7.2, and the §10 formats').
public struct ComposedHeader: Sendable, Equatable {
    /// 份号, 密级, 紧急程度, one to a line from the block's top.
    public var lines: [String]
    public var mark: String
    /// The mark's top below the block's top (mm): 35 for a 文件 and a 纪要, 20 for a 命令.
    public var markTop: Double
    /// The mark's size when 36 pt would not fit the block (pt); nil at 36 pt.
    public var markSize: Double?
    /// The 信函's mark size (pt): 26.8, or smaller to fit.
    public var letterMarkSize: Double
    /// Joint issuers' names, the word beside them, the size both take, and the widths (mm).
    public var joint: JointMark?
    /// 签发人 two to a row (more than two of them), with the tab positions in millimetres from the
    /// block's left edge: where 签发人： starts and where the names start (four characters on).
    public var signerRows: [[String]]
    public var signerLabelAt: Double
    public var signerNamesAt: Double

    public struct JointMark: Sendable, Equatable {
        public var names: [String]
        public var word: String
        public var size: Double
        public var namesWidth: Double
        public var wordWidth: Double
    }
}

/// The 版记 (§7.4; §10.1 for a letter's).
public struct ComposedImprint: Sendable, Equatable {
    /// 主送：…。 when the 主送机关 stands in the 版记.
    public var addressee: String?
    /// 抄送：…。
    public var copies: String?
    /// 印发机关 and 印发日期, nil for a letter's 版记 (which has neither).
    public var printer: (organ: String, date: String)?
    public var letter: Bool
    /// The 版记 follows landscape pages and goes back to an upright page.
    public var afterTurnedPages: Bool

    public static func == (a: Self, b: Self) -> Bool {
        a.addressee == b.addressee && a.copies == b.copies && a.printer?.organ == b.printer?.organ
            && a.printer?.date == b.printer?.date && a.letter == b.letter && a.afterTurnedPages == b.afterTurnedPages
    }
}
