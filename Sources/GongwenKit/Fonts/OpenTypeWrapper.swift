/// An OpenType file (ISO/IEC 14496-22) around a bare CFF cut by `PlainCIDSubset`, for readers that find a
/// glyph from its character through the `cmap` (an OFD reader does; a PDF names glyphs itself and embeds
/// the bare CFF). The tables are the ones an OpenType CFF font needs: `CFF ` (the cut), `cmap` (format 4
/// for the BMP and format 12 for every character), `head`, `hhea`, `OS/2`, `name` (the face's own, copied),
/// `hmtx` (each kept glyph's advance, in its new order), `maxp` (version 0.5, the glyph count) and `post`
/// (version 3: no glyph names). HarfBuzz's hb-subset makes the same from the whole face in 5.6 ms on
/// FandolFang for one unit; this costs the copying.
enum OpenTypeWrapper {
    /// `tables` holds the face's `head`, `hhea`, `OS/2`, `name` and `post` as read; `advances` each new
    /// glyph's advance; `cmap` each character's new glyph. Nil when a needed table is missing or short.
    static func wrap(cff: [UInt8], advances: [Int], cmap: [(character: UInt32, glyph: UInt16)], tables: [String: [UInt8]]) -> [UInt8]? {
        guard var head = tables["head"], head.count >= 54, var hhea = tables["hhea"], hhea.count >= 36,
              let os2 = tables["OS/2"], !os2.isEmpty, let name = tables["name"], !name.isEmpty,
              var post = tables["post"], post.count >= 32, advances.count <= 0xFFFF else { return nil }
        let glyphCount = advances.count
        head.replaceSubrange(8..<12, with: [0, 0, 0, 0])                   // checkSumAdjustment, set below
        hhea.replaceSubrange(34..<36, with: be16(glyphCount))               // numberOfHMetrics
        post = Array(post.prefix(32))
        post.replaceSubrange(0..<4, with: [0, 3, 0, 0])                     // version 3.0: no names
        var hmtx: [UInt8] = []
        hmtx.reserveCapacity(4 * glyphCount)
        for advance in advances { hmtx += be16(max(0, min(0xFFFF, advance))) + [0, 0] }
        let maxp: [UInt8] = [0, 0, 0x50, 0] + be16(glyphCount)             // version 0.5
        let sorted = cmap.sorted { $0.character < $1.character }
        let entries: [(tag: String, data: [UInt8])] = [
            ("CFF ", cff), ("OS/2", os2), ("cmap", cmapTable(sorted)), ("head", head), ("hhea", hhea),
            ("hmtx", hmtx), ("maxp", maxp), ("name", name), ("post", post),
        ]
        // The table directory (§5.1: sorted by tag, each table 4-byte aligned) and the tables.
        let count = entries.count
        var power = 1, log = 0
        while power * 2 <= count { power *= 2; log += 1 }
        var out: [UInt8] = Array("OTTO".utf8) + be16(count) + be16(power * 16) + be16(log) + be16(count * 16 - power * 16)
        var offset = 12 + 16 * count
        var headAt = 0
        for entry in entries {
            if entry.tag == "head" { headAt = offset }
            out += Array(entry.tag.utf8) + be32(Int(checksum(entry.data))) + be32(offset) + be32(entry.data.count)
            offset += (entry.data.count + 3) & ~3
        }
        for entry in entries {
            out += entry.data
            out += [UInt8](repeating: 0, count: ((entry.data.count + 3) & ~3) - entry.data.count)
        }
        let adjustment = UInt32(0xB1B0_AFBA) &- checksum(out)
        out.replaceSubrange(headAt + 8..<headAt + 12, with: be32(Int(adjustment)))
        return out
    }

    /// `cmap` with a format 4 subtable (Windows, BMP; one segment a character) when the BMP characters
    /// fit one, and a format 12 subtable (Windows, full repertoire; one group a character).
    static func cmapTable(_ map: [(character: UInt32, glyph: UInt16)]) -> [UInt8] {
        let bmp = map.filter { $0.character < 0xFFFF }
        let segments = bmp.count + 1
        var format4: [UInt8]? = nil
        if 16 + 8 * segments <= 0xFFFF {
            var power = 1, log = 0
            while power * 2 <= segments { power *= 2; log += 1 }
            var table = be16(4) + be16(16 + 8 * segments) + be16(0) + be16(2 * segments) + be16(2 * power) + be16(log) + be16(2 * segments - 2 * power)
            for entry in bmp { table += be16(Int(entry.character)) }
            table += be16(0xFFFF) + be16(0)                                   // the last segment's end, reservedPad
            for entry in bmp { table += be16(Int(entry.character)) }
            table += be16(0xFFFF)
            for entry in bmp { table += be16(Int((UInt32(entry.glyph) &- entry.character) & 0xFFFF)) }
            table += be16(1)                                                  // 0xFFFF + 1 → glyph 0
            table += [UInt8](repeating: 0, count: 2 * segments)               // idRangeOffset
            format4 = table
        }
        var format12 = be16(12) + be16(0) + be32(16 + 12 * map.count) + be32(0) + be32(map.count)
        for entry in map { format12 += be32(Int(entry.character)) + be32(Int(entry.character)) + be32(Int(entry.glyph)) }
        let subtables = (format4.map { [(1, $0)] } ?? []) + [(10, format12)]
        var out = be16(0) + be16(subtables.count)
        var offset = 4 + 8 * subtables.count
        for (encoding, table) in subtables {
            out += be16(3) + be16(encoding) + be32(offset)
            offset += table.count
        }
        for (_, table) in subtables { out += table }
        return out
    }

    static func checksum(_ data: [UInt8]) -> UInt32 {
        var sum: UInt32 = 0
        var i = 0
        while i < data.count {
            var word: UInt32 = 0
            for k in 0..<4 { word = word << 8 | UInt32(i + k < data.count ? data[i + k] : 0) }
            sum = sum &+ word
            i += 4
        }
        return sum
    }

    static func be16(_ value: Int) -> [UInt8] { [UInt8(truncatingIfNeeded: value >> 8), UInt8(truncatingIfNeeded: value)] }
    static func be32(_ value: Int) -> [UInt8] { (0..<4).map { UInt8(truncatingIfNeeded: value >> (24 - 8 * $0)) } }
}
