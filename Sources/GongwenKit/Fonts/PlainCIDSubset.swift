import Synchronization

/// The bytes of a font table, kept in place while a subsetter reads them: a copy of its own, or a table
/// HarfBuzz holds (a blob of the memory-mapped font file, released with the last reference). Noto CJK's
/// `CFF ` table is 24 MB: read in place, only the pages of the glyphs and subroutines used are touched.
///
/// `@unchecked Sendable`: the bytes never change once made, and are freed only in `deinit`.
final class FontBytes: @unchecked Sendable {
    let buffer: UnsafeBufferPointer<UInt8>
    private let release: (() -> Void)?

    init(copying bytes: [UInt8]) {
        let copy = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(bytes.count, 1))
        _ = copy.initialize(from: bytes)
        buffer = UnsafeBufferPointer(rebasing: UnsafeBufferPointer(copy)[0..<bytes.count])
        release = nil
    }

    /// `bytes` stay valid until `release` is called, which `deinit` does.
    init(borrowing bytes: UnsafeRawBufferPointer, release: @escaping () -> Void) {
        buffer = bytes.bindMemory(to: UInt8.self)
        self.release = release
    }

    deinit {
        if let release { release() } else { UnsafeMutableBufferPointer(mutating: buffer).deallocate() }
    }
}

/// A subset cut by gongwen itself from a CID-keyed CFF (Adobe TN #5176): the Fandol faces, the body's and
/// the 楷体's stand-ins (10,365 glyphs, no subroutines), and Noto CJK, the stand-ins for 黑体, 小标宋 and
/// 宋体 (65,535 glyphs, global and local subroutines). The subset is plain: each glyph's charstring is
/// copied with every subroutine call replaced by the subroutine's body (and its hints left out), so it
/// stands alone, under a new charset (each CID its new glyph id), FDSelect and offsets. These are the outlines
/// HarfBuzz's subsetter gives, point for point, in a few hundred microseconds instead of the 11 ms
/// `hb_subset` takes on FandolFang for a unit's ~580 glyphs and the 4 ms it takes on Noto CJK for a
/// title's 20 (its plan reads the whole 65,535-glyph font each time). Any other CFF (name-keyed, CFF2,
/// a charstring that computes, a damaged one) returns nil and is subset by HarfBuzz.
///
/// The program is a bare CFF, as a PDF embeds it (`/FontFile3 /Subtype /CIDFontType0C`).
struct PlainCIDSubset: Sendable {
    /// The whole `CFF ` table.
    let table: FontBytes
    /// The Name INDEX, copied as it is.
    let names: Range<Int>
    /// The String INDEX a cut writes: the font's, with "Adobe" and "Identity" added when it lacks them;
    /// and their string ids, for the cut's ROS (Adobe-Identity-0: its CIDs are its own glyph ids, not
    /// the face's Adobe-GB1 or Adobe-Japan1 CIDs).
    let strings: [UInt8], identity: (registry: Int, ordering: Int)
    /// The Top DICT's entries other than the offsets a subset rewrites, byte for byte.
    let topEntries: [UInt8]
    /// Each glyph's charstring, found when asked (Noto CJK has 65,535; reading them all took 7 ms a
    /// process for a face whose title uses 20).
    let charStrings: LazyIndex
    /// Each glyph's Font DICT.
    let fds: [UInt8]
    /// Each Font DICT's entries other than Private, its Private DICT's entries other than Subrs, and its
    /// local subroutines.
    let fontDicts: [(entries: [UInt8], privateDict: [UInt8], subroutines: [Range<Int>])]
    /// The global subroutines.
    let globalSubroutines: [Range<Int>]
    /// Whether the font has any subroutines, global or local.
    var hasSubroutines: Bool { !globalSubroutines.isEmpty || fontDicts.contains { !$0.subroutines.isEmpty } }
    /// Each glyph's charstring as a subset holds it (subroutines inlined, hints left out), made the first
    /// time a document asks for the glyph and kept for the next: `programs` one after the other, and
    /// where each lies in it.
    private let prepared: Prepared

