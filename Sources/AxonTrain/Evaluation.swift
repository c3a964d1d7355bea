import AxonData
import AxonDistributed
import AxonNN
import AxonTensor

/// How well a model does on a data set.
public struct Evaluation: Sendable {
    /// The number of samples evaluated.
    public let count: Int
    /// The mean loss per sample.
    public let loss: Double
    /// The fraction classified correctly (classification only).
    public let accuracy: Double?
    /// Counts of (actual, predicted) classes (classification only).
    public let confusionMatrix: ConfusionMatrix?
    /// The mean absolute error (regression only).
    public let meanAbsoluteError: Double?
    /// The coefficient of determination R² (regression only).
    public let rSquared: Double?
}

/// Measures a model without training it: loss and accuracy or regression
/// scores on a data set, and outputs for new inputs, in evaluation mode and
/// without recording gradients.
public struct Evaluator {
    /// The model measured.
    public let model: any Module
    /// The loss reported.
    public let loss: any LossFunction
    /// How the data's targets meet the loss.
    public let encoding: TargetEncoding
    /// The dtype the model computes in.
    public let dtype: DType

    /// An evaluator for `model`.
    public init(model: any Module, loss: any LossFunction, encoding: TargetEncoding) {
        self.model = model
        self.loss = loss
        self.encoding = encoding
        self.dtype = model.parameters.first?.dtype ?? .float32
    }

    /// The loss, accuracy and confusion matrix (classification) or mean
    /// absolute error and R² (regression) of the model on `dataset`, in
    /// batches of `batchSize` rows (256 by default: a convolutional network's
    /// activations for 1,024 MNIST images take 400 MB).
    public func evaluate(_ dataset: any Dataset, batchSize: Int = 256) -> Evaluation {
        do {
            return try evaluate(dataset, batchSize: batchSize, sharedBy: SingleProcess())
        } catch {
            preconditionFailure("one process's collectives cannot fail: \(error)")
        }
    }

    /// ``evaluate(_:batchSize:)`` with the batches dealt out to the ranks of
    /// `communicator` (batch b to rank b mod size) and what each measured
    /// summed over them: every rank gets the numbers one process would, bit
    /// for bit (the loss is summed batch by batch in order, the metrics are
    /// computed from every sample's prediction), in 1/size of the time.
    func evaluate(_ dataset: any Dataset, batchSize: Int = 256,
                  sharedBy communicator: any Communicator) throws(CommunicatorError) -> Evaluation {
        let wasTraining = model.isTraining
        model.eval()
        // Evaluation's batches are larger than training's: the cached blocks
        // of one are no use to the other, so neither waits beside the other.
        CPU.releaseCachedMemory()
        defer {
            CPU.releaseCachedMemory()
            model.setTraining(wasTraining)
        }
        let count = dataset.count
        let batches = (count + batchSize - 1) / batchSize
        // One buffer for one allreduce: each batch's loss sum, then per sample
        // the predicted and the actual class (classification), or the outputs
        // and the targets (regression). A rank leaves zeros where it did not look.
        var width = 1
        if !encoding.isClassification, case let .regression(outputs) = dataset.targetKind { width = outputs }
        let perSample = encoding.isClassification ? 2 : 2 * width
        var measured = [Double](repeating: 0, count: batches + count * perSample)
        noGrad {
            for b in stride(from: communicator.rank, to: batches, by: communicator.size) {
                let rows = b * batchSize ..< min((b + 1) * batchSize, count)
                let batch = dataset.batch(rows: rows)
                let output = model(batch.inputs.cast(to: dtype))
                let encoded = encoding.encode(batch.targets, dtype: dtype)
                // The batch's mean loss per sample, weighted by its size.
                measured[b] = loss(output, encoded).item * Double(batch.count)
                let first = batches + rows.lowerBound * perSample
                if encoding.isClassification {
                    for (i, (predicted, actual)) in zip(encoding.predictedClasses(output), batch.targets.integers).enumerated() {
                        measured[first + 2 * i] = Double(predicted)
                        measured[first + 2 * i + 1] = Double(actual)
                    }
                } else {
                    let values = output.doubles, targets = encoded.doubles
                    for i in 0 ..< rows.count * width {
                        measured[first + 2 * i] = values[i]
                        measured[first + 2 * i + 1] = targets[i]
                    }
                }
            }
        }
        if communicator.size > 1 {
            try measured.withUnsafeMutableBufferPointer { buffer throws(CommunicatorError) in
                try communicator.allReduce(buffer, .sum)
            }
        }
        var lossSum = 0.0
        for b in 0 ..< batches { lossSum += measured[b] }
        let meanLoss = count > 0 ? lossSum / Double(count) : 0
        let samples = measured[batches...]
        guard encoding.isClassification else {
            guard count > 0 else {
                return Evaluation(count: 0, loss: meanLoss, accuracy: nil, confusionMatrix: nil, meanAbsoluteError: nil, rSquared: nil)
            }
            let prediction = Tensor(stride(from: samples.startIndex, to: samples.endIndex, by: 2).map { samples[$0] }, shape: [count, width]).cast(to: dtype)
            let target = Tensor(stride(from: samples.startIndex + 1, to: samples.endIndex, by: 2).map { samples[$0] }, shape: [count, width]).cast(to: dtype)
            return Evaluation(count: count, loss: meanLoss, accuracy: nil, confusionMatrix: nil,
                              meanAbsoluteError: Metrics.meanAbsoluteError(predictions: prediction, targets: target),
                              rSquared: Metrics.rSquared(predictions: prediction, targets: target))
        }
        let predicted = stride(from: samples.startIndex, to: samples.endIndex, by: 2).map { Int(samples[$0]) }
        let actual = stride(from: samples.startIndex + 1, to: samples.endIndex, by: 2).map { Int(samples[$0]) }
        let classes: Int
        switch encoding {
        case let .oneHot(count): classes = count
        case .binary: classes = 2
        default: classes = dataset.classCount ?? (predicted.max() ?? 0) + 1
        }
        let matrix = ConfusionMatrix(predicted: predicted, actual: actual, classes: classes)
        return Evaluation(count: count, loss: meanLoss, accuracy: matrix.accuracy, confusionMatrix: matrix,
                          meanAbsoluteError: nil, rSquared: nil)
    }

    /// The model's outputs for `inputs` (`[N, features]`), in evaluation mode.
    public func predict(_ inputs: Tensor, batchSize: Int = 256) -> Tensor {
        let wasTraining = model.isTraining
        model.eval()
        CPU.releaseCachedMemory()  // as in evaluate
        defer {
            CPU.releaseCachedMemory()
            model.setTraining(wasTraining)
        }
        return noGrad {
            var parts: [Tensor] = []
            let rows = inputs.shape.first ?? 0
            for start in stride(from: 0, to: rows, by: batchSize) {
                parts.append(model(inputs[start ..< min(start + batchSize, rows)].cast(to: dtype)))
            }
            return parts.isEmpty ? Tensor.zeros([0, 0], dtype: dtype) : Tensor.concatenate(parts)
        }
    }
}
