import AxonTensor

/// Batch normalisation over the channels of a batch: what
/// ``BatchNorm1d`` and ``BatchNorm2d`` share, as `torch.nn` layers of those
/// names (see ``AxonTensor/Tensor/batchNorm(_:weight:bias:runningMean:runningVariance:training:momentum:eps:)``).
///
/// In training mode it normalises with the batch's statistics and moves its
/// running mean and variance toward them (momentum 0.1, the unbiased
/// variance); in evaluation mode it normalises with the running statistics.
/// Its state dict holds PyTorch's names: `weight` and `bias` (γ and β, the
/// parameters), `running_mean`, `running_var` and `num_batches_tracked`
/// (buffers: saved, not trained).
public class BatchNorm: Module {
    /// The number of channels C.
    public let features: Int
    /// ε, added to the variance. The default value is `1e-5`.
    public let eps: Double
    /// The weight of a new batch in the running statistics. The default value is `0.1`.
    public let momentum: Double
    /// γ `[C]` (initially 1), or `nil` without an affine transform.
    public let weight: Parameter?
    /// β `[C]` (initially 0), or `nil` without an affine transform.
    public let bias: Parameter?
    /// The running mean `[C]` (initially 0), or `nil` when not tracked.
    public let runningMean: Buffer?
    /// The running variance `[C]` (initially 1), or `nil` when not tracked.
    public let runningVariance: Buffer?
    /// The number of training batches seen (an int64 scalar), or `nil` when not tracked.
    public let batchesTracked: Buffer?
    public var isTraining = true

    init(features: Int, eps: Double, momentum: Double, affine: Bool, trackRunningStatistics: Bool, dtype: DType) {
        requireValid { () throws(ModuleError) in
            try BatchNorm.validate(features: features, eps: eps, momentum: momentum, dtype: dtype)
        }
        self.features = features
        self.eps = eps
        self.momentum = momentum
        weight = affine ? Parameter(Tensor.ones([features], dtype: dtype)) : nil
        bias = affine ? Parameter(Tensor.zeros([features], dtype: dtype)) : nil
        runningMean = trackRunningStatistics ? Buffer(Tensor.zeros([features], dtype: dtype)) : nil
        runningVariance = trackRunningStatistics ? Buffer(Tensor.ones([features], dtype: dtype)) : nil
        batchesTracked = trackRunningStatistics ? Buffer(Tensor.zeros([], dtype: .int64)) : nil
    }

    /// Checks a layer's settings.
    static func validate(features: Int, eps: Double, momentum: Double, dtype: DType) throws(ModuleError) {
        guard features > 0 else { throw ModuleError("BatchNorm: features must be positive, got \(features)") }
        guard eps > 0 else { throw ModuleError("BatchNorm: eps must be positive, got \(eps)") }
        guard (0...1).contains(momentum) else { throw ModuleError("BatchNorm: momentum must be in [0, 1], got \(momentum)") }
        guard dtype.isFloatingPoint else { throw ModuleError("BatchNorm: dtype must be float32 or float64, got \(dtype)") }
    }

    /// Takes from the ``ParameterBudget`` γ and β (when `affine`) and the
    /// running mean, variance and batch count (when `tracking`).
    static func reserve(features: Int, affine: Bool, tracking: Bool) throws(ModuleError) {
        let pair = [[features], [features]]
        try ParameterBudget.reserve((affine ? pair : []) + (tracking ? pair + [[1]] : []), for: "BatchNorm(\(features))")
    }

    /// Whether the layer scales and shifts with γ and β.
    public var isAffine: Bool { weight != nil }

    /// Whether the layer keeps running statistics.
    public var tracksRunningStatistics: Bool { runningMean != nil }

    public var ownParameters: [(name: String, parameter: Parameter)] {
        guard let weight, let bias else { return [] }
        return [(name: "weight", parameter: weight), (name: "bias", parameter: bias)]
    }

    public var ownBuffers: [(name: String, buffer: Buffer)] {
        guard let runningMean, let runningVariance, let batchesTracked else { return [] }
        return [(name: "running_mean", buffer: runningMean), (name: "running_var", buffer: runningVariance),
                (name: "num_batches_tracked", buffer: batchesTracked)]
    }

    /// The input ranks the layer takes, for its checks.
    var ranks: [Int] { [] }

    public func callAsFunction(_ x: Tensor) -> Tensor {
        if !ranks.contains(x.rank) || x.shape[1] != features {
            requireValid { () throws(ModuleError) in _ = try outputShape(forInput: x.shape) }
        }
        let training = actsInTrainingMode
        let useBatch = training || !tracksRunningStatistics
        let result = Tensor.batchNorm(x, weight: weight?.value, bias: bias?.value, runningMean: runningMean?.value,
                                      runningVariance: runningVariance?.value, training: useBatch,
                                      momentum: momentum, eps: eps)
        if training, let runningMean, let runningVariance, let batchesTracked {
            if let mean = result.runningMean { runningMean.value = mean.cast(to: runningMean.dtype) }
            if let variance = result.runningVariance { runningVariance.value = variance.cast(to: runningVariance.dtype) }
            batchesTracked.value = noGrad { batchesTracked.value + 1 }
        }
        return result.output
    }

    public func outputShape(forInput shape: [Int]) throws(ModuleError) -> [Int] {
        guard ranks.contains(shape.count), shape[1] == features else {
            let expected = ranks.map { rank in "[N, \(features)" + String(repeating: ", ·", count: rank - 2) + "]" }
            throw ModuleError("\(layerName)(\(features)): expected \(expected.joined(separator: " or ")), got shape \(shape)")
        }
        return shape
    }
}

/// The configuration of a batch-normalisation layer.
public struct BatchNormConfiguration: Codable, Equatable, Sendable {
    public var features: Int
    public var eps: Double
    public var momentum: Double
    public var affine: Bool
    public var trackRunningStats: Bool
}

extension BatchNorm {
    /// The layer's settings, as `torch.nn.BatchNorm*d` names them.
    var batchNormConfiguration: BatchNormConfiguration {
        BatchNormConfiguration(features: features, eps: eps, momentum: momentum, affine: isAffine,
                               trackRunningStats: tracksRunningStatistics)
    }
}
