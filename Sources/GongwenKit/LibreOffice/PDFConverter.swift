import Foundation

/// Converts `.odt` files with a pool of LibreOffice processes, each with its own profile, fed batches.
/// soffice exits 0 even when it converted nothing, so every output is checked; a batch that hangs or
/// crashes is killed and its files retried one at a time.
public struct PDFConverter: Sendable {
    public enum Format: String, Sendable {
        case pdf, pdfa, docx
        public var fileExtension: String { self == .docx ? "docx" : "pdf" }
        var filter: String {
            switch self {
            // The blank page LibreOffice inserts before an even-only 版记 page is a page of the print:
            // keep it (the export leaves such pages out by default).
            case .pdf: return #"pdf:writer_pdf_Export:{"IsSkipEmptyPages":{"type":"boolean","value":"false"}}"#
            case .pdfa: return #"pdf:writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"2"},"IsSkipEmptyPages":{"type":"boolean","value":"false"}}"#
            case .docx: return "docx:MS Word 2007 XML"
            }
        }
    }

    public struct Outcome: Sendable {
        public var input: String
        public var output: String
        public var error: String?
        public var skipped: Bool
        /// What the PDF still lacks though it was made (the signature left without its text).
        public var warning: String? = nil

        /// One word for progress lines.
        public var status: String { error != nil ? "failed" : (skipped ? "up to date" : "ok") }
    }

    public var format: Format = .pdf
    public var workers: Int = ProcessInfo.processInfo.activeProcessorCount
    public var batchSize: Int = 200
    /// A batch may take this long plus `secondsPerFile` for each file before it is killed.
    public var batchTimeout: TimeInterval = 60
    public var secondsPerFile: TimeInterval = 3
    public var fontConfig: String?
    public var force = false
    public var soffice: String = Subprocess.which("soffice") ?? Subprocess.which("libreoffice") ?? "soffice"

    public init() {}

    public func outputPath(for input: String, in directory: String) -> String {
        let base = ((input as NSString).lastPathComponent as NSString).deletingPathExtension
        return directory + "/" + base + "." + format.fileExtension
    }

    /// An output newer than its input and plausibly complete needs no work.
    public func isUpToDate(_ input: String, _ output: String) -> Bool {
        guard let i = FileSystem.modified(input), let o = FileSystem.modified(output) else { return false }
        return o >= i && Self.looksComplete(output, format: format)
    }

    static func looksComplete(_ path: String, format: Format) -> Bool {
        // A folder opens for reading too, and Foundation traps on reading it.
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
              let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let head = handle.readData(ofLength: 5)
        guard let size = try? handle.seekToEnd(), size > 64 else { return false }
        if format == .docx { return head.starts(with: [0x50, 0x4B]) }
        try? handle.seek(toOffset: size - min(size, 32))
        let tail = String(decoding: handle.readDataToEndOfFile(), as: UTF8.self)
        return head.starts(with: Array("%PDF-".utf8)) && tail.contains("%%EOF")
    }

    /// What went wrong in a run and was recovered from (or not): shown in the summary and `--json`,
    /// not only as lost time.
    public struct Incident: Codable, Sendable, CustomStringConvertible {
        public enum Kind: String, Codable, Sendable {
            /// LibreOffice ran past its timeout and was killed with its process group.
            case hang
            /// It died or exited non-zero.
            case crash
            /// It exited 0 but left some files unconverted.
            case noOutput = "no-output"
        }
        public var kind: Kind
        /// The files LibreOffice was converting (its batch).
        public var files: Int
        public var detail: String
        /// Of the batch's files, how many it left without a complete output. In a batch of more than
        /// one they were converted again one at a time.
        public var unconverted: Int
        /// Of those, how many the one-at-a-time retry converted.
        public var recovered: Int

