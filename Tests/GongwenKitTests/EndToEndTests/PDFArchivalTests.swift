import Foundation
import XCTest
@testable import GongwenKit

/// PDF/A-2b from the own engine (`--pdfa`, issue 28): what ISO 19005-2 asks beyond the PDF the writer
/// makes anyway, read back by tools gongwen did not write (poppler's `pdfinfo -meta`, MuPDF's
/// `mutool show`, Python's own XML parser), with the values expected written out here from the
/// fixture's document information, not taken from the writer.
extension PDFWriterTests {
    static let xmpNamespaces = ["x": "adobe:ns:meta/", "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
                                "pdfaid": "http://www.aiim.org/pdfa/ns/id/", "dc": "http://purl.org/dc/elements/1.1/",
                                "xmp": "http://ns.adobe.com/xap/1.0/"]

    /// The XMP packet of `file` as poppler prints it, and the values Python's expat reads from it.
    func xmpValues(_ file: String) throws -> (packet: String, values: [String: String]) {
        let meta = try run(try requireTool("pdfinfo"), ["-meta", file])
        XCTAssertEqual(meta.status, 0, meta.stderr)
        let script = """
            import sys, xml.etree.ElementTree as ET
            ns = \(Self.xmpNamespaces.map { "'\($0.key)': '\($0.value)'" }.sorted().joined(separator: ", ").wrappedInBraces)
            root = ET.fromstring(sys.stdin.buffer.read())
            d = root.find('rdf:RDF/rdf:Description', ns)
            for key, path in [('part', 'pdfaid:part'), ('conformance', 'pdfaid:conformance'), ('format', 'dc:format'),
                              ('title', 'dc:title/rdf:Alt/rdf:li'), ('creator', 'dc:creator/rdf:Seq/rdf:li'),
                              ('tool', 'xmp:CreatorTool'), ('created', 'xmp:CreateDate'), ('modified', 'xmp:ModifyDate')]:
                e = d.find(path, ns)
                print(key + '\\t' + ('<missing>' if e is None else (e.text or '')))
            print('lang\\t' + d.find('dc:title/rdf:Alt/rdf:li', ns).get('{http://www.w3.org/XML/1998/namespace}lang', ''))
            """
        let python = try requireTool("python3")
        let parsed = try runBinary(python, ["-c", script], stdin: Array(meta.stdout.utf8))
        XCTAssertEqual(parsed.status, 0, parsed.stderr)
        var values: [String: String] = [:]
        for line in String(decoding: parsed.stdout, as: UTF8.self).split(separator: "\n") {
            let parts = line.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)
            if parts.count == 2 { values[String(parts[0])] = String(parts[1]) }
        }
        return (meta.stdout, values)
    }

    func testPDFA2bCarriesItsXMPAndSRGBOutputIntent() throws {
        var info = Self.info
        info.archival = true
        // Compressed as gongwen writes its PDFs (zlib by Python's): the metadata stream must stay plain.
        let file = try save(try sampleDocument(info: info, compress: try pythonZlib()))
        let mutool = try requireTool("mutool")

        // §6.6.2: the XMP packet, read by Python, says PDF/A-2b and what the Info dictionary says.
        let (packet, values) = try xmpValues(file)
        XCTAssertEqual(values["part"], "2")
        XCTAssertEqual(values["conformance"], "B")
        XCTAssertEqual(values["format"], "application/pdf")
        XCTAssertEqual(values["title"], "关于做好2024年宣传工作的通知")
        XCTAssertEqual(values["lang"], "x-default")
        XCTAssertEqual(values["creator"], "国务院办公厅")
        XCTAssertEqual(values["tool"], "gongwen")
        XCTAssertEqual(values["created"], "2024-03-05T00:00:00Z")
        XCTAssertEqual(values["modified"], "2024-03-05T00:00:00Z")
        // §6.6.2.1: the packet header first, without bytes= or encoding=, and no XML declaration.
        XCTAssertTrue(packet.hasPrefix("<?xpacket begin=\"\u{FEFF}\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>"), String(packet.prefix(80)))
        XCTAssertFalse(packet.contains("bytes="))
        XCTAssertFalse(packet.contains("encoding="))
        XCTAssertTrue(packet.trimmingCharacters(in: CharacterSet.whitespacesAndNewlines).hasSuffix("<?xpacket end=\"r\"?>"), String(packet.suffix(40)))

        // The metadata stream is not compressed and says what it is.
        let metadata = try run(mutool, ["show", file, "trailer/Root/Metadata"])
        XCTAssertEqual(metadata.status, 0, metadata.stderr)
        let dictionary = metadata.stdout.components(separatedBy: "stream").first ?? ""
        XCTAssertTrue(dictionary.contains("/Type /Metadata") && dictionary.contains("/Subtype /XML"), dictionary)
        XCTAssertFalse(dictionary.contains("/Filter"), dictionary)

        // §6.2.3: one output intent, GTS_PDFA1, whose profile is the sRGB profile TeX Live carries, byte for byte.
        let intent = try run(mutool, ["show", file, "trailer/Root/OutputIntents"])
        XCTAssertEqual(intent.status, 0, intent.stderr)
        let first = try run(mutool, ["show", file, "trailer/Root/OutputIntents/1"])
        XCTAssertTrue(first.stdout.contains("/S /GTS_PDFA1"), first.stdout)
        XCTAssertTrue(first.stdout.contains("/OutputConditionIdentifier (sRGB IEC61966-2.1)"), first.stdout)
        let profileFile = tempPath("icc")
        let dumped = try run(mutool, ["show", "-b", "-o", profileFile, file, "trailer/Root/OutputIntents/1/DestOutputProfile"])
        XCTAssertEqual(dumped.status, 0, dumped.stderr)
        let profile = try XCTUnwrap(FileManager.default.contents(atPath: profileFile))
        let texLive = "/usr/share/texlive/texmf-dist/tex/generic/colorprofiles/sRGB.icc"
        if let expected = FileManager.default.contents(atPath: texLive) { XCTAssertEqual(profile, expected) }
        // ICC.1 header: its size, a display ('mntr') profile of RGB, version 2 (mutool numbers arrays from 1).
        guard profile.count >= 128 else { return XCTFail("the profile has \(profile.count) bytes") }
        XCTAssertEqual(profile.prefix(4).reduce(0) { $0 << 8 | Int($1) }, profile.count)
        XCTAssertEqual(String(decoding: profile[12..<20], as: UTF8.self), "mntrRGB ")
        XCTAssertEqual(profile[8], 2)
        let dict = try run(mutool, ["show", file, "trailer/Root/OutputIntents/1/DestOutputProfile"])
        XCTAssertTrue(dict.stdout.contains("/N 3"), dict.stdout)

        // Still a sound file that readers open without a word.
        if let qpdf = tool("qpdf") {
            let check = try run(qpdf, ["--check", file])
            XCTAssertEqual(check.status, 0, check.stdout + check.stderr)
        }
        let pdfinfo = try run(try requireTool("pdfinfo"), [file])
        XCTAssertEqual(pdfinfo.stderr, "", "pdfinfo warned")
        let title = pdfinfo.stdout.split(separator: "\n").first { $0.hasPrefix("Title:") }.map { $0.dropFirst(6).trimmingCharacters(in: CharacterSet.whitespaces) }
        XCTAssertEqual(title, "关于做好2024年宣传工作的通知", pdfinfo.stdout)

        // A plain PDF has neither, and the same pages.
        let plain = try save(try sampleDocument())
        let root = try run(mutool, ["show", plain, "trailer/Root"])
        XCTAssertFalse(root.stdout.contains("/Metadata") || root.stdout.contains("/OutputIntents"), root.stdout)
        let text = { (f: String) in try self.run(try self.requireTool("pdftotext"), [f, "-"]).stdout }
        XCTAssertEqual(try text(file), try text(plain))
    }

    /// The title and author are the source's text: XML's special characters are escaped in the packet
    /// and read back as typed.
    func testTheXMPEscapesWhatTheSourceTyped() throws {
        var info = Self.info
        info.archival = true
        info.title = "关于<宣传>工作 & \"学习\"的通知"
        info.author = "A&B'局"
        let file = try save(try sampleDocument(info: info))
        let (_, values) = try xmpValues(file)
        XCTAssertEqual(values["title"], "关于<宣传>工作 & \"学习\"的通知")
        XCTAssertEqual(values["creator"], "A&B'局")
    }
}

private extension String {
    var wrappedInBraces: String { "{" + self + "}" }
}
