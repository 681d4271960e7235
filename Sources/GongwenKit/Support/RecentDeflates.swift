import Synchronization

/// The last few large streams deflated in this process and what they deflated to. A batch's documents
/// embed the same subsets of the faces their headings, page numbers and 楷体 lines use: over 50 distinct
/// units, one FandolKai subset (44 KB, 0.6 ms to deflate), one Noto Sans CJK and one Noto Serif CJK
/// subset among them. Deflating the same bytes again gives the same bytes, so a stream met before is
/// answered from here; a stream is known by its length, then compared byte for byte. One for
/// the PDFs' zlib streams, one for the raw deflate of zip entries (an OFD's fonts, an .odt's styles).
final class RecentDeflates: Sendable {
    static let pdfStreams = RecentDeflates(), zipEntries = RecentDeflates()
    /// Streams shorter than this are deflated as they come (a page's contents, a ToUnicode map).
    static let smallest = 8 << 10
    static let kept = 8

    private let entries = Mutex<[(input: [UInt8], output: [UInt8])]>([])

    /// `input` deflated by `compress`, or what it deflated to when it was met before.
    func deflated(_ input: [UInt8], by compress: ([UInt8]) -> [UInt8]?) -> [UInt8]? {
        guard input.count >= Self.smallest else { return compress(input) }
        // Compared as they are: a stream of another length is passed over at once, and hashing every
        // one (a unit's 330 KB body face, which is never met again) cost more than comparing the few
        // of one length.
        let known = entries.withLock { list -> [UInt8]? in
            guard let at = list.firstIndex(where: { $0.input.count == input.count && $0.input == input }) else { return nil }
            let entry = list.remove(at: at)
            list.append(entry)
            return entry.output
        }
        if let known { return known }
        guard let output = compress(input) else { return nil }
        entries.withLock { list in
            list.append((input, output))
            if list.count > Self.kept { list.removeFirst() }
        }
        return output
    }
}
