import Foundation

/// The typed document model between the reader and the writers (pandoc's AST, for one kind of document).
/// Numbers (一、（一）1.（1）, 一是) are not stored: writers derive them from order.
public struct Document: Hashable, Sendable {
    public var title: String
    public var issuer: String
    public var date: OfficialDate
    public var addressee: String?
    public var body: [Block]
    public var signature: Signature
    /// 附件: names for the 附件说明; those with content also get pages of their own.
    public var attachments: [Attachment]
    public var note: String?
    /// 版头 (§7.2): absent in a work summary, present in a formal 文件.
    public var header: Header?
    /// 版记 (§7.4).
    public var imprint: Imprint?
    /// Template values as typed in the unit file, kept so later stages can total and rank them.
    public var values: Figures
    /// Which of the standard's formats lays the document out (§7 the ordinary one, §10 the special ones).
    public var format: Format = .document
    /// 纪要: 出席, 请假 and 列席 lists (§10.3), in the order given.
    public var attendance: [Attendance] = []

    public enum Format: String, Hashable, Sendable, CaseIterable {
        /// 文件格式 (§7); also a work summary without a 版头.
        case document
        /// 命令（令）格式 (§10.2): mark 20 mm below the block's top, 令号, text, 签发人职务 and 签名章.
        case order
        /// 纪要格式 (§10.3): the 纪要 mark, the text, then 出席, 请假, 列席.
        case minutes
        /// 信函格式 (§10.1): the mark 30 mm below the page's top edge between red double lines.
        case letter
        /// An attachment bound separately (§7.3.7): its first line the 发文字号 and 附件N, then its
        /// title and text; made by gongwen from a document, never named in a source.
        case attachment
    }

    /// The line an attachment bound separately opens with (`江宣〔2023〕12号附件2`).
    public var attachmentLabel: String?
    /// An attachment bound separately that prints on landscape pages (§8).
    public var landscape = false

    /// Each attachment bound separately as a document of its own, with the suffix its files take
    /// (`-附件2`); numbered as the 附件说明 numbers them.
    public var separateAttachments: [(suffix: String, document: Document)] {
        attachments.enumerated().compactMap { i, attachment in
            guard attachment.separate else { return nil }
            let label = attachments.count > 1 ? "附件\(i + 1)" : "附件"
            var document = Document(title: attachment.title, issuer: issuer, date: date, body: attachment.body,
                                    signature: Signature(name: signature.name), values: values)
            document.format = .attachment
            document.attachmentLabel = (header?.number ?? "") + label
            document.landscape = attachment.landscape
            return ("-" + label, document)
        }
    }

    public init(title: String, issuer: String, date: OfficialDate, addressee: String? = nil,
                body: [Block] = [], signature: Signature, attachments: [Attachment] = [], note: String? = nil,
                header: Header? = nil, imprint: Imprint? = nil, values: Figures = [:]) {
        self.title = title
        self.issuer = issuer
        self.date = date
        self.addressee = addressee
        self.body = body
        self.signature = signature
        self.attachments = attachments
        self.note = note
        self.header = header
        self.imprint = imprint
        self.values = values
    }
}

/// One list of a 纪要: `出席` and the units and names.
public struct Attendance: Hashable, Sendable {
    public var label: String
    public var names: String

    public init(label: String, names: String) {
        self.label = label
        self.names = names
    }
}

public struct Attachment: Hashable, Sendable {
    public var title: String
    /// Empty: the attachment is only named in the 附件说明 (it travels as a separate file).
    public var body: [Block]
    /// §7.3.7: bound apart from the text; printed as a document of its own whose first line is
    /// the 发文字号 and 附件N.
    public var separate = false
    /// §8: printed on landscape pages (a wide table), turned so that its head is toward the left
    /// edge of the upright page; the page numbers stay where the other pages have them.
    public var landscape = false

    public init(title: String, body: [Block] = [], separate: Bool = false, landscape: Bool = false) {
        self.title = title
        self.body = body
        self.separate = separate
        self.landscape = landscape
    }

    /// Printed within the document, after its text (it has a body and is not bound separately).
    public var isBound: Bool { !separate && !body.isEmpty }

    /// The same attachment with its title and body replaced (filled in, or rolled up).
    func with(title: String, body: [Block]) -> Attachment {
        var a = self
        a.title = title
        a.body = body
        return a
    }
}

/// 版头: 份号, 密级, 紧急程度, the red 发文机关标志, 发文字号 (and 签发人) and the red separator line.
public struct Header: Hashable, Sendable {
    public var copyNumber: String?
    public var secrecy: String?
    public var urgency: String?
    public var mark: String
    public var number: String?
    /// 签发人 of an upward document (上行文).
    public var signers: [String]
    /// 联合行文 (§7.2.4): the issuers' names, 主办机关 first, stacked with `jointWord` (文件) to their
    /// right, centred on them; empty for one issuer (`mark` then holds the whole mark).
    public var jointIssuers: [String] = []
    public var jointWord = "文件"
    /// `preprinted`: the paper carries the red mark and rule; nothing red is drawn, everything else
    /// lands where the digital 版头 puts it (套打).
    public var letterhead: Letterhead = .digital

