import AxonTensor

/// AdaGrad: each coordinate's step shrinks with the square root of the sum
/// of its squared gradients, as `torch.optim.Adagrad`.
///
/// With gradient g and parameters w, at step t:
///
///     g ← g + λ·w                         (weight decay λ)
///     γ̃ ← γ / (1 + (t − 1)·η)             (learning-rate decay η)
///     s ← s + g²                          (s starts at s₀)
///     w ← w − γ̃·g / (√s + ε)
///
/// Paper: Duchi, Hazan & Singer, "Adaptive Subgradient Methods for Online
/// Learning and Stochastic Optimization" (JMLR 2011).
public final class AdaGrad: Optimizer {
    /// The step size γ. The default value is `1e-2`.
    public var learningRate: Double
    /// The learning-rate decay η. The default value is `0`.
    public let learningRateDecay: Double
    /// The coupled L2 penalty λ. The default value is `0`.
    public let weightDecay: Double
    /// The starting value s₀ of the sum of squares. The default value is `0`.
    public let initialAccumulatorValue: Double
    /// The term ε added to the denominator. The default value is `1e-10`.
    public let eps: Double

    /// The parameters being optimized, by name.
    public let parameters: [(name: String, parameter: Parameter)]
    /// Each parameter's state, in the order of ``parameters``.
    public var states: [ParameterState]

    /// The settings besides the learning rate, under PyTorch's `param_groups` names.
    public var hyperparameters: [String: Double] {
        ["lr_decay": learningRateDecay, "weight_decay": weightDecay, "initial_accumulator_value": initialAccumulatorValue, "eps": eps]
    }

    /// Creates the optimizer for a model's parameters (or any named list of them).
    ///
    /// - Parameters:
    ///   - learningRate: the step size γ. The default value is `1e-2`.
    ///   - learningRateDecay: η. The default value is `0`.
    ///   - weightDecay: λ. The default value is `0`.
    ///   - initialAccumulatorValue: s₀. The default value is `0`.
    ///   - eps: ε. The default value is `1e-10`.
    /// - Throws: ``OptimizerError`` if any of them is negative.
    public init(
        _ parameters: some ParameterContainer, learningRate: Double = 1e-2, learningRateDecay: Double = 0,
        weightDecay: Double = 0, initialAccumulatorValue: Double = 0, eps: Double = 1e-10
    ) throws(OptimizerError) {
        let require = Requirement(owner: "AdaGrad")
        try require.nonNegative("learningRate", learningRate)
        try require.nonNegative("learningRateDecay", learningRateDecay)
        try require.nonNegative("weightDecay", weightDecay)
        try require.nonNegative("initialAccumulatorValue", initialAccumulatorValue)
        try require.nonNegative("eps", eps)
        self.learningRate = learningRate
        self.learningRateDecay = learningRateDecay
        self.weightDecay = weightDecay
        self.initialAccumulatorValue = initialAccumulatorValue
        self.eps = eps
        self.parameters = parameters.namedParameters
        self.states = initialStates(self.parameters, owner: "AdaGrad")
    }

    /// Applies one AdaGrad update to every parameter that has a gradient.
    public func step() {
        let (gamma, eta, lambda, s0, eps) = (learningRate, learningRateDecay, weightDecay, initialAccumulatorValue, eps)
        forEachGradient { w, g, state in
            var g = g
            if lambda != 0 { g = g + w * lambda }
            let t = Double(state.step)
            let clr = gamma / (1 + (t - 1) * eta)
            var s = state.take("sum", or: Tensor.full(w.shape, value: s0, dtype: w.dtype))
            s += g.squared()
            let std = s.sqrt() + eps
            w -= g / std * clr
            state["sum"] = s
        }
    }
}
