import Foundation

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

    /// The facts of every PDF in `pdfs` (by path), from `cache` or measured now on `jobs` threads.
    static func facts(_ pdfs: [String], cache: String, jobs: Int) throws -> [String: PDFFacts] {
        try FileSystem.makeDirectories(cache)
        let hashed = WorkerThreads.map(pdfs.count, workers: max(1, jobs)) { i -> (sha: String?, facts: PDFFacts?) in
            // A PDF gongwen made is a few hundred kilobytes; one beyond 256 MB is not measured.
            guard case .success(let bytes) = InputFile.read(pdfs[i], limit: 256 << 20) else { return (nil, nil) }
            let sha = Digests.sha256Hex(bytes)
            let known = FileManager.default.contents(atPath: cache + "/" + sha + ".json").flatMap { try? JSONDecoder().decode(PDFFacts.self, from: $0) }
            if let known { return (sha, known) }
            var facts = PDFFacts()
            do {
                let layout = try PDFLayout.read(pdf: pdfs[i])
                facts.pages = layout.pages.count
                facts.findings = LayoutVerifier.verify(layout).map(\.description)
            } catch let error as DiagnosticError {
                facts.problem = error.diagnostics.map(\.message).joined(separator: "; ")
            } catch {
                facts.problem = "\(error)"
            }
            return (sha, facts)
        }
        // Thumbnails not yet drawn, in batches across the threads; each drawn to a temporary name and
        // renamed when mutool is done, so a run stopped half way leaves no broken picture in the cache.
        var toDraw: [(pdf: String, sha: String)] = []
        var seen = Set<String>()
        for (i, item) in hashed.enumerated() {
            guard let sha = item.sha, !seen.contains(sha), !FileManager.default.fileExists(atPath: cache + "/" + sha + ".png") else { continue }
            seen.insert(sha)
            toDraw.append((pdfs[i], sha))
        }
        if !toDraw.isEmpty, let mutool = Subprocess.which("mutool") {
            let scriptPath = cache + "/thumbnail.js"
            if FileManager.default.contents(atPath: scriptPath) != Data(script.utf8) {
                try ZipArchive.writeAtomically(Array(script.utf8), to: scriptPath)
            }
            let batches = stride(from: 0, to: toDraw.count, by: batch).map { Array(toDraw[$0..<min($0 + batch, toDraw.count)]) }
            _ = WorkerThreads.map(batches.count, workers: max(1, jobs)) { b -> Bool in
                let items = batches[b]
                let temporary = items.map { cache + "/" + $0.sha + ".png.part\(getpid())" }
                defer { temporary.forEach { unlink($0) } }
                temporary.forEach { Interrupts.shared.track(path: $0) }
                defer { temporary.forEach { Interrupts.shared.untrack(path: $0) } }
                let arguments = zip(items, temporary).flatMap { [$0.pdf, $1] }
                guard (try? Subprocess.run([mutool, "run", scriptPath] + arguments, timeout: 10 + Double(items.count) * 5)) != nil else { return false }
                for (item, part) in zip(items, temporary) where FileManager.default.fileExists(atPath: part) {
                    rename(part, cache + "/" + item.sha + ".png")
                }
                return true
            }
        }
        var result: [String: PDFFacts] = [:]
        for (i, item) in hashed.enumerated() {
            guard let sha = item.sha, var facts = item.facts else {
                result[pdfs[i]] = PDFFacts(problem: "cannot be read")
                continue
            }
            facts.thumbnail = FileManager.default.fileExists(atPath: cache + "/" + sha + ".png") ? sha + ".png" : nil
            let stored = PDFFacts(pages: facts.pages, findings: facts.findings, problem: facts.problem)
            let path = cache + "/" + sha + ".json"
            if !FileManager.default.fileExists(atPath: path), let bytes = try? JSONEncoder().encode(stored) {
                try ZipArchive.writeAtomically(Array(bytes), to: path)
            }
            result[pdfs[i]] = facts
        }
        return result
    }
}
