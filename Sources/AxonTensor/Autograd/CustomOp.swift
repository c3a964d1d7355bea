extension Tensor {
    /// An op defined outside AxonTensor by its value and its gradient rule, as
    /// `torch.autograd.Function` is in PyTorch.
    ///
    /// `forward` runs without recording; when any input requires gradients
    /// the result records `backward`, which receives the gradient of the
    /// result and returns one gradient per input (`nil` for none), each of its
    /// input's shape. `backward` also runs without recording.
    ///
    /// ```swift
    /// // softplus with the exact derivative σ(x), even at x = 0
    /// let y = Tensor.custom("softplus", [x], forward: { stableSoftplus($0[0]) },
    ///                       backward: { g in [g * x.detached().sigmoid()] })
    /// ```
    public static func custom(
        _ name: String, _ inputs: [Tensor], forward: ([Tensor]) -> Tensor,
        backward: @escaping (_ gradient: Tensor) -> [Tensor?]
    ) -> Tensor {
        let result = noGrad { forward(inputs.map { $0.detached() }) }
        return record(name, result, inputs) { g in
            let gradients = backward(g)
            precondition(gradients.count == inputs.count, "\(name): backward returned \(gradients.count) gradients for \(inputs.count) inputs")
            return gradients
        }
    }
}
