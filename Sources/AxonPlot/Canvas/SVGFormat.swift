import Foundation

/// Text as it goes into the SVG file: numbers written the same way on every
/// machine and in every locale, and strings escaped for XML.
enum SVGFormat {
    /// The largest coordinate written. Farther points are pulled in to this
    /// distance so that a diverging value (1e300) still gives a short,
    /// finite number; it lies far outside any figure, so what is drawn
    /// inside the figure does not visibly change.
    static let coordinateLimit = 1e7

    /// `value` with at most `decimals` decimal places, rounded half away from
    /// zero, trailing zeros and a trailing point removed: `12.5`, `3`, `-0.25`.
    /// Built from integers, never from `String(describing:)` or the locale,
    /// so the same value always gives the same characters. Non-finite values
    /// are written as `0`; callers drop such points before they get here.
    static func number(_ value: Double, decimals: Int = 2) -> String {
        guard value.isFinite else { return "0" }
        let clamped = min(max(value, -coordinateLimit), coordinateLimit)
        return fixed(clamped, decimals: decimals, trimmingZeros: true)
    }

    /// `value` with exactly `decimals` decimal places (`0.50`), for tick
    /// labels that line up; the minus sign is ASCII unless `typographicMinus`.
    static func fixed(_ value: Double, decimals: Int, trimmingZeros: Bool = false, typographicMinus: Bool = false) -> String {
        guard value.isFinite else { return "0" }
        let places = min(max(decimals, 0), 12)
        var scale: Double = 1
        for _ in 0 ..< places { scale *= 10 }
        // Products past UInt64's range are written in exponent form instead.
        let scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
        guard scaled < 9e18 else { return exponent(value, significantDigits: 3, typographicMinus: typographicMinus) }
        let units = UInt64(scaled)
        let divisor = UInt64(scale)
        let whole = units / divisor
        var fraction = ""
        if places > 0 {
            let digits = String(units % divisor)
            fraction = String(repeating: "0", count: places - digits.count) + digits
            if trimmingZeros {
                while fraction.hasSuffix("0") { fraction.removeLast() }
            }
        }
        let negative = value < 0 && units != 0
        let sign = negative ? (typographicMinus ? "\u{2212}" : "-") : ""
        return sign + String(whole) + (fraction.isEmpty ? "" : "." + fraction)
    }

    /// `value` in exponent form with at most `significantDigits` digits:
    /// `2.5e-7`, `1e12`.
    static func exponent(_ value: Double, significantDigits: Int, typographicMinus: Bool = false) -> String {
        guard value.isFinite, value != 0 else { return "0" }
        var power = Int(log10(abs(value)).rounded(.down))
        var mantissa = value / pow10(power)
        // log10 can land one below for exact powers (log10(1e-5) ≈ -5.0000001).
        if abs(mantissa) >= 10 {
            power += 1
            mantissa /= 10
        }
        var mantissaText = fixed(mantissa, decimals: max(0, significantDigits - 1), trimmingZeros: true, typographicMinus: typographicMinus)
        if mantissaText == "10" || mantissaText == "-10" || mantissaText == "\u{2212}10" {
            power += 1
            mantissaText = String(mantissaText.dropLast())
        }
        let minus = typographicMinus ? "\u{2212}" : "-"
        let powerText = power < 0 ? minus + String(-power) : String(power)
        return mantissaText + "e" + powerText
    }

    /// 10 to the integer power `n`, exact for the powers that doubles hold
    /// exactly, which `pow(10, n)` does not promise on every platform.
    static func pow10(_ n: Int) -> Double {
        var result = 1.0
        if n >= 0 {
            for _ in 0 ..< min(n, 400) { result *= 10 }
        } else {
            for _ in 0 ..< min(-n, 400) { result /= 10 }
        }
        return result
    }

    /// `text` escaped for an XML attribute value or text node: `&`, `<`, `>`,
    /// `"` and `'` become entities, and characters that XML 1.0 forbids
    /// (control characters other than tab, newline and carriage return) become
    /// U+FFFD, so that any string gives a well-formed file.
    static func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF:
                result += "\u{FFFD}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}

/// `text` escaped for XML or HTML text and attribute values, as AxonPlot
/// writes its own: `&`, `<`, `>`, `"` and `'` as entities, characters XML
/// forbids as U+FFFD. For pages that embed AxonPlot's SVG.
public func xmlEscaped(_ text: String) -> String {
    SVGFormat.escaped(text)
}
