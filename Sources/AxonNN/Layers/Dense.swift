import AxonTensor

/// The fully connected layer: every output neuron sees every input,
/// `y = x·Wᵀ + b`, as `torch.nn.Linear`.
///
/// The weight `W` has shape `[outputs, inputs]` and the bias `b` shape
/// `[outputs]`, PyTorch's layout, so parameters load from a PyTorch
/// `state_dict` unchanged. Between layers of `m` and `n` neurons there are
/// `m·n` weights and `n` biases.
///
/// ```swift
/// var rng = RandomGenerator(seed: 42)
/// let layer = Dense(inputs: 784, outputs: 128, generator: &rng)
/// let y = layer(x)  // [batch, 784] → [batch, 128]
/// ```
public final class Dense: Module {
    /// The number of input features.
    public let inputs: Int
    /// The number of output features (neurons).
    public let outputs: Int
    /// The weight matrix, `[outputs, inputs]`.
    public let weight: Parameter
    /// The bias vector, `[outputs]`, or `nil` for a layer without bias.
    public let bias: Parameter?
    public var isTraining = true

    /// A layer whose parameters are drawn from `generator`.
    ///
    /// - Parameters:
    ///   - inputs: the number of input features; must be positive.
    ///   - outputs: the number of output features; must be positive.
    ///   - bias: whether the layer adds a bias. The default value is `true`.
    ///   - weightInitializer: how `W` is drawn. The default value is
    ///     `.pytorchDefault`, uniform in ±1/√inputs.
    ///   - biasInitializer: how `b` is drawn. The default value is
    ///     `.pytorchDefault`, uniform in ±1/√inputs.
    ///   - dtype: `float32` or `float64`. The default value is `.float32`.
    ///   - generator: the source of the random values; the weight is drawn
    ///     first, then the bias, as in PyTorch.
    public convenience init(
        inputs: Int, outputs: Int, bias: Bool = true,
        weightInitializer: Initializer = .pytorchDefault, biasInitializer: Initializer = .pytorchDefault,
        dtype: DType = .float32, generator: inout RandomGenerator
    ) {
        requireValid { () throws(ModuleError) in try Dense.validate(inputs: inputs, outputs: outputs, dtype: dtype) }
        let w = weightInitializer.makeTensor(
            shape: [outputs, inputs], fanIn: inputs, fanOut: outputs, dtype: dtype, generator: &generator)
        let b = bias ? biasInitializer.makeTensor(
            shape: [outputs], fanIn: inputs, fanOut: outputs, dtype: dtype, generator: &generator) : nil
        self.init(weight: w, bias: b)
    }

    /// A layer drawn from the global generator (`RandomGenerator.global`),
    /// as `torch.nn.Linear` draws from PyTorch's: every layer built this way
    /// starts from new numbers, and `manualSeed(_:)` makes them the same on
    /// every run.
    public convenience init(
        inputs: Int, outputs: Int, bias: Bool = true,
        weightInitializer: Initializer = .pytorchDefault, biasInitializer: Initializer = .pytorchDefault,
        dtype: DType = .float32
    ) {
        requireValid { () throws(ModuleError) in try Dense.validate(inputs: inputs, outputs: outputs, dtype: dtype) }
        let (w, b) = RandomGenerator.withGlobal { generator in
            let w = weightInitializer.makeTensor(
                shape: [outputs, inputs], fanIn: inputs, fanOut: outputs, dtype: dtype, generator: &generator)
            let b = bias ? biasInitializer.makeTensor(
                shape: [outputs], fanIn: inputs, fanOut: outputs, dtype: dtype, generator: &generator) : nil
            return (w, b)
        }
        self.init(weight: w, bias: b)
    }

    /// `Dense(784, 128)`: a layer of 784 inputs and 128 outputs with every
    /// other setting at its default, drawn from `generator`.
    public convenience init(_ inputs: Int, _ outputs: Int, bias: Bool = true, dtype: DType = .float32,
                            generator: inout RandomGenerator) {
        self.init(inputs: inputs, outputs: outputs, bias: bias, dtype: dtype, generator: &generator)
    }

    /// `Dense(784, 128)`: a layer of 784 inputs and 128 outputs drawn from
    /// the global generator.
    public convenience init(_ inputs: Int, _ outputs: Int, bias: Bool = true, dtype: DType = .float32) {
        self.init(inputs: inputs, outputs: outputs, bias: bias, dtype: dtype)
    }

