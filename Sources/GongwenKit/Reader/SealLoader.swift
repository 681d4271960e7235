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
        let bytes: [UInt8]
        switch InputFile.read(resolved, limit: maximumBytes) {
        case .success(let read): bytes = read
        case .failure(.tooLarge): return fail("the seal image '\(name)' is larger than \(maximumBytes >> 20) MB")
        case .failure(let failure): return fail("cannot read the seal image '\(name)': \(failure.reason)")
        }
        return decode(bytes, name: name, width: width, role: role)
    }

    /// A seal's bytes, checked whole (`SealImageCheck`): a PNG that cannot be drawn, or an SVG that
    /// would pull in anything from outside itself, is an error, never a document without its seal.
    static func decode(_ bytes: [UInt8], name: String, width: Double = 42, role: String = "seal") -> Result<SealImage, SealLoader.Failure> {
        func fail(_ message: String) -> Result<SealImage, SealLoader.Failure> { .failure(Failure(message: message)) }
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]) {
            switch SealImageCheck.png(bytes) {
            case .failure(let failure):
                return fail("the seal image '\(name)' cannot be used: \(failure.reason); export the seal again as a PNG")
            case .success(let size):
                let height = width * Double(size.height) / Double(size.width)
                var image = SealImage(bytes: bytes, kind: .png, widthMillimetres: width, heightMillimetres: (height * 100).rounded() / 100)
                image.role = role
                return .success(image)
            }
        }
        if let doc = parseXML(bytes, name: "seal.svg") {
            defer { xmlFreeDoc(doc) }
            if let root = xmlDocGetRootElement(doc), String(cString: root.pointee.name) == "svg" {
                if let reference = SealImageCheck.svgExternalReference(in: doc) {
                    guard !reference.hasPrefix("data:") else { return fail("the SVG seal '\(name)' embeds another image (\(TextEscape.quoted(reference, limit: 40))), which could itself refer to files; "
                                + "a seal must be one drawing: draw it in the SVG itself, or use a PNG") }
                    return fail("the SVG seal '\(name)' refers to \(TextEscape.quoted(reference, limit: 60)) outside itself; "
                                + "a seal must be drawn from its own file alone: embed nothing by reference, or use a PNG")
                }
                guard let drawn = SealImageCheck.svgDrawnElements(in: doc) else {
                    return fail("the SVG seal '\(name)' has a reference (<use>, href or url(#…)) that leads back to itself; draw the seal plainly, or use a PNG")
                }
                guard drawn <= SealImageCheck.svgMaxDrawnElements else {
                    return fail("the SVG seal '\(name)' draws more than \(SealImageCheck.svgMaxDrawnElements) shapes once the copies its references make are counted "
                                + "(a drawing that multiplies itself); draw the seal plainly, or use a PNG")
                }
                var image = SealImage(bytes: bytes, kind: .svg, widthMillimetres: width, heightMillimetres: width)
                image.role = role
                return .success(image)
            }
        }
        // Nothing of a file that is not an image is echoed back.
        return fail("the seal '\(name)' is neither a PNG nor an SVG image")
    }
}
