import CFontconfig
import Foundation

/// Which characters each role's face lacks, and which installed face LibreOffice will draw them
/// with instead, asked of fontconfig under the same configuration the converter runs with.
/// Built once per run, then read from every build thread.
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

    private let config: OpaquePointer
    private var faces: [FontRole: Face] = [:]
    private var cache: [FontRole: [UInt32: Verdict]] = [:]
    private let lock = NSLock()

    /// `configPath` is the fontconfig file the converter uses (`FontSetup.configPath`).
    public init(configPath: String) throws(DiagnosticError) {
        guard let config = FcConfigCreate() else { throw .error("fontconfig cannot start", at: nil) }
        guard FcConfigParseAndLoad(config, configPath, FcTrue) == FcTrue, FcConfigBuildFonts(config) == FcTrue else {
            FcConfigDestroy(config)
            throw .error("fontconfig cannot load \(configPath)", at: nil)
        }
        self.config = config
        for role in FontRole.allCases {
            guard let match = match(family: role.official, char: nil) else { continue }
            var bits = [UInt64](repeating: 0, count: 1024)
            for block in stride(from: UInt32(0), to: 0x10000, by: 1) where FcCharSetHasChar(match.charset, block) == FcTrue {
                bits[Int(block >> 6)] |= 1 << UInt64(block & 63)
            }
            faces[role] = Face(name: match.name, bmp: bits, charset: match.charset)
        }
    }

    deinit {
        for face in faces.values { FcCharSetDestroy(face.charset) }
        FcConfigDestroy(config)
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

    /// The face a role prints in (its stand-in, or the official face when installed).
    public func face(for role: FontRole) -> String? { faces[role]?.name }

    public func verdict(_ scalar: Unicode.Scalar, role: FontRole) -> Verdict {
        let v = scalar.value
        guard let face = faces[role] else { return .covered }
        if v < 0x10000, face.bmp[Int(v >> 6)] & (1 << UInt64(v & 63)) != 0 { return .covered }
        if v >= 0x10000, FcCharSetHasChar(face.charset, v) == FcTrue { return .covered }
        lock.lock()
        if let known = cache[role]?[v] { lock.unlock(); return known }
        lock.unlock()
        let verdict: Verdict
        if let other = match(family: role.official, char: v) {
            verdict = FcCharSetHasChar(other.charset, v) == FcTrue ? .fallback(other.name) : .missing
            FcCharSetDestroy(other.charset)
        } else {
            verdict = .missing
        }
        lock.lock()
        cache[role, default: [:]][v] = verdict
        lock.unlock()
        return verdict
    }
}
