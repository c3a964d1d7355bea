import AxonTensor

/// Adadelta: a step whose units come from running averages of squared
/// gradients and squared updates, as `torch.optim.Adadelta`.
///
/// With gradient g and parameters w, at each step:
///
///     g ← g + λ·w                              (weight decay λ)
///     v ← ρ·v + (1 − ρ)·g²
///     Δ ← √(u + ε) / √(v + ε) · g
///     u ← ρ·u + (1 − ρ)·Δ²
///     w ← w − γ·Δ
///
/// Paper: Zeiler, "ADADELTA: An Adaptive Learning Rate Method" (2012).
public final class Adadelta: Optimizer {
    /// The step size γ. The default value is `1.0`.
    public var learningRate: Double
    /// The decay rate ρ of the running averages. The default value is `0.9`.
    public let rho: Double
    /// The term ε inside both square roots. The default value is `1e-6`.
    public let eps: Double
    /// The coupled L2 penalty λ. The default value is `0`.
    public let weightDecay: Double

    /// The parameters being optimized, by name.
    public let parameters: [(name: String, parameter: Parameter)]
    /// Each parameter's state, in the order of ``parameters``.
    public var states: [ParameterState]

    /// The settings besides the learning rate, under PyTorch's `param_groups` names.
    public var hyperparameters: [String: Double] {
        ["rho": rho, "eps": eps, "weight_decay": weightDecay]
    }

    /// Creates the optimizer for a model's parameters (or any named list of them).
    ///
    /// - Parameters:
    ///   - learningRate: γ, which scales Δ. The default value is `1.0`.
    ///   - rho: ρ, in [0, 1]. The default value is `0.9`.
    ///   - eps: ε. The default value is `1e-6`.
    ///   - weightDecay: λ. The default value is `0`.
    /// - Throws: ``OptimizerError`` for a negative setting or ρ above 1.
    public init(
        _ parameters: some ParameterContainer, learningRate: Double = 1.0, rho: Double = 0.9, eps: Double = 1e-6,
        weightDecay: Double = 0
    ) throws(OptimizerError) {
        let require = Requirement(owner: "Adadelta")
        try require.nonNegative("learningRate", learningRate)
        try require.check(rho >= 0 && rho <= 1, "rho", rho, "must be in [0, 1]")
        try require.nonNegative("eps", eps)
        try require.nonNegative("weightDecay", weightDecay)
        self.learningRate = learningRate
        self.rho = rho
        self.eps = eps
        self.weightDecay = weightDecay
        self.parameters = parameters.namedParameters
        self.states = initialStates(self.parameters, owner: "Adadelta")
    }

    /// Applies one Adadelta update to every parameter that has a gradient.
    public func step() {
        let (gamma, rho, eps, lambda) = (learningRate, rho, eps, weightDecay)
        forEachGradient { w, g, state in
            var g = g
            if lambda != 0 { g = g + w * lambda }
            var v = state.take("square_avg", or: Tensor.zeros(like: w))
            var u = state.take("acc_delta", or: Tensor.zeros(like: w))
            v *= rho
            v += g.squared() * (1 - rho)
            let std = (v + eps).sqrt()
            let delta = (u + eps).sqrt() / std * g
            u *= rho
            u += delta.squared() * (1 - rho)
            w -= delta * gamma
            state["square_avg"] = v
            state["acc_delta"] = u
        }
    }
}
