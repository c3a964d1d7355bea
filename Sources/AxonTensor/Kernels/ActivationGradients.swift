extension Tensor {
    /// `g · f′` for an activation whose derivative is a function of its
    /// output `y` (tanh: (1 − y)(1 + y), sigmoid: y(1 − y)) or of its input (relu:
    /// x > 0), in one pass instead of three tensor ops.
    static func activationGradient(_ kind: ActivationGradient, upstream g: Tensor, saved: Tensor) -> Tensor {
        precondition(g.shape == saved.shape && g.dtype == saved.dtype)
        let result = Tensor(uninitializedShape: g.shape, dtype: g.dtype)
        func run<T: KernelFloat>(_: T.Type) {
            let gp = g.pointer(T.self), sp = saved.pointer(T.self), out = result.pointer(T.self)
            let n = g.count
            switch kind {
            case .tanh:
                // (1 − y)(1 + y), not 1 − y²: exact where y is near ±1.
                for i in 0..<n { out[i] = gp[i] * ((1 - sp[i]) * (1 + sp[i])) }
            case .sigmoid:
                for i in 0..<n { out[i] = gp[i] * (sp[i] * (1 - sp[i])) }
            case .relu:
                for i in 0..<n { out[i] = sp[i] > 0 ? gp[i] : 0 }
            }
        }
        if g.dtype == .float32 { run(Float.self) } else { run(Double.self) }
        withExtendedLifetime((g, saved)) {}
        return result
    }
}

/// Activations whose gradient rule has a fused kernel.
enum ActivationGradient {
    case tanh, sigmoid, relu
}
