/// An activation that ``Tensor/linear(_:weight:bias:activation:)`` applies to
/// its output in place, as part of the same op.
public enum LinearActivation: Sendable {
    case identity, relu, tanh, sigmoid

    /// The activation's kernel and the kernel of its derivative (from the
    /// output); nil for the identity.
    var kernels: (forward: UnaryKernel, derivative: BinaryKernel)? {
        switch self {
        case .identity: return nil
        case .relu: return (.relu, .reluBackward)
        case .tanh: return (.tanh, .tanhBackward)
        case .sigmoid: return (.sigmoid, .sigmoidBackward)
        }
    }
}

extension Tensor {
    /// The fully connected layer's map `y = f(x·Wᵀ + b)` as one op: the weight
    /// is `[outputs, inputs]` as in PyTorch and is read transposed in place;
    /// the matrix product adds the bias to each tile as it stores it (the
    /// numbers of `b + x·Wᵀ` with the bias preloaded, as BLAS `addmm` does),
    /// and the activation `f` (identity unless given) rewrites the output
    /// where it lies. The layer costs one matrix product, one pass for `f`,
    /// one buffer and one graph node: a network's layer and its activation
    /// give the same numbers as `linear` followed by `relu()`, `tanh()` or
    /// `sigmoid()`, with less work between them.
    ///
    /// `x` is `[inputs]` or `[..., inputs]`. Gradients, with `x` and `∂y` seen
    /// as matrices of rows and `∂z = ∂y·f′` (from the saved output):
    /// `∂x = ∂z·W`, `∂W = ∂zᵀ·x`, `∂b = Σ_rows ∂z`.
    public static func linear(_ input: Tensor, weight: Tensor, bias: Tensor? = nil,
                              activation: LinearActivation = .identity) -> Tensor {
        precondition(weight.rank == 2, "linear: weight must be [outputs, inputs], got \(weight.shape)")
        let outputs = weight.shape[0], inputs = weight.shape[1]
        precondition(input.rank >= 1 && input.shape[input.rank - 1] == inputs,
                     "linear: input of shape \(input.shape) for weight \(weight.shape): widths \(input.shape.last ?? 0) and \(inputs) differ")
        if let bias {
            precondition(bias.rank == 1 && bias.shape[0] == outputs,
                         "linear: bias of shape \(bias.shape) for weight \(weight.shape)")
        }
        var dtype = input.dtype.promoted(with: weight.dtype)
        if let bias { dtype = dtype.promoted(with: bias.dtype) }
        // One dtype (a model's every call): the operands as they are, with
        // no copies of them to make and release.
        if input.dtype == dtype && weight.dtype == dtype && (bias?.dtype ?? dtype) == dtype {
            return linear(sameType: input, weight: weight, bias: bias, activation: activation)
        }
        return linear(sameType: input.cast(to: dtype), weight: weight.cast(to: dtype), bias: bias?.cast(to: dtype),
                      activation: activation)
    }

    /// ``linear(_:weight:bias:activation:)`` on checked operands of one dtype.
    private static func linear(sameType x: Tensor, weight w: Tensor, bias b: Tensor?,
                               activation: LinearActivation) -> Tensor {
        let dtype = x.dtype, outputs = w.shape[0], inputs = w.shape[1]
        x.requireFloat("linear")
        let rows = x.count / Swift.max(inputs, 1)
        var resultShape = x.shape
        resultShape[resultShape.count - 1] = outputs
        let result = Tensor(uninitializedShape: resultShape, dtype: dtype, device: x.device)
        // The activation, and the rule of its derivative (from the output).
        let fused = activation.kernels
        let backend = x.backend
        // y = x·Wᵀ + b, then f(y) in place.
        backend.gemm(x, w, into: result, m: rows, n: outputs, k: inputs, transposeB: true, bias: b)
        if let fused { backend.unary(fused.forward, result, into: result) }

        guard recordsGradient(x, w, b) else { return result }

        let inputShape = x.shape
        let rule: (Tensor) -> [Tensor?] = { upstream in
            // Straight to the kernels, x and ∂z read as matrices of rows in
            // place: this runs for every layer of every training step. ReLU's
            // derivative from its output: f(z) > 0 exactly where z > 0.
            var g = upstream.cast(to: dtype)
            if let fused { g = activationGradient(fused.derivative, upstream: g, saved: result) }
            var gradients: [Tensor?] = []
            if x.node != nil {
                // ∂x = ∂z·W
                let gradientX = Tensor(uninitializedShape: inputShape, dtype: dtype, device: g.device)
                backend.gemm(g, w, into: gradientX, m: rows, n: inputs, k: outputs)
                gradients.append(gradientX)
            } else {
                gradients.append(nil)
            }
            if w.node != nil {
                // ∂W = ∂zᵀ·x
                let gradientW = Tensor(uninitializedShape: [outputs, inputs], dtype: dtype, device: g.device)
                backend.gemm(g, x, into: gradientW, m: outputs, n: inputs, k: rows, transposeA: true)
                gradients.append(gradientW)
            } else {
                gradients.append(nil)
            }
            if let b {
                // ∂b = Σ_rows ∂z
                let gradientB = b.node == nil ? nil : Tensor(uninitializedShape: [outputs], dtype: dtype, device: g.device)
                if let gradientB { backend.columnSums(g, rows: rows, columns: outputs, into: gradientB) }
                gradients.append(gradientB)
            }
            return gradients
        }
        if let b { return record("linear", result, x, w, b, rule: rule) }
        return record("linear", result, x, w, rule: rule)
    }
}
