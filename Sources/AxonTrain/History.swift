import AxonIO
import Foundation

/// What one epoch of training measured.
public struct EpochRecord: Sendable, Equatable, Codable {
    /// The epoch number, from 1.
    public var epoch: Int
    /// The mean training loss over the epoch's samples (as the model was
    /// while it trained, batch by batch).
    public var loss: Double
    /// The fraction of training samples classified correctly during the
    /// epoch; `nil` for regression.
    public var accuracy: Double?
    /// The loss on the validation set after the epoch, if there is one.
    public var validationLoss: Double?
    /// The accuracy on the validation set after the epoch, if there is one.
    public var validationAccuracy: Double?
    /// The loss on the test set after the epoch, if there is one.
    public var testLoss: Double?
    /// The accuracy on the test set after the epoch, if there is one.
    public var testAccuracy: Double?
    /// The learning rate at the end of the epoch.
    public var learningRate: Double
    /// Seconds spent training (evaluation excluded).
    public var seconds: Double
    /// Training samples per second.
    public var samplesPerSecond: Double
    /// Of ``seconds``, those spent summing gradients across the ranks of a
    /// data-parallel job (``Trainer/communicator``); `nil` in one process.
    public var allReduceSeconds: Double?

    /// A record of epoch `epoch` (read back from a log, or made for a test).
    public init(epoch: Int, loss: Double, accuracy: Double? = nil, validationLoss: Double? = nil,
                validationAccuracy: Double? = nil, testLoss: Double? = nil, testAccuracy: Double? = nil,
                learningRate: Double, seconds: Double = 0, samplesPerSecond: Double = 0) {
        self.epoch = epoch
        self.loss = loss
        self.accuracy = accuracy
        self.validationLoss = validationLoss
        self.validationAccuracy = validationAccuracy
        self.testLoss = testLoss
        self.testAccuracy = testAccuracy
        self.learningRate = learningRate
        self.seconds = seconds
        self.samplesPerSecond = samplesPerSecond
    }

    enum CodingKeys: String, CodingKey {
        case epoch, loss, accuracy
        case validationLoss = "val_loss", validationAccuracy = "val_accuracy"
        case testLoss = "test_loss", testAccuracy = "test_accuracy"
        case learningRate = "learning_rate", seconds = "epoch_seconds", samplesPerSecond = "samples_per_second"
        case allReduceSeconds = "allreduce_seconds"
    }

    /// The record without its timings (``seconds``, ``samplesPerSecond``):
    /// what two runs of the same training agree on.
    public var withoutTimings: EpochRecord {
        var record = self
        record.seconds = 0
        record.samplesPerSecond = 0
        record.allReduceSeconds = record.allReduceSeconds.map { _ in 0 }
        return record
    }

    /// The value of a monitored quantity, or `nil` if this epoch lacks it.
    public func value(of metric: MonitoredMetric) -> Double? {
        switch metric {
        case .loss: return loss
        case .accuracy: return accuracy
        case .validationLoss: return validationLoss
        case .validationAccuracy: return validationAccuracy
        }
    }
}

/// A quantity that callbacks such as ``EarlyStopping`` watch.
public enum MonitoredMetric: String, Sendable, CaseIterable {
    case loss
    case accuracy
    case validationLoss = "val_loss"
    case validationAccuracy = "val_accuracy"

    /// Whether a larger value is better (accuracies) rather than a smaller one (losses).
    public var higherIsBetter: Bool { self == .accuracy || self == .validationAccuracy }
}

/// The record of a training run: one ``EpochRecord`` per epoch completed.
/// It is `Codable`, and ``jsonData()`` writes it as JSON (keys as the
/// command line prints them: `val_loss`, `test_accuracy`, ...).
public struct History: Sendable, Equatable, Codable {
    /// The epochs, in order.
    public var epochs: [EpochRecord] = []
    /// Whether a callback stopped training before the last epoch.
    public var stoppedEarly = false

    /// Creates an empty history.
    public init() {}

    /// The last epoch's record, if any epoch ran.
    public var last: EpochRecord? { epochs.last }

    /// Total seconds spent training.
    public var seconds: Double { epochs.reduce(0) { $0 + $1.seconds } }

    enum CodingKeys: String, CodingKey {
        case epochs
        case stoppedEarly = "stopped_early"
    }

    /// The history as pretty-printed JSON with sorted keys.
    public func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return try encoder.encode(self)
    }

    /// Writes ``jsonData()`` to `url`, whole or not at all, and only over a
    /// regular file or nothing (``AxonIO/OutputFile``).
    public func write(to url: URL) throws {
        try OutputFile.write(jsonData(), to: url)
    }

    /// The history without timings (see ``EpochRecord/withoutTimings``).
    public var withoutTimings: History {
        var history = self
        history.epochs = epochs.map(\.withoutTimings)
        return history
    }
}
