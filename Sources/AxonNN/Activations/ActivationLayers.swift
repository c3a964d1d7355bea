import AxonTensor

// Each activation as a layer without parameters, for `Sequential`. The
// layers call the functions in ActivationFunctions.swift.

/// The McCulloch–Pitts threshold as a layer: 1 where x > 0, else 0; see ``step(_:)``.
public final class Step: Module {
    public var isTraining = true
    /// A step layer.
    public init() {}
    public func callAsFunction(_ x: Tensor) -> Tensor { step(x) }
}

/// The logistic sigmoid as a layer; see ``sigmoid(_:)``.
public final class Sigmoid: Module {
    public var isTraining = true
    /// A sigmoid layer.
    public init() {}
    public func callAsFunction(_ x: Tensor) -> Tensor { x.sigmoid() }
}

/// The hyperbolic tangent as a layer; see ``tanh(_:)``.
public final class Tanh: Module {
    public var isTraining = true
    /// A tanh layer.
    public init() {}
    public func callAsFunction(_ x: Tensor) -> Tensor { x.tanh() }
}

/// The rectified linear unit as a layer; see ``relu(_:)``.
public final class ReLU: Module {
    public var isTraining = true
    /// A ReLU layer.
    public init() {}
    public func callAsFunction(_ x: Tensor) -> Tensor { x.relu() }
}

/// The leaky ReLU as a layer; see ``leakyReLU(_:negativeSlope:)``.
public final class LeakyReLU: Module {
    public var isTraining = true
    /// The slope for x ≤ 0.
    public let negativeSlope: Double
    /// A leaky ReLU layer. The default value of `negativeSlope` is `0.01`.
    public init(negativeSlope: Double = 0.01) { self.negativeSlope = negativeSlope }
    public func callAsFunction(_ x: Tensor) -> Tensor { leakyReLU(x, negativeSlope: negativeSlope) }
}

/// The exponential linear unit as a layer; see ``elu(_:alpha:)``.
public final class ELU: Module {
    public var isTraining = true
    /// The scale α of the negative part.
    public let alpha: Double
    /// An ELU layer. The default value of `alpha` is `1`.
    public init(alpha: Double = 1) { self.alpha = alpha }
    public func callAsFunction(_ x: Tensor) -> Tensor { elu(x, alpha: alpha) }
}

/// The Gaussian error linear unit as a layer; see ``gelu(_:approximation:)``.
public final class GELU: Module {
    public var isTraining = true
    /// Exact (erf) or the tanh approximation.
    public let approximation: GELUApproximation
    /// A GELU layer. The default value of `approximation` is `.exact`.
    public init(approximation: GELUApproximation = .exact) { self.approximation = approximation }
    public func callAsFunction(_ x: Tensor) -> Tensor { gelu(x, approximation: approximation) }
}

/// The sigmoid linear unit x·σ(x) as a layer; see ``silu(_:)``.
public final class SiLU: Module {
    public var isTraining = true
    /// A SiLU layer.
    public init() {}
    public func callAsFunction(_ x: Tensor) -> Tensor { silu(x) }
}

/// softplus(x) = log(1 + eˣ) as a layer; see ``softplus(_:)``.
public final class Softplus: Module {
    public var isTraining = true
    /// A softplus layer.
    public init() {}
    public func callAsFunction(_ x: Tensor) -> Tensor { softplus(x) }
}

/// The identity as a layer: a placeholder that passes its input through.
public final class Identity: Module {
    public var isTraining = true
    /// An identity layer.
    public init() {}
    public func callAsFunction(_ x: Tensor) -> Tensor { x }
}

/// The softmax over one axis as a layer; see ``softmax(_:axis:)``.
public final class Softmax: Module {
    public var isTraining = true
    /// The axis whose entries sum to 1.
    public let axis: Int
    /// A softmax layer. The default value of `axis` is `-1`.
    public init(axis: Int = -1) { self.axis = axis }
    public func callAsFunction(_ x: Tensor) -> Tensor { softmax(x, axis: axis) }
    public func outputShape(forInput shape: [Int]) throws(ModuleError) -> [Int] {
        try validateAxis(axis, shape: shape, layer: layerName)
        return shape
    }
}

