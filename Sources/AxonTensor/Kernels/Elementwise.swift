import CAxonKernels

extension Tensor {
    /// `op` applied to the elements of two float tensors of one dtype,
    /// broadcast to their common shape: into a new tensor, or into `output`
    /// (whose storage may be `a`'s; the kernels allow the output to alias
    /// the first input), which must have the broadcast shape.
    static func floatBinary(_ op: axon_binary_op, _ a: Tensor, _ b: Tensor, name: String, into output: Tensor? = nil) -> Tensor {
        let shape = checked { () throws(ShapeError) in try Shape.broadcast(a.shape, b.shape, op: name) }
        if let output {
            precondition(output.shape == shape, "\(name): \(b.shape) does not broadcast to \(output.shape)")
        }
        let out = output ?? Tensor(uninitializedShape: shape, dtype: a.dtype)
        func run<T: KernelFloat>(_: T.Type) {
            let x = a.pointer(T.self), y = b.pointer(T.self), z = out.pointer(T.self)
            if a.shape == b.shape {
                T.binary(op, x, y, z, out.count)
            } else if b.count == 1 {
                T.binary(op, x, y[0], z, out.count)
            } else if a.count == 1 {
                T.binary(op, x[0], y, z, out.count)
            } else {
                let runs = BroadcastRuns(shape: shape, operandShapes: [a.shape, b.shape])
                let n = runs.runLength
                let strideA = runs.runStride(0), strideB = runs.runStride(1)
                runs.forEachRun { offsets, o in
                    let xa = x + offsets[0], yb = y + offsets[1]
                    switch (strideA, strideB) {
                    case (1, 1): T.binary(op, xa, yb, z + o, n)
                    case (1, _): T.binary(op, xa, yb[0], z + o, n)
                    case (_, 1): T.binary(op, xa[0], yb, z + o, n)
                    default:
                        T.binary(op, xa, yb[0], z + o, 1)
                        for i in 1..<n { z[o + i] = z[o] }
                    }
                }
            }
        }
        switch a.dtype {
        case .float32: run(Float.self)
        case .float64: run(Double.self)
        default: preconditionFailure("\(name): needs float tensors, not \(a.dtype)")
        }
        withExtendedLifetime((a, b)) {}
        return out
    }

    /// `op` applied to every element of a float tensor.
    static func floatUnary(_ op: axon_unary_op, _ a: Tensor, name: String) -> Tensor {
        let out = Tensor(uninitializedShape: a.shape, dtype: a.dtype)
        switch a.dtype {
        case .float32: Float.unary(op, a.pointer(Float.self), out.pointer(Float.self), a.count)
        case .float64: Double.unary(op, a.pointer(Double.self), out.pointer(Double.self), a.count)
        default: preconditionFailure("\(name): needs a float32 or float64 tensor, not \(a.dtype)")
        }
        withExtendedLifetime(a) {}
        return out
    }

    /// A broadcast of any dtypes through a Swift closure on typed elements;
    /// the slow path for integer arithmetic, comparisons and `where`.
    static func mapBroadcast<A: TensorScalar, B: TensorScalar, R: TensorScalar>(
        _ a: Tensor, _ b: Tensor, as _: A.Type, _: B.Type, to _: R.Type, name: String,
        _ transform: (A, B) -> R
    ) -> Tensor {
        let shape = checked { () throws(ShapeError) in try Shape.broadcast(a.shape, b.shape, op: name) }
        let out = Tensor(uninitializedShape: shape, dtype: R.dtype)
        let x = a.pointer(A.self), y = b.pointer(B.self), z = out.pointer(R.self)
        let runs = BroadcastRuns(shape: shape, operandShapes: [a.shape, b.shape])
        let n = runs.runLength
        let strideA = runs.runStride(0), strideB = runs.runStride(1)
        runs.forEachRun { offsets, o in
            var i = offsets[0], j = offsets[1]
            for k in 0..<n {
                z[o + k] = transform(x[i], y[j])
                i += strideA
                j += strideB
            }
        }
        withExtendedLifetime((a, b)) {}
        return out
    }

    /// Every element passed through a Swift closure, for any dtypes.
    static func map<A: TensorScalar, R: TensorScalar>(_ a: Tensor, as _: A.Type, to _: R.Type, _ transform: (A) -> R) -> Tensor {
        let out = Tensor(uninitializedShape: a.shape, dtype: R.dtype)
        let x = a.pointer(A.self), z = out.pointer(R.self)
        for i in 0..<a.count { z[i] = transform(x[i]) }
        withExtendedLifetime(a) {}
        return out
    }
}
