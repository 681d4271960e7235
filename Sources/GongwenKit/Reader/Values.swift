
extension Value {
    /// A YAML scalar as a typed value, by the YAML 1.2 core schema (null, booleans, decimal, octal
    /// `0o` and hexadecimal `0x` integers, floats with exponents, `.inf`, `.nan`), plus dates written
    /// 2023-07-10. Quoted scalars are always text, so `"007"` stays a string.
    init(scalar: YAMLNode.Scalar) {
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
        // The words below all begin with a letter or a sign: a figure (nearly every value) skips
        // their 22 string comparisons.
        if !(0x30...0x39).contains(first) {
            switch text {
            case "null", "Null", "NULL", "~": self = .null; return
            case "true", "True", "TRUE": self = .boolean(true); return
            case "false", "False", "FALSE": self = .boolean(false); return
            case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF", ".nan", ".NaN", ".NAN":
                self = .unprintableNumber(text); return
            default: break
            }
        }
        if let integer = Self.coreInteger(text) {
            self = integer
        } else if Self.isCoreFloat(text), let d = Double(text) {
            self = d.isFinite ? .decimal(d) : .unprintableNumber(text)
        } else if let percent = Self.percent(text) {
            self = percent
        } else if text.count >= 8, text.first?.isNumber == true, let date = OfficialDate(parsing: text) {
            self = .date(date)
        } else {
            self = .string(text)
        }
    }

    /// `35%`, `-2.5%`: a share as offices write it, kept with its places after the point.
    static func percent(_ text: String) -> Value? {
        guard text.utf8.last == UInt8(ascii: "%") else { return nil }
        let number = String(text.dropLast())
        guard !number.contains(where: { $0 == "e" || $0 == "E" }), isCoreFloat(number), let d = Double(number), d.isFinite else { return nil }
        let digits = number.firstIndex(of: ".").map { number.distance(from: $0, to: number.endIndex) - 1 } ?? 0
        return .percent(d / 100, digits: digits)
    }

    /// `[-+]?[0-9]+`, `0o[0-7]+`, `0x[0-9a-fA-F]+`; one that does not fit 64 bits cannot print.
    static func coreInteger(_ text: String) -> Value? {
        let utf8 = Array(text.utf8)
        var start = 0, radix = 10
        if utf8.count > 2 && utf8[0] == UInt8(ascii: "0") && (utf8[1] == UInt8(ascii: "x") || utf8[1] == UInt8(ascii: "o")) {
            radix = utf8[1] == UInt8(ascii: "x") ? 16 : 8
            start = 2
        } else if let sign = utf8.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") {
            start = 1
        }
        guard start < utf8.count, utf8[start...].allSatisfy({ digit($0, radix: radix) }) else { return nil }
        // Int parses a leading '-' itself, not a '+' or a radix prefix.
        let digits = String(decoding: utf8[(utf8[0] == UInt8(ascii: "-") ? 0 : start)...], as: UTF8.self)
        return Int(digits, radix: radix).map(Value.integer) ?? .unprintableNumber(text)
    }

    static func digit(_ b: UInt8, radix: Int) -> Bool {
        switch radix {
        case 8: return (0x30...0x37).contains(b)
        case 16: return (0x30...0x39).contains(b) || (0x41...0x46).contains(b) || (0x61...0x66).contains(b)
        default: return (0x30...0x39).contains(b)
        }
    }

    /// `[-+]? ( \. [0-9]+ | [0-9]+ ( \. [0-9]* )? ) ( [eE] [-+]? [0-9]+ )?`
    static func isCoreFloat(_ text: String) -> Bool {
        let b = Array(text.utf8)
        var i = 0
        func digits() -> Int {
            let from = i
            while i < b.count && (0x30...0x39).contains(b[i]) { i += 1 }
            return i - from
        }
        if i < b.count && (b[i] == UInt8(ascii: "-") || b[i] == UInt8(ascii: "+")) { i += 1 }
        let whole = digits()
        var fraction = 0
        if i < b.count && b[i] == UInt8(ascii: ".") {
            i += 1
            fraction = digits()
        }
        guard whole > 0 || fraction > 0 else { return false }
        if i < b.count && (b[i] == UInt8(ascii: "e") || b[i] == UInt8(ascii: "E")) {
            i += 1
            if i < b.count && (b[i] == UInt8(ascii: "-") || b[i] == UInt8(ascii: "+")) { i += 1 }
            guard digits() > 0 else { return false }
        }
        return i == b.count
    }
}

