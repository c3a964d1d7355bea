import AxonTensor

/// A loss chosen by name, for training set up from a description
/// (`--loss cross-entropy`). Each case calls the function of the same name.
public enum Loss: LossFunction, Sendable, Equatable {
    /// ``meanSquaredError(_:_:reduction:)``, named `mse`.
    case meanSquaredError
    /// ``l1Loss(_:_:reduction:)``, named `l1`.
    case l1
    /// ``huberLoss(_:_:delta:reduction:)``, named `huber` (δ = 1).
    case huber(delta: Double)
    /// ``binaryCrossEntropy(_:_:reduction:)`` on probabilities, named `bce`.
    case binaryCrossEntropy
    /// ``binaryCrossEntropyWithLogits(_:_:reduction:)``, named `bce-with-logits`.
    case binaryCrossEntropyWithLogits
    /// ``crossEntropy(_:_:reduction:labelSmoothing:)`` from logits and integer
    /// labels, named `cross-entropy` (no smoothing).
    case crossEntropy(labelSmoothing: Double)
    /// ``negativeLogLikelihood(_:_:reduction:)``, named `nll`.
    case negativeLogLikelihood
    /// ``hingeLoss(_:_:margin:reduction:)``, named `hinge` (margin 1).
    case hinge(margin: Double)

    /// The names ``init(parsing:)`` accepts, in the order of the cases.
    public static let names = ["mse", "l1", "huber", "bce", "bce-with-logits", "cross-entropy", "nll", "hinge"]

    /// The loss named `name`, with default settings (case-insensitive; `_`
    /// may replace `-`).
    public init(parsing name: String) throws(ModuleError) {
        switch String(name.lowercased().map { $0 == "_" ? "-" : $0 }) {
        case "mse": self = .meanSquaredError
        case "l1": self = .l1
        case "huber": self = .huber(delta: 1)
        case "bce": self = .binaryCrossEntropy
        case "bce-with-logits": self = .binaryCrossEntropyWithLogits
        case "cross-entropy": self = .crossEntropy(labelSmoothing: 0)
        case "nll": self = .negativeLogLikelihood
        case "hinge": self = .hinge(margin: 1)
        default:
            throw ModuleError("Loss: unknown loss '\(name)'; expected one of \(Loss.names.joined(separator: ", "))")
        }
    }

    /// Cross-entropy from logits and class indices, without label smoothing.
    public static var crossEntropy: Loss { .crossEntropy(labelSmoothing: 0) }
    /// The Huber loss with δ = 1, PyTorch's default.
    public static var huber: Loss { .huber(delta: 1) }
    /// The hinge loss with margin 1.
    public static var hinge: Loss { .hinge(margin: 1) }

    /// Whether the targets are integer class labels (`[N]`) rather than a
    /// tensor shaped like the predictions.
    public var takesClassLabels: Bool {
        switch self {
        case .crossEntropy, .negativeLogLikelihood: return true
        default: return false
        }
    }

    /// Class indices for cross-entropy and NLL, values for the others.
    public var targets: LossTargets { takesClassLabels ? .classIndices : .values }

    /// The name ``init(parsing:)`` reads back (`cross-entropy`); a setting
    /// other than the default (label smoothing, δ, margin) has no name.
    public var name: String? {
        switch self {
        case .meanSquaredError: return "mse"
        case .l1: return "l1"
        case .huber(let delta): return delta == 1 ? "huber" : nil
        case .binaryCrossEntropy: return "bce"
        case .binaryCrossEntropyWithLogits: return "bce-with-logits"
        case .crossEntropy(let smoothing): return smoothing == 0 ? "cross-entropy" : nil
        case .negativeLogLikelihood: return "nll"
        case .hinge(let margin): return margin == 1 ? "hinge" : nil
        }
    }

    /// The mean loss of `predictions` against `targets`.
    public func callAsFunction(_ predictions: Tensor, _ targets: Tensor) -> Tensor {
        callAsFunction(predictions, targets, reduction: .mean)
    }

    /// The loss of `predictions` against `targets`, reduced as asked.
    public func callAsFunction(_ predictions: Tensor, _ targets: Tensor, reduction: Reduction) -> Tensor {
        switch self {
        case .meanSquaredError: return AxonNN.meanSquaredError(predictions, targets, reduction: reduction)
        case .l1: return l1Loss(predictions, targets, reduction: reduction)
        case .huber(let delta): return huberLoss(predictions, targets, delta: delta, reduction: reduction)
        case .binaryCrossEntropy: return AxonNN.binaryCrossEntropy(predictions, targets, reduction: reduction)
        case .binaryCrossEntropyWithLogits:
            return AxonNN.binaryCrossEntropyWithLogits(predictions, targets, reduction: reduction)
        case .crossEntropy(let smoothing):
            return AxonNN.crossEntropy(predictions, targets, reduction: reduction, labelSmoothing: smoothing)
        case .negativeLogLikelihood: return AxonNN.negativeLogLikelihood(predictions, targets, reduction: reduction)
        case .hinge(let margin): return hingeLoss(predictions, targets, margin: margin, reduction: reduction)
        }
    }
}
