import Synchronization

/// The last few large streams deflated in this process and what they deflated to. A batch's documents
/// embed the same subsets of the faces their headings, page numbers and 楷体 lines use: over 50 distinct
/// units, one FandolKai subset (44 KB, 0.6 ms to deflate), one Noto Sans CJK and one Noto Serif CJK
/// subset among them. Deflating the same bytes again gives the same bytes, so a stream met before is
/// answered from here; a stream is known by its length and a hash, then compared byte for byte. One for
/// the PDFs' zlib streams, one for the raw deflate of zip entries (an OFD's fonts, an .odt's styles).
final class RecentDeflates: Sendable {
    static let pdfStreams = RecentDeflates(), zipEntries = RecentDeflates()
    /// Streams shorter than this are deflated as they come (a page's contents, a ToUnicode map).
    static let smallest = 8 << 10
    static let kept = 8

    private let entries = Mutex<[(key: UInt64, input: [UInt8], output: [UInt8])]>([])

    /// `input` deflated by `compress`, or what it deflated to when it was met before.
    func deflated(_ input: [UInt8], by compress: ([UInt8]) -> [UInt8]?) -> [UInt8]? {
        guard input.count >= Self.smallest else { return compress(input) }
        let key = Self.hash(input)
        let known = entries.withLock { list -> [UInt8]? in
            guard let at = list.firstIndex(where: { $0.key == key && $0.input == input }) else { return nil }
            let entry = list.remove(at: at)
            list.append(entry)
            return entry.output
        }
        if let known { return known }
        guard let output = compress(input) else { return nil }
        entries.withLock { list in
            list.append((key, input, output))
            if list.count > Self.kept { list.removeFirst() }
        }
        return output
    }

    /// The length mixed into `wordwiseFNV1a`'s basis.
    static func hash(_ bytes: [UInt8]) -> UInt64 {
        wordwiseFNV1a(bytes, basis: 0xCBF2_9CE4_8422_2325 ^ UInt64(bytes.count))
    }
}