        /// Said for a reader who cannot tell a batch from a retry: what was being converted, what
        /// was converted again, and whether any file was lost (`none lost` when all were recovered).
        /// "batch of 5; 2 recovered" read as three PDFs lost when the other three were never lost.
        public var description: String {
            let converting = kind == .noOutput ? detail : "\(detail) while converting \(Self.count(files))"
            let lost = unconverted - recovered
            if unconverted == 0 { return converting + "; every file came out complete: none lost" }
            if files == 1 { return converting + ": it was not converted (its error is listed with it)" }
            let again = unconverted == files ? "they were converted again" : "the \(unconverted) not converted were converted again"
            return converting + "; \(again) one at a time: "
                + (lost == 0 ? "none lost" : "\(lost) still failed (their errors are listed with them)")
        }

        static func count(_ files: Int) -> String { files == 1 ? "1 file" : "\(files) files" }
    }

    public struct Conversion: Sendable {
        public var outcomes: [Outcome]
        public var incidents: [Incident]
        /// LibreOffice processes started: each lives for one batch of at most `batchSize` files.
        public var processes: Int
    }

    /// Why no conversion can run at all (LibreOffice missing), said once rather than per file.
    public var unavailable: String? {
        let found = soffice.hasPrefix("/") ? FileManager.default.isExecutableFile(atPath: soffice) : Subprocess.which(soffice) != nil
        return found ? nil : "LibreOffice is not installed (no soffice in PATH): install it (make deps, or apt-get install libreoffice-writer-nogui) or build with --odt-only"
    }

    /// Converts `inputs` into `directory`; `progress` is called once per finished file, from any thread.
    @discardableResult
    public func convert(_ inputs: [String], into directory: String,
                        progress: @escaping @Sendable (Outcome) -> Void = { _ in }) -> [Outcome] {
        run(inputs, into: directory, progress: progress).outcomes
    }

    /// The same, with the incidents of the run.
    public func run(_ inputs: [String], into directory: String,
                    progress: @escaping @Sendable (Outcome) -> Void = { _ in }) -> Conversion {
        var results: [Outcome] = []
        func failAll(_ message: String) -> Conversion {
            let failed = inputs.map { Outcome(input: $0, output: outputPath(for: $0, in: directory), error: message, skipped: false) }
            failed.forEach(progress)
            return Conversion(outcomes: failed, incidents: [], processes: 0)
        }
        if let unavailable { return failAll(unavailable) }
        do {
            try FileSystem.makeDirectories(directory)
        } catch {
            return failAll("\(error)")
        }
        // A run killed with SIGKILL could not undo anything: its workers and folders go now.
        LeftBehind.clear(outputDirectory: directory)
        var stale: [String] = []
        for input in inputs {
            let output = outputPath(for: input, in: directory)
            if !force && isUpToDate(input, output) {
                let o = Outcome(input: input, output: output, error: nil, skipped: true)
                results.append(o)
                progress(o)
            } else {
                stale.append(input)
            }
        }
        guard !stale.isEmpty else { return Conversion(outcomes: results, incidents: [], processes: 0) }
        // Even shares per worker, in batches of at most batchSize, so all workers finish together.
        // A batch is one LibreOffice process: it is recycled after at most batchSize documents.
        let workerCount = max(1, min(workers, stale.count))
        let perBatch = max(1, min(batchSize, (stale.count + workerCount - 1) / workerCount))
        let batches = stride(from: 0, to: stale.count, by: perBatch).map { Array(stale[$0..<min($0 + perBatch, stale.count)]) }
        let queue = WorkQueue(batches)
        let collected = Collector<Outcome>()
        let incidents = Collector<Incident>()
        let processes = Counter()
        let session = "\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        // One thread per worker, as many as asked: they wait on LibreOffice, not on the CPU.
        WorkerThreads.run(workerCount) { worker in
            let profile = NSTemporaryDirectory() + LeftBehind.profilePrefix + "\(session)-\(worker)"
            let staging = directory + "/" + LeftBehind.stagingPrefix + "\(session)-\(worker)"
            // LibreOffice makes the profile itself; it is tracked before any process can.
            Interrupts.shared.track(path: profile)
            defer {
                try? FileManager.default.removeItem(atPath: profile)
                try? FileManager.default.removeItem(atPath: staging)
                Interrupts.shared.untrack(path: profile)
                Interrupts.shared.untrack(path: staging)
            }
            while let batch = queue.next() {
                var (outcomes, failure) = convertBatch(batch, profile: profile, staging: staging, into: directory)
                _ = processes.increment()
                // A failed file in a batch is retried alone: one bad document must not sink the others.
                if batch.count > 1, outcomes.contains(where: { $0.error != nil }) {
                    let before = outcomes.filter { $0.error != nil }.count
                    outcomes = outcomes.map { outcome in
                        guard outcome.error != nil else { return outcome }
                        _ = processes.increment()
                        return convertBatch([outcome.input], profile: profile, staging: staging, into: directory).outcomes[0]
                    }
                    let after = outcomes.filter { $0.error != nil }.count
                    incidents.append(Incident(kind: failure?.kind ?? .noOutput, files: batch.count,
                                              detail: failure?.detail ?? "LibreOffice exited normally but left \(before) of \(batch.count) files unconverted",
                                              unconverted: before, recovered: before - after))
                } else if let failure {
                    incidents.append(Incident(kind: failure.kind, files: batch.count, detail: failure.detail,
                                              unconverted: outcomes.filter { $0.error != nil }.count, recovered: 0))
                }
                outcomes.forEach { collected.append($0); progress($0) }
            }
        }
        return Conversion(outcomes: results + collected.items, incidents: incidents.items, processes: processes.current)
    }