    final class Prepared: Sendable {
        let state = Mutex<(programs: [UInt8], at: [UInt32: Range<Int>])>(([], [:]))
    }

    struct Unusable: Error {}

    /// The subroutines may nest 10 deep (TN #5177, Appendix B); a charstring is at most 65,535 bytes.
    static let nesting = 10, longestCharString = 65_535
    /// The most operands and operators one glyph's flattening reads (Noto CJK's glyphs read a few
    /// hundred).
    static let mostSteps = 1 << 20

    /// Nil when the table is not a CID-keyed CFF, or cannot be read.
    init?(cff: [UInt8]) {
        self.init(table: FontBytes(copying: cff))
    }

    /// The same from the table's bytes in place.
    init?(table: FontBytes) {
        do { self = try Self.parse(table) } catch { return nil }
    }

    private init(table: FontBytes, names: Range<Int>, strings: [UInt8], identity: (registry: Int, ordering: Int), topEntries: [UInt8], charStrings: LazyIndex,
                 fds: [UInt8], fontDicts: [(entries: [UInt8], privateDict: [UInt8], subroutines: [Range<Int>])],
                 globalSubroutines: [Range<Int>]) {
        self.table = table; self.names = names; self.strings = strings; self.identity = identity; self.topEntries = topEntries
        self.charStrings = charStrings; self.fds = fds; self.fontDicts = fontDicts
        self.globalSubroutines = globalSubroutines
        prepared = Prepared()
    }

    // MARK: Reading

    private static func parse(_ table: FontBytes) throws -> PlainCIDSubset {
        let cff = table.buffer
        let r = CFFReader(bytes: cff)
        guard try r.u8(0) == 1 else { throw Unusable() }
        let names = try r.u8(2)..<r.indexEnd(at: r.u8(2))
        let topItems = try r.index(at: names.upperBound)
        guard topItems.items.count == 1 else { throw Unusable() }
        let stringItems = try r.index(at: topItems.end)
        let globalSubroutines = try r.index(at: stringItems.end).items
        // Custom strings are numbered from 391, after the standard strings (TN #5176, Appendix A).
        var items = stringItems.items.map { Array(cff[$0]) }
        func sid(_ text: String) -> Int {
            if let at = items.firstIndex(of: Array(text.utf8)) { return 391 + at }
            items.append(Array(text.utf8))
            return 390 + items.count
        }
        let identity = (registry: sid("Adobe"), ordering: sid("Identity"))
        guard items.count <= 0xFFFF else { throw Unusable() }
        var strings: [UInt8] = []
        Self.appendIndex(items.map { $0[...] }, to: &strings)
        let top = try r.dict(topItems.items[0])
        // charset, Encoding (none in a CID font), CharStrings, Private, ROS, FDArray, FDSelect
        let rewritten: Set<Int> = [15, 16, 17, 18, 1230, 1236, 1237]
        guard top.contains(where: { $0.op == 1230 }),                                    // ROS: CID-keyed
              top.allSatisfy({ $0.op != 1206 || $0.operands == [2] }),                   // Type 2 charstrings
              let charsetAt = top.first(where: { $0.op == 15 })?.operands.first, charsetAt > 2,   // 0–2: predefined, not for CID fonts
              let charStringsAt = top.first(where: { $0.op == 17 })?.operands.first,
              let fdArrayAt = top.first(where: { $0.op == 1236 })?.operands.first,
              let fdSelectAt = top.first(where: { $0.op == 1237 })?.operands.first else { throw Unusable() }
        let topEntries = top.filter { !rewritten.contains($0.op) }.flatMap { Array(cff[$0.bytes]) }
        let charStrings = try r.lazyIndex(at: charStringsAt)
        let count = charStrings.count
        guard count > 0 else { throw Unusable() }
        _ = try r.charset(at: charsetAt, count: count)   // read, so that a damaged one turns the face down; a cut numbers its CIDs anew
        // Font DICTs, each with a Private DICT, which may name local subroutines (19 = Subrs, an offset
        // from the Private DICT's start).
        var fontDicts: [(entries: [UInt8], privateDict: [UInt8], subroutines: [Range<Int>])] = []
        for item in try r.index(at: fdArrayAt).items {
            let dict = try r.dict(item)
            guard let privateEntry = dict.first(where: { $0.op == 18 }), privateEntry.operands.count == 2,
                  privateEntry.operands[0] >= 0, privateEntry.operands[1] >= 0,
                  privateEntry.operands[1] <= cff.count - privateEntry.operands[0] else { throw Unusable() }
            let privateDict = privateEntry.operands[1]..<(privateEntry.operands[1] + privateEntry.operands[0])
            let privateEntries = try r.dict(privateDict)
            var subroutines: [Range<Int>] = []
            if let subrs = privateEntries.last(where: { $0.op == 19 })?.operands.first {
                guard subrs > 0, subrs <= cff.count - privateDict.lowerBound else { throw Unusable() }
                subroutines = try r.index(at: privateDict.lowerBound + subrs).items
            }
            fontDicts.append((dict.filter { $0.op != 18 }.flatMap { Array(cff[$0.bytes]) },
                              privateEntries.filter { $0.op != 19 }.flatMap { Array(cff[$0.bytes]) }, subroutines))
        }
        guard !fontDicts.isEmpty, fontDicts.count <= 255 else { throw Unusable() }
        // FDSelect (formats 0 and 3): each glyph's Font DICT.
        var fds = [UInt8](repeating: 0, count: count)
        switch try r.u8(fdSelectAt) {
        case 0:
            for g in 0..<count { fds[g] = UInt8(try r.u8(fdSelectAt + 1 + g)) }
        case 3:
            let ranges = try r.u16(fdSelectAt + 1)
            guard ranges > 0, try r.u16(fdSelectAt + 3) == 0 else { throw Unusable() }   // the first range starts at glyph 0
            for i in 0..<ranges {
                let first = try r.u16(fdSelectAt + 3 + 3 * i), fd = try r.u8(fdSelectAt + 5 + 3 * i)
                let end = i + 1 < ranges ? try r.u16(fdSelectAt + 6 + 3 * i) : try r.u16(fdSelectAt + 3 + 3 * ranges)
                guard first <= end, end <= count else { throw Unusable() }
                for g in first..<end { fds[g] = UInt8(fd) }
            }
        default: throw Unusable()
        }
        guard fds.allSatisfy({ Int($0) < fontDicts.count }) else { throw Unusable() }
        return PlainCIDSubset(table: table, names: names, strings: strings, identity: identity, topEntries: topEntries, charStrings: charStrings,
                              fds: fds, fontDicts: fontDicts, globalSubroutines: globalSubroutines)
    }

