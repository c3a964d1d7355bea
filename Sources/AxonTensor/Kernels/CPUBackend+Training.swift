import CAxonKernels

extension CPUBackend {
    func firstLabel(_ labels: Tensor, outside classes: Int) -> Int? {
        let index = axon_first_outside_i64(labels.pointer(Int64.self), Int64(labels.count), Int64(classes))
        withExtendedLifetime(labels) {}
        return index < 0 ? nil : Int(index)
    }

    func countEqual(_ a: Tensor, _ b: Tensor) -> Int {
        let count = axon_count_equal_i64(a.pointer(Int64.self), b.pointer(Int64.self), Int64(a.count))
        withExtendedLifetime(a) {}
        withExtendedLifetime(b) {}
        return Int(count)
    }

    func softmaxCrossEntropy(_ logits: Tensor, labels: [Int64], smoothing: Double, losses: Tensor, probabilities: Tensor) {
        let rows = Int64(logits.shape[0]), classes = Int64(logits.shape[1])
        labels.withUnsafeBufferPointer { labels in
            if logits.dtype == .float32 {
                axon_softmax_cross_entropy_f32(logits.pointer(Float.self), labels.baseAddress, rows, classes, smoothing,
                                               probabilities.pointer(Float.self), losses.pointer(Float.self), nil)
            } else {
                axon_softmax_cross_entropy_f64(logits.pointer(Double.self), labels.baseAddress, rows, classes, smoothing,
                                               probabilities.pointer(Double.self), losses.pointer(Double.self), nil)
            }
        }
        withExtendedLifetime(logits) {}
        withExtendedLifetime(losses) {}
        withExtendedLifetime(probabilities) {}
    }

    func softmaxCrossEntropyBackward(_ probabilities: Tensor, labels: [Int64], smoothing: Double, upstream: Tensor,
                                     averaged: Bool, into gradient: Tensor) {
        let rows = Int64(probabilities.shape[0]), classes = Int64(probabilities.shape[1])
        labels.withUnsafeBufferPointer { labels in
            if gradient.dtype == .float32 {
                axon_softmax_cross_entropy_backward_f32(probabilities.pointer(Float.self), labels.baseAddress, rows, classes,
                                                        smoothing, upstream.pointer(Float.self), averaged ? 1 : 0,
                                                        gradient.pointer(Float.self))
            } else {
                axon_softmax_cross_entropy_backward_f64(probabilities.pointer(Double.self), labels.baseAddress, rows, classes,
                                                        smoothing, upstream.pointer(Double.self), averaged ? 1 : 0,
                                                        gradient.pointer(Double.self))
            }
        }
        withExtendedLifetime(upstream) {}
        withExtendedLifetime(probabilities) {}
        withExtendedLifetime(gradient) {}
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
        withExtendedLifetime(g) {}
        withExtendedLifetime(w) {}
        withExtendedLifetime(m) {}
        withExtendedLifetime(v) {}
        withExtendedLifetime(maxV) {}
    }

    func sgd(parameter w: inout Tensor, gradient g: Tensor, buffer: inout Tensor?, constants c: SGDConstants) {
        var constants = axon_sgd_params(
            learning_rate: c.learningRate, momentum: c.momentum, keep: c.keep, weight_decay: c.weightDecay,
            nesterov: c.nesterov ? 1 : 0, first_step: buffer == nil ? 1 : 0)
        if c.momentum != 0 && buffer == nil {
            buffer = Tensor(uninitializedShape: w.shape, dtype: w.dtype, device: w.device)
        }
        // `buffer` is written where it lies (the caller's only reference): no copy.
        let n = Int64(w.count)
        if w.dtype == .float32 {
            axon_sgd_f32(w.mutablePointer(Float.self), g.pointer(Float.self), buffer?.mutablePointer(Float.self), n, &constants)
        } else {
            axon_sgd_f64(w.mutablePointer(Double.self), g.pointer(Double.self), buffer?.mutablePointer(Double.self), n, &constants)
        }
        withExtendedLifetime(g) {}
        withExtendedLifetime(w) {}
        withExtendedLifetime(buffer) {}
    }
}
