import AxonTensor

// Losses between real-valued predictions ŷ and targets y of the same shape.

/// The mean squared error (ŷ − y)², as `F.mse_loss`. The default value of
/// `reduction` is `.mean`.
public func meanSquaredError(_ predictions: Tensor, _ targets: Tensor, reduction: Reduction = .mean) -> Tensor {
    requireValid { () throws(ModuleError) in try validateSameShape(predictions, targets, loss: "meanSquaredError") }
    return reduction.apply((predictions - targets).squared())
}

/// The L1 loss (mean absolute error) |ŷ − y|, as `F.l1_loss`; its gradient
/// at ŷ = y is 0. The default value of `reduction` is `.mean`.
public func l1Loss(_ predictions: Tensor, _ targets: Tensor, reduction: Reduction = .mean) -> Tensor {
    requireValid { () throws(ModuleError) in try validateSameShape(predictions, targets, loss: "l1Loss") }
    return reduction.apply((predictions - targets).abs())
}

/// The Huber loss, as `F.huber_loss`: quadratic near the target and linear
/// beyond `delta`, so outliers pull with a bounded force.
///
/// With d = ŷ − y: ½d² where |d| < δ, else δ(|d| − ½δ). The default value of
/// `delta` is `1` and of `reduction` is `.mean`.
public func huberLoss(
    _ predictions: Tensor, _ targets: Tensor, delta: Double = 1, reduction: Reduction = .mean
) -> Tensor {
    requireValid { () throws(ModuleError) in try validateSameShape(predictions, targets, loss: "huberLoss") }
    precondition(delta > 0, "huberLoss: delta must be positive, got \(delta)")
    let d = predictions - targets
    let size = d.abs()
    let quadratic = d.squared() * 0.5
    let linear = (size - 0.5 * delta) * delta
    return reduction.apply(Tensor.where(size .< delta, quadratic, linear))
}
