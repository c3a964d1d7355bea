import CAxonKernels

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
        let targets = labels.scalars(as: Int64.self)
        for (row, label) in targets.enumerated() where label < 0 || label >= Int64(classes) {
            preconditionFailure("crossEntropy: label \(label) in row \(row) is outside 0..<\(classes)")
        }
        let losses = Tensor(uninitializedShape: [rows], dtype: logits.dtype)
        let probabilities = Tensor(uninitializedShape: logits.shape, dtype: logits.dtype)
        let epsilon = labelSmoothing
        func run<T: KernelFloat>(_: T.Type) {
            let z = logits.pointer(T.self), p = probabilities.pointer(T.self), out = losses.pointer(T.self)
            // Whole-matrix kernel calls (one exp, one log), not one per element:
            // a small batch's cost is call overhead.
            var peaks = [T](repeating: 0, count: rows)
            for row in 0..<rows {
                let zi = z + row * classes, pi = p + row * classes
                var peak = zi[0]
                for c in 1..<classes where zi[c] > peak || zi[c].isNaN { peak = zi[c] }
                if !peak.isFinite && !peak.isNaN { peak = 0 }
                peaks[row] = peak
                for c in 0..<classes { pi[c] = zi[c] - peak }
            }
            T.unary(AXON_EXP, p, p, rows * classes)
            var logTotals = [T](repeating: 0, count: rows)
            for row in 0..<rows {
                let pi = p + row * classes
                var total: T = 0
                for c in 0..<classes { total += pi[c] }
                logTotals[row] = total
                for c in 0..<classes { pi[c] /= total }
            }
            logTotals.withUnsafeMutableBufferPointer { buffer in
                T.unary(AXON_LOG, buffer.baseAddress!, buffer.baseAddress!, rows)
            }
            for row in 0..<rows {
                let zi = z + row * classes
                let logTotal = logTotals[row] + peaks[row]
                let picked = zi[Int(targets[row])]
                if epsilon == 0 {
                    out[row] = logTotal - picked
                } else {
                    var sumOfLogits: T = 0
                    for c in 0..<classes { sumOfLogits += zi[c] }
                    let e = T(epsilon)
                    out[row] = logTotal - (1 - e) * picked - e * sumOfLogits / T(classes)
                }
            }
        }
        if logits.dtype == .float32 { run(Float.self) } else { run(Double.self) }
        withExtendedLifetime(logits) {}
        // The mean of the rows, summed in double as `mean` would.
        let result = averaged ? Tensor(losses.sum().item / Double(Swift.max(rows, 1)), dtype: logits.dtype) : losses
        return record("crossEntropy", result, logits) { g in
            let gradient = Tensor(uninitializedShape: [rows, classes], dtype: g.dtype)
            func backward<T: KernelFloat>(_: T.Type) {
                let p = probabilities.pointer(T.self), gp = g.pointer(T.self), out = gradient.pointer(T.self)
                let e = T(epsilon), spread = T(epsilon) / T(classes)
                for row in 0..<rows {
                    let scale = averaged ? gp[0] / T(rows) : gp[row]
                    for c in 0..<classes {
                        out[row * classes + c] = scale * (p[row * classes + c] - spread)
                    }
                    out[row * classes + Int(targets[row])] -= scale * (1 - e)
                }
            }
            if g.dtype == .float32 { backward(Float.self) } else { backward(Double.self) }
            withExtendedLifetime((g, probabilities)) {}
            return [gradient]
        }
    }
}
