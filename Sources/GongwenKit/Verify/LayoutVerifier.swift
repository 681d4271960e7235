import Foundation

/// Measures a finished PDF against GB/T 9704-2012's page layout and reports each deviation with
/// its page and position. Tolerances follow the standard (天头 37±1 mm, 订口 28±1 mm).
public enum LayoutVerifier {
    public struct Finding: Sendable, CustomStringConvertible {
        public var page: Int?
        public var x: Double?
        public var y: Double?
        public var message: String

        public var description: String {
            var place = page.map { "page \($0)" } ?? "document"
            if let x, let y { place += String(format: " at x=%.1f mm y=%.1f mm", x, y) }
            return "\(place): \(message)"
        }
    }

    static let blockLeft = 28.0, blockRight = 184.0, blockTop = 37.0, blockBottom = 262.0

    public static func verify(_ layout: PDFLayout) -> [Finding] {
        var findings: [Finding] = []
        func flag(_ page: Int?, _ line: PDFLayout.Line?, _ message: String) {
            findings.append(Finding(page: page, x: line?.x0, y: line?.y0, message: message))
        }
        guard !layout.pages.isEmpty else { return [Finding(message: "no pages with text")] }
        var lefts: [Double] = [], rights: [Double] = [], pitches: [Double] = []
        for page in layout.pages {
            if abs(page.width - 210) > 0.5 || abs(page.height - 297) > 0.5 {
                flag(page.number, nil, String(format: "page is %.1f × %.1f mm, not A4 (210 × 297)", page.width, page.height))
            }
            let footer = page.lines.filter { $0.y0 > blockBottom + 1 }
            let body = page.lines.filter { $0.y0 <= blockBottom + 1 }
            checkPageNumber(page, footer: footer, flag: flag)
            for line in body {
                if line.x0 < blockLeft - 1.2 || line.x1 > blockRight + 1.2 || line.y0 < blockTop - 1.2 {
                    flag(page.number, line, String(format: "text outside the 156 × 225 mm block (x %.1f–%.1f mm): '%@'", line.x0, line.x1, String(line.text.prefix(12))))
                }
                if line.text.contains("*") || line.text.contains("{{") || line.text.contains("×××") {
                    flag(page.number, line, "placeholder left in the text: '\(line.text.prefix(20))'")
                }
                if let bad = halfWidthPunctuation(line.text) {
                    flag(page.number, line, "half-width '\(bad)' between Chinese characters")
                }
            }
            // The flush-left edge of the page and the right edge of justified lines.
            if let left = body.map(\.x0).filter({ $0 < blockLeft + 4 }).min() { lefts.append(left) }
            let wide = body.filter { $0.x1 > blockRight - 4 }
            if let right = wide.map(\.x1).sorted().dropFirst(wide.count / 2).first { rights.append(right) }
            let tops = body.map(\.y1)
            pitches += zip(tops, tops.dropFirst()).map { $1 - $0 }.filter { $0 < 15 }
        }
        // A full page (text runs to the foot of the block) holds 22 grid lines, blank ones included:
        // count the slots between its first and last baselines at the document's own pitch.
        let pitch = median(pitches) ?? 225.0 / 22
        for page in layout.pages where page.number > 1 && page.number < layout.pages.count {
            let body = page.lines.filter { $0.y0 <= blockBottom + 1 }
            guard let first = body.first, let last = body.last, last.y1 > blockBottom - 8 else { continue }
            let slots = Int(((last.y1 - first.y1) / pitch).rounded()) + 1
            if slots != 22 { flag(page.number, last, "\(slots) lines on a full page; GB/T 9704 asks for 22") }
            if first.y0 > blockTop + 3.5 {
                flag(page.number, first, String(format: "first line starts %.1f mm from the top; the block starts at 37 mm", first.y0))
            }
        }
        if let left = median(lefts), abs(left - blockLeft) > 1.0 {
            flag(nil, nil, String(format: "left margin (订口) is %.1f mm; GB/T 9704 asks for 28 ± 1 mm", left))
        }
        if let right = median(rights), abs(right - blockRight) > 1.0 {
            flag(nil, nil, String(format: "text block ends %.1f mm from the left edge; it should end at 184 mm (156 mm wide)", right))
        }
        if let pitch = median(pitches), abs(pitch - 225.0 / 22) > 0.4 {
            flag(nil, nil, String(format: "line pitch is %.2f mm; 22 lines in 225 mm need 10.23 mm", pitch))
        }
        return findings
    }

    static func checkPageNumber(_ page: PDFLayout.Page, footer: [PDFLayout.Line], flag: (Int?, PDFLayout.Line?, String) -> Void) {
        guard footer.count == 1, let line = footer.first else {
            flag(page.number, footer.first, "expected one page number line '— \(page.number) —' below the block, found \(footer.count)")
            return
        }
        let compact = line.text.replacingOccurrences(of: " ", with: "")
        guard compact == "—\(page.number)—" else {
            flag(page.number, line, "page number reads '\(line.text)', expected '— \(page.number) —' with U+2014 dashes")
            return
        }
        let centre = (line.y0 + line.y1) / 2
        if abs(centre - (blockBottom + 7)) > 3 { flag(page.number, line, String(format: "page number sits %.1f mm below the block; 7 mm expected", centre - blockBottom)) }
        let odd = page.number % 2 == 1
        if odd && abs(line.x1 - (blockRight - 5.3)) > 1.5 { flag(page.number, line, "odd page number is not right-aligned one character in") }
        if !odd && abs(line.x0 - (blockLeft + 5.3)) > 1.5 { flag(page.number, line, "even page number is not left-aligned one character in") }
    }

    static func halfWidthPunctuation(_ text: String) -> Character? {
        let chars = Array(text)
        for i in chars.indices.dropFirst().dropLast() where ",;:?!()".contains(chars[i]) {
            if Punctuation.isChinese(chars[i - 1]) && Punctuation.isChinese(chars[i + 1]) { return chars[i] }
        }
        return nil
    }

    static func median(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }
}
