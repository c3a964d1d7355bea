extension Tensor {
    /// The fully connected layer's map `y = x·Wᵀ + b` in one op: the weight is
    /// `[outputs, inputs]` as in PyTorch and is read transposed in place.
    ///
    /// Gradients: `∂x = ∂y·W`, `∂W = ∂yᵀ·x`, `∂b = Σ_batch ∂y`.
    public static func linear(_ x: Tensor, weight: Tensor, bias: Tensor? = nil) -> Tensor {
        precondition(weight.rank == 2, "linear: weight must be [outputs, inputs], got \(weight.shape)")
        let product = matmul(x, weight, transposeB: true)
        guard let bias else { return product }
        precondition(bias.shape == [weight.shape[0]], "linear: bias of shape \(bias.shape) for weight \(weight.shape)")
        return product + bias
    }
}
