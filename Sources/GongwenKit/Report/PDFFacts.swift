import Foundation
import Synchronization

/// What the report shows of one PDF: its pages, `verify`'s findings and a picture of page 1. Kept in
/// `OUT/report/cache` under the PDF's SHA-256, so an unchanged PDF costs one hash and no mutool run;
/// a PDF rebuilt to the same bytes finds its facts already there.
public struct PDFFacts: Codable, Sendable, Equatable {
    public var pages: Int?
    /// `verify`'s findings, as it words them (English; the page translates them).
    public var findings: [String] = []
    /// Why the PDF could not be measured, when it could not.
    public var problem: String?
    /// The thumbnail's file name in the cache, when mutool drew one.
    public var thumbnail: String?

    public init(pages: Int? = nil, findings: [String] = [], problem: String? = nil, thumbnail: String? = nil) {
        self.pages = pages
        self.findings = findings
        self.problem = problem
        self.thumbnail = thumbnail
    }
}

enum PDFFactsCache {
    /// The PDFs this process wrote and hashed (`BatchReport.keepFacts`), by path: their hash, the
    /// file as it stood once written, and the facts measured then and kept in the cache (nil when
    /// they were there before, or could not be kept).
    static let hashedHere = Mutex<[String: (sha: String, stamp: FileSystem.Stamp, facts: PDFFacts?)]>([:])

    /// Where the facts of the PDF of hash `sha` are kept, as measured by this build of gongwen.
    static func factsFile(_ cache: String, _ sha: String) -> String { cache + "/" + sha + "." + verifierTag + ".json" }
    /// Where the picture of its page 1 is kept.
    static func pictureFile(_ cache: String, _ sha: String) -> String { cache + "/" + sha + ".png" }

    /// Width of a thumbnail in pixels (an A4 page 1 is then 226 high).
    static let thumbnailWidth = 160
    /// PDFs mutool draws in one process: its start and the script's are paid once per batch.
    static let batch = 64

    /// MuPDF's script (`mutool run`): page 1 of each PDF named, drawn as a PNG; a PDF that cannot be
    /// drawn is passed over (its row says so), the others are still drawn.
    static let script = """
        for (var i = 0; i + 1 < scriptArgs.length; i += 2) {
          try {
            var page = new Document(scriptArgs[i]).loadPage(0);
            var bounds = page.bound();
            // A hair under the width, which MuPDF would otherwise round up to one pixel more.
            var scale = (\(thumbnailWidth) - 0.01) / (bounds[2] - bounds[0]);
            page.toPixmap(Scale(scale, scale), DeviceRGB, false, true).saveAsPNG(scriptArgs[i + 1]);
          } catch (e) {
            print("cannot draw " + scriptArgs[i] + ": " + e);
          }
        }

        """

