import AxonTensor

/// Scales the gradients of `parameters` in place so that their combined norm
/// is at most `maxNorm`, and returns the norm they had, as
/// `torch.nn.utils.clip_grad_norm_`:
///
///     ‖g‖ = (Σᵢ ‖gᵢ‖ₚᵖ)^(1/p)       (p = ∞: maxᵢ ‖gᵢ‖∞)
///     c = min(maxNorm / (‖g‖ + 1e-6), 1)
///     gᵢ ← c·gᵢ
///
/// Parameters without a gradient are left out. The norm is computed in the
/// gradients' dtype (that of the first gradient).
///
/// - Parameters:
///   - parameters: the parameters whose gradients are clipped together
///     (`model.parameters`, or any sequence of them).
///   - maxNorm: the largest norm allowed.
///   - normType: p, greater than 0, or `.infinity`. The default value is `2`.
/// - Returns: the total norm of the gradients before clipping (0 if none has a gradient).
@discardableResult
public func clipGradNorm(_ parameters: some Sequence<Parameter>, maxNorm: Double, normType: Double = 2) -> Double {
    precondition(normType > 0, "clipGradNorm: normType must be > 0, got \(normType)")
    let gradients = parameters.compactMap(\.grad)
    guard let dtype = gradients.first?.dtype else { return 0 }
    return noGrad {
        let norms = gradients.map { vectorNorm($0.cast(to: dtype), p: normType) }
        let total = vectorNorm(Tensor.stack(norms), p: normType)
        let coefficient = (maxNorm / (total + 1e-6)).clamped(max: 1)
        for parameter in parameters {
            guard var g = parameter.grad else { continue }
            // Dropping the parameter's reference first lets `*=` write in place.
            parameter.grad = nil
            g *= coefficient
            parameter.grad = g
        }
        return total.item
    }
}

/// Limits every gradient element of `parameters` to [−clipValue, clipValue],
/// in place, as `torch.nn.utils.clip_grad_value_`.
///
/// - Parameters:
///   - parameters: the parameters whose gradients are clipped.
///   - clipValue: the largest magnitude allowed, at least 0.
public func clipGradValue(_ parameters: some Sequence<Parameter>, clipValue: Double) {
    precondition(clipValue >= 0, "clipGradValue: clipValue must be >= 0, got \(clipValue)")
    noGrad {
        for parameter in parameters {
            guard let g = parameter.grad else { continue }
            parameter.grad = g.clamped(min: -clipValue, max: clipValue)
        }
    }
}

/// ‖x‖ₚ over all elements: (Σ|x|ᵖ)^(1/p), or max|x| for p = ∞.
private func vectorNorm(_ x: Tensor, p: Double) -> Tensor {
    switch p {
    case .infinity: return x.abs().max()
    case 1: return x.abs().sum()
    case 2: return x.squared().sum().sqrt()
    default: return x.abs().pow(p).sum().pow(1 / p)
    }
}
