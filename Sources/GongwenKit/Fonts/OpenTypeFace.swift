import CHarfBuzz
import Foundation
import Synchronization

/// A font file opened with HarfBuzz: which glyph draws a character, its advance, the face's metrics,
/// and a subset of the glyphs a document uses, for embedding. HarfBuzz's own OpenType functions read
/// the `cmap`, `hmtx`, `OS/2` and `hhea` tables, so FreeType is not needed for what the grid layout
/// asks of a face (advances and metrics; no hinting, no rasterising).
///
/// `@unchecked Sendable`: it holds HarfBuzz handles (an `hb_face_t` and an `hb_font_t`), made
/// immutable once created; HarfBuzz documents lookups on immutable objects as thread-safe.
public final class OpenTypeFace: @unchecked Sendable {
    let face: OpaquePointer
    let font: OpaquePointer
    public let path: String
    public let unitsPerEm: Int
    public let postScriptName: String
    /// CFF outlines (an .otf) rather than TrueType ones.
    public let isCFF: Bool
    public let ascent: Int
    public let descent: Int
    public let capHeight: Int
    public let bbox: (Int, Int, Int, Int)
    /// The face's CFF when gongwen cuts its subsets itself (CID-keyed: the Fandol and Noto CJK faces).
    let plainCID: PlainCIDSubset?
    /// For such a face, the tables an OpenType file around its cut copies (`OpenTypeWrapper`).
    let wrapperTables: [String: [UInt8]]
    /// HarfBuzz's last subsets of this face (one `PlainCIDSubset` does not cut: Liberation Serif's
    /// TrueType digits), for the documents after: a batch of units from one template sets the same
    /// digits and page numbers. The same glyphs give the same bytes either way.
    private let recentSubsets = Mutex<[(key: [UInt32], subset: (program: [UInt8], ids: [UInt32: UInt32]))]>([])
    static let recentSubsetsKept = 16

    public enum Failure: Error, CustomStringConvertible {
        case unreadable(String)
        case subset(String)
        public var description: String {
            switch self {
            case .unreadable(let path): return "cannot read the font file \(path)"
            case .subset(let name): return "HarfBuzz could not subset \(name)"
            }
        }
    }

    static func tag(_ s: StaticString) -> UInt32 {
        s.withUTF8Buffer { b in b.reduce(0) { $0 << 8 | UInt32($1) } }
    }

