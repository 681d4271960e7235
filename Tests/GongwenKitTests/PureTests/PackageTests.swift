import CLibZip
import XCTest
@testable import GongwenKit

final class PackageTests: XCTestCase {
    func sampleDocument() throws -> Document {
        try DocumentReader.read(path: Repo.sampleUnits[0]).document
    }

    func testMimetypeIsFirstStoredWithoutExtraField() throws {
        let path = temporaryDirectory() + "/a.odt"
        try OdtDocumentWriter.write(try sampleDocument(), to: path, styles: .builtIn, sourceDateEpoch: nil)
        let bytes = try XCTUnwrap(FileManager.default.contents(atPath: path))
        // Local file header: signature, then method at 8, name length at 26, extra length at 28, name at 30.
        XCTAssertEqual(Array(bytes[0..<4]), [0x50, 0x4B, 0x03, 0x04])
        XCTAssertEqual(bytes[8], 0, "mimetype must be stored")
        XCTAssertEqual(Int(bytes[26]) | Int(bytes[27]) << 8, 8)
        XCTAssertEqual(Int(bytes[28]) | Int(bytes[29]) << 8, 0, "no extra field")
        XCTAssertEqual(String(decoding: bytes[30..<38], as: UTF8.self), "mimetype")
        XCTAssertEqual(String(decoding: bytes[38..<(38 + 39)], as: UTF8.self), "application/vnd.oasis.opendocument.text")
        let names = try OdtReader.parts(of: path).map(\.name)
        XCTAssertEqual(names, ["content.xml", "styles.xml", "meta.xml", "META-INF/manifest.xml"])
    }

    /// Parts deflated by libdeflate reach the archive as libzip's own would: method 8, the "fast"
    /// flag, the CRC libzip checks on reading, and Python's zlib inflates them to the same bytes.
    func testDeflatedPartsReadBack() throws {
        let text = Array((0..<3000).map { "<text:p>第\($0)段，共 \($0 * 7) 篇</text:p>" }.joined().utf8)
        let dir = temporaryDirectory()
        let zip = try ZipArchive.bytes([.init("a.xml", .bytes(text)), .init("empty", .bytes([])), .init("b", .bytes([7]), stored: true)], timestamp: 0)
        try ZipArchive.writeAtomically(zip, to: dir + "/t.zip")
        let back = try ZipArchive.read(dir + "/t.zip")
        XCTAssertEqual(back.map(\.name), ["a.xml", "empty", "b"])
        XCTAssertEqual(back[0].bytes, text)
        XCTAssertEqual(back[1].bytes, [])
        XCTAssertEqual(back[2].bytes, [7])
        // Local header of the first entry: flags at 6 (bits 1-2 = 10, fast), method at 8.
        XCTAssertEqual(zip[6] & 0x06, 0x04)
        XCTAssertEqual(zip[8], 8)
        let compressed = Int(zip[18]) | Int(zip[19]) << 8 | Int(zip[20]) << 16
        XCTAssertLessThan(compressed, text.count / 4)
        let check = try Subprocess.run(["python3", "-c", "import zipfile,sys; open(sys.argv[2],'wb').write(zipfile.ZipFile(sys.argv[1]).read('a.xml'))", dir + "/t.zip", dir + "/a.xml"])
        XCTAssertEqual(check.status, 0)
        XCTAssertEqual(FileManager.default.contents(atPath: dir + "/a.xml").map(Array.init), text)
    }

    func testSameInputsGiveIdenticalBytes() throws {
        let dir = temporaryDirectory()
        let doc = try sampleDocument()
        try OdtDocumentWriter.write(doc, to: dir + "/1.odt", styles: .builtIn, sourceDateEpoch: nil)
        sleep(1)
        try OdtDocumentWriter.write(doc, to: dir + "/2.odt", styles: .builtIn, sourceDateEpoch: nil)
        XCTAssertEqual(FileManager.default.contents(atPath: dir + "/1.odt"), FileManager.default.contents(atPath: dir + "/2.odt"))
        try OdtDocumentWriter.write(doc, to: dir + "/3.odt", styles: .builtIn, sourceDateEpoch: 1_700_000_000)
        XCTAssertNotEqual(FileManager.default.contents(atPath: dir + "/1.odt"), FileManager.default.contents(atPath: dir + "/3.odt"))
    }

    func testSourceDateEpochSetsTheEntryTimes() throws {
        let path = temporaryDirectory() + "/e.odt"
        try OdtDocumentWriter.write(try sampleDocument(), to: path, styles: .builtIn, sourceDateEpoch: 1_700_000_000)
        var code: Int32 = 0
        let archive = try XCTUnwrap(zip_open(path, ZIP_RDONLY, &code))
        defer { zip_close(archive) }
        var stat = zip_stat_t()
        XCTAssertEqual(zip_stat_index(archive, 1, 0, &stat), 0)
        // DOS times have two-second steps and are local time; compare within a day.
        XCTAssertLessThan(abs(Int(stat.mtime) - 1_700_000_000), 86_400)
    }

