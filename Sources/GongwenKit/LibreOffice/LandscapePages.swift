import Foundation

/// A repair pass of the LibreOffice backend (it fixes what LibreOffice made, and runs only after it).
/// §8: LibreOffice prints a landscape page (GW_Landscape) as a landscape PDF page; a printer or a
/// viewer would then turn it whichever way it likes. The converter marks each such page /Rotate 270
/// so that it shows and prints upright with the table's head toward the left edge, which puts the
/// page number (drawn turned in the `.odt`) where the upright pages have it. MuPDF's `mutool run`
/// does it as an incremental update: LibreOffice's bytes stay, one new page dictionary each.
enum LandscapePages {
    static let script = """
        var doc = new PDFDocument(scriptArgs[0]);
        for (var i = 0; i < doc.countPages(); i++) {
          var page = doc.findPage(i);
          var box = page.get("MediaBox");
          if (box.get(2) - box.get(0) > box.get(3) - box.get(1)) page.put("Rotate", 270);
        }
        doc.save(scriptArgs[1], "incremental");
        """

    /// Whether a document's content.xml has landscape pages (it names their master page).
    static func has(content: String) -> Bool {
        content.contains("style:master-page-name=\"\(LandscapeWriter.masterPage)\"")
    }

    /// Turns the landscape pages of the PDF at `pdf` upright, in place; what went wrong, if anything.
    static func turn(_ pdf: String, scratch: String) -> String? {
        guard let mutool = Subprocess.which("mutool") else {
            return "landscape pages (§8) are turned upright by mutool: install the Debian package mupdf-tools"
        }
        let scriptPath = scratch + "/turn-landscape.js", turned = pdf + ".turned"
        defer { try? FileManager.default.removeItem(atPath: turned) }
        do {
            try FileSystem.makeDirectories(scratch)
            try ZipArchive.writeAtomically(Array(script.utf8), to: scriptPath)
            let outcome = try Subprocess.run([mutool, "run", scriptPath, pdf, turned], timeout: 120)
            guard outcome.status == 0, !outcome.timedOut else {
                return "mutool could not turn the landscape pages upright: \(outcome.output.trimmingCharacters(in: .whitespacesAndNewlines))"
            }
        } catch {
            return "cannot turn the landscape pages upright: \(error)"
        }
        guard rename(turned, pdf) == 0 else { return "cannot move the turned PDF into place: \(String(cString: strerror(errno)))" }
        return nil
    }
}
