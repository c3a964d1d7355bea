import AxonData
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
        let wasTraining = model.isTraining
        model.eval()
        // Evaluation's batches are larger than training's: the cached blocks
        // of one are no use to the other, so neither waits beside the other.
        CPU.releaseCachedMemory()
        defer {
            CPU.releaseCachedMemory()
            model.setTraining(wasTraining)
        }
        var lossSum = 0.0
        var predicted: [Int] = [], actual: [Int] = []
        var outputs: [Tensor] = [], targets: [Tensor] = []
        noGrad {
            for start in stride(from: 0, to: dataset.count, by: batchSize) {
                let batch = dataset.batch(rows: start ..< min(start + batchSize, dataset.count))
                let output = model(batch.inputs.cast(to: dtype))
                let encoded = encoding.encode(batch.targets, dtype: dtype)
                // The batch's mean loss per sample, weighted by its size.
                lossSum += loss(output, encoded).item * Double(batch.count)
                if encoding.isClassification {
                    predicted += encoding.predictedClasses(output)
                    actual += batch.targets.integers
                } else {
                    outputs.append(output)
                    targets.append(encoded)
                }
            }
        }
        let count = dataset.count
        let meanLoss = count > 0 ? lossSum / Double(count) : 0
        guard encoding.isClassification else {
            let prediction = outputs.isEmpty ? Tensor.zeros([0]) : Tensor.concatenate(outputs)
            let target = targets.isEmpty ? Tensor.zeros([0]) : Tensor.concatenate(targets)
            return Evaluation(count: count, loss: meanLoss, accuracy: nil, confusionMatrix: nil,
                              meanAbsoluteError: count > 0 ? Metrics.meanAbsoluteError(predictions: prediction, targets: target) : nil,
                              rSquared: count > 0 ? Metrics.rSquared(predictions: prediction, targets: target) : nil)
        }
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
