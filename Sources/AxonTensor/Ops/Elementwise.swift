extension Tensor {
    /// `operation` on the elements of two float tensors of one dtype,
    /// broadcast to their common shape: into a new tensor, or into `output`
    /// (which may be `a` itself), which must have the broadcast shape.
    static func floatBinary(_ operation: BinaryKernel, _ a: Tensor, _ b: Tensor, name: String, into output: Tensor? = nil) -> Tensor {
        let shape = checked { () throws(ShapeError) in try Shape.broadcast(a.shape, b.shape, op: name) }
        if let output {
            precondition(output.shape == shape, "\(name): \(b.shape) does not broadcast to \(output.shape)")
        }
        a.requireFloat(name)
        let result = output ?? Tensor(uninitializedShape: shape, dtype: a.dtype, device: a.device)
        a.backend.binary(operation, a, b, into: result)
        return result
    }

    /// `function` on every element of a float tensor.
    static func floatUnary(_ function: UnaryKernel, _ x: Tensor, name: String) -> Tensor {
        x.requireFloat(name)
        let result = Tensor(uninitializedShape: x.shape, dtype: x.dtype, device: x.device)
        x.backend.unary(function, x, into: result)
        return result
    }

    /// A libm function without a vector kernel on every element of a float tensor.
    static func scalarFunction(_ function: ScalarFunctionKernel, _ x: Tensor, name: String) -> Tensor {
        x.requireFloat(name)
        let result = Tensor(uninitializedShape: x.shape, dtype: x.dtype, device: x.device)
        x.backend.scalarFunction(function, x, into: result)
        return result
    }

    /// `g · f′` for an activation whose derivative is a function of its
    /// output `y` (tanh: (1 − y)(1 + y), sigmoid: y(1 − y)) or of its input
    /// (ReLU: x > 0), in one vectorised pass instead of three tensor ops.
    static func activationGradient(_ kind: BinaryKernel, upstream g: Tensor, saved: Tensor) -> Tensor {
        precondition(g.shape == saved.shape && g.dtype == saved.dtype)
        return floatBinary(kind, g, saved, name: "activation gradient")
    }

    /// Integer arithmetic, computed in int64 and returned in the operands'
    /// promoted dtype.
    static func integerBinary(_ operation: IntegerKernel, _ a: Tensor, _ b: Tensor, name: String) -> Tensor {
        let shape = checked { () throws(ShapeError) in try Shape.broadcast(a.shape, b.shape, op: name) }
        let a64 = a.cast(to: .int64), b64 = b.cast(to: .int64)
        let result = Tensor(uninitializedShape: shape, dtype: .int64, device: a.device)
        a.backend.integerBinary(operation, a64, b64, into: result)
        return result.cast(to: a.dtype.promoted(with: b.dtype))
    }

    /// Makes the storage this tensor's own (copy-on-write) before a kernel writes into it.
    mutating func makeStorageUnique() {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
    }

    /// Stops with a message naming `op` unless the tensor is float32 or float64.
    @inline(__always)
    func requireFloat(_ op: String) {
        precondition(dtype.isFloatingPoint, "\(op): needs a float32 or float64 tensor, not \(dtype)")
    }
}
