import XCTest
@testable import GongwenKit

/// The LibreOffice pool under trouble: a file it cannot convert, and a worker killed mid-batch.
final class ConverterTests: XCTestCase {
    func odts(_ count: Int, in dir: String) throws -> [String] {
        try Repo.sampleUnits.prefix(count).map { unit in
            let path = "\(dir)/odt/\(UnitDiscovery.unitName(unit)).odt"
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

    func testUnconvertibleFileIsAnErrorAndLeavesNoOutput() throws {
        try XCTSkipIf(Subprocess.which("soffice") == nil, "LibreOffice is not installed (make deps)")
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
        XCTAssertEqual(made, [UnitDiscovery.unitName(good[0]) + ".pdf"], "no partial or staging files left")

        // Up-to-date outputs are skipped the second time.
        let again = converter(workers: 1).convert(good, into: dir + "/pdf")
        XCTAssertEqual(again.map(\.skipped), [true])
    }

    func testKilledLibreOfficeStillEndsWithEveryPDF() throws {
        try XCTSkipIf(Subprocess.which("soffice") == nil, "LibreOffice is not installed (make deps)")
        try XCTSkipIf(Subprocess.which("pkill") == nil, "pkill (procps) is needed")
        let dir = temporaryDirectory()
        let inputs = try odts(6, in: dir)
        final class Killed: @unchecked Sendable { var yes = false }
        let killed = Killed()
        let killer = Thread {
            // Kill this run's first soffice once it is converting; the pool must retry its files.
            for _ in 0..<100 {
                Thread.sleep(forTimeInterval: 0.1)
                if (try? Subprocess.run(["pgrep", "-f", "gongwen-lo-.*soffice|soffice.*gongwen-lo-"]))?.status == 0 {
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
            let pdf = dir + "/pdf/" + UnitDiscovery.unitName(input) + ".pdf"
            XCTAssertTrue(PDFConverter.looksComplete(pdf, format: .pdf), pdf)
            let text = try Subprocess.run(["pdftotext", pdf, "-"]).output
            XCTAssertTrue(text.contains(UnitDiscovery.unitName(input)), "\(pdf) holds its unit's text")
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
