import AxonTensor

// Each activation as a function of a tensor. Every one is elementwise,
// finite for finite inputs of any magnitude, and has PyTorch's gradient
// (including at the kink x = 0).

/// The McCulloch–Pitts threshold (Heaviside step): 1 where x > 0, else 0.
///
/// Its gradient is zero everywhere (the reason the perceptron needs its own
/// learning rule and multi-layer networks smooth activations).
public func step(_ x: Tensor) -> Tensor {
    Tensor.custom("step", [x], forward: { ($0[0] .> 0).cast(to: x.dtype) }, backward: { g in [Tensor.zeros(like: g)] })
}

/// The logistic sigmoid σ(x) = 1/(1 + e⁻ˣ), in (0, 1); σ′ = σ(1 − σ).
public func sigmoid(_ x: Tensor) -> Tensor { x.sigmoid() }

/// The hyperbolic tangent, in (−1, 1); tanh′ = 1 − tanh².
public func tanh(_ x: Tensor) -> Tensor { x.tanh() }

/// The rectified linear unit max(x, 0); its gradient is 1 where x > 0, else 0.
public func relu(_ x: Tensor) -> Tensor { x.relu() }

/// x where x > 0, else `negativeSlope`·x. The default value of
/// `negativeSlope` is `0.01`.
public func leakyReLU(_ x: Tensor, negativeSlope: Double = 0.01) -> Tensor {
    Tensor.where(x .> 0, x, x * negativeSlope)
}

/// The exponential linear unit: x where x > 0, else α(eˣ − 1) (computed as
/// α·expm1(x), accurate near 0). The default value of `alpha` is `1`.
public func elu(_ x: Tensor, alpha: Double = 1) -> Tensor {
    let positive = x .> 0
    // Only x ≤ 0 reaches the exponential, so its gradient stays finite.
    let negativePart = Tensor.where(positive, Tensor.zeros([], dtype: x.dtype), x)
    return Tensor.where(positive, x, negativePart.expm1() * alpha)
}

/// How ``gelu(_:approximation:)`` evaluates the normal distribution function.
public enum GELUApproximation: Sendable, Equatable {
    /// Φ(x) = ½(1 + erf(x/√2)), PyTorch's `approximate="none"`.
    case exact
    /// ½(1 + tanh(√(2/π)(x + 0.044715x³))), PyTorch's `approximate="tanh"`.
    case tanh
}

/// The Gaussian error linear unit x·Φ(x), Φ the standard normal
/// distribution function. The default value of `approximation` is `.exact`.
public func gelu(_ x: Tensor, approximation: GELUApproximation = .exact) -> Tensor {
    switch approximation {
    case .exact:
        let phi = 1 + (x * 0.5.squareRoot()).erf()
        return x * 0.5 * phi
    case .tanh:
        let beta = (2 / Double.pi).squareRoot(), kappa = 0.044715
        let cube = x * x * x
        let inner = (x + cube * kappa) * beta
        return x * 0.5 * (1 + inner.tanh())
    }
}

/// The sigmoid linear unit (swish) x·σ(x).
public func silu(_ x: Tensor) -> Tensor { x * x.sigmoid() }

/// softplus(x) = log(1 + eˣ), a smooth ReLU, computed stably as
/// max(x, 0) + log1p(e^(−|x|)); its derivative is σ(x).
///
/// PyTorch returns x itself above its threshold 20, which differs from this
/// by less than 1e-10 relative.
public func softplus(_ x: Tensor) -> Tensor {
    // One op with the exact derivative σ(x): composing relu and abs would
    // give 0 instead of ½ at x = 0, where both have kinks.
    Tensor.custom("softplus", [x], forward: { input in
        let x = input[0]
        return x.relu() + (-x.abs()).exp().log1p()
    }, backward: { g in [g * x.detached().sigmoid()] })
}

/// The identity: `x` unchanged.
public func identity(_ x: Tensor) -> Tensor { x }

/// The softmax over `axis`: e^(xᵢ − m) / Σⱼ e^(xⱼ − m), with m the maximum
/// along the axis so that no exponential overflows. The default value of
/// `axis` is `-1`.
public func softmax(_ x: Tensor, axis: Int = -1) -> Tensor {
    let peak = noGrad { x.detached().max(axis: axis, keepDims: true) }
    let e = (x - peak).exp()
    return e / e.sum(axis: axis, keepDims: true)
}

/// The logarithm of the softmax over `axis` in one stable step:
/// (x − m) − log Σⱼ e^(xⱼ − m). Never forms the softmax, so entries far
/// below the maximum stay finite. The default value of `axis` is `-1`.
public func logSoftmax(_ x: Tensor, axis: Int = -1) -> Tensor {
    let peak = noGrad { x.detached().max(axis: axis, keepDims: true) }
    let shifted = x - peak
    return shifted - shifted.exp().sum(axis: axis, keepDims: true).log()
}
