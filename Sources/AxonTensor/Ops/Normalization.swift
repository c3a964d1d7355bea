extension Tensor {
    /// Batch normalisation over the channel axis 1 of `[N, C]`, `[N, C, L]` or
    /// `[N, C, H, W]`, as `torch.nn.functional.batch_norm`:
    ///
    ///     y = (x − μ) / √(σ² + ε) · γ + β
    ///
    /// In training, μ and σ² are the batch's mean and biased variance per
    /// channel, and the running statistics move toward them:
    /// `running ← (1 − momentum)·running + momentum·batch`, with the unbiased
    /// variance (n/(n − 1)) for the running variance, as PyTorch keeps it.
    /// In evaluation the running statistics are μ and σ².
    ///
    /// - Parameters:
    ///   - weight: γ `[C]`, or `nil` for 1.
    ///   - bias: β `[C]`, or `nil` for 0.
    ///   - runningMean: `[C]`; required in evaluation, updated in training when given.
    ///   - runningVariance: `[C]`, as `runningMean`.
    ///   - momentum: the default value is `0.1`.
    ///   - eps: ε. The default value is `1e-5`.
    /// - Returns: the output, and the updated running statistics (as given
    ///   in evaluation, or when none were given).
    public static func batchNorm(
        _ input: Tensor, weight: Tensor? = nil, bias: Tensor? = nil, runningMean: Tensor? = nil,
        runningVariance: Tensor? = nil, training: Bool, momentum: Double = 0.1, eps: Double = 1e-5
    ) -> (output: Tensor, runningMean: Tensor?, runningVariance: Tensor?) {
        precondition(input.rank >= 2, "batchNorm: input of shape \(input.shape) has no channel axis; expected [N, C, ...]")
        input.requireFloat("batchNorm")
        let channels = input.shape[1]
        for (name, tensor) in [("weight", weight), ("bias", bias), ("runningMean", runningMean), ("runningVariance", runningVariance)] {
            if let tensor {
                precondition(tensor.shape == [channels], "batchNorm: \(name) of shape \(tensor.shape) for \(channels) channels")
            }
        }
        // The per-channel statistics broadcast as [1, C, 1, ...].
        var broadcastShape = [Int](repeating: 1, count: input.rank)
        broadcastShape[1] = channels
        let axes = [0] + Array(2..<input.rank)
        let normalized: Tensor
        var newMean = runningMean, newVariance = runningVariance
        if training {
            let count = input.count / Swift.max(channels, 1)
            precondition(count > 1, "batchNorm: training needs more than one value per channel, got input of shape \(input.shape)")
            let mean = input.mean(axes: axes, keepDims: true)
            let centered = input - mean
            let variance = centered.squared().mean(axes: axes, keepDims: true)
            normalized = centered / (variance + eps).sqrt()
            noGrad {
                let batchMean = mean.reshaped([channels]).detached()
                let unbiased = variance.reshaped([channels]).detached() * (Double(count) / Double(count - 1))
                if let runningMean { newMean = runningMean.cast(to: input.dtype) * (1 - momentum) + batchMean * momentum }
                if let runningVariance { newVariance = runningVariance.cast(to: input.dtype) * (1 - momentum) + unbiased * momentum }
            }
        } else {
            guard let runningMean, let runningVariance else {
                preconditionFailure("batchNorm: evaluation needs the running mean and variance")
            }
            let mean = runningMean.detached().cast(to: input.dtype).reshaped(broadcastShape)
            let variance = runningVariance.detached().cast(to: input.dtype).reshaped(broadcastShape)
            normalized = (input - mean) / (variance + eps).sqrt()
        }
        var output = normalized
        if let weight { output = output * weight.reshaped(broadcastShape) }
        if let bias { output = output + bias.reshaped(broadcastShape) }
        return (output, newMean, newVariance)
    }

    /// Layer normalisation over the trailing axes of `normalizedShape`, as
    /// `torch.nn.functional.layer_norm`: each sample's values over those axes
    /// are shifted to mean 0 and scaled to (biased) variance 1, then
    /// `· weight + bias` elementwise (both of `normalizedShape`).
    ///
    /// - Parameter eps: ε added to the variance. The default value is `1e-5`.
    public static func layerNorm(
        _ input: Tensor, normalizedShape: [Int], weight: Tensor? = nil, bias: Tensor? = nil, eps: Double = 1e-5
    ) -> Tensor {
        precondition(!normalizedShape.isEmpty && input.shape.suffix(normalizedShape.count).elementsEqual(normalizedShape),
                     "layerNorm: input of shape \(input.shape) does not end in the normalized shape \(normalizedShape)")
        input.requireFloat("layerNorm")
        for (name, tensor) in [("weight", weight), ("bias", bias)] {
            if let tensor {
                precondition(tensor.shape == normalizedShape, "layerNorm: \(name) of shape \(tensor.shape) for \(normalizedShape)")
            }
        }
        let axes = Array((input.rank - normalizedShape.count)..<input.rank)
        let centered = input - input.mean(axes: axes, keepDims: true)
        var output = centered / (centered.squared().mean(axes: axes, keepDims: true) + eps).sqrt()
        if let weight { output = output * weight }
        if let bias { output = output + bias }
        return output
    }
}
