import Crypto
import Foundation

/// One dated bundle of everything that made and makes up a run: unit sources, templates, styles,
/// `.odt`, `.pdf` and (when they were made) `.ofd` files, with a MANIFEST of SHA-256 sums, page counts, tool version and dates.
public enum Archiver {
    public struct Entry: Equatable, Sendable {
        public var path: String
        public var sha256: String
        public var bytes: Int
        public var unit: String?
        public var pages: Int?
        public var sourceDate: String?
    }

    public static let manifestName = "MANIFEST"

    /// Writes the bundle; returns its path. Units whose `.odt` or `.pdf` is missing are errors; with
    /// an `ofdDirectory`, so is a missing `.ofd`, or one older than its unit's source or a template it
    /// reads (written before that last changed, it would not show what the bundled sources say).
    public static func create(units: [String], odtDirectory: String, pdfDirectory: String, ofdDirectory: String? = nil, stylesDirectory: String?,
                              outputDirectory: String, date: OfficialDate,
                              signingKey: Curve25519.Signing.PrivateKey? = nil, policy: SourcePolicy = SourcePolicy()) throws -> String {
        var files: [(path: String, source: String, unit: String?, sourceDate: String?)] = []
        var templates = Set<String>()
        var missing: [String] = []
        var stale: [String] = []
        for source in units {
            let read = try DocumentReader.read(path: source, policy: policy)
            let unit = UnitNaming.unitName(source)
            let date = read.document.date.iso
            files.append(("sources/units/\(unit).\((source as NSString).pathExtension)", source, unit, date))
            templates.formUnion(read.sources.dropFirst())
            // The unit's own files, then those of its attachments bound separately (§7.3.7).
            let names = [unit] + read.document.separateAttachments.map { unit + $0.suffix }
            for name in names {
                for (folder, ext) in [(odtDirectory, "odt"), (pdfDirectory, "pdf")] + (ofdDirectory.map { [($0, "ofd")] } ?? []) {
                    let file = "\(folder)/\(name).\(ext)"
                    if FileManager.default.fileExists(atPath: file) { files.append(("\(ext)/\(name).\(ext)", file, unit, date)) } else { missing.append(file) }
                    if ext == "ofd", let made = FileSystem.modified(file), let edited = read.sources.compactMap(FileSystem.modified).max(), made < edited { stale.append(file) }
                }
            }
        }
        guard missing.isEmpty && stale.isEmpty else {
            throw DiagnosticError(missing.map { .error("missing; build it before archiving", at: .file($0)) }
                + stale.map { .error("older than its unit's source or a template it reads; make it again (gongwen build --ofd, or make ofd) before archiving", at: .file($0)) })
        }
        for template in templates.sorted() {
            files.append(("sources/templates/" + (template as NSString).lastPathComponent, template, nil, nil))
        }
        if let stylesDirectory {
            for name in ["gongwen.xml", "fonts.conf"] where FileManager.default.fileExists(atPath: stylesDirectory + "/" + name) {
                files.append(("styles/" + name, stylesDirectory + "/" + name, nil, nil))
            }
        }
        files.sort { $0.path < $1.path }
        var manifest: [Entry] = []
        for file in files {
            guard let data = FileManager.default.contents(atPath: file.source) else {
                throw DiagnosticError.error("cannot read", at: .file(file.source))
            }
            let pages = file.path.hasSuffix(".pdf") ? pageCount(file.source)
                : file.path.hasSuffix(".ofd") ? try OFDLayout.pageCount(ofd: file.source) : nil
            manifest.append(Entry(path: file.path, sha256: Digests.sha256Hex(data), bytes: data.count, unit: file.unit, pages: pages, sourceDate: file.sourceDate))
        }
        let bundle = "\(outputDirectory)/gongwen-archive-\(date.iso).zip"
        let manifestBytes = Array(render(manifest, created: date).utf8)
        var entries = [ZipArchive.Entry(manifestName, .bytes(manifestBytes))]
        if let signingKey {
            entries.append(ZipArchive.Entry(Signing.signatureName, .bytes(Array(try Signing.signature(of: manifestBytes, with: signingKey).utf8))))
        }
        entries += files.map { ZipArchive.Entry($0.path, .file($0.source)) }
        try ZipArchive.write(entries, to: bundle, timestamp: date.epochSeconds)
        return bundle
    }

