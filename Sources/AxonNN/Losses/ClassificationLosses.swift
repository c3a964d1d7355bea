import AxonTensor

// Losses for one label out of C classes: predictions [N, C], labels [N] of
// integer class indices.

/// Cross-entropy between logits and integer class labels, as
/// `F.cross_entropy`: −log softmax(z)[label], fused as
/// log Σⱼ e^(zⱼ − m) − (z_label − m) (m the row maximum), so no probability
/// is ever rounded to 0.
/// Its gradient is (softmax(z) − onehot(label))/N for the mean.
///
/// With label smoothing ε the target puts 1 − ε on the label and ε/C on every
/// class: loss = (1 − ε)·nll + ε·mean_c(−log pᶜ).
///
/// - Parameters:
///   - logits: raw scores, `[N, C]`.
///   - labels: class indices in `0..<C`, an integer tensor of shape `[N]`.
///   - reduction: over the samples. The default value is `.mean`.
///   - labelSmoothing: ε in [0, 1]. The default value is `0`.
public func crossEntropy(
    _ logits: Tensor, _ labels: Tensor, reduction: Reduction = .mean, labelSmoothing: Double = 0
) -> Tensor {
    requireValid { () throws(ModuleError) in
        try validateClassification(logits, labels, loss: "crossEntropy")
        guard labelSmoothing >= 0 && labelSmoothing <= 1 else {
            throw ModuleError("crossEntropy: label smoothing must be in [0, 1], got \(labelSmoothing)")
        }
    }
    // One fused op: the softmax is computed once and kept for the gradient,
    // and the usual mean is taken inside it.
    if reduction == .mean {
        return Tensor.softmaxCrossEntropy(logits: logits, labels: labels, labelSmoothing: labelSmoothing, averaged: true)
    }
    let losses = Tensor.softmaxCrossEntropy(logits: logits, labels: labels, labelSmoothing: labelSmoothing)
    return reduction.apply(losses)
}

/// The negative log-likelihood of log-probabilities at the labels,
/// −log p[label], as `F.nll_loss`: cross-entropy once the log-softmax is
/// taken. The default value of `reduction` is `.mean`.
///
/// - Parameters:
///   - logProbabilities: `[N, C]`, for example from ``logSoftmax(_:axis:)``.
///   - labels: class indices in `0..<C`, an integer tensor of shape `[N]`.
public func negativeLogLikelihood(
    _ logProbabilities: Tensor, _ labels: Tensor, reduction: Reduction = .mean
) -> Tensor {
    requireValid { () throws(ModuleError) in try validateClassification(logProbabilities, labels, loss: "negativeLogLikelihood") }
    let picked = logProbabilities.gather(axis: 1, index: labels.reshaped([-1, 1])).reshaped([-1])
    return reduction.apply(-picked)
}

/// Throws unless `scores` is `[N, C]` and `labels` an integer `[N]` with
/// every label in `0..<C`.
public func validateClassification(_ scores: Tensor, _ labels: Tensor, loss: String) throws(ModuleError) {
    try validateClassification(scoresShape: scores.shape, labels, loss: loss)
}

/// Throws unless scores of shape `shape` are `[N, C]` and `labels` an
/// integer `[N]` with every label in `0..<C`: the checks of
/// ``validateClassification(_:_:loss:)`` before the scores exist.
package func validateClassification(scoresShape shape: [Int], _ labels: Tensor, loss: String) throws(ModuleError) {
    guard shape.count == 2 else {
        throw ModuleError("\(loss): expected scores of shape [samples, classes], got \(shape)")
    }
    guard labels.dtype.isInteger else {
        throw ModuleError("\(loss): labels must be integer class indices, got \(labels.dtype)")
    }
    guard labels.shape == [shape[0]] else {
        throw ModuleError("\(loss): labels of shape \(labels.shape) for scores of shape \(shape); expected [\(shape[0])]")
    }
    if let (index, label) = labels.firstLabel(outside: shape[1]) {
        throw ModuleError("\(loss): label \(label) at sample \(index) is outside 0..<\(shape[1])")
    }
}
