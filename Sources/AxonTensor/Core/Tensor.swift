/// An n-dimensional array of numbers that records the operations applied to it
/// so that gradients can flow back through them (backpropagation).
///
/// A tensor has a ``shape``, a runtime ``dtype`` and contiguous row-major
/// storage. It is a value: copies share memory until one of them is written
/// to, and a write never shows in another copy.
///
/// ```swift
/// var w = Tensor.randomNormal([3, 2], generator: &rng)
/// w.requiresGrad = true
/// let loss = (x.matmul(w)).tanh().sum()
/// loss.backward()
/// print(w.grad!)
/// ```
public struct Tensor: @unchecked Sendable {
    var storage: Storage
    /// The length of each dimension; `[]` for a scalar.
    public internal(set) var shape: [Int]
    /// The element type.
    public internal(set) var dtype: DType
    /// The autograd node: a leaf's gradient accumulator, or the op that made
    /// this tensor. `nil` when no gradient flows through the tensor.
    var node: GradNode?

    /// Wraps existing storage; `storage` must hold `shape`'s element count.
    init(storage: Storage, shape: [Int], dtype: DType) {
        self.storage = storage
        self.shape = shape
        self.dtype = dtype
        self.node = nil
    }

    /// A tensor with undefined contents on `device`, for kernels to fill.
    init(uninitializedShape shape: [Int], dtype: DType, device: Device = .cpu) {
        let count = Shape.elementCount(shape)
        self.init(storage: Storage.make(byteCount: count * dtype.byteSize, device: device), shape: shape, dtype: dtype)
    }

    /// The number of dimensions.
    public var rank: Int { shape.count }

    /// The number of elements (1 for a scalar).
    public var count: Int { Shape.elementCount(shape) }

    /// Whether the tensor has exactly one element.
    public var isScalar: Bool { count == 1 }

    // MARK: Raw access, for the CPU backend and host transfers

    func withUnsafeBufferPointer<T: TensorScalar, R>(
        as type: T.Type, _ body: (UnsafeBufferPointer<T>) throws -> R
    ) rethrows -> R {
        precondition(T.dtype == dtype, "Tensor: reading \(dtype) elements as \(T.dtype)")
        let typed = storage.pointer.assumingMemoryBound(to: T.self)
        return try body(UnsafeBufferPointer(start: typed, count: count))
    }

    /// The storage pointer for writing, typed, after making the storage unique
    /// (copy-on-write); the caller must keep `self` alive.
    mutating func mutablePointer<T: TensorScalar>(_ type: T.Type) -> UnsafeMutablePointer<T> {
        precondition(T.dtype == dtype, "Tensor: writing \(T.dtype) elements into \(dtype)")
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        return storage.pointer.assumingMemoryBound(to: T.self)
    }

    /// The elements' bytes, to read (a communicator sends them).
    package func withUnsafeBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        try body(UnsafeRawBufferPointer(start: storage.pointer, count: count * dtype.byteSize))
    }

    /// The elements' bytes, to write in place after making the storage
    /// unique (a communicator's collectives fill them).
    package mutating func withUnsafeMutableBytes<R>(_ body: (UnsafeMutableRawBufferPointer) throws -> R) rethrows -> R {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        return try body(UnsafeMutableRawBufferPointer(start: storage.pointer, count: count * dtype.byteSize))
    }

    /// The storage pointer, typed; the caller must keep `self` alive.
    func pointer<T: TensorScalar>(_ type: T.Type) -> UnsafeMutablePointer<T> {
        storage.pointer.assumingMemoryBound(to: T.self)
    }
}
