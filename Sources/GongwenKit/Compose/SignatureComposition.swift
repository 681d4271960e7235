/// After the text (§7.3.4–§7.3.6, §10.3): the 附件说明, the signature in whichever of its layouts
/// applies (plain, sealed, 签名章, joint issuers), the date, the 附注; a 纪要's attendance lists.
enum SignatureComposition {
    static let character = PageGeometry.character
    static let line = PageGeometry.line
    static let block = PageGeometry.a4.blockWidth
    /// Between two seals of a row (mm).
    static let sealGap = 10.0
    /// A seal's centre, below the top of its 署名's line (grid lines): the 署名 and the date sit a little
    /// below the seal's middle, the pair's middle (the top of the date line) 0.3 line under it.
    static let sealCentreLine = 0.7

    static func back(_ blocks: inout Composer.Blocks, _ document: Document) {
        // §7.3.4/§7.3.5: an empty line before the 附件说明 and before the signature; one switch governs both.
        let blank = document.signature.blankLineBefore
        if !document.attachments.isEmpty {
            // The 附件说明 stays with the signature.
            if blank { blocks.add(.blank, kept: true) }
            for (i, name) in document.attachments.map(\.title).enumerated() {
                let number = document.attachments.count > 1 ? "\(i + 1). " : ""
                // The first line hangs 附件： to the left, so every name starts in the same column.
                blocks.add(.attachmentList(first: i == 0), [.prose((i == 0 ? "附件：" : "") + number + name)])
            }
        }
        if document.format == .minutes {
            // A 纪要 is not signed: its issuer and date stand over the red separator. 出席, 请假, 列席:
            // one empty line below the text (or 附件说明), each its own paragraph.
            if !document.attendance.isEmpty {
                blocks.add(.blank)
                for list in document.attendance { blocks.add(.attendance, [.face(list.label + "：", .heading1), .text(list.names)]) }
            }
        } else if document.signature.signerTitle != nil {
            stamp(&blocks, document)
        } else if !document.signature.joint.isEmpty {
            joint(&blocks, document)
        } else {
            if blank { blocks.add(.blank, kept: true) }
            // §7.3.5.1: a seal reaches about two lines above the 署名; its top must stay within one line
            // of the text, so a sealed signature leaves two empty lines.
            if document.signature.sealed { blocks.add(.blank, kept: true) }
            var runs: [Run] = []
            if let seal = document.signature.seal {
                // Centred on the date (右空四字) and the 署名 above it.
                let dateWidth = TextWidth.units(document.date.chinese) * character
                runs.append(.image(sealPlace(seal, centreX: block - 4 * character - dateWidth / 2)))
            }
            runs.append(.prose(document.signature.name))
            blocks.add(.signature, runs)
            blocks.add(.date, [.text(document.date.chinese)])
        }
        // 附注 (§7.3.6): the line after the date, in （ ）.
        if let note = document.note {
            blocks.add(.note, [.prose(note.hasPrefix("（") ? note : "（" + note + "）")])
        }
    }

    /// A seal centred `centreX` mm from the block's left edge, `sealCentreLine` below its paragraph's top.
    static func sealPlace(_ seal: SealImage, centreX: Double) -> PlacedImage {
        PlacedImage(image: seal, name: seal.role == "seal" ? "印章" : "印章" + seal.role.dropFirst(4),
                    left: centreX - seal.widthMillimetres / 2, centreLine: sealCentreLine)
    }

    // MARK: 签名章 (§7.3.5.3)

    /// The 签名章's right edge is 右空四字; the title ends two characters left of it (mm from the block's right).
    static func stampTitleRight(_ signature: Signature) -> Double {
        guard let stamp = signature.stamp else { return 4 * character }
        return 4 * character + stamp.widthMillimetres + 2 * character
    }

    /// Two empty lines below the text, the 签名章 右空四字 with the signer's title two characters to its
    /// left, centred on it; the date one empty line below the stamp, 右空四字. A stamp taller than a
    /// line takes the lines it covers from neither gap. Every empty line keeps with the next: the
    /// text's last lines, stamp and date stay on one page.
    static func stamp(_ blocks: inout Composer.Blocks, _ document: Document) {
        let signature = document.signature
        let overhang = signature.stamp.map { max(0, ($0.heightMillimetres - line) / 2) } ?? 0
        // An overhang of under a third of a line leaves the empty line still clear.
        let extra = max(0, Int(((overhang - line / 3) / line).rounded(.up)))
        for _ in 0..<(2 + extra) { blocks.add(.blank, kept: true) }
        if let stamp = signature.stamp {
            let place = PlacedImage(image: stamp, name: "签名章", left: block - 4 * character - stamp.widthMillimetres, centreLine: 0.5)
            blocks.add(.stamp, [.image(place), .text(signature.signerTitle ?? "")])
        } else {
            // No stamp image: the signer's name stands where the stamp would be.
            blocks.add(.stamp, [.text((signature.signerTitle ?? "") + "　　"), .face(signature.name, .heading2)])
        }
        for _ in 0..<(1 + extra) { blocks.add(.blank, kept: true) }
        blocks.add(.stampDate, [.text(document.date.chinese)])
    }

