import AxonOptim

/// Whether training goes on after an epoch.
public enum TrainingDecision: Sendable {
    case proceed
    case stop
}

/// Code that runs after every epoch and may stop training.
public protocol TrainingCallback: AnyObject {
    /// Called after each epoch with its record; return `.stop` to end training.
    func epochEnded(_ record: EpochRecord, trainer: Trainer) -> TrainingDecision
}

/// Stops training when a monitored metric has not improved for `patience`
/// epochs, as Keras's `EarlyStopping` (improvement: better by more than
/// `minimumDelta`).
public final class EarlyStopping: TrainingCallback {
    /// The metric watched. The default value is `.validationLoss`.
    public let monitor: MonitoredMetric
    /// Epochs without improvement tolerated before stopping.
    public let patience: Int
    /// The smallest change that counts as an improvement. The default value is `0`.
    public let minimumDelta: Double
    /// The best value seen so far.
    public private(set) var best: Double?
    /// Epochs since the best value.
    public private(set) var epochsWithoutImprovement = 0

    /// - Parameters:
    ///   - monitor: the metric watched. The default value is `.validationLoss`.
    ///   - patience: epochs without improvement before stopping (at least 1).
    ///   - minimumDelta: the smallest improvement that counts. The default value is `0`.
    public init(monitor: MonitoredMetric = .validationLoss, patience: Int, minimumDelta: Double = 0) {
        precondition(patience >= 1, "EarlyStopping: patience must be at least 1, got \(patience)")
        self.monitor = monitor
        self.patience = patience
        self.minimumDelta = minimumDelta
    }

    public func epochEnded(_ record: EpochRecord, trainer: Trainer) -> TrainingDecision {
        guard let value = record.value(of: monitor) else { return .proceed }
        let improved: Bool
        if let best {
            improved = monitor.higherIsBetter ? value > best + minimumDelta : value < best - minimumDelta
        } else {
            improved = true
        }
        if improved {
            best = value
            epochsWithoutImprovement = 0
            return .proceed
        }
        epochsWithoutImprovement += 1
        return epochsWithoutImprovement >= patience ? .stop : .proceed
    }
}

/// Lowers the learning rate when a metric stops improving: PyTorch's
/// `ReduceLROnPlateau`, stepped once per epoch with the monitored value.
public final class PlateauScheduling: TrainingCallback {
    /// The scheduler and its state.
    public private(set) var scheduler: ReduceLearningRateOnPlateau
    /// The metric it watches. The default value is `.validationLoss`.
    public let monitor: MonitoredMetric

    /// - Parameters:
    ///   - scheduler: the plateau rule, with its starting learning rate.
    ///   - monitor: the metric fed to it (falls back to the training loss
    ///     when the epoch lacks it). The default value is `.validationLoss`.
    public init(_ scheduler: ReduceLearningRateOnPlateau, monitor: MonitoredMetric = .validationLoss) {
        self.scheduler = scheduler
        self.monitor = monitor
    }

    public func epochEnded(_ record: EpochRecord, trainer: Trainer) -> TrainingDecision {
        let value = record.value(of: monitor) ?? record.loss
        trainer.optimizer.learningRate = scheduler.step(metric: value)
        return .proceed
    }
}

/// Runs a closure after every epoch (to log, plot or save a checkpoint).
public final class EpochHook: TrainingCallback {
    private let body: (EpochRecord, Trainer) -> TrainingDecision

    /// A hook that may stop training by returning `.stop`.
    public init(_ body: @escaping (EpochRecord, Trainer) -> TrainingDecision) {
        self.body = body
    }

    /// A hook that only observes.
    public convenience init(observing body: @escaping (EpochRecord) -> Void) {
        self.init { record, _ in
            body(record)
            return .proceed
        }
    }

    public func epochEnded(_ record: EpochRecord, trainer: Trainer) -> TrainingDecision {
        body(record, trainer)
    }
}
