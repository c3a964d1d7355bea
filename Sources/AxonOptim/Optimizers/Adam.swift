import Foundation
import AxonTensor

/// Adam: steps scaled by bias-corrected running averages of the gradient
/// and of its square, as `torch.optim.Adam`.
///
/// With gradient g and parameters w, at step t:
///
///     g ← g + λ·w                    (coupled weight decay λ; AdamW decays w instead)
///     m ← β₁·m + (1 − β₁)·g
///     v ← β₂·v + (1 − β₂)·g²
///     v̂ ← max(v̂, v)                  (amsgrad only; else v̂ = v)
///     w ← w − γ/(1 − β₁ᵗ) · m / (√v̂ / √(1 − β₂ᵗ) + ε)
///
/// Papers: Kingma & Ba, "Adam: A Method for Stochastic Optimization" (ICLR
/// 2015); Reddi, Kale & Kumar, "On the Convergence of Adam and Beyond" (ICLR
/// 2018), for AMSGrad.
public class Adam: Optimizer {
    /// The step size γ. The default value is `1e-3`.
    public var learningRate: Double
    /// The decay rates (β₁, β₂) of the two running averages. The default value is `(0.9, 0.999)`.
    public let betas: (Double, Double)
    /// The term ε added to the denominator. The default value is `1e-8`.
    public let eps: Double
    /// The weight decay λ: an L2 penalty added to the gradient for Adam,
    /// a shrinking of the weights by γλ for ``AdamW``. The default value is
    /// `0` for Adam.
    public let weightDecay: Double
    /// Whether to use the running maximum of v (AMSGrad). The default value is `false`.
    public let amsgrad: Bool
    /// Whether weight decay shrinks the weights directly (`w ← w − γλ·w`)
    /// instead of joining the gradient: ``AdamW``. The default value is `false`.
    public let decoupledWeightDecay: Bool

    /// The parameters being optimized, by name.
    public let parameters: [(name: String, parameter: Parameter)]
    /// Each parameter's state, in the order of ``parameters``.
    public var states: [ParameterState]

    /// The settings besides the learning rate, under PyTorch's `param_groups` names.
    public var hyperparameters: [String: Double] {
        [
            "beta1": betas.0, "beta2": betas.1, "eps": eps, "weight_decay": weightDecay, "amsgrad": amsgrad ? 1 : 0,
            "decoupled_weight_decay": decoupledWeightDecay ? 1 : 0,
        ]
    }

    init(
        _ parameters: some ParameterContainer, learningRate: Double, betas: (Double, Double), eps: Double,
        weightDecay: Double, amsgrad: Bool, decoupledWeightDecay: Bool, owner: String
    ) throws(OptimizerError) {
        let require = Requirement(owner: owner)
        try require.nonNegative("learningRate", learningRate)
        try require.nonNegative("eps", eps)
        try require.decayRate("beta1", betas.0)
        try require.decayRate("beta2", betas.1)
        try require.nonNegative("weightDecay", weightDecay)
        self.learningRate = learningRate
        self.betas = betas
        self.eps = eps
        self.weightDecay = weightDecay
        self.amsgrad = amsgrad
        self.decoupledWeightDecay = decoupledWeightDecay
        self.parameters = parameters.namedParameters
        self.states = initialStates(self.parameters, owner: owner)
    }

    /// Creates the optimizer for a model's parameters (or any named list of them).
    ///
    /// - Parameters:
    ///   - learningRate: the step size γ. The default value is `1e-3`.
    ///   - betas: (β₁, β₂), each in [0, 1). The default value is `(0.9, 0.999)`.
    ///   - eps: ε. The default value is `1e-8`.
    ///   - weightDecay: λ. The default value is `0`.
    ///   - amsgrad: AMSGrad. The default value is `false`.
    ///   - decoupledWeightDecay: decay the weights as ``AdamW`` does. The default value is `false`.
    /// - Throws: ``OptimizerError`` for a negative learning rate, ε or weight
    ///   decay, or a β outside [0, 1).
    public convenience init(
        _ parameters: some ParameterContainer, learningRate: Double = 1e-3, betas: (Double, Double) = (0.9, 0.999),
        eps: Double = 1e-8, weightDecay: Double = 0, amsgrad: Bool = false, decoupledWeightDecay: Bool = false
    ) throws(OptimizerError) {
        try self.init(
            parameters, learningRate: learningRate, betas: betas, eps: eps, weightDecay: weightDecay,
            amsgrad: amsgrad, decoupledWeightDecay: decoupledWeightDecay, owner: "Adam")
    }

    /// Applies one Adam update to every parameter that has a gradient.
    public func step() {
        let (gamma, b1, b2, eps, lambda) = (learningRate, betas.0, betas.1, eps, weightDecay)
        forEachGradient { w, g, state in
            // One fused pass (AxonTensor's OptimizerKernels) of the formula above,
            // in PyTorch's order of operations.
            var m = state.take("exp_avg", or: Tensor.zeros(like: w))
            var v = state.take("exp_avg_sq", or: Tensor.zeros(like: w))
            var vMax: Tensor? = amsgrad ? state.take("max_exp_avg_sq", or: Tensor.zeros(like: w)) : nil
            let t = Double(state.step)
            OptimizerKernels.adam(
                parameter: &w, gradient: g, m: &m, v: &v, maxV: &vMax, beta1: b1, beta2: b2, eps: eps,
                weightDecay: lambda, decoupled: decoupledWeightDecay, learningRate: gamma,
                stepSize: gamma / (1 - pow(b1, t)), rootBiasCorrection2: (1 - pow(b2, t)).squareRoot())
            state["exp_avg"] = m
            state["exp_avg_sq"] = v
            if let vMax { state["max_exp_avg_sq"] = vMax }
        }
    }
}

/// AdamW: ``Adam`` with decoupled weight decay, which shrinks the weights
/// before the Adam step instead of adding λ·w to the gradient, as
/// `torch.optim.AdamW`:
///
///     w ← w − γλ·w,  then the Adam step with λ = 0
///
/// Paper: Loshchilov & Hutter, "Decoupled Weight Decay Regularization" (ICLR 2019).
public final class AdamW: Adam {
    /// Creates the optimizer for a model's parameters (or any named list of them).
    ///
    /// - Parameters:
    ///   - learningRate: the step size γ. The default value is `1e-3`.
    ///   - betas: (β₁, β₂), each in [0, 1). The default value is `(0.9, 0.999)`.
    ///   - eps: ε. The default value is `1e-8`.
    ///   - weightDecay: λ. The default value is `1e-2`.
    ///   - amsgrad: AMSGrad. The default value is `false`.
    /// - Throws: ``OptimizerError`` as ``Adam`` does.
    public init(
        _ parameters: some ParameterContainer, learningRate: Double = 1e-3, betas: (Double, Double) = (0.9, 0.999),
        eps: Double = 1e-8, weightDecay: Double = 1e-2, amsgrad: Bool = false
    ) throws(OptimizerError) {
        try super.init(
            parameters, learningRate: learningRate, betas: betas, eps: eps, weightDecay: weightDecay,
            amsgrad: amsgrad, decoupledWeightDecay: true, owner: "AdamW")
    }
}
