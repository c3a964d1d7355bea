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
        defer { withExtendedLifetime(self) {} }
        switch dtype {
        case .float32: return Double(pointer(Float.self)[0])
        case .float64: return pointer(Double.self)[0]
        case .int32: return Double(pointer(Int32.self)[0])
        case .int64: return Double(pointer(Int64.self)[0])
        case .uint8: return Double(pointer(UInt8.self)[0])
        case .bool: return pointer(Bool.self)[0] ? 1 : 0
        }
    }

    /// The elements converted to `Double`, in row-major order.
    public var doubles: [Double] { scalars(as: Double.self) }

    /// The elements converted to `Float`, in row-major order.
    public var floats: [Float] { scalars(as: Float.self) }

    /// The elements converted to `Int` (floats truncated), in row-major order:
    /// class labels and indices as Swift integers.
    public var integers: [Int] {
        if dtype == .int64 {
            return withUnsafeBufferPointer(as: Int64.self) { $0.map { Int($0) } }
        }
        return cast(to: .int64).integers
    }

    /// The same values converted to `dtype`, as `Tensor.to(dtype)` in PyTorch:
    /// floats to integers truncate toward zero, nonzero becomes `true`. A
    /// cast between float32 and float64 passes gradients through.
    public func cast(to target: DType) -> Tensor {
        if target == dtype { return self }
        let result = Tensor(uninitializedShape: shape, dtype: target, device: device)
        backend.cast(self, into: result)
        guard dtype.isFloatingPoint && target.isFloatingPoint else { return result }
        let sourceType = dtype
        return Tensor.record("cast", result, self) { gradient in [gradient.cast(to: sourceType)] }
    }
}
