import Axon

/// Figure 5, activation functions and their derivatives: every activation
/// Axon has (`Activation.allCases`) on a grid of x, with f′(x) computed by
/// backpropagation (the gradient of Σ f(xᵢ) with respect to each xᵢ), not by
/// its formula.
public struct ActivationExperiment: Sendable {
    /// The smallest x. The default value is `-4`.
    public var low = -4.0
    /// The largest x. The default value is `4`.
    public var high = 4.0
    /// The number of grid points, both ends included. The default value is
    /// `161` (steps of 0.05, with x = 0 on the grid).
    public var count = 161

    /// The figure's settings.
    public init() {}

    /// f and f′ of every activation, in float64.
    public func run() -> ActivationResult {
        let xs = evenlySpaced(from: low, to: high, count: count)
        let x = Tensor(xs)
        var curves: [ActivationCurve] = []
        for activation in Activation.allCases {
            let f = noGrad { activation(x) }
            let derivatives = gradient(at: x) { activation($0).sum() }
            curves.append(ActivationCurve(name: activation.rawValue, formula: activation.formula,
                                          derivativeFormula: activation.derivativeFormula,
                                          values: f.doubles, derivatives: derivatives.doubles))
        }
        return ActivationResult(xs: xs, curves: curves)
    }
}

/// What figure 5 shows.
public struct ActivationResult: Sendable, Equatable, Codable {
    /// The grid of x, shared by every curve.
    public var xs: [Double]
    /// One curve per activation, in `Activation.allCases` order.
    public var curves: [ActivationCurve]
}

/// One activation's values and derivatives on the grid.
public struct ActivationCurve: Sendable, Equatable, Codable {
    /// Axon's name for it (`relu`, `sigmoid`, `leaky-relu`, …).
    public var name: String
    /// f(x) as a caption prints it.
    public var formula: String
    /// f′(x) as a caption prints it (what autograd is compared with).
    public var derivativeFormula: String
    /// f at each x.
    public var values: [Double]
    /// f′ at each x, from backpropagation.
    public var derivatives: [Double]
}

extension Activation {
    /// The function's formula, for captions.
    var formula: String {
        switch self {
        case .relu: return "max(0, x)"
        case .sigmoid: return "σ(x) = 1 / (1 + e^−x)"
        case .tanh: return "tanh(x)"
        case .leakyReLU: return "x if x > 0, else 0.01x"
        case .elu: return "x if x > 0, else e^x − 1"
        case .gelu: return "x·Φ(x)"
        case .geluTanh: return "½x(1 + tanh(√(2/π)(x + 0.044715x³)))"
        case .silu: return "x·σ(x)"
        case .softplus: return "log(1 + e^x)"
        case .step: return "1 if x > 0, else 0"
        case .identity: return "x"
        }
    }

    /// The derivative's formula, for captions.
    var derivativeFormula: String {
        switch self {
        case .relu: return "1 if x > 0, else 0"
        case .sigmoid: return "σ(x)(1 − σ(x))"
        case .tanh: return "1 − tanh²(x)"
        case .leakyReLU: return "1 if x > 0, else 0.01"
        case .elu: return "1 if x > 0, else e^x"
        case .gelu: return "Φ(x) + x·φ(x)"
        case .geluTanh: return "½(1 + tanh u) + ½x(1 − tanh²u)·√(2/π)(1 + 3·0.044715x²)"
        case .silu: return "σ(x)(1 + x(1 − σ(x)))"
        case .softplus: return "σ(x)"
        case .step: return "0"
        case .identity: return "1"
        }
    }
}
