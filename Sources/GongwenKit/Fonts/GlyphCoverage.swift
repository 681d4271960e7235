import CFontconfig
import Foundation
import Synchronization

/// Which characters each role's face lacks, and which installed face LibreOffice will draw them
/// with instead, asked of fontconfig under the same configuration the converter runs with.
/// Built once per run, then read from every build thread.
/// `@unchecked Sendable`: it holds fontconfig handles (the configuration and each face's charset),
/// which are read-only after `init`; fontconfig allows matching on one configuration from several
/// threads. Its caches are behind Mutexes.
public final class GlyphCoverage: @unchecked Sendable {
    public enum Verdict: Hashable, Sendable {
        case covered
        /// The role's face lacks it; this face draws it instead.
        case fallback(String)
        /// No installed face has it: it would print as a blank or a box.
        case missing
    }

    struct Face {
        var name: String
        /// One bit per Basic Multilingual Plane character: the lookup on every character of every unit.
        var bmp: [UInt64]
        var charset: OpaquePointer?
    }

    private let configuration: FontConfig
    private var config: OpaquePointer { configuration.pointer }
    /// Indexed by `FontRole.rawValue`.
    private var faces: [Face?] = Array(repeating: nil, count: FontRole.allCases.count)
    private let cache = Mutex<[Int: [UInt32: Verdict]]>([:])
    private let memos = Mutex<[String: [Diagnostic]]>([:])

    /// Under the configuration the converter uses (`FontSetup.configPath`).
    public convenience init(setup: FontSetup) throws(DiagnosticError) {
        self.init(configuration: try setup.configuration())
    }

    init(configuration: FontConfig) {
        self.configuration = configuration
        for role in FontRole.allCases {
            guard let match = match(family: role.official, char: nil) else { continue }
            // fontconfig hands the set out in pages of 256 characters (eight 32-bit words).
            var bits = [UInt64](repeating: 0, count: 1024)
            var map = [FcChar32](repeating: 0, count: 8)  // FC_CHARSET_MAP_SIZE
            var next: FcChar32 = 0
            var base = FcCharSetFirstPage(match.charset, &map, &next)
            while base != FcChar32.max && base < 0x10000 {  // FcChar32.max: FC_CHARSET_DONE
                for (i, word) in map.enumerated() {
                    let first = Int(base) + i * 32
                    bits[first >> 6] |= UInt64(word) << UInt64(first & 63)
                }
                base = FcCharSetNextPage(match.charset, &map, &next)
            }
            faces[role.rawValue] = Face(name: match.name, bmp: bits, charset: match.charset)
        }
    }

    /// Forgets the findings kept for templates' own texts: a long run (`gongwen watch`) checks a
    /// template saved since as it is now.
    public func forgetTemplates() { memos.withLock { $0 = [:] } }

    deinit {
        for face in faces.compactMap({ $0 }) { FcCharSetDestroy(face.charset) }
    }

    /// The face fontconfig picks for `family` (and, with `char`, one that has that character).
    private func match(family: String, char: UInt32?) -> (name: String, charset: OpaquePointer?)? {
        guard let pattern = FcPatternCreate() else { return nil }
        defer { FcPatternDestroy(pattern) }
        FcPatternAddString(pattern, FC_FAMILY, family)
        FcPatternAddString(pattern, FC_LANG, "zh-cn")
        if let char, let set = FcCharSetCreate() {
            FcCharSetAddChar(set, char)
            FcPatternAddCharSet(pattern, FC_CHARSET, set)
            FcCharSetDestroy(set)
        }
        FcConfigSubstitute(config, pattern, FcMatchPattern)
        FcDefaultSubstitute(pattern)
        var result = FcResultNoMatch
        guard let font = FcFontMatch(config, pattern, &result) else { return nil }
        defer { FcPatternDestroy(font) }
        var name: UnsafeMutablePointer<FcChar8>?
        var style: UnsafeMutablePointer<FcChar8>?
        var charset: OpaquePointer?
        guard FcPatternGetString(font, FC_FAMILY, 0, &name) == FcResultMatch, let name else { return nil }
        _ = FcPatternGetString(font, FC_STYLE, 0, &style)
        _ = FcPatternGetCharSet(font, FC_CHARSET, 0, &charset)
        let family = String(cString: name)
        let full = style.map { family + " " + String(cString: $0) } ?? family
        return (full, charset.flatMap { FcCharSetCopy($0) })
    }

    /// Findings about a template's own texts, worked out once per run for all of its units.
    func memo(_ key: String, _ compute: () -> [Diagnostic]) -> [Diagnostic] {
        if let known = memos.withLock({ $0[key] }) { return known }
        let found = compute()
        memos.withLock { $0[key] = found }
        return found
    }

    /// The face a role prints in (its stand-in, or the official face when installed).
    public func face(for role: FontRole) -> String? { faces[role.rawValue]?.name }

    public func verdict(_ scalar: Unicode.Scalar, role: FontRole) -> Verdict {
        let v = scalar.value
        guard let face = faces[role.rawValue] else { return .covered }
        if v < 0x10000, face.bmp[Int(v >> 6)] & (1 << UInt64(v & 63)) != 0 { return .covered }
        if v >= 0x10000, FcCharSetHasChar(face.charset, v) == FcTrue { return .covered }
        if let known = cache.withLock({ $0[role.rawValue]?[v] }) { return known }
        let verdict: Verdict
        if let other = match(family: role.official, char: v) {
            verdict = FcCharSetHasChar(other.charset, v) == FcTrue ? .fallback(other.name) : .missing
            FcCharSetDestroy(other.charset)
        } else {
            verdict = .missing
        }
        cache.withLock { $0[role.rawValue, default: [:]][v] = verdict }
        return verdict
    }
}