    func testTemporaryNamesAreHiddenBesideTheFileAndPassOverLeftovers() throws {
        XCTAssertTrue(ZipArchive.temporaryPath(for: "/x.odt").hasPrefix("/.x.odt."))
        XCTAssertTrue(ZipArchive.temporaryPath(for: "x.odt").hasPrefix(".x.odt."))
        let dir = temporaryDirectory()
        let path = dir + "/甲.odt"
        func tag(_ name: String) -> UInt32? { UInt32(name.dropLast(4).suffix(8), radix: 16) }
        var first = ZipArchive.temporaryPath(for: path)
        // Away from where the count's low 12 bits wrap, so the next names are the next numbers.
        while let t = tag(first), t & 0xFFF > 0xFF0 { first = ZipArchive.temporaryPath(for: path) }
        XCTAssertEqual(first.utf8.count, path.utf8.count + 1 + 13, first)
        XCTAssertTrue(first.hasPrefix(dir + "/.甲.odt.") && first.hasSuffix(".tmp"), first)
        XCTAssertNotEqual(ZipArchive.temporaryPath(for: path), first)
        // The next two names, as a killed process with the same id would have left them.
        let start = try XCTUnwrap(tag(first))
        let leftovers = [start + 2, start + 3].map { dir + "/.甲.odt." + String(format: "%08x", $0) + ".tmp" }
        for leftover in leftovers { write("left", to: leftover) }
        try ZipArchive.writeAtomically(Array("新".utf8), to: path)
        XCTAssertEqual(tag(ZipArchive.temporaryPath(for: path)), start + 5, "the write tried three names")
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "新")
        for leftover in leftovers { XCTAssertEqual(try String(contentsOfFile: leftover, encoding: .utf8), "left") }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir).count, 3)
    }

    func testFailedWriteLeavesNoFile() throws {
        let dir = temporaryDirectory()
        let blocker = dir + "/not-a-folder"
        FileManager.default.createFile(atPath: blocker, contents: Data())
        XCTAssertThrowsError(try OdtDocumentWriter.write(try sampleDocument(), to: blocker + "/x.odt", styles: .builtIn, sourceDateEpoch: nil))
        let left = try FileManager.default.contentsOfDirectory(atPath: dir)
        XCTAssertEqual(left, ["not-a-folder"])
    }
}

/// The same sources give the same bytes whatever the time zone, locale or current folder.
final class SameBytesTests: XCTestCase {
    func build(in folder: String, environment: [String: String]) throws -> [UInt8] {
        let binary = Repo.root + "/.build/debug/gongwen"
        try XCTSkipIf(!FileManager.default.isExecutableFile(atPath: binary), "end-to-end tier: swift build first")
        let out = temporaryDirectory()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["build", "--odt-only", "-q", "-o", out, Repo.samples + "/青山县.yaml"]
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }.filter { $0.key != "SOURCE_DATE_EPOCH" }
        try process.run()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        return Array(try Data(contentsOf: URL(fileURLWithPath: out + "/odt/青山县.odt")))
    }

    /// Names the first byte that differs (XCTAssertEqual would print both archives whole).
    func assertSame(_ bytes: [UInt8], _ reference: [UInt8], line: UInt = #line) {
        guard bytes != reference else { return }
        let at = zip(bytes, reference).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(bytes.count, reference.count)
        XCTFail("the .odt differs from the reference at byte \(at) (\(bytes.count) and \(reference.count) bytes)", line: line)
    }

    func testBytesDoNotDependOnTimeZoneLocaleOrFolder() throws {
        let reference = try build(in: Repo.root, environment: ["TZ": "UTC", "LANG": "C", "LC_ALL": "C"])
        assertSame(try build(in: Repo.root, environment: ["TZ": "Asia/Shanghai", "LANG": "zh_CN.UTF-8", "LC_ALL": "zh_CN.UTF-8"]), reference)
        assertSame(try build(in: Repo.root, environment: ["TZ": "America/Los_Angeles", "LANG": "en_US.UTF-8"]), reference)
        // A zone whose clocks skip from 00:00 to 01:00 on the sample's date (2023-07-06, day 187):
        // libzip's local-time round trip made that midnight 01:00 (DOS time 0x0800) before the tool ran in UTC.
        assertSame(try build(in: Repo.root, environment: ["TZ": "XST-8XDT,J187/0,J300/0"]), reference)
        // A folder with a style sheet of its own: gongwen must not pick it up.
        let elsewhere = temporaryDirectory()
        write("<office:document-styles xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>", to: elsewhere + "/styles/gongwen.xml")
        assertSame(try build(in: elsewhere, environment: ["TZ": "Asia/Shanghai"]), reference)
        // The zip entries carry the document date at midnight, read in UTC.
        XCTAssertEqual(Array(reference[10..<14]), [0, 0, 0xE6, 0x56], "DOS time 00:00:00, date 2023-07-06")
    }
}
