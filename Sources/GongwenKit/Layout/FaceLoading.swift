import Foundation

extension LayoutFaces {
    /// Faces tried, in order, for a character a role's face lacks: the CJK faces Debian installs
    /// (fonts-noto-cjk), which cover GB 18030's characters far beyond GB 2312.
    public static let fallbackFamilies = ["Noto Serif CJK SC", "Noto Sans CJK SC"]

    /// The body's face for digits and Latin text, as the .odt's default paragraph style names it
    /// (styles/fonts.conf resolves it to Liberation Serif, Times' metrics, when Times is not installed);
    /// one of `FontSetup.roles`.
    public static let latinFamily = "Times New Roman"

    /// The faces fontconfig resolves the official names to under `setup` (the same faces the
    /// LibreOffice backend prints with), and the fallbacks.
    public static func load(_ setup: FontSetup) throws -> LayoutFaces {
        var faces: [OpenTypeFace] = []
        var byFile: [String: Int] = [:]
        func open(_ file: String, index: UInt32) throws -> Int {
            let key = "\(file)#\(index)"
            if let known = byFile[key] { return known }
            faces.append(try OpenTypeFace(path: file, index: index))
            byFile[key] = faces.count - 1
            return faces.count - 1
        }
        var byRole: [FontRole: Int] = [:]
        var pageNumbers: Int?
        var fallbacks: [Int] = []
        // One fc-match a family: the roles' faces, then the fallbacks, in their order.
        var latin: Int?
        for match in try setup.matches(FontSetup.roles.map(\.official) + fallbackFamilies) {
            guard let match else { continue }
            let index = try open(match.file, index: match.index)
            switch match.family {
            case FontRole.body.official: byRole[.body] = index
            case FontRole.title.official: byRole[.title] = index
            case FontRole.heading1.official: byRole[.heading1] = index
            case FontRole.heading2.official: byRole[.heading2] = index
            case "宋体": pageNumbers = index
            case latinFamily: latin = index
            case let family where fallbackFamilies.contains(family): fallbacks.append(index)
            default: break
            }
        }
        guard let body = byRole[.body] else { throw OpenTypeFace.Failure.unreadable("the face of \(FontRole.body.official)") }
        return LayoutFaces(faces: faces, byRole: byRole, pageNumbers: pageNumbers ?? body, fallbacks: fallbacks, latin: latin)
    }
}
