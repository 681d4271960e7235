import Yams

extension Value {
    /// A YAML scalar as a typed value, by the YAML 1.2 core schema (null, booleans, decimal, octal
    /// `0o` and hexadecimal `0x` integers, floats with exponents, `.inf`, `.nan`), plus dates written
    /// 2023-07-10. Quoted scalars are always text, so `"007"` stays a string.
    init(scalar: Node.Scalar) {
        let text = scalar.string
        guard scalar.style == .plain || scalar.style == .any else {
            self = .string(text)
            return
        }
        guard let first = text.utf8.first else {
            self = .null
            return
        }
        // Only these can begin a typed scalar; the rest (all Chinese text) is a string at once.
        guard (0x30...0x39).contains(first) || "-+.~nNtTfF".utf8.contains(first) else {
            self = .string(text)
            return
        }
        switch text {
        case "null", "Null", "NULL", "~": self = .null; return
        case "true", "True", "TRUE": self = .boolean(true); return
        case "false", "False", "FALSE": self = .boolean(false); return
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF", ".nan", ".NaN", ".NAN":
            self = .unprintableNumber(text); return
        default: break
        }
        if let integer = Self.coreInteger(text) {
            self = integer
        } else if Self.isCoreFloat(text), let d = Double(text) {
            self = d.isFinite ? .decimal(d) : .unprintableNumber(text)
        } else if text.count >= 8, text.first?.isNumber == true, let date = OfficialDate(parsing: text) {
            self = .date(date)
        } else {
            self = .string(text)
        }
    }

    /// `[-+]?[0-9]+`, `0o[0-7]+`, `0x[0-9a-fA-F]+`; one that does not fit 64 bits cannot print.
    static func coreInteger(_ text: String) -> Value? {
        let (radix, digits): (Int, Substring) = text.hasPrefix("0x") ? (16, text.dropFirst(2))
            : text.hasPrefix("0o") ? (8, text.dropFirst(2)) : (10, Substring(text))
        let body = radix == 10 && (digits.first == "-" || digits.first == "+") ? digits.dropFirst() : digits
        guard !body.isEmpty, body.allSatisfy({ $0.isASCII && $0.isHexDigit && Int(String($0), radix: radix) != nil }) else { return nil }
        let unsigned = digits.first == "+" ? digits.dropFirst() : digits
        return Int(unsigned, radix: radix).map(Value.integer) ?? .unprintableNumber(text)
    }

    /// `[-+]? ( \. [0-9]+ | [0-9]+ ( \. [0-9]* )? ) ( [eE] [-+]? [0-9]+ )?`
    static func isCoreFloat(_ text: String) -> Bool {
        var s = Substring(text)
        if s.first == "-" || s.first == "+" { s = s.dropFirst() }
        let mantissaEnd = s.firstIndex { $0 == "e" || $0 == "E" } ?? s.endIndex
        let mantissa = s[..<mantissaEnd]
        let parts = mantissa.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              parts.contains(where: { !$0.isEmpty }), parts.count == 2 || !parts[0].isEmpty else { return false }
        if mantissaEnd == s.endIndex { return true }
        var exponent = s[s.index(after: mantissaEnd)...]
        if exponent.first == "-" || exponent.first == "+" { exponent = exponent.dropFirst() }
        return !exponent.isEmpty && exponent.allSatisfy { $0.isASCII && $0.isNumber }
    }
}
