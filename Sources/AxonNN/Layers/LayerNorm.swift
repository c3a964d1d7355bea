import AxonTensor

/// Layer normalisation over the trailing axes, as `torch.nn.LayerNorm`; see
/// ``AxonTensor/Tensor/layerNorm(_:normalizedShape:weight:bias:eps:)``. With
/// an elementwise affine transform its parameters are `weight` (ones) and
/// `bias` (zeros) of the normalised shape.
public final class LayerNorm: Module {
    /// The trailing shape normalised over.
    public let normalizedShape: [Int]
    /// ε, added to the variance.
    public let eps: Double
    /// The scale, or `nil` without an affine transform.
    public let weight: Parameter?
    /// The shift, or `nil` without an affine transform.
    public let bias: Parameter?
    public var isTraining = true

    /// A layer normalising over `normalizedShape`.
    ///
    /// - Parameters:
    ///   - eps: the default value is `1e-5`.
    ///   - elementwiseAffine: learn a weight and bias. The default value is `true`.
    ///   - dtype: the default value is `.float32`.
    public init(_ normalizedShape: [Int], eps: Double = 1e-5, elementwiseAffine: Bool = true, dtype: DType = .float32) {
        requireValid { () throws(ModuleError) in
            guard !normalizedShape.isEmpty, normalizedShape.allSatisfy({ $0 > 0 }) else {
                throw ModuleError("LayerNorm: the normalized shape must list positive sizes, got \(normalizedShape)")
            }
            guard eps > 0 else { throw ModuleError("LayerNorm: eps must be positive, got \(eps)") }
        }
        self.normalizedShape = normalizedShape
        self.eps = eps
        weight = elementwiseAffine ? Parameter(Tensor.ones(normalizedShape, dtype: dtype)) : nil
        bias = elementwiseAffine ? Parameter(Tensor.zeros(normalizedShape, dtype: dtype)) : nil
    }

    public func callAsFunction(_ x: Tensor) -> Tensor {
        if !x.shape.suffix(normalizedShape.count).elementsEqual(normalizedShape) {
            requireValid { () throws(ModuleError) in _ = try outputShape(forInput: x.shape) }
        }
        return Tensor.layerNorm(x, normalizedShape: normalizedShape, weight: weight?.value, bias: bias?.value, eps: eps)
    }

    public func outputShape(forInput shape: [Int]) throws(ModuleError) -> [Int] {
        guard shape.count > normalizedShape.count, shape.suffix(normalizedShape.count).elementsEqual(normalizedShape) else {
            throw ModuleError("LayerNorm(\(normalizedShape)): expected a shape ending in \(normalizedShape), got \(shape)")
        }
        return shape
    }
}

extension LayerNorm: ConfigurableModule {
    /// The layer's settings, as `torch.nn.LayerNorm` names them.
    public struct Configuration: Codable, Equatable, Sendable {
        public var normalizedShape: [Int]
        public var eps: Double
        public var elementwiseAffine: Bool
    }

    public var configuration: Configuration {
        Configuration(normalizedShape: normalizedShape, eps: eps, elementwiseAffine: weight != nil)
    }

    public convenience init(configuration c: Configuration) throws {
        guard !c.normalizedShape.isEmpty, c.normalizedShape.allSatisfy({ $0 > 0 }), c.eps > 0 else {
            throw ModuleError("LayerNorm: the normalized shape must list positive sizes and eps be positive, got \(c.normalizedShape), \(c.eps)")
        }
        if c.elementwiseAffine {
            try ParameterBudget.reserve([c.normalizedShape, c.normalizedShape], for: "LayerNorm(\(c.normalizedShape))")
        }
        self.init(c.normalizedShape, eps: c.eps, elementwiseAffine: c.elementwiseAffine)
    }
}