    // MARK: Joint issuers (§7.3.5.1, §7.3.5.2)

    /// Where the seals' centres are, in millimetres from the block's left edge, and in which row:
    /// two to a row, the last seal centred on the date (右空四字), the rows filled from the first.
    /// Names too long to stand side by side (a character apart) put one seal to a row instead.
    static func sealCentres(names: [String], date: String) -> [(row: Int, x: Double)] {
        let count = names.count
        let last = block - 4 * character - TextWidth.units(date) * character / 2
        let pair = [last - 42 - sealGap, last]
        let widths = names.map { TextWidth.units($0) * character }
        let crowded = stride(from: 0, to: count - 1, by: 2).contains { (widths[$0] + widths[$0 + 1]) / 2 + character > pair[1] - pair[0] }
        if crowded { return (0..<count).map { ($0, last) } }
        let lastRowSingle = count % 2 == 1
        return (0..<count).map { i in
            let row = i / 2
            if lastRowSingle && i == count - 1 { return (row, last) }
            return (row, pair[i % 2])
        }
    }

    /// Unsealed, the 主办机关's 署名 first and the others below it; sealed, each 署名 under its own
    /// seal, the seals two to a row, never touching, never leaving the block; then the date.
    static func joint(_ blocks: inout Composer.Blocks, _ document: Document) {
        let joint = document.signature.joint
        guard document.signature.sealed else {
            if document.signature.blankLineBefore { blocks.add(.blank, kept: true) }
            for signer in joint { blocks.add(.signature, [.text(signer.name)]) }
            blocks.add(.date, [.text(document.date.chinese)])
            return
        }
        let centres = sealCentres(names: joint.map(\.name), date: document.date.chinese)
        let rows = (centres.map(\.row).max() ?? 0) + 1
        let allCentres = Set(centres.map(\.x)).sorted()
        for row in 0..<rows {
            // Two empty lines above each row (its seals' top within one line of what is above);
            // a row's seals (42 mm, four lines) end before the next row's begin.
            for _ in 0..<(row == 0 ? 2 : 3) { blocks.add(.blank, kept: true) }
            let members = centres.enumerated().filter { $0.element.row == row }
            var runs: [Run] = members.compactMap { i, centre in joint[i].seal.map { .image(sealPlace($0, centreX: centre.x)) } }
            // Each name tabs to its seal's centre (a centred tab at every centre of the rows).
            var tab = 0
            for (i, centre) in members {
                while tab < allCentres.count, allCentres[tab] <= centre.x {
                    runs.append(.tab)
                    tab += 1
                }
                runs.append(.text(joint[i].name))
            }
            blocks.add(.jointNames, runs)
            if row < rows - 1 { blocks.add(.blank, kept: true) }
        }
        blocks.add(.date, [.text(document.date.chinese)])
    }
}

/// Right indents of 署名 and 成文日期 in grid characters (GB/T 9704 §7.3.5).
public struct SignatureLayout: Equatable, Sendable {
    public var signatureRight: Double
    public var dateRight: Double

    public init(signatureRight: Double, dateRight: Double) {
        self.signatureRight = signatureRight
        self.dateRight = dateRight
    }

    public init(document: Document) {
        // Joint 署名 are laid out by the longest of them.
        let s = ([document.signature.name] + document.signature.joint.map(\.name)).map(TextWidth.units).max() ?? 0
        let d = TextWidth.units(document.date.chinese)
        if document.signature.sealed {
            // Date 右空四字; the name centred over it.
            dateRight = 4
            signatureRight = max(0, 4 + (d - s) / 2)
        } else if s - d >= 2 {
            // Name 右空二字; the date starts two characters right of the name's first character.
            signatureRight = 2
            dateRight = s - d
        } else {
            // A date longer than the name: date 右空二字, the name moves left to keep the offset.
            dateRight = 2
            signatureRight = 4 - s + d
        }
    }
}