    /// The facts of every PDF in `pdfs` (by path), from `cache` or measured now on `jobs` threads,
    /// and what went wrong drawing pictures (said once, as a warning). The cache keeps only what
    /// these PDFs need: a PDF no longer built leaves nothing behind.
    static func facts(_ pdfs: [String], cache: String, jobs: Int) throws -> (facts: [String: PDFFacts], problems: [String]) {
        try FileSystem.makeDirectories(cache)
        let tag = verifierTag
        // Each PDF is measured and drawn from a private copy of the bytes that were hashed: a PDF
        // rewritten meanwhile (by watch, by make) cannot leave its picture under another's hash.
        struct Item: Sendable { var sha: String?; var facts: PDFFacts?; var copy: String? }
        /// The facts kept for the PDF of this hash; nil when none are, or they cannot be read (then
        /// they are measured again).
        @Sendable func kept(_ sha: String) -> PDFFacts? {
            guard case .success(let stored) = InputFile.read(factsFile(cache, sha), limit: 1 << 20) else { return nil }
            return try? JSONDecoder().decode(PDFFacts.self, from: Data(stored))
        }
        let items = WorkerThreads.map(pdfs.count, workers: max(1, jobs)) { i -> Item in
            // A PDF this process wrote and hashed, and that still stands as it was written: its facts
            // were kept then, and its bytes are not read again.
            if let (sha, stamp, measured) = hashedHere.withLock({ $0[pdfs[i]] }), FileSystem.stamp(pdfs[i]) == stamp,
               let known = measured ?? kept(sha), FileManager.default.fileExists(atPath: pictureFile(cache, sha)) {
                return Item(sha: sha, facts: known)
            }
            // A PDF gongwen made is a few hundred kilobytes; one beyond 256 MB is not measured.
            guard case .success(let bytes) = InputFile.read(pdfs[i], limit: 256 << 20) else { return Item() }
            let sha = Digests.sha256Hex(bytes)
            let known = kept(sha)
            let pictured = FileManager.default.fileExists(atPath: pictureFile(cache, sha))
            if let known, pictured { return Item(sha: sha, facts: known) }
            let copy = cache + "/." + sha + ".\(getpid()).pdf"
            func copied() -> Bool {
                do { try ZipArchive.writeAtomically(bytes, to: copy) } catch { return false }
                return true
            }
            guard Interrupts.shared.track(path: copy), copied() else {
                return Item(sha: sha, facts: known ?? PDFFacts(problem: "cannot be copied to be measured"))
            }
            if let known { return Item(sha: sha, facts: known, copy: copy) }
            var facts = PDFFacts()
            do {
                let layout = try PDFLayout.read(pdf: copy)
                facts.pages = layout.pages.count
                facts.findings = LayoutVerifier.verify(layout).map(\.description)
            } catch let error as DiagnosticError {
                facts.problem = error.diagnostics.map(\.message).joined(separator: "; ")
            } catch {
                facts.problem = "\(error)"
            }
            if let bytes = try? JSONEncoder().encode(facts) { _ = try? ZipArchive.writeAtomically(Array(bytes), to: factsFile(cache, sha)) }
            return Item(sha: sha, facts: facts, copy: copy)
        }
        defer {
            for copy in items.compactMap(\.copy) {
                unlink(copy)
                Interrupts.shared.untrack(path: copy)
            }
        }
        // Pictures not yet drawn, in batches across the threads; each drawn to a temporary name and
        // renamed when mutool is done, so a run stopped half way leaves no broken picture in the cache.
        var toDraw: [(pdf: String, sha: String)] = []
        var seen = Set<String>()
        for item in items {
            guard let sha = item.sha, let copy = item.copy, !seen.contains(sha), !FileManager.default.fileExists(atPath: pictureFile(cache, sha)) else { continue }
            seen.insert(sha)
            toDraw.append((copy, sha))
        }
        var problems: [String] = []
        if !toDraw.isEmpty {
            if let mutool = Subprocess.which("mutool") {
                let scriptPath = cache + "/thumbnail.js"
                if FileManager.default.contents(atPath: scriptPath) != Data(script.utf8) {
                    try ZipArchive.writeAtomically(Array(script.utf8), to: scriptPath)
                }
                let batches = stride(from: 0, to: toDraw.count, by: batch).map { Array(toDraw[$0..<min($0 + batch, toDraw.count)]) }
                let failures = WorkerThreads.map(batches.count, workers: max(1, jobs)) { b -> String? in
                    let items = batches[b]
                    let temporary = items.map { cache + "/." + $0.sha + ".\(getpid()).png" }
                    temporary.forEach { Interrupts.shared.track(path: $0) }
                    defer { temporary.forEach { unlink($0); Interrupts.shared.untrack(path: $0) } }
                    let arguments = zip(items, temporary).flatMap { [$0.pdf, $1] }
                    do {
                        let outcome = try Subprocess.run([mutool, "run", scriptPath] + arguments, timeout: 10 + Double(items.count) * 5, outputLimit: 1 << 20)
                        for (item, part) in zip(items, temporary) where FileManager.default.fileExists(atPath: part) {
                            rename(part, pictureFile(cache, item.sha))
                        }
                        return outcome.status == 0 ? nil : "mutool stopped with status \(outcome.status)"
                    } catch {
                        return "\(error)"
                    }
                }
                problems += Set(failures.compactMap { $0 }).sorted().map { "some pictures of page 1 were not drawn: \($0)" }
            } else {
                problems.append("pictures of page 1 need mutool (Debian package mupdf-tools); the report shows none")
            }
        }
        var result: [String: PDFFacts] = [:]
        for (i, item) in items.enumerated() {
            guard let sha = item.sha, var facts = item.facts else {
                result[pdfs[i]] = PDFFacts(problem: "cannot be read")
                continue
            }
            facts.thumbnail = FileManager.default.fileExists(atPath: pictureFile(cache, sha)) ? sha + ".png" : nil
            result[pdfs[i]] = facts
        }
        prune(cache, keeping: Set(items.compactMap(\.sha)), tag: tag)
        return (result, problems)
    }

    /// Removes the pictures and facts of PDFs not in `keeping`, and facts measured by another build of gongwen.
    static func prune(_ cache: String, keeping: Set<String>, tag: String) {
        for name in (try? FileManager.default.contentsOfDirectory(atPath: cache)) ?? [] {
            let parts = name.split(separator: ".")
            guard parts.count >= 2, parts[0].count == 64, parts[0].allSatisfy(\.isHexDigit) else { continue }
            let stale = !keeping.contains(String(parts[0])) || (parts.last == "json" && (parts.count != 3 || parts[1] != tag))
            if stale { unlink(cache + "/" + name) }
        }
    }

    /// Which build of gongwen measured the findings (its executable's size and time): findings
    /// cached by an older `verify` are measured again by a newer one.
    static let verifierTag: String = {
        var info = stat()
        guard stat("/proc/self/exe", &info) == 0 else { return "0" }
        return String(UInt64(info.st_size) &* 1_000_003 &+ UInt64(info.st_mtim.tv_sec) &* 1_000_000_007 &+ UInt64(info.st_mtim.tv_nsec), radix: 16)
    }()
}