    // MARK: Writing

    /// The CFF of `glyphs` (and .notdef) with the Font DICTs they use; and each glyph's new id. The
    /// glyphs are numbered by `keys` (a glyph's character: ideographs in Unicode's radical and stroke
    /// order, so that glyphs drawing the same radical stand near each other and deflate shares their
    /// strokes, 1.1 KB a unit of the bench's), then by their old ids; a glyph without a key comes after
    /// those with one. Each glyph's CID is its new id (a charset of one range, ROS Adobe-Identity-0):
    /// the codes a PDF draws them by (Identity-H: the CID) are then small and consecutive, so its /W,
    /// its ToUnicode CMap and its page contents are shorter and deflate better than with the face's
    /// own CIDs.
    /// Nil when a glyph is not in the font or its charstring is not one this cut understands.
    func subset(_ glyphs: Set<UInt32>, keys: [UInt32: UInt32] = [:]) -> (program: [UInt8], ids: [UInt32: UInt32])? {
        // Each glyph as its key and id in one number, sorted as numbers (a comparison that looked the keys
        // up was 2 % of a document).
        let kept = [0] + glyphs.subtracting([0]).map { UInt64(keys[$0] ?? .max) << 32 | UInt64($0) }.sorted().map { UInt32(truncatingIfNeeded: $0) }
        guard Int(glyphs.max() ?? 0) < charStrings.count else { return nil }
        var ids: [UInt32: UInt32] = [:]
        for (new, old) in kept.enumerated() { ids[old] = UInt32(new) }
        let n = kept.count
        // The Font DICTs the glyphs use, in their order, and each one's new index.
        var usedDicts = [Int](repeating: -1, count: fontDicts.count)
        for old in kept { usedDicts[Int(fds[Int(old)])] = 0 }
        var dictOrder: [Int] = []
        for fd in usedDicts.indices where usedDicts[fd] == 0 { usedDicts[fd] = dictOrder.count; dictOrder.append(fd) }

        // The glyphs' charstrings as a subset holds them, one after the other, and where each ends.
        guard let (programs, ends) = programs(kept) else { return nil }

        // The Top DICT's offsets are written as 5-byte integers, so its size is known before they are.
        let ros = Self.int(identity.registry) + Self.int(identity.ordering) + [139, 12, 30]   // Adobe, Identity, supplement 0
        let topSize = ros.count + topEntries.count + 4 * 5 + 4 * 1 + 2   // charset, CharStrings (1 byte each); FDArray, FDSelect (2)
        let head = 4 + names.count + Self.indexSize([topSize]) + strings.count + 2
        let charsetAt = head
        let fdSelectAt = charsetAt + (n > 1 ? 5 : 1)
        let charStringsAt = fdSelectAt + 1 + n
        // The CharStrings INDEX's offsets in as few bytes as hold the last (a unit's ~330 KB: 3).
        let offSize = programs.count + 1 < 1 << 16 ? 2 : programs.count + 1 < 1 << 24 ? 3 : 4
        let charStringsSize = 2 + 1 + offSize * (n + 1) + programs.count
        let fdArrayAt = charStringsAt + charStringsSize
        let fontDictSizes = dictOrder.map { fontDicts[$0].entries.count + 5 + 5 + 1 }
        var privateAt = fdArrayAt + Self.indexSize(fontDictSizes)

        let cff = table.buffer
        var out: [UInt8] = [1, 0, 4, 4]
        out.reserveCapacity(privateAt + dictOrder.reduce(0) { $0 + fontDicts[$1].privateDict.count })
        out += cff[names]
        // ROS first: a CIDFont's Top DICT begins with it (TN #5176).
        var top = ros + topEntries
        top += Self.int(charsetAt) + [15] + Self.int(charStringsAt) + [17] + Self.int(fdArrayAt) + [12, 36] + Self.int(fdSelectAt) + [12, 37]
        Self.appendIndex([top[...]], to: &out)
        out += strings
        out += [0, 0]                                                      // no global subroutines
        if n > 1 {
            out += [2, 0, 1, UInt8((n - 2) >> 8), UInt8((n - 2) & 0xFF)]   // charset format 2: CIDs 1…n−1 for glyphs 1…n−1
        } else {
            out.append(0)                                                  // charset format 0, no glyph but .notdef
        }
        out.append(0)                                                      // FDSelect format 0
        for old in kept { out.append(UInt8(usedDicts[Int(fds[Int(old)])])) }
        out += [UInt8(n >> 8), UInt8(n & 0xFF), UInt8(offSize)]
        for end in [0] + ends {
            for shift in stride(from: 8 * (offSize - 1), through: 0, by: -8) { out.append(UInt8((end + 1) >> shift & 0xFF)) }
        }
        out += programs
        var dicts: [ArraySlice<UInt8>] = []
        for fd in dictOrder {
            dicts.append((fontDicts[fd].entries + Self.int(fontDicts[fd].privateDict.count) + Self.int(privateAt) + [18])[...])
            privateAt += fontDicts[fd].privateDict.count
        }
        Self.appendIndex(dicts, to: &out)
        for fd in dictOrder { out += fontDicts[fd].privateDict }
        return (out, ids)
    }

