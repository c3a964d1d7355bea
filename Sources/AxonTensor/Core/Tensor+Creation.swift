extension Tensor {
    /// A tensor of the given shape holding `scalars` in row-major order.
    ///
    /// `scalars.count` must equal the product of `shape`; the dtype follows
    /// the element type (`Float` gives float32, `Int64` int64, ...).
    public init<T: TensorScalar>(_ scalars: [T], shape: [Int]) {
        checked { () throws(ShapeError) in try Shape.validate(shape, op: "Tensor") }
        let expected = Shape.elementCount(shape)
        precondition(scalars.count == expected, "Tensor: \(scalars.count) values cannot fill shape \(shape), which holds \(expected)")
        self.init(uninitializedShape: shape, dtype: T.dtype)
        let destination = pointer(T.self)
        scalars.withUnsafeBufferPointer { source in
            guard let base = source.baseAddress else { return }
            destination.initialize(from: base, count: source.count)
        }
    }

    /// A tensor of the given shape whose elements `body` writes, in row-major
    /// order, straight into the new storage (no intermediate array). `body`
    /// must initialise every element.
    public init<T: TensorScalar>(
        shape: [Int], of type: T.Type = T.self, initializingWith body: (UnsafeMutableBufferPointer<T>) throws -> Void
    ) rethrows {
        checked { () throws(ShapeError) in try Shape.validate(shape, op: "Tensor") }
        self.init(uninitializedShape: shape, dtype: T.dtype)
        try body(UnsafeMutableBufferPointer(start: pointer(T.self), count: count))
    }

    /// A one-dimensional tensor holding `scalars`.
    public init<T: TensorScalar>(_ scalars: [T]) {
        self.init(scalars, shape: [scalars.count])
    }

    /// A two-dimensional tensor from rows of equal length.
    public init<T: TensorScalar>(_ rows: [[T]]) {
        let width = rows.first?.count ?? 0
        for (index, row) in rows.enumerated() where row.count != width {
            preconditionFailure("Tensor: row \(index) has \(row.count) values, row 0 has \(width)")
        }
        self.init(rows.flatMap { $0 }, shape: [rows.count, width])
    }

    /// A zero-dimensional tensor (a scalar) of the given dtype.
    public init(_ value: Double, dtype: DType = .float32) {
        self = Tensor.full([], value: value, dtype: dtype)
    }

    /// A tensor filled with `value`, converted to `dtype`.
    public static func full(_ shape: [Int], value: Double, dtype: DType = .float32) -> Tensor {
        checked { () throws(ShapeError) in try Shape.validate(shape, op: "full") }
        let result = Tensor(uninitializedShape: shape, dtype: dtype)
        result.backend.fill(result, with: value)
        return result
    }

    /// A tensor of zeros.
    public static func zeros(_ shape: [Int], dtype: DType = .float32) -> Tensor {
        checked { () throws(ShapeError) in try Shape.validate(shape, op: "zeros") }
        let result = Tensor(uninitializedShape: shape, dtype: dtype)
        result.backend.fill(result, with: 0)
        return result
    }

    /// A tensor of ones.
    public static func ones(_ shape: [Int], dtype: DType = .float32) -> Tensor {
        full(shape, value: 1, dtype: dtype)
    }

    /// Zeros with the shape and dtype of `other`.
    public static func zeros(like other: Tensor) -> Tensor { zeros(other.shape, dtype: other.dtype) }

    /// Ones with the shape and dtype of `other`.
    public static func ones(like other: Tensor) -> Tensor { ones(other.shape, dtype: other.dtype) }

    /// The values `start, start + step, ...` below `end` (above it for a
    /// negative step), as in `torch.arange`.
    public static func arange(_ start: Double = 0, _ end: Double, step: Double = 1, dtype: DType = .float32) -> Tensor {
        precondition(step != 0, "arange: step must not be zero")
        let count = Swift.max(0, Int(((end - start) / step).rounded(.up)))
        let result = Tensor(uninitializedShape: [count], dtype: dtype)
        func fill<T: TensorScalar>(_: T.Type) {
            let p = result.pointer(T.self)
            for i in 0..<count { p[i] = T(fromDouble: start + Double(i) * step) }
        }
        fill(scalarType(of: dtype))
        return result
    }

    /// `count` evenly spaced values from `start` to `end`, both included.
    public static func linspace(_ start: Double, _ end: Double, count: Int, dtype: DType = .float32) -> Tensor {
        precondition(count >= 0, "linspace: count must not be negative, got \(count)")
        let result = Tensor(uninitializedShape: [count], dtype: dtype)
        let step = count > 1 ? (end - start) / Double(count - 1) : 0
        func fill<T: TensorScalar>(_: T.Type) {
            let p = result.pointer(T.self)
            // Fill from both ends, as PyTorch does, so the last value is exactly `end`.
            let half = (count + 1) / 2
            for i in 0..<count {
                p[i] = T(fromDouble: i < half ? start + Double(i) * step : end - Double(count - 1 - i) * step)
            }
        }
        fill(scalarType(of: dtype))
        return result
    }

    /// The `n`×`n` identity matrix.
    public static func eye(_ n: Int, dtype: DType = .float32) -> Tensor {
        precondition(n >= 0, "eye: size must not be negative, got \(n)")
        let result = zeros([n, n], dtype: dtype)
        func fill<T: TensorScalar>(_: T.Type) {
            let p = result.pointer(T.self)
            for i in 0..<n { p[i * n + i] = T(fromDouble: 1) }
        }
        fill(scalarType(of: dtype))
        return result
    }

    /// The Swift type that holds one element of `dtype`.
    static func scalarType(of dtype: DType) -> any TensorScalar.Type {
        switch dtype {
        case .float32: return Float.self
        case .float64: return Double.self
        case .int32: return Int32.self
        case .int64: return Int64.self
        case .uint8: return UInt8.self
        case .bool: return Bool.self
        }
    }
}
