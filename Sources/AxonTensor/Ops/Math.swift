import CAxonKernels

extension Tensor {
    /// eˣ elementwise.
    public func exp() -> Tensor {
        let y = Tensor.floatUnary(AXON_EXP, self, name: "exp")
        return Tensor.record("exp", y, self) { g in [g * y] }
    }

    /// The natural logarithm elementwise (−∞ at 0, NaN below).
    public func log() -> Tensor {
        let x = self
        let y = Tensor.floatUnary(AXON_LOG, x, name: "log")
        return Tensor.record("log", y, x) { g in [g / x.detached()] }
    }

    /// The square root elementwise.
    public func sqrt() -> Tensor {
        let y = Tensor.floatUnary(AXON_SQRT, self, name: "sqrt")
        return Tensor.record("sqrt", y, self) { g in [g / (y * 2)] }
    }

    /// The absolute value elementwise; its gradient at 0 is 0, as in PyTorch.
    public func abs() -> Tensor {
        let x = self
        let y = Tensor.floatUnary(AXON_ABS, x, name: "abs")
        return Tensor.record("abs", y, x) { g in [g * x.detached().sign()] }
    }

    /// −1, 0 or 1 by the sign of each element (no gradient).
    public func sign() -> Tensor {
        Tensor.floatUnary(AXON_SIGN, self, name: "sign")
    }

    /// x² elementwise.
    public func squared() -> Tensor {
        let x = self
        let y = Tensor.floatUnary(AXON_SQUARE, x, name: "square")
        return Tensor.record("square", y, x) { g in [g * x.detached() * 2] }
    }

    /// The hyperbolic tangent elementwise; d/dx tanh x = 1 − tanh² x.
    public func tanh() -> Tensor {
        let y = Tensor.floatUnary(AXON_TANH, self, name: "tanh")
        return Tensor.record("tanh", y, self) { g in [Tensor.activationGradient(.tanh, upstream: g, saved: y)] }
    }

    /// The logistic sigmoid 1 / (1 + e⁻ˣ) elementwise, stable for large |x|;
    /// d/dx σ(x) = σ(x)(1 − σ(x)).
    public func sigmoid() -> Tensor {
        let y = Tensor.floatUnary(AXON_SIGMOID, self, name: "sigmoid")
        return Tensor.record("sigmoid", y, self) { g in [Tensor.activationGradient(.sigmoid, upstream: g, saved: y)] }
    }

    /// max(x, 0) elementwise; its gradient is 1 where x > 0, else 0.
    public func relu() -> Tensor {
        let x = self
        let y = Tensor.floatUnary(AXON_RELU, x, name: "relu")
        return Tensor.record("relu", y, x) { g in [Tensor.activationGradient(.relu, upstream: g, saved: x)] }
    }

    /// Each element raised to the power `exponent`.
    public func pow(_ exponent: Double) -> Tensor {
        let x = self
        let p = scalarLike(exponent)
        let y = Tensor.floatBinary(AXON_POW, x, p, name: "pow")
        return Tensor.record("pow", y, x) { g in
            if exponent == 0 { return [Tensor.zeros(like: g)] }
            return [g * x.detached().pow(exponent - 1) * exponent]
        }
    }

    /// Each element raised to the power of the matching element of
    /// `exponent`, broadcasting.
    public func pow(_ exponent: Tensor) -> Tensor {
        let (x, p) = Tensor.promote(self, exponent)
        let y = Tensor.floatBinary(AXON_POW, x, p, name: "pow")
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
        extremum(AXON_MAX, lhs, rhs, name: "maximum")
    }

    /// The smaller of two tensors elementwise, broadcasting.
    public static func minimum(_ lhs: Tensor, _ rhs: Tensor) -> Tensor {
        extremum(AXON_MIN, lhs, rhs, name: "minimum")
    }

    private static func extremum(_ op: axon_binary_op, _ lhs: Tensor, _ rhs: Tensor, name: String) -> Tensor {
        let (a, b) = promote(lhs, rhs)
        let y = floatBinary(op, a, b, name: name)
        return record(name, y, a, b) { g in
            let winsA = op == AXON_MAX ? (a.detached() .> b.detached()) : (a.detached() .< b.detached())
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
        if let lower { y = Tensor.floatBinary(AXON_MAX, y, scalarLike(lower), name: "clamp") }
        if let upper { y = Tensor.floatBinary(AXON_MIN, y, scalarLike(upper), name: "clamp") }
        return Tensor.record("clamp", y, self) { g in
            var inside = Tensor.ones(like: g)
            if let lower { inside = inside * (x .>= lower).cast(to: g.dtype) }
            if let upper { inside = inside * (x .<= upper).cast(to: g.dtype) }
            return [g * inside]
        }
    }
}
