/// The files the binary carries, so that it runs from any folder and installed alone: SwiftPM
/// resources embedded in code at build time (`Package.swift`), read from where they are kept
/// (`styles/` through links beside this file, the OASIS schemas in `ODF/`), never generated
/// copies that could drift from them.
enum BuiltInStyles {
    static var xml: String { String(decoding: PackageResources.gongwen_xml, as: UTF8.self) }
}

enum BuiltInFontConfig {
    static var xml: String { String(decoding: PackageResources.fonts_conf, as: UTF8.self) }
}

enum BuiltInSchemas {
    static var main: String { String(decoding: PackageResources.OpenDocument_v1_3_schema_rng, as: UTF8.self) }
    static var manifest: String { String(decoding: PackageResources.OpenDocument_v1_3_manifest_schema_rng, as: UTF8.self) }
}

/// The colour profile of a PDF/A's output intent (ISO 19005-2 §6.2.3): sRGB IEC 61966-2.1, ICC
/// version 2.2, 3,268 bytes, made by Graeme W. Gill and released into the public domain (the copy
/// TeX Live's colorprofiles package carries for PDF/A). Its description names it as the output
/// intent's identifier does.
public enum BuiltInColourProfile {
    public static var sRGB: [UInt8] { PackageResources.sRGB_icc }
    public static let identifier = "sRGB IEC61966-2.1"
}
