import AxonTensor

/// Stochastic gradient descent, optionally with momentum (Polyak's heavy
/// ball, or Nesterov's), as `torch.optim.SGD`.
///
/// With gradient g of the loss and parameters w, at step t:
///
///     g ← g + λ·w                               (weight decay λ)
///     b ← g                        if t = 1     (momentum μ ≠ 0)
///     b ← μ·b + (1 − τ)·g          otherwise    (dampening τ)
///     g ← g + μ·b   if nesterov,   else g ← b
///     w ← w − γ·g
///
/// Plain gradient descent is the default: `momentum`, `dampening` and
/// `weightDecay` zero. Whether it is batch, stochastic or mini-batch gradient
/// descent depends only on the batches it is fed (`AxonData.BatchSize`).
///
/// Papers: Robbins & Monro, "A Stochastic Approximation Method" (1951);
/// Polyak, "Some methods of speeding up the convergence of iteration methods"
/// (1964); Sutskever et al., "On the importance of initialization and
/// momentum in deep learning" (ICML 2013), for the Nesterov form used here.
public final class SGD: Optimizer {
    /// The step size γ. The default value is `1e-3`.
    public var learningRate: Double
    /// The momentum factor μ. The default value is `0`.
    public let momentum: Double
    /// The dampening τ of the momentum. The default value is `0`.
    public let dampening: Double
    /// The coupled L2 penalty λ, added to the gradient. The default value is `0`.
    public let weightDecay: Double
    /// Whether to use Nesterov momentum. The default value is `false`.
    public let nesterov: Bool

    /// The parameters being optimized, by name.
    public let parameters: [(name: String, parameter: Parameter)]
    /// Each parameter's state, in the order of ``parameters``.
    public var states: [ParameterState]

    /// The settings besides the learning rate, under PyTorch's `param_groups` names.
    public var hyperparameters: [String: Double] {
        ["momentum": momentum, "dampening": dampening, "weight_decay": weightDecay, "nesterov": nesterov ? 1 : 0]
    }

    /// Creates the optimizer for a model's parameters (or any named list of them).
    ///
    /// - Parameters:
    ///   - learningRate: the step size γ. The default value is `1e-3`.
    ///   - momentum: μ. The default value is `0`.
    ///   - dampening: τ. The default value is `0`.
    ///   - weightDecay: λ. The default value is `0`.
    ///   - nesterov: Nesterov momentum, which needs μ > 0 and τ = 0. The default value is `false`.
    /// - Throws: ``OptimizerError`` for a negative learning rate, momentum or
    ///   weight decay, or Nesterov without momentum or with dampening.
    public init(
        _ parameters: some ParameterContainer, learningRate: Double = 1e-3, momentum: Double = 0,
        dampening: Double = 0, weightDecay: Double = 0, nesterov: Bool = false
    ) throws(OptimizerError) {
        let require = Requirement(owner: "SGD")
        try require.nonNegative("learningRate", learningRate)
        try require.nonNegative("momentum", momentum)
        try require.nonNegative("weightDecay", weightDecay)
        if nesterov && (momentum <= 0 || dampening != 0) {
            throw .incompatibleSettings(
                owner: "SGD",
                reason: "nesterov requires momentum > 0 and dampening 0 (got momentum \(momentum), dampening \(dampening))")
        }
        self.learningRate = learningRate
        self.momentum = momentum
        self.dampening = dampening
        self.weightDecay = weightDecay
        self.nesterov = nesterov
        self.parameters = parameters.namedParameters
        self.states = initialStates(self.parameters, owner: "SGD")
    }

    /// Applies one SGD update to every parameter that has a gradient.
    public func step() {
        let (gamma, mu, tau, lambda) = (learningRate, momentum, dampening, weightDecay)
        forEachGradient { w, g, state in
            // One fused pass (AxonTensor's OptimizerKernels) with exactly these
            // steps: d = g + λw; b = μb + (1 − τ)d (b = d at first); d = d + μb
            // (Nesterov) or b; w = w − γd.
            state.update("momentum_buffer") { buffer in
                OptimizerKernels.sgd(parameter: &w, gradient: g, buffer: &buffer, learningRate: gamma, momentum: mu,
                                     dampening: tau, weightDecay: lambda, nesterov: nesterov)
            }
        }
    }
}
