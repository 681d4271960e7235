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
                case .paragraph(let p): out += ContentWriter.inline(p) + "\n\n"
                case .items(let items):
                    for (i, item) in items.enumerated() { out += Numbering.ordinal(i + 1) + item + "\n\n" }
                case .section(let s):
                    index += 1
                    let number = Numbering.heading(level: level, index: index)
                    if let runIn = s.runIn {
                        out += "**\(number)\(s.heading)**\(ContentWriter.inline(runIn))\n\n"
                    } else {
                        out += String(repeating: "#", count: min(level + 1, 6)) + " \(number)\(s.heading)\n\n"
                    }
                    blocks(s.body, level: level + 1)
                }
            }
        }
        blocks(document.body, level: 1)
        out += "\(document.signature.name)\n\n\(document.date.chinese)\n"
        return out
    }
}
