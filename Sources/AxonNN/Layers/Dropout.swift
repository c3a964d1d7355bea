import AxonTensor

/// Dropout (Srivastava et al., 2014): in training mode each element is zeroed
/// with probability `p` and the survivors are scaled by 1/(1 − p), so the
/// expected output equals the input; in evaluation mode the input passes
/// through unchanged, as `torch.nn.Dropout`.
///
/// The masks come from the layer's own seeded ``generator``, so a run is
/// reproducible; replace it to draw different masks.
public final class Dropout: Module {
    /// The probability of zeroing an element, in [0, 1).
    public let probability: Double
    /// The source of the masks.
    public var generator: RandomGenerator
    public var isTraining = true

    /// The seed used when no generator is given.
    public static let defaultSeed: UInt64 = 0x4452_4F50

    /// A dropout layer.
    ///
    /// - Parameters:
    ///   - probability: the chance `p` that an element is zeroed, in [0, 1).
    ///   - generator: the source of the masks. The default value is a
    ///     generator seeded with ``defaultSeed``.
    public init(_ probability: Double, generator: RandomGenerator = RandomGenerator(seed: Dropout.defaultSeed)) {
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

    public var layerName: String { "Dropout" }

    /// `x · mask / (1 − p)` in training mode, `x` in evaluation mode.
    public func callAsFunction(_ x: Tensor) -> Tensor {
        guard isTraining && probability > 0 else { return x }
        let uniform = Tensor.randomUniform(x.shape, dtype: x.dtype, generator: &generator)
        let keep = (uniform .>= probability).cast(to: x.dtype) * (1 / (1 - probability))
        return x * keep
    }
}
