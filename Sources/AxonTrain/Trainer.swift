import AxonData
import AxonDistributed
import AxonIO
import AxonNN
import AxonOptim
import AxonTensor
import Foundation

/// When a learning-rate schedule advances: after every optimizer step (the
/// schedule's argument counts steps) or after every epoch (it counts epochs).
public enum ScheduleInterval: String, Sendable, Codable {
    case batch
    case epoch
}

/// The primer's three steps, repeated: forward propagation, backpropagation
/// and a gradient-descent step, over the batches of a data loader for a
/// number of epochs.
///
/// Any ``AxonNN/Module``, any loss (a built-in ``AxonNN/Loss``, a
/// ``AxonNN/LossFunction``, or a closure), any optimizer and any
/// ``AxonData/Dataset``:
///
/// ```swift
/// let trainer = Trainer(model: model, loss: .crossEntropy, optimizer: try Adam(model))
/// let history = try trainer.fit(DataLoader(train, batchSize: .size(128)), epochs: 10, test: test)
///
/// let custom = Trainer(model: model, optimizer: try SGD(model, learningRate: 0.1)) { logits, labels in
///     crossEntropy(logits, labels, labelSmoothing: 0.1)
/// }
/// ```
///
/// A trainer remembers where it is: ``history``, ``steps`` and
/// ``epochsCompleted``. `fit(_:epochs:)` trains until `epochs` epochs are
/// complete in all (Keras's `epochs` with `initial_epoch`, Lightning's
/// `max_epochs`), so after ``resume(from:)`` the same call finishes the run.
/// With ``checkpointing`` set it writes checkpoints as it goes.
public final class Trainer {
    /// The model being trained.
    public let model: any Module
    /// The loss that backpropagation starts from.
    public let loss: any LossFunction
    /// The optimizer that updates the model's parameters.
    public let optimizer: any Optimizer
    /// How the data's targets meet the loss, or `nil` to choose from the loss
    /// and the data when training starts (see ``TargetEncoding/choose(loss:targets:outputs:)``).
    public var encoding: TargetEncoding?
    /// The learning rate as a function of the step or epoch, if any.
    public var schedule: LearningRateSchedule?
    /// When the schedule advances. The default value is `.epoch`.
    public var scheduleInterval: ScheduleInterval
    /// Run after each epoch (and step), in order; any may stop training.
    public var callbacks: [any TrainingCallback]
    /// Where progress is reported, if anywhere.
    public var progress: ProgressReporter?
    /// Where and how often checkpoints are written; `nil` (the default) writes none.
    public var checkpointing: CheckpointPolicy?
    /// What checkpoints record about the model's inputs and outputs, so that
    /// a checkpoint is also a model file.
    public var modelInfo: ModelInfo
    /// More `__metadata__` entries for checkpoints (the command line keeps
    /// its settings here). Keys must not be among the model file's own.
    public var checkpointMetadata: [String: String] = [:]
    /// The processes training together, data-parallel. The default value is
    /// ``AxonDistributed/SingleProcess``.
    ///
    /// With several ranks (``AxonDistributed/Distributed/world()`` under
    /// `mpirun`), every rank runs the same `fit` on the same data and seed:
    /// it starts from rank 0's weights, takes its shard of each batch (the
    /// loader's batch size is the global batch), and the gradients of all
    /// shards are summed into the whole batch's before every rank takes the
    /// same optimizer step, so the weights follow those of one process with
    /// the same batch. Losses and accuracies are the whole batch's. Only rank
    /// 0 writes checkpoints; progress, logs and model files are the caller's
    /// to keep to rank 0. Batch statistics (BatchNorm) are each shard's, as
    /// in PyTorch's DistributedDataParallel. Validation and test sets are
    /// evaluated in shares too, to the numbers one process gets.
    public var communicator: any Communicator = SingleProcess()

    /// The record of every epoch trained so far, resumed ones included.
    public internal(set) var history = History()
    /// Optimizer steps taken so far.
    public internal(set) var steps = 0
    /// The number of epochs trained so far.
    public var epochsCompleted: Int { history.epochs.count }

    /// The dtype the model computes in (that of its first parameter).
    public let dtype: DType

    /// The graph-free step of a multilayer perceptron, once built (see `denseStackStep(encoding:)`).
    private(set) var denseStack: DenseStackStep?