    /// Free bytes on the file system holding `path`.
    static func freeBytes(_ path: String) -> UInt64? {
        var info = statvfs()
        guard statvfs(path, &info) == 0 else { return nil }
        return UInt64(info.f_bavail) * UInt64(info.f_frsize)
    }

    /// A document's content.xml as text. One that cannot be read is an error, not an empty text: the
    /// PDF would otherwise ship without its 版记 on an even page or its landscape pages turned.
    static func content(of odt: String) throws -> String {
        let unfinished = "the 版记 could not be put on an even page nor landscape pages turned, so no PDF was written; write the .odt again (gongwen build) and convert it"
        let entries: [(name: String, bytes: [UInt8])]
        do {
            entries = try ZipArchive.read(odt)
        } catch {
            throw ZipArchive.ZipError(description: "cannot read the .odt to finish its PDF (\(error)): " + unfinished)
        }
        guard let content = entries.first(where: { $0.name == "content.xml" }) else {
            throw ZipArchive.ZipError(description: "cannot read the .odt to finish its PDF (\(odt) has no content.xml): " + unfinished)
        }
        return String(decoding: content.bytes, as: UTF8.self)
    }

    /// One soffice call; outputs land in a staging folder and are renamed into place when complete.
    func convertBatch(_ batch: [String], profile: String, staging: String, into directory: String) -> (outcomes: [Outcome], failure: Failure?) {
        let failure = soffice(batch, profile: profile, outputDirectory: staging)
        let outcomes = batch.map { input -> Outcome in
            let staged = outputPath(for: input, in: staging)
            let output = outputPath(for: input, in: directory)
            guard Self.looksComplete(staged, format: format) else {
                try? FileManager.default.removeItem(atPath: staged)
                // LibreOffice says nothing when it cannot write: a full disk is told apart here.
                let free = Self.freeBytes(directory)
                let message = free.map({ $0 < 16 << 20 }) ?? false
                    ? "the disk holding \(directory) is full (\(free! >> 10) KB free): LibreOffice could not write the \(format.fileExtension.uppercased())"
                    : failure?.detail ?? "LibreOffice produced no \(format.fileExtension.uppercased())"
                return Outcome(input: input, output: output, error: message, skipped: false)
            }
            // The .odt's content (read in process, once) says what the PDF needs after LibreOffice.
            let content: String
            do {
                content = format == .docx ? "" : try Self.content(of: input)
            } catch {
                try? FileManager.default.removeItem(atPath: staged)
                return Outcome(input: input, output: output, error: "\(error)", skipped: false)
            }
            // The 版记 pass copies the .odt as the signature pass left it (its last lines cut off).
            var source = input, warning: String?
            let signatureFolder = staging + "/signature"
            defer { try? FileManager.default.removeItem(atPath: signatureFolder) }
            if format == .pdf, SignatureKeeping.mayStandAlone(content: content) {
                switch keepSignatureWithText(input, staged: staged, profile: profile, folder: signatureFolder) {
                case .failure(let problem):
                    try? FileManager.default.removeItem(atPath: staged)
                    return Outcome(input: input, output: output, error: problem.message, skipped: false)
                case .success(let kept):
                    source = kept.copy ?? input
                    warning = kept.warning
                }
            }
            if ImprintPagination.hasImprint(content: content),
               let problem = placeImprintOnEvenPage(source, staged: staged, profile: profile, staging: staging) {
                try? FileManager.default.removeItem(atPath: staged)
                return Outcome(input: input, output: output, error: problem, skipped: false)
            }
            if LandscapePages.has(content: content), let problem = LandscapePages.turn(staged, scratch: staging + "/landscape") {
                try? FileManager.default.removeItem(atPath: staged)
                return Outcome(input: input, output: output, error: problem, skipped: false)
            }
            if rename(staged, output) != 0 {
                return Outcome(input: input, output: output, error: "cannot move the output into place: \(String(cString: strerror(errno)))", skipped: false)
            }
            return Outcome(input: input, output: output, error: nil, skipped: false, warning: warning)
        }
        return (outcomes, failure)
    }