    /// A layer with the given parameter values: `weight` is `[outputs,
    /// inputs]`, `bias` `[outputs]`.
    public init(weight: Tensor, bias: Tensor?) {
        precondition(weight.rank == 2 && weight.dtype.isFloatingPoint,
                     "Dense: weight must be a float matrix [outputs, inputs], got \(weight.dtype) \(weight.shape)")
        if let bias {
            precondition(bias.shape == [weight.shape[0]],
                         "Dense: bias of shape \(bias.shape) does not match weight \(weight.shape)")
        }
        self.inputs = weight.shape[1]
        self.outputs = weight.shape[0]
        self.weight = Parameter(weight)
        self.bias = bias.map { Parameter($0.cast(to: weight.dtype)) }
    }

    /// Checks the arguments of an initializer: sizes must be positive and the
    /// dtype floating point.
    public static func validate(inputs: Int, outputs: Int, dtype: DType = .float32) throws(ModuleError) {
        guard inputs > 0 else { throw ModuleError("Dense: inputs must be positive, got \(inputs)") }
        guard outputs > 0 else { throw ModuleError("Dense: outputs must be positive, got \(outputs)") }
        guard dtype.isFloatingPoint else { throw ModuleError("Dense: dtype must be float32 or float64, got \(dtype)") }
        _ = try ParameterBudget.count([[outputs, inputs]], for: "Dense(\(inputs) → \(outputs))")
    }

    /// Takes the layer's weights and bias from the ``ParameterBudget`` in force.
    static func reserve(inputs: Int, outputs: Int, bias: Bool) throws(ModuleError) {
        try ParameterBudget.reserve(bias ? [[outputs, inputs], [outputs]] : [[outputs, inputs]], for: "Dense(\(inputs) → \(outputs))")
    }

    /// Checks that an input of shape `shape` has ``inputs`` features in its
    /// last dimension.
    public func validate(input shape: [Int]) throws(ModuleError) {
        guard let width = shape.last, width == inputs else {
            throw ModuleError("\(self.description): expected input width \(inputs), got shape \(shape)")
        }
    }

    /// `y = x·Wᵀ + b` for `x` of shape `[..., inputs]`; the leading
    /// dimensions are kept.
    public func callAsFunction(_ x: Tensor) -> Tensor { callAsFunction(x, activation: .identity) }

    /// The layer followed by `activation`, as one op (see
    /// ``Tensor/linear(_:weight:bias:activation:)``): the same numbers as
    /// applying the activation to the layer's output. ``Sequential`` calls
    /// this for a layer that an activation follows.
    public func callAsFunction(_ x: Tensor, activation: LinearActivation) -> Tensor {
        if x.shape.last != inputs {
            requireValid { () throws(ModuleError) in try validate(input: x.shape) }
        }
        let w = weight.value, b = bias?.value
        if x.rank == 2 { return Tensor.linear(x, weight: w, bias: b, activation: activation) }
        // Any other rank: fold the leading dimensions into one batch.
        let rows = x.reshaped([-1, inputs])
        return Tensor.linear(rows, weight: w, bias: b, activation: activation)
            .reshaped(Array(x.shape.dropLast()) + [outputs])
    }

    public func outputShape(forInput shape: [Int]) throws(ModuleError) -> [Int] {
        try validate(input: shape)
        return Array(shape.dropLast()) + [outputs]
    }
}

extension Dense: CustomStringConvertible {
    /// `Dense(784 → 128)`, with `, bias: false` when the layer has no bias.
    public var description: String {
        "Dense(\(inputs) → \(outputs)\(bias == nil ? ", bias: false" : ""))"
    }
}

extension Dense: ConfigurableModule {
    /// The sizes, and whether the layer has a bias.
    public struct Configuration: Codable, Equatable, Sendable {
        /// The number of input features.
        public var inputs: Int
        /// The number of output features.
        public var outputs: Int
        /// Whether the layer adds a bias.
        public var bias: Bool
    }

    public var configuration: Configuration { Configuration(inputs: inputs, outputs: outputs, bias: bias != nil) }

    /// A layer of the configured sizes, drawn from the global generator.
    public convenience init(configuration: Configuration) throws {
        try Dense.validate(inputs: configuration.inputs, outputs: configuration.outputs)
        try Dense.reserve(inputs: configuration.inputs, outputs: configuration.outputs, bias: configuration.bias)
        self.init(inputs: configuration.inputs, outputs: configuration.outputs, bias: configuration.bias)
    }
}
