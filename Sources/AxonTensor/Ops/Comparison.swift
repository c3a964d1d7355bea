
extension Tensor {
    private static func compare(_ lhs: Tensor, _ rhs: Tensor, name: String, _ predicate: @escaping (Double, Double) -> Bool) -> Tensor {
        let (a, b) = promote(lhs, rhs)
        switch a.dtype {
        case .float32:
            return mapBroadcast(a, b, as: Float.self, Float.self, to: Bool.self, name: name) { predicate(Double($0), Double($1)) }
        case .float64:
            return mapBroadcast(a, b, as: Double.self, Double.self, to: Bool.self, name: name, predicate)
        default:
            let a64 = a.cast(to: .int64), b64 = b.cast(to: .int64)
            return mapBroadcast(a64, b64, as: Int64.self, Int64.self, to: Bool.self, name: name) { predicate(Double($0), Double($1)) }
        }
    }

    /// A bool mask: `lhs == rhs` elementwise, broadcasting.
    public static func .== (lhs: Tensor, rhs: Tensor) -> Tensor { compare(lhs, rhs, name: "equal") { $0 == $1 } }
    /// A bool mask: `lhs != rhs` elementwise.
    public static func .!= (lhs: Tensor, rhs: Tensor) -> Tensor { compare(lhs, rhs, name: "notEqual") { $0 != $1 } }
    /// A bool mask: `lhs < rhs` elementwise.
    public static func .< (lhs: Tensor, rhs: Tensor) -> Tensor { compare(lhs, rhs, name: "less") { $0 < $1 } }
    /// A bool mask: `lhs <= rhs` elementwise.
    public static func .<= (lhs: Tensor, rhs: Tensor) -> Tensor { compare(lhs, rhs, name: "lessEqual") { $0 <= $1 } }
    /// A bool mask: `lhs > rhs` elementwise.
    public static func .> (lhs: Tensor, rhs: Tensor) -> Tensor { compare(lhs, rhs, name: "greater") { $0 > $1 } }
    /// A bool mask: `lhs >= rhs` elementwise.
    public static func .>= (lhs: Tensor, rhs: Tensor) -> Tensor { compare(lhs, rhs, name: "greaterEqual") { $0 >= $1 } }

    public static func .== (lhs: Tensor, rhs: Double) -> Tensor { lhs .== lhs.scalarLike(rhs) }
    public static func .!= (lhs: Tensor, rhs: Double) -> Tensor { lhs .!= lhs.scalarLike(rhs) }
    public static func .< (lhs: Tensor, rhs: Double) -> Tensor { lhs .< lhs.scalarLike(rhs) }
    public static func .<= (lhs: Tensor, rhs: Double) -> Tensor { lhs .<= lhs.scalarLike(rhs) }
    public static func .> (lhs: Tensor, rhs: Double) -> Tensor { lhs .> lhs.scalarLike(rhs) }
    public static func .>= (lhs: Tensor, rhs: Double) -> Tensor { lhs .>= lhs.scalarLike(rhs) }

    /// Elementwise logical and of two masks.
    public static func & (lhs: Tensor, rhs: Tensor) -> Tensor {
        compare(lhs.cast(to: .bool), rhs.cast(to: .bool), name: "and") { $0 != 0 && $1 != 0 }
    }

    /// Elementwise logical or of two masks.
    public static func | (lhs: Tensor, rhs: Tensor) -> Tensor {
        compare(lhs.cast(to: .bool), rhs.cast(to: .bool), name: "or") { $0 != 0 || $1 != 0 }
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
        let result = Tensor(uninitializedShape: shape, dtype: x.dtype)
        func select<T: TensorScalar>(_: T.Type) {
            let m = mask.pointer(Bool.self), p = x.pointer(T.self), q = y.pointer(T.self), z = result.pointer(T.self)
            let runs = BroadcastRuns(shape: shape, operandShapes: [mask.shape, x.shape, y.shape])
            let n = runs.runLength
            let sm = runs.runStride(0), sp = runs.runStride(1), sq = runs.runStride(2)
            runs.forEachRun { offsets, o in
                var i = offsets[0], j = offsets[1], k = offsets[2]
                for e in 0..<n {
                    z[o + e] = m[i] ? p[j] : q[k]
                    i += sm
                    j += sp
                    k += sq
                }
            }
        }
        select(scalarType(of: x.dtype))
        withExtendedLifetime((mask, x, y)) {}
        guard x.dtype.isFloatingPoint else { return result }
        return record("where", result, x, y) { g in
            let zero = Tensor.zeros([], dtype: g.dtype)
            return [Tensor.where(mask, g, zero).sumToShape(x.shape), Tensor.where(mask, zero, g).sumToShape(y.shape)]
        }
    }
}
