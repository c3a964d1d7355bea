import AxonTensor
import Foundation

// Elementwise functions whose accurate value or gradient the AxonTensor ops
// cannot compose: log1p, expm1 and erf, and activations whose derivative at
// a kink must follow PyTorch. `Tensor.record` is internal to AxonTensor, so a
// gradient rule is attached here as `value + (x − x̄)·f′(x̄)`, where x̄ is `x`
// detached: the correction term is exactly zero in the forward pass and its
// gradient is f′(x). (First order only: f′ is itself not differentiated.)

/// `value(x)` whose gradient with respect to `x` is `derivative(x)`
/// elementwise. Both closures run without recording.
func elementwise(_ x: Tensor, value: (Tensor) -> Tensor, derivative: (Tensor) -> Tensor) -> Tensor {
    let constant = x.detached()
    let y = noGrad { value(constant) }
    guard x.requiresGrad, GradMode.isEnabled else { return y }
    let slope = noGrad { derivative(constant) }
    return y + (x - constant) * slope
}

/// log(1 + u), accurate for small `u`; d/du = 1/(1 + u).
///
/// Goldberg's form: with w = 1 ⊕ u rounded, log1p(u) = u·log(w)/(w − 1),
/// which cancels the rounding of w (and is `u` itself where w rounds to 1).
func log1p(_ u: Tensor) -> Tensor {
    elementwise(u, value: { u in
        let w = 1 + u
        return Tensor.where(w .== 1, u, u * w.log() / (w - 1))
    }, derivative: { u in 1 / (1 + u) })
}

/// eˣ − 1, accurate for small `x`; d/dx = eˣ.
///
/// Kahan's form: with u = eˣ rounded, expm1(x) = (u − 1)·x/log(u), which is
/// `x` where u rounds to 1 and −1 where u − 1 rounds to −1.
func expm1(_ x: Tensor) -> Tensor {
    elementwise(x, value: { x in
        let u = x.exp()
        let general = (u - 1) * x / u.log()
        return Tensor.where(u .== 1, x, Tensor.where((u - 1) .== -1, Tensor(-1, dtype: x.dtype), general))
    }, derivative: { x in x.exp() })
}

/// The error function erf(x) = 2/√π ∫₀ˣ e^(−t²) dt; d/dx = 2/√π·e^(−x²).
///
/// AxonTensor has no erf kernel, so the values come from the C library one
/// element at a time, in float64.
func erf(_ x: Tensor) -> Tensor {
    elementwise(x, value: { x in
        let values = x.scalars(as: Double.self).map { Foundation.erf($0) }
        return Tensor(values, shape: x.shape).cast(to: x.dtype)
    }, derivative: { x in (-x.squared()).exp() * (2 / Double.pi.squareRoot()) })
}
