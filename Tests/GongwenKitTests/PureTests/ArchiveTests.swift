import XCTest
@testable import GongwenKit

final class ArchiveTests: XCTestCase {
    /// FIPS 180-2 vectors: the hex form the MANIFEST writes.
    func testSHA256KnownVectors() {
        XCTAssertEqual(Digests.sha256Hex(Array("".utf8)), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        XCTAssertEqual(Digests.sha256Hex(Array("abc".utf8)), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(Digests.sha256Hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)),
                       "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        XCTAssertEqual(Digests.sha256Hex([UInt8](repeating: 0x61, count: 1_000)), "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }

    /// A file changed and its MANIFEST line re-hashed passes the hash check (anyone can re-hash), but
    /// not the signature; another key or an unsigned bundle fails too.
    func testSignedBundleProvesWhoMadeItAndThatNothingChanged() throws {
        let dir = temporaryDirectory()
        let units = Array(Repo.sampleUnits.prefix(1))
        let name = UnitNaming.unitName(units[0])
        try OdtDocumentWriter.write(try DocumentReader.read(path: units[0]).document, to: "\(dir)/odt/\(name).odt", styles: .builtIn, sourceDateEpoch: nil)
        write("%PDF-1.7 \(name)\n%%EOF\n", to: "\(dir)/pdf/\(name).pdf")
        let keys = try Signing.generate(to: dir + "/office")
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: keys.privateKey)[.posixPermissions] as? Int, 0o600)
        XCTAssertThrowsError(try Signing.generate(to: dir + "/office"), "never overwrites a key")
        let other = try Signing.generate(to: dir + "/other")
        let date = OfficialDate(year: 2023, month: 7, day: 31)!
        let bundle = try Archiver.create(units: units, odtDirectory: dir + "/odt", pdfDirectory: dir + "/pdf", stylesDirectory: nil,
                                         outputDirectory: dir + "/archive", date: date, signingKey: try Signing.privateKey(keys.privateKey))
        let publicKey = try Signing.publicKey(keys.publicKey)
        XCTAssertEqual(try Archiver.verify(bundle: bundle, key: publicKey).problems, [])
        let own = try Archiver.verify(bundle: bundle)
        XCTAssertEqual(own.problems, [], "checked against the key it carries")
        XCTAssertEqual(own.signedBy, Signing.keyID(publicKey))
        XCTAssertFalse(own.trustedKey, "the key a bundle carries says nothing of who signed it")
        XCTAssertEqual(try Archiver.verify(bundle: bundle, key: try Signing.publicKey(other.publicKey)).problems,
                       ["MANIFEST.sig: signed with key \(Signing.keyID(publicKey)), not with the key given (\(Signing.keyID(try Signing.publicKey(other.publicKey))))"])

        // Change the PDF and write its new hash and size into the MANIFEST, keeping the old signature.
        let entries = try ZipArchive.read(bundle)
        let forged = Array("%PDF-1.7 forged\n%%EOF\n".utf8)
        var manifest = String(decoding: entries[0].bytes, as: UTF8.self)
        let pdfEntry = try XCTUnwrap(entries.first { $0.name == "pdf/\(name).pdf" })
        manifest = manifest.replacingOccurrences(of: "\(Digests.sha256Hex(pdfEntry.bytes))\t\(pdfEntry.bytes.count)", with: "\(Digests.sha256Hex(forged))\t\(forged.count)")
        let tampered = entries.map { entry -> ZipArchive.Entry in
            if entry.name == "MANIFEST" { return ZipArchive.Entry(entry.name, .bytes(Array(manifest.utf8))) }
            if entry.name == pdfEntry.name { return ZipArchive.Entry(entry.name, .bytes(forged)) }
            return ZipArchive.Entry(entry.name, .bytes(entry.bytes))
        }
        try ZipArchive.write(tampered, to: dir + "/forged.zip", timestamp: 0)
        // Re-hashed, the hashes alone cannot tell; the signature can, with or without a key at hand
        // (issue 26: without --key this said "intact").
        let mismatch = ["MANIFEST.sig: the signature does not match the MANIFEST: the MANIFEST or the files were changed after signing"]
        XCTAssertEqual(try Archiver.verify(bundle: dir + "/forged.zip").problems, mismatch)
        XCTAssertEqual(try Archiver.verify(bundle: dir + "/forged.zip", key: publicKey).problems, mismatch)

        // A bundle signed before the key rode along (three fields): without --key its signature
        // cannot be checked, and that is never "intact".
        let sigText = String(decoding: try XCTUnwrap(entries.first { $0.name == Signing.signatureName }).bytes, as: UTF8.self)
        let oldSig = sigText.split(separator: " ").prefix(3).joined(separator: " ") + "\n"
        try ZipArchive.write(entries.map { ZipArchive.Entry($0.name, .bytes($0.name == Signing.signatureName ? Array(oldSig.utf8) : $0.bytes)) },
                             to: dir + "/old.zip", timestamp: 0)
        XCTAssertEqual(try Archiver.verify(bundle: dir + "/old.zip", key: publicKey).problems, [])
        XCTAssertEqual(try Archiver.verify(bundle: dir + "/old.zip").problems.count, 1)
        XCTAssertTrue(try Archiver.verify(bundle: dir + "/old.zip").problems[0].contains("cannot be checked here"))

