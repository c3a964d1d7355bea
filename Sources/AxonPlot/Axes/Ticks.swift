import Foundation

/// One tick of an axis: where it is and what it says.
struct Tick: Equatable {
    /// The data value at the tick.
    var value: Double
    /// The label; nil for a minor tick, which is drawn shorter and unlabelled.
    var label: String?
}

/// Tick positions and labels: 1-2-5 steps on linear axes, decades (with 2
/// and 5 between them when there are few) on logarithmic ones.
enum Ticks {
    /// The 1-2-5 step for about `count` intervals over `span`: the power of ten
    /// below `span / count`, times 1, 2, 5 or 10, whichever lies nearest on a
    /// log scale (the thresholds √2, √10, √50 are the geometric midpoints).
    static func niceStep(span: Double, count: Int) -> Double {
        guard span.isFinite, span > 0 else { return 1 }
        let raw = span / Double(max(count, 1))
        let power = SVGFormat.pow10(Int(log10(raw).rounded(.down)))
        let ratio = raw / power
        if ratio >= 50.0.squareRoot() { return 10 * power }
        if ratio >= 10.0.squareRoot() { return 5 * power }
        if ratio >= 2.0.squareRoot() { return 2 * power }
        return power
    }

    /// The multiples of `step` in [`lower`, `upper`], computed as `i·step`
    /// (or `i / (1/step)` for steps below one, which is exact for 0.1, 0.2
    /// and the like) rather than by repeated addition, so errors never pile up.
    static func multiples(of step: Double, from lower: Double, to upper: Double) -> [Double] {
        guard step > 0, step.isFinite, lower.isFinite, upper.isFinite, lower <= upper else { return [] }
        let slack = step * 1e-9
        let first = ((lower - slack) / step).rounded(.up)
        let last = ((upper + slack) / step).rounded(.down)
        guard last >= first, last - first < 10_000 else { return [] }
        let inverse = (1 / step).rounded()
        let exactInverse = step < 1 && abs(inverse * step - 1) < 1e-12
        var values: [Double] = []
        var i = first
        while i <= last {
            values.append(exactInverse ? i / inverse : i * step)
            i += 1
        }
        return values
    }

    /// The domain [`lower`, `upper`] widened outwards to multiples of the
    /// step that ``linear(lower:upper:count:)`` would use.
    static func niceLinearDomain(lower: Double, upper: Double, count: Int) -> (lower: Double, upper: Double) {
        let step = niceStep(span: upper - lower, count: count)
        // The 1e-9 slack keeps a bound that is a multiple but for rounding
        // (0.30000000000000004) from gaining a whole extra step.
        let niceLower = (lower / step + 1e-9).rounded(.down) * step
        let niceUpper = (upper / step - 1e-9).rounded(.up) * step
        return (min(niceLower, lower), max(niceUpper, upper))
    }

    /// About `count` ticks on a linear axis over [`lower`, `upper`], every one
    /// labelled with the same number of decimals (as many as the step needs),
    /// or in exponent form when the values are huge or tiny.
    static func linear(lower: Double, upper: Double, count: Int) -> [Tick] {
        let step = niceStep(span: upper - lower, count: count)
        let values = multiples(of: step, from: lower, to: upper)
        let largest = max(abs(lower), abs(upper))
        let decimals = max(0, -Int((log10(step) + 1e-9).rounded(.down)))
        let exponentForm = largest >= 1e6 || (step < 1e-4 && largest < 1e-3) || decimals > 6
        return values.map { value in
            // Snap values that are zero but for rounding (3·0.1 - 0.3) to zero.
            let clean = abs(value) < step * 1e-9 ? 0 : value
            let label = exponentForm
                ? (clean == 0 ? "0" : SVGFormat.exponent(clean, significantDigits: 3, typographicMinus: true))
                : SVGFormat.fixed(clean, decimals: decimals, typographicMinus: true)
            return Tick(value: clean, label: label)
        }
    }