    struct Failure {
        var kind: Incident.Kind
        var detail: String
    }

    /// Converts `files` into `outputDirectory`; the failure, if LibreOffice had one.
    func soffice(_ files: [String], profile: String, outputDirectory: String) -> Failure? {
        do {
            try Interrupts.shared.makeDirectories(outputDirectory)
        } catch {
            return Failure(kind: .crash, detail: "\(error)")
        }
        var environment = ProcessInfo.processInfo.environment
        if let fontConfig { environment["FONTCONFIG_FILE"] = fontConfig }
        environment["SAL_USE_VCLPLUGIN"] = "svp"
        // LibreOffice reads file names in the locale's character set: under a locale the system has
        // not generated (LANG=zh_CN.UTF-8 on a machine without it) it cannot open 青山县.odt and
        // converts nothing. C.UTF-8 is always there, and the PDFs do not depend on the clerk's locale.
        environment["LC_ALL"] = "C.UTF-8"
        let command = [soffice, "-env:UserInstallation=" + URL(fileURLWithPath: profile).absoluteString,
                       "--headless", "--invisible", "--norestore", "--nologo", "--nodefault", "--nolockcheck",
                       "--convert-to", format.filter, "--outdir", outputDirectory] + files
        let timeout = batchTimeout + secondsPerFile * Double(files.count)
        do {
            let outcome = try Subprocess.run(command, environment: environment, timeout: timeout)
            if outcome.timedOut { return Failure(kind: .hang, detail: "LibreOffice took longer than \(Int(timeout)) s and was stopped") }
            if outcome.status != 0 { return Failure(kind: .crash, detail: "LibreOffice exited with status \(outcome.status)") }
            return nil
        } catch {
            return Failure(kind: .crash, detail: "\(error)")
        }
    }

    struct Problem: Error { var message: String }

