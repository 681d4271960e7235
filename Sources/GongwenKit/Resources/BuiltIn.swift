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
