import CAxonKernels

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
/// with no graph recorded: forward propagation with the loss, and
/// backpropagation, each one call into C (`axon_dense_stack_forward`,
/// `axon_dense_stack_backward`) on buffers kept from one step to the next.
///
/// A tiny network's step is mostly bookkeeping: on the 2-16-16-2 spiral
/// network at batch 32 the kernels take about 2 µs of the autograd step's
/// 8, the rest being tensors, graph nodes and gradient rules made and freed.
/// The C makes every call that `Tensor.linear`, `Tensor.softmaxCrossEntropy`
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

    /// The batch of the last ``forward(_:labels:)`` and its labels (int64),
    /// kept for ``backward()``; nil after a batch picked into the workspace.
    private var input: Tensor?
    private var labels: Tensor?
    /// Whether a forward pass awaits its ``backward()``.
    private var forwarded = false
    /// The gradients handed out, per layer (bias: nil where it has none).
    /// Touched by this object alone, on the trainer's thread: no run-time
    /// exclusivity check at each of the step's accesses.
    @exclusivity(unchecked) private var weightGradients: [Tensor]
    @exclusivity(unchecked) private var biasGradients: [Tensor?]
    /// The number of rows the workspace holds, and the workspace: per layer
    /// its output f(z) and the gradient with respect to it (then, in place,
    /// to z), then the softmax, the rows' losses and their arg max, then a
    /// batch picked from a data set and its labels. Only the C reads and
    /// writes it; nothing outside holds it.
    private var rows = -1
    private var workspace: UnsafeMutableRawPointer?
    private var pickedInputs: UnsafeMutableRawPointer?
    private var pickedLabels: UnsafeMutablePointer<Int64>?
    private var batch = axon_dense_batch()
    /// The C description of the layers.
    private let plan: UnsafeMutablePointer<axon_dense_layer>

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
        plan = .allocate(capacity: layers.count)
        for (index, layer) in layers.enumerated() {
            var entry = axon_dense_layer()
            entry.outputs = Int64(layer.weight.shape[0])
            entry.inputs = Int64(layer.weight.shape[1])
            if let kernels = layer.activation.kernels {
                entry.activated = 1
                entry.forward = kernels.forward.op
                entry.derivative = kernels.derivative.op
            }
            (plan + index).initialize(to: entry)
        }
        batch.smoothing = labelSmoothing
    }

    deinit {
        plan.deallocate()
        workspace?.deallocate()
    }

    /// The number of classes: the last layer's width.
    package var classes: Int { layers[layers.count - 1].weight.shape[0] }

    /// Whether a batch of this shape runs here: rows of exactly the first
    /// layer's width (any other shape takes the graph, and its message).
    package func accepts(_ x: Tensor) -> Bool {
        x.rank == 2 && x.shape[1] == layers[0].weight.shape[1] && x.dtype == dtype
    }

    /// Forward propagation of `x` (which ``accepts(_:)``) and the mean
    /// cross-entropy of its logits against integer `labels` (`[rows]`, each
    /// in `0..<classes`) as `crossEntropy(logits, labels).item` reads it, with
    /// the number of rows whose arg max is their label; kept for
    /// ``backward()``.
    package func forward(_ x: Tensor, labels: Tensor) -> (loss: Double, correct: Int) {
        precondition(accepts(x), "DenseStackStep: a batch of shape \(x.shape) \(x.dtype)")
        let count = x.shape[0]
        precondition(labels.shape == [count] && labels.dtype.isInteger,
                     "DenseStackStep: labels of shape \(labels.shape) \(labels.dtype) for \(count) rows")
        // Kept as int64 for the C (a no-op cast for a data set's labels).
        let labels = labels.cast(to: .int64)
        if let (row, label) = labels.firstLabel(outside: classes) {
            crossEntropyLabelOutside(label, row: row, classes: classes)
        }
        prepare(rows: count)
        batch.x = UnsafeRawPointer(x.storage.pointer)
        batch.labels = UnsafePointer(labels.pointer(Int64.self))
        input = x
        self.labels = labels
        return run()
    }

    /// Whether ``forward(rows:order:of:labels:)`` picks batches out of
    /// `inputs` and `labels`: rows of the first layer's width in this step's
    /// dtype, and one int64 label per row.
    package func accepts(rowsOf inputs: Tensor, labels: Tensor) -> Bool {
        inputs.rank == 2 && inputs.shape[1] == layers[0].weight.shape[1] && inputs.dtype == dtype
            && labels.dtype == .int64 && labels.rank == 1 && labels.shape[0] == inputs.shape[0]
    }

    /// ``forward(_:labels:)`` of the batch of examples `order[rows]` (or,
    /// with no order, `rows` themselves) of a data set held as `inputs` and
    /// `labels` (which ``accepts(rowsOf:labels:)``), picked straight into
    /// the workspace: no batch tensors are made, which is most of a tiny
    /// network's bookkeeping. The same rows give the same numbers.
    package func forward(rows: Range<Int>, order: UnsafeBufferPointer<Int64>?, of inputs: Tensor,
                         labels: Tensor) -> (loss: Double, correct: Int) {
        precondition(accepts(rowsOf: inputs, labels: labels),
                     "DenseStackStep: a data set of \(inputs.shape) \(inputs.dtype) with labels \(labels.shape) \(labels.dtype)")
        precondition(rows.lowerBound >= 0 && rows.upperBound <= (order?.count ?? inputs.shape[0]),
                     "DenseStackStep: rows \(rows) of \(order?.count ?? inputs.shape[0])")
        prepare(rows: rows.count)
        let picks = order.flatMap { $0.baseAddress.map { $0 + rows.lowerBound } }
        let result = axon_dense_stack_gather(
            inputs.storage.pointer, Int64(inputs.shape[1] * dtype.byteSize), labels.pointer(Int64.self),
            Int64(inputs.shape[0]), picks, Int64(rows.lowerBound), Int64(rows.count), Int64(classes),
            pickedInputs, pickedLabels)
        withExtendedLifetime(inputs) {}
        withExtendedLifetime(labels) {}
        if result <= -2 {
            preconditionFailure("DenseStackStep: row \(-2 - result) of the batch picks no example of the \(inputs.shape[0])")
        }
        if result >= 0 {
            crossEntropyLabelOutside(pickedLabels![Int(result)], row: Int(result), classes: classes)
        }
        batch.x = UnsafeRawPointer(pickedInputs)
        batch.labels = UnsafePointer(pickedLabels)
        input = nil
        self.labels = nil
        return run()
    }

    /// The forward C call on the batch in `batch`.
    private func run() -> (loss: Double, correct: Int) {
        for (index, layer) in layers.enumerated() {
            plan[index].weight = UnsafeRawPointer(layer.weight.value.storage.pointer)
            plan[index].bias = layer.bias.map { UnsafeRawPointer($0.value.storage.pointer) }
        }
        forwarded = true
        var correct: Int64 = 0
        let loss = dtype == .float32 ? axon_dense_stack_forward_f32(plan, Int64(layers.count), &batch, &correct)
                                     : axon_dense_stack_forward_f64(plan, Int64(layers.count), &batch, &correct)
        return (loss, Int(correct))
    }

    /// Backpropagation from the last ``forward(_:labels:)``: adds each
    /// parameter's gradient to its ``Parameter/grad`` (or sets it where there
    /// is none), as `backward()` does.
    package func backward() {
        guard forwarded else { preconditionFailure("DenseStackStep: backward() before forward(_:labels:)") }
        for index in layers.indices {
            Self.makeWritable(&weightGradients[index])
            plan[index].weight_gradient = weightGradients[index].storage.pointer
            if biasGradients[index] != nil {
                Self.makeWritable(&biasGradients[index]!)
                plan[index].bias_gradient = biasGradients[index]!.storage.pointer
            }
        }
        if dtype == .float32 {
            axon_dense_stack_backward_f32(plan, Int64(layers.count), &batch)
        } else {
            axon_dense_stack_backward_f64(plan, Int64(layers.count), &batch)
        }
        // The batch and its labels were read until here.
        input = nil
        labels = nil
        forwarded = false
        for (index, layer) in layers.enumerated() {
            Self.accumulate(weightGradients[index], into: layer.weight)
            if let bias = layer.bias, let gradient = biasGradients[index] { Self.accumulate(gradient, into: bias) }
        }
    }

    /// The workspace for batches of `count` rows, and its place in the plan.
    private func prepare(rows count: Int) {
        guard count != rows else { return }
        rows = count
        let size = dtype.byteSize, classes = self.classes
        // Each piece starts on a cache line.
        func rounded(_ bytes: Int) -> Int { (bytes + 63) / 64 * 64 }
        let layerBytes = layers.map { rounded(count * $0.weight.shape[0] * size) }
        let inputBytes = rounded(count * layers[0].weight.shape[1] * size)
        let total = 2 * layerBytes.reduce(0, +) + rounded(count * classes * size) + rounded(count * size)
            + 2 * rounded(count * MemoryLayout<Int64>.size) + inputBytes
        workspace?.deallocate()
        let base = UnsafeMutableRawPointer.allocate(byteCount: Swift.max(total, 64), alignment: 64)
        workspace = base
        var offset = 0
        func take(_ bytes: Int) -> UnsafeMutableRawPointer {
            defer { offset += bytes }
            return base + offset
        }
        for index in layers.indices {
            plan[index].output = take(layerBytes[index])
            plan[index].gradient = take(layerBytes[index])
        }
        batch.rows = Int64(count)
        batch.probabilities = take(rounded(count * classes * size))
        batch.losses = take(rounded(count * size))
        batch.predictions = take(rounded(count * MemoryLayout<Int64>.size)).assumingMemoryBound(to: Int64.self)
        pickedInputs = take(inputBytes)
        pickedLabels = take(rounded(count * MemoryLayout<Int64>.size)).assumingMemoryBound(to: Int64.self)
    }

    /// A fresh buffer of the same shape where another tensor still shares
    /// this one's memory (the kernels are about to overwrite all of it).
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
