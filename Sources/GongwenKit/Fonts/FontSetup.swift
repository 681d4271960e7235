import CFontconfig
import CLibXML2
import Foundation

/// Which installed face stands for each official face in PDFs, and the fontconfig file that says so.
public struct FontSetup: Sendable {
    public struct Role: Sendable, Hashable {
        public var role: String
        public var official: String
    }

    public struct Resolution: Sendable, Hashable, CustomStringConvertible {
        public var role: Role
        /// The family and style fontconfig resolves the official name to.
        public var face: String
        public var file: String
        public var isOfficial: Bool

        /// `黑体 → Noto Sans CJK SC Regular`, as summaries print it.
        public var description: String { "\(role.official) → \(face)" }
    }

    /// The built-in rules (a copy of styles/fonts.conf), unless --fonts-config names a file: never
    /// one found in the current folder.
    public static let defaultTemplate: String? = nil

    /// A folder of this process's own for the effective configuration (removed by `cleanUp`).
    public static var runDirectory: String { NSTemporaryDirectory() + "gongwen-fonts-\(getpid())" }

    public static let roles: [Role] = [
        Role(role: "正文、三级四级标题（3号仿宋）", official: "仿宋_GB2312"),
        Role(role: "标题（2号小标宋）", official: "方正小标宋简体"),
        Role(role: "一级标题（黑体）", official: "黑体"),
        Role(role: "二级标题（楷体）", official: "楷体_GB2312"),
        Role(role: "页码（4号宋体）", official: "宋体"),
        Role(role: "数字与西文", official: "Times New Roman"),
    ]

    /// The fontconfig file LibreOffice runs with.
    public let configPath: String
    /// That file already loaded, when it is the template as read (no rule left out, no folder added):
    /// loading the system's configuration is most of a small build's start-up, so it is done once.
    let loaded: FontConfig?

    /// This configuration in the process: the one already loaded when there is one, else the file read.
    func configuration() throws(DiagnosticError) -> FontConfig {
        if let loaded { return loaded }
        return try FontConfig(path: configPath)
    }

    /// Writes the effective configuration into `workDirectory`: the rules of `template` (styles/fonts.conf)
    /// less those for official faces that are installed, plus `extraFontDirectory` (licensed faces).
    public static func prepare(template: String?, extraFontDirectory: String?, workDirectory: String = runDirectory) throws -> FontSetup {
        Interrupts.shared.track(path: workDirectory)
        try FileSystem.makeDirectories(workDirectory)
        let source: [UInt8]
        if let template, let data = FileManager.default.contents(atPath: template) {
            source = Array(data)
        } else {
            source = Array(BuiltInFontConfig.xml.utf8)
        }
        let doc = parseXML(source, name: "fonts.conf")
        guard let doc, let root = xmlDocGetRootElement(doc) else {
            throw DiagnosticError.error("fonts.conf is not well-formed XML", at: .file(template ?? "fonts.conf"))
        }
        defer { xmlFreeDoc(doc) }
        // Installed means known under the rules' own folders too, where LibreOffice will look.
        let rules = try FontConfig(xml: source, name: template ?? "fonts.conf")
        let installed = families(in: rules).union(try scannedFamilies(extraFontDirectory))
        var child = root.pointee.children
        var leftOut = 0
        while let node = child {
            child = node.pointee.next
            guard node.pointee.type == XML_ELEMENT_NODE, String(cString: node.pointee.name) == "match",
                  let family = testedFamily(node), installed.contains(family) else { continue }
            xmlUnlinkNode(node)
            xmlFreeNode(node)
            leftOut += 1
        }
        if let extraFontDirectory {
            let absolute = URL(fileURLWithPath: extraFontDirectory).standardizedFileURL.path
            let dir = xmlNewDocNode(doc, nil, "dir", nil)
            xmlNodeAddContent(dir, absolute)
            xmlAddChild(root, dir)
        }
        let path = workDirectory + "/fonts.conf"
        guard xmlSaveFormatFileEnc(path, doc, "UTF-8", 1) >= 0 else {
            throw DiagnosticError.error("cannot write \(path)", at: nil)
        }
        return FontSetup(configPath: path, loaded: leftOut == 0 && extraFontDirectory == nil ? rules : nil)
    }