    /// Ticks on a logarithmic axis over [`lower`, `upper`] (both positive).
    ///
    /// - Several decades: labelled ticks at powers of ten (every second or
    ///   more when they would crowd past `count`, the others unlabelled),
    ///   unlabelled minor ticks at 2–9 times each power while every power is
    ///   labelled and there are at most eight decades.
    /// - Fewer than three powers of ten inside: 1, 2 and 5 times each power
    ///   are labelled as well.
    /// - Still fewer than two labels (a range within one decade, such as
    ///   0.3–0.8): linear 1-2-5 ticks inside the range.
    static func logarithmic(lower: Double, upper: Double, count: Int) -> [Tick] {
        guard lower > 0, upper > lower, lower.isFinite, upper.isFinite else {
            return lower > 0 && lower.isFinite ? [Tick(value: lower, label: label(lower))] : []
        }
        let first = Int((log10(lower) - 1e-9).rounded(.up))
        let last = Int((log10(upper) + 1e-9).rounded(.down))
        let decadeCount = last - first + 1
        if decadeCount >= 3 {
            let stride = max(1, Int((Double(decadeCount) / Double(max(count, 1))).rounded(.up)))
            var ticks: [Tick] = []
            let minorsShown = stride == 1 && log10(upper / lower) <= 8
            for power in (first - 1) ... last {
                let base = SVGFormat.pow10(power)
                if power >= first {
                    // Decades between labelled ones keep an unlabelled tick while they are few enough to see.
                    if (power - first) % stride == 0 {
                        ticks.append(Tick(value: base, label: label(base)))
                    } else if decadeCount <= 40 {
                        ticks.append(Tick(value: base, label: nil))
                    }
                }
                guard minorsShown else { continue }
                for multiple in 2 ... 9 {
                    let value = Double(multiple) * base
                    if value >= lower * (1 - 1e-9), value <= upper * (1 + 1e-9) { ticks.append(Tick(value: value, label: nil)) }
                }
            }
            return ticks.sorted { $0.value < $1.value }
        }
        var ticks: [Tick] = []
        for power in (first - 1) ... max(last, first - 1) {
            let base = SVGFormat.pow10(power)
            for multiple in [1.0, 2, 5] {
                let value = multiple * base
                if value >= lower * (1 - 1e-9), value <= upper * (1 + 1e-9) { ticks.append(Tick(value: value, label: label(value))) }
            }
        }
        if ticks.count >= 2 { return ticks }
        return linear(lower: lower, upper: upper, count: count).filter { $0.value > 0 }
    }

    /// A logarithmic tick's label: plain decimals from 0.0001 to 100000
    /// (`0.01`, `20`), exponent form beyond (`1e-6`, `5e8`).
    static func label(_ value: Double) -> String {
        let power = Int((log10(value) + 1e-9).rounded(.down))
        if power < -4 || power > 5 {
            return SVGFormat.exponent(value, significantDigits: 3, typographicMinus: true)
        }
        return SVGFormat.fixed(value, decimals: max(0, -power + 2), trimmingZeros: true, typographicMinus: true)
    }

    /// The domain [`lower`, `upper`] (both positive) widened outwards to the
    /// nearest 1, 2 or 5 times a power of ten.
    static func niceLogarithmicDomain(lower: Double, upper: Double) -> (lower: Double, upper: Double) {
        func below(_ value: Double) -> Double {
            let power = SVGFormat.pow10(Int(log10(value).rounded(.down)))
            for multiple in [5.0, 2, 1] where multiple * power <= value * (1 + 1e-9) { return multiple * power }
            return power / 2
        }
        func above(_ value: Double) -> Double {
            let power = SVGFormat.pow10(Int(log10(value).rounded(.down)))
            for multiple in [1.0, 2, 5, 10] where multiple * power >= value * (1 - 1e-9) { return multiple * power }
            return 10 * power
        }
        return (below(lower), above(upper))
    }
}
