/// The document model as Markdown: a preview anyone can read, and the input of the benchmark's
/// pandoc comparison (the same documents through another converter).
public enum MarkdownWriter {
    public static func write(_ document: Document) -> String {
        var out = "# \(document.title.replacingOccurrences(of: "|", with: ""))\n\n"
        if let addressee = document.addressee { out += addressee + "：\n\n" }
        func blocks(_ list: [Block], level: Int) {
            var index = 0
            for block in list {
                switch block {
                case .paragraph(let p): out += Composer.inline(p) + "\n\n"
                case .items(let items):
                    for (i, item) in items.enumerated() { out += Numbering.ordinal(i + 1) + item + "\n\n" }
                case .section(let s):
                    index += 1
                    let number = Numbering.heading(level: level, index: index)
                    if let runIn = s.runIn {
                        out += "**\(number)\(s.heading)**\(Composer.inline(runIn))\n\n"
                    } else {
                        out += String(repeating: "#", count: min(level + 1, 6)) + " \(number)\(s.heading)\n\n"
                    }
                    blocks(s.body, level: level + 1)
                case .table(let t):
                    if let caption = t.caption { out += "**\(caption)**\n\n" }
                    func row(_ cells: [Table.Cell]) -> String {
                        "| " + cells.flatMap { [$0.text.replacingOccurrences(of: "|", with: "｜")] + Array(repeating: "", count: $0.span - 1) }.joined(separator: " | ") + " |\n"
                    }
                    let heading = t.header.last ?? []
                    out += row(heading) + "|" + String(repeating: " --- |", count: t.columnCount) + "\n"
                    for r in t.header.dropLast() + t.rows { out += row(r) }
                    out += "\n"
                }
            }
        }
        blocks(document.body, level: 1)
        out += "\(document.signature.name)\n\n\(document.date.chinese)\n"
        return out
    }
}
