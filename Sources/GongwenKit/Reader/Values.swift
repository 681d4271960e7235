import Yams

extension Value {
    /// A YAML scalar as a typed value. Plain scalars that look like numbers or dates keep that type;
    /// quoted scalars are always text, so `"007"` stays a string.
    init(scalar: Node.Scalar) {
        let text = scalar.string
        // Only text that starts like a number or a date can be one.
        guard scalar.style == .plain || scalar.style == .any,
              let first = text.utf8.first, (0x30...0x39).contains(first) || first == UInt8(ascii: "-") || first == UInt8(ascii: "t") || first == UInt8(ascii: "f") else {
            self = .string(text)
            return
        }
        if let n = Int(text.replacingOccurrences(of: "_", with: "")), !text.hasPrefix("+") {
            self = .integer(n)
        } else if text.contains("."), let d = Double(text), d.isFinite {
            self = .decimal(d)
        } else if ["true", "false"].contains(text) {
            self = .boolean(text == "true")
        } else if text.count >= 8, text.first?.isNumber == true, let date = OfficialDate(parsing: text) {
            self = .date(date)
        } else {
            self = .string(text)
        }
    }
}
