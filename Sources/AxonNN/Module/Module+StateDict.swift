import AxonTensor

extension Module {
    /// The parameter values by full name, in ``namedParameters`` order, as
    /// PyTorch's `state_dict()`: what a checkpoint saves. The tensors are
    /// detached copies of the values.
    public var stateDict: [(name: String, tensor: Tensor)] {
        namedParameters.map { (name: $0.name, tensor: $0.parameter.value.detached()) }
    }

    /// Replaces every parameter's value with the tensor of the same name.
    ///
    /// Strict, as `load_state_dict(strict=True)`: every parameter must be
    /// present with its exact shape and no other names may appear. Values are
    /// converted to each parameter's dtype. Nothing is changed when any check
    /// fails; the error lists every missing, unexpected and mis-shaped name.
    public func loadParameters(_ tensors: [String: Tensor]) throws(ModuleError) {
        let named = namedParameters
        var problems: [String] = []
        let missing = named.map(\.name).filter { tensors[$0] == nil }
        if !missing.isEmpty { problems.append("missing \(missing.joined(separator: ", "))") }
        let known = Set(named.map(\.name))
        let unexpected = tensors.keys.filter { !known.contains($0) }.sorted()
        if !unexpected.isEmpty { problems.append("unexpected \(unexpected.joined(separator: ", "))") }
        for (name, parameter) in named {
            guard let tensor = tensors[name] else { continue }
            if tensor.shape != parameter.shape {
                problems.append("\(name) has shape \(tensor.shape), the model expects \(parameter.shape)")
            } else if !tensor.dtype.isFloatingPoint {
                problems.append("\(name) has dtype \(tensor.dtype), not a floating-point type")
            }
        }
        guard problems.isEmpty else {
            throw ModuleError("\(layerName).loadParameters: " + problems.joined(separator: "; "))
        }
        for (name, parameter) in named {
            if let tensor = tensors[name] { parameter.assign(tensor) }
        }
    }

    /// Converts every parameter to `dtype` (`float32` or `float64`), keeping
    /// it a trainable leaf with its gradient cleared. Returns the module, so
    /// `Sequential { ... }.cast(to: .float64)` reads as one expression.
    @discardableResult
    public func cast(to dtype: DType) -> Self {
        precondition(dtype.isFloatingPoint, "\(layerName).cast: parameters must be float32 or float64, not \(dtype)")
        for parameter in parameters where parameter.dtype != dtype {
            var leaf = parameter.value.detached().cast(to: dtype)
            leaf.requiresGrad = true
            parameter.value = leaf
        }
        return self
    }
}
