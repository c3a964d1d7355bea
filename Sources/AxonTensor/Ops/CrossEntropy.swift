extension Tensor {
    /// The cross-entropy of each row of `logits` against an integer class
    /// label, in the stable fused form (no `log(softmax)` in two steps):
    ///
    ///     loss_i = logsumexp(z_i) − z_i[y_i]
    ///
    /// With label smoothing ε (PyTorch's `label_smoothing`) the target puts
    /// 1 − ε on the label and ε/C on every class:
    /// `loss_i = logsumexp(z_i) − (1 − ε)·z_i[y_i] − ε·mean(z_i)`.
    ///
    /// - Parameters:
    ///   - logits: `[N, C]` unnormalised scores.
    ///   - labels: `[N]` integer class indices in `0..<C`.
    ///   - labelSmoothing: ε in [0, 1]. The default value is `0`.
    ///   - averaged: return the mean over the rows (a scalar) instead of the
    ///     `[N]` losses, in the same op. The default value is `false`.
    /// - Returns: `[N]` losses, or their mean. The gradient with respect to
    ///   the logits is `softmax(z_i) − target_i` (over N when averaged),
    ///   computed from the softmax the forward pass saved.
    public static func softmaxCrossEntropy(
        logits: Tensor, labels: Tensor, labelSmoothing: Double = 0, averaged: Bool = false
    ) -> Tensor {
        precondition(logits.rank == 2, "crossEntropy: logits must be [batch, classes], got \(logits.shape)")
        let rows = logits.shape[0], classes = logits.shape[1]
        precondition(labels.shape == [rows], "crossEntropy: labels of shape \(labels.shape) for logits \(logits.shape); expected [\(rows)]")
        precondition(labels.dtype.isInteger, "crossEntropy: labels must be integer class indices, not \(labels.dtype)")
        precondition((0...1).contains(labelSmoothing), "crossEntropy: label smoothing \(labelSmoothing) is outside [0, 1]")
        logits.requireFloat("crossEntropy")
        if let (row, label) = labels.firstLabel(outside: classes) {
            crossEntropyLabelOutside(label, row: row, classes: classes)
        }
        let targets = labels.scalars(as: Int64.self)
        let losses = Tensor(uninitializedShape: [rows], dtype: logits.dtype, device: logits.device)
        let probabilities = Tensor(uninitializedShape: logits.shape, dtype: logits.dtype, device: logits.device)
        logits.backend.softmaxCrossEntropy(logits, labels: targets, smoothing: labelSmoothing, losses: losses,
                                           probabilities: probabilities)
        // The mean of the rows, summed in double as `mean` would.
        let result = averaged ? Tensor(losses.sum().item / Double(Swift.max(rows, 1)), dtype: logits.dtype) : losses
        return record("crossEntropy", result, logits) { g in
            let gradient = Tensor(uninitializedShape: [rows, classes], dtype: g.dtype, device: g.device)
            g.backend.softmaxCrossEntropyBackward(probabilities, labels: targets, smoothing: labelSmoothing, upstream: g,
                                                 averaged: averaged, into: gradient)
            return [gradient]
        }
    }
}

extension Tensor {
    /// The first sample of these integer class labels outside `0..<classes`,
    /// and its label; nil when every label is a class.
    package func firstLabel(outside classes: Int) -> (index: Int, label: Int64)? {
        precondition(dtype.isInteger, "firstLabel: labels must be integers, not \(dtype)")
        let labels = cast(to: .int64)
        guard let index = labels.backend.firstLabel(labels, outside: classes) else { return nil }
        let label = labels.pointer(Int64.self)[index]
        withExtendedLifetime(labels) {}
        return (index, label)
    }
}

/// Stops with crossEntropy's message for a label outside `0..<classes` at
/// sample `row` (the graph's check and the graph-free step's say the same).
package func crossEntropyLabelOutside(_ label: Int64, row: Int, classes: Int) -> Never {
    preconditionFailure("crossEntropy: label \(label) at sample \(row) is outside 0..<\(classes)")
}
