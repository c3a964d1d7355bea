import Foundation
import AxonTensor

/// Adamax: Adam with the second moment replaced by an exponentially
/// weighted infinity norm, as `torch.optim.Adamax`.
///
/// With gradient g and parameters w, at step t:
///
///     g ← g + λ·w                       (weight decay λ)
///     m ← β₁·m + (1 − β₁)·g
///     u ← max(β₂·u, |g| + ε)
///     w ← w − γ/(1 − β₁ᵗ) · m / u
///
/// Paper: Kingma & Ba, "Adam: A Method for Stochastic Optimization" (ICLR
/// 2015), section 7.1.
public final class Adamax: Optimizer {
    /// The step size γ. The default value is `2e-3`.
    public var learningRate: Double
    /// The decay rates (β₁, β₂) of the average and of the norm. The default value is `(0.9, 0.999)`.
    public let betas: (Double, Double)
    /// The term ε added to |g|. The default value is `1e-8`.
    public let eps: Double
    /// The coupled L2 penalty λ. The default value is `0`.
    public let weightDecay: Double

    /// The parameters being optimized, by name.
    public let parameters: [(name: String, parameter: Parameter)]
    /// Each parameter's state, in the order of ``parameters``.
    public var states: [ParameterState]

    /// The settings besides the learning rate, under PyTorch's `param_groups` names.
    public var hyperparameters: [String: Double] {
        ["beta1": betas.0, "beta2": betas.1, "eps": eps, "weight_decay": weightDecay]
    }

    /// Creates the optimizer for a model's parameters (or any named list of them).
    ///
    /// - Parameters:
    ///   - learningRate: the step size γ. The default value is `2e-3`.
    ///   - betas: (β₁, β₂), each in [0, 1). The default value is `(0.9, 0.999)`.
    ///   - eps: ε. The default value is `1e-8`.
    ///   - weightDecay: λ. The default value is `0`.
    /// - Throws: ``OptimizerError`` for a negative setting or a β outside [0, 1).
    public init(
        _ parameters: some ParameterContainer, learningRate: Double = 2e-3, betas: (Double, Double) = (0.9, 0.999),
        eps: Double = 1e-8, weightDecay: Double = 0
    ) throws(OptimizerError) {
        let require = Requirement(owner: "Adamax")
        try require.nonNegative("learningRate", learningRate)
        try require.nonNegative("eps", eps)
        try require.decayRate("beta1", betas.0)
        try require.decayRate("beta2", betas.1)
        try require.nonNegative("weightDecay", weightDecay)
        self.learningRate = learningRate
        self.betas = betas
        self.eps = eps
        self.weightDecay = weightDecay
        self.parameters = parameters.namedParameters
        self.states = initialStates(self.parameters, owner: "Adamax")
    }

    /// Applies one Adamax update to every parameter that has a gradient.
    public func step() {
        let (gamma, b1, b2, eps, lambda) = (learningRate, betas.0, betas.1, eps, weightDecay)
        forEachGradient { w, g, state in
            var g = g
            if lambda != 0 { g = g + w * lambda }
            var m = state.take("exp_avg", or: Tensor.zeros(like: w))
            var u = state.take("exp_inf", or: Tensor.zeros(like: w))
            m += (g - m) * (1 - b1)
            u *= b2
            u = Tensor.maximum(u, g.abs() + eps)
            let t = Double(state.step)
            let clr = gamma / (1 - pow(b1, t))
            w -= m / u * clr
            state["exp_avg"] = m
            state["exp_inf"] = u
        }
    }
}