    /// §7.3.5.5 (see `SignatureKeeping`): when the 署名 and date stand on a page without the text, the
    /// staged PDF is replaced by a conversion of a copy whose last lines go over with them. Returns
    /// that copy (for the 版记 pass to start from), or a warning when no conversion kept them.
    func keepSignatureWithText(_ input: String, staged: String, profile: String, folder: String) -> Result<(copy: String?, warning: String?), Problem> {
        guard Subprocess.which("mutool") != nil else {
            return .failure(Problem(message: "the 署名 and date are kept with the text (§7.3.5.5) after reading the PDF's lines with mutool: install the Debian package mupdf-tools"))
        }
        let alone = "the 署名 and the date stand on a page without a line of the text (§7.3.5.5)"
        let lines: [PDFLayout.Line]
        do {
            guard let found = SignatureKeeping.loneSignature(try PDFLayout.read(pdf: staged)) else { return .success((nil, nil)) }
            lines = found
        } catch {
            return .failure(Problem(message: "cannot read the PDF's lines to keep the 署名 and date with the text (§7.3.5.5): \(error)"))
        }
        guard lines.count > SignatureKeeping.movedLines else {
            return .success((nil, alone + " and the page before ends in too few lines to move; lengthen or shorten the text"))
        }
        let copy = folder + "/" + (input as NSString).lastPathComponent
        let result = outputPath(for: copy, in: folder + "/out")
        do {
            try FileSystem.makeDirectories(folder)
            try SignatureKeeping.writeCopy(of: input, lastLines: lines.suffix(SignatureKeeping.movedLines).map(\.text), to: copy)
        } catch {
            return .success((nil, alone + ": its last paragraph could not be cut where its lines break (\(error)); lengthen or shorten the text"))
        }
        if let failure = soffice([copy], profile: profile, outputDirectory: folder + "/out") {
            return .failure(Problem(message: failure.detail))
        }
        guard Self.looksComplete(result, format: format), let layout = try? PDFLayout.read(pdf: result) else {
            return .success((nil, alone + ": LibreOffice did not convert the copy that moves the text's last lines to it"))
        }
        guard SignatureKeeping.loneSignature(layout) == nil else {
            return .success((nil, alone + " even with the text's last lines moved to it; lengthen or shorten the text"))
        }
        guard rename(result, staged) == 0 else {
            return .failure(Problem(message: "cannot move the PDF that keeps the signature with the text into place: \(String(cString: strerror(errno)))"))
        }
        return .success((copy, nil))
    }

    /// A 版记 that ended on an odd page is moved to an even one (see `ImprintPagination`); the staged
    /// PDF is replaced only by a conversion whose page count came out even. Returns what went wrong.
    func placeImprintOnEvenPage(_ input: String, staged: String, profile: String, staging: String) -> String? {
        // Counting pages runs pdfinfo: only for documents with a 版记 (the caller checks). A count it
        // cannot tell is an error: the PDF would ship with its 版记 on whatever page it fell.
        guard let pages = ImprintPagination.pageCount(staged) else {
            return Subprocess.which("pdfinfo") == nil
                ? "the 版记 is put on an even page (§7.4) after counting the PDF's pages with pdfinfo: install the Debian package poppler-utils"
                : "pdfinfo cannot count the pages of the PDF LibreOffice made, so the 版记 cannot be put on an even page (§7.4): convert it again"
        }
        guard pages % 2 == 1 else { return nil }
        let folder = staging + "/imprint"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var problem = "the 版记 ends on odd page \(pages) and no layout put it on an even page"
        for variant in ImprintPagination.Variant.allCases {
            let copy = folder + "/" + (input as NSString).lastPathComponent
            let result = outputPath(for: copy, in: folder + "/out")
            do {
                try FileSystem.makeDirectories(folder)
                try ImprintPagination.writeCopy(of: input, variant: variant, to: copy)
            } catch {
                return "cannot stage a copy to move the 版记 to an even page: \(error)"
            }
            if let failure = soffice([copy], profile: profile, outputDirectory: folder + "/out") { problem = failure.detail; continue }
            guard Self.looksComplete(result, format: format), let count = ImprintPagination.pageCount(result), count % 2 == 0 else { continue }
            // A blank page before the 版记 page means neither may carry a number: try the next variant.
            if variant == .ownPage && ImprintPagination.isBlank(result, page: count - 1) { continue }
            guard rename(result, staged) == 0 else { return "cannot move the re-paginated PDF into place" }
            return nil
        }
        return problem
    }
}