    /// The charstrings of `glyphs` as a subset holds them, one after the other, and where each ends;
    /// nil when one cannot be made. Each is made once per face and kept (`prepared`).
    func programs(_ glyphs: [UInt32]) -> (programs: [UInt8], ends: [Int])? {
        prepared.state.withLock { prepared -> (programs: [UInt8], ends: [Int])? in
            var flat: [UInt8] = []
            for glyph in glyphs where prepared.at[glyph] == nil {
                guard let range = charStrings.item(Int(glyph), in: table.buffer) else { return nil }
                let mark = prepared.programs.count
                // A font without subroutines has its charstrings copied without their hints as they
                // are; any other, or a charstring that copy does not expect (a call into subroutines
                // the font lacks, truncation), is flattened first, and turned down if it cannot be.
                if hasSubroutines || !Self.appendWithoutHints(table.buffer, range, to: &prepared.programs) {
                    prepared.programs.removeSubrange(mark...)
                    flat.removeAll(keepingCapacity: true)
                    guard flatten(glyph, into: &flat) else { return nil }
                    if !flat.withUnsafeBufferPointer({ Self.appendWithoutHints($0, 0..<$0.count, to: &prepared.programs) }) {
                        prepared.programs.removeSubrange(mark...)
                        prepared.programs += flat
                    }
                }
                prepared.at[glyph] = mark..<prepared.programs.count
            }
            var programs: [UInt8] = [], ends: [Int] = []
            programs.reserveCapacity(glyphs.reduce(0) { $0 + (prepared.at[$1]?.count ?? 0) })
            ends.reserveCapacity(glyphs.count)
            prepared.programs.withUnsafeBufferPointer { all in
                for glyph in glyphs {
                    if let range = prepared.at[glyph] { programs.append(contentsOf: UnsafeBufferPointer(rebasing: all[range])) }
                    ends.append(programs.count)
                }
            }
            return (programs, ends)
        }
    }

