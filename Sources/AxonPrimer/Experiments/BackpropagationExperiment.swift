import Axon

/// Figure 7, backpropagation: for the sample and network of figure 6, the
/// gradients ∂L/∂a, ∂L/∂z, ∂L/∂W and ∂L/∂b at every layer from one
/// `backward()`, each beside its check by central finite differences in
/// float64, (L(θ + ε) − L(θ − ε)) / 2ε.
///
/// Axon keeps gradients only for leaves (the parameters); the gradients of
/// the intermediate values are read by identity ops placed on z and a whose
/// gradient rule records the gradient passing through.
public struct BackpropagationExperiment: Sendable {
    /// ε of the finite differences. The default value is `1e-6`.
    public var epsilon = 1e-6

    /// The figure's settings.
    public init() {}

    /// Backpropagation through the network drawn from `seed`.
    public func run(seed: UInt64) -> BackpropagationResult {
        let network = ExampleNetwork(seed: seed)
        var taps: [Int: GradientTap] = [:]
        let (_, activations, loss) = network.forward { index, tensor in
            let tap = GradientTap()
            taps[index] = tap
            return tap(tensor)
        }
        loss.backward()

        // Read every gradient first: the finite differences replace the parameters' values.
        var layers: [BackpropagationLayer] = network.layers.indices.map { index in
            let weight = network.layers[index].weight.value
            return BackpropagationLayer(
                activationGradient: taps[2 * index + 1]?.gradient?.doubles ?? [], activationGradientNumeric: [],
                preactivationGradient: taps[2 * index]?.gradient?.doubles ?? [],
                weightGradient: LayerParameters(weight: weight.grad ?? Tensor.zeros(like: weight), bias: nil).weights,
                weightGradientNumeric: [],
                biasGradient: network.layers[index].bias?.grad?.doubles ?? [], biasGradientNumeric: [])
        }
        for (index, layer) in network.layers.enumerated() {
            let activation = activations[index].detached()
            layers[index].activationGradientNumeric = numericalGradient(of: activation.doubles, shape: activation.shape) {
                network.loss(afterLayer: index, activation: $0)
            }
            let numericWeight = numericalGradient(of: layer.weight, network)
            layers[index].weightGradientNumeric = LayerParameters(
                weight: Tensor(numericWeight, shape: layer.weight.shape), bias: nil).weights
            if let bias = layer.bias { layers[index].biasGradientNumeric = numericalGradient(of: bias, network) }
        }
        return BackpropagationResult(sizes: ExampleNetwork.sizes, input: ExampleNetwork.sampleInput,
                                     target: ExampleNetwork.sampleTarget, loss: loss.item, epsilon: epsilon,
                                     layers: layers)
    }

    /// Central differences of the loss in each element of `parameter`.
    private func numericalGradient(of parameter: Parameter, _ network: ExampleNetwork) -> [Double] {
        let original = parameter.value.detached()
        defer { parameter.assign(original) }
        return numericalGradient(of: original.doubles, shape: original.shape) { perturbed in
            parameter.assign(perturbed)
            return network.loss()
        }
    }

    /// Central differences of `loss` in each element of the tensor `values`.
    private func numericalGradient(of values: [Double], shape: [Int], loss: (Tensor) -> Double) -> [Double] {
        var point = values
        var gradient: [Double] = []
        for element in values.indices {
            point[element] = values[element] + epsilon
            let above = loss(Tensor(point, shape: shape))
            point[element] = values[element] - epsilon
            let below = loss(Tensor(point, shape: shape))
            point[element] = values[element]
            gradient.append((above - below) / (2 * epsilon))
        }
        return gradient
    }
}

/// An identity op that records the gradient flowing back through it, so
/// the gradient of an intermediate tensor can be read after `backward()`.
final class GradientTap {
    /// The gradient that reached the tapped tensor, after `backward()`.
    private(set) var gradient: Tensor?

    /// The tensor, unchanged, with the tap in its graph.
    func callAsFunction(_ x: Tensor) -> Tensor {
        Tensor.custom("gradientTap", [x], forward: { $0[0] }, backward: { [self] g in
            gradient = g
            return [g]
        })
    }
}

/// What figure 7 shows.
public struct BackpropagationResult: Sendable, Equatable, Codable {
    /// The widths, input first.
    public var sizes: [Int]
    /// The sample.
    public var input: [Double]
    /// The target.
    public var target: [Double]
    /// The loss.
    public var loss: Double
    /// ε of the finite differences.
    public var epsilon: Double
    /// Each layer's gradients, first layer first.
    public var layers: [BackpropagationLayer]
}

/// One layer's gradients, from backpropagation and from finite differences.
public struct BackpropagationLayer: Sendable, Equatable, Codable {
    /// ∂L/∂a for the layer's activations.
    public var activationGradient: [Double]
    /// The same by finite differences.
    public var activationGradientNumeric: [Double]
    /// ∂L/∂z for the layer's pre-activations (∂L/∂a · σ′(z)).
    public var preactivationGradient: [Double]
    /// ∂L/∂W, `[neuron][input]`.
    public var weightGradient: [[Double]]
    /// The same by finite differences.
    public var weightGradientNumeric: [[Double]]
    /// ∂L/∂b.
    public var biasGradient: [Double]
    /// The same by finite differences.
    public var biasGradientNumeric: [Double]

    /// The largest |backpropagation − finite differences| over the layer's
    /// activations, weights and biases.
    public var maximumDifference: Double {
        let computed = activationGradient + weightGradient.flatMap { $0 } + biasGradient
        let numeric = activationGradientNumeric + weightGradientNumeric.flatMap { $0 } + biasGradientNumeric
        return zip(computed, numeric).reduce(0) { Swift.max($0, Swift.abs($1.0 - $1.1)) }
    }
}
