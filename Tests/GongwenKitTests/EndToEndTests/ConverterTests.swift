import XCTest
@testable import GongwenKit

/// The LibreOffice pool under trouble: a file it cannot convert, and a worker killed mid-batch.
final class ConverterTests: XCTestCase {
    func odts(_ count: Int, in dir: String) throws -> [String] {
        try Repo.sampleUnits.prefix(count).map { unit in
            let path = "\(dir)/odt/\(UnitNaming.unitName(unit)).odt"
            try OdtDocumentWriter.write(try DocumentReader.read(path: unit).document, to: path, styles: .builtIn, sourceDateEpoch: nil)
            return path
        }
    }

    func converter(workers: Int) -> PDFConverter {
        var c = PDFConverter()
        c.workers = workers
        c.fontConfig = Repo.root + "/styles/fonts.conf"
        return c
    }

    /// A clerk's LANG may name a locale the machine has not generated (zh_CN.UTF-8 where only C.UTF-8
    /// is): LibreOffice then could not open a Chinese file name and converted nothing. Its workers
    /// run under C.UTF-8 whatever the caller's locale.
    func testAChineseFileNameConvertsUnderALocaleTheMachineLacks() throws {
        try XCTSkipIf(Subprocess.which("soffice") == nil, "end-to-end tier: LibreOffice is not installed (make deps)")
        let saved = (ProcessInfo.processInfo.environment["LANG"], ProcessInfo.processInfo.environment["LC_ALL"])
        setenv("LANG", "xx_XX.UTF-8", 1)
        unsetenv("LC_ALL")
        defer {
            if let lang = saved.0 { setenv("LANG", lang, 1) } else { unsetenv("LANG") }
            if let all = saved.1 { setenv("LC_ALL", all, 1) }
        }
        let dir = temporaryDirectory()
        let files = try odts(1, in: dir)
        XCTAssertTrue(files[0].unicodeScalars.contains { $0.value > 0x2E80 }, "a Chinese file name: \(files[0])")
        let conversion = converter(workers: 1).run(files, into: dir + "/pdf")
        XCTAssertEqual(conversion.outcomes.map(\.error), [nil])
        XCTAssertTrue(FileManager.default.fileExists(atPath: dir + "/pdf/" + UnitNaming.unitName(files[0]) + ".pdf"))
    }

    func testUnconvertibleFileIsAnErrorAndLeavesNoOutput() throws {
        try XCTSkipIf(Subprocess.which("soffice") == nil, "end-to-end tier: LibreOffice is not installed (make deps)")
        let dir = temporaryDirectory()
        let good = try odts(1, in: dir)
        // A truncated package: LibreOffice cannot load it, yet exits 0.
        let bad = dir + "/odt/broken.odt"
        let bytes = try XCTUnwrap(FileManager.default.contents(atPath: good[0]))
        FileManager.default.createFile(atPath: bad, contents: bytes.prefix(3000))
        let outcomes = converter(workers: 1).convert(good + [bad], into: dir + "/pdf")
        XCTAssertEqual(outcomes.count, 2)
        XCTAssertNil(outcomes.first { $0.input == good[0] }?.error)
        XCTAssertNotNil(outcomes.first { $0.input == bad }?.error)
        let made = try FileManager.default.contentsOfDirectory(atPath: dir + "/pdf").sorted()
        XCTAssertEqual(made, [UnitNaming.unitName(good[0]) + ".pdf"], "no partial or staging files left")

        // Up-to-date outputs are skipped the second time.
        let again = converter(workers: 1).convert(good, into: dir + "/pdf")
        XCTAssertEqual(again.map(\.skipped), [true])
    }

