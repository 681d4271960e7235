import CFontconfig

/// One loaded fontconfig configuration, freed with its last user.
/// `@unchecked Sendable`: it is a C handle (FcConfig) that Swift cannot check.
final class FontConfig: @unchecked Sendable {
    // fontconfig's matching functions may be called from several threads on one configuration.
    let pointer: OpaquePointer

    /// Loads configuration text (its includes and folders as it names them) and scans its fonts.
    init(xml: [UInt8], name: String) throws(DiagnosticError) {
        guard let config = FcConfigCreate() else { throw .error("fontconfig cannot start", at: nil) }
        let loaded = (xml + [0]).withUnsafeBufferPointer { FcConfigParseAndLoadFromMemory(config, $0.baseAddress, FcTrue) }
        guard loaded == FcTrue, FcConfigBuildFonts(config) == FcTrue else {
            FcConfigDestroy(config)
            throw .error("fontconfig cannot load \(name)", at: nil)
        }
        pointer = config
    }

    /// Loads a configuration file.
    init(path: String) throws(DiagnosticError) {
        guard let config = FcConfigCreate() else { throw .error("fontconfig cannot start", at: nil) }
        guard FcConfigParseAndLoad(config, path, FcTrue) == FcTrue, FcConfigBuildFonts(config) == FcTrue else {
            FcConfigDestroy(config)
            throw .error("fontconfig cannot load \(path)", at: nil)
        }
        pointer = config
    }

    deinit { FcConfigDestroy(pointer) }
}