    /// The subroutine number bias (TN #5177, §4.7): 107, 1131 or 32768 by the count of subroutines.
    static func bias(_ count: Int) -> Int { count < 1240 ? 107 : count < 33900 ? 1131 : 32768 }

    /// `glyph`'s charstring with each subroutine call (callsubr, callgsubr and the number before it)
    /// replaced by the subroutine's body without its `return`, appended to `out`: a charstring that
    /// stands alone, drawing the same outline, hints included (`appendWithoutHints` then drops them).
    /// False for anything it does not expect: more than `limit` operands and operators read, an operator
    /// that computes (the arithmetic and storage operators of TN #5177 §4.4–4.6, which no font gongwen uses has; a computed subroutine number could
    /// not be inlined), a subroutine number out of range, nesting deeper than 10, a charstring without
    /// `endchar` or longer than 65,535 bytes, truncation.
    func flatten(_ glyph: UInt32, into out: inout [UInt8], limit: Int = mostSteps) -> Bool {
        let cs = table.buffer
        let local = fontDicts[Int(fds[Int(glyph)])].subroutines
        // The operands on the stack, the last one's value (nil when it is not an integer) and where it
        // starts in `out`; the stems declared so far (a hintmask has a bit for each).
        var stack = 0, lastValue: Int?, lastStart = 0, stems = 0
        // Every operand and operator read counts, through every subroutine: a subroutine of 20,000 calls
        // to one that calls 20,000 more (each only `return`) writes nothing, so the output's limit
        // alone would not stop it.
        var steps = 0
        enum Outcome { case returned, ended, failed }
        func run(_ range: Range<Int>, depth: Int) -> Outcome {
            var i = range.lowerBound
            while i < range.upperBound {
                steps += 1
                guard out.count <= Self.longestCharString, steps <= limit else { return .failed }
                let b = cs[i]
                let size = Self.operandSize(b)
                if size > 0 {
                    guard i + size <= range.upperBound else { return .failed }
                    switch b {
                    case 28: lastValue = Int(Int16(bitPattern: UInt16(cs[i + 1]) << 8 | UInt16(cs[i + 2])))
                    case 32...246: lastValue = Int(b) - 139
                    case 247...250: lastValue = (Int(b) - 247) * 256 + Int(cs[i + 1]) + 108
                    case 251...254: lastValue = -(Int(b) - 251) * 256 - Int(cs[i + 1]) - 108
                    default: lastValue = nil                                  // 16.16 fixed
                    }
                    lastStart = out.count
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: cs[i..<(i + size)]))
                    stack += 1
                    i += size
                    continue
                }
                switch b {
                case 10, 29:                                                  // callsubr, callgsubr
                    let subroutines = b == 10 ? local : globalSubroutines
                    guard stack > 0, let number = lastValue, depth < Self.nesting else { return .failed }
                    let index = number + Self.bias(subroutines.count)
                    guard subroutines.indices.contains(index) else { return .failed }
                    out.removeSubrange(lastStart...)
                    stack -= 1
                    lastValue = nil
                    switch run(subroutines[index], depth: depth + 1) {
                    case .returned: i += 1
                    case .ended: return .ended
                    case .failed: return .failed
                    }
                case 11:                                                      // return
                    return depth > 0 ? .returned : .failed
                case 14:                                                      // endchar
                    out.append(b)
                    return .ended
                case 1, 3, 18, 23:                                            // hstem, vstem, hstemhm, vstemhm
                    stems += stack / 2
                    out.append(b)
                    stack = 0
                    i += 1
                case 19, 20:                                                  // hintmask, cntrmask: a bit a stem, in whole bytes
                    stems += stack / 2
                    let end = i + 1 + (stems + 7) / 8
                    guard end <= range.upperBound else { return .failed }
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: cs[i..<end]))
                    stack = 0
                    i = end
                case 4, 5, 6, 7, 8, 21, 22, 24, 25, 26, 27, 30, 31:          // path operators
                    out.append(b)
                    stack = 0
                    i += 1
                case 12:                                                      // escape: only flex, hflex, hflex1, flex1
                    guard i + 1 < range.upperBound, (34...37).contains(cs[i + 1]) else { return .failed }
                    out += [12, cs[i + 1]]
                    stack = 0
                    i += 2
                default:
                    return .failed
                }
                lastValue = nil
            }
            return depth > 0 ? .returned : .failed                            // a glyph ends with endchar
        }
        guard let range = charStrings.item(Int(glyph), in: cs) else { return false }
        return run(range, depth: 0) == .ended && out.count <= Self.longestCharString
    }

    /// A Type 2 charstring (Adobe TN #5177) without its hints (hstem, vstem, hstemhm, vstemhm, hintmask,
    /// cntrmask and their operands), as HarfBuzz's subsetter leaves them out (`HB_SUBSET_FLAGS_NO_HINTING`):
    /// a PDF is printed or shown scaled, where hints do not help, and they are 4 % of FandolFang's subset.
    /// A width given on a dropped hint goes before the next operator's operands, where it would stand
    /// without the hints. Appended to `out`; false for what it does not expect (subroutine calls,
    /// truncation), which the caller then copies as it is.
    static func appendWithoutHints(_ cs: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, to out: inout [UInt8]) -> Bool {
        // The operands since the last operator lie together, from `operands` to `i`; the first ends at `firstEnd`.
        var operands = range.lowerBound, count = 0, firstEnd = range.lowerBound
        var width: Range<Int>?
        var stems = 0, first = true
        var i = range.lowerBound
        func copy(_ r: Range<Int>) { out.append(contentsOf: UnsafeBufferPointer(rebasing: cs[r])) }
        while i < range.upperBound {
            let b = cs[i]
            let size = operandSize(b)
            if size > 0 {
                guard i + size <= range.upperBound else { return false }
                i += size
                if count == 0 { firstEnd = i }
                count += 1
                continue
            }
            let escaped = b == 12
            guard !escaped || i + 1 < range.upperBound else { return false }
            let op = escaped ? 1200 + Int(cs[i + 1]) : Int(b)
            let length = escaped ? 2 : 1
            switch op {
            case 10, 29: return false                     // callsubr, callgsubr: not in a font without subroutines
            case 1, 3, 18, 23, 19, 20:                    // hints: dropped
                var arguments = count
                if first, count % 2 == 1 { width = operands..<firstEnd; arguments -= 1 }
                stems += arguments / 2
                first = false
                i += length
                if op == 19 || op == 20 {                 // hintmask, cntrmask: one bit a stem, in whole bytes
                    i += (stems + 7) / 8
                    guard i <= range.upperBound else { return false }
                }
            default:
                if let w = width { copy(w); width = nil }
                copy(operands..<(i + length))
                if op == 21 || op == 22 || op == 4 || op == 14 { first = false }   // rmoveto, hmoveto, vmoveto, endchar
                i += length
            }
            operands = i
            count = 0
        }
        return count == 0 && width == nil
    }

    /// The length of the Type 2 charstring operand that starts with `b` (TN #5177, §3.2): 1, 2, 3 or 5
    /// bytes; 0 when `b` is an operator.
    static func operandSize(_ b: UInt8) -> Int {
        switch b {
        case 28: return 3
        case 32...246: return 1
        case 247...254: return 2
        case 255: return 5
        default: return 0
        }
    }

    /// A DICT integer operand in its 5-byte form (29 and a 32-bit big-endian value).
    static func int(_ value: Int) -> [UInt8] {
        [29, UInt8(truncatingIfNeeded: value >> 24), UInt8(truncatingIfNeeded: value >> 16), UInt8(truncatingIfNeeded: value >> 8), UInt8(truncatingIfNeeded: value)]
    }

    /// The size of an INDEX of items of `sizes`, written with 4-byte offsets.
    static func indexSize(_ sizes: [Int]) -> Int { 2 + 1 + 4 * (sizes.count + 1) + sizes.reduce(0, +) }

    static func appendIndex(_ items: [ArraySlice<UInt8>], to out: inout [UInt8]) {
        out += [UInt8(items.count >> 8), UInt8(items.count & 0xFF), 4]
        var offset = 1
        func put(_ value: Int) { out += [UInt8(value >> 24 & 0xFF), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)] }
        put(offset)
        for item in items { offset += item.count; put(offset) }
        for item in items { out += item }
    }
}