    public init(path: String, index: UInt32 = 0) throws {
        guard let blob = hb_blob_create_from_file_or_fail(path) else { throw Failure.unreadable(path) }
        defer { hb_blob_destroy(blob) }
        guard let face = hb_face_create(blob, index), hb_face_get_glyph_count(face) > 0 else { throw Failure.unreadable(path) }
        hb_face_make_immutable(face)
        guard let font = hb_font_create(face) else { hb_face_destroy(face); throw Failure.unreadable(path) }
        hb_font_make_immutable(font)
        self.face = face
        self.font = font
        self.path = path
        unitsPerEm = Int(hb_face_get_upem(face))
        var length: UInt32 = 256
        var name = [CChar](repeating: 0, count: 256)
        _ = hb_ot_name_get_utf8(face, hb_ot_name_id_t(HB_OT_NAME_ID_POSTSCRIPT_NAME), hb_language_get_default(), &length, &name)
        let read = String(cString: name)
        postScriptName = read.isEmpty ? URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent : read
        let cff = hb_face_reference_table(face, Self.tag("CFF "))
        var cffLength: UInt32 = 0
        let cffData = hb_blob_get_data(cff, &cffLength)
        isCFF = cffLength > 0
        if let cffData, cffLength > 0 {
            // The table is read where HarfBuzz holds it; the reference is given up with the bytes.
            plainCID = PlainCIDSubset(table: FontBytes(borrowing: UnsafeRawBufferPointer(start: cffData, count: Int(cffLength)),
                                                       release: { hb_blob_destroy(cff) }))
        } else {
            plainCID = nil
            hb_blob_destroy(cff)
        }
        var tables: [String: [UInt8]] = [:]
        if plainCID != nil {
            for tag: StaticString in ["head", "hhea", "OS/2", "name", "post"] {
                let blob = hb_face_reference_table(face, Self.tag(tag))
                var length: UInt32 = 0
                if let data = hb_blob_get_data(blob, &length), length > 0 {
                    tables[tag.description] = Array(UnsafeRawBufferPointer(start: data, count: Int(length)))
                }
                hb_blob_destroy(blob)
            }
        }
        wrapperTables = tables
        func metric(_ tag: hb_ot_metrics_tag_t, _ fallback: Int) -> Int {
            var value: hb_position_t = 0
            return hb_ot_metrics_get_position(font, tag, &value) != 0 ? Int(value) : fallback
        }
        ascent = metric(HB_OT_METRICS_TAG_HORIZONTAL_ASCENDER, unitsPerEm * 88 / 100)
        descent = metric(HB_OT_METRICS_TAG_HORIZONTAL_DESCENDER, -unitsPerEm * 12 / 100)
        capHeight = metric(HB_OT_METRICS_TAG_CAP_HEIGHT, unitsPerEm * 7 / 10)
        // The `head` table's xMin, yMin, xMax, yMax (big-endian int16 at bytes 36–43).
        let head = hb_face_reference_table(face, Self.tag("head"))
        defer { hb_blob_destroy(head) }
        var headLength: UInt32 = 0
        if let data = hb_blob_get_data(head, &headLength), headLength >= 44 {
            let bytes = UnsafeRawPointer(data).assumingMemoryBound(to: UInt8.self)
            func int16(_ at: Int) -> Int { Int(Int16(bitPattern: UInt16(bytes[at]) << 8 | UInt16(bytes[at + 1]))) }
            bbox = (int16(36), int16(38), int16(40), int16(42))
        } else {
            bbox = (0, descent, unitsPerEm, ascent)
        }
    }

    deinit {
        hb_font_destroy(font)
        hb_face_destroy(face)
    }

    /// The glyph that draws `scalar`, nil when the face has none.
    public func glyph(_ scalar: Unicode.Scalar) -> UInt32? {
        var glyph: hb_codepoint_t = 0
        return hb_font_get_nominal_glyph(font, scalar.value, &glyph) != 0 ? glyph : nil
    }

    /// A glyph's advance in font units.
    public func advance(_ glyph: UInt32) -> Int {
        Int(hb_font_get_glyph_h_advance(font, glyph))
    }

    /// The program a PDF embeds for `glyphs`: for a CID-keyed CFF a bare CFF cut by `PlainCIDSubset`
    /// (the same outlines, 40 times faster than HarfBuzz on FandolFang), else `subset`'s OpenType file;
    /// and each glyph's id in it.
    public func pdfSubset(_ glyphs: Set<UInt32>, characters: Set<Unicode.Scalar> = []) throws -> (program: [UInt8], ids: [UInt32: UInt32]) {
        if let plainCID, let cut = plainCID.subset(glyphs, keys: characterKeys(glyphs, characters)) { return cut }
        let key = glyphs.sorted() + [UInt32.max] + characters.map(\.value).sorted()
        if let known = recentSubsets.withLock({ $0.first { $0.key == key }?.subset }) { return known }
        let made = try subset(glyphs, characters: characters)
        recentSubsets.withLock { recent in
            recent.removeAll { $0.key == key }
            recent.append((key, made))
            if recent.count > Self.recentSubsetsKept { recent.removeFirst() }
        }
        return made
    }

    /// Each of `glyphs` that draws one of `characters`: the least such character's scalar value (the
    /// order `PlainCIDSubset` numbers a cut's glyphs in).
    func characterKeys(_ glyphs: Set<UInt32>, _ characters: Set<Unicode.Scalar>) -> [UInt32: UInt32] {
        var keys: [UInt32: UInt32] = [:]
        for scalar in characters {
            if let glyph = glyph(scalar), glyphs.contains(glyph) { keys[glyph] = min(keys[glyph] ?? .max, scalar.value) }
        }
        return keys
    }

