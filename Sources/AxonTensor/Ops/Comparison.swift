extension Tensor {
    private static func compare(_ comparison: ComparisonKernel, _ lhs: Tensor, _ rhs: Tensor, name: String) -> Tensor {
        let (a, b) = promote(lhs, rhs)
        let shape = checked { () throws(ShapeError) in try Shape.broadcast(a.shape, b.shape, op: name) }
        let result = Tensor(uninitializedShape: shape, dtype: .bool, device: a.device)
        a.backend.compare(comparison, a, b, into: result)
        return result
    }

    /// A bool mask: `lhs == rhs` elementwise, broadcasting.
    public static func .== (lhs: Tensor, rhs: Tensor) -> Tensor { compare(.equal, lhs, rhs, name: "equal") }
    /// A bool mask: `lhs != rhs` elementwise.
    public static func .!= (lhs: Tensor, rhs: Tensor) -> Tensor { compare(.notEqual, lhs, rhs, name: "notEqual") }
    /// A bool mask: `lhs < rhs` elementwise.
    public static func .< (lhs: Tensor, rhs: Tensor) -> Tensor { compare(.less, lhs, rhs, name: "less") }
    /// A bool mask: `lhs <= rhs` elementwise.
    public static func .<= (lhs: Tensor, rhs: Tensor) -> Tensor { compare(.lessEqual, lhs, rhs, name: "lessEqual") }
    /// A bool mask: `lhs > rhs` elementwise.
    public static func .> (lhs: Tensor, rhs: Tensor) -> Tensor { compare(.greater, lhs, rhs, name: "greater") }
    /// A bool mask: `lhs >= rhs` elementwise.
    public static func .>= (lhs: Tensor, rhs: Tensor) -> Tensor { compare(.greaterEqual, lhs, rhs, name: "greaterEqual") }

    public static func .== (lhs: Tensor, rhs: Double) -> Tensor { lhs .== lhs.scalarLike(rhs) }
    public static func .!= (lhs: Tensor, rhs: Double) -> Tensor { lhs .!= lhs.scalarLike(rhs) }
    public static func .< (lhs: Tensor, rhs: Double) -> Tensor { lhs .< lhs.scalarLike(rhs) }
    public static func .<= (lhs: Tensor, rhs: Double) -> Tensor { lhs .<= lhs.scalarLike(rhs) }
    public static func .> (lhs: Tensor, rhs: Double) -> Tensor { lhs .> lhs.scalarLike(rhs) }
    public static func .>= (lhs: Tensor, rhs: Double) -> Tensor { lhs .>= lhs.scalarLike(rhs) }

    /// The number of positions where two integer tensors of the same shape
    /// hold the same value: `(a .== b).sum()` without the intermediate mask,
    /// as a classifier's correct predictions are counted
    /// (`logits.argmax(axis: 1).countEqual(labels)`).
    public func countEqual(_ other: Tensor) -> Int {
        precondition(shape == other.shape, "countEqual: shapes \(shape) and \(other.shape) differ")
        precondition(dtype.isInteger && other.dtype.isInteger,
                     "countEqual: compares integer tensors, not \(dtype) and \(other.dtype)")
        return backend.countEqual(cast(to: .int64), other.cast(to: .int64))
    }

    /// Elementwise logical and of two masks.
    public static func & (lhs: Tensor, rhs: Tensor) -> Tensor {
        compare(.and, lhs.cast(to: .bool), rhs.cast(to: .bool), name: "and")
    }

    /// Elementwise logical or of two masks.
    public static func | (lhs: Tensor, rhs: Tensor) -> Tensor {
        compare(.or, lhs.cast(to: .bool), rhs.cast(to: .bool), name: "or")
    }

    /// Elements of `a` where `condition` is true and of `b` elsewhere, all
    /// three broadcast together. Gradients flow to `a` and `b` through the
    /// positions each one supplied.
    public static func `where`(_ condition: Tensor, _ a: Tensor, _ b: Tensor) -> Tensor {
        let mask = condition.cast(to: .bool)
        let (x, y) = promote(a, b)
        let shape = checked { () throws(ShapeError) -> [Int] in
            let partial = try Shape.broadcast(mask.shape, x.shape, op: "where")
            return try Shape.broadcast(partial, y.shape, op: "where")
        }
        let result = Tensor(uninitializedShape: shape, dtype: x.dtype, device: x.device)
        x.backend.select(mask, x, y, into: result)
        guard x.dtype.isFloatingPoint else { return result }
        return record("where", result, x, y) { g in
            let zero = Tensor.zeros([], dtype: g.dtype)
            return [Tensor.where(mask, g, zero).sumToShape(x.shape), Tensor.where(mask, zero, g).sumToShape(y.shape)]
        }
    }
}
