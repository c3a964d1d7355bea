extension Tensor {
    /// The elements in row-major order as Swift values of type `T`,
    /// converting from the tensor's dtype as a C cast would.
    public func scalars<T: TensorScalar>(as type: T.Type = T.self) -> [T] {
        if T.dtype == dtype {
            return withUnsafeBufferPointer(as: T.self) { Array($0) }
        }
        return cast(to: T.dtype).scalars(as: T.self)
    }

    /// The only element of a one-element tensor, as a `Double`.
    public var item: Double {
        precondition(count == 1, "item: the tensor has \(count) elements, not 1 (shape \(shape))")
        return scalars(as: Double.self)[0]
    }

    /// The elements converted to `Double`, in row-major order.
    public var doubles: [Double] { scalars(as: Double.self) }

    /// The elements converted to `Float`, in row-major order.
    public var floats: [Float] { scalars(as: Float.self) }

    /// The same values converted to `dtype`, as `Tensor.to(dtype)` in PyTorch:
    /// floats to integers truncate toward zero, nonzero becomes `true`. A
    /// cast between float32 and float64 passes gradients through.
    public func cast(to target: DType) -> Tensor {
        if target == dtype { return self }
        let result = Tensor(uninitializedShape: shape, dtype: target)
        func convert<Source: TensorScalar, Target: TensorScalar>(_: Source.Type, _: Target.Type) {
            let source = pointer(Source.self), destination = result.pointer(Target.self)
            for i in 0..<count { destination[i] = Target(fromDouble: source[i].doubleValue) }
        }
        switch (dtype, target) {
        case (.float32, .float64):
            let source = pointer(Float.self), destination = result.pointer(Double.self)
            for i in 0..<count { destination[i] = Double(source[i]) }
        case (.float64, .float32):
            let source = pointer(Double.self), destination = result.pointer(Float.self)
            for i in 0..<count { destination[i] = Float(source[i]) }
        default:
            convert(Tensor.scalarType(of: dtype), Tensor.scalarType(of: target))
        }
        withExtendedLifetime(self) {}
        guard dtype.isFloatingPoint && target.isFloatingPoint else { return result }
        let sourceType = dtype
        return Tensor.record("cast", result, self) { gradient in [gradient.cast(to: sourceType)] }
    }
}