    static func testedFamily(_ match: xmlNodePtr) -> String? {
        var child = match.pointee.children
        while let node = child {
            child = node.pointee.next
            guard node.pointee.type == XML_ELEMENT_NODE, String(cString: node.pointee.name) == "test" else { continue }
            guard let content = xmlNodeGetContent(node) else { continue }
            defer { free(content) }
            return String(cString: content).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        return nil
    }

    /// The families a configuration knows: what `fc-list : family` prints under it, read in process
    /// (starting fc-list was a quarter of the start-up of a small build).
    static func families(in config: FontConfig) -> Set<String> {
        var names = Set<String>()
        guard let pattern = FcPatternCreate(), let objects = FcObjectSetCreate() else { return names }
        defer { FcPatternDestroy(pattern); FcObjectSetDestroy(objects) }
        FcObjectSetAdd(objects, FC_FAMILY)
        guard let fonts = FcFontList(config.pointer, pattern, objects) else { return names }
        defer { FcFontSetDestroy(fonts) }
        for i in 0..<Int(fonts.pointee.nfont) {
            var index: Int32 = 0
            var family: UnsafeMutablePointer<FcChar8>?
            while FcPatternGetString(fonts.pointee.fonts[i], FC_FAMILY, index, &family) == FcResultMatch, let family {
                names.insert(String(cString: family).trimmingCharacters(in: .whitespaces))
                index += 1
            }
        }
        return names
    }

    /// The families of the faces in a folder given with --fonts.
    /// One that cannot be scanned is an error: its official faces would silently print in stand-ins.
    static func scannedFamilies(_ folder: String?) throws -> Set<String> {
        guard let folder else { return [] }
        let output: String
        do {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
                throw DiagnosticError.error("\(folder) is not a folder; give --fonts the folder that holds the official faces", at: nil)
            }
            // fc-scan exits with 1 also when a folder holds no face at all: that is an empty answer, not a failure.
            let scan = try Subprocess.run(["fc-scan", "--format", "%{family}\n", folder])
            guard scan.status == 0 || scan.output.isEmpty else { throw DiagnosticError.error("fc-scan cannot read the fonts in \(folder) (status \(scan.status)); check the folder given with --fonts", at: nil) }
            output = scan.output
        } catch let error as DiagnosticError {
            throw error
        } catch {
            throw DiagnosticError.error("fc-scan cannot read the fonts in \(folder) (\(error)); install the Debian package fontconfig", at: nil)
        }
        return Set(output.split(separator: "\n").flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) })
    }

    /// Removes the folder the configuration was written to.
    public func cleanUp() {
        let folder = (configPath as NSString).deletingLastPathComponent
        try? FileManager.default.removeItem(atPath: folder)
        Interrupts.shared.untrack(path: folder)
    }

    /// For `--require-official-fonts`: an error for every role that would print in a stand-in.
    public static func standInErrors(_ resolutions: [Resolution]) -> [Diagnostic] {
        resolutions.filter { !$0.isOfficial }.map {
            .error("\($0.role.role): \($0.role.official) is not installed and would be replaced by \($0.face); install it or add its folder with --fonts (--require-official-fonts)", at: nil)
        }
    }

    /// What each official face becomes under this configuration.
    public func resolve() -> [Resolution] {
        FontSetup.roles.map { role in
            var env = ProcessInfo.processInfo.environment
            env["FONTCONFIG_FILE"] = configPath
            // A failed fc-match is said as such, never taken for "no face" or an official one.
            let output: String
            do {
                let match = try Subprocess.run(["fc-match", "--format", "%{family[0]}\t%{style[0]}\t%{file}", role.official], environment: env)
                guard match.status == 0 else {
                    return Resolution(role: role, face: "unknown (fc-match exited with status \(match.status))", file: "", isOfficial: false)
                }
                output = match.output
            } catch {
                return Resolution(role: role, face: "unknown (fc-match cannot run: \(error); install the Debian package fontconfig)", file: "", isOfficial: false)
            }
            let fields = output.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            let family = fields.first ?? "?"
            let style = fields.count > 1 ? fields[1] : ""
            return Resolution(role: role, face: style.isEmpty ? family : "\(family) \(style)",
                              file: fields.count > 2 ? fields[2] : "",
                              isOfficial: family == role.official)
        }
    }
}

extension FontSetup {
    /// The file and face index fontconfig matches each family name to under this configuration
    /// (nil for a name it cannot match), with the name asked for. Throws when fontconfig cannot load
    /// the configuration.
    public func matches(_ families: [String]) throws -> [(family: String, file: String, index: UInt32)?] {
        // In this process, as fc-match does it (parse the name, substitute, match), on one loaded
        // configuration: eight fc-match processes cost ~0.1 s, a tenth of a second every typeset paid.
        let config = try configuration()
        return families.map { family in
            guard let pattern = FcNameParse(family) else { return nil }
            defer { FcPatternDestroy(pattern) }
            FcConfigSubstitute(config.pointer, pattern, FcMatchPattern)
            FcDefaultSubstitute(pattern)
            var result = FcResultNoMatch
            guard let font = FcFontMatch(config.pointer, pattern, &result) else { return nil }
            defer { FcPatternDestroy(font) }
            var file: UnsafeMutablePointer<FcChar8>?
            guard FcPatternGetString(font, FC_FILE, 0, &file) == FcResultMatch, let file else { return nil }
            var index: Int32 = 0
            _ = FcPatternGetInteger(font, FC_INDEX, 0, &index)
            let path = String(cString: file)
            return path.isEmpty ? nil : (family, path, UInt32(max(0, index)))
        }
    }
}