    /// A unit whose PDF fails is told against its source, not the .odt made from it. The PDF's place
    /// is taken by a folder, so moving the PDF there fails.
    func testAFailedPDFNamesTheUnitsSource() throws {
        try XCTSkipIf(Subprocess.which("soffice") == nil, "end-to-end tier: LibreOffice is not installed (make deps)")
        let dir = temporaryDirectory()
        let source = dir + "/units/测试县.yaml"
        write(minimalDocument, to: source)
        write("x", to: dir + "/out/pdf/测试县.pdf/in-the-way")
        let report = BuildRunner(options: try repoBuildOptions(output: dir + "/out")).run(sources: [source], progress: Progress(quiet: true))
        XCTAssertEqual(report.units.map(\.converted), [.failed])
        XCTAssertEqual(report.units[0].diagnostics.filter { $0.contains(": error: ") },
                       ["\(source): error: the PDF was not made: cannot move the output into place: Is a directory"])
    }

    func testKilledLibreOfficeStillEndsWithEveryPDF() throws {
        try XCTSkipIf(Subprocess.which("soffice") == nil, "end-to-end tier: LibreOffice is not installed (make deps)")
        try XCTSkipIf(Subprocess.which("pkill") == nil, "end-to-end tier: pkill (procps) is needed")
        let dir = temporaryDirectory()
        let inputs = try odts(6, in: dir)
        final class Killed: @unchecked Sendable { var yes = false }
        let killed = Killed()
        let killer = Thread {
            // Kill this run's first soffice once it is converting; the pool must retry its files.
            for _ in 0..<100 {
                Thread.sleep(forTimeInterval: 0.1)
                // Only this test's own workers: their profiles carry this process's id.
                if (try? Subprocess.run(["pgrep", "-f", "gongwen-lo-\(getpid())-"]))?.status == 0 {
                    Thread.sleep(forTimeInterval: 0.8)
                    killed.yes = (try? Subprocess.run(["pkill", "-9", "-f", "gongwen-lo-\(getpid())"]))?.status == 0
                    return
                }
            }
        }
        killer.start()
        let outcomes = converter(workers: 1).convert(inputs, into: dir + "/pdf")
        XCTAssertTrue(killed.yes, "the test must really kill a LibreOffice worker")
        XCTAssertEqual(outcomes.count, 6)
        XCTAssertEqual(outcomes.compactMap(\.error), [])
        for input in inputs {
            let pdf = dir + "/pdf/" + UnitNaming.unitName(input) + ".pdf"
            XCTAssertTrue(PDFConverter.looksComplete(pdf, format: .pdf), pdf)
            let text = try Subprocess.run(["pdftotext", pdf, "-"]).output
            XCTAssertTrue(text.contains(UnitNaming.unitName(input)), "\(pdf) holds its unit's text")
        }
    }
}

final class ConverterTimeoutTests: XCTestCase {
    /// A LibreOffice that hangs (a stand-in script with a child of its own) is killed with its whole
    /// process group after the timeout, and its files are reported as failed.
    func testHungConverterIsKilledWithItsChildren() throws {
        let dir = temporaryDirectory()
        let marker = "gongwen-hang-\(UUID().uuidString.prefix(8))"
        let fake = dir + "/soffice"
        write("#!/bin/sh\nsh -c 'sleep 300; echo \(marker)' &\nsleep 300\n", to: fake)
        chmod(fake, 0o755)
        write("x", to: dir + "/a.odt")
        var converter = PDFConverter()
        converter.soffice = fake
        converter.workers = 1
        converter.batchTimeout = 1
        converter.secondsPerFile = 0
        let started = Date()
        let outcomes = converter.convert([dir + "/a.odt"], into: dir + "/pdf")
        XCTAssertLessThan(Date().timeIntervalSince(started), 30)
        XCTAssertEqual(outcomes.count, 1)
        XCTAssertTrue(outcomes[0].error?.contains("was stopped") == true, "\(outcomes)")
        Thread.sleep(forTimeInterval: 0.3)
        let left = try Subprocess.run(["pgrep", "-f", marker])
        XCTAssertNotEqual(left.status, 0, "the hung converter's child must be gone too")
    }
}

/// The pool's bookkeeping, with a stand-in soffice (a shell script) so that each case is exact.
final class ConverterPoolTests: XCTestCase {
    /// A script standing in for soffice: `body` runs with $OUT (the --outdir) and the files in $@.
    func fakeSoffice(_ dir: String, _ body: String) -> String {
        let path = dir + "/soffice"
        write("""
        #!/bin/sh
        while [ "$1" != "--outdir" ]; do shift; done
        OUT="$2"; shift 2
        \(body)
        """, to: path)
        chmod(path, 0o755)
        return path
    }

