extension DType {
    /// The dtype that a binary op on `self` and `other` computes in:
    /// the wider of the two, floats above integers (as PyTorch promotes).
    func promoted(with other: DType) -> DType {
        if self == other { return self }
        return promotionRank >= other.promotionRank ? self : other
    }

    /// bool < uint8 < int32 < int64 < float32 < float64.
    private var promotionRank: Int {
        switch self {
        case .bool: return 0
        case .uint8: return 1
        case .int32: return 2
        case .int64: return 3
        case .float32: return 4
        case .float64: return 5
        }
    }
}

extension Tensor {
    /// `a` and `b` converted to their common dtype.
    static func promote(_ a: Tensor, _ b: Tensor) -> (Tensor, Tensor) {
        if a.dtype == b.dtype { return (a, b) }
        let common = a.dtype.promoted(with: b.dtype)
        return (a.cast(to: common), b.cast(to: common))
    }

    /// A scalar tensor holding `value` in this tensor's dtype (float32 if this
    /// tensor holds integers and `value` is not a whole number).
    func scalarLike(_ value: Double) -> Tensor {
        let isWhole = value.rounded() == value
        return Tensor(value, dtype: dtype.isFloatingPoint || isWhole ? dtype : .float32)
    }

    /// The sum of a broadcast result's gradient back to the shape of the input
    /// that was broadcast: the rule every broadcasting op applies.
    func sumToShape(_ target: [Int]) -> Tensor {
        if shape == target { return self }
        let lead = rank - target.count
        var axes = Array(0..<lead)
        for (i, dimension) in target.enumerated() where dimension == 1 && shape[lead + i] != 1 {
            axes.append(lead + i)
        }
        return sum(axes: axes).reshaped(target)
    }

    /// Elementwise sum, broadcasting.
    public static func + (lhs: Tensor, rhs: Tensor) -> Tensor {
        let (a, b) = promote(lhs, rhs)
        guard a.dtype.isFloatingPoint else { return integerBinary(.add, a, b, name: "add") }
        let result = floatBinary(.add, a, b, name: "add")
        return record("add", result, a, b) { g in [g.sumToShape(a.shape), g.sumToShape(b.shape)] }
    }

    /// Elementwise difference, broadcasting.
    public static func - (lhs: Tensor, rhs: Tensor) -> Tensor {
        let (a, b) = promote(lhs, rhs)
        guard a.dtype.isFloatingPoint else { return integerBinary(.subtract, a, b, name: "subtract") }
        let result = floatBinary(.subtract, a, b, name: "subtract")
        return record("subtract", result, a, b) { g in [g.sumToShape(a.shape), (-g).sumToShape(b.shape)] }
    }

    /// Elementwise product, broadcasting.
    public static func * (lhs: Tensor, rhs: Tensor) -> Tensor {
        let (a, b) = promote(lhs, rhs)
        guard a.dtype.isFloatingPoint else { return integerBinary(.multiply, a, b, name: "multiply") }
        let result = floatBinary(.multiply, a, b, name: "multiply")
        return record("multiply", result, a, b) { g in
            [a.node == nil ? nil : (g * b).sumToShape(a.shape),
             b.node == nil ? nil : (g * a).sumToShape(b.shape)]
        }
    }

    /// Elementwise quotient, broadcasting. Integer tensors divide as floats
    /// (true division), as in PyTorch.
    public static func / (lhs: Tensor, rhs: Tensor) -> Tensor {
        var (a, b) = promote(lhs, rhs)
        if !a.dtype.isFloatingPoint {
            a = a.cast(to: .float32)
            b = b.cast(to: .float32)
        }
        let result = floatBinary(.divide, a, b, name: "divide")
        return record("divide", result, a, b) { g in
            [a.node == nil ? nil : (g / b).sumToShape(a.shape),
             b.node == nil ? nil : (-g * result.detached() / b).sumToShape(b.shape)]
        }
    }

    /// Elementwise negation.
    public static prefix func - (x: Tensor) -> Tensor {
        guard x.dtype.isFloatingPoint else { return integerBinary(.subtract, Tensor.zeros([], dtype: x.dtype), x, name: "negate") }
        let result = floatUnary(.negate, x, name: "negate")
        return record("negate", result, x) { g in [-g] }
    }

    public static func + (lhs: Tensor, rhs: Double) -> Tensor { lhs + lhs.scalarLike(rhs) }
    public static func + (lhs: Double, rhs: Tensor) -> Tensor { rhs.scalarLike(lhs) + rhs }
    public static func - (lhs: Tensor, rhs: Double) -> Tensor { lhs - lhs.scalarLike(rhs) }
    public static func - (lhs: Double, rhs: Tensor) -> Tensor { rhs.scalarLike(lhs) - rhs }
    public static func * (lhs: Tensor, rhs: Double) -> Tensor { lhs * lhs.scalarLike(rhs) }
    public static func * (lhs: Double, rhs: Tensor) -> Tensor { rhs.scalarLike(lhs) * rhs }
    public static func / (lhs: Tensor, rhs: Double) -> Tensor { lhs / lhs.scalarLike(rhs) }
    public static func / (lhs: Double, rhs: Tensor) -> Tensor { rhs.scalarLike(lhs) / rhs }

    /// Adds `rhs` (broadcast to this shape) in place. Outside ``noGrad(_:)``
    /// with tensors that require gradients it is `lhs = lhs + rhs`, recorded;
    /// otherwise the storage is updated and the tensor keeps its identity as
    /// a leaf, as an optimizer's `w -= lr * g` needs.
    public static func += (lhs: inout Tensor, rhs: Tensor) { lhs.updateInPlace(.add, rhs) { $0 + $1 } }
    /// Subtracts in place; see `+=`.
    public static func -= (lhs: inout Tensor, rhs: Tensor) { lhs.updateInPlace(.subtract, rhs) { $0 - $1 } }
    /// Multiplies in place; see `+=`.
    public static func *= (lhs: inout Tensor, rhs: Tensor) { lhs.updateInPlace(.multiply, rhs) { $0 * $1 } }
    /// Divides in place; see `+=`.
    public static func /= (lhs: inout Tensor, rhs: Tensor) { lhs.updateInPlace(.divide, rhs) { $0 / $1 } }
    public static func += (lhs: inout Tensor, rhs: Double) { lhs += lhs.scalarLike(rhs) }
    public static func -= (lhs: inout Tensor, rhs: Double) { lhs -= lhs.scalarLike(rhs) }
    public static func *= (lhs: inout Tensor, rhs: Double) { lhs *= lhs.scalarLike(rhs) }
    public static func /= (lhs: inout Tensor, rhs: Double) { lhs /= lhs.scalarLike(rhs) }

    private mutating func updateInPlace(_ operation: BinaryKernel, _ rhs: Tensor, recorded: (Tensor, Tensor) -> Tensor) {
        let recording = GradMode.isEnabled && (node != nil || rhs.node != nil)
        guard !recording, dtype.isFloatingPoint else {
            self = recorded(self, rhs)
            return
        }
        let operand = rhs.cast(to: dtype)
        makeStorageUnique()
        // Into this tensor's own (now unique) storage; the node is kept.
        _ = Tensor.floatBinary(operation, self, operand, name: "in-place update", into: self)
    }
}