        let unsigned = try Archiver.create(units: units, odtDirectory: dir + "/odt", pdfDirectory: dir + "/pdf", stylesDirectory: nil,
                                           outputDirectory: dir + "/unsigned", date: date)
        XCTAssertEqual(try Archiver.verify(bundle: unsigned, key: publicKey).problems, ["MANIFEST.sig: the bundle is not signed, and a key was given"])
    }

    /// A bundle of two units with fake PDFs (the archive does not convert), then verified and tampered with.
    func testBundleVerifiesAndCatchesOneChangedByte() throws {
        let dir = temporaryDirectory()
        let units = Array(Repo.sampleUnits.prefix(2))
        for unit in units {
            let name = UnitNaming.unitName(unit)
            try OdtDocumentWriter.write(try DocumentReader.read(path: unit).document, to: "\(dir)/odt/\(name).odt", styles: .builtIn, sourceDateEpoch: nil)
            write("%PDF-1.7 \(name)\n%%EOF\n", to: "\(dir)/pdf/\(name).pdf")
        }
        let date = OfficialDate(year: 2023, month: 7, day: 31)!
        let bundle = try Archiver.create(units: units, odtDirectory: dir + "/odt", pdfDirectory: dir + "/pdf",
                                         stylesDirectory: Repo.root + "/styles", outputDirectory: dir + "/archive", date: date)
        XCTAssertTrue(bundle.hasSuffix("gongwen-archive-2023-07-31.zip"))
        XCTAssertEqual(try Archiver.verify(bundle: bundle).problems, [])
        let entries = try ZipArchive.read(bundle)
        let manifest = String(decoding: entries[0].bytes, as: UTF8.self)
        XCTAssertTrue(manifest.contains("tool\tgongwen/"))
        XCTAssertEqual(entries.map(\.name).filter { $0.hasPrefix("sources/templates/") }, ["sources/templates/half-year-summary.yaml"])
        XCTAssertEqual(entries.count, 1 + 2 * 3 + 1 + 2)

        // Same inputs, same bundle bytes.
        let again = try Archiver.create(units: units, odtDirectory: dir + "/odt", pdfDirectory: dir + "/pdf",
                                        stylesDirectory: Repo.root + "/styles", outputDirectory: dir + "/again", date: date)
        XCTAssertEqual(FileManager.default.contents(atPath: bundle), FileManager.default.contents(atPath: again))

        // One byte of one file changed, the zip itself still consistent: the MANIFEST catches it.
        var changed = entries.map { ZipArchive.Entry($0.name, .bytes($0.bytes)) }
        let odtIndex = try XCTUnwrap(entries.firstIndex { $0.name.hasPrefix("odt/") })
        var bytes = entries[odtIndex].bytes
        bytes[100] ^= 1
        changed[odtIndex] = ZipArchive.Entry(entries[odtIndex].name, .bytes(bytes))
        let tampered = dir + "/tampered.zip"
        try ZipArchive.write(changed, to: tampered, timestamp: 0)
        let problems = try Archiver.verify(bundle: tampered).problems
        XCTAssertEqual(problems.count, 1)
        XCTAssertTrue(problems[0].hasPrefix(entries[odtIndex].name + ": SHA-256 is"), "\(problems)")
    }

    func testMissingOutputsAreErrors() {
        let dir = temporaryDirectory()
        XCTAssertThrowsError(try Archiver.create(units: Array(Repo.sampleUnits.prefix(1)), odtDirectory: dir, pdfDirectory: dir,
                                                 stylesDirectory: nil, outputDirectory: dir, date: OfficialDate(year: 2023, month: 1, day: 1)!))
    }

    /// An attachment bound separately is archived with its document; a missing one is named.
    func testSeparateAttachmentsTravelWithTheirDocument() throws {
        let dir = temporaryDirectory()
        let source = Repo.root + "/samples/documents/红头通知.yaml"
        for name in ["红头通知", "红头通知-附件2"] {
            write("odt \(name)", to: "\(dir)/odt/\(name).odt")
            write("%PDF-1.7 \(name)\n%%EOF\n", to: "\(dir)/pdf/\(name).pdf")
        }
        let date = OfficialDate(year: 2023, month: 7, day: 31)!
        let bundle = try Archiver.create(units: [source], odtDirectory: dir + "/odt", pdfDirectory: dir + "/pdf", stylesDirectory: nil,
                                         outputDirectory: dir + "/archive", date: date)
        let names = try ZipArchive.read(bundle).map(\.name)
        for expected in ["odt/红头通知.odt", "odt/红头通知-附件2.odt", "pdf/红头通知.pdf", "pdf/红头通知-附件2.pdf"] {
            XCTAssertTrue(names.contains(expected), "\(expected) in \(names)")
        }
        try FileManager.default.removeItem(atPath: dir + "/pdf/红头通知-附件2.pdf")
        XCTAssertThrowsError(try Archiver.create(units: [source], odtDirectory: dir + "/odt", pdfDirectory: dir + "/pdf", stylesDirectory: nil,
                                                 outputDirectory: dir + "/archive2", date: date)) { error in
            XCTAssertEqual((error as? DiagnosticError)?.diagnostics.map(\.description), ["\(dir)/pdf/红头通知-附件2.pdf: error: missing; build it before archiving"])
        }
    }
}
