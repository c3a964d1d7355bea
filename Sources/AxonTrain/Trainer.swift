import AxonData
import AxonNN
import AxonOptim
import AxonTensor

/// When a learning-rate schedule advances: after every optimizer step (the
/// schedule's argument counts steps) or after every epoch (it counts epochs).
public enum ScheduleInterval: Sendable {
    case batch
    case epoch
}

/// The primer's three steps, repeated: forward propagation, backpropagation
/// and a gradient-descent step, over the batches of a data loader for a
/// number of epochs.
///
/// ```swift
/// let trainer = Trainer(model: model, loss: .crossEntropy(labelSmoothing: 0), optimizer: adam)
/// let history = try trainer.fit(DataLoader(train, batchSize: .size(128)), epochs: 10, test: test)
/// ```
public final class Trainer {
    /// The model being trained.
    public let model: any Module
    /// The loss that backpropagation starts from.
    public let loss: Loss
    /// The optimizer that updates the model's parameters.
    public let optimizer: any Optimizer
    /// How the data's targets meet the loss.
    public let encoding: TargetEncoding
    /// The learning rate as a function of the step or epoch, if any.
    public var schedule: LearningRateSchedule?
    /// When the schedule advances. The default value is `.epoch`.
    public var scheduleInterval: ScheduleInterval
    /// Run after each epoch, in order; any may stop training.
    public var callbacks: [any TrainingCallback]
    /// Where progress is reported, if anywhere.
    public var progress: ProgressReporter?
    /// Optimizer steps taken so far.
    public private(set) var steps = 0

    /// The dtype the model computes in (that of its first parameter).
    public let dtype: DType

    /// A trainer for `model`.
    ///
    /// - Parameters:
    ///   - encoding: how targets meet the loss. The default value is
    ///     `.classIndices` for cross-entropy and NLL, `.values` otherwise.
    ///   - scheduleInterval: the default value is `.epoch`.
    public init(
        model: any Module, loss: Loss, optimizer: any Optimizer, encoding: TargetEncoding? = nil,
        schedule: LearningRateSchedule? = nil, scheduleInterval: ScheduleInterval = .epoch,
        callbacks: [any TrainingCallback] = [], progress: ProgressReporter? = nil
    ) {
        self.model = model
        self.loss = loss
        self.optimizer = optimizer
        self.encoding = encoding ?? (loss.takesClassLabels ? .classIndices : .values)
        self.schedule = schedule
        self.scheduleInterval = scheduleInterval
        self.callbacks = callbacks
        self.progress = progress
        self.dtype = model.parameters.first?.dtype ?? .float32
    }

    /// Trains for `epochs` passes over `loader`'s batches.
    ///
    /// After each epoch the model is evaluated on `validation` and `test`
    /// (when given), the epoch's record goes to every callback and the
    /// progress reporter, and a callback may stop training.
    ///
    /// - Throws: ``TrainingError/diverged(epoch:step:loss:learningRate:)``
    ///   when the loss becomes NaN or infinite.
    public func fit(
        _ loader: DataLoader, epochs: Int, validation: (any Dataset)? = nil, test: (any Dataset)? = nil
    ) throws(TrainingError) -> History {
        precondition(epochs >= 0, "fit: epochs must not be negative, got \(epochs)")
        var history = History()
        let batches = loader.batchCount
        for epoch in 1...max(epochs, 1) where epochs > 0 {
            if let schedule, scheduleInterval == .epoch { optimizer.learningRate = schedule(epoch - 1) }
            model.train()
            let clock = ContinuousClock()
            let start = clock.now
            var lossSum = 0.0, samples = 0, correct = 0
            for (index, batch) in loader.batches(epoch: epoch - 1).enumerated() {
                if let schedule, scheduleInterval == .batch { optimizer.learningRate = schedule(steps) }
                let inputs = batch.inputs.cast(to: dtype)
                let targets = encoding.encode(batch.targets, dtype: dtype)
                let outputs = model(inputs)
                let lossValue = loss(outputs, targets)
                let value = lossValue.item
                guard value.isFinite else {
                    throw .diverged(epoch: epoch, step: index + 1, loss: value, learningRate: optimizer.learningRate)
                }
                lossValue.backward()
                optimizer.step()
                optimizer.zeroGrad()
                steps += 1
                lossSum += value * Double(batch.count)
                samples += batch.count
                if encoding.isClassification {
                    correct += countCorrect(outputs.detached(), labels: batch.targets)
                }
                progress?.batchEnded(epoch: epoch, epochs: epochs, batch: index + 1, batches: batches,
                                     runningLoss: lossSum / Double(max(samples, 1)), samples: samples,
                                     elapsed: (clock.now - start).seconds)
            }
            let seconds = (clock.now - start).seconds
            var record = EpochRecord(
                epoch: epoch, loss: lossSum / Double(max(samples, 1)),
                accuracy: encoding.isClassification ? Double(correct) / Double(max(samples, 1)) : nil,
                learningRate: optimizer.learningRate, seconds: seconds,
                samplesPerSecond: seconds > 0 ? Double(samples) / seconds : 0)
            if let validation {
                let result = evaluate(validation)
                record.validationLoss = result.loss
                record.validationAccuracy = result.accuracy
            }
            if let test {
                let result = evaluate(test)
                record.testLoss = result.loss
                record.testAccuracy = result.accuracy
            }
            history.epochs.append(record)
            progress?.epochEnded(record, epochs: epochs)
            var decision = TrainingDecision.proceed
            for callback in callbacks where callback.epochEnded(record, trainer: self) == .stop {
                decision = .stop
            }
            if decision == .stop && epoch < epochs {
                history.stoppedEarly = true
                break
            }
        }
        model.eval()
        return history
    }

    /// The loss, accuracy and confusion matrix (classification) or mean
    /// absolute error and R² (regression) of the model on `dataset`; see ``Evaluator``.
    public func evaluate(_ dataset: any Dataset) -> Evaluation { evaluator.evaluate(dataset) }

    /// The model's outputs for `inputs`, in evaluation mode.
    public func predict(_ inputs: Tensor) -> Tensor { evaluator.predict(inputs) }

    /// The model, loss and encoding, for measuring without training.
    public var evaluator: Evaluator { Evaluator(model: model, loss: loss, encoding: encoding) }

    private func countCorrect(_ outputs: Tensor, labels: Tensor) -> Int {
        let predicted = encoding.predictedClasses(outputs)
        let actual = labels.integers
        var correct = 0
        for (p, a) in zip(predicted, actual) where p == a { correct += 1 }
        return correct
    }
}

extension Duration {
    /// The duration in seconds.
    var seconds: Double {
        let parts = components
        return Double(parts.seconds) + Double(parts.attoseconds) * 1e-18
    }
}
