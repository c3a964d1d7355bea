import AxonTensor

/// Batch normalisation of `[N, C]` or `[N, C, L]`, as `torch.nn.BatchNorm1d`;
/// see ``BatchNorm``.
public final class BatchNorm1d: BatchNorm {
    /// A layer over `features` channels.
    ///
    /// - Parameters:
    ///   - eps: the default value is `1e-5`.
    ///   - momentum: the default value is `0.1`.
    ///   - affine: learn γ and β. The default value is `true`.
    ///   - trackRunningStatistics: keep running statistics. The default value is `true`.
    ///   - dtype: the default value is `.float32`.
    public init(_ features: Int, eps: Double = 1e-5, momentum: Double = 0.1, affine: Bool = true,
                trackRunningStatistics: Bool = true, dtype: DType = .float32) {
        super.init(features: features, eps: eps, momentum: momentum, affine: affine,
                   trackRunningStatistics: trackRunningStatistics, dtype: dtype)
    }

    override var ranks: [Int] { [2, 3] }
}

extension BatchNorm1d: ConfigurableModule {
    public var configuration: BatchNormConfiguration { batchNormConfiguration }

    public convenience init(configuration c: BatchNormConfiguration) throws {
        try BatchNorm.validate(features: c.features, eps: c.eps, momentum: c.momentum, dtype: .float32)
        try BatchNorm.reserve(features: c.features, affine: c.affine, tracking: c.trackRunningStats)
        self.init(c.features, eps: c.eps, momentum: c.momentum, affine: c.affine, trackRunningStatistics: c.trackRunningStats)
    }
}
