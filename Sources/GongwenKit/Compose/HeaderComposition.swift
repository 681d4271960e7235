/// 版头 (GB/T 9704 §7.2 and §10): 份号, 密级, 紧急程度 top left; the red 发文机关标志 with its top 35 mm
/// below the block's top (20 mm for a 命令); the 发文字号 two lines below it, over the red separator.
enum HeaderComposition {
    /// The 信函's mark size (§10.1 leaves it to the issuer; 26.8 pt fits the 30 mm above the double lines).
    static let letterMarkSize = 26.8
    static let points = 25.4 / 72

    static func compose(_ header: Header, format: Document.Format) -> ComposedHeader {
        let rows = signerRows(header)
        // The names end 右空一字; 签发人： stands four characters before them.
        let widest = rows.map { TextWidth.units($0.joined(separator: "　")) }.max() ?? 0
        let character = PageGeometry.character
        let namesAt = PageGeometry.a4.blockWidth - character - widest * character
        return ComposedHeader(
            lines: lines(header), mark: header.mark,
            markTop: format == .order ? PageGeometry.orderMarkBelowBlockTop : PageGeometry.markBelowBlockTop,
            markSize: fittedMarkSize(header.mark), letterMarkSize: fittedMarkSize(header.mark, at: letterMarkSize) ?? letterMarkSize,
            joint: header.jointIssuers.isEmpty ? nil : jointMark(header),
            signerRows: header.signers.count > 2 ? rows : [], signerLabelAt: namesAt - 4 * character, signerNamesAt: namesAt)
    }

    /// 份号, 密级, 紧急程度 from the block's first line; a 密级 stays on the second line even without a
    /// 份号 above it (§7.2.2), so an empty line holds the 份号's place.
    static func lines(_ header: Header) -> [String] {
        let copy = header.copyNumber ?? (header.secrecy != nil ? "" : nil)
        return [copy, header.secrecy, header.urgency].compactMap { $0 }
    }

    /// nil when the mark fits the block's 156 mm at `size`; else the size, in tenths of a point, that does.
    static func fittedMarkSize(_ mark: String, at size: Double = 36) -> Double? {
        let units = TextWidth.units(mark)
        let block = PageGeometry.a4.blockWidth
        guard units * size * points > block else { return nil }
        return (block / (units * points) * 10).rounded(.down) / 10
    }

    /// 联合行文 (§7.2.4): the issuers' names stacked, 主办机关 first, 文件 to the right, centred on them;
    /// 36 pt, or what fits the names, a character's gap and 文件 on the block's width.
    static func jointMark(_ header: Header) -> ComposedHeader.JointMark {
        let block = PageGeometry.a4.blockWidth
        let longest = header.jointIssuers.map(TextWidth.units).max() ?? 0
        let size = min(36, (block / ((longest + 1 + TextWidth.units(header.jointWord)) * points) * 10).rounded(.down) / 10)
        return .init(names: header.jointIssuers, word: header.jointWord, size: size,
                     namesWidth: longest * size * points, wordWidth: (1 + TextWidth.units(header.jointWord)) * size * points)
    }

    /// 签发人 two to a line (§7.2.6).
    static func signerRows(_ header: Header) -> [[String]] {
        stride(from: 0, to: header.signers.count, by: 2).map { Array(header.signers[$0..<min($0 + 2, header.signers.count)]) }
    }

    /// The 版头's paragraphs for the document's format.
    static func blocks(_ blocks: inout Composer.Blocks, _ header: Header, document: Document) {
        let lines = lines(header)
        switch document.format {
        case .order:
            // §10.2: the red mark, the 令号 centred two lines below it, the text two lines below that; no title.
            for line in lines { blocks.add(.headerLine(.none), [.text(line)]) }
            blocks.add(.issuerMark, [.text(header.mark)])
            blocks.add(.blank)
            blocks.add(.blank)
            blocks.add(.centred, [.text(header.number ?? "")])
            blocks.add(.blank)
            blocks.add(.blank)
        case .letter:
            // §10.1: the mark and the double lines on page 1; 份号 flush left, 发文字号 flush right under them.
            blocks.list.append(.letterHead(mark: header.mark))
            blocks.add(.letterFirstLine, [.text(lines.first ?? ""), .tab, .text(header.number ?? "")])
            for line in lines.dropFirst() { blocks.add(.headerLine(.none), [.text(line)]) }
        case .minutes:
            // §10.3: the mark as a 文件's, the 期号 centred two lines below it, then the issuer and the
            // date on one line over the red separator.
            for line in lines { blocks.add(.headerLine(.none), [.text(line)]) }
            blocks.add(.issuerMark, [.text(header.mark)])
            blocks.add(.blank)
            blocks.add(.blank)
            if let number = header.number { blocks.add(.centred, [.text(number)]) }
            blocks.add(.minutesLine, [.text(document.issuer), .tab, .text(document.date.chinese)])
        case .document, .attachment:
            for line in lines { blocks.add(.headerLine(.none), [.text(line)]) }
            // On preprinted paper the mark is already there: its line stays, empty, to keep the rest in place.
            let preprinted = header.letterhead == .preprinted
            if header.jointIssuers.isEmpty {
                blocks.add(.issuerMark, preprinted ? [] : [.text(header.mark)])
            } else {
                blocks.list.append(.jointMark(blank: preprinted))
            }
            // 发文字号 two lines below the mark (空二行, §7.2.5).
            blocks.add(.blank)
            blocks.add(.blank)
            if header.signers.count > 2 {
                // The first row tabs to 签发人：, the others on to the names; the last carries the 发文字号.
                let rows = signerRows(header)
                for (i, row) in rows.enumerated() {
                    let last = i == rows.count - 1
                    var runs: [Run] = last ? [.text(header.number ?? "")] : []
                    runs += [.tab, i == 0 ? .text("签发人：") : .tab, .face(row.joined(separator: "　"), .heading2)]
                    blocks.add(.signerRow(last: last), runs)
                }
            } else if header.signers.isEmpty {
                blocks.add(.docNumber(preprinted: preprinted), [.text(header.number ?? "")])
            } else {
                // 上行文: 文号 左空一字, 签发人 右空一字 on the same line, names in 楷体.
                blocks.add(.docNumberSigner(preprinted: preprinted),
                           [.text(header.number ?? ""), .tab, .text("签发人："), .face(header.signers.joined(separator: "　"), .heading2)])
            }
        }
    }
}
