import Foundation

/// Numbers as the captions and tables print them: built with C's
/// formatting, which ignores the locale, so the same run gives the same
/// characters on every machine; negative numbers take a true minus sign.
enum FigureText {
    /// `value` with `places` decimals: `0.552`, `−0.512`; a value that rounds
    /// to zero has no sign.
    static func decimal(_ value: Double, places: Int = 3) -> String {
        guard value.isFinite else { return nonFinite(value) }
        let text = String(format: "%.\(max(places, 0))f", value)
        let isZero = text.allSatisfy { $0 == "-" || $0 == "0" || $0 == "." }
        return isZero ? String(text.drop { $0 == "-" }) : typographic(text)
    }

    /// `value` to `digits` significant digits, without trailing zeros:
    /// `0.0326`, `3.64`, `0.03`, `1118`; below 0.001 or from a million up, in
    /// powers of ten (``scientific(_:digits:)``).
    static func significant(_ value: Double, digits: Int = 3) -> String {
        guard value.isFinite else { return nonFinite(value) }
        guard value != 0 else { return "0" }
        let magnitude = Swift.abs(value)
        guard magnitude >= 1e-3, magnitude < 1e6 else { return scientific(value, digits: digits) }
        let power = Int(log10(magnitude).rounded(.down))
        var text = decimal(value, places: Swift.max(0, digits - 1 - power))
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text
    }

    /// `value` as mantissa times a power of ten, `digits` significant digits:
    /// `2.8 × 10⁻¹⁰`, `4.0 × 10⁶`.
    static func scientific(_ value: Double, digits: Int = 2) -> String {
        guard value.isFinite else { return nonFinite(value) }
        guard value != 0 else { return "0" }
        let text = String(format: "%.\(Swift.max(digits - 1, 0))e", value)
        let parts = text.split(separator: "e")
        guard parts.count == 2, let power = Int(parts[1]) else { return typographic(text) }
        return typographic(String(parts[0])) + " × 10" + superscript(power)
    }

    /// A fraction as a percentage with at most one decimal: `96.7%`, `100%`.
    static func percent(_ fraction: Double) -> String {
        var text = decimal(100 * fraction, places: 1)
        if text.hasSuffix(".0") { text.removeLast(2) }
        return text + "%"
    }

    /// `(0.552, 0.361, 0.766)`.
    static func vector(_ values: [Double], places: Int = 3) -> String {
        "(" + values.map { decimal($0, places: places) }.joined(separator: ", ") + ")"
    }

    /// `a`, `a and b`, `a, b and c`.
    static func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + items[items.count - 1]
    }

    /// `count` and the noun, plural unless it is one: `1 epoch`, `6 epochs`.
    static func count(_ count: Int, _ noun: String, plural: String? = nil) -> String {
        "\(count) " + (count == 1 ? noun : plural ?? noun + "s")
    }

    /// An integer in superscript digits: `⁻¹⁰`.
    static func superscript(_ number: Int) -> String {
        let digits: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
        var text = number < 0 ? "⁻" : ""
        for character in String(Swift.abs(number)) {
            text.append(character.wholeNumberValue.map { digits[$0] } ?? character)
        }
        return text
    }

    /// A digit 0–9 as a subscript (`₁`); other numbers in plain digits.
    static func subscriptDigit(_ digit: Int) -> String {
        let digits: [String] = ["₀", "₁", "₂", "₃", "₄", "₅", "₆", "₇", "₈", "₉"]
        return digit >= 0 && digit < 10 ? digits[digit] : String(digit)
    }

    private static func typographic(_ text: String) -> String {
        text.replacingOccurrences(of: "-", with: "\u{2212}")
    }

    private static func nonFinite(_ value: Double) -> String {
        value.isNaN ? "NaN" : (value > 0 ? "∞" : "−∞")
    }
}
