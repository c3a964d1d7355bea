import AxonTensor

/// Anything training can minimise: a function of a batch's predictions and
/// targets that returns a scalar tensor, averaged over the batch. The
/// built-in ``Loss`` cases are loss functions; so is any closure, through
/// ``CustomLoss``:
///
/// ```swift
/// let smoothed = CustomLoss { logits, labels in
///     crossEntropy(logits, labels, labelSmoothing: 0.1) + 1e-4 * model.fc.weight.value.squared().sum()
/// }
/// ```
public protocol LossFunction {
    /// The loss of `predictions` against `targets`: a scalar, the mean over the batch.
    func callAsFunction(_ predictions: Tensor, _ targets: Tensor) -> Tensor

    /// The targets the loss takes. The default value is ``LossTargets/asGiven``.
    var targets: LossTargets { get }

    /// The name a model file records, for a built-in loss; `nil` otherwise.
    /// The default value is `nil`.
    var name: String? { get }
}

extension LossFunction {
    public var targets: LossTargets { .asGiven }
    public var name: String? { nil }
}

/// The targets a loss function takes.
public enum LossTargets: Sendable, Equatable {
    /// Integer class indices of shape `[N]` (cross-entropy, NLL).
    case classIndices
    /// Real values shaped like the predictions (MSE on one-hot rows, BCE on 0/1).
    case values
    /// The data set's targets as they are: class indices for a
    /// classification set, values for a regression set.
    case asGiven
}

/// A loss given as a closure of predictions and targets.
public struct CustomLoss: LossFunction {
    private let body: (Tensor, Tensor) -> Tensor
    /// The targets the closure takes.
    public let targets: LossTargets

    /// A loss computed by `body`, which returns the batch's mean loss.
    ///
    /// - Parameter targets: the targets `body` takes. The default value is
    ///   ``LossTargets/asGiven``: the data set's targets as they are.
    public init(targets: LossTargets = .asGiven, _ body: @escaping (_ predictions: Tensor, _ targets: Tensor) -> Tensor) {
        self.body = body
        self.targets = targets
    }

    public func callAsFunction(_ predictions: Tensor, _ targets: Tensor) -> Tensor { body(predictions, targets) }
}
