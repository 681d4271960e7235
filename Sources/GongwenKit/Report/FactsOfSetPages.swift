import Foundation

extension BatchReport {
    /// What the report shows of a PDF the build has just set with its own engine, kept in the
    /// report's cache under the PDF's hash before the report asks (`PDFFactsCache`): its pages, the
    /// findings `verify` makes of the pages as a reader reads them from the PDF (`PDFLayout(pages:faces:)`)
    /// and the picture of page 1 drawn from the same pages (`PageThumbnail`); no mutool, no tracing.
    /// The report then finds them as it finds an unchanged PDF's. Nothing here can fail the build: a
    /// fact that cannot be kept is measured by the report as any other PDF's.
    public static func keepFacts(of made: NativePDF, output: String) {
        let cache = output + "/report/cache"
        // The writer hashed the file as it wrote it: not hashed again here.
        let sha = Digests.hex(made.sha256)
        var measured: PDFFacts?
        // The report of this build then need not read and hash the PDF again, nor read back the
        // facts measured here.
        defer { if let stamp = made.stamp { PDFFactsCache.hashedHere.withLock { $0[made.path] = (sha, stamp, measured) } } }
        let facts = PDFFactsCache.factsFile(cache, sha), picture = PDFFactsCache.pictureFile(cache, sha)
        let known = FileManager.default.fileExists(atPath: facts), pictured = FileManager.default.fileExists(atPath: picture)
        guard !(known && pictured), let first = made.pages.first else { return }
        do {
            try FileSystem.makeDirectories(cache)
            if !known {
                let findings = LayoutVerifier.verify(PDFLayout(pages: made.pages, faces: made.faces)).map(\.description)
                let kept = PDFFacts(pages: made.pages.count, findings: findings)
                try ZipArchive.writeAtomically(Array(try JSONEncoder().encode(kept)), to: facts)
                measured = kept
            }
            if !pictured, let png = PageThumbnail.png(PageThumbnail.draw(first, faces: made.faces, width: PDFFactsCache.thumbnailWidth)) {
                try ZipArchive.writeAtomically(png, to: picture)
            }
        } catch {
            return   // the report measures this PDF with mutool instead
        }
    }
}