    /// The program an OFD embeds for `glyphs`: an OpenType file whose `cmap` maps `characters` (an OFD
    /// reader finds glyphs through it). For a CID-keyed CFF, `PlainCIDSubset`'s cut
    /// in an OpenType file of its own (`OpenTypeWrapper`), else HarfBuzz's subset as the PDF embeds it.
    public func ofdSubset(_ glyphs: Set<UInt32>, characters: Set<Unicode.Scalar>) throws -> (program: [UInt8], ids: [UInt32: UInt32]) {
        if let plainCID, let cut = plainCID.subset(glyphs, keys: characterKeys(glyphs, characters)) {
            var advances = [Int](repeating: 0, count: cut.ids.count)
            for (old, new) in cut.ids where Int(new) < advances.count { advances[Int(new)] = advance(old) }
            var cmap: [(character: UInt32, glyph: UInt16)] = []
            for scalar in characters {
                if let old = glyph(scalar), let new = cut.ids[old] { cmap.append((scalar.value, UInt16(truncatingIfNeeded: new))) }
            }
            if let wrapped = OpenTypeWrapper.wrap(cff: cut.program, advances: advances, cmap: cmap, tables: wrapperTables) {
                return (wrapped, cut.ids)
            }
        }
        return try pdfSubset(glyphs, characters: characters)
    }

    /// The face cut down to `glyphs` (and .notdef) as an OpenType file whose `cmap` maps `characters`
    /// (a reader that looks a character up finds it), and each glyph's id in it. The glyphs are
    /// numbered anew: keeping their ids would leave an empty slot for every glyph of the face
    /// (65,535 in Noto CJK), hundreds of kilobytes in each PDF. The face is not prepared with
    /// `hb_subset_preprocess`: for 200 units `make bench` measured 4.97 s and 765 MB with the five faces
    /// prepared against 3.67 s and 61 MB without (the preparing, 0.2–0.5 s and ~150 MB a CJK face, costs
    /// more than the 5 ms a subset it saves).
    public func subset(_ glyphs: Set<UInt32>, characters: Set<Unicode.Scalar> = []) throws -> (program: [UInt8], ids: [UInt32: UInt32]) {
        guard let input = hb_subset_input_create_or_fail() else { throw Failure.subset(postScriptName) }
        defer { hb_subset_input_destroy(input) }
        let set = hb_subset_input_glyph_set(input)
        for g in glyphs.sorted() { hb_set_add(set, g) }
        hb_subset_input_set_flags(input, HB_SUBSET_FLAGS_NO_HINTING.rawValue)
        let unicodes = hb_subset_input_unicode_set(input)
        for c in characters.map(\.value).sorted() { hb_set_add(unicodes, c) }
        // The layout tables (GSUB, GPOS…) are of no use to a PDF; dropped, they add no glyphs either.
        let drop = hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG)
        for t: StaticString in ["GSUB", "GPOS", "GDEF", "BASE", "JSTF", "vhea", "vmtx", "VORG", "DSIG"] { hb_set_add(drop, Self.tag(t)) }
        guard let plan = hb_subset_plan_create_or_fail(face, input) else { throw Failure.subset(postScriptName) }
        defer { hb_subset_plan_destroy(plan) }
        let map = hb_subset_plan_old_to_new_glyph_mapping(plan)
        var ids: [UInt32: UInt32] = [:]
        for g in glyphs {
            let new = hb_map_get(map, g)
            guard new != UInt32.max else { throw Failure.subset(postScriptName) }  // HB_MAP_VALUE_INVALID
            ids[g] = new
        }
        guard let subset = hb_subset_plan_execute_or_fail(plan) else { throw Failure.subset(postScriptName) }
        defer { hb_face_destroy(subset) }
        let blob = hb_face_reference_blob(subset)
        defer { hb_blob_destroy(blob) }
        var length: UInt32 = 0
        guard let data = hb_blob_get_data(blob, &length), length > 0 else { throw Failure.subset(postScriptName) }
        return (Array(UnsafeRawBufferPointer(start: data, count: Int(length))), ids)
    }
}