/// A figure as an office types it: full-width digits from a Chinese input method (`１８６`), and
/// thousands grouped by a comma, half- or full-width (`32,500`, `32，500`). YAML and the sheets
/// read these as text; where the template needs a number they are read as the number they are,
/// and the clerk is told how.
enum OfficeFigure {
    enum Reading: Equatable {
        /// The figure in plain digits (`32500`), for the readers of plain figures to type.
        case figure(String)
        /// Commas among digits that do not group thousands (`1,5`, `32,50`): how to write it instead.
        case unclear(String)
    }

    /// nil: not a figure typed this way (plain ASCII without a comma is read as it always was).
    static func read(_ text: String) -> Reading? {
        guard text.anyByte({ $0 >= 0x80 || $0 == UInt8(ascii: ",") }) else { return nil }
        var plain = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0xFF10...0xFF19: plain.append(Unicode.Scalar(scalar.value - 0xFF10 + 0x30)!)
            case 0xFF0C: plain.append(",")   // ，
            case 0xFF0E: plain.append(".")   // ．
            case 0xFF05: plain.append("%")   // ％
            case 0xFF0D, 0x2212: plain.append("-")   // －, −
            case 0x30...0x39, 0x2C, 0x2E, 0x25, 0x2D: plain.append(scalar)
            default: return nil
            }
        }
        var figure = String(plain)
        guard figure.contains(where: \.isNumber) else { return nil }
        guard figure.contains(",") else { return .figure(figure) }
        // A comma groups thousands only: 1 to 3 digits, then groups of exactly 3, before any point.
        var whole = Substring(figure)
        if whole.hasSuffix("%") { whole = whole.dropLast() }
        if whole.hasPrefix("-") { whole = whole.dropFirst() }
        if let point = whole.firstIndex(of: ".") {
            guard !whole[point...].contains(",") else { return .unclear(unclearHint) }
            whole = whole[..<point]
        }
        let groups = whole.split(separator: ",", omittingEmptySubsequences: false)
        guard (1...3).contains(groups[0].count), groups.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return .unclear(unclearHint) }
        figure.removeAll { $0 == "," }
        return .figure(figure)
    }

    static let unclearHint = "a comma only separates thousands (32,500); write a decimal with a point (1.5), or the figure without commas (32500)"

    /// The value `text` is as a figure of `type`, with the note on how it was read; nil when it is no figure typed so.
    static func value(_ text: String, as type: FieldType) -> (value: Value, said: String)? {
        guard type != .text, type != .date, case .figure(let plain)? = read(text.trimmingSpaces()),
              let value = Value.looksTyped(plain, dates: false), type.accepts(value) else { return nil }
        return (value, "'\(text)' is read as \(value.description)")
    }

    /// How to write `text` where the template needs a figure, when its commas make it unclear.
    static func hint(_ text: String, as type: FieldType) -> String {
        guard type != .text, type != .date, case .unclear(let hint)? = read(text.trimmingSpaces()) else { return "" }
        return "; " + hint
    }
}

extension Value {
    /// Text that reads as a plain figure: `1720`, `55.8`, `35%`, `2023-07-06`. A leading zero
    /// (`007`), a `+`, a radix or an exponent keeps it text: that is how it was typed.
    static func looksTyped(_ text: String, dates: Bool = true) -> Value? {
        let b = Array(text.utf8)
        if let percent = Value.percent(text) { return percent }
        var i = b.first == UInt8(ascii: "-") ? 1 : 0
        let digitsStart = i
        while i < b.count, (0x30...0x39).contains(b[i]) { i += 1 }
        let whole = i - digitsStart
        if whole > 0, !(whole > 1 && b[digitsStart] == UInt8(ascii: "0")) {
            if i == b.count { return Value.coreInteger(text) }
            if b[i] == UInt8(ascii: "."), i + 1 < b.count, b[(i + 1)...].allSatisfy({ (0x30...0x39).contains($0) }), let d = Double(text) {
                return .decimal(d)
            }
        }
        if dates, text.count >= 8, let date = OfficialDate(parsing: text) { return .date(date) }
        return nil
    }
}

/// Why a figure (a sheet's cell, a rollup's sum) cannot give its value; said where it stands.
struct CellProblem: Error, Equatable {
    var message: String
}
