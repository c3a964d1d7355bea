import CAxonKernels

extension Tensor {
    /// `g · f′` for an activation whose derivative is a function of its
    /// output `y` (tanh: (1 − y)(1 + y), sigmoid: y(1 − y)) or of its input
    /// (ReLU: x > 0), in one vectorised pass instead of three tensor ops.
    static func activationGradient(_ kind: ActivationGradient, upstream g: Tensor, saved: Tensor) -> Tensor {
        precondition(g.shape == saved.shape && g.dtype == saved.dtype)
        let op: axon_binary_op
        switch kind {
        case .tanh: op = AXON_TANH_BACKWARD
        case .sigmoid: op = AXON_SIGMOID_BACKWARD
        case .relu: op = AXON_RELU_BACKWARD
        }
        return floatBinary(op, g, saved, name: "activation gradient")
    }
}

/// Activations whose gradient rule has a fused kernel.
enum ActivationGradient {
    case tanh, sigmoid, relu
}
