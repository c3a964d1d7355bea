/// A trainable tensor, shared by reference between the layer that uses it and
/// the optimizer that updates it (as a `torch.nn.Parameter` is).
///
/// The value is a leaf that requires gradients. An optimizer writes the new
/// value in place under ``noGrad(_:)``; because the graph of the last step was
/// freed by `backward()`, the storage is not shared and no copy is made.
public final class Parameter: @unchecked Sendable {
    /// The current value: a leaf tensor with `requiresGrad` set.
    public var value: Tensor

    /// Wraps `value` as a trainable leaf (float32 or float64).
    public init(_ value: Tensor) {
        var leaf = value.detached()
        leaf.requiresGrad = true
        self.value = leaf
    }

    /// The gradient accumulated by the last backward passes, or `nil`.
    public var grad: Tensor? {
        get { value.grad }
        set { value.grad = newValue }
    }

    /// Replaces the value, keeping it a trainable leaf with its gradient cleared.
    public func assign(_ newValue: Tensor) {
        precondition(newValue.shape == value.shape, "Parameter: cannot assign shape \(newValue.shape) to a parameter of shape \(value.shape)")
        var leaf = newValue.detached().cast(to: value.dtype)
        leaf.requiresGrad = true
        value = leaf
    }

    /// The parameter's shape.
    public var shape: [Int] { value.shape }

    /// The parameter's dtype.
    public var dtype: DType { value.dtype }

    /// The number of scalars in the parameter.
    public var count: Int { value.count }
}