struct CFFMalformed: Error { let message: String }

/// An INDEX (Adobe TN #5176, §5) read in place: its count, where its offsets and data lie; an item's
/// bounds are read when asked, and checked then.
struct LazyIndex: Sendable {
    let count: Int
    /// The size of an offset (1–4), where the offsets start, and the byte before the data (offsets count from 1).
    let offSize: Int, offsetsAt: Int, dataBase: Int

    /// Item `i`'s bytes, nil when `i` is out of range or its offsets are out of order or out of bounds.
    func item(_ i: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        guard i >= 0, i < count, offsetsAt + (i + 2) * offSize <= bytes.count else { return nil }
        func offset(_ j: Int) -> Int {
            var value = 0
            for k in 0..<offSize { value = value << 8 | Int(bytes[offsetsAt + j * offSize + k]) }
            return value
        }
        let start = offset(i), end = offset(i + 1)
        guard start >= 1, end >= start, dataBase + end <= bytes.count else { return nil }
        return (dataBase + start)..<(dataBase + end)
    }
}

/// Reads font data: big-endian integers, and a CFF table's (Adobe TN #5176) INDEXes, DICTs and charset,
/// every offset checked. Shared by `PlainCIDSubset` and the PDF writer, which reads the table directory
/// and the CIDs of the faces it embeds.
struct CFFReader<Bytes: RandomAccessCollection> where Bytes.Element == UInt8, Bytes.Index == Int {
    typealias Malformed = CFFMalformed

