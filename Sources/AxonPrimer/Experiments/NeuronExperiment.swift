import Axon

/// Figure 1, the McCulloch–Pitts neuron: binary inputs, weights, their
/// weighted sum z = w·x, and the output step(z − θ), 1 when the sum passes
/// the threshold θ. With weights (1, 1) the threshold alone decides the
/// function: θ = 1.5 gives AND, θ = 0.5 gives OR.
///
/// Every row of the truth tables is computed by Axon: `Tensor.linear` for
/// the weighted sum and the threshold (as a bias −θ), AxonNN's `step` for
/// the output.
public struct NeuronExperiment: Sendable {
    /// The neurons of the worked example: name, weights, threshold and the
    /// logical function they are meant to compute.
    public var neurons: [(name: String, weights: [Double], threshold: Double)] = [
        ("AND", [1, 1], 1.5),
        ("OR", [1, 1], 0.5),
    ]

    /// The figure's settings.
    public init() {}

    /// Every neuron's output on the four input pairs (0,0), (0,1), (1,0), (1,1).
    public func run() -> NeuronResult {
        let inputs: [[Double]] = [[0, 0], [0, 1], [1, 0], [1, 1]]
        let x = Tensor(inputs)
        var results: [ThresholdNeuron] = []
        for neuron in neurons {
            let weight = Tensor(neuron.weights, shape: [1, neuron.weights.count])
            let z = Tensor.linear(x, weight: weight)
            let output = step(z - neuron.threshold)
            let sums = z.doubles, outputs = output.doubles
            let rows = inputs.indices.map { row in
                TruthTableRow(inputs: inputs[row], weightedSum: sums[row], output: Int(outputs[row]))
            }
            results.append(ThresholdNeuron(name: neuron.name, weights: neuron.weights, threshold: neuron.threshold,
                                           rows: rows))
        }
        return NeuronResult(neurons: results)
    }
}

/// What figure 1 shows: each neuron's weights, threshold and truth table.
public struct NeuronResult: Sendable, Equatable, Codable {
    /// The AND neuron, then the OR neuron.
    public var neurons: [ThresholdNeuron]
}

/// One McCulloch–Pitts neuron and what it computes on every input pair.
public struct ThresholdNeuron: Sendable, Equatable, Codable {
    /// "AND" or "OR".
    public var name: String
    /// The weight of each input.
    public var weights: [Double]
    /// θ: the neuron fires when the weighted sum exceeds it.
    public var threshold: Double
    /// The truth table, inputs (0,0), (0,1), (1,0), (1,1) in order.
    public var rows: [TruthTableRow]
}

/// One row of a neuron's truth table.
public struct TruthTableRow: Sendable, Equatable, Codable {
    /// The binary inputs.
    public var inputs: [Double]
    /// z = Σ wᵢxᵢ.
    public var weightedSum: Double
    /// step(z − θ): 1 or 0.
    public var output: Int
}
