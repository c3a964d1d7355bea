import Foundation

/// A callback that writes TensorBoard event files as a ``Trainer`` trains,
/// for `tensorboard --logdir <directory>` (Keras's `TensorBoard` callback).
///
/// After every epoch, with the epoch number as step:
///
/// | tag | value |
/// |---|---|
/// | `loss/train`, `loss/validation`, `loss/test` | ``EpochRecord/loss``, ``EpochRecord/validationLoss``, ``EpochRecord/testLoss`` |
/// | `accuracy/train`, `accuracy/validation`, `accuracy/test` | the accuracies (classification only) |
/// | `learning_rate` | ``EpochRecord/learningRate`` |
/// | each parameter's name in the state dict (`0.weight`) | its values' ``TensorBoardHistogram`` (30 equal-width buckets) |
///
/// Validation and test tags appear when the trainer has those sets. With
/// `logSteps`, after every optimizer step, with ``Trainer/steps`` as step:
/// `step/loss`, `step/accuracy` (classification) and `step/learning_rate`,
/// the batch's numbers (``StepRecord``).
///
/// Scalars are stored as float32, as TensorBoard's `simple_value` is. The
/// file is flushed after every epoch, so TensorBoard follows a live run.
/// A resumed trainer logging to the same directory adds a file there, and
/// its epochs and steps go on from the checkpoint's: TensorBoard shows one
/// run. Logging reads the numbers and the parameters and changes nothing, so
/// training gives the same weights with and without it.
///
/// ```swift
/// let logger = try TensorBoardLogger(directory: URL(fileURLWithPath: "runs/mnist"))
/// trainer.callbacks.append(logger)
/// ```
public final class TensorBoardLogger: TrainingCallback {
    /// The event file's writer, for logging more values.
    public let writer: TensorBoardWriter
    /// Whether every optimizer step is logged too. The default value is `false`.
    public let logsSteps: Bool

    /// A logger writing a new event file in `directory` (created if missing).
    ///
    /// - Parameter logSteps: log each optimizer step's loss, accuracy and
    ///   learning rate too. The default value is `false`.
    /// - Throws: ``TensorBoardError`` when the directory or the file cannot
    ///   be created.
    public init(directory: URL, logSteps: Bool = false) throws(TensorBoardError) {
        writer = try TensorBoardWriter(directory: directory)
        logsSteps = logSteps
    }

    public func stepEnded(_ record: StepRecord, trainer: Trainer) throws {
        guard logsSteps else { return }
        var values: [TensorBoardValue] = [.scalar(tag: "step/loss", value: Float(record.loss))]
        if let accuracy = record.accuracy { values.append(.scalar(tag: "step/accuracy", value: Float(accuracy))) }
        values.append(.scalar(tag: "step/learning_rate", value: Float(record.learningRate)))
        try writer.add(values, step: record.step)
    }

    public func epochEnded(_ record: EpochRecord, trainer: Trainer) throws -> TrainingDecision {
        let scalars: [(tag: String, value: Double?)] = [
            ("loss/train", record.loss), ("loss/validation", record.validationLoss), ("loss/test", record.testLoss),
            ("accuracy/train", record.accuracy), ("accuracy/validation", record.validationAccuracy),
            ("accuracy/test", record.testAccuracy), ("learning_rate", record.learningRate),
        ]
        var values: [TensorBoardValue] = []
        for scalar in scalars {
            if let value = scalar.value { values.append(.scalar(tag: scalar.tag, value: Float(value))) }
        }
        for (name, parameter) in trainer.model.namedParameters {
            values.append(.histogram(tag: name, TensorBoardHistogram(parameter.value.doubles)))
        }
        try writer.add(values, step: record.epoch)
        try writer.flush()
        return .proceed
    }
}
