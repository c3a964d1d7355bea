/// One differentiable op checked by ``GradcheckSuite``: a name, the inputs
/// to check at, and the function of those inputs.
public struct GradcheckCase: Sendable {
    /// The op and the shapes, e.g. `add [3, 1, 4] + [5, 1]`.
    public let name: String
    /// The float64 points the gradient is checked at.
    public let inputs: [Tensor]
    /// The function under test.
    public let function: @Sendable ([Tensor]) -> Tensor

    /// Runs ``gradcheck(_:inputs:epsilon:absoluteTolerance:relativeTolerance:)`` on this case.
    public func run() -> GradcheckResult { gradcheck(function, inputs: inputs) }
}

/// Every differentiable op of AxonTensor on random shapes, broadcasting
/// included: the suite that the tests and `axon gradcheck` run.
public enum GradcheckSuite {
    /// The cases, drawn from a generator seeded with `seed`.
    public static func cases(seed: UInt64 = 7) -> [GradcheckCase] {
        var generator = RandomGenerator(seed: seed)
        func normal(_ shape: [Int]) -> Tensor {
            Tensor.randomNormal(shape, dtype: .float64, generator: &generator)
        }
        func positive(_ shape: [Int]) -> Tensor {
            Tensor.randomUniform(shape, low: 0.5, high: 2, dtype: .float64, generator: &generator)
        }

        var cases: [GradcheckCase] = []
        func add(_ name: String, _ inputs: [Tensor], _ function: @escaping @Sendable ([Tensor]) -> Tensor) {
            cases.append(GradcheckCase(name: name, inputs: inputs, function: function))
        }

        // Elementwise arithmetic, with broadcasting.
        add("add [3, 4] + [3, 4]", [normal([3, 4]), normal([3, 4])]) { $0[0] + $0[1] }
        add("add [2, 3, 4] + [3, 1]", [normal([2, 3, 4]), normal([3, 1])]) { $0[0] + $0[1] }
        add("subtract [4, 1] - [1, 5]", [normal([4, 1]), normal([1, 5])]) { $0[0] - $0[1] }
        add("multiply [2, 1, 3] * [4, 1]", [normal([2, 1, 3]), normal([4, 1])]) { $0[0] * $0[1] }
        add("divide [3, 4] / [4]", [normal([3, 4]), positive([4])]) { $0[0] / $0[1] }
        add("divide scalar / [2, 3]", [positive([2, 3])]) { 1.5 / $0[0] }
        add("negate [5]", [normal([5])]) { -$0[0] }
        add("scalar ops [3, 2]", [normal([3, 2])]) { ($0[0] * 3 - 1) / 2 + 0.5 }
        add("pow [3, 3] ^ 3", [normal([3, 3])]) { $0[0].pow(3) }
        add("pow [2, 3] ^ [3]", [positive([2, 3]), normal([3])]) { $0[0].pow($0[1]) }
        add("maximum [3, 4] vs [4]", [normal([3, 4]), normal([4])]) { Tensor.maximum($0[0], $0[1]) }
        add("minimum [2, 3] vs [2, 1]", [normal([2, 3]), normal([2, 1])]) { Tensor.minimum($0[0], $0[1]) }
        add("where [3, 4] ? [3, 4] : [4]", [normal([3, 4]), normal([4])]) { inputs in
            Tensor.where(inputs[0] .> 0, inputs[0], inputs[1])
        }

        // Elementwise functions.
        add("exp [3, 4]", [normal([3, 4])]) { $0[0].exp() }
        add("log [3, 4]", [positive([3, 4])]) { $0[0].log() }
        add("sqrt [3, 4]", [positive([3, 4])]) { $0[0].sqrt() }
        add("abs [3, 4]", [normal([3, 4])]) { $0[0].abs() }
        add("square [3, 4]", [normal([3, 4])]) { $0[0].squared() }
        add("tanh [3, 4]", [normal([3, 4])]) { $0[0].tanh() }
        add("sigmoid [3, 4]", [normal([3, 4]) * 3]) { $0[0].sigmoid() }
        add("relu [3, 4]", [normal([3, 4])]) { $0[0].relu() }
        add("log1p [3, 4]", [positive([3, 4]) - 0.4]) { $0[0].log1p() }
        add("expm1 [3, 4]", [normal([3, 4])]) { $0[0].expm1() }
        add("erf [3, 4]", [normal([3, 4])]) { $0[0].erf() }
        add("custom op: x·y with its own rule", [normal([3]), normal([3])]) { inputs in
            Tensor.custom("product", inputs, forward: { $0[0] * $0[1] }, backward: { g in
                [g * inputs[1].detached(), g * inputs[0].detached()]
            })
        }
        add("clamp [4, 5] to [-0.5, 0.5]", [normal([4, 5])]) { $0[0].clamped(min: -0.5, max: 0.5) }

        // Reductions.
        add("sum [3, 4]", [normal([3, 4])]) { $0[0].sum() }
        add("sum [2, 3, 4] axis 1 keepDims", [normal([2, 3, 4])]) { $0[0].sum(axis: 1, keepDims: true) }
        add("sum [2, 3, 4] axes [0, 2]", [normal([2, 3, 4])]) { $0[0].sum(axes: [0, 2]) }
        add("mean [3, 5] axis 0", [normal([3, 5])]) { $0[0].mean(axis: 0) }
        add("max [4, 5]", [normal([4, 5])]) { $0[0].max() }
        add("max [3, 5] axis 1", [normal([3, 5])]) { $0[0].max(axis: 1) }
        add("min [3, 5] axis 0 keepDims", [normal([3, 5])]) { $0[0].min(axis: 0, keepDims: true) }
        add("variance [4, 6] axis 1", [normal([4, 6])]) { $0[0].variance(axes: [1]) }
        add("logSumExp [3, 5] axis 1", [normal([3, 5]) * 4]) { $0[0].logSumExp(axes: [1]) }

        // Matrix products in every form.
        add("matmul [3, 4] x [4, 5]", [normal([3, 4]), normal([4, 5])]) { Tensor.matmul($0[0], $0[1]) }
        add("matmul [3, 4] x [5, 4]^T", [normal([3, 4]), normal([5, 4])]) { Tensor.matmul($0[0], $0[1], transposeB: true) }
        add("matmul [4, 3]^T x [4, 5]", [normal([4, 3]), normal([4, 5])]) { Tensor.matmul($0[0], $0[1], transposeA: true) }
        add("matmul [4, 3]^T x [5, 4]^T", [normal([4, 3]), normal([5, 4])]) {
            Tensor.matmul($0[0], $0[1], transposeA: true, transposeB: true)
        }
        add("matmul [2, 3, 4] x [2, 4, 2]", [normal([2, 3, 4]), normal([2, 4, 2])]) { Tensor.matmul($0[0], $0[1]) }
        add("matmul [2, 3, 4] x [4, 5]", [normal([2, 3, 4]), normal([4, 5])]) { Tensor.matmul($0[0], $0[1]) }
        add("matmul [3, 4] x [2, 4, 5]", [normal([3, 4]), normal([2, 4, 5])]) { Tensor.matmul($0[0], $0[1]) }

        // Shape ops.
        add("reshape [2, 6] to [3, 4]", [normal([2, 6])]) { $0[0].reshaped([3, -1]) }
        add("flatten [2, 3, 2]", [normal([2, 3, 2])]) { $0[0].flattened(startAxis: 1) }
        add("permute [2, 3, 4] to [2, 0, 1]", [normal([2, 3, 4])]) { $0[0].permuted([2, 0, 1]) }
        add("transpose [3, 5]", [normal([3, 5])]) { $0[0].transposed() }
        add("unsqueeze/squeeze [3, 4]", [normal([3, 4])]) { $0[0].unsqueezed(axis: 1).squeezed() * 2 }
        add("expand [3, 1] to [2, 3, 4]", [normal([3, 1])]) { $0[0].expanded(to: [2, 3, 4]) }
        add("concatenate [2, 3] and [4, 3] axis 0", [normal([2, 3]), normal([4, 3])]) { Tensor.concatenate($0, axis: 0) }
        add("concatenate [2, 3] and [2, 2] axis 1", [normal([2, 3]), normal([2, 2])]) { Tensor.concatenate($0, axis: 1) }
        add("stack [3, 2] x 3 axis 1", [normal([3, 2]), normal([3, 2]), normal([3, 2])]) { Tensor.stack($0, axis: 1) }
        add("slice [5, 3] rows 1..<4", [normal([5, 3])]) { $0[0][1..<4] }
        add("slice [3, 6] axis 1 2..<5", [normal([3, 6])]) { $0[0].slice(axis: 1, 2..<5) }

        // Indexing.
        let picks = Tensor([2, 0, 2, 3] as [Int64])
        add("indexSelect [4, 3] rows [2, 0, 2, 3]", [normal([4, 3])]) { $0[0].indexSelect(axis: 0, indices: picks) }
        let columns = Tensor([3, 1] as [Int64])
        add("indexSelect [3, 4] axis 1", [normal([3, 4])]) { $0[0].indexSelect(axis: 1, indices: columns) }
        let labels = Tensor([1, 0, 3] as [Int64], shape: [3, 1])
        add("gather [3, 4] axis 1", [normal([3, 4])]) { $0[0].gather(axis: 1, index: labels) }

        // Fused ops of the training step.
        add("linear [5, 3] x [4, 3]^T + [4]", [normal([5, 3]), normal([4, 3]), normal([4])]) { inputs in
            Tensor.linear(inputs[0], weight: inputs[1], bias: inputs[2])
        }
        add("linear [2, 3, 4] x [2, 4]^T", [normal([2, 3, 4]), normal([2, 4])]) { Tensor.linear($0[0], weight: $0[1]) }
        for activation in [LinearActivation.relu, .tanh, .sigmoid] {
            add("linear [5, 3] x [4, 3]^T + [4], \(activation)", [normal([5, 3]), normal([4, 3]), normal([4])]) { inputs in
                Tensor.linear(inputs[0], weight: inputs[1], bias: inputs[2], activation: activation)
            }
        }
        let classes = Tensor([2, 0, 1, 2] as [Int64])
        add("crossEntropy [4, 3]", [normal([4, 3]) * 3]) { Tensor.softmaxCrossEntropy(logits: $0[0], labels: classes) }
        add("crossEntropy [4, 3] averaged", [normal([4, 3])]) {
            Tensor.softmaxCrossEntropy(logits: $0[0], labels: classes, averaged: true)
        }
        add("crossEntropy [4, 3] smoothing 0.1", [normal([4, 3])]) {
            Tensor.softmaxCrossEntropy(logits: $0[0], labels: classes, labelSmoothing: 0.1)
        }

        // A composite: one layer of a network and a squared error.
        add("dense layer tanh(x·Wᵀ + b)", [normal([5, 3]), normal([4, 3]), normal([4])]) { inputs in
            (Tensor.matmul(inputs[0], inputs[1], transposeB: true) + inputs[2]).tanh()
        }
        // Convolutional networks: odd sizes, strides, paddings, groups.
        add("conv2d [2, 3, 6, 7] * [4, 3, 3, 3] + bias", [normal([2, 3, 6, 7]), normal([4, 3, 3, 3]), normal([4])]) {
            Tensor.conv2d($0[0], weight: $0[1], bias: $0[2])
        }
        add("conv2d stride (2, 1) padding (1, 2) dilation 2", [normal([1, 2, 7, 6]), normal([3, 2, 3, 2])]) {
            Tensor.conv2d($0[0], weight: $0[1], stride: [2, 1], padding: [1, 2], dilation: 2)
        }
        add("conv2d groups 2 padding same, even kernel", [normal([2, 4, 5, 5]), normal([6, 2, 2, 3]), normal([6])]) {
            Tensor.conv2d($0[0], weight: $0[1], bias: $0[2], padding: .same, groups: 2)
        }
        add("conv2d with tanh fused", [normal([2, 2, 5, 6]), normal([3, 2, 3, 3]), normal([3])]) {
            Tensor.conv2d($0[0], weight: $0[1], bias: $0[2], padding: 1, activation: .tanh)
        }
        add("conv2d with ReLU fused", [normal([2, 2, 5, 6]), normal([3, 2, 3, 3]), normal([3])]) {
            Tensor.conv2d($0[0], weight: $0[1], bias: $0[2], padding: 1, activation: .relu)
        }
        // A scale keeps the inputs of each window apart, so no tie flips under ε.
        add("maxPool2d [2, 2, 5, 7] kernel 3 stride 2 padding 1", [normal([2, 2, 5, 7]) * 10]) {
            Tensor.maxPool2d($0[0], kernelSize: 3, stride: 2, padding: 1)
        }
        add("maxPool2d kernel 2 ceil mode", [normal([1, 2, 5, 5]) * 10]) {
            Tensor.maxPool2d($0[0], kernelSize: 2, ceilMode: true)
        }
        add("avgPool2d kernel 3 stride 2 padding 1, pad excluded", [normal([2, 2, 6, 5])]) {
            Tensor.avgPool2d($0[0], kernelSize: 3, stride: 2, padding: 1, countIncludePad: false)
        }
        add("adaptiveAvgPool2d [1, 3, 5, 7] to 2×3", [normal([1, 3, 5, 7])]) {
            Tensor.adaptiveAvgPool2d($0[0], outputSize: [2, 3])
        }
        add("batchNorm training [4, 3, 2, 2]", [normal([4, 3, 2, 2]), positive([3]), normal([3])]) {
            Tensor.batchNorm($0[0], weight: $0[1], bias: $0[2], training: true).output
        }
        add("batchNorm evaluation [5, 3]", [normal([5, 3]), positive([3]), normal([3])]) {
            Tensor.batchNorm($0[0], weight: $0[1], bias: $0[2], runningMean: Tensor([0.1, -0.2, 0.3] as [Double]),
                             runningVariance: Tensor([1.5, 0.5, 2] as [Double]), training: false).output
        }
        add("layerNorm [3, 4, 5] over [4, 5]", [normal([3, 4, 5]), positive([4, 5]), normal([4, 5])]) {
            Tensor.layerNorm($0[0], normalizedShape: [4, 5], weight: $0[1], bias: $0[2])
        }
        add("pad constant [2, 3, 4] by (1, 2, 0, 1)", [normal([2, 3, 4])]) { Tensor.pad($0[0], [1, 2, 0, 1], value: 0.5) }
        add("pad reflect [2, 4, 5] by (2, 1, 1, 3)", [normal([2, 4, 5])]) { Tensor.pad($0[0], [2, 1, 1, 3], mode: .reflect) }
        add("pad replicate [1, 3, 4] by (1, 2)", [normal([1, 3, 4])]) { Tensor.pad($0[0], [1, 2], mode: .replicate) }
        add("unflatten [2, 12] axis 1 to [3, -1]", [normal([2, 12])]) { $0[0].unflattened(axis: 1, sizes: [3, -1]) * 2 }

        return cases
    }
}