    let bytes: Bytes

    func u8(_ at: Int) throws -> Int {
        guard at >= 0, at < bytes.count else { throw Malformed(message: "truncated at byte \(at)") }
        return Int(bytes[at])
    }
    func u16(_ at: Int) throws -> Int { try u8(at) << 8 | u8(at + 1) }
    func offset(_ at: Int, size: Int) throws -> Int {
        var value = 0
        for i in 0..<size { value = value << 8 | (try u8(at + i)) }
        return value
    }

    /// The items of the INDEX at `at`, and where it ends.
    func index(at: Int) throws -> (items: [Range<Int>], end: Int) {
        let count = try u16(at)
        if count == 0 { return ([], at + 2) }
        let size = try u8(at + 2)
        guard (1...4).contains(size) else { throw Malformed(message: "malformed CFF") }
        let data = at + 3 + (count + 1) * size - 1
        var items: [Range<Int>] = []
        items.reserveCapacity(count)
        var previous = try offset(at + 3, size: size)
        for i in 1...count {
            let next = try offset(at + 3 + i * size, size: size)
            guard previous >= 1, next >= previous, data + next <= bytes.count else { throw Malformed(message: "malformed CFF") }
            items.append((data + previous)..<(data + next))
            previous = next
        }
        return (items, data + previous)
    }

