import Foundation

/// How data values are spaced along an axis.
public enum AxisScale: Sendable, Equatable {
    /// Equal differences take equal lengths.
    case linear
    /// Equal ratios take equal lengths (base 10). Values that are zero,
    /// negative or not finite cannot be placed and are left out: a line
    /// breaks there, a marker is not drawn.
    case logarithmic
}

/// The map from data values on one axis to canvas coordinates: the domain
/// [`lower`, `upper`] goes to [`start`, `end`] (for a vertical axis `start`
/// is the bottom, which has the larger canvas `y`).
struct AxisMapping: Equatable {
    let scale: AxisScale
    let lower: Double
    let upper: Double
    let start: Double
    let end: Double

    /// How far outside the axis, in axis lengths, a coordinate may land. A
    /// diverging value (1e300) is pulled in to this distance so every
    /// coordinate stays finite; from that far out a line still leaves the
    /// plot at the same place to within a millionth of a pixel.
    static let reach = 1e5

    init(scale: AxisScale, lower: Double, upper: Double, start: Double, end: Double) {
        self.scale = scale
        self.lower = lower
        self.upper = upper
        self.start = start
        self.end = end
    }

    /// `value` in the units in which the axis is linear: itself, or its
    /// base-10 logarithm; nil when it cannot be placed.
    func transformed(_ value: Double) -> Double? {
        guard value.isFinite else { return nil }
        switch scale {
        case .linear: return value
        case .logarithmic: return value > 0 ? log10(value) : nil
        }
    }

    /// The canvas coordinate of `value`, or nil when it cannot be placed
    /// (not finite; zero or negative on a logarithmic axis).
    func coordinate(_ value: Double) -> Double? {
        guard let t = transformed(value), let t0 = transformed(lower), let t1 = transformed(upper) else { return nil }
        let span = t1 - t0
        guard span != 0, span.isFinite else { return (start + end) / 2 }
        let fraction = min(max((t - t0) / span, -Self.reach), Self.reach)
        return start + fraction * (end - start)
    }

    /// Whether `value` lies inside the domain, with a relative slack of 1e-9
    /// of its length.
    func contains(_ value: Double) -> Bool {
        guard let t = transformed(value), let t0 = transformed(lower), let t1 = transformed(upper) else { return false }
        let slack = abs(t1 - t0) * 1e-9
        return t >= min(t0, t1) - slack && t <= max(t0, t1) + slack
    }

    /// The data value at canvas coordinate `coordinate`.
    func value(at coordinate: Double) -> Double {
        guard end != start, let t0 = transformed(lower), let t1 = transformed(upper) else { return lower }
        let t = t0 + (coordinate - start) / (end - start) * (t1 - t0)
        return scale == .logarithmic ? pow(10, t) : t
    }

    /// The ticks of this axis, aiming at `count` labelled ones.
    func ticks(count: Int) -> [Tick] {
        switch scale {
        case .linear: return Ticks.linear(lower: lower, upper: upper, count: count)
        case .logarithmic: return Ticks.logarithmic(lower: lower, upper: upper, count: count)
        }
    }

    /// The domain for `values` on an axis of `scale`: non-finite values (and
    /// on a logarithmic axis, values ≤ 0) are ignored; when `nice`, the
    /// bounds are widened to tick values. All values equal, or none at all,
    /// still give a domain of positive length: ±1 around a lone linear value
    /// (±10% when it is large), a factor √10 around a lone logarithmic one,
    /// [0, 1] or [1, 10] when there is nothing.
    static func domain(of values: [Double], scale: AxisScale, nice: Bool, tickCount: Int) -> (lower: Double, upper: Double) {
        var lower = Double.infinity
        var upper = -Double.infinity
        for value in values where value.isFinite && (scale == .linear || value > 0) {
            lower = min(lower, value)
            upper = max(upper, value)
        }
        switch scale {
        case .linear:
            if lower > upper { return (0, 1) }
            if lower == upper {
                let half = abs(lower) > 10 ? abs(lower) * 0.1 : 1
                lower -= half
                upper += half
            }
            // A range too narrow for doubles to tell its ends apart in ticks.
            if (upper - lower) <= max(abs(lower), abs(upper)) * 1e-12 {
                let half = max(abs(lower), 1) * 1e-6
                lower -= half
                upper += half
            }
            return nice ? Ticks.niceLinearDomain(lower: lower, upper: upper, count: tickCount) : (lower, upper)
        case .logarithmic:
            if lower > upper { return (1, 10) }
            if lower == upper || upper / lower < 1 + 1e-9 {
                lower /= 10.0.squareRoot()
                upper *= 10.0.squareRoot()
            }
            return nice ? Ticks.niceLogarithmicDomain(lower: lower, upper: upper) : (lower, upper)
        }
    }
}
