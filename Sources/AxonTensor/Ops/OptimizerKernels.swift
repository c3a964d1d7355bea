/// Fused optimizer updates: one pass over a parameter, its gradient and its
/// state, instead of a tensor op (and a temporary) per term of the formula.
/// On an MNIST-sized network this is the difference between the optimizer
/// costing a third of a training step and a few percent.
///
/// Each function performs exactly the arithmetic of PyTorch's single-tensor
/// algorithm, in the same order, in the parameter's dtype; AxonOptim's rules
/// call them and document the formulas.
public enum OptimizerKernels {
    /// One Adam (or AdamW) step, in place:
    ///
    ///     w ← w·(1 − γλ)                         (decoupled decay, AdamW)
    ///     g ← g + λw                             (coupled decay, Adam)
    ///     m ← m + (1 − β₁)(g − m)
    ///     v ← β₂v + (1 − β₂)g²
    ///     v̂ ← max(v̂, v) (AMSGrad) or v
    ///     w ← w − s · m / (√v̂ / c₂ + ε)
    ///
    /// with `stepSize` s = γ / (1 − β₁ᵗ) and `rootBiasCorrection2` c₂ = √(1 − β₂ᵗ).
    public static func adam(
        parameter w: inout Tensor, gradient g: Tensor, m: inout Tensor, v: inout Tensor, maxV: inout Tensor?,
        beta1: Double, beta2: Double, eps: Double, weightDecay: Double, decoupled: Bool, learningRate: Double,
        stepSize: Double, rootBiasCorrection2: Double
    ) {
        w.requireFloat("adam")
        check("adam", w, matches: g)
        check("adam", w, matches: m)
        check("adam", w, matches: v)
        if let maxV { check("adam", w, matches: maxV) }
        let constants = AdamConstants(
            oneMinusBeta1: 1 - beta1, beta2: beta2, oneMinusBeta2: 1 - beta2, eps: eps, weightDecay: weightDecay,
            decoupled: decoupled, shrink: 1 - learningRate * weightDecay, stepSize: stepSize,
            rootBiasCorrection2: rootBiasCorrection2)
        w.backend.adam(parameter: &w, gradient: g, m: &m, v: &v, maxV: &maxV, constants: constants)
    }

    /// One SGD step, in place:
    ///
    ///     d ← g + λw                             (weight decay λ)
    ///     b ← μb + (1 − τ)d  (b ← d on the first step)   (momentum μ, dampening τ)
    ///     d ← d + μb (Nesterov) or b
    ///     w ← w − γd
    ///
    /// `buffer` is `nil` before the first step with momentum and is created then.
    public static func sgd(
        parameter w: inout Tensor, gradient g: Tensor, buffer: inout Tensor?,
        learningRate: Double, momentum: Double, dampening: Double, weightDecay: Double, nesterov: Bool
    ) {
        w.requireFloat("sgd")
        check("sgd", w, matches: g)
        if let buffer { check("sgd", w, matches: buffer) }
        let constants = SGDConstants(learningRate: learningRate, momentum: momentum, keep: 1 - dampening,
                                     weightDecay: weightDecay, nesterov: nesterov)
        w.backend.sgd(parameter: &w, gradient: g, buffer: &buffer, constants: constants)
    }

    /// Stops unless `other`, a state tensor or gradient, matches parameter `w`.
    private static func check(_ op: String, _ w: Tensor, matches other: Tensor) {
        precondition(other.shape == w.shape && other.dtype == w.dtype,
                     "\(op): state of shape \(other.shape) (\(other.dtype)) for a parameter of shape \(w.shape) (\(w.dtype))")
    }
}
