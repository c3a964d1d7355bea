import AxonTensor

/// An activation chosen by name, for models built from a description such as
/// `axon summary --model 784-256-128-10 --activation relu`.
public enum Activation: String, CaseIterable, Sendable {
    case relu
    case sigmoid
    case tanh
    case leakyReLU = "leaky-relu"
    case elu
    case gelu
    case geluTanh = "gelu-tanh"
    case silu
    case softplus
    case step
    case identity

    /// The activation named `name`: one of `relu`, `sigmoid`, `tanh`,
    /// `leaky-relu`, `elu`, `gelu`, `gelu-tanh`, `silu`, `softplus`, `step`,
    /// `identity` (case-insensitive; `_` may replace `-`).
    public init(parsing name: String) throws(ModuleError) {
        let key = String(name.lowercased().map { $0 == "_" ? "-" : $0 })
        guard let activation = Activation(rawValue: key) else {
            let known = Activation.allCases.map(\.rawValue).joined(separator: ", ")
            throw ModuleError("Activation: unknown activation '\(name)'; expected one of \(known)")
        }
        self = activation
    }

    /// A new layer computing this activation with its default settings.
    public func makeLayer() -> any Module {
        switch self {
        case .relu: return ReLU()
        case .sigmoid: return Sigmoid()
        case .tanh: return Tanh()
        case .leakyReLU: return LeakyReLU()
        case .elu: return ELU()
        case .gelu: return GELU()
        case .geluTanh: return GELU(approximation: .tanh)
        case .silu: return SiLU()
        case .softplus: return Softplus()
        case .step: return Step()
        case .identity: return Identity()
        }
    }

    /// The activation applied to `x`. (The module name qualifies the free
    /// functions, which the cases of this enum would otherwise shadow.)
    public func callAsFunction(_ x: Tensor) -> Tensor {
        switch self {
        case .relu: return x.relu()
        case .sigmoid: return x.sigmoid()
        case .tanh: return x.tanh()
        case .leakyReLU: return AxonNN.leakyReLU(x)
        case .elu: return AxonNN.elu(x)
        case .gelu: return AxonNN.gelu(x)
        case .geluTanh: return AxonNN.gelu(x, approximation: .tanh)
        case .silu: return AxonNN.silu(x)
        case .softplus: return AxonNN.softplus(x)
        case .step: return AxonNN.step(x)
        case .identity: return x
        }
    }
}