    /// What `verify` found: the differences (empty: intact) and how the signature was checked
    /// (nil: the bundle is not signed).
    public struct Verification: Sendable {
        public var problems: [String] = []
        /// The key id the signature was checked against, and whether that key was given (trusted)
        /// or is the one the bundle carries (the MANIFEST is as signed, but by whom is not known).
        public var signedBy: String?
        public var trustedKey = false
    }

    /// Re-hashes every file of a bundle against its MANIFEST and checks the MANIFEST's signature:
    /// against the public key given, or else against the key the bundle carries. A signed bundle
    /// whose signature does not hold is never intact.
    public static func verify(bundle: String, key: Curve25519.Signing.PublicKey? = nil) throws -> Verification {
        let entries = try ZipArchive.read(bundle)
        var result = Verification()
        guard let manifestBytes = entries.first(where: { $0.name == manifestName })?.bytes else {
            result.problems = ["\(bundle): no \(manifestName)"]
            return result
        }
        var problems: [String] = []
        let signature = entries.first { $0.name == Signing.signatureName }
        if let signature {
            switch Signing.check(signature: String(decoding: signature.bytes, as: UTF8.self), manifest: manifestBytes, key: key) {
            case .success(.trustedKey): (result.signedBy, result.trustedKey) = (key.map(Signing.keyID), true)
            case .success(.ownKey(let id)): result.signedBy = id
            case .failure(let wrong): problems.append("\(Signing.signatureName): \(wrong.description)")
            }
        } else if key != nil {
            problems.append("\(Signing.signatureName): the bundle is not signed, and a key was given")
        }
        let listed = parse(String(decoding: manifestBytes, as: UTF8.self))
        let present = Dictionary(entries.map { ($0.name, $0.bytes) }, uniquingKeysWith: { a, _ in a })
        for entry in listed {
            guard let bytes = present[entry.path] else { problems.append("\(entry.path): listed in the MANIFEST but missing"); continue }
            let sum = Digests.sha256Hex(bytes)
            if sum != entry.sha256 { problems.append("\(entry.path): SHA-256 is \(sum), the MANIFEST says \(entry.sha256)") }
            else if bytes.count != entry.bytes { problems.append("\(entry.path): \(bytes.count) bytes, the MANIFEST says \(entry.bytes)") }
        }
        let known = Set(listed.map(\.path) + [manifestName] + (signature == nil ? [] : [Signing.signatureName]))
        for name in entries.map(\.name) where !known.contains(name) { problems.append("\(name): not listed in the MANIFEST") }
        result.problems = problems
        return result
    }

    static func render(_ entries: [Entry], created: OfficialDate) -> String {
        var lines = ["# gongwen archive: every file with its SHA-256; check with `gongwen archive --verify BUNDLE`",
                     "tool\t\(OdtDocumentWriter.generator)", "created\t\(created.iso)",
                     "# path\tsha256\tbytes\tunit\tpages\tsource-date"]
        lines += entries.map { e in
            [e.path, e.sha256, String(e.bytes), e.unit ?? "-", e.pages.map(String.init) ?? "-", e.sourceDate ?? "-"].joined(separator: "\t")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func parse(_ text: String) -> [Entry] {
        text.split(separator: "\n").compactMap { line in
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count == 6, !line.hasPrefix("#") else { return nil }
            return Entry(path: f[0], sha256: f[1], bytes: Int(f[2]) ?? -1, unit: f[3] == "-" ? nil : f[3],
                         pages: Int(f[4]), sourceDate: f[5] == "-" ? nil : f[5])
        }
    }

    static func pageCount(_ pdf: String) -> Int? {
        guard let output = try? Subprocess.run(["pdfinfo", pdf], timeout: 60).output else { return nil }
        for line in output.split(separator: "\n") where line.hasPrefix("Pages:") {
            return Int(line.dropFirst(6).trimmingCharacters(in: .whitespaces))
        }
        return nil
    }
}