    public enum Letterhead: String, Hashable, Sendable { case digital, preprinted }

    public init(copyNumber: String? = nil, secrecy: String? = nil, urgency: String? = nil, mark: String,
                number: String? = nil, signers: [String] = []) {
        self.copyNumber = copyNumber
        self.secrecy = secrecy
        self.urgency = urgency
        self.mark = mark
        self.number = number
        self.signers = signers
    }
}

/// 版记: 抄送, 印发机关 and 印发日期, between rules at the foot of the last page.
public struct Imprint: Hashable, Sendable {
    public var copiesTo: [String]
    public var printer: String
    public var printDate: OfficialDate
    /// §7.4.2: many addressees move from under the title into the 版记, one line above 抄送, as 主送.
    public var showsAddressee: Bool

    public init(copiesTo: [String] = [], printer: String, printDate: OfficialDate, showsAddressee: Bool = false) {
        self.copiesTo = copiesTo
        self.printer = printer
        self.printDate = printDate
        self.showsAddressee = showsAddressee
    }
}

public indirect enum Block: Hashable, Sendable {
    /// A body paragraph: optional lead text, then an inline `一是…二是…` enumeration.
    case paragraph(Paragraph)
    /// Items each printed as a paragraph of its own, opening `一是`, `二是`, ….
    case items([String])
    /// A numbered heading; `runIn` text continues on the heading's own line (（一）标题。正文…).
    case section(Section)
    /// A table (表格), printed as an ODF table in the 公文 style.
    case table(Table)
}

public struct Paragraph: Hashable, Sendable {
    public var text: String
    public var points: [String]

    public init(text: String, points: [String] = []) {
        self.text = text
        self.points = points
    }
}

public struct Section: Hashable, Sendable {
    public var heading: String
    public var runIn: Paragraph?
    public var body: [Block]

    public init(heading: String, runIn: Paragraph? = nil, body: [Block] = []) {
        self.heading = heading
        self.runIn = runIn
        self.body = body
    }
}

public struct Signature: Hashable, Sendable {
    public var name: String
    /// Sealed documents (加盖印章) put the date 右空四字 and centre the name on it (§7.3.5.1).
    public var sealed: Bool
    /// One empty line between the body (or 附件说明) and the signature, as §7.3.4 and §7.3.5.2 ask;
    /// a sealed signature gets two, so that the seal's top is within one line of the text.
    public var blankLineBefore: Bool
    /// The seal image pressed on 署名 and date; gongwen never draws one of its own.
    public var seal: SealImage?
    /// §7.3.5.3: the signer's title (签发人职务) beside the 签名章; with it the signature is the
    /// signer's, not the issuer's, and the date goes one empty line below the stamp.
    public var signerTitle: String?
    /// The 签名章 image; without one the signer's name is printed in its place.
    public var stamp: SealImage?
    /// 联合行文 (§7.3.5): every issuer's 署名, 主办机关 first, each with its seal when sealed; empty
    /// for one issuer.
    public var joint: [Signer] = []

    public struct Signer: Hashable, Sendable {
        public var name: String
        public var seal: SealImage?

        public init(name: String, seal: SealImage? = nil) {
            self.name = name
            self.seal = seal
        }
    }

    public init(name: String, sealed: Bool = false, blankLineBefore: Bool = true, seal: SealImage? = nil) {
        self.name = name
        self.sealed = sealed || seal != nil
        self.blankLineBefore = blankLineBefore
        self.seal = seal
    }
}

/// A seal (or 签名章) image the user supplies, embedded in the `.odt` as it is.
public struct SealImage: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        case png, svg
        public var mediaType: String { self == .png ? "image/png" : "image/svg+xml" }
    }

    public var bytes: [UInt8]
    public var kind: Kind
    /// Printed size in millimetres (the common 公章 is 42 mm across).
    public var widthMillimetres: Double
    public var heightMillimetres: Double

    public init(bytes: [UInt8], kind: Kind, widthMillimetres: Double = 42, heightMillimetres: Double = 42) {
        self.bytes = bytes
        self.kind = kind
        self.widthMillimetres = widthMillimetres
        self.heightMillimetres = heightMillimetres
    }

    /// What the image is: the part's name inside the package (`seal`, `stamp`).
    public var role = "seal"

    /// The part name inside the package (one image per role).
    public var partName: String { "Pictures/\(role)." + kind.rawValue }
}