/// The log-softmax over one axis as a layer; see ``logSoftmax(_:axis:)``.
public final class LogSoftmax: Module {
    public var isTraining = true
    /// The axis over which the exponentials sum to 1.
    public let axis: Int
    /// A log-softmax layer. The default value of `axis` is `-1`.
    public init(axis: Int = -1) { self.axis = axis }
    public func callAsFunction(_ x: Tensor) -> Tensor { logSoftmax(x, axis: axis) }
    public func outputShape(forInput shape: [Int]) throws(ModuleError) -> [Int] {
        try validateAxis(axis, shape: shape, layer: layerName)
        return shape
    }
}

/// Throws unless `axis` (possibly negative) is an axis of `shape`.
func validateAxis(_ axis: Int, shape: [Int], layer: String) throws(ModuleError) {
    let normalized = axis < 0 ? axis + shape.count : axis
    guard normalized >= 0 && normalized < shape.count else {
        throw ModuleError("\(layer): axis \(axis) is out of range for input shape \(shape)")
    }
}

// Each layer describes itself for model files: by its type name, and the
// settings that differ between instances.

extension Step: ConfigurableModule {
    public var configuration: NoConfiguration { NoConfiguration() }
    public convenience init(configuration: NoConfiguration) { self.init() }
}

extension Sigmoid: ConfigurableModule {
    public var configuration: NoConfiguration { NoConfiguration() }
    public convenience init(configuration: NoConfiguration) { self.init() }
}

extension Tanh: ConfigurableModule {
    public var configuration: NoConfiguration { NoConfiguration() }
    public convenience init(configuration: NoConfiguration) { self.init() }
}

extension ReLU: ConfigurableModule {
    public var configuration: NoConfiguration { NoConfiguration() }
    public convenience init(configuration: NoConfiguration) { self.init() }
}

extension SiLU: ConfigurableModule {
    public var configuration: NoConfiguration { NoConfiguration() }
    public convenience init(configuration: NoConfiguration) { self.init() }
}

extension Softplus: ConfigurableModule {
    public var configuration: NoConfiguration { NoConfiguration() }
    public convenience init(configuration: NoConfiguration) { self.init() }
}

extension Identity: ConfigurableModule {
    public var configuration: NoConfiguration { NoConfiguration() }
    public convenience init(configuration: NoConfiguration) { self.init() }
}

extension LeakyReLU: ConfigurableModule {
    /// The slope for x ≤ 0.
    public struct Configuration: Codable, Equatable, Sendable {
        public var negativeSlope: Double
    }
    public var configuration: Configuration { Configuration(negativeSlope: negativeSlope) }
    public convenience init(configuration: Configuration) { self.init(negativeSlope: configuration.negativeSlope) }
}

extension ELU: ConfigurableModule {
    /// The scale α of the negative part.
    public struct Configuration: Codable, Equatable, Sendable {
        public var alpha: Double
    }
    public var configuration: Configuration { Configuration(alpha: alpha) }
    public convenience init(configuration: Configuration) { self.init(alpha: configuration.alpha) }
}

extension GELU: ConfigurableModule {
    /// Exact (`none`) or the tanh approximation (`tanh`), PyTorch's names.
    public struct Configuration: Codable, Equatable, Sendable {
        public var approximate: String
    }
    public var configuration: Configuration {
        Configuration(approximate: approximation == .tanh ? "tanh" : "none")
    }
    public convenience init(configuration: Configuration) throws {
        switch configuration.approximate {
        case "none": self.init(approximation: .exact)
        case "tanh": self.init(approximation: .tanh)
        default: throw ModuleError("GELU: approximate must be \"none\" or \"tanh\", got \"\(configuration.approximate)\"")
        }
    }
}

extension Softmax: ConfigurableModule {
    /// The axis whose entries sum to 1.
    public struct Configuration: Codable, Equatable, Sendable {
        public var axis: Int
    }
    public var configuration: Configuration { Configuration(axis: axis) }
    public convenience init(configuration: Configuration) { self.init(axis: configuration.axis) }
}

extension LogSoftmax: ConfigurableModule {
    public var configuration: Softmax.Configuration { Softmax.Configuration(axis: axis) }
    public convenience init(configuration: Softmax.Configuration) { self.init(axis: configuration.axis) }
}
