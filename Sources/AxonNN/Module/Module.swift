import AxonTensor

/// A layer or a model: something that maps a tensor to a tensor and may hold
/// trainable ``Parameter``s, as `torch.nn.Module` does.
///
/// A module is a class so that its parameters are shared by reference with
/// the optimizer that updates them. Declaring one takes what it takes in
/// PyTorch: the layers as stored properties and the forward pass. Parameters
/// and sub-modules are found in the stored properties, in declaration order,
/// under the property's name (PyTorch's `state_dict` names):
///
/// ```swift
/// final class Residual: Module {
///     let fc1 = Dense(784, 256)
///     let fc2 = Dense(256, 256)
///     let drop = Dropout(0.2)
///     let head = Dense(256, 10)
///
///     func callAsFunction(_ x: Tensor) -> Tensor {
///         let h = fc1(x).relu()
///         return head(drop(fc2(h).relu()) + h)
///     }
/// }
/// Residual().namedParameters.map(\.name)
/// // ["fc1.weight", "fc1.bias", "fc2.weight", "fc2.bias", "head.weight", "head.bias"]
/// ```
///
/// A stored property of type ``Parameter`` (or `Parameter?`) is a parameter,
/// one of type ``AxonTensor/Buffer`` a buffer (saved, not trained);
/// one holding a module (`Dense`, `any Module`, or an optional of either) is
/// a child; an array of modules or of parameters is numbered as PyTorch's
/// `ModuleList` and `ParameterList` are (`blocks.0.weight`). Containers such
/// as ``Sequential`` name their children by position instead (`0.weight`).
public protocol Module: AnyObject, ParameterContainer {
    /// Applies the module to a batch.
    func callAsFunction(_ x: Tensor) -> Tensor

    /// The type's name in summaries and errors. The default value is the
    /// name of the type, for example `Dense`.
    var layerName: String { get }

    /// The parameters this module holds itself (not its children's), by local
    /// name (`weight`, `bias`), in PyTorch's registration order. The default
    /// value is the ``Parameter``s among the stored properties.
    var ownParameters: [(name: String, parameter: Parameter)] { get }

    /// The buffers this module holds itself: tensors it keeps and saves but
    /// does not train (BatchNorm's running statistics), by local name. The
    /// default value is the ``AxonTensor/Buffer``s among the stored properties.
    var ownBuffers: [(name: String, buffer: Buffer)] { get }

    /// The direct sub-modules by name, in order. The default value is the
    /// modules among the stored properties.
    var children: [(name: String, module: any Module)] { get }

    /// Whether the module is in training mode (dropout active). New modules
    /// start in training mode, as in PyTorch; ``train()`` and ``eval()``
    /// switch a whole tree.
    ///
    /// A module whose forward pass depends on the mode declares
    /// `public var isTraining = true`. Without that declaration the value is
    /// derived: a module is training when all its children are, and setting
    /// it sets every child's.
    var isTraining: Bool { get set }

    /// The shape of the output for an input of shape `shape` (batch
    /// dimension included), or an error naming the layer if the input cannot
    /// work.
    ///
    /// The default passes the shape through the children in declaration
    /// order (a module without children keeps the shape): right for layers
    /// that apply their children one after another, with or without skip
    /// connections. A module whose data flow differs overrides it.
    func outputShape(forInput shape: [Int]) throws(ModuleError) -> [Int]
}

extension Module {
    public var layerName: String { String(describing: type(of: self)) }

    public var ownParameters: [(name: String, parameter: Parameter)] { storedMembers(of: self).parameters }

    public var ownBuffers: [(name: String, buffer: Buffer)] { storedMembers(of: self).buffers }

    public var children: [(name: String, module: any Module)] { storedMembers(of: self).children }

    public var isTraining: Bool {
        get { children.allSatisfy { $0.module.isTraining } }
        set { for child in children { child.module.isTraining = newValue } }
    }

    public func outputShape(forInput shape: [Int]) throws(ModuleError) -> [Int] {
        var current = shape
        for child in children { current = try child.module.outputShape(forInput: current) }
        return current
    }

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

    /// Every buffer of the module and its descendants with its full dotted name.
    public var namedBuffers: [(name: String, buffer: Buffer)] {
        var result = ownBuffers
        for child in children {
            for entry in child.module.namedBuffers {
                result.append((name: child.name + "." + entry.name, buffer: entry.buffer))
            }
        }
        return result
    }

