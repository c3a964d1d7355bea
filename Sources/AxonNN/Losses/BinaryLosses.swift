import AxonTensor

// Losses for two-class problems, one prediction per element.

/// Binary cross-entropy on probabilities p ∈ [0, 1] and targets y ∈ [0, 1],
/// as `F.binary_cross_entropy`: −[y·log p + (1 − y)·log(1 − p)], each log
/// clamped at −100 as in PyTorch so that p = 0 or 1 gives a finite loss.
/// The default value of `reduction` is `.mean`.
///
/// Prefer ``binaryCrossEntropyWithLogits(_:_:reduction:)`` on the raw score:
/// it never rounds p to 0 or 1.
public func binaryCrossEntropy(_ probabilities: Tensor, _ targets: Tensor, reduction: Reduction = .mean) -> Tensor {
    requireValid { () throws(ModuleError) in try validateSameShape(probabilities, targets, loss: "binaryCrossEntropy") }
    let logP = clampedLog(probabilities)
    let logQ = clampedLog(1 - probabilities)
    return reduction.apply(-(targets * logP + (1 - targets) * logQ))
}

/// max(log p, −100), with a zero gradient (not NaN) where p = 0.
private func clampedLog(_ p: Tensor) -> Tensor {
    let positive = p .> 0
    let safe = Tensor.where(positive, p, Tensor.ones([], dtype: p.dtype))
    return Tensor.where(positive, safe.log().clamped(min: -100), Tensor(-100, dtype: p.dtype))
}

/// Binary cross-entropy on logits z (raw scores, p = σ(z)), as
/// `F.binary_cross_entropy_with_logits`, in the stable fused form
/// softplus(z) − z·y = max(z, 0) − z·y + log(1 + e^(−|z|)). Its gradient is
/// σ(z) − y. The default value of `reduction` is `.mean`.
public func binaryCrossEntropyWithLogits(_ logits: Tensor, _ targets: Tensor, reduction: Reduction = .mean) -> Tensor {
    requireValid { () throws(ModuleError) in try validateSameShape(logits, targets, loss: "binaryCrossEntropyWithLogits") }
    return reduction.apply(softplus(logits) - logits * targets)
}

/// The hinge loss of a linear classifier (support vector machine): with
/// scores s and labels y ∈ {−1, +1}, max(0, margin − y·s). Zero once a
/// sample is on the right side with room `margin`. The default value of
/// `margin` is `1` and of `reduction` is `.mean`.
///
/// For ±1 labels this equals PyTorch's `MultiMarginLoss` on the two-column
/// scores `[−s/2, s/2]`; it is not `HingeEmbeddingLoss`, which takes distances.
public func hingeLoss(
    _ scores: Tensor, _ targets: Tensor, margin: Double = 1, reduction: Reduction = .mean
) -> Tensor {
    requireValid { () throws(ModuleError) in try validateSameShape(scores, targets, loss: "hingeLoss") }
    return reduction.apply((margin - targets * scores).relu())
}
