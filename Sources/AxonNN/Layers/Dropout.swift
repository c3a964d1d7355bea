import AxonTensor

/// Dropout (Srivastava et al., 2014): in training mode each element is zeroed
/// with probability `p` and the survivors are scaled by 1/(1 − p), so the
/// expected output equals the input; in evaluation mode the input passes
/// through unchanged, as `torch.nn.Dropout`.
///
/// The masks come from the global generator (`RandomGenerator.global`), as
/// PyTorch's dropout draws from its default generator, so `manualSeed(_:)`
/// fixes them and a checkpoint restores them; or from a generator the layer
/// is given, whose state a checkpoint also saves.
public final class Dropout: Module {
    /// The probability of zeroing an element, in [0, 1).
    public let probability: Double
    /// The layer's own source of masks, or `nil` to draw from the global generator.
    public var generator: RandomGenerator?
    public var isTraining = true

    /// A dropout layer.
    ///
    /// - Parameters:
    ///   - probability: the chance `p` that an element is zeroed, in [0, 1).
    ///   - generator: the source of the masks. The default value is `nil`:
    ///     the global generator.
    public init(_ probability: Double, generator: RandomGenerator? = nil) {
        requireValid { () throws(ModuleError) in try Dropout.validate(probability: probability) }
        self.probability = probability
        self.generator = generator
    }

    /// Checks that `probability` lies in [0, 1).
    public static func validate(probability: Double) throws(ModuleError) {
        guard probability >= 0 && probability < 1 else {
            throw ModuleError("Dropout: probability must be in [0, 1), got \(probability)")
        }
    }

    /// `x · mask / (1 − p)` in training mode, `x` in evaluation mode.
    public func callAsFunction(_ x: Tensor) -> Tensor {
        guard actsInTrainingMode && probability > 0 else { return x }
        let keep: Tensor
        if generator != nil {
            keep = Tensor.dropoutMask(x.shape, probability: probability, dtype: x.dtype, generator: &generator!)
        } else {
            keep = RandomGenerator.withGlobal {
                Tensor.dropoutMask(x.shape, probability: probability, dtype: x.dtype, generator: &$0)
            }
        }
        return x * keep
    }
}

extension Dropout: ConfigurableModule {
    /// The probability of zeroing an element.
    public struct Configuration: Codable, Equatable, Sendable {
        /// The chance `p` that an element is zeroed.
        public var probability: Double
    }

    public var configuration: Configuration { Configuration(probability: probability) }

    /// A layer of the configured probability, drawing from the global generator.
    public convenience init(configuration: Configuration) throws {
        try Dropout.validate(probability: configuration.probability)
        self.init(configuration.probability)
    }
}

extension Dropout: StochasticModule {}