    /// Every parameter, in the order of ``namedParameters``; an optimizer
    /// built from this list names its state by the parameters' names.
    public var parameters: ParameterList { ParameterList(namedParameters) }

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

    /// Sets ``isTraining`` on the module and all its descendants, whether
    /// or not the module passes the setting on itself.
    public func setTraining(_ training: Bool) {
        isTraining = training
        for child in children { child.module.setTraining(training) }
    }

    /// Whether the forward pass acts as in training now: ``isTraining``,
    /// except inside ``AxonTensor/inferenceMode(_:)``, where it is `false`.
    /// A layer whose forward pass depends on the mode (dropout, batch
    /// normalisation) reads this rather than ``isTraining``.
    public var actsInTrainingMode: Bool { isTraining && !InferenceMode.isEnabled }

    /// The module's output for `x` in inference mode, as a forward pass under
    /// PyTorch's `torch.inference_mode()` with the model in `eval()`: no graph
    /// is recorded and nothing is kept for a backward pass; dropout passes
    /// its input through and batch normalisation uses its running
    /// statistics, whatever ``isTraining`` says, and the module is not
    /// changed. Several threads may call it on one model at once (a server's
    /// requests), as long as nothing trains or changes the model meanwhile;
    /// each result is bit for bit what a call alone would give.
    ///
    /// ```swift
    /// let (model, _) = try ModelFile.load(from: url)
    /// let logits = model.infer(batch)
    /// ```
    public func infer(_ x: Tensor) -> Tensor {
        inferenceMode { self(x) }
    }

    /// Clears the gradient of every parameter, as PyTorch's
    /// `model.zero_grad()` (which sets them to `None`).
    public func zeroGrad() {
        for parameter in parameters { parameter.grad = nil }
    }

    /// Applies the module after checking that it can take `x`: a
    /// floating-point tensor whose shape ``outputShape(forInput:)`` accepts.
    /// A server can reject a bad request with the error instead of stopping
    /// on a failed precondition inside an op.
    ///
    /// ```swift
    /// do { reply(try model.checkedCall(request)) } catch { reject(error) }
    /// ```
    public func checkedCall(_ x: Tensor) throws(ModuleError) -> Tensor {
        guard x.dtype.isFloatingPoint else {
            throw ModuleError("\(layerName): expected a float32 or float64 input, got \(x.dtype) of shape \(x.shape)")
        }
        _ = try outputShape(forInput: x.shape)
        return self(x)
    }
}

/// The parameters and modules among an object's stored properties, in
/// declaration order (a superclass's first), named by property.
func storedMembers(of object: AnyObject) -> (parameters: [(name: String, parameter: Parameter)],
                                              buffers: [(name: String, buffer: Buffer)],
                                              children: [(name: String, module: any Module)]) {
    var mirrors: [Mirror] = []
    var next: Mirror? = Mirror(reflecting: object)
    while let mirror = next {
        mirrors.append(mirror)
        next = mirror.superclassMirror
    }
    var parameters: [(name: String, parameter: Parameter)] = []
    var buffers: [(name: String, buffer: Buffer)] = []
    var children: [(name: String, module: any Module)] = []
    for mirror in mirrors.reversed() {
        for property in mirror.children {
            // `$__lazy_storage_$_x` and other compiler-made storage are not members.
            guard let label = property.label, !label.hasPrefix("$") else { continue }
            // A property wrapper stores `x` as `_x`.
            let name = label.hasPrefix("_") ? String(label.dropFirst()) : label
            switch property.value {
            case let parameter as Parameter:
                parameters.append((name: name, parameter: parameter))
            case let buffer as Buffer:
                buffers.append((name: name, buffer: buffer))
            case let module as any Module:
                children.append((name: name, module: module))
            case let list as [Parameter]:
                for (index, parameter) in list.enumerated() {
                    parameters.append((name: "\(name).\(index)", parameter: parameter))
                }
            case let list as [any Module]:
                for (index, module) in list.enumerated() {
                    children.append((name: "\(name).\(index)", module: module))
                }
            default:
                continue
            }
        }
    }
    return (parameters, buffers, children)
}
