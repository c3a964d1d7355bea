extension Tensor {
    /// eˣ elementwise.
    public func exp() -> Tensor {
        let y = Tensor.floatUnary(.exp, self, name: "exp")
        return Tensor.record("exp", y, self) { g in [g * y] }
    }

    /// The natural logarithm elementwise (−∞ at 0, NaN below).
    public func log() -> Tensor {
        let x = self
        let y = Tensor.floatUnary(.log, x, name: "log")
        return Tensor.record("log", y, x) { g in [g / x.detached()] }
    }

    /// The square root elementwise.
    public func sqrt() -> Tensor {
        let y = Tensor.floatUnary(.sqrt, self, name: "sqrt")
        return Tensor.record("sqrt", y, self) { g in [g / (y * 2)] }
    }

    /// The absolute value elementwise; its gradient at 0 is 0, as in PyTorch.
    public func abs() -> Tensor {
        let x = self
        let y = Tensor.floatUnary(.abs, x, name: "abs")
        return Tensor.record("abs", y, x) { g in [g * x.detached().sign()] }
    }

    /// −1, 0 or 1 by the sign of each element (no gradient).
    public func sign() -> Tensor {
        Tensor.floatUnary(.sign, self, name: "sign")
    }

    /// x² elementwise.
    public func squared() -> Tensor {
        let x = self
        let y = Tensor.floatUnary(.square, x, name: "square")
        return Tensor.record("square", y, x) { g in [g * x.detached() * 2] }
    }

    /// The hyperbolic tangent elementwise; d/dx tanh x = 1 − tanh² x.
    public func tanh() -> Tensor {
        let y = Tensor.floatUnary(.tanh, self, name: "tanh")
        return Tensor.record("tanh", y, self) { g in [Tensor.activationGradient(.tanhBackward, upstream: g, saved: y)] }
    }

    /// The logistic sigmoid 1 / (1 + e⁻ˣ) elementwise, stable for large |x|;
    /// d/dx σ(x) = σ(x)(1 − σ(x)).
    public func sigmoid() -> Tensor {
        let y = Tensor.floatUnary(.sigmoid, self, name: "sigmoid")
        return Tensor.record("sigmoid", y, self) { g in [Tensor.activationGradient(.sigmoidBackward, upstream: g, saved: y)] }
    }

    /// max(x, 0) elementwise; its gradient is 1 where x > 0, else 0.
    public func relu() -> Tensor {
        let x = self
        let y = Tensor.floatUnary(.relu, x, name: "relu")
        return Tensor.record("relu", y, x) { g in [Tensor.activationGradient(.reluBackward, upstream: g, saved: x)] }
    }

    /// Each element raised to the power `exponent`.
    public func pow(_ exponent: Double) -> Tensor {
        let x = self
        let p = scalarLike(exponent)
        let y = Tensor.floatBinary(.power, x, p, name: "pow")
        return Tensor.record("pow", y, x) { g in
            if exponent == 0 { return [Tensor.zeros(like: g)] }
            return [g * x.detached().pow(exponent - 1) * exponent]
        }
    }

    /// Each element raised to the power of the matching element of
    /// `exponent`, broadcasting.
    public func pow(_ exponent: Tensor) -> Tensor {
        let (x, p) = Tensor.promote(self, exponent)
        let y = Tensor.floatBinary(.power, x, p, name: "pow")
        return Tensor.record("pow", y, x, p) { g in
            let base = x.detached(), power = p.detached()
            let gradientBase = (g * power * base.pow(power - 1)).sumToShape(x.shape)
            // d/dp xᵖ = xᵖ log x, taken as 0 where x = 0 and p ≥ 0 (PyTorch's choice).
            let safe = Tensor.where((base .== 0) & (power .>= 0), Tensor.zeros(like: y), y.detached() * base.log())
            return [gradientBase, (g * safe).sumToShape(p.shape)]
        }
    }

    /// The larger of two tensors elementwise, broadcasting; NaN if either is
    /// NaN. Where they tie the gradient is split evenly, as in PyTorch.
    public static func maximum(_ lhs: Tensor, _ rhs: Tensor) -> Tensor {
        extremum(.maximum, lhs, rhs, name: "maximum")
    }

    /// The smaller of two tensors elementwise, broadcasting.
    public static func minimum(_ lhs: Tensor, _ rhs: Tensor) -> Tensor {
        extremum(.minimum, lhs, rhs, name: "minimum")
    }

    private static func extremum(_ operation: BinaryKernel, _ lhs: Tensor, _ rhs: Tensor, name: String) -> Tensor {
        let (a, b) = promote(lhs, rhs)
        let y = floatBinary(operation, a, b, name: name)
        return record(name, y, a, b) { g in
            let winsA = operation == .maximum ? (a.detached() .> b.detached()) : (a.detached() .< b.detached())
            let ties = a.detached() .== b.detached()
            let shareA = winsA.cast(to: g.dtype) + ties.cast(to: g.dtype) * 0.5
            return [(g * shareA).sumToShape(a.shape), (g * (1 - shareA)).sumToShape(b.shape)]
        }
    }

    /// Each element limited to [`min`, `max`]; either bound may be omitted.
    /// The gradient passes where min ≤ x ≤ max.
    public func clamped(min lower: Double? = nil, max upper: Double? = nil) -> Tensor {
        precondition(lower != nil || upper != nil, "clamp: give at least one of min and max")
        let x = detached()
        var y = x
        if let lower { y = Tensor.floatBinary(.maximum, y, scalarLike(lower), name: "clamp") }
        if let upper { y = Tensor.floatBinary(.minimum, y, scalarLike(upper), name: "clamp") }
        return Tensor.record("clamp", y, self) { g in
            var inside = Tensor.ones(like: g)
            if let lower { inside = inside * (x .>= lower).cast(to: g.dtype) }
            if let upper { inside = inside * (x .<= upper).cast(to: g.dtype) }
            return [g * inside]
        }
    }
}

extension Tensor {
    /// log(1 + x) elementwise, accurate for small |x|; d/dx = 1/(1 + x).
    public func log1p() -> Tensor {
        let x = self
        let y = Tensor.scalarFunction(.log1p, x, name: "log1p")
        return Tensor.record("log1p", y, x) { g in [g / (x.detached() + 1)] }
    }

    /// eˣ − 1 elementwise, accurate for small |x|; d/dx = eˣ.
    public func expm1() -> Tensor {
        let x = self
        let y = Tensor.scalarFunction(.expm1, x, name: "expm1")
        // eˣ itself, not y + 1, which rounds to 0 for x below about −37.
        return Tensor.record("expm1", y, x) { g in [g * x.detached().exp()] }
    }

    /// The error function erf(x) = 2/√π ∫₀ˣ e^(−t²) dt elementwise;
    /// d/dx = 2/√π · e^(−x²).
    public func erf() -> Tensor {
        let x = self
        let y = Tensor.scalarFunction(.erf, x, name: "erf")
        return Tensor.record("erf", y, x) { g in [g * (-x.detached().squared()).exp() * (2 / Double.pi.squareRoot())] }
    }
}
