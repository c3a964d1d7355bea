import Axon
import Foundation

/// An optimizer's rule and hyper-parameters, as plain values: what a figure's
/// legend and caption print, and what builds the Axon optimizer that ran.
public struct OptimizerSettings: Sendable, Equatable, Codable {
    /// The name in the figure's legend ("Momentum", "Adam").
    public var name: String
    /// The update rule and its settings besides the learning rate.
    public var rule: OptimizerRule
    /// The step size γ.
    public var learningRate: Double
    /// The examples per batch, or `nil` for the whole data set at once (and
    /// for a function of the parameters alone, which has no data).
    public var batchSize: Int?

    /// Settings for `rule` with step size `learningRate`.
    public init(_ name: String, _ rule: OptimizerRule, learningRate: Double, batchSize: Int? = nil) {
        self.name = name
        self.rule = rule
        self.learningRate = learningRate
        self.batchSize = batchSize
    }

    /// "Adam: lr 0.001, beta1 0.9, beta2 0.999, eps 1e-08, batch 32": the
    /// settings as a caption prints them, by PyTorch's names (no batch for
    /// the whole set or for a function without data).
    public var summary: String {
        var parts = ["lr \(PlotNumber.format(learningRate))"]
        for (name, value) in rule.settings { parts.append("\(name) \(PlotNumber.format(value))") }
        if let batchSize { parts.append("batch \(batchSize)") }
        return "\(name): " + parts.joined(separator: ", ")
    }

    /// The Axon optimizer these settings describe, over `parameters`.
    func makeOptimizer(_ parameters: some ParameterContainer) throws(OptimizerError) -> any Optimizer {
        switch rule {
        case .sgd(let momentum):
            return try SGD(parameters, learningRate: learningRate, momentum: momentum)
        case .adaGrad(let eps):
            return try AdaGrad(parameters, learningRate: learningRate, eps: eps)
        case .rmsProp(let alpha, let eps):
            return try RMSProp(parameters, learningRate: learningRate, alpha: alpha, eps: eps)
        case .adam(let beta1, let beta2, let eps):
            return try Adam(parameters, learningRate: learningRate, betas: (beta1, beta2), eps: eps)
        }
    }
}

/// The update rules the figures compare, each with its settings besides the
/// learning rate (the learning rate and batch size are in ``OptimizerSettings``).
public enum OptimizerRule: Sendable, Equatable, Codable {
    /// Gradient descent, with heavy-ball momentum μ when it is not zero (Axon's `SGD`).
    case sgd(momentum: Double)
    /// AdaGrad with denominator term ε (Axon's `AdaGrad`).
    case adaGrad(eps: Double)
    /// RMSProp with smoothing α and ε (Axon's `RMSProp`).
    case rmsProp(alpha: Double, eps: Double)
    /// Adam with decay rates β₁, β₂ and ε (Axon's `Adam`).
    case adam(beta1: Double, beta2: Double, eps: Double)

    /// The settings by PyTorch's names, in a fixed order; plain gradient
    /// descent has none.
    public var settings: [(name: String, value: Double)] {
        switch self {
        case .sgd(let momentum): return momentum == 0 ? [] : [("momentum", momentum)]
        case .adaGrad(let eps): return [("eps", eps)]
        case .rmsProp(let alpha, let eps): return [("alpha", alpha), ("eps", eps)]
        case .adam(let beta1, let beta2, let eps): return [("beta1", beta1), ("beta2", beta2), ("eps", eps)]
        }
    }
}
