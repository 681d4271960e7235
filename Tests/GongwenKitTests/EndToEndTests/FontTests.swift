import XCTest
@testable import GongwenKit

final class FontTests: XCTestCase {
    /// The families read in process are the ones `fc-list : family` prints under the same file.
    func testFamiliesAreWhatFcListPrints() throws {
        try XCTSkipIf(Subprocess.which("fc-list") == nil, "end-to-end tier: fontconfig's tools are not installed")
        for file in ["/etc/fonts/fonts.conf", Repo.root + "/styles/fonts.conf"] {
            var env = ProcessInfo.processInfo.environment
            env["FONTCONFIG_FILE"] = file
            let printed = try Subprocess.run(["fc-list", ":", "family"], environment: env, timeout: 60).output
            let expected = Set(printed.split(separator: "\n").flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) })
            XCTAssertFalse(expected.isEmpty)
            XCTAssertEqual(FontSetup.families(in: try FontConfig(path: file)), expected, file)
        }
        // The rules' own folder (Fandol, outside fontconfig's defaults) counts when read from memory too.
        let rules = try FontConfig(xml: Array(BuiltInFontConfig.xml.utf8), name: "fonts.conf")
        XCTAssertTrue(FontSetup.families(in: rules).contains("FandolFang"))
    }

    /// The configuration read to find installed faces is the one glyphs are checked under, unless a
    /// rule was left out or a folder added: then the written file is loaded.
    func testConfigurationIsLoadedOnceUnlessItChanges() throws {
        let dir = temporaryDirectory()
        let plain = try FontSetup.prepare(template: Repo.root + "/styles/fonts.conf", extraFontDirectory: nil, workDirectory: dir + "/a")
        XCTAssertNotNil(plain.loaded)
        try FileManager.default.createDirectory(atPath: dir + "/fonts", withIntermediateDirectories: true)
        let extra = try FontSetup.prepare(template: Repo.root + "/styles/fonts.conf", extraFontDirectory: dir + "/fonts", workDirectory: dir + "/b")
        XCTAssertNil(extra.loaded)
        let kept = try GlyphCoverage(setup: plain), reloaded = try GlyphCoverage(setup: extra)
        for role in FontRole.allCases { XCTAssertEqual(kept.face(for: role), reloaded.face(for: role)) }
        XCTAssertEqual(kept.face(for: .body), "FandolFang Regular")
    }

    /// A broken rules file is named as broken XML, before fontconfig is asked to load it.
    func testMalformedRulesAreLocated() throws {
        let dir = temporaryDirectory()
        try Data("<fontconfig><match>".utf8).write(to: URL(fileURLWithPath: dir + "/broken.conf"))
        XCTAssertThrowsError(try FontSetup.prepare(template: dir + "/broken.conf", extraFontDirectory: nil, workDirectory: dir + "/work")) {
            XCTAssertEqual(($0 as? DiagnosticError)?.diagnostics.map(\.description),
                           ["\(dir)/broken.conf: error: fonts.conf is not well-formed XML"])
        }
    }

    func testStandInsWithoutOfficialFaces() throws {
        try XCTSkipIf(Subprocess.which("fc-match") == nil, "end-to-end tier: fontconfig is not installed")
        let setup = try FontSetup.prepare(template: Repo.root + "/styles/fonts.conf", extraFontDirectory: nil, workDirectory: temporaryDirectory())
        defer { setup.cleanUp() }
        let faces = Dictionary(uniqueKeysWithValues: setup.resolve().map { ($0.role.official, $0) })
        XCTAssertEqual(faces["黑体"]?.face, "Noto Sans CJK SC Regular")
        XCTAssertEqual(faces["方正小标宋简体"]?.face, "Noto Serif CJK SC Bold")
        XCTAssertEqual(faces["仿宋_GB2312"]?.face, "FandolFang Regular")
        XCTAssertEqual(faces["楷体_GB2312"]?.face, "FandolKai Regular")
        XCTAssertTrue(faces.values.allSatisfy { !$0.isOfficial })
    }

    /// A folder with a face named 黑体 (made here from Liberation Sans with fontTools): gongwen must
    /// use it as the official face and keep the stand-ins for the rest.
    func testLicensedFaceInAFolderWins() throws {
        let dir = temporaryDirectory()
        let script = """
        from fontTools.ttLib import TTFont
        f = TTFont('/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf')
        n = f['name']
        for i in (1, 4, 6, 16, 21): n.removeNames(nameID=i)
        for lang in (0x804, 0x409):
            for i, v in ((1, '黑体'), (4, '黑体'), (6, 'SimHei'), (16, '黑体')): n.setName(v, i, 3, 1, lang)
        f.save('\(dir)/fonts/heiti.ttf')
        """
        try FileManager.default.createDirectory(atPath: dir + "/fonts", withIntermediateDirectories: true)
        let made = try Subprocess.run(["python3", "-c", script])
        try XCTSkipIf(made.status != 0, "end-to-end tier: python3 with fontTools is needed (make test-deps installs it)")
        let setup = try FontSetup.prepare(template: Repo.root + "/styles/fonts.conf", extraFontDirectory: dir + "/fonts", workDirectory: dir + "/work")
        let faces = Dictionary(uniqueKeysWithValues: setup.resolve().map { ($0.role.official, $0) })
        XCTAssertEqual(faces["黑体"]?.isOfficial, true, "\(String(describing: faces["黑体"]))")
        XCTAssertEqual(faces["黑体"]?.file, dir + "/fonts/heiti.ttf")
        XCTAssertEqual(faces["仿宋_GB2312"]?.isOfficial, false)
        // --require-official-fonts: an error for each role still on a stand-in, none for 黑体.
        let errors = FontSetup.standInErrors(setup.resolve()).map(\.description)
        XCTAssertEqual(errors.count, 5, "\(errors)")
        XCTAssertFalse(errors.contains { $0.contains("黑体 is not installed") }, "\(errors)")
        XCTAssertTrue(errors.contains("gongwen: error: 正文、三级四级标题（3号仿宋）: 仿宋_GB2312 is not installed and would be replaced by FandolFang Regular; install it or add its folder with --fonts (--require-official-fonts)"), "\(errors)")
    }
}
