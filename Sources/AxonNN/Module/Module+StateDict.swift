import AxonTensor

/// What loading a state dict left out: parameters the tensors did not
/// provide and tensors that name no parameter, as PyTorch's
/// `load_state_dict` returns them.
public struct LoadReport: Sendable, Equatable {
    /// Parameters of the model that no tensor provided (kept as they were).
    public var missing: [String]
    /// Tensors that name no parameter of the model (ignored).
    public var unexpected: [String]

    /// A report of the given names.
    public init(missing: [String] = [], unexpected: [String] = []) {
        self.missing = missing
        self.unexpected = unexpected
    }

    /// Whether every parameter was loaded and every tensor used.
    public var isComplete: Bool { missing.isEmpty && unexpected.isEmpty }
}

extension Module {
    /// The parameter values by full name, in ``namedParameters`` order, as
    /// PyTorch's `state_dict()`: what a checkpoint saves. The tensors are
    /// detached copies of the values.
    public var stateDict: [(name: String, tensor: Tensor)] {
        namedParameters.map { (name: $0.name, tensor: $0.parameter.value.detached()) }
    }

    /// Replaces parameters' values with the tensors of the same names.
    ///
    /// Strict by default, as `load_state_dict(strict=True)`: every parameter
    /// must be present and no other names may appear. With `strict: false`,
    /// missing and unexpected names are reported instead, and the parameters
    /// that match are loaded. Either way a tensor must have its parameter's
    /// shape and a floating-point dtype; values are converted to each
    /// parameter's dtype. Nothing is changed when any check fails, and the
    /// error lists every problem.
    ///
    /// A file whose names carry a prefix the model lacks (`net.0.weight`
    /// for `0.weight`), or the reverse, loads after ``Swift/Dictionary/removingPrefix(_:)``
    /// or ``Swift/Dictionary/addingPrefix(_:)``.
    @discardableResult
    public func loadParameters(_ tensors: [String: Tensor], strict: Bool = true) throws(ModuleError) -> LoadReport {
        let named = namedParameters
        let missing = named.map(\.name).filter { tensors[$0] == nil }
        let known = Set(named.map(\.name))
        let unexpected = tensors.keys.filter { !known.contains($0) }.sorted()
        var problems: [String] = []
        if strict {
            if !missing.isEmpty { problems.append("missing \(missing.joined(separator: ", "))") }
            if !unexpected.isEmpty { problems.append("unexpected \(unexpected.joined(separator: ", "))") }
        }
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
        return LoadReport(missing: missing, unexpected: unexpected)
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

extension Dictionary where Key == String, Value == Tensor {
    /// The tensors whose names start with `prefix`, with the prefix removed
    /// (`net.0.weight` → `0.weight` for `"net."`); other names are dropped.
    public func removingPrefix(_ prefix: String) -> [String: Tensor] {
        var result: [String: Tensor] = [:]
        for (name, tensor) in self where name.hasPrefix(prefix) {
            result[String(name.dropFirst(prefix.count))] = tensor
        }
        return result
    }

    /// The tensors with `prefix` put before every name (`0.weight` →
    /// `net.0.weight` for `"net."`).
    public func addingPrefix(_ prefix: String) -> [String: Tensor] {
        var result: [String: Tensor] = [:]
        for (name, tensor) in self { result[prefix + name] = tensor }
        return result
    }
}
