import AxonTensor

extension Sequential {
    /// A multi-layer perceptron: dense layers of the given widths with
    /// `activation` between them and none after the last, so the model ends
    /// in raw scores (logits). Sizes `[784, 256, 128, 10]` give
    /// `Dense(784, 256), ReLU, Dense(256, 128), ReLU, Dense(128, 10)`.
    ///
    /// - Parameters:
    ///   - sizes: the input width, then each layer's width; at least two,
    ///     all positive.
    ///   - activation: between layers. The default value is `.relu`.
    ///   - dtype: of the parameters. The default value is `.float32`.
    ///   - generator: draws every layer's parameters in order, as PyTorch's
    ///     global generator does when `nn.Sequential` is built.
    public static func multilayerPerceptron(
        sizes: [Int], activation: Activation = .relu, dtype: DType = .float32,
        generator: inout RandomGenerator
    ) -> Sequential {
        requireValid { () throws(ModuleError) in try validate(sizes: sizes) }
        var layers: [any Module] = []
        for index in 0 ..< sizes.count - 1 {
            if index > 0 { layers.append(activation.makeLayer()) }
            layers.append(Dense(inputs: sizes[index], outputs: sizes[index + 1], dtype: dtype, generator: &generator))
        }
        return Sequential(layers)
    }

    /// A multi-layer perceptron described as `"784-256-128-10"`; see
    /// ``multilayerPerceptron(sizes:activation:dtype:generator:)``.
    public static func multilayerPerceptron(
        _ description: String, activation: Activation = .relu, dtype: DType = .float32,
        generator: inout RandomGenerator
    ) throws(ModuleError) -> Sequential {
        let sizes = try parseSizes(description)
        return multilayerPerceptron(sizes: sizes, activation: activation, dtype: dtype, generator: &generator)
    }

    /// The architecture of ``multilayerPerceptron(sizes:activation:dtype:generator:)``
    /// (what a model file of it records), without building the layers.
    public static func multilayerPerceptronArchitecture(
        sizes: [Int], activation: Activation = .relu
    ) throws(ModuleError) -> ModuleArchitecture {
        try validate(sizes: sizes)
        let between = try ModuleArchitecture(describing: activation.makeLayer())
        var layers: [ModuleArchitecture] = []
        for index in 0 ..< sizes.count - 1 {
            if index > 0 { layers.append(between) }
            layers.append(ModuleArchitecture(type: Dense.typeName, configuration: .object([
                "inputs": .number(Double(sizes[index])), "outputs": .number(Double(sizes[index + 1])), "bias": .bool(true),
            ])))
        }
        return ModuleArchitecture(type: Sequential.typeName, configuration: .object([
            "layers": .array(layers.map { .object(["type": .string($0.type), "config": $0.configuration]) }),
        ]))
    }

    /// The layer widths of a description such as `"784-256-128-10"`.
    public static func parseSizes(_ description: String) throws(ModuleError) -> [Int] {
        let parts = description.split(separator: "-", omittingEmptySubsequences: false)
        var sizes: [Int] = []
        for part in parts {
            let trimmed = part.trimmingSpaces
            guard let size = Int(trimmed) else {
                throw ModuleError("multilayerPerceptron: '\(trimmed)' in '\(description)' is not a layer width")
            }
            sizes.append(size)
        }
        try validate(sizes: sizes)
        return sizes
    }

    /// Checks that there are at least two widths and all are positive.
    public static func validate(sizes: [Int]) throws(ModuleError) {
        guard sizes.count >= 2 else {
            throw ModuleError("multilayerPerceptron: needs an input width and at least one layer width, got \(sizes)")
        }
        if let bad = sizes.first(where: { $0 <= 0 }) {
            throw ModuleError("multilayerPerceptron: layer widths must be positive, got \(bad) in \(sizes)")
        }
        _ = try parameterCount(sizes: sizes)
    }

    /// The number of weights and biases of a multi-layer perceptron of
    /// `sizes`, counted with overflow checks, before anything is built.
    ///
    /// - Throws: ``ModuleError`` when the count does not fit an Int (widths
    ///   of billions), or a width is not positive.
    public static func parameterCount(sizes: [Int]) throws(ModuleError) -> Int {
        var shapes: [[Int]] = []
        for index in 0 ..< Swift.max(sizes.count - 1, 0) {
            shapes.append([sizes[index + 1], sizes[index]])
            shapes.append([sizes[index + 1]])
        }
        return try ParameterBudget.count(shapes, for: "multilayerPerceptron \(sizes.map(String.init).joined(separator: "-"))")
    }
}

extension Substring {
    /// The text without leading and trailing spaces.
    fileprivate var trimmingSpaces: Substring {
        var text = self
        while text.first == " " { text = text.dropFirst() }
        while text.last == " " { text = text.dropLast() }
        return text
    }
}
