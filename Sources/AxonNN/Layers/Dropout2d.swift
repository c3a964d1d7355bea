import AxonTensor

/// Channel dropout, as `torch.nn.Dropout2d`: in training mode each channel of
/// each image (`[N, C, H, W]`, or `[C, H, W]`) is zeroed whole with
/// probability `p` and the rest scaled by 1/(1 − p); in evaluation mode the
/// input passes through. Masks come from the global generator unless the
/// layer has its own (which checkpoints save).
public final class Dropout2d: Module, StochasticModule {
    /// The probability of zeroing a channel, in [0, 1).
    public let probability: Double
    /// The layer's own source of masks, or `nil` for the global generator.
    public var generator: RandomGenerator?
    public var isTraining = true

    /// A channel-dropout layer. The default value of `generator` is `nil`.
    public init(_ probability: Double, generator: RandomGenerator? = nil) {
        requireValid { () throws(ModuleError) in try Dropout.validate(probability: probability) }
        self.probability = probability
        self.generator = generator
    }

    /// `x · mask / (1 − p)` with one mask value per channel, in training mode.
    public func callAsFunction(_ x: Tensor) -> Tensor {
        guard actsInTrainingMode && probability > 0 else { return x }
        precondition(x.rank == 3 || x.rank == 4, "Dropout2d: expected [N, C, H, W] or [C, H, W], got shape \(x.shape)")
        var maskShape = Array(x.shape.dropLast(2)) + [1, 1]
        if maskShape.isEmpty { maskShape = [1] }
        let keep: Tensor
        if generator != nil {
            keep = Tensor.dropoutMask(maskShape, probability: probability, dtype: x.dtype, generator: &generator!)
        } else {
            keep = RandomGenerator.withGlobal {
                Tensor.dropoutMask(maskShape, probability: probability, dtype: x.dtype, generator: &$0)
            }
        }
        return x * keep
    }
}

extension Dropout2d: ConfigurableModule {
    public var configuration: Dropout.Configuration { Dropout.Configuration(probability: probability) }

    public convenience init(configuration: Dropout.Configuration) throws {
        try Dropout.validate(probability: configuration.probability)
        self.init(configuration.probability)
    }
}
