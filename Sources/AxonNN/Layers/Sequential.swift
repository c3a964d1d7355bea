import AxonTensor

/// Layers applied one after another, as `torch.nn.Sequential`: the output of
/// each is the input of the next.
///
/// Children are named by position (`"0"`, `"1"`, ...), so parameter names
/// match PyTorch's `state_dict` of the same `nn.Sequential`; layers without
/// parameters (activations) take their index too.
///
/// ```swift
/// let model = Sequential {
///     Dense(784, 128)
///     ReLU()
///     Dense(128, 10)
/// }
/// model.namedParameters.map(\.name)  // ["0.weight", "0.bias", "2.weight", "2.bias"]
/// ```
public final class Sequential: Module {
    /// The layers, in the order they are applied.
    public let layers: [any Module]
    public var isTraining = true

    /// How ``callAsFunction(_:)`` runs the layers, worked out once (they
    /// never change): a `Dense` or `Conv2d` layer with the activation that
    /// follows it fused in, any other layer alone.
    private let stages: [Stage]

    private enum Stage {
        case dense(Dense, LinearActivation)
        case convolution(Conv2d, LinearActivation)
        case layer(any Module)
    }

    /// A container of `layers`, applied in order.
    public init(_ layers: [any Module]) {
        self.layers = layers
        var stages: [Stage] = []
        var index = 0
        while index < layers.count {
            let activation = index + 1 < layers.count ? Self.fusable(layers[index + 1]) : nil
            if let activation, let dense = layers[index] as? Dense {
                stages.append(.dense(dense, activation))
                index += 2
            } else if let activation, let convolution = layers[index] as? Conv2d {
                stages.append(.convolution(convolution, activation))
                index += 2
            } else {
                stages.append(.layer(layers[index]))
                index += 1
            }
        }
        self.stages = stages
    }

    /// A container of the layers that `content` lists, one per line.
    public convenience init(@ModuleBuilder _ content: () -> [any Module]) {
        self.init(content())
    }

    public var children: [(name: String, module: any Module)] {
        layers.enumerated().map { (name: String($0.offset), module: $0.element) }
    }

    /// The layers applied in order. A ``Dense`` or ``Conv2d`` layer followed
    /// by ``ReLU``, ``Tanh`` or ``Sigmoid`` runs as one op with the activation
    /// fused (the same numbers, one buffer and graph node fewer).
    public func callAsFunction(_ x: Tensor) -> Tensor {
        var y = x
        for stage in stages {
            switch stage {
            case let .dense(dense, activation): y = dense(y, activation: activation)
            case let .convolution(convolution, activation): y = convolution(y, activation: activation)
            case let .layer(layer): y = layer(y)
            }
        }
        return y
    }

    /// The model as a stack of fully connected layers, each with the
    /// activation ``callAsFunction(_:)`` fuses into it, when that is all it
    /// is: `Dense` layers, each followed by at most one `ReLU`, `Tanh` or
    /// `Sigmoid`. Nil for any other layer (the trainer then records the
    /// graph as for every model).
    package var denseStack: [DenseStackLayer]? {
        var stack: [DenseStackLayer] = []
        for stage in stages {
            switch stage {
            case let .dense(dense, activation):
                stack.append(DenseStackLayer(weight: dense.weight, bias: dense.bias, activation: activation))
            case let .layer(dense as Dense):
                stack.append(DenseStackLayer(weight: dense.weight, bias: dense.bias, activation: .identity))
            default:
                return nil
            }
        }
        return stack.isEmpty ? nil : stack
    }

    /// The fused form of an activation layer, if it has one.
    private static func fusable(_ layer: any Module) -> LinearActivation? {
        switch layer {
        case is ReLU: return .relu
        case is Tanh: return .tanh
        case is Sigmoid: return .sigmoid
        default: return nil
        }
    }

}

extension Sequential: ConfigurableModule {
    /// The layers' architectures, in order.
    public struct Configuration: Codable, Equatable, Sendable {
        /// Each layer's type and configuration.
        public var layers: [ModuleArchitecture]
    }

    /// The architectures of the layers; throws for a layer whose type is not registered.
    public var configuration: Configuration {
        get throws { Configuration(layers: try layers.map { layer throws(ModuleError) in try ModuleArchitecture(describing: layer) }) }
    }

    /// A container of the layers the configuration describes, built in order.
    public convenience init(configuration: Configuration) throws {
        var layers: [any Module] = []
        for architecture in configuration.layers { layers.append(try architecture.makeModule()) }
        self.init(layers)
    }
}

/// Builds the layer list of a ``Sequential`` from a closure with one layer per
/// line; `if`, `if`–`else`, `for` loops and arrays of layers are allowed.
@resultBuilder
public enum ModuleBuilder {
    /// One layer.
    public static func buildExpression(_ layer: any Module) -> [any Module] { [layer] }
    /// Several layers, in order.
    public static func buildExpression(_ layers: [any Module]) -> [any Module] { layers }
    /// The lines of the closure, joined in order.
    public static func buildBlock(_ parts: [any Module]...) -> [any Module] { parts.flatMap { $0 } }
    /// An `if` without `else`: its layers, or none.
    public static func buildOptional(_ part: [any Module]?) -> [any Module] { part ?? [] }
    /// The `if` branch of an `if`–`else`.
    public static func buildEither(first part: [any Module]) -> [any Module] { part }
    /// The `else` branch of an `if`–`else`.
    public static func buildEither(second part: [any Module]) -> [any Module] { part }
    /// A `for` loop: every iteration's layers, in order.
    public static func buildArray(_ parts: [[any Module]]) -> [any Module] { parts.flatMap { $0 } }
}
