/// The outcome of ``gradcheck(_:inputs:epsilon:absoluteTolerance:relativeTolerance:)``.
public struct GradcheckResult: Sendable {
    /// The largest |analytic − numeric| over every element of every input.
    public let maxAbsoluteError: Double
    /// The largest |analytic − numeric| / max(|numeric|, |analytic|, atol) over the elements.
    public let maxRelativeError: Double
    /// Whether every element satisfied |analytic − numeric| ≤ atol + rtol·|numeric|.
    public let passed: Bool
}

/// Checks the gradients that backpropagation computes for `f` against
/// central finite differences, `(f(x + ε) − f(x − ε)) / 2ε`, in float64.
///
/// Inputs are converted to float64 first. A function with more than one
/// output element is reduced to `Σ f(x) · w` with fixed random weights `w`,
/// so every output element's gradient is exercised.
///
/// - Parameters:
///   - f: the function under test.
///   - inputs: the points to check at; every one receives a gradient.
///   - epsilon: the finite-difference step. The default value is `1e-6`.
///   - absoluteTolerance: `atol`. The default value is `1e-5`.
///   - relativeTolerance: `rtol`. The default value is `1e-3`.
public func gradcheck(
    _ f: ([Tensor]) -> Tensor,
    inputs: [Tensor],
    epsilon: Double = 1e-6,
    absoluteTolerance: Double = 1e-5,
    relativeTolerance: Double = 1e-3
) -> GradcheckResult {
    let points = inputs.map { $0.detached().cast(to: .float64) }
    var generator = RandomGenerator(seed: 0x6772_6164)
    let probe = noGrad { f(points) }
    precondition(probe.dtype == .float64, "gradcheck: the function returned \(probe.dtype) for float64 inputs")
    let weights = Tensor.randomUniform(probe.shape, low: 0.5, high: 1.5, dtype: .float64, generator: &generator)
    func scalarize(_ x: [Tensor]) -> Tensor { (f(x) * weights).sum() }

    let analytic = valueAndGradient(at: points, of: scalarize).gradients
    var maxAbsolute = 0.0, maxRelative = 0.0
    var passed = true
    for (index, point) in points.enumerated() {
        var values = point.scalars(as: Double.self)
        let computed = analytic[index].scalars(as: Double.self)
        for element in values.indices {
            let original = values[element]
            values[element] = original + epsilon
            let above = noGrad { scalarize(replacing(points, at: index, with: Tensor(values, shape: point.shape))) }.item
            values[element] = original - epsilon
            let below = noGrad { scalarize(replacing(points, at: index, with: Tensor(values, shape: point.shape))) }.item
            values[element] = original
            let numeric = (above - below) / (2 * epsilon)
            let error = Swift.abs(computed[element] - numeric)
            let scale = Swift.max(Swift.abs(numeric), Swift.abs(computed[element]), absoluteTolerance)
            maxAbsolute = Swift.max(maxAbsolute, error)
            maxRelative = Swift.max(maxRelative, error / scale)
            if !(error <= absoluteTolerance + relativeTolerance * Swift.abs(numeric)) { passed = false }
        }
    }
    return GradcheckResult(maxAbsoluteError: maxAbsolute, maxRelativeError: maxRelative, passed: passed)
}

private func replacing(_ tensors: [Tensor], at index: Int, with replacement: Tensor) -> [Tensor] {
    var copy = tensors
    copy[index] = replacement
    return copy
}
