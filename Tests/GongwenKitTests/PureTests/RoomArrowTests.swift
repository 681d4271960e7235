import Foundation
import XCTest

/// Issue 21.3: the library's folders ("rooms") depend on each other in one direction only. A room
/// names another when one of its Swift files uses a type or function declared at the top level of a
/// file in the other room; every such arrow must be in `allowed`, and the arrows must not form a cycle.
/// The executable (Sources/gongwen) may use every room and is not scanned.
final class RoomArrowTests: XCTestCase {
    /// Which room may name which, from the ground up. A new arrow is a decision: add it here (the
    /// test then also checks the table has no cycle), or move the name to the room it belongs in.
    static let allowed: [String: Set<String>] = [
        "Support": [],
        "Resources": [],
        "Geometry": [],
        "Diagnostics": ["Support"],
        "Localization": ["Diagnostics", "Support"],
        "Model": ["Support"],
        // PNG decoding and its bounds, for the reader's check and the PDF writer.
        "Images": [],
        "XML": ["Support", "Diagnostics"],
        "Zip": ["Support", "Diagnostics"],
        "Typography": ["Model", "Geometry", "Support"],
        "Fonts": ["Support", "Diagnostics", "Model", "Resources", "XML"],
        // The GB/T 9704 composition: what stands where, knowing no file format.
        "Compose": ["Model", "Geometry", "Typography", "Support"],
        // The layout engine (issue 28): lines on the grid, pages of positioned items.
        // (an SVG seal drawn as a PNG by Images' librsvg wrapper)
        "Layout": ["Support", "Geometry", "Model", "Typography", "Compose", "Fonts", "Images"],
        // Draws laid-out pages as PDF (reading the CIDs of the faces it embeds with Fonts' CFF reader);
        // a PDF/A's XMP packet through libxml2 and its sRGB profile, a built-in resource.
        "PDF": ["Support", "Layout", "Model", "Images", "Fonts", "XML", "Resources"],
        // Draws the same pages as OFD (issue 29), spelling numbers, checking pages and hashing as the PDF writer does.
        "OFD": ["Support", "Layout", "Model", "PDF", "XML", "Zip"],
        "Reader": ["Support", "Diagnostics", "Model", "Typography", "XML", "Images"],
        "SheetReader": ["Support", "Diagnostics", "Model", "Reader", "XML", "Zip"],
        "ODF": ["Support", "Diagnostics", "Geometry", "Model", "Compose", "Resources", "Typography", "XML", "Zip"],
        "FormWriter": ["Support", "Diagnostics", "Model", "Reader", "SheetReader", "ODF", "XML", "Zip"],
        "Validation": ["Support", "Diagnostics", "Resources", "ODF", "XML", "Zip"],
        // Reads OFD packages too (issue 29): a zip of XML.
        // Also reads the own engine's pages as a PDF reader reads the PDF drawn of them.
        "Verify": ["Support", "Diagnostics", "Geometry", "Model", "Typography", "XML", "Zip", "Layout"],
        // A laid-out page drawn as a small picture (the report's picture of page 1).
        "Raster": ["Support", "Model", "Images", "Fonts", "Layout", "Zip"],
        // The backend reads back the PDF it made (where the signature fell) with Verify's PDF reader.
        "LibreOffice": ["Support", "Diagnostics", "ODF", "XML", "Zip", "Verify"],
        // Counts an OFD's pages with Verify's OFD reader.
        "Archive": ["Support", "Diagnostics", "Model", "Reader", "ODF", "Zip", "Verify"],
        "Pipeline": ["Support", "Diagnostics", "Localization", "Model", "Fonts", "Reader", "SheetReader", "ODF", "Zip",
                     "Validation", "LibreOffice", "Verify",
                     "Compose", "Layout", "PDF", "OFD"],
        // The batch report page (issue 24): the build's records, verify's findings, a rollup's sums,
        // hashes as the archive takes them.
        "Report": ["Support", "Diagnostics", "Localization", "Model", "Reader", "XML", "Zip", "Verify", "Archive", "Pipeline", "Layout", "Raster"],
        // gongwen watch (issue 24): file events, and the build of one unit.
        "Watch": ["Support", "Diagnostics", "Localization", "Reader", "Verify", "Fonts", "Layout", "LibreOffice", "Pipeline", "Zip"],
    ]

