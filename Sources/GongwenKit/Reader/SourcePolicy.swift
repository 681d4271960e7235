import Foundation
import Synchronization

/// What a run allows its sources: which files they may name and how much work one source may cause.
/// Sources come from many offices; none of them may read this machine's files or exhaust it.
public struct SourcePolicy: Sendable {
    /// The source tree: a path a source names (template, seal) must resolve inside it after symlinks.
    /// nil: the project the source belongs to, the folder above its own (`units/` beside
    /// `templates/` and `seals/`), whatever the current folder is.
    public var root: String?
    /// Further folders the user allowed (`--allow DIR`).
    public var allowed: [String] = []
    public var limits = Limits()
    /// How a rollup finds the units it names; nil: a rollup is an error (the pipeline sets it:
    /// `SourcePolicy.findingRollupUnits`).
    public var rollupUnits: RollupUnitFinder?

    public struct Limits: Sendable, Equatable {
        /// Bytes of one source file. A sample unit is 2–3 KB and the sample template 10 KB.
        public var sourceBytes = 1 << 20
        /// YAML nodes one source may expand to, aliases counted every time they are used: the sample
        /// template has 78, a sample unit 149; the "billion laughs" has billions.
        public var nodes = 100_000
        /// UTF-8 bytes of text one document may hold once its placeholders are filled: a sample
        /// summary's whole content.xml is 10 KB, so this is far beyond any 公文.
        public var textBytes = 4 << 20
        /// Bytes of one sheet of figures: the file, and each XML part inside an .xlsx or .ods once
        /// unpacked (a zip bomb stops here). A 3,000-row sheet of the sample's 73 columns is about 9 MB of XML.
        public var sheetBytes = 64 << 20

        public init() {}
    }

    public init(root: String? = nil, allowed: [String] = [], limits: Limits = Limits()) {
        self.root = root
        self.allowed = allowed
        self.limits = limits
    }

    /// A policy that allows every path (for a library caller that already trusts its sources).
    public static var unconfined: SourcePolicy { SourcePolicy(root: "/") }

    /// The canonical path of `name` as written in `source`, or why it may not be used. Nothing of
    /// the file is read here, so nothing of it can be echoed.
    func resolve(_ name: String, namedIn source: String, what: String) -> Result<String, PolicyFailure> {
        // Thousands of units in one folder name the same template: resolve it once (each
        // resolution is a dozen lstat calls, a tenth of a bulk run's system time).
        let folder = (source as NSString).deletingLastPathComponent
        let key = [folder, name, what, root ?? "", allowed.joined(separator: "\u{1}")].joined(separator: "\u{0}")
        if let known = ResolutionCache.shared.get(key) { return known }
        let result = resolveUncached(name, namedIn: source, what: what)
        ResolutionCache.shared.set(key, result)
        return result
    }

    private func resolveUncached(_ name: String, namedIn source: String, what: String) -> Result<String, PolicyFailure> {
        let base = URL(fileURLWithPath: source).deletingLastPathComponent()
        let url = name.hasPrefix("/") ? URL(fileURLWithPath: name) : base.appendingPathComponent(name)
        let resolved = url.resolvingSymlinksInPath().standardizedFileURL.path
        let tree = root ?? base.deletingLastPathComponent().path
        let folders = ([tree] + allowed).map { URL(fileURLWithPath: $0).resolvingSymlinksInPath().standardizedFileURL.path }
        for folder in folders where folder == "/" || resolved == folder || resolved.hasPrefix(folder + "/") {
            return .success(resolved)
        }
        return .failure(PolicyFailure(message: "\(what) '\(name)' is outside the source tree (\(folders[0])); move it into the tree or allow its folder with --allow DIR"))
    }

    struct PolicyFailure: Error { var message: String }

    /// A unit or sheet file that is itself a symbolic link must lead inside the tree, as a
    /// template must: a link to another office's file (or this machine's) is refused before a
    /// byte of it is read, so nothing of it can be echoed. Only a link costs the resolution: a
    /// plain file is one `lstat`.
    func checkLink(_ path: String, what: String) throws(DiagnosticError) {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK else { return }
        let name = (path as NSString).lastPathComponent
        if case .failure = resolve(name, namedIn: path, what: what) {
            let tree = URL(fileURLWithPath: root ?? URL(fileURLWithPath: path).deletingLastPathComponent().deletingLastPathComponent().path)
                .resolvingSymlinksInPath().standardizedFileURL.path
            throw .error("\(what) is a symbolic link to a file outside the source tree (\(tree)); copy the file into the tree instead of linking it, or allow its folder with --allow DIR",
                         at: .file(path))
        }
    }
}

/// Resolved paths of one run, by the folder that names them.
final class ResolutionCache: Sendable {
    static let shared = ResolutionCache()
    private let entries = Mutex<[String: Result<String, SourcePolicy.PolicyFailure>]>([:])

    func get(_ key: String) -> Result<String, SourcePolicy.PolicyFailure>? {
        entries.withLock { $0[key] }
    }

    func set(_ key: String, _ value: Result<String, SourcePolicy.PolicyFailure>) {
        entries.withLock { $0[key] = value }
    }

    func clear() { entries.withLock { $0 = [:] } }
}

extension SourcePolicy.Limits {
    /// `--max-nodes` and the like take plain numbers or K and M suffixes (1024-based).
    public static func parseSize(_ text: String) -> Int? {
        let t = text.trimmingCharacters(in: .whitespaces).uppercased()
        let factor = t.hasSuffix("K") ? 1 << 10 : t.hasSuffix("M") ? 1 << 20 : 1
        let digits = factor == 1 ? t : String(t.dropLast())
        guard let n = Int(digits), n > 0, n <= Int.max / factor else { return nil }
        return n * factor
    }
}