    func indexEnd(at: Int) throws -> Int { try index(at: at).end }

    /// The INDEX at `at`, its items' bounds left to be read when asked (`LazyIndex.item`); its offsets
    /// table and its last offset are checked here.
    func lazyIndex(at: Int) throws -> LazyIndex {
        let count = try u16(at)
        guard count > 0 else { return LazyIndex(count: 0, offSize: 1, offsetsAt: at + 2, dataBase: at + 2) }
        let size = try u8(at + 2)
        guard (1...4).contains(size) else { throw Malformed(message: "malformed CFF") }
        let data = at + 3 + (count + 1) * size - 1
        let last = try offset(at + 3 + count * size, size: size)
        guard last >= 1, data + last <= bytes.count else { throw Malformed(message: "malformed CFF") }
        return LazyIndex(count: count, offSize: size, offsetsAt: at + 3, dataBase: data)
    }

    /// A DICT's entries: operator (two-byte ones as 1200 + the second byte), integer operands (a
    /// real number counts as 0: no offset is one), and the entry's bytes, operands included.
    func dict(_ range: Range<Int>) throws -> [(op: Int, operands: [Int], bytes: Range<Int>)] {
        var entries: [(op: Int, operands: [Int], bytes: Range<Int>)] = []
        var operands: [Int] = []
        var start = range.lowerBound, at = range.lowerBound
        while at < range.upperBound {
            let b0 = try u8(at)
            switch b0 {
            case 12:
                entries.append((1200 + (try u8(at + 1)), operands, start..<(at + 2))); at += 2; operands = []; start = at
            case 0...21:
                entries.append((b0, operands, start..<(at + 1))); at += 1; operands = []; start = at
            case 28:
                operands.append(Int(Int16(truncatingIfNeeded: try u16(at + 1)))); at += 3
            case 29:
                operands.append(Int(Int32(truncatingIfNeeded: try u16(at + 1) << 16 | u16(at + 3)))); at += 5
            case 30:
                at += 1
                while true {
                    let byte = try u8(at)
                    at += 1
                    if byte >> 4 == 0xF || byte & 0xF == 0xF { break }
                }
                operands.append(0)
            case 32...246: operands.append(b0 - 139); at += 1
            case 247...250: operands.append((b0 - 247) * 256 + (try u8(at + 1)) + 108); at += 2
            case 251...254: operands.append(-(b0 - 251) * 256 - (try u8(at + 1)) - 108); at += 2
            default: throw Malformed(message: "malformed CFF")
            }
        }
        guard at == range.upperBound else { throw Malformed(message: "malformed CFF") }
        return entries
    }

    /// Each glyph's CID from the charset at `at` (formats 0, 1, 2), for `count` glyphs; glyph 0 is
    /// .notdef, CID 0.
    func charset(at: Int, count: Int) throws -> [UInt16] {
        var cids = [UInt16](repeating: 0, count: count)
        var at = at + 1, glyph = 1
        switch try u8(at - 1) {
        case 0:
            while glyph < count { cids[glyph] = UInt16(try u16(at)); at += 2; glyph += 1 }
        case let format where format == 1 || format == 2:
            while glyph < count {
                let first = try u16(at), left = format == 1 ? try u8(at + 2) : try u16(at + 2)
                at += format == 1 ? 3 : 4
                for step in 0...left where glyph < count {
                    guard first + step <= 0xFFFF else { throw Malformed(message: "CID beyond 65535 in charset") }
                    cids[glyph] = UInt16(first + step)
                    glyph += 1
                }
            }
        case let format: throw Malformed(message: "unknown charset format \(format)")
        }
        return cids
    }
}
