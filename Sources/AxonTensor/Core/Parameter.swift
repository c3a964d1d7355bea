/// A trainable tensor, shared by reference between the layer that uses it and
/// the optimizer that updates it (as a `torch.nn.Parameter` is).
///
/// The value is a leaf that requires gradients. An optimizer writes the new
/// value in place under ``noGrad(_:)``; because the graph of the last step was
/// freed by `backward()`, the storage is not shared and no copy is made.
public final class Parameter: @unchecked Sendable {
    /// The current value: a leaf tensor with `requiresGrad` set. (No
    /// run-time exclusivity check: kernels read it at every step, and each
    /// check costs more than a small layer's update.)
    @exclusivity(unchecked) public var value: Tensor

    /// Wraps `value` as a trainable leaf (float32 or float64).
    public init(_ value: Tensor) {
        var leaf = value.detached()
        leaf.requiresGrad = true
        self.value = leaf
    }

    /// The gradient accumulated by the last backward passes, or `nil`.
    public var grad: Tensor? {
        // The leaf's node directly, not through a copy of `value`: every
        // step reads and writes each parameter's gradient.
        get { value.node?.grad }
        set {
            if let newValue {
                precondition(newValue.shape == value.shape,
                             "grad: gradient of shape \(newValue.shape) for a tensor of shape \(value.shape)")
            }
            value.node?.grad = newValue
        }
    }

    /// Runs `body` on the value, to update in place, and the gradient, or
    /// returns `false` where there is no gradient. The gradient is moved out
    /// of the leaf for the call and back after it, so no reference is
    /// counted: an optimizer does this for every parameter at every step.
    /// (Inside `body` the parameter's ``grad`` reads `nil`.)
    @inline(__always)
    package func updateWithGradient(_ body: (_ value: inout Tensor, _ gradient: Tensor) -> Void) -> Bool {
        // Each access goes down from `self`, so the node is borrowed, not retained.
        guard let gradient = value.node?.grad.take() else { return false }
        body(&value, gradient)
        value.node?.grad = consume gradient
        return true
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

/// Anything that holds named trainable parameters: a model (every `Module`),
/// a model's ``ParameterList``, or a list of `(name, parameter)` pairs. An
/// optimizer is built from any of them:
///
/// ```swift
/// let adam = try Adam(model, learningRate: 1e-3)
/// let sgd = try SGD(model.parameters, learningRate: 0.1)
/// let head = try SGD(model.namedParameters.filter { $0.name.hasPrefix("head.") })
/// ```
public protocol ParameterContainer {
    /// The parameters with their names, in PyTorch's `state_dict` order.
    var namedParameters: [(name: String, parameter: Parameter)] { get }
}

extension Array: ParameterContainer where Element == (name: String, parameter: Parameter) {
    /// The list itself.
    public var namedParameters: [(name: String, parameter: Parameter)] { self }
}

/// A model's parameters in `state_dict` order: a collection of ``Parameter``s
/// that keeps their names, so an optimizer built from it names its state as
/// the model names its weights.
public struct ParameterList: RandomAccessCollection, ParameterContainer {
    /// The parameters with their full names.
    public let namedParameters: [(name: String, parameter: Parameter)]

    /// A list of the given named parameters.
    public init(_ namedParameters: [(name: String, parameter: Parameter)]) {
        self.namedParameters = namedParameters
    }

    /// A list of unnamed parameters, named by position (`"0"`, `"1"`, ...) as
    /// PyTorch's optimizers index theirs.
    public init(_ parameters: [Parameter]) {
        self.namedParameters = parameters.enumerated().map { (name: String($0.offset), parameter: $0.element) }
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { namedParameters.count }
    public subscript(position: Int) -> Parameter { namedParameters[position].parameter }
}

/// A tensor a module keeps and saves but does not train, as a buffer
/// registered with PyTorch's `register_buffer`: BatchNorm's running mean
/// and variance. Buffers are in the module's state dict (and so in model
/// files and checkpoints) but not in its parameters, so optimizers never
/// see them.
public final class Buffer: @unchecked Sendable {
    /// The current value.
    public var value: Tensor

    /// A buffer holding `value` (detached).
    public init(_ value: Tensor) {
        self.value = value.detached()
    }

    /// The buffer's shape.
    public var shape: [Int] { value.shape }

    /// The buffer's dtype.
    public var dtype: DType { value.dtype }
}
