import AxonOptim

/// Whether training goes on after an epoch.
public enum TrainingDecision: Sendable {
    case proceed
    case stop
}

/// Code that runs after every epoch, and after every optimizer step if it
/// wants, and may stop training. An error it throws ends training with
/// ``TrainingError/callback(_:)``.
public protocol TrainingCallback: AnyObject {
    /// Called after each epoch with its record; return `.stop` to end training.
    func epochEnded(_ record: EpochRecord, trainer: Trainer) throws -> TrainingDecision
    /// Called after each optimizer step with what the batch measured. The
    /// default implementation does nothing.
    func stepEnded(_ record: StepRecord, trainer: Trainer) throws
}

extension TrainingCallback {
    /// Does nothing: most callbacks act once per epoch.
    public func stepEnded(_ record: StepRecord, trainer: Trainer) {}
}

/// What one optimizer step measured, for ``TrainingCallback/stepEnded(_:trainer:)``.
public struct StepRecord: Sendable, Equatable {
    /// The epoch, from 1.
    public var epoch: Int
    /// The batch within the epoch, from 1.
    public var batch: Int
    /// Optimizer steps taken in all, this one included (``Trainer/steps``):
    /// it goes on counting across epochs and resumed runs.
    public var step: Int
    /// The batch's loss, computed before the step updated the parameters.
    public var loss: Double
    /// The fraction of the batch classified correctly before the step; `nil` for regression.
    public var accuracy: Double?
    /// The learning rate the step used.
    public var learningRate: Double
    /// The number of samples in the batch.
    public var samples: Int

    /// A step's record.
    public init(epoch: Int, batch: Int, step: Int, loss: Double, accuracy: Double?, learningRate: Double, samples: Int) {
        self.epoch = epoch
        self.batch = batch
        self.step = step
        self.loss = loss
        self.accuracy = accuracy
        self.learningRate = learningRate
        self.samples = samples
    }
}

/// A callback with state that a resumed run must get back (a best value, a
/// count of epochs): checkpoints save it by the callback's position and type.
public protocol CheckpointableCallback: TrainingCallback {
    /// The state as named numbers (±∞ allowed).
    var checkpointState: [String: Double] { get }
    /// Restores a state that ``checkpointState`` produced.
    func restore(checkpointState: [String: Double]) throws
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

extension EarlyStopping: CheckpointableCallback {
    public var checkpointState: [String: Double] {
        var state = ["epochs_without_improvement": Double(epochsWithoutImprovement)]
        if let best { state["best"] = best }
        return state
    }

    public func restore(checkpointState state: [String: Double]) throws {
        // Below 2⁶², so that the conversion to Int cannot trap (a file may say 1e300 or inf).
        guard let count = state["epochs_without_improvement"], count >= 0, count.rounded() == count, count < 0x1p62 else {
            throw CheckpointStateError("EarlyStopping: the state lacks a whole epochs_without_improvement")
        }
        best = state["best"]
        epochsWithoutImprovement = Int(count)
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

extension PlateauScheduling: CheckpointableCallback {
    public var checkpointState: [String: Double] {
        ["learning_rate": scheduler.learningRate, "best": scheduler.best, "bad_steps": Double(scheduler.badSteps),
         "cooldown_remaining": Double(scheduler.cooldownRemaining)]
    }

    public func restore(checkpointState state: [String: Double]) throws {
        guard let rate = state["learning_rate"], let best = state["best"], let bad = state["bad_steps"],
              let cooldown = state["cooldown_remaining"], bad >= 0, cooldown >= 0, bad < 0x1p62, cooldown < 0x1p62 else {
            throw CheckpointStateError("PlateauScheduling: the state lacks learning_rate, best, bad_steps or cooldown_remaining")
        }
        scheduler.learningRate = rate
        scheduler.best = best
        scheduler.badSteps = Int(bad)
        scheduler.cooldownRemaining = Int(cooldown)
    }
}

/// A callback state in a checkpoint that does not fit the callback.
public struct CheckpointStateError: Error, CustomStringConvertible {
    /// What is wrong.
    public let description: String
    /// An error saying what is wrong.
    public init(_ description: String) { self.description = description }
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
