import AxonTensor

/// How a loss combines the per-element (or per-sample) losses, as PyTorch's
/// `reduction` argument.
public enum Reduction: String, Sendable, CaseIterable {
    /// The mean over all elements (the default of every loss).
    case mean
    /// The sum over all elements.
    case sum
    /// No reduction: one loss per element (per sample for cross-entropy).
    case none

    /// `losses` reduced.
    func apply(_ losses: Tensor) -> Tensor {
        switch self {
        case .mean: return losses.mean()
        case .sum: return losses.sum()
        case .none: return losses
        }
    }
}

/// Throws unless predictions and targets have the same shape.
func validateSameShape(_ predictions: Tensor, _ targets: Tensor, loss: String) throws(ModuleError) {
    guard predictions.shape == targets.shape else {
        throw ModuleError("\(loss): predictions of shape \(predictions.shape) and targets of shape \(targets.shape) differ")
    }
}
