import AxonData
import AxonNN
import AxonTensor

/// How a data set's targets are presented to a loss, and how a prediction
/// counts as correct.
public enum TargetEncoding: Sendable, Equatable {
    /// Integer class indices `[N]`, for cross-entropy and NLL; correct when
    /// the highest score is the label.
    case classIndices
    /// One row per sample with 1 at the label (`[N, C]`), for regression
    /// losses trained on class labels; correct when the highest output is the label.
    case oneHot(classes: Int)
    /// Two classes as one output column: the label as `negative` or 1, for
    /// BCE (`negative` 0) or the hinge loss (`negative` −1); correct when the
    /// output is on the label's side of `threshold`.
    case binary(negative: Double, threshold: Double)
    /// Real-valued targets as they are (regression); no accuracy.
    case values

    /// The encoding that fits `loss`, a data set's targets and the model's
    /// output width, or an error that says why they do not fit.
    ///
    /// A loss that takes class indices gets them (the model needs at least
    /// as many outputs as there are classes); a loss of values trained on
    /// classes gets one-hot rows, or for a binary loss (BCE, hinge) one column
    /// of 0/1 or ±1; a loss that takes the targets as they are gets the data
    /// set's own.
    public static func choose(loss: any LossFunction, targets: TargetKind, outputs: Int) throws(TrainingError) -> TargetEncoding {
        switch targets {
        case let .regression(width):
            guard loss.targets != .classIndices else {
                throw .incompatible("the data have real-valued targets, but the loss needs class labels; choose --loss mse, l1 or huber")
            }
            guard outputs == width else {
                throw .incompatible("the model has \(outputs) outputs but the data have \(width) target column(s)")
            }
            return .values
        case let .classification(classes):
            switch loss.targets {
            case .asGiven:
                return .classIndices
            case .classIndices:
                // More outputs than the labels seen is fine (a class may be absent from a small file).
                guard outputs >= classes else {
                    throw .incompatible("the model has \(outputs) outputs but the data have \(classes) classes; make the last layer \(classes) wide")
                }
                return .classIndices
            case .values:
                switch loss as? Loss {
                case .binaryCrossEntropy, .binaryCrossEntropyWithLogits, .hinge:
                    guard classes == 2, outputs == 1 else {
                        throw .incompatible("a binary loss needs two classes and a model with one output; the data have \(classes) classes and the model \(outputs) outputs")
                    }
                    if case .hinge = loss as? Loss { return .binary(negative: -1, threshold: 0) }
                    if case .binaryCrossEntropy = loss as? Loss { return .binary(negative: 0, threshold: 0.5) }
                    return .binary(negative: 0, threshold: 0)
                default:
                    guard outputs == classes else {
                        throw .incompatible("the model has \(outputs) outputs but the data have \(classes) classes")
                    }
                    return .oneHot(classes: classes)
                }
            }
        }
    }

    /// Whether predictions can be right or wrong (classification).
    public var isClassification: Bool { self != .values }

    /// The targets as the loss takes them, in `dtype` where they are real numbers.
    public func encode(_ targets: Tensor, dtype: DType) -> Tensor {
        switch self {
        case .classIndices:
            return targets
        case let .oneHot(classes):
            return targets.oneHot(classes: classes, dtype: dtype)
        case let .binary(negative, _):
            let labels = targets.cast(to: dtype).reshaped([-1, 1])
            return negative == 0 ? labels : labels * (1 - negative) + negative
        case .values:
            return targets.cast(to: dtype)
        }
    }

    /// How many rows of `outputs` predict their class in `labels`, for a
    /// classification encoding (the trainer counts every step: arg max and
    /// count run as kernels, in debug builds too).
    public func correctCount(_ outputs: Tensor, labels: Tensor) -> Int {
        switch self {
        case .classIndices, .oneHot:
            return outputs.argmax(axis: 1).countEqual(labels.cast(to: .int64))
        case .binary, .values:
            return zip(predictedClasses(outputs), labels.integers).reduce(0) { $0 + ($1.0 == $1.1 ? 1 : 0) }
        }
    }

    /// The predicted class of each row of `outputs`, for a classification encoding.
    public func predictedClasses(_ outputs: Tensor) -> [Int] {
        switch self {
        case .classIndices, .oneHot:
            return outputs.argmax(axis: 1).integers
        case let .binary(_, threshold):
            return outputs.reshaped([-1]).scalars(as: Double.self).map { $0 > threshold ? 1 : 0 }
        case .values:
            return []
        }
    }
}
