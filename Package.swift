// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "gongwen",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "gongwen", targets: ["gongwen"]),
        .library(name: "GongwenKit", targets: ["GongwenKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // libyaml, as Yams carries it (its CYaml module): the reader composes nodes from libyaml's
        // events itself (Reader/YAMLComposer.swift says why); the tests write YAML with Yams.
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        // SHA-256 for the archive's MANIFEST and Ed25519 to sign it: a maintained implementation, not ours.
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
        // CSV sheets: a maintained parser (quotes, doubled quotes, line breaks in cells), not ours.
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2", pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]),
        .systemLibrary(
            name: "CLibZip", pkgConfig: "libzip",
            providers: [.apt(["libzip-dev"]), .brew(["libzip"])]),
        // DEFLATE for the .odt's parts: libdeflate compresses a content.xml four times as fast as
        // zlib at the same level (bench/README figures); libzip still writes the archive.
        .systemLibrary(
            name: "CLibDeflate", pkgConfig: "libdeflate",
            providers: [.apt(["libdeflate-dev"]), .brew(["libdeflate"])]),
        // Inflating a seal PNG's image data to check it is whole, in bounded steps (libdeflate
        // inflates only into a buffer of the whole output's size).
        .systemLibrary(
            name: "CZlib", pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]),
        .systemLibrary(
            name: "CFontconfig", pkgConfig: "fontconfig",
            providers: [.apt(["libfontconfig-dev"]), .brew(["fontconfig"])]),
        // gongwen's own engine (issue 28): glyphs, advances and metrics from HarfBuzz's OpenType
        // functions, and hb-subset to embed only the glyphs a document draws.
        .systemLibrary(
            name: "CHarfBuzz", pkgConfig: "harfbuzz-subset",
            providers: [.apt(["libharfbuzz-dev"]), .brew(["harfbuzz"])]),
        // The report's picture of page 1 of a PDF the own engine set (issue 24): glyphs rasterised by
        // FreeType, as MuPDF draws them, without running mutool for every unit.
        .systemLibrary(
            name: "CFreeType", pkgConfig: "freetype2",
            providers: [.apt(["libfreetype-dev"]), .brew(["freetype"])]),
        // SVG seals for the own engine: drawn by librsvg into a cairo image (Images/SVGRaster.swift).
        .systemLibrary(
            name: "CRsvg", pkgConfig: "librsvg-2.0",
            providers: [.apt(["librsvg2-dev"]), .brew(["librsvg"])]),
        .target(
            name: "GongwenKit",
            dependencies: ["CLibXML2", "CLibZip", "CLibDeflate", "CZlib", "CFontconfig", "CHarfBuzz", "CFreeType", "CRsvg", .product(name: "Yams", package: "Yams"),
                           .product(name: "Crypto", package: "swift-crypto"), .product(name: "CSV", package: "CSV.swift")],
            exclude: ["Resources/ODF/NOTICE.md"],
            // Embedded in the binary (it runs from any folder, installed alone): the Chinese of every
            // message, the style sheet and font rules of styles/ (linked), the OASIS ODF 1.3 schemas, and
            // the sRGB colour profile a PDF/A names as its output intent (Graeme W. Gill's, released
            // into the public domain; the copy TeX Live's colorprofiles carries for the same purpose).
            resources: [.embedInCode("Localization/zh-Hans.txt"), .embedInCode("Resources/gongwen.xml"), .embedInCode("Resources/fonts.conf"),
                        .embedInCode("Resources/ODF/OpenDocument-v1.3-schema.rng"), .embedInCode("Resources/ODF/OpenDocument-v1.3-manifest-schema.rng"),
                        .embedInCode("Resources/sRGB.icc")]),
        .executableTarget(
            name: "gongwen",
            dependencies: ["GongwenKit", .product(name: "ArgumentParser", package: "swift-argument-parser")]),
        // The fuzz target (`make fuzz`): libFuzzer when built with -sanitize=fuzzer -DFUZZING, a replayer otherwise.
        .target(name: "CFuzzerDriver"),
        .executableTarget(
            name: "gongwen-fuzz",
            dependencies: ["GongwenKit", "CFuzzerDriver"]),
        .testTarget(
            name: "GongwenKitTests",
            dependencies: ["GongwenKit", "CLibXML2", "CLibZip", .product(name: "Yams", package: "Yams")],
            exclude: ["Golden", "Fixtures", "Hostile"]),
    ],
    swiftLanguageModes: [.v6]
)
