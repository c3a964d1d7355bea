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
    /// The parameter and buffer values by full name, as PyTorch's
    /// `state_dict()`: each module's parameters, then its buffers, then its
    /// children's, depth first. What model files and checkpoints save. The
    /// tensors are detached copies of the values.
    public var stateDict: [(name: String, tensor: Tensor)] {
        var result = ownParameters.map { (name: $0.name, tensor: $0.parameter.value.detached()) }
        result += ownBuffers.map { (name: $0.name, tensor: $0.buffer.value.detached()) }
        for child in children {
            for entry in child.module.stateDict {
                result.append((name: child.name + "." + entry.name, tensor: entry.tensor))
            }
        }
        return result
    }

    /// Replaces parameters' and buffers' values with the tensors of the same
    /// names, as `load_state_dict`.
    ///
    /// Strict by default, as `load_state_dict(strict=True)`: every parameter
    /// and buffer must be present and no other names may appear. With
    /// `strict: false`, missing and unexpected names are reported instead,
    /// and the entries that match are loaded. Either way a tensor must have
    /// its entry's shape, and a parameter's a floating-point dtype; values
    /// are converted to each entry's dtype. Nothing is changed when any
    /// check fails, and the error lists every problem.
    ///
    /// A file whose names carry a prefix the model lacks (`net.0.weight`
    /// for `0.weight`), or the reverse, loads after ``Swift/Dictionary/removingPrefix(_:)``
    /// or ``Swift/Dictionary/addingPrefix(_:)``.
    @discardableResult
    public func loadStateDict(_ tensors: [String: Tensor], strict: Bool = true) throws(ModuleError) -> LoadReport {
        let parameters = namedParameters, buffers = namedBuffers
        let names = parameters.map(\.name) + buffers.map(\.name)
        let missing = names.filter { tensors[$0] == nil }
        let known = Set(names)
        let unexpected = tensors.keys.filter { !known.contains($0) }.sorted()
        var problems: [String] = []
        if strict {
            if !missing.isEmpty { problems.append("missing \(messageListing(missing))") }
            if !unexpected.isEmpty { problems.append("unexpected \(messageListing(unexpected))") }
        }
        for (name, parameter) in parameters {
            guard let tensor = tensors[name] else { continue }
            if tensor.shape != parameter.shape {
                problems.append("\(name) has shape \(tensor.shape), the model expects \(parameter.shape)")
            } else if !tensor.dtype.isFloatingPoint {
                problems.append("\(name) has dtype \(tensor.dtype), not a floating-point type")
            }
        }
        for (name, buffer) in buffers {
            guard let tensor = tensors[name], tensor.shape != buffer.shape else { continue }
            problems.append("\(name) has shape \(tensor.shape), the model expects \(buffer.shape)")
        }
        guard problems.isEmpty else {
            throw ModuleError("\(layerName).loadStateDict: " + messageListing(problems, separator: "; "))
        }
        for (name, parameter) in parameters {
            if let tensor = tensors[name] { parameter.assign(tensor) }
        }
        for (name, buffer) in buffers {
            if let tensor = tensors[name] { buffer.value = tensor.detached().cast(to: buffer.dtype) }
        }
        return LoadReport(missing: missing, unexpected: unexpected)
    }

    /// Converts every parameter (and every floating-point buffer) to `dtype`
    /// (`float32` or `float64`), keeping parameters trainable leaves with
    /// their gradients cleared. Returns the module, so
    /// `Sequential { ... }.cast(to: .float64)` reads as one expression.
    @discardableResult
    public func cast(to dtype: DType) -> Self {
        precondition(dtype.isFloatingPoint, "\(layerName).cast: parameters must be float32 or float64, not \(dtype)")
        for parameter in parameters where parameter.dtype != dtype {
            var leaf = parameter.value.detached().cast(to: dtype)
            leaf.requiresGrad = true
            parameter.value = leaf
        }
        for (_, buffer) in namedBuffers where buffer.dtype.isFloatingPoint && buffer.dtype != dtype {
            buffer.value = buffer.value.cast(to: dtype)
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
