import Foundation
import XCTest
@testable import GongwenKit

/// `verify` and `validate` read files made by anyone: each hostile file in Hostile/tools/ is refused
/// quickly, with one clear located line that quotes nothing of the file.
final class ToolBoundsTests: XCTestCase {
    static let folder = Repo.root + "/Tests/GongwenKitTests/Hostile/tools"

    /// The diagnostics `body` throws, and how long it took.
    func refusal(_ body: () throws -> Void, file: StaticString = #filePath, line: UInt = #line) -> (message: String, seconds: Double) {
        let start = Date()
        do {
            try body()
            XCTFail("not refused", file: file, line: line)
        } catch let error as DiagnosticError {
            return (error.description, Date().timeIntervalSince(start))
        } catch {
            XCTFail("not a DiagnosticError: \(error)", file: file, line: line)
        }
        return ("", Date().timeIntervalSince(start))
    }

    /// One line, short, naming the file, with no control characters.
    func assertClear(_ message: String, startsWith prefix: String, mentions words: [String],
                     file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertTrue(message.hasPrefix(prefix), "\(message.prefix(300))", file: file, line: line)
        XCTAssertFalse(message.contains("\n"), "\(message.prefix(300))", file: file, line: line)
        XCTAssertLessThan(message.utf8.count, 300, "\(message.prefix(300))", file: file, line: line)
        for word in words { XCTAssertTrue(message.contains(word), "'\(word)' not in \(message.prefix(300))", file: file, line: line) }
    }

    // MARK: verify

    /// A 2.6 KB PDF whose page draws a form that draws a form four times, ten deep: 4^10 glyphs.
    /// (Before: 47 s, 5.9 GB and a 1 MB diagnostic.)
    func testVerifyRefusesNestedFormsQuickly() throws {
        let pdf = Self.folder + "/form-bomb.pdf"
        let (message, seconds) = refusal { _ = try PDFLayout.read(pdf: pdf) }
        XCTAssertLessThan(seconds, 5)
        assertClear(message, startsWith: pdf + ": error: the PDF draws too much to check", mentions: ["MB"])
    }

    /// A trace of more glyphs than the bound is refused before libxml2 builds its tree.
    func testTraceParserBoundsGlyphs() throws {
        let glyph = #"<g unicode="A" glyph="A" x="100" y="700" adv=".667"/>"#
        let trace = #"<document><page number="1" mediabox="0 0 595 842"><fill_text colorspace="DeviceGray" color="0" transform="1 0 0 -1 0 842"><span font="Helvetica" wmode="0" trm="12 0 0 12">"#
            + String(repeating: glyph, count: 100_001) + "</span></fill_text></page></document>"
        let (message, seconds) = refusal { _ = try PDFLayout.parse(trace: Array(trace.utf8), name: "many.pdf") }
        XCTAssertLessThan(seconds, 5)
        assertClear(message, startsWith: "many.pdf: error: the PDF draws too much to check", mentions: ["100000 glyphs"])
    }

