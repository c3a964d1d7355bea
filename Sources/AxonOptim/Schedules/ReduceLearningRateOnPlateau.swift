/// Lowers the learning rate when a monitored metric stops improving, as
/// `torch.optim.lr_scheduler.ReduceLROnPlateau`.
///
/// After each evaluation, ``step(metric:)`` compares the metric with the best
/// so far. A metric better than the best by more than the threshold resets the
/// count of bad steps; after more than `patience` bad steps in a row, the rate
/// becomes `max(rate·factor, minimumLearningRate)` (unless that changes it by
/// `eps` or less), and the next `cooldown` steps count no bad steps.
///
///     better (min, relative):  metric < best·(1 − threshold)
///     better (min, absolute):  metric < best − threshold
///     better (max, relative):  metric > best·(1 + threshold)
///     better (max, absolute):  metric > best + threshold
///
/// ```swift
/// var plateau = try ReduceLearningRateOnPlateau(learningRate: optimizer.learningRate)
/// optimizer.learningRate = plateau.step(metric: validationLoss)
/// ```
///
/// Its counters are public so that a checkpoint can save and restore them.
public struct ReduceLearningRateOnPlateau: Sendable, Equatable {
    /// Whether a lower or a higher metric is better.
    public enum Mode: Sendable, Equatable {
        /// Lower is better (a loss).
        case min
        /// Higher is better (an accuracy).
        case max
    }

    /// How the threshold compares a metric with the best.
    public enum ThresholdMode: Sendable, Equatable {
        /// A fraction of the best value.
        case relative
        /// An amount in the metric's units.
        case absolute
    }

    /// The current learning rate.
    public var learningRate: Double
    /// Whether lower or higher is better. The default value is ``Mode/min``.
    public let mode: Mode
    /// The factor applied to the rate on a plateau, in [0, 1). The default value is `0.1`.
    public let factor: Double
    /// The bad steps tolerated before the rate is lowered. The default value is `10`.
    public let patience: Int
    /// The improvement needed to count as better. The default value is `1e-4`.
    public let threshold: Double
    /// How ``threshold`` applies. The default value is ``ThresholdMode/relative``.
    public let thresholdMode: ThresholdMode
    /// The steps after a reduction during which bad steps are not counted. The default value is `0`.
    public let cooldown: Int
    /// The lowest rate. The default value is `0`.
    public let minimumLearningRate: Double
    /// The smallest change of rate that is applied. The default value is `1e-8`.
    public let eps: Double

    /// The best metric so far (+∞ in ``Mode/min`` before the first step, −∞ in ``Mode/max``).
    public var best: Double
    /// The bad steps in a row since the last improvement or reduction.
    public var badSteps = 0
    /// The steps left in the current cooldown.
    public var cooldownRemaining = 0

    /// Creates the scheduler at the optimizer's current rate.
    ///
    /// - Parameters:
    ///   - learningRate: the rate to start from.
    ///   - mode: the default value is ``Mode/min``.
    ///   - factor: the default value is `0.1`.
    ///   - patience: the default value is `10`.
    ///   - threshold: the default value is `1e-4`.
    ///   - thresholdMode: the default value is ``ThresholdMode/relative``.
    ///   - cooldown: the default value is `0`.
    ///   - minimumLearningRate: PyTorch's `min_lr`. The default value is `0`.
    ///   - eps: the default value is `1e-8`.
    /// - Throws: ``OptimizerError`` for a factor outside [0, 1) or a negative setting.
    public init(
        learningRate: Double, mode: Mode = .min, factor: Double = 0.1, patience: Int = 10, threshold: Double = 1e-4,
        thresholdMode: ThresholdMode = .relative, cooldown: Int = 0, minimumLearningRate: Double = 0, eps: Double = 1e-8
    ) throws(OptimizerError) {
        let require = Requirement(owner: "ReduceLearningRateOnPlateau")
        try require.nonNegative("learningRate", learningRate)
        try require.decayRate("factor", factor)
        try require.check(patience >= 0, "patience", patience, "must be >= 0")
        try require.nonNegative("threshold", threshold)
        try require.check(cooldown >= 0, "cooldown", cooldown, "must be >= 0")
        try require.nonNegative("minimumLearningRate", minimumLearningRate)
        try require.nonNegative("eps", eps)
        self.learningRate = learningRate
        self.mode = mode
        self.factor = factor
        self.patience = patience
        self.threshold = threshold
        self.thresholdMode = thresholdMode
        self.cooldown = cooldown
        self.minimumLearningRate = minimumLearningRate
        self.eps = eps
        self.best = mode == .min ? .infinity : -.infinity
    }

    /// Records one evaluation of the metric and returns the learning rate to use next.
    public mutating func step(metric: Double) -> Double {
        if isBetter(metric) {
            best = metric
            badSteps = 0
        } else {
            badSteps += 1
        }
        if cooldownRemaining > 0 {
            cooldownRemaining -= 1
            badSteps = 0
        }
        if badSteps > patience {
            let reduced = Swift.max(learningRate * factor, minimumLearningRate)
            if learningRate - reduced > eps {
                learningRate = reduced
            }
            cooldownRemaining = cooldown
            badSteps = 0
        }
        return learningRate
    }

    private func isBetter(_ metric: Double) -> Bool {
        switch (mode, thresholdMode) {
        case (.min, .relative): return metric < best * (1 - threshold)
        case (.min, .absolute): return metric < best - threshold
        case (.max, .relative): return metric > best * (1 + threshold)
        case (.max, .absolute): return metric > best + threshold
        }
    }
}
