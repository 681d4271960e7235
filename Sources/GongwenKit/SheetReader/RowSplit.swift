/// A worksheet's XML cut between rows, so that its parts are read on every core. Reading a
/// 3,000-row sheet was a quarter of a sheet build's instructions, all on one thread before any
/// unit could start.
///
/// Each piece is a document of its own: the bytes before `<sheetData>` (declarations, namespaces,
/// the root's start tag), its run of rows, then the closing tags. A piece ends and the next begins
/// at a `<row` start tag that numbers its row (`r="…"`), so no row depends on the one before it.
/// The cut is only where the whole is read the same way: if the cut fell inside a comment, a
/// CDATA section or any element other than `sheetData`, the first piece is not well-formed, the
/// reader sees that and reads the whole sheet in one piece instead, with the same result and
/// the same errors as before.
enum RowSplit {
    /// Sheets smaller than this are read in one piece: starting threads would cost more.
    static let minimumBytes = 256 * 1024

    /// `count` pieces (or fewer), or nil when the sheet is small or cannot be cut.
    static func pieces(_ bytes: [UInt8], count: Int) -> [[UInt8]]? {
        guard count > 1, bytes.count >= minimumBytes,
              let open = find(Array("<sheetData>".utf8), in: bytes, from: 0) else { return nil }
        let rowsStart = open + "<sheetData>".utf8.count
        let header = bytes[0..<rowsStart]
        // A row outside sheetData would be read twice.
        guard find(Array("row".utf8), in: bytes, from: 0, to: rowsStart) == nil, let root = rootName(header) else { return nil }
        let closing = Array("</sheetData></".utf8) + root + [UInt8(ascii: ">")]
        var cuts = [rowsStart]
        for k in 1..<count {
            let target = max(rowsStart + (bytes.count - rowsStart) * k / count, cuts.last! + 1)
            guard let cut = numberedRow(in: bytes, from: target) else { break }
            cuts.append(cut)
        }
        guard cuts.count > 1 else { return nil }
        return cuts.indices.map { i in
            var piece = Array(header)
            if i + 1 < cuts.count {
                piece += bytes[cuts[i]..<cuts[i + 1]]
                piece += closing
            } else {
                piece += bytes[cuts[i]...]
            }
            return piece
        }
    }

    /// The root element's name as written (`worksheet`, `x:worksheet`): the first start tag.
    static func rootName(_ header: ArraySlice<UInt8>) -> [UInt8]? {
        var i = header.startIndex
        while i + 1 < header.endIndex {
            if header[i] == UInt8(ascii: "<"), header[i + 1] != UInt8(ascii: "?"), header[i + 1] != UInt8(ascii: "!") {
                var end = i + 1
                while end < header.endIndex, !isBlank(header[end]), header[end] != UInt8(ascii: ">"), header[end] != UInt8(ascii: "/") { end += 1 }
                return end > i + 1 ? Array(header[(i + 1)..<end]) : nil
            }
            i += 1
        }
        return nil
    }

    /// Where the first `<row …>` at or after `from` that carries an `r` attribute begins, looking
    /// no further than 64 KB.
    static func numberedRow(in bytes: [UInt8], from: Int) -> Int? {
        var at = from
        let limit = min(bytes.count, from + 64 * 1024)
        while let tag = find(Array("<row".utf8), in: bytes, from: at, to: limit) {
            var i = tag + 4
            guard i < bytes.count, isBlank(bytes[i]) else { at = tag + 4; continue }
            // The tag's attributes: an `r` after white space, then `=`.
            while i < bytes.count, bytes[i] != UInt8(ascii: ">") {
                if isBlank(bytes[i - 1]), bytes[i] == UInt8(ascii: "r") {
                    var j = i + 1
                    while j < bytes.count, isBlank(bytes[j]) { j += 1 }
                    if j < bytes.count, bytes[j] == UInt8(ascii: "=") { return tag }
                }
                i += 1
            }
            at = tag + 4
        }
        return nil
    }

    /// XML's white space: space, tab, line feed, carriage return.
    static func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

    static func find(_ needle: [UInt8], in bytes: [UInt8], from: Int, to end: Int? = nil) -> Int? {
        let end = min(end ?? bytes.count, bytes.count)
        guard let first = needle.first, from + needle.count <= end else { return nil }
        var i = from
        while i + needle.count <= end {
            if bytes[i] == first, bytes[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }
}