    func testEveryArrowBetweenRoomsIsAllowedAndNoneRunsRound() throws {
        let library = Repo.root + "/Sources/GongwenKit"
        let graph = try RoomGraph.scan(library: library)
        XCTAssertGreaterThan(graph.rooms.count, 10, "no rooms found under \(library)")
        let unknown = graph.rooms.keys.filter { Self.allowed[$0] == nil }.sorted()
        XCTAssert(unknown.isEmpty, "rooms missing from the allowed table: \(unknown)\n\(graph)")
        let forbidden = graph.forbidden(by: Self.allowed)
        XCTAssert(forbidden.isEmpty, "arrows not in the allowed table:\n" + forbidden.joined(separator: "\n") + "\n\nthe actual graph:\n\(graph)")
        if let cycle = RoomGraph.cycle(graph.arrows.mapValues { Set($0.keys) }) {
            XCTFail("the rooms' arrows run round: \((cycle + cycle.prefix(1)).joined(separator: " → "))\n\nthe actual graph:\n\(graph)")
        }
        if let cycle = RoomGraph.cycle(Self.allowed) {
            XCTFail("the allowed table itself runs round: \((cycle + cycle.prefix(1)).joined(separator: " → "))")
        }
    }

    /// The scanner can fail: a low room that names a high one is reported, names in comments and
    /// string literals are not uses, a private declaration is nobody's, and a cycle is found.
    func testTheScannerReportsAnUpwardArrowAndACycle() {
        let graph = RoomGraph(files: [
            ("Support/Low.swift", """
                import Foundation
                /// Says High in a comment, and "High" in a string: neither is a use.
                public enum Low { static let text = "Pipeline \\("High") /* Top */" }
                func lowHelper() -> Int { 1 }
                private struct Hidden {}
                """),
            ("Support/Up.swift", "extension Low {\n    static func up() -> Any { Top.self }\n}\n"),
            ("Pipeline/Top.swift", "struct Top {\n    let n = lowHelper()\n    let t: Low.Type = Low.self\n}\n"),
            ("Pipeline/Other.swift", "final class Other { let h = Hidden() }\n"),
        ])
        XCTAssertEqual(graph.rooms["Support"], ["Low", "lowHelper"])
        XCTAssertEqual(graph.rooms["Pipeline"], ["Top", "Other"])
        XCTAssertEqual(graph.arrows["Support"]?["Pipeline"], ["Support/Up.swift: Top"])
        XCTAssertEqual(Set(graph.arrows["Pipeline"]?["Support"] ?? []), ["Pipeline/Top.swift: Low", "Pipeline/Top.swift: lowHelper"])
        XCTAssertEqual(graph.forbidden(by: ["Support": [], "Pipeline": ["Support"]]), ["Support → Pipeline (Support/Up.swift: Top)"])
        XCTAssertNotNil(RoomGraph.cycle(graph.arrows.mapValues { Set($0.keys) }))
        XCTAssertNil(RoomGraph.cycle(["Pipeline": ["Support", "Model"], "Model": ["Support"], "Support": []]))
        XCTAssertEqual(RoomGraph.cycle(["A": ["B"], "B": ["C"], "C": ["A"]]).map(Set.init), ["A", "B", "C"])
        XCTAssert("\(graph)".contains("Support → Pipeline: Top"), "\(graph)")
    }

