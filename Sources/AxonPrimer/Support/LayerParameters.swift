import Axon

/// A dense layer's parameters as plain numbers, in Axon's (and PyTorch's)
/// layout: `weights[j][i]` connects input i to neuron j.
public struct LayerParameters: Sendable, Equatable, Codable {
    /// m, the number of inputs.
    public var inputs: Int
    /// n, the number of neurons.
    public var outputs: Int
    /// n rows of m weights.
    public var weights: [[Double]]
    /// n biases.
    public var biases: [Double]

    /// m·n + n: the weights and biases between layers of m and n neurons.
    public var parameterCount: Int { inputs * outputs + outputs }
}

extension LayerParameters {
    /// The values of `weight` (`[n, m]`) and `bias` (`[n]`).
    init(weight: Tensor, bias: Tensor?) {
        let n = weight.shape[0], m = weight.shape[1]
        let values = weight.doubles
        self.init(inputs: m, outputs: n,
                  weights: (0 ..< n).map { Array(values[$0 * m ..< ($0 + 1) * m]) },
                  biases: bias?.doubles ?? Array(repeating: 0, count: n))
    }

    /// The values of a dense layer.
    init(_ layer: Dense) {
        self.init(weight: layer.weight.value, bias: layer.bias?.value)
    }
}

extension Sequential {
    /// The dense layers, in order.
    var denseLayers: [Dense] { layers.compactMap { $0 as? Dense } }
}
