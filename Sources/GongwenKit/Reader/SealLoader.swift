import CLibXML2
import Foundation

/// Reads the seal image a source names. The path is taken relative to that source and must stay,
/// after symlinks, inside the source tree (`SourcePolicy`): a unit file from another office must not
/// be able to pull arbitrary files of this machine into a document.
enum SealLoader {
    /// Larger than any scanned seal needs; keeps a hostile source from filling memory.
    static let maximumBytes = 4 << 20

    struct Failure: Error { var message: String }

    /// `width`: the printed width in millimetres (a 公章 is 42 mm across); the height follows.
    static func load(_ name: String, namedIn sourcePath: String, policy: SourcePolicy, width: Double = 42, role: String = "seal") -> Result<SealImage, SealLoader.Failure> {
        func fail(_ message: String) -> Result<SealImage, SealLoader.Failure> { .failure(Failure(message: message)) }
        let resolved: String
        switch policy.resolve(name, namedIn: sourcePath, what: "the seal") {
        case .success(let path): resolved = path
        case .failure(let failure): return fail(failure.message)
        }
        guard let handle = FileHandle(forReadingAtPath: resolved) else { return fail("cannot read the seal image '\(name)'") }
        defer { try? handle.close() }
        let bytes = Array(handle.readData(ofLength: maximumBytes + 1))
        guard bytes.count <= maximumBytes else { return fail("the seal image '\(name)' is larger than \(maximumBytes >> 20) MB") }
        if let size = pngSize(bytes) {
            let height = width * Double(size.height) / Double(max(size.width, 1))
            var image = SealImage(bytes: bytes, kind: .png, widthMillimetres: width, heightMillimetres: (height * 100).rounded() / 100)
            image.role = role
            return .success(image)
        }
        if isSVG(bytes) {
            var image = SealImage(bytes: bytes, kind: .svg, widthMillimetres: width, heightMillimetres: width)
            image.role = role
            return .success(image)
        }
        // Nothing of a file that is not an image is echoed back.
        return fail("the seal '\(name)' is neither a PNG nor an SVG image")
    }

    /// Width and height from a PNG's IHDR chunk.
    static func pngSize(_ b: [UInt8]) -> (width: Int, height: Int)? {
        let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        guard b.count > 24, Array(b[0..<8]) == signature, Array(b[12..<16]) == Array("IHDR".utf8) else { return nil }
        func be32(_ i: Int) -> Int { b[i..<i + 4].reduce(0) { $0 << 8 | Int($1) } }
        let size = (width: be32(16), height: be32(20))
        return size.width > 0 && size.height > 0 ? size : nil
    }

    static func isSVG(_ bytes: [UInt8]) -> Bool {
        guard let doc = parseXML(bytes, name: "seal.svg") else { return false }
        defer { xmlFreeDoc(doc) }
        guard let root = xmlDocGetRootElement(doc) else { return false }
        return String(cString: root.pointee.name) == "svg"
    }
}