    /// A trainer for `model`.
    ///
    /// - Parameters:
    ///   - loss: a built-in ``AxonNN/Loss`` or any ``AxonNN/LossFunction``.
    ///   - encoding: how targets meet the loss. The default value is `nil`:
    ///     chosen from the loss and the data when training starts.
    ///   - scheduleInterval: the default value is `.epoch`.
    ///   - progress: the default value is a reporter when standard error is a
    ///     terminal, otherwise `nil` (silent).
    public init(
        model: any Module, loss: any LossFunction, optimizer: any Optimizer, encoding: TargetEncoding? = nil,
        schedule: LearningRateSchedule? = nil, scheduleInterval: ScheduleInterval = .epoch,
        callbacks: [any TrainingCallback] = [], progress: ProgressReporter? = .automatic(),
        modelInfo: ModelInfo = ModelInfo()
    ) {
        self.model = model
        self.loss = loss
        self.optimizer = optimizer
        self.encoding = encoding
        self.schedule = schedule
        self.scheduleInterval = scheduleInterval
        self.callbacks = callbacks
        self.progress = progress
        self.modelInfo = modelInfo
        self.dtype = model.parameters.first?.dtype ?? .float32
    }

    /// A trainer with a built-in loss: `Trainer(model: model, loss: .crossEntropy, optimizer: adam)`.
    /// See ``init(model:loss:optimizer:encoding:schedule:scheduleInterval:callbacks:progress:modelInfo:)``.
    public convenience init(
        model: any Module, loss: Loss, optimizer: any Optimizer, encoding: TargetEncoding? = nil,
        schedule: LearningRateSchedule? = nil, scheduleInterval: ScheduleInterval = .epoch,
        callbacks: [any TrainingCallback] = [], progress: ProgressReporter? = .automatic(),
        modelInfo: ModelInfo = ModelInfo()
    ) {
        self.init(model: model, loss: loss as any LossFunction, optimizer: optimizer, encoding: encoding, schedule: schedule,
                  scheduleInterval: scheduleInterval, callbacks: callbacks, progress: progress, modelInfo: modelInfo)
    }

    /// A trainer whose loss is a closure of a batch's predictions and
    /// targets (the data set's targets as they are: class indices for
    /// classification). See ``init(model:loss:optimizer:encoding:schedule:scheduleInterval:callbacks:progress:modelInfo:)``.
    public convenience init(
        model: any Module, optimizer: any Optimizer, encoding: TargetEncoding? = nil,
        schedule: LearningRateSchedule? = nil, scheduleInterval: ScheduleInterval = .epoch,
        callbacks: [any TrainingCallback] = [], progress: ProgressReporter? = .automatic(),
        modelInfo: ModelInfo = ModelInfo(), loss: @escaping (_ predictions: Tensor, _ targets: Tensor) -> Tensor
    ) {
        self.init(model: model, loss: CustomLoss(loss), optimizer: optimizer, encoding: encoding, schedule: schedule,
                  scheduleInterval: scheduleInterval, callbacks: callbacks, progress: progress, modelInfo: modelInfo)
    }