    /// Elements of any kind count too (a clip path per glyph is most of the form bomb's trace).
    func testTraceParserBoundsElements() throws {
        let trace = "<document><page>" + String(repeating: #"<moveto x="0" y="0"/>"#, count: 200_001) + "</page></document>"
        let (message, seconds) = refusal { _ = try PDFLayout.parse(trace: Array(trace.utf8), name: "paths.pdf") }
        XCTAssertLessThan(seconds, 5)
        assertClear(message, startsWith: "paths.pdf: error: the PDF draws too much to check", mentions: ["200000 elements"])
    }

    /// Groups in groups: the tree is walked recursively, so its depth is bounded.
    func testTraceParserBoundsNesting() throws {
        let trace = "<document><page>" + String(repeating: "<group>", count: 5000) + String(repeating: "</group>", count: 5000) + "</page></document>"
        let (message, _) = refusal { _ = try PDFLayout.parse(trace: Array(trace.utf8), name: "deep.pdf") }
        assertClear(message, startsWith: "deep.pdf: error: the PDF draws too much to check", mentions: ["deep"])
    }

    /// A line where the page number goes, made of 20,000 glyphs with control characters: every finding
    /// quotes at most a short, escaped piece of it. (Before: the whole line, 1 MB from the form bomb.)
    func testFindingsQuoteLittleOfTheFile() throws {
        var glyphs = ""
        for i in 0..<20_000 {
            glyphs += #"<g unicode="\#(i % 2 == 0 ? "&#x9B;" : "&#x202E;")" glyph="a" x="\#(100 + i % 300)" y="60" adv=".5"/>"#
        }
        let trace = #"<document><page number="1" mediabox="0 0 595 842"><fill_text colorspace="DeviceGray" color="0" transform="1 0 0 -1 0 842"><span font="ABCDEF+Arial&#x85;" wmode="0" trm="14 0 0 14">"#
            + glyphs + "</span></fill_text></page></document>"
        let findings = LayoutVerifier.verify(try PDFLayout.parse(trace: Array(trace.utf8), name: "long.pdf"))
        XCTAssertFalse(findings.isEmpty)
        for finding in findings {
            let text = finding.description
            XCTAssertLessThan(text.unicodeScalars.count, 400, String(text.prefix(200)))
            XCTAssertFalse(text.unicodeScalars.contains { $0.properties.generalCategory == .control }, String(text.prefix(200)))
        }
    }

    /// A DOCTYPE (whose entities could multiply the text) is not something mutool writes.
    func testTraceWithDoctypeIsRefused() throws {
        let trace = #"<!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><document><page number="1" mediabox="0 0 595 842"/></document>"#
        let (message, _) = refusal { _ = try PDFLayout.parse(trace: Array(trace.utf8), name: "dtd.pdf") }
        assertClear(message, startsWith: "dtd.pdf: error:", mentions: ["DOCTYPE"])
    }

    /// A real document's trace is read as before: the sample 联合通知 meets the layout.
    func testRealTraceStillVerifies() throws {
        let trace = try Data(contentsOf: URL(fileURLWithPath: Repo.fixtures + "/traces/联合通知.trace.xml"))
        let layout = try PDFLayout.parse(trace: Array(trace), name: "联合通知.pdf")
        XCTAssertEqual(layout.pages.count, 2)
        XCTAssertEqual(LayoutVerifier.verify(layout).map(\.description), [])
    }

    // MARK: validate

    /// content.xml declares 64 MiB + 1 (deflated to 64 KB): refused before it is inflated.
    func testValidateRefusesAnOversizedPart() throws {
        let odt = Self.folder + "/content-64mb.odt"
        let (message, seconds) = refusal { _ = try OdtReader.parts(of: odt) }
        XCTAssertLessThan(seconds, 5)
        assertClear(message, startsWith: odt + ": error: content.xml unpacks to 67108865 bytes", mentions: ["64 MB"])
    }

    /// content.xml declares 1,000 bytes and inflates to 1 MiB: what is read stops at the declared size.
    func testValidateRefusesAnEntryLargerThanItDeclares() throws {
        let odt = Self.folder + "/size-understated.odt"
        let (message, _) = refusal { _ = try OdtReader.parts(of: odt) }
        assertClear(message, startsWith: odt + ": error: content.xml", mentions: ["1000 bytes"])
    }

    /// Two entries named content.xml: which one a reader takes is a guess.
    func testValidateRefusesDuplicateEntryNames() throws {
        let odt = Self.folder + "/duplicate-entry.odt"
        let (message, _) = refusal { _ = try OdtReader.parts(of: odt) }
        assertClear(message, startsWith: odt + ": error: not a readable zip file", mentions: ["two entries"])
    }

    /// A part within the size bound but of empty elements (64 MB of them took 2.2 GB to parse), or of
    /// a million attributes on one element (ten minutes in libxml2): refused before it is parsed.
    func testValidatorCountsBeforeItParses() throws {
        let validator = try ODFValidator.builtIn().main
        let start = Date()
        XCTAssertEqual(validator.validate(Array(("<r>" + String(repeating: "<a/>", count: 1_000_001) + "</r>").utf8), name: "content.xml"),
                       ["content.xml: more than 1000000 elements and attributes, too many to check"])
        XCTAssertEqual(validator.validate(Array(("<r " + (0..<1001).map { "a\($0)=''" }.joined(separator: " ") + "/>").utf8), name: "styles.xml"),
                       ["styles.xml: an element with more than 1000 attributes, too many to check"])
        XCTAssertLessThan(Date().timeIntervalSince(start), 5)
    }
}

/// The pieces the bounds are built of.
final class ToolBoundsPartsTests: XCTestCase {
    /// A child that writes without end is stopped at the limit, and only that much is kept.
    func testSubprocessOutputIsCapped() throws {
        let start = Date()
        let outcome = try Subprocess.run(["/usr/bin/yes"], timeout: 20, outputLimit: 1 << 20)
        XCTAssertLessThan(Date().timeIntervalSince(start), 5)
        XCTAssertTrue(outcome.overflowed)
        XCTAssertFalse(outcome.timedOut)
        XCTAssertEqual(outcome.bytes.count, 1 << 20)
    }

    func testSubprocessOutputUnderTheLimitIsWhole() throws {
        let outcome = try Subprocess.run(["/bin/echo", "公文"], outputLimit: 1 << 20)
        XCTAssertFalse(outcome.overflowed)
        XCTAssertEqual(outcome.output, "公文\n")
    }

    func testQuotedCapsAndEscapes() {
        XCTAssertEqual(PDFLayout.quoted("— 1 —"), "— 1 —")
        XCTAssertEqual(PDFLayout.quoted("a\u{1B}[2Jb\u{202E}c"), #"a\u{1B}[2Jb\u{202E}c"#)
        XCTAssertEqual(PDFLayout.quoted(String(repeating: "字", count: 1000)), String(repeating: "字", count: 80) + "…")
        // One character of a million combining marks is cut too.
        XCTAssertEqual(PDFLayout.quoted("e" + String(repeating: "\u{301}", count: 1_000_000)).unicodeScalars.count, 81)
    }

    func testFuzzEntryReadsATrace() throws {
        let trace = try Data(contentsOf: URL(fileURLWithPath: Repo.fixtures + "/traces/联合通知.trace.xml"))
        XCTAssertEqual(OdtDocumentWriter.fuzzTrace(Array(OdtDocumentWriter.fuzzTraceMarker.utf8) + Array(trace)), 0)
        XCTAssertEqual(OdtDocumentWriter.fuzzTrace(Array("#trace\n<document>".utf8)), 0)
        XCTAssertEqual(OdtDocumentWriter.fuzzTrace(Array("title: x\n".utf8)), -1)
    }
}
