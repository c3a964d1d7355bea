import AxonTensor

/// RMSProp: the gradient divided by a running root mean square of recent
/// gradients, optionally centered and with momentum, as `torch.optim.RMSprop`.
///
/// With gradient g and parameters w, at each step:
///
///     g ← g + λ·w                          (weight decay λ)
///     v ← α·v + (1 − α)·g²
///     ḡ ← α·ḡ + (1 − α)·g                  (centered only)
///     a ← √(v − ḡ²) + ε  if centered,  else  a ← √v + ε
///     b ← μ·b + g / a,  w ← w − γ·b         (momentum μ > 0)
///     w ← w − γ·g / a                       (otherwise)
///
/// Paper: Hinton, Srivastava & Swersky, "Neural Networks for Machine
/// Learning", lecture 6e (2012); the centered form is from Graves,
/// "Generating Sequences With Recurrent Neural Networks" (2013).
public final class RMSProp: Optimizer {
    /// The step size γ. The default value is `1e-2`.
    public var learningRate: Double
    /// The smoothing constant α of the running averages. The default value is `0.99`.
    public let alpha: Double
    /// The term ε added to the denominator. The default value is `1e-8`.
    public let eps: Double
    /// The coupled L2 penalty λ. The default value is `0`.
    public let weightDecay: Double
    /// The momentum factor μ. The default value is `0`.
    public let momentum: Double
    /// Whether to divide by an estimate of the gradient's variance rather than
    /// its second moment. The default value is `false`.
    public let centered: Bool

    /// The parameters being optimized, by name.
    public let parameters: [(name: String, parameter: Parameter)]
    /// Each parameter's state, in the order of ``parameters``.
    public var states: [ParameterState]

    /// The settings besides the learning rate, under PyTorch's `param_groups` names.
    public var hyperparameters: [String: Double] {
        ["alpha": alpha, "eps": eps, "weight_decay": weightDecay, "momentum": momentum, "centered": centered ? 1 : 0]
    }

    /// Creates the optimizer for a model's parameters (or any named list of them).
    ///
    /// - Parameters:
    ///   - learningRate: the step size γ. The default value is `1e-2`.
    ///   - alpha: α. The default value is `0.99`.
    ///   - eps: ε. The default value is `1e-8`.
    ///   - weightDecay: λ. The default value is `0`.
    ///   - momentum: μ. The default value is `0`.
    ///   - centered: the centered variant. The default value is `false`.
    /// - Throws: ``OptimizerError`` if a numeric setting is negative.
    public init(
        _ parameters: some ParameterContainer, learningRate: Double = 1e-2, alpha: Double = 0.99, eps: Double = 1e-8,
        weightDecay: Double = 0, momentum: Double = 0, centered: Bool = false
    ) throws(OptimizerError) {
        let require = Requirement(owner: "RMSProp")
        try require.nonNegative("learningRate", learningRate)
        try require.nonNegative("alpha", alpha)
        try require.nonNegative("eps", eps)
        try require.nonNegative("weightDecay", weightDecay)
        try require.nonNegative("momentum", momentum)
        self.learningRate = learningRate
        self.alpha = alpha
        self.eps = eps
        self.weightDecay = weightDecay
        self.momentum = momentum
        self.centered = centered
        self.parameters = parameters.namedParameters
        self.states = initialStates(self.parameters, owner: "RMSProp")
    }

    /// Applies one RMSProp update to every parameter that has a gradient.
    public func step() {
        let (gamma, alpha, eps, lambda, mu) = (learningRate, alpha, eps, weightDecay, momentum)
        forEachGradient { w, g, state in
            var g = g
            if lambda != 0 { g = g + w * lambda }
            var v = state.take("square_avg", or: Tensor.zeros(like: w))
            v *= alpha
            v += g.squared() * (1 - alpha)
            var a: Tensor
            if centered {
                var gBar = state.take("grad_avg", or: Tensor.zeros(like: w))
                gBar *= alpha
                gBar += g * (1 - alpha)
                a = (v - gBar.squared()).sqrt()
                state["grad_avg"] = gBar
            } else {
                a = v.sqrt()
            }
            a += eps
            if mu > 0 {
                var b = state.take("momentum_buffer", or: Tensor.zeros(like: w))
                b *= mu
                b += g / a
                w -= b * gamma
                state["momentum_buffer"] = b
            } else {
                w -= g / a * gamma
            }
            state["square_avg"] = v
        }
    }
}