    /// Trains until `epochs` epochs are complete in all, over `loader`'s batches.
    ///
    /// After each epoch the model is evaluated on `validation` and `test`
    /// (when given), the epoch's record goes to the progress reporter and
    /// every callback, a callback may stop training, and a checkpoint is
    /// written when ``checkpointing`` asks for one (and after the last epoch).
    /// The model is checked against the data first: inputs it cannot take
    /// and outputs that do not fit the loss are an error, not a trap.
    ///
    /// - Parameter epochs: the total number of epochs, counting those already
    ///   trained (after ``resume(from:)``); a trainer that has trained that
    ///   many, or was stopped early, trains no more.
    /// - Returns: the whole ``history``.
    /// - Throws: ``TrainingError/diverged(epoch:step:loss:learningRate:)``
    ///   when the loss becomes NaN or infinite, ``TrainingError/incompatible(_:)``
    ///   when the model does not fit the data, ``TrainingError/checkpoint(_:)``
    ///   when a checkpoint cannot be written, ``TrainingError/callback(_:)``
    ///   when a callback fails.
    @discardableResult
    public func fit(
        _ loader: DataLoader, epochs: Int, validation: (any Dataset)? = nil, test: (any Dataset)? = nil
    ) throws(TrainingError) -> History {
        precondition(epochs >= 0, "fit: epochs must not be negative, got \(epochs)")
        guard epochsCompleted < epochs, !history.stoppedEarly else { return history }
        if let policy = checkpointing, communicator.isRoot {
            // A path that can never be written is refused before training, not after it.
            do {
                try Checkpoint.checkWritable(in: policy.directory, epochs: epochsCompleted + 1 ... epochs)
            } catch {
                throw .checkpoint("\(error.path): \(error.reason)")
            }
            // Another run's later checkpoints would be taken for this run's newest, or pruned in its place.
            let ahead = Checkpoint.list(in: policy.directory).map(\.epoch).filter { $0 > epochsCompleted }
            if !ahead.isEmpty {
                throw .checkpoint("\(policy.directory.path) already holds checkpoints of epochs \(ahead.map(String.init).joined(separator: ", ")), beyond this run's \(epochsCompleted): resume from the newest, or write to another directory")
            }
        }
        if communicator.size > 1 {
            do {
                try communicator.broadcastWeights(of: model)
            } catch {
                throw .distributed("broadcasting rank 0's weights: \(error)")
            }
        }
        let encoding = try resolveEncoding(for: loader.dataset)
        for (name, other) in [("validation", validation), ("test", test)] {
            guard let other else { continue }
            try checkTargets(of: other, named: name, encoding: encoding, outputs: try outputWidth(for: other))
        }
        let batches = loader.batchCount
        while epochsCompleted < epochs {
            let epoch = epochsCompleted + 1
            let record = try trainEpoch(epoch, of: epochs, loader: loader, batches: batches, encoding: encoding,
                                        validation: validation, test: test)
            history.epochs.append(record)
            progress?.epochEnded(record, epochs: epochs)
            var decision = TrainingDecision.proceed
            for callback in callbacks {
                let wanted: TrainingDecision
                do {
                    wanted = try callback.epochEnded(record, trainer: self)
                } catch {
                    throw .callback("\(error)")
                }
                if wanted == .stop { decision = .stop }
            }
            if decision == .stop && epoch < epochs { history.stoppedEarly = true }
            let finished = epoch == epochs || history.stoppedEarly
            if let policy = checkpointing, communicator.isRoot, finished || epoch % policy.every == 0 {
                do {
                    try writeCheckpoint(policy)
                } catch {
                    throw .checkpoint("\(error)")
                }
            }
            if history.stoppedEarly { break }
        }
        model.eval()
        return history
    }

