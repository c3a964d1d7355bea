import Axon

/// Figure 6, forward propagation: one sample flowing through a 2-3-2
/// network with the sigmoid after each layer, the value at every neuron
/// (z = a·Wᵀ + b, then a = σ(z)) and the loss against the target.
public struct ForwardPropagationExperiment: Sendable {
    /// The figure's settings.
    public init() {}

    /// The forward pass of the network drawn from `seed`.
    public func run(seed: UInt64) -> ForwardPropagationResult {
        let network = ExampleNetwork(seed: seed)
        let (z, a, loss) = noGrad { network.forward() }
        let layers = network.layers.indices.map { index in
            ForwardLayerValues(parameters: LayerParameters(network.layers[index]),
                               preactivations: z[index].doubles, activations: a[index].doubles)
        }
        return ForwardPropagationResult(
            sizes: ExampleNetwork.sizes, activation: ExampleNetwork.activation.rawValue,
            input: ExampleNetwork.sampleInput, target: ExampleNetwork.sampleTarget, layers: layers,
            output: a[a.count - 1].doubles, loss: loss.item, lossFormula: ExampleNetwork.lossFormula)
    }
}

/// What figure 6 shows.
public struct ForwardPropagationResult: Sendable, Equatable, Codable {
    /// The widths, input first: `[2, 3, 2]`.
    public var sizes: [Int]
    /// The activation after every layer.
    public var activation: String
    /// The sample, a₀ = x.
    public var input: [Double]
    /// The target y.
    public var target: [Double]
    /// Each layer's weights and the values at its neurons.
    public var layers: [ForwardLayerValues]
    /// The network's output (the last layer's activations).
    public var output: [Double]
    /// The loss of the output against the target.
    public var loss: Double
    /// The loss's formula.
    public var lossFormula: String
}

/// One layer of the forward pass.
public struct ForwardLayerValues: Sendable, Equatable, Codable {
    /// The layer's weights and biases.
    public var parameters: LayerParameters
    /// z = a·Wᵀ + b at each neuron, a the previous layer's activations.
    public var preactivations: [Double]
    /// a = σ(z) at each neuron.
    public var activations: [Double]
}
