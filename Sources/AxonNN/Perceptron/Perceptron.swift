import AxonTensor

/// Rosenblatt's perceptron (1958): one neuron with the step activation,
/// ŷ = step(w·x + b), trained by its own rule instead of gradients (the step's
/// gradient is zero): after each sample,
///
///     w ← w + η(y − ŷ)x,    b ← b + η(y − ŷ)
///
/// so nothing changes on a correct answer. On linearly separable data the
/// rule reaches an epoch without mistakes in finitely many steps (Novikoff's
/// theorem); on XOR it never does.
///
/// As a module it holds `weight` `[1, inputs]` and `bias` `[1]`, the
/// parameters of a `Dense(inputs, 1)`, and maps `[N, inputs]` to `[N, 1]`.
public final class Perceptron: Module {
    /// The number of input features.
    public let inputs: Int
    /// The learning rate η.
    public let learningRate: Double
    /// The weights, `[1, inputs]`; zero before training.
    public let weight: Parameter
    /// The bias, `[1]`; zero before training.
    public let bias: Parameter
    public var isTraining = true

    /// A perceptron with zero weights and bias, in float64.
    ///
    /// - Parameters:
    ///   - inputs: the number of input features; must be positive.
    ///   - learningRate: η, positive. The default value is `1`.
    public init(inputs: Int, learningRate: Double = 1) {
        requireValid { () throws(ModuleError) in try Perceptron.validate(inputs: inputs, learningRate: learningRate) }
        self.inputs = inputs
        self.learningRate = learningRate
        self.weight = Parameter(Tensor.zeros([1, inputs], dtype: .float64))
        self.bias = Parameter(Tensor.zeros([1], dtype: .float64))
    }

    /// Checks that `inputs` and `learningRate` are positive.
    public static func validate(inputs: Int, learningRate: Double) throws(ModuleError) {
        guard inputs > 0 else { throw ModuleError("Perceptron: inputs must be positive, got \(inputs)") }
        guard learningRate > 0 && learningRate.isFinite else {
            throw ModuleError("Perceptron: learning rate must be positive, got \(learningRate)")
        }
    }

    /// step(x·wᵀ + b): 1 or 0 for each sample, shape `[N, 1]`.
    public func callAsFunction(_ x: Tensor) -> Tensor {
        if x.shape.last != inputs {
            requireValid { () throws(ModuleError) in _ = try outputShape(forInput: x.shape) }
        }
        return step(Tensor.linear(x.cast(to: weight.dtype), weight: weight.value, bias: bias.value))
    }

    public func outputShape(forInput shape: [Int]) throws(ModuleError) -> [Int] {
        guard let width = shape.last, width == inputs else {
            throw ModuleError("Perceptron(\(inputs) inputs): expected input width \(inputs), got shape \(shape)")
        }
        return Array(shape.dropLast()) + [1]
    }

    /// Runs the perceptron rule over the samples in order, epoch after epoch,
    /// until an epoch has no mistakes or `maximumEpochs` have run.
    ///
    /// - Parameters:
    ///   - samples: `[N, inputs]`.
    ///   - labels: `[N]` (or `[N, 1]`) of 0 and 1.
    ///   - maximumEpochs: the most passes over the data. The default value is `100`.
    /// - Returns: whether it converged, after how many epochs, and the
    ///   mistakes of each epoch.
    @discardableResult
    public func train(samples: Tensor, labels: Tensor, maximumEpochs: Int = 100) throws(ModuleError) -> PerceptronReport {
        let targets = try validate(samples: samples, labels: labels)
        guard maximumEpochs > 0 else {
            throw ModuleError("Perceptron: maximum epochs must be positive, got \(maximumEpochs)")
        }
        let x = samples.detached().cast(to: weight.dtype)
        let rows = (0 ..< targets.count).map { x.slice(axis: 0, $0 ..< $0 + 1) }
        var mistakesPerEpoch: [Int] = []
        noGrad {
            for _ in 0 ..< maximumEpochs {
                var mistakes = 0
                for (row, y) in zip(rows, targets) {
                    let z = Tensor.linear(row, weight: weight.value, bias: bias.value).item
                    let prediction: Double = z > 0 ? 1 : 0
                    guard prediction != y else { continue }
                    mistakes += 1
                    let change = learningRate * (y - prediction)
                    weight.value += row * change
                    bias.value += change
                }
                mistakesPerEpoch.append(mistakes)
                if mistakes == 0 { break }
            }
        }
        return PerceptronReport(converged: mistakesPerEpoch.last == 0, mistakesPerEpoch: mistakesPerEpoch)
    }

    /// Checks the training data and returns the labels as numbers.
    func validate(samples: Tensor, labels: Tensor) throws(ModuleError) -> [Double] {
        guard samples.rank == 2, samples.shape[1] == inputs else {
            throw ModuleError("Perceptron: samples must be [N, \(inputs)], got shape \(samples.shape)")
        }
        guard labels.count == samples.shape[0], labels.rank >= 1 else {
            throw ModuleError("Perceptron: \(labels.count) labels (shape \(labels.shape)) for \(samples.shape[0]) samples")
        }
        let values = labels.scalars(as: Double.self)
        if let index = values.firstIndex(where: { $0 != 0 && $0 != 1 }) {
            throw ModuleError("Perceptron: labels must be 0 or 1, got \(values[index]) at sample \(index)")
        }
        return values
    }
}

/// What ``Perceptron/train(samples:labels:maximumEpochs:)`` reports.
public struct PerceptronReport: Sendable, Equatable {
    /// Whether the last epoch had no mistakes.
    public let converged: Bool
    /// The number of mistakes in each epoch, in order.
    public let mistakesPerEpoch: [Int]

    /// The number of epochs run (including the final one without mistakes
    /// when it converged).
    public var epochs: Int { mistakesPerEpoch.count }
}

extension Perceptron: ConfigurableModule {
    /// The number of inputs and the learning rate.
    public struct Configuration: Codable, Equatable, Sendable {
        /// The number of input features.
        public var inputs: Int
        /// The learning rate η.
        public var learningRate: Double
    }

    public var configuration: Configuration { Configuration(inputs: inputs, learningRate: learningRate) }

    /// A perceptron of the configured size, with zero weights.
    public convenience init(configuration: Configuration) throws {
        try Perceptron.validate(inputs: configuration.inputs, learningRate: configuration.learningRate)
        try ParameterBudget.reserve([[1, configuration.inputs], [1]], for: "Perceptron(\(configuration.inputs))")
        self.init(inputs: configuration.inputs, learningRate: configuration.learningRate)
    }
}