/// A calendar date as official documents print it: `2023年7月10日`, no zero padding.
public struct OfficialDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month) else { return nil }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        guard (1...days).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Accepts `2023-07-10`, `2023/7/10` and `2023年7月10日`.
    public init?(parsing text: String) {
        // Foundation's trimming is most of reading a date (a unit has one): asked only when an end
        // is blank (.whitespaces is category Zs and the tab).
        func blank(_ s: Unicode.Scalar?) -> Bool { s.map { $0 == "\t" || $0.properties.generalCategory == .spaceSeparator } ?? false }
        let trimmed = blank(text.unicodeScalars.first) || blank(text.unicodeScalars.last) ? text.trimmingCharacters(in: .whitespaces) : text
        // Split by scalars: by Characters, each one was compared as a string (a separator with a
        // combining mark fails either way, by making a part that is not a number).
        let parts = trimmed.unicodeScalars
            .split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "年" || $0 == "月" || $0 == "日" || $0 == "." })
            .map { String(String.UnicodeScalarView($0)) }
        guard parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// §7.3.5.4: dates are written with the full year.
    public static func hasFullYear(_ text: String) -> Bool {
        text.trimmingCharacters(in: .whitespaces).prefix(while: \.isNumber).count == 4
    }

    /// The UTC calendar day of a Unix time.
    public init(epochSeconds: Int) {
        let days = epochSeconds >= 0 ? epochSeconds / 86400 : (epochSeconds - 86399) / 86400
        let z = days + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        day = doy - (153 * mp + 2) / 5 + 1
        month = mp < 10 ? mp + 3 : mp - 9
        year = yoe + era * 400 + (month <= 2 ? 1 : 0)
    }

    public var chinese: String { "\(year)年\(month)月\(day)日" }
    public var iso: String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(year)-\(two(month))-\(two(day))"
    }
    public var description: String { chinese }

    public static func < (a: OfficialDate, b: OfficialDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    /// Seconds since 1970 at midnight UTC, for reproducible timestamps.
    public var epochSeconds: Int {
        // Days from civil, Howard Hinnant's algorithm.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return (era * 146097 + doe - 719468) * 86400
    }
}

/// A template value with its YAML type kept: a count stays a number.
public enum Value: Hashable, Sendable, CustomStringConvertible {
    case string(String)
    case integer(Int)
    case decimal(Double)
    case boolean(Bool)
    case date(OfficialDate)
    /// `null`, `~` or nothing: the unit left the value empty.
    case null
    /// A number as written that no figure can show: `.inf`, `.nan`, an integer beyond 64 bits.
    case unprintableNumber(String)
    /// A share, kept as the fraction it is (0.35) and printed as written or as the sheet shows it
    /// (`35%`, `35.0%`): `digits` places after the point.
    case percent(Double, digits: Int)

    /// The text a placeholder becomes.
    public var description: String {
        switch self {
        case .string(let s): return s
        case .integer(let n): return String(n)
        case .decimal(let d):
            if d == d.rounded(), abs(d) < 1e15 { return String(Int(d)) }
            return String(d)
        case .boolean(let b): return b ? "是" : "否"
        case .date(let d): return d.chinese
        case .null: return ""
        case .unprintableNumber(let text): return text
        case .percent(let fraction, let digits): return Value.fixed(fraction * 100, digits: digits) + "%"
        }
    }

    /// `d` with exactly `digits` places after the point, rounded half away from zero, without
    /// the locale (a comma never becomes the decimal mark).
    static func fixed(_ d: Double, digits: Int) -> String {
        let scale = (0..<max(0, min(digits, 15))).reduce(1.0) { a, _ in a * 10 }
        let scaled = (abs(d) * scale).rounded(.toNearestOrAwayFromZero)
        guard scaled < 9e15 else { return String(d) }
        let whole = Int(scaled)
        let sign = d < 0 && whole != 0 ? "-" : ""
        guard digits > 0 else { return sign + String(whole) }
        var fraction = String(whole % Int(scale))
        fraction = String(repeating: "0", count: digits - fraction.count) + fraction
        return sign + String(whole / Int(scale)) + "." + fraction
    }

    /// An integer or a decimal: a figure that prints as digits (not a share or a date).
    public var isPlainNumber: Bool {
        switch self {
        case .integer, .decimal: return true
        default: return false
        }
    }

    /// The number it holds, for totals and checks; nil for text, dates and empty values.
    public var number: Double? {
        switch self {
        case .integer(let n): return Double(n)
        case .decimal(let d): return d.isFinite ? d : nil
        case .percent(let f, _): return f
        default: return nil
        }
    }

    /// Why the value cannot stand in a document's text, or nil when it can.
    public var unprintable: String? {
        switch self {
        case .null: return "is empty (null)"
        case .unprintableNumber(let text): return "is '\(text)', a number no figure can show"
        case .decimal(let d) where !d.isFinite || description.contains("e"), .percent(let d, _) where !d.isFinite || abs(d) > 1e12:
            return "is '\(description)', a number no figure can show"
        default: return nil
        }
    }
}
