import CAxonKernels

extension CPUBackend {
    func softmaxCrossEntropy(_ logits: Tensor, labels: [Int64], smoothing: Double, losses: Tensor, probabilities: Tensor) {
        let rows = logits.shape[0], classes = logits.shape[1]
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
                let picked = zi[Int(labels[row])]
                if smoothing == 0 {
                    out[row] = logTotal - picked
                } else {
                    var sumOfLogits: T = 0
                    for c in 0..<classes { sumOfLogits += zi[c] }
                    let e = T(smoothing)
                    out[row] = logTotal - (1 - e) * picked - e * sumOfLogits / T(classes)
                }
            }
        }
        if logits.dtype == .float32 { run(Float.self) } else { run(Double.self) }
        withExtendedLifetime(logits) {}
    }

    func softmaxCrossEntropyBackward(_ probabilities: Tensor, labels: [Int64], smoothing: Double, upstream: Tensor,
                                     averaged: Bool, into gradient: Tensor) {
        let rows = probabilities.shape[0], classes = probabilities.shape[1]
        func run<T: KernelFloat>(_: T.Type) {
            let p = probabilities.pointer(T.self), gp = upstream.pointer(T.self), out = gradient.pointer(T.self)
            let e = T(smoothing), spread = T(smoothing) / T(classes)
            for row in 0..<rows {
                let scale = averaged ? gp[0] / T(rows) : gp[row]
                for c in 0..<classes {
                    out[row * classes + c] = scale * (p[row * classes + c] - spread)
                }
                out[row * classes + Int(labels[row])] -= scale * (1 - e)
            }
        }
        if gradient.dtype == .float32 { run(Float.self) } else { run(Double.self) }
        withExtendedLifetime((upstream, probabilities)) {}
    }

    func adam(parameter w: inout Tensor, gradient g: Tensor, m: inout Tensor, v: inout Tensor, maxV: inout Tensor?,
              constants c: AdamConstants) {
        var constants = axon_adam_params(
            one_minus_beta1: c.oneMinusBeta1, beta2: c.beta2, one_minus_beta2: c.oneMinusBeta2, eps: c.eps,
            weight_decay: c.weightDecay, decoupled: c.decoupled ? 1 : 0, shrink: c.shrink,
            step_size: c.stepSize, root_bias_correction2: c.rootBiasCorrection2)
        let n = Int64(w.count)
        // Moved out of `maxV` so that its storage is uniquely held: no copy.
        var maxBuffer = maxV
        maxV = nil
        if w.dtype == .float32 {
            let gp = g.pointer(Float.self)
            let hp = maxBuffer?.mutablePointer(Float.self)
            let (wp, mp, vp) = (w.mutablePointer(Float.self), m.mutablePointer(Float.self), v.mutablePointer(Float.self))
            axon_adam_f32(wp, gp, mp, vp, hp, n, &constants)
        } else {
            let gp = g.pointer(Double.self)
            let hp = maxBuffer?.mutablePointer(Double.self)
            let (wp, mp, vp) = (w.mutablePointer(Double.self), m.mutablePointer(Double.self), v.mutablePointer(Double.self))
            axon_adam_f64(wp, gp, mp, vp, hp, n, &constants)
        }
        maxV = maxBuffer
        withExtendedLifetime((g, w, m, v, maxV)) {}
    }

    func sgd(parameter w: inout Tensor, gradient g: Tensor, buffer: inout Tensor?, constants c: SGDConstants) {
        var constants = axon_sgd_params(
            learning_rate: c.learningRate, momentum: c.momentum, keep: c.keep, weight_decay: c.weightDecay,
            nesterov: c.nesterov ? 1 : 0, first_step: buffer == nil ? 1 : 0)
        // Moved out of `buffer` so that its storage is uniquely held: no copy.
        var momentumBuffer = buffer
        buffer = nil
        if c.momentum != 0 && momentumBuffer == nil {
            momentumBuffer = Tensor(uninitializedShape: w.shape, dtype: w.dtype, device: w.device)
        }
        let n = Int64(w.count)
        if w.dtype == .float32 {
            axon_sgd_f32(w.mutablePointer(Float.self), g.pointer(Float.self), momentumBuffer?.mutablePointer(Float.self), n, &constants)
        } else {
            axon_sgd_f64(w.mutablePointer(Double.self), g.pointer(Double.self), momentumBuffer?.mutablePointer(Double.self), n, &constants)
        }
        buffer = momentumBuffer
        withExtendedLifetime((g, w, buffer)) {}
    }
}