    /// One pass over the loader's batches: the primer's three steps per batch.
    private func trainEpoch(
        _ epoch: Int, of epochs: Int, loader: DataLoader, batches: Int, encoding: TargetEncoding,
        validation: (any Dataset)?, test: (any Dataset)?
    ) throws(TrainingError) -> EpochRecord {
        if let schedule, scheduleInterval == .epoch { optimizer.learningRate = schedule(epoch - 1) }
        // Walking the tree reflects on every module: skip it when nothing switched the mode.
        if !model.isTraining { model.train() }
        let clock = ContinuousClock()
        let start = clock.now
        var lossSum = 0.0, samples = 0, correct = 0, allReduceSeconds = 0.0
        let order = loader.batches(epoch: epoch - 1)
        let buckets = communicator.size > 1 ? GradientBuckets(parameters: model.namedParameters.map(\.parameter), dtype: dtype) : nil
        let stack = buckets == nil ? denseStackStep(encoding: encoding) : nil
        for index in order.indices {
            if let schedule, scheduleInterval == .batch { optimizer.learningRate = schedule(steps) }
            let (value, batchCorrect, batchRows) = try propagate(
                batch: index, of: order, epoch: epoch, stack: stack, buckets: buckets, encoding: encoding,
                allReduceSeconds: &allReduceSeconds)
            optimizer.step()
            optimizer.zeroGrad()
            steps += 1
            lossSum += value * Double(batchRows)
            samples += batchRows
            correct += batchCorrect
            let accuracy = encoding.isClassification ? Double(batchCorrect) / Double(max(batchRows, 1)) : nil
            if !callbacks.isEmpty {
                let record = StepRecord(
                    epoch: epoch, batch: index + 1, step: steps, loss: value,
                    accuracy: accuracy, learningRate: optimizer.learningRate, samples: batchRows)
                for callback in callbacks {
                    do {
                        try callback.stepEnded(record, trainer: self)
                    } catch {
                        throw .callback("\(error)")
                    }
                }
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
        if buckets != nil { record.allReduceSeconds = allReduceSeconds }
        guard validation != nil || test != nil else { return record }
        // Data-parallel, each rank measures its share of the batches.
        let evaluator = Evaluator(model: model, loss: loss, encoding: encoding)
        do {
            if let validation {
                let result = try evaluator.evaluate(validation, sharedBy: communicator)
                record.validationLoss = result.loss
                record.validationAccuracy = result.accuracy
            }
            if let test {
                let result = try evaluator.evaluate(test, sharedBy: communicator)
                record.testLoss = result.loss
                record.testAccuracy = result.accuracy
            }
        } catch {
            throw .distributed("evaluating after epoch \(epoch): \(error)")
        }
        return record
    }

    /// The loss, accuracy and confusion matrix (classification) or mean
    /// absolute error and R² (regression) of the model on `dataset`; see ``Evaluator``.
    ///
    /// - Throws: ``TrainingError/incompatible(_:)`` when the model cannot take the data.
    public func evaluate(_ dataset: any Dataset) throws(TrainingError) -> Evaluation {
        let encoding = try resolveEncoding(for: dataset)
        return Evaluator(model: model, loss: loss, encoding: encoding).evaluate(dataset)
    }

    /// The model's outputs for `inputs`, in evaluation mode.
    ///
    /// - Throws: ``TrainingError/incompatible(_:)`` when the model cannot take `inputs`.
    public func predict(_ inputs: Tensor) throws(TrainingError) -> Tensor {
        do {
            _ = try model.outputShape(forInput: inputs.shape)
        } catch {
            throw .incompatible("the model cannot take inputs of shape \(inputs.shape): \(error.message)")
        }
        return Evaluator(model: model, loss: loss, encoding: encoding ?? .values).predict(inputs)
    }

    /// The step without a recorded graph (`DenseStackStep`: the same
    /// kernels on the same operands, so the same numbers) when the model is
    /// a `Sequential` of `Dense` layers and their activations, trained under
    /// cross-entropy on class indices in one process; nil for any other.
    private func denseStackStep(encoding: TargetEncoding) -> DenseStackStep? {
        guard encoding == .classIndices, case let .crossEntropy(smoothing)? = loss as? Loss,
              let layers = (model as? Sequential)?.denseStack,
              layers.flatMap({ [$0.weight, $0.bias].compactMap { $0 } })
                  .allSatisfy({ $0.dtype == dtype && $0.value.requiresGrad })
        else { return nil }
        if let denseStack, denseStack.labelSmoothing == smoothing { return denseStack }
        denseStack = DenseStackStep(layers: layers, labelSmoothing: smoothing)
        return denseStack
    }

    /// Forward propagation and backpropagation of batch `index` of `order`:
    /// its loss (with ranks, the whole batch's), correct count and rows. The
    /// graph-free step on rows picked from the data set where it can, else
    /// the batch (this rank's shard of it) through the step or the graph.
    private func propagate(
        batch index: Int, of order: DataLoader.Epoch, epoch: Int, stack: DenseStackStep?, buckets: GradientBuckets?,
        encoding: TargetEncoding, allReduceSeconds: inout Double
    ) throws(TrainingError) -> (loss: Double, correct: Int, rows: Int) {
        if let stack, let picked = Self.forwardPickedRows(stack, batch: index, of: order) {
            if !picked.loss.isFinite {
                throw .diverged(epoch: epoch, step: index + 1, loss: picked.loss, learningRate: optimizer.learningRate)
            }
            stack.backward()
            return picked
        }
        var value = 0.0, batchCorrect = 0
        // This rank's shard of the batch (all of it in one process); a
        // rank whose shard is empty still joins the gradients' sum.
        let batch = buckets == nil ? order[index] : order.shard(communicator.rank, of: communicator.size, ofBatch: index)
        let batchRows = buckets == nil ? batch?.count ?? 0 : order.rowCount(of: index)
        if let batch {
            let inputs = batch.inputs.cast(to: dtype)
            let targets = encoding.encode(batch.targets, dtype: dtype)
            let backpropagate: () -> Void
            if let stack, GradMode.isEnabled, stack.accepts(inputs) {
                // The checks crossEntropy makes, with its messages: the labels'
                // dtype and shape here (in full only when they fail), their
                // range in `forward`.
                if !(targets.dtype.isInteger && targets.rank == 1 && targets.shape[0] == inputs.shape[0]) {
                    do {
                        try validateClassification(scoresShape: [inputs.shape[0], stack.classes], targets,
                                                   loss: "crossEntropy")
                    } catch {
                        preconditionFailure(error.message)
                    }
                }
                (value, batchCorrect) = stack.forward(inputs, labels: targets)
                backpropagate = stack.backward
            } else {
                let outputs = model(inputs)
                let lossValue = loss(outputs, targets)
                value = lossValue.item
                backpropagate = { lossValue.backward() }
                if encoding.isClassification {
                    batchCorrect = encoding.correctCount(outputs.detached(), labels: batch.targets)
                }
            }
            // One process stops before backpropagating a loss that is not finite;
            // ranks decide together, on the whole batch's loss, below.
            if buckets == nil, !value.isFinite {
                throw .diverged(epoch: epoch, step: index + 1, loss: value, learningRate: optimizer.learningRate)
            }
            backpropagate()
        }
        if let buckets {
            let rows = batch?.count ?? 0
            let synchronizing = ContinuousClock.now
            defer { allReduceSeconds += (ContinuousClock.now - synchronizing).seconds }
            do {
                let total = try buckets.synchronize(rows: rows, batchRows: batchRows, lossSum: value * Double(rows),
                                                    correct: batchCorrect, over: communicator)
                value = total.lossSum / Double(batchRows)
                batchCorrect = total.correct
            } catch {
                throw .distributed("step \(steps + 1) (epoch \(epoch), batch \(index + 1)): \(error)")
            }
            guard value.isFinite else {
                throw .diverged(epoch: epoch, step: index + 1, loss: value, learningRate: optimizer.learningRate)
            }
        }
        return (value, batchCorrect, batchRows)
    }

    /// The graph-free step's forward pass on batch `index` of `order`,
    /// picked straight from the data set's rows into the step's workspace
    /// (`DenseStackStep.forward(rows:order:of:labels:)`), as the loss, the
    /// correct count and the rows; nil where the set's batches are not its
    /// rows as stored, or the rows do not fit the model (then the batch
    /// takes the way of any other, with its checks and messages).
    private static func forwardPickedRows(_ stack: DenseStackStep, batch index: Int,
                                          of order: DataLoader.Epoch) -> (loss: Double, correct: Int, rows: Int)? {
        guard GradMode.isEnabled else { return nil }
        let step: (Double, Int, Int)?? = order.withRows(of: index) { inputs, labels, positions, examples in
            guard stack.accepts(rowsOf: inputs, labels: labels) else { return nil }
            let (loss, correct) = stack.forward(rows: positions, order: examples, of: inputs, labels: labels)
            return (loss, correct, positions.count)
        }
        return step ?? nil
    }

    /// The encoding for `dataset`: the one given, or the one that fits the
    /// loss, the data's targets and the model's output width. The model is
    /// checked against the data's input width on the way.
    private func resolveEncoding(for dataset: any Dataset) throws(TrainingError) -> TargetEncoding {
        let outputs = try outputWidth(for: dataset)
        if let encoding { return encoding }
        return try TargetEncoding.choose(loss: loss, targets: dataset.targetKind, outputs: outputs)
    }

    /// Checks that a validation or test set's targets fit the encoding the
    /// training set chose: a label the model has no output for would stop
    /// the loss on a precondition after the first epoch.
    private func checkTargets(of dataset: any Dataset, named name: String, encoding: TargetEncoding,
                              outputs: Int) throws(TrainingError) {
        switch (encoding, dataset.targetKind) {
        case let (.classIndices, .classification(classes)) where classes > outputs:
            throw .incompatible("the \(name) set has labels up to \(classes - 1), but the model has \(outputs) outputs")
        case let (.oneHot(trained), .classification(classes)) where classes > trained:
            throw .incompatible("the \(name) set has labels up to \(classes - 1), but the model has \(trained) outputs")
        case let (.binary, .classification(classes)) where classes > 2:
            throw .incompatible("the \(name) set has \(classes) classes, but the loss takes two")
        case let (.values, .regression(width)) where width != outputs:
            throw .incompatible("the \(name) set has \(width) target column(s), but the model has \(outputs) outputs")
        case (.classIndices, .regression), (.oneHot, .regression), (.binary, .regression):
            throw .incompatible("the \(name) set has real-valued targets, but the training set has class labels")
        case (.values, .classification):
            throw .incompatible("the \(name) set has class labels, but the training set has real-valued targets")
        default:
            return
        }
    }

    private func outputWidth(for dataset: any Dataset) throws(TrainingError) -> Int {
        let sample = dataset.sampleShape
        do {
            return try model.outputShape(forInput: [1] + sample).last ?? 1
        } catch {
            let what = sample.count == 1 ? "\(sample[0]) features" : "shape \(sample)"
            throw .incompatible("the model cannot take the data's inputs of \(what): \(error.message) "
                + "(a module whose children are not applied one after another overrides outputShape(forInput:))")
        }
    }
}

extension Duration {
    /// The duration in seconds.
    var seconds: Double {
        let parts = components
        return Double(parts.seconds) + Double(parts.attoseconds) * 1e-18
    }
}
