/// One layer of a ``DenseStackStep``: `y = f(x·Wᵀ + b)`, as
/// ``Tensor/linear(_:weight:bias:activation:)`` computes it.
package struct DenseStackLayer {
    package let weight: Parameter
    package let bias: Parameter?
    package let activation: LinearActivation

    package init(weight: Parameter, bias: Parameter?, activation: LinearActivation) {
        self.weight = weight
        self.bias = bias
        self.activation = activation
    }
}

/// The training step of a multilayer perceptron under softmax cross-entropy
/// with no graph recorded: forward propagation, the loss and
/// backpropagation as one fixed sequence of kernel calls into buffers kept
/// from one step to the next.
///
/// A tiny network's step is mostly bookkeeping: on the 2-16-16-2 spiral
/// network at batch 32 the kernels take about 1.5 µs of the autograd step's
/// 8, the rest being tensors, graph nodes and gradient rules made and freed.
/// Here every call is one that `Tensor.linear`, `Tensor.softmaxCrossEntropy`
/// and their gradient rules make, on the same operands in the same order, so
/// the loss, the logits and every gradient are those of `backward()` bit for
/// bit (`DenseStackTests` compares them). The trainer runs it for a model
/// that is only `Dense` layers and their activations.
///
/// The gradients are handed out as the parameters' ``Parameter/grad`` and
/// written in place at the next step only where nothing else still holds
/// them (copy-on-write, as any tensor): once the optimizer has stepped and
/// `zeroGrad()` has cleared them, no memory is allocated from step to step.
package final class DenseStackStep {
    package let layers: [DenseStackLayer]
    package let labelSmoothing: Double
    private let dtype: DType

    /// The batch of the last ``propagate(_:)``, its labels, and the
    /// number of rows the buffers below hold.
    private var input: Tensor?
    private var targets: [Int64] = []
    private var rows = -1
    /// Per layer: its output f(z), and the gradient with respect to it
    /// (then, in place, with respect to z).
    private var outputs: [Tensor] = []
    private var gradients: [Tensor] = []
    private var weightGradients: [Tensor]
    private var biasGradients: [Tensor?]
    private var losses: Tensor
    private var probabilities: Tensor
    /// ∂loss/∂loss = 1, the gradient backward() starts from.
    private let seed: Tensor

    /// A step for `layers` (at least one; every parameter of one float dtype).
    package init(layers: [DenseStackLayer], labelSmoothing: Double = 0) {
        precondition(!layers.isEmpty, "DenseStackStep: no layers")
        let dtype = layers[0].weight.dtype
        precondition(layers.allSatisfy { $0.weight.dtype == dtype && ($0.bias?.dtype ?? dtype) == dtype },
                     "DenseStackStep: the layers' parameters must share one dtype")
        self.layers = layers
        self.labelSmoothing = labelSmoothing
        self.dtype = dtype
        weightGradients = layers.map { Tensor(uninitializedShape: $0.weight.shape, dtype: dtype) }
        biasGradients = layers.map { layer in layer.bias.map { Tensor(uninitializedShape: $0.shape, dtype: dtype) } }
        losses = Tensor(uninitializedShape: [0], dtype: dtype)
        probabilities = losses
        seed = Tensor.ones([], dtype: dtype)
    }

    /// The logits of the last ``propagate(_:)``, `[rows, classes]`.
    package var logits: Tensor { outputs[outputs.count - 1] }

    /// Whether a batch of this shape runs here: rows of exactly the first
    /// layer's width (any other shape takes the graph, and its message).
    package func accepts(_ x: Tensor) -> Bool {
        x.rank == 2 && x.shape[1] == layers[0].weight.shape[1] && x.dtype == dtype
    }

    /// Forward propagation of `x` (which ``accepts(_:)``) to ``logits``.
    package func propagate(_ x: Tensor) {
        precondition(accepts(x), "DenseStackStep: a batch of shape \(x.shape) \(x.dtype)")
        let count = x.shape[0]
        prepare(rows: count)
        input = x
        var current = x
        for (index, layer) in layers.enumerated() {
            let (outputs, inputs) = (layer.weight.shape[0], layer.weight.shape[1])
            Self.makeWritable(&self.outputs[index])
            let result = self.outputs[index]
            current.backend.gemm(current, layer.weight.value, into: result, m: count, n: outputs, k: inputs,
                                 transposeB: true, bias: layer.bias?.value)
            if let kernels = layer.activation.kernels { result.backend.unary(kernels.forward, result, into: result) }
            current = result
        }
    }

    /// The mean cross-entropy of the ``logits`` against integer `labels`, as
    /// `crossEntropy(logits, labels).item` reads it; kept for ``backward()``.
    package func loss(labels: Tensor) -> Double {
        // Tensor.softmaxCrossEntropy's calls: labels checked, then the fused kernel.
        let logits = self.logits, classes = logits.shape[1]
        targets = labels.scalars(as: Int64.self)
        if let row = logits.backend.firstLabel(targets, outside: classes) {
            preconditionFailure("crossEntropy: label \(targets[row]) in row \(row) is outside 0..<\(classes)")
        }
        Self.makeWritable(&losses)
        Self.makeWritable(&probabilities)
        logits.backend.softmaxCrossEntropy(logits, labels: targets, smoothing: labelSmoothing, losses: losses,
                                           probabilities: probabilities)
        // The mean as that op takes it (the sum of the rows, over the rows,
        // stored in the loss's dtype) and as `item` reads it back.
        return Tensor(losses.sum().item / Double(Swift.max(rows, 1)), dtype: dtype).item
    }

    /// Backpropagation from the last ``loss(labels:)``:
    /// adds each parameter's gradient to its ``Parameter/grad`` (or sets it
    /// where there is none), as `backward()` does.
    package func backward() {
        guard let input else { preconditionFailure("DenseStackStep: backward() before propagate(_:)") }
        let count = rows, last = layers.count - 1
        Self.makeWritable(&gradients[last])
        seed.backend.softmaxCrossEntropyBackward(probabilities, labels: targets, smoothing: labelSmoothing,
                                                 upstream: seed, averaged: true, into: gradients[last])
        for index in stride(from: last, through: 0, by: -1) {
            let layer = layers[index]
            let (outputs, inputs) = (layer.weight.shape[0], layer.weight.shape[1])
            let g = gradients[index], x = index == 0 ? input : self.outputs[index - 1]
            let backend = g.backend
            // Tensor.linear's rule: ∂z = ∂y·f′ (from the output), ∂x = ∂z·W
            // (not for the batch itself), ∂W = ∂zᵀ·x, ∂b = Σ_rows ∂z.
            if let kernels = layer.activation.kernels { backend.binary(kernels.derivative, g, self.outputs[index], into: g) }
            if index > 0 {
                Self.makeWritable(&gradients[index - 1])
                backend.gemm(g, layer.weight.value, into: gradients[index - 1], m: count, n: inputs, k: outputs)
            }
            Self.makeWritable(&weightGradients[index])
            backend.gemm(g, x, into: weightGradients[index], m: outputs, n: inputs, k: count, transposeA: true)
            Self.accumulate(weightGradients[index], into: layer.weight)
            if let bias = layer.bias {
                Self.makeWritable(&biasGradients[index]!)
                backend.columnSums(g, rows: count, columns: outputs, into: biasGradients[index]!)
                Self.accumulate(biasGradients[index]!, into: bias)
            }
        }
        self.input = nil
    }

    /// Buffers for batches of `count` rows.
    private func prepare(rows count: Int) {
        guard count != rows else { return }
        rows = count
        outputs = layers.map { Tensor(uninitializedShape: [count, $0.weight.shape[0]], dtype: dtype) }
        gradients = outputs.map { Tensor(uninitializedShape: $0.shape, dtype: dtype) }
        losses = Tensor(uninitializedShape: [count], dtype: dtype)
        probabilities = Tensor(uninitializedShape: outputs[outputs.count - 1].shape, dtype: dtype)
    }

    /// A fresh buffer of the same shape where another tensor still shares
    /// this one's memory (a kernel is about to overwrite all of it).
    private static func makeWritable(_ buffer: inout Tensor) {
        if !isKnownUniquelyReferenced(&buffer.storage) {
            buffer = Tensor(uninitializedShape: buffer.shape, dtype: buffer.dtype)
        }
    }

    /// A leaf's accumulation in `backward()`: the gradient, or the sum.
    private static func accumulate(_ gradient: Tensor, into parameter: Parameter) {
        parameter.grad = parameter.grad.map { $0 + gradient } ?? gradient
    }
}