    /// A complete-looking PDF for each file given.
    static let writePDFs = #"for f in "$@"; do b=$(basename "$f" .odt); { echo '%PDF-1.4'; echo '% a stand-in PDF, long enough to pass the completeness check'; echo "$b"; echo '%%EOF'; } > "$OUT/$b.pdf"; done"#

    /// Packages with a content.xml (no 版记, no landscape pages): the converter reads each .odt after
    /// LibreOffice to see what its PDF needs, and one it cannot read is an error.
    func inputs(_ n: Int, in dir: String) throws -> [String] {
        try (0..<n).map { i in
            let path = "\(dir)/odt/u\(i).odt"
            try FileSystem.makeDirectories(dir + "/odt")
            try ZipArchive.write([ZipArchive.Entry("mimetype", .bytes(Array("application/vnd.oasis.opendocument.text".utf8)), stored: true),
                                  ZipArchive.Entry("content.xml", .bytes(Array("<office:document-content/>".utf8)), stored: false)],
                                 to: path, timestamp: 0)
            return path
        }
    }

    /// An .odt that LibreOffice converted but gongwen cannot read is an error and leaves no PDF: the
    /// PDF would lack what is done after LibreOffice (the 版记's even page, the landscape pages' turn).
    func testAnOdtThatCannotBeReadAfterConversionIsAnError() throws {
        let dir = temporaryDirectory()
        var converter = PDFConverter()
        converter.soffice = fakeSoffice(dir, Self.writePDFs)
        converter.workers = 1
        let good = try inputs(1, in: dir)
        let bad = dir + "/odt/bad.odt"
        write("not a zip", to: bad)
        let outcomes = converter.convert(good + [bad], into: dir + "/pdf")
        XCTAssertNil(outcomes.first { $0.input == good[0] }?.error)
        let error = try XCTUnwrap(outcomes.first { $0.input == bad }?.error)
        XCTAssertTrue(error.hasPrefix("cannot read the .odt to finish its PDF (\(bad): not a readable zip file"), error)
        XCTAssertTrue(error.hasSuffix("so no PDF was written; write the .odt again (gongwen build) and convert it"), error)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir + "/pdf").sorted(), ["u0.pdf"])
    }

    /// `--jobs 4` on a machine of 2 cores runs 4 LibreOffice processes at once.
    func testJobsBeyondTheCoreCountAreHonoured() throws {
        let dir = temporaryDirectory()
        let running = dir + "/running"
        try FileManager.default.createDirectory(atPath: running, withIntermediateDirectories: true)
        var converter = PDFConverter()
        converter.soffice = fakeSoffice(dir, "touch \(running)/$$; sleep 1; ls \(running) | wc -l >> \(dir)/seen; rm \(running)/$$\n" + Self.writePDFs)
        converter.workers = 4
        let outcomes = converter.convert(try inputs(4, in: dir), into: dir + "/pdf")
        XCTAssertEqual(outcomes.compactMap(\.error), [])
        let seen = try String(contentsOfFile: dir + "/seen", encoding: .utf8).split(separator: "\n").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        XCTAssertEqual(seen.max(), 4, "four workers at once: \(seen)")
    }

    /// A batch that crashes is retried one file at a time; the incident says so.
    func testCrashedBatchIsRetriedAndReported() throws {
        let dir = temporaryDirectory()
        var converter = PDFConverter()
        converter.soffice = fakeSoffice(dir, "[ $# -gt 1 ] && exit 134\n" + Self.writePDFs)
        converter.workers = 1
        let conversion = converter.run(try inputs(3, in: dir), into: dir + "/pdf")
        XCTAssertEqual(conversion.outcomes.compactMap(\.error), [])
        XCTAssertEqual(conversion.incidents.map(\.description), ["LibreOffice exited with status 134 while converting 3 files; they were converted again one at a time: none lost"])
        XCTAssertEqual(conversion.processes, 4)
        let json = String(decoding: try JSONEncoder().encode(conversion.incidents), as: UTF8.self)
        XCTAssertTrue(json.contains(#""kind":"crash""#), json)
    }

    /// A batch killed after its first file: only the files it left are converted again, and the
    /// incident says so, and that none was lost (not "batch of 3; 2 recovered", which read as one lost).
    func testAPartlyConvertedBatchSaysWhatWasConvertedAgainAndThatNoneWasLost() throws {
        let dir = temporaryDirectory()
        var converter = PDFConverter()
        converter.soffice = fakeSoffice(dir, "if [ $# -gt 1 ]; then set -- \"$1\"; \(Self.writePDFs); exit 137; fi\n" + Self.writePDFs)
        converter.workers = 1
        let conversion = converter.run(try inputs(3, in: dir), into: dir + "/pdf")
        XCTAssertEqual(conversion.outcomes.compactMap(\.error), [])
        XCTAssertEqual(conversion.incidents.map(\.description),
                       ["LibreOffice exited with status 137 while converting 3 files; the 2 not converted were converted again one at a time: none lost"])
        XCTAssertEqual(conversion.processes, 3)
        let json = String(decoding: try JSONEncoder().encode(conversion.incidents), as: UTF8.self)
        XCTAssertTrue(json.contains(#""unconverted":2"#) && json.contains(#""recovered":2"#), json)
    }

    /// Every case of the incident's sentence: files lost, a lone file, outputs all complete, no output.
    func testIncidentWording() {
        func incident(_ kind: PDFConverter.Incident.Kind, _ detail: String, files: Int, unconverted: Int, recovered: Int) -> String {
            PDFConverter.Incident(kind: kind, files: files, detail: detail, unconverted: unconverted, recovered: recovered).description
        }
        XCTAssertEqual(incident(.hang, "LibreOffice took longer than 75 s and was stopped", files: 5, unconverted: 5, recovered: 3),
                       "LibreOffice took longer than 75 s and was stopped while converting 5 files; they were converted again one at a time: 2 still failed (their errors are listed with them)")
        XCTAssertEqual(incident(.crash, "LibreOffice exited with status 139", files: 1, unconverted: 1, recovered: 0),
                       "LibreOffice exited with status 139 while converting 1 file: it was not converted (its error is listed with it)")
        XCTAssertEqual(incident(.crash, "LibreOffice exited with status 1", files: 4, unconverted: 0, recovered: 0),
                       "LibreOffice exited with status 1 while converting 4 files; every file came out complete: none lost")
        XCTAssertEqual(incident(.noOutput, "LibreOffice exited normally but left 2 of 6 files unconverted", files: 6, unconverted: 2, recovered: 2),
                       "LibreOffice exited normally but left 2 of 6 files unconverted; the 2 not converted were converted again one at a time: none lost")
    }

    /// A LibreOffice that is not there is one message, with the way out.
    func testMissingLibreOfficeIsSaidOnceWithTheHint() {
        var converter = PDFConverter()
        converter.soffice = "/nonexistent/soffice"
        XCTAssertEqual(converter.unavailable, "LibreOffice is not installed (no soffice in PATH): install it (make deps, or apt-get install libreoffice-writer-nogui) or build with --odt-only")
    }

    /// LibreOffice writes nothing and says nothing when the disk is full; gongwen says it.
    func testFullDiskIsNamed() throws {
        let dir = temporaryDirectory()
        let small = dir + "/small"
        try FileManager.default.createDirectory(atPath: small, withIntermediateDirectories: true)
        let mounted = try Subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", small])
        try XCTSkipIf(mounted.status != 0, "end-to-end tier: cannot mount a small tmpfs here (needs root)")
        defer { _ = try? Subprocess.run(["umount", small]) }
        var converter = PDFConverter()
        converter.soffice = fakeSoffice(dir, "exit 0")
        converter.workers = 1
        let outcomes = converter.convert(try inputs(1, in: dir), into: small + "/pdf")
        XCTAssertTrue(outcomes[0].error?.hasPrefix("the disk holding \(small)/pdf is full (") == true, "\(outcomes)")
    }
}
