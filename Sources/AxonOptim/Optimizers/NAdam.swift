import Foundation
import AxonTensor

/// NAdam: Adam with Nesterov momentum, whose momentum coefficient warms up
/// over the first steps, as `torch.optim.NAdam`.
///
/// With gradient g and parameters w, at step t:
///
///     g ← g + λ·w                                    (weight decay λ)
///     μₜ ← β₁·(1 − ½·0.96^(t·ψ)),  μₜ₊₁ ← β₁·(1 − ½·0.96^((t+1)·ψ))
///     m ← β₁·m + (1 − β₁)·g
///     v ← β₂·v + (1 − β₂)·g²
///     d ← √(v / (1 − β₂ᵗ)) + ε
///     w ← w − γ·(1 − μₜ)/(1 − Πᵢ≤ₜ μᵢ) · g / d − γ·μₜ₊₁/(1 − Πᵢ≤ₜ₊₁ μᵢ) · m / d
///
/// Paper: Dozat, "Incorporating Nesterov Momentum into Adam" (ICLR 2016 workshop).
public final class NAdam: Optimizer {
    /// The step size γ. The default value is `2e-3`.
    public var learningRate: Double
    /// The decay rates (β₁, β₂) of the two running averages. The default value is `(0.9, 0.999)`.
    public let betas: (Double, Double)
    /// The term ε added to the denominator. The default value is `1e-8`.
    public let eps: Double
    /// The coupled L2 penalty λ. The default value is `0`.
    public let weightDecay: Double
    /// The momentum decay ψ of the μ schedule. The default value is `4e-3`.
    public let momentumDecay: Double

    /// The parameters being optimized, by name.
    public let parameters: [(name: String, parameter: Parameter)]
    /// Each parameter's state, in the order of ``parameters``.
    public var states: [ParameterState]

    /// The settings besides the learning rate, under PyTorch's `param_groups` names.
    public var hyperparameters: [String: Double] {
        ["beta1": betas.0, "beta2": betas.1, "eps": eps, "weight_decay": weightDecay, "momentum_decay": momentumDecay]
    }

    /// Creates the optimizer for a model's parameters (or any named list of them).
    ///
    /// - Parameters:
    ///   - learningRate: the step size γ. The default value is `2e-3`.
    ///   - betas: (β₁, β₂), each in [0, 1). The default value is `(0.9, 0.999)`.
    ///   - eps: ε. The default value is `1e-8`.
    ///   - weightDecay: λ. The default value is `0`.
    ///   - momentumDecay: ψ. The default value is `4e-3`.
    /// - Throws: ``OptimizerError`` for a negative setting or a β outside [0, 1).
    public init(
        _ parameters: some ParameterContainer, learningRate: Double = 2e-3, betas: (Double, Double) = (0.9, 0.999),
        eps: Double = 1e-8, weightDecay: Double = 0, momentumDecay: Double = 4e-3
    ) throws(OptimizerError) {
        let require = Requirement(owner: "NAdam")
        try require.nonNegative("learningRate", learningRate)
        try require.nonNegative("eps", eps)
        try require.decayRate("beta1", betas.0)
        try require.decayRate("beta2", betas.1)
        try require.nonNegative("weightDecay", weightDecay)
        try require.nonNegative("momentumDecay", momentumDecay)
        self.learningRate = learningRate
        self.betas = betas
        self.eps = eps
        self.weightDecay = weightDecay
        self.momentumDecay = momentumDecay
        self.parameters = parameters.namedParameters
        self.states = initialStates(self.parameters, owner: "NAdam")
    }

    /// Applies one NAdam update to every parameter that has a gradient.
    public func step() {
        let (gamma, b1, b2, eps, lambda, psi) = (learningRate, betas.0, betas.1, eps, weightDecay, momentumDecay)
        forEachGradient { w, g, state in
            var g = g
            if lambda != 0 { g = g + w * lambda }
            let t = Double(state.step)
            let mu = b1 * (1 - 0.5 * pow(0.96, t * psi))
            let muNext = b1 * (1 - 0.5 * pow(0.96, (t + 1) * psi))
            // The running product Πμᵢ is kept as a float64 scalar slot, as PyTorch keeps `mu_product`.
            let muProduct = (state["mu_product"]?.item ?? 1) * mu
            let muProductNext = muProduct * muNext
            var m = state.take("exp_avg", or: Tensor.zeros(like: w))
            var v = state.take("exp_avg_sq", or: Tensor.zeros(like: w))
            m += (g - m) * (1 - b1)
            v *= b2
            v += g.squared() * (1 - b2)
            let d = (v / (1 - pow(b2, t))).sqrt() + eps
            w -= g / d * (gamma * (1 - mu) / (1 - muProduct))
            w -= m / d * (gamma * muNext / (1 - muProductNext))
            state["exp_avg"] = m
            state["exp_avg_sq"] = v
            state["mu_product"] = Tensor(muProduct, dtype: .float64)
        }
    }
}