    func testTheStripperKeepsCodeAndInterpolationsOnly() {
        func words(_ source: String) -> [String] { RoomGraph.words(RoomGraph.strip(source)) }
        XCTAssertEqual(words("a // Top\nc"), ["a", "c"])
        XCTAssertEqual(words("a /* Top /* nested */ Top */ e"), ["a", "e"])
        XCTAssertEqual(words(#"x = "s Top \(f("Top")) u" + y.Top"#), ["x", "f", "y"])
        XCTAssertEqual(words("x = \"\"\"\n  Top \\(z)\n  \"\"\"\ny"), ["x", "z", "y"])
        XCTAssertEqual(words(##"x = #"a "Top" \(b) \#(c)"# + d"##), ["x", "c", "d"])
    }
}

/// The rooms of a source tree, what each declares at the top level, and which names of other rooms
/// each room's files use.
struct RoomGraph: CustomStringConvertible {
    /// Room → its top-level names (types, typealiases, functions; not extensions, not private ones).
    var rooms: [String: [String]] = [:]
    /// Room → room it names → "file: name" for each use.
    var arrows: [String: [String: [String]]] = [:]

    /// Scans every `.swift` file under `library`; a file's room is its first folder.
    static func scan(library: String) throws -> RoomGraph {
        var files: [(String, String)] = []
        let root = URL(fileURLWithPath: library).standardizedFileURL.path
        guard let walker = FileManager.default.enumerator(atPath: root) else { throw CocoaError(.fileNoSuchFile) }
        for case let path as String in walker where path.hasSuffix(".swift") && path.contains("/") {
            files.append((path, try String(contentsOfFile: root + "/" + path, encoding: .utf8)))
        }
        return RoomGraph(files: files.sorted { $0.0 < $1.0 })
    }

    /// From (path inside the library, source text) pairs.
    init(files: [(path: String, text: String)]) {
        let code = files.map { (room: String($0.path.prefix { $0 != "/" }), path: $0.path, text: Self.strip($0.text)) }
        var owner: [String: String] = [:]
        for file in code {
            for name in Self.declarations(file.text) where owner[name] == nil {
                owner[name] = file.room
                rooms[file.room, default: []].append(name)
            }
        }
        for file in code {
            var seen = Set<String>()
            for word in Self.words(file.text) where seen.insert(word).inserted {
                guard let room = owner[word], room != file.room else { continue }
                arrows[file.room, default: [:]][room, default: []].append("\(file.path): \(word)")
            }
        }
    }

    /// The arrows `allowed` does not list, as "From → To (file: name, …)".
    func forbidden(by allowed: [String: Set<String>]) -> [String] {
        arrows.flatMap { from, targets in
            targets.filter { allowed[from]?.contains($0.key) != true }.map { "\(from) → \($0.key) (\($0.value.sorted().joined(separator: ", ")))" }
        }.sorted()
    }

    /// One cycle of `graph` (its rooms in order), or nil.
    static func cycle(_ graph: [String: Set<String>]) -> [String]? {
        var state: [String: Int] = [:]  // 1 on the path, 2 done
        var path: [String] = []
        func visit(_ node: String) -> [String]? {
            state[node] = 1
            path.append(node)
            for next in (graph[node] ?? []).sorted() {
                if state[next] == 1 { return Array(path[path.firstIndex(of: next)!...]) + [next] }
                if state[next] == nil, let found = visit(next) { return found }
            }
            path.removeLast()
            state[node] = 2
            return nil
        }
        for node in graph.keys.sorted() where state[node] == nil {
            if let found = visit(node) { return Array(found.dropLast()) }
        }
        return nil
    }

    var description: String {
        arrows.keys.sorted().flatMap { from in
            arrows[from]!.keys.sorted().map { to in
                let names = Set(arrows[from]![to]!.map { $0.split(separator: " ").last.map(String.init) ?? $0 }).sorted()
                return "\(from) → \(to): \(names.joined(separator: ", "))"
            }
        }.joined(separator: "\n")
    }

    /// Top-level declarations: a line at column 0 that declares a type, typealias or function
    /// (attributes and non-private modifiers allowed before the keyword).
    static func declarations(_ code: String) -> [String] {
        let modifiers: Set<String> = ["public", "internal", "package", "open", "final", "indirect", "nonisolated", "static"]
        let kinds: Set<String> = ["struct", "enum", "class", "protocol", "actor", "typealias", "func"]
        var names: [String] = []
        for line in code.split(separator: "\n", omittingEmptySubsequences: true) {
            guard let first = line.first, first.isLetter || first == "@" else { continue }
            var tokens = line.split(whereSeparator: { $0 == " " || $0 == "\t" })[...]
            while let t = tokens.first, t.hasPrefix("@") || modifiers.contains(String(t)) { tokens = tokens.dropFirst() }
            guard let kind = tokens.first, kinds.contains(String(kind)), tokens.count > 1 else { continue }
            let name = tokens[tokens.startIndex + 1].prefix { $0.isLetter || $0.isNumber || $0 == "_" }
            if !name.isEmpty { names.append(String(name)) }
        }
        return names
    }

    /// Identifiers not reached through a dot (`x.Name` is a member, not the room's `Name`).
    static func words(_ code: String) -> [String] {
        var words: [String] = []
        var current = ""
        var afterDot = false, previous: Character = " "
        for c in code + " " {
            if c.isLetter || c == "_" || (c.isNumber && !current.isEmpty) {
                if current.isEmpty { afterDot = previous == "." }
                current.append(c)
            } else if !current.isEmpty {
                if !afterDot { words.append(current) }
                current = ""
            }
            previous = c
        }
        return words
    }

    /// The code without comments and with each string literal reduced to `""` (its interpolations,
    /// which are code, kept after it).
    static func strip(_ source: String) -> String {
        let s = Array(source.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        func at(_ k: Int, _ text: String) -> Bool {
            let t = Array(text.unicodeScalars)
            return k + t.count <= s.count && Array(s[k..<k + t.count]) == t
        }
        /// Skips a string literal starting at `i` (its opening quotes at `i + hashes`); returns the
        /// code of its interpolations.
        func skipString(hashes: Int) -> String {
            let fence = String(repeating: "#", count: hashes)
            let multi = at(i + hashes, "\"\"\"")
            let close = (multi ? "\"\"\"" : "\"") + fence
            let escape = "\\" + fence
            i += hashes + (multi ? 3 : 1)
            var code = ""
            while i < s.count {
                if at(i, close) { i += close.unicodeScalars.count; break }
                if !multi && s[i] == "\n" { break }
                if at(i, escape + "(") {
                    i += escape.unicodeScalars.count + 1
                    var depth = 1, inner = String.UnicodeScalarView()
                    while i < s.count && depth > 0 {
                        if s[i] == "\"" {
                            inner.append(contentsOf: "\"\"".unicodeScalars)
                            code += String(inner); inner = String.UnicodeScalarView()
                            code += skipString(hashes: 0)
                            continue
                        }
                        if s[i] == "(" { depth += 1 }
                        if s[i] == ")" { depth -= 1; if depth == 0 { i += 1; break } }
                        inner.append(s[i]); i += 1
                    }
                    code += " " + String(inner)
                    continue
                }
                if at(i, escape) { i += escape.unicodeScalars.count + 1; continue }
                i += 1
            }
            return code
        }
        while i < s.count {
            if at(i, "//") {
                while i < s.count && s[i] != "\n" { i += 1 }
            } else if at(i, "/*") {
                var depth = 0
                repeat {
                    if at(i, "/*") { depth += 1; i += 2 } else if at(i, "*/") { depth -= 1; i += 2 } else { i += 1 }
                } while depth > 0 && i < s.count
                out.append(" ")
            } else if s[i] == "\"" || (s[i] == "#" && (i + 1..<s.count).first(where: { s[$0] != "#" }).map({ s[$0] == "\"" }) == true) {
                var hashes = 0
                while s[i + hashes] == "#" { hashes += 1 }
                out.append(contentsOf: "\"\"".unicodeScalars)
                let code = skipString(hashes: hashes)
                if !code.isEmpty { out.append(contentsOf: code.unicodeScalars) }
            } else {
                out.append(s[i]); i += 1
            }
        }
        return String(out)
    }
}
