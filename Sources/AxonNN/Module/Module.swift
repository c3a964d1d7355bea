import AxonTensor

/// A layer or a model: something that maps a tensor to a tensor and may hold
/// trainable ``Parameter``s, as `torch.nn.Module` does.
///
/// A module is a class so that its parameters are shared by reference with
/// the optimizer that updates them. Containers (``Sequential``) list their
/// ``children``; names, parameter counts and the training mode follow the
/// tree. Parameter names are those of PyTorch's `state_dict` for the same
/// architecture: a child's names are prefixed with its name and a dot, so a
/// `Sequential` of `Dense, ReLU, Dense` has `0.weight`, `0.bias`,
/// `2.weight`, `2.bias`.
///
/// ```swift
/// let model = Sequential { Dense(784, 128); ReLU(); Dense(128, 10) }
/// let logits = model(images)
/// print(model.parameterCount)  // 101770
/// ```
public protocol Module: AnyObject {
    /// Applies the module to a batch.
    func callAsFunction(_ x: Tensor) -> Tensor

    /// The type's name in summaries, for example `Dense` or `ReLU`.
    var layerName: String { get }

    /// The parameters this module holds itself (not its children's), by local
    /// name (`weight`, `bias`), in PyTorch's registration order.
    var ownParameters: [(name: String, parameter: Parameter)] { get }

    /// The direct sub-modules by name, in order. The default value is `[]`.
    var children: [(name: String, module: any Module)] { get }

    /// Whether the module is in training mode (dropout active). New modules
    /// start in training mode, as in PyTorch.
    var isTraining: Bool { get set }

    /// The shape of the output for an input of shape `shape` (batch
    /// dimension included), or an error naming the layer if the input cannot
    /// work. The default returns `shape` unchanged.
    func outputShape(forInput shape: [Int]) throws(ModuleError) -> [Int]
}

extension Module {
    public var children: [(name: String, module: any Module)] { [] }

    public var ownParameters: [(name: String, parameter: Parameter)] { [] }

    public func outputShape(forInput shape: [Int]) throws(ModuleError) -> [Int] { shape }

    /// Every parameter of the module and its descendants with its full dotted
    /// name, in PyTorch `state_dict` order: a module's own parameters first,
    /// then each child's, depth first.
    public var namedParameters: [(name: String, parameter: Parameter)] {
        var result = ownParameters
        for child in children {
            for entry in child.module.namedParameters {
                result.append((name: child.name + "." + entry.name, parameter: entry.parameter))
            }
        }
        return result
    }

    /// Every parameter, in the order of ``namedParameters``.
    public var parameters: [Parameter] { namedParameters.map(\.parameter) }

    /// The number of scalars in all parameters: for a dense layer of `m`
    /// inputs and `n` outputs, `m·n` weights plus `n` biases.
    public var parameterCount: Int { namedParameters.reduce(0) { $0 + $1.parameter.count } }

    /// The module and every descendant, depth first, with its dotted path
    /// (`""` for the module itself).
    public var namedModules: [(name: String, module: any Module)] {
        var result: [(name: String, module: any Module)] = [(name: "", module: self)]
        for child in children {
            for entry in child.module.namedModules {
                let path = entry.name.isEmpty ? child.name : child.name + "." + entry.name
                result.append((name: path, module: entry.module))
            }
        }
        return result
    }

    /// Puts the module and all its descendants in training mode.
    public func train() { setTraining(true) }

    /// Puts the module and all its descendants in evaluation mode (dropout
    /// passes its input through), as `model.eval()` in PyTorch.
    public func eval() { setTraining(false) }

    /// Sets ``isTraining`` on the module and all its descendants.
    public func setTraining(_ training: Bool) {
        isTraining = training
        for child in children { child.module.setTraining(training) }
    }

    /// Clears the gradient of every parameter, as `model.zero_grad(set_to_none=True)`.
    public func clearGradients() {
        for parameter in parameters { parameter.grad = nil }
    }
}
