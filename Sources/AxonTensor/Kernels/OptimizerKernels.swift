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
        check("adam", w, g, m, v)
        if let maxV { check("adam", w, g, maxV) }
        func run<T: KernelFloat>(_: T.Type) {
            let b1 = T(1 - beta1), b2 = T(beta2), oneMinusB2 = T(1 - beta2), e = T(eps), lambda = T(weightDecay)
            let shrink = T(1 - learningRate * weightDecay), s = T(stepSize), c2 = T(rootBiasCorrection2)
            let n = w.count
            let gp = g.pointer(T.self)
            let amsgrad = maxV != nil
            // Moved out of `maxV` so that its storage is uniquely held: no copy.
            var maxBuffer = maxV ?? Tensor.zeros([0], dtype: w.dtype)
            maxV = nil
            w.withUnsafeMutableBufferPointer(as: T.self) { wp in
                m.withUnsafeMutableBufferPointer(as: T.self) { mp in
                    v.withUnsafeMutableBufferPointer(as: T.self) { vp in
                        maxBuffer.withUnsafeMutableBufferPointer(as: T.self) { hp in
                            for i in 0..<n {
                                var grad = gp[i]
                                if weightDecay != 0 {
                                    if decoupled { wp[i] = wp[i] * shrink } else { grad = grad + wp[i] * lambda }
                                }
                                mp[i] = mp[i] + (grad - mp[i]) * b1
                                vp[i] = vp[i] * b2 + (grad * grad) * oneMinusB2
                                var second = vp[i]
                                if amsgrad {
                                    hp[i] = Swift.max(hp[i], vp[i])
                                    second = hp[i]
                                }
                                let denominator = second.squareRoot() / c2 + e
                                wp[i] = wp[i] - (mp[i] / denominator) * s
                            }
                        }
                    }
                }
            }
            if amsgrad { maxV = maxBuffer }
            withExtendedLifetime(g) {}
        }
        if w.dtype == .float32 { run(Float.self) } else { run(Double.self) }
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
        check("sgd", w, g)
        if let buffer { check("sgd", w, buffer) }
        let firstStep = buffer == nil
        if momentum != 0 && firstStep { buffer = Tensor(uninitializedShape: w.shape, dtype: w.dtype) }
        func run<T: KernelFloat>(_: T.Type) {
            let gamma = T(learningRate), mu = T(momentum), keep = T(1 - dampening), lambda = T(weightDecay)
            let n = w.count
            let gp = g.pointer(T.self)
            // Moved out of `buffer` so that its storage is uniquely held: no copy.
            var momentumBuffer = buffer ?? Tensor.zeros([0], dtype: w.dtype)
            buffer = nil
            w.withUnsafeMutableBufferPointer(as: T.self) { wp in
                momentumBuffer.withUnsafeMutableBufferPointer(as: T.self) { bp in
                    for i in 0..<n {
                        var d = gp[i]
                        if weightDecay != 0 { d = d + wp[i] * lambda }
                        if momentum != 0 {
                            bp[i] = firstStep ? d : bp[i] * mu + d * keep
                            d = nesterov ? d + bp[i] * mu : bp[i]
                        }
                        wp[i] = wp[i] - d * gamma
                    }
                }
            }
            if momentum != 0 { buffer = momentumBuffer }
            withExtendedLifetime(g) {}
        }
        if w.dtype == .float32 { run(Float.self) } else { run(Double.self) }
    }

    private static func check(_ op: String, _ w: Tensor, _ others: Tensor...) {
        w.requireFloat(op)
        for other in others {
            precondition(other.shape == w.shape && other.dtype == w.dtype,
                         "\(op): state of shape \(other.shape) (\(other.dtype)) for a parameter of shape \(w.shape) (\(w.dtype))")
        }
    }
}
