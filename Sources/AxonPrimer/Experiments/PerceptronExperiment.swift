import Axon

/// Figure 2, the perceptron: Rosenblatt's rule on two linearly separable
/// classes (triangles, class 0, and squares, class 1: AxonData's `blobs`),
/// the separating line after every epoch until an epoch makes no mistake.
///
/// The perceptron starts from a random line (weights and bias uniform in
/// [−1, 1], negated if that puts most points on their class's side) and
/// visits the points in a random order; Axon's `Perceptron`
/// runs one epoch per call of `train`, so the line can be read after each.
public struct PerceptronExperiment: Sendable {
    /// Points of each class. The default value is `20`.
    public var samplesPerClass = 20
    /// The spread of each cluster around (±1.5, ±1.5). The default value is `0.9`.
    public var noise = 0.9
    /// η. The default value is `0.03`: small beside the random first line,
    /// so the line turns over several epochs.
    public var learningRate = 0.03
    /// The most epochs before giving up. The default value is `100`.
    public var maximumEpochs = 100

    /// The figure's settings.
    public init() {}

    /// Trains a perceptron on blobs drawn with `seed`, from a random line
    /// and in a random order drawn from it too.
    public func run(seed: UInt64) throws -> PerceptronResult {
        let drawn = SyntheticData.blobs(samplesPerClass: samplesPerClass, testSamplesPerClass: 0, noise: noise,
                                        seed: seed).train
        // Visit the points in a random order, not alternating classes. (The
        // constant keeps this stream apart from the one that drew the points.)
        var generator = RandomGenerator(seed: seed ^ 0x7065_7263_6570_7472)
        let data = drawn.subset(indices: Tensor.randomPermutation(drawn.count, generator: &generator).integers)
        let x = data.features.cast(to: .float64)
        let labels = data.targets
        let perceptron = Perceptron(inputs: 2, learningRate: learningRate)
        // A random first line, facing the wrong way (most points on the wrong
        // side), so that epoch 0 draws a line and the rule has to turn it around.
        let weight = Tensor.randomUniform([1, 2], low: -1, high: 1, dtype: .float64, generator: &generator)
        let bias = Tensor.randomUniform([1], low: -1, high: 1, dtype: .float64, generator: &generator)
        perceptron.weight.assign(weight)
        perceptron.bias.assign(bias)
        if 2 * misclassified(perceptron, x, labels) < data.count {
            perceptron.weight.assign(-weight)
            perceptron.bias.assign(-bias)
        }
        var lines = [perceptron.line]
        var errors = [misclassified(perceptron, x, labels)]
        var mistakes: [Int] = []
        while mistakes.count < maximumEpochs && mistakes.last != 0 {
            let report = try perceptron.train(samples: x, labels: labels, maximumEpochs: 1)
            mistakes.append(report.mistakesPerEpoch[0])
            lines.append(perceptron.line)
            errors.append(misclassified(perceptron, x, labels))
        }
        let points = data.labeledPoints
        // A square around the origin that holds every point, to the next half unit.
        let reach = ((points.map { Swift.max(Swift.abs($0.x), Swift.abs($0.y)) }.max() ?? 1) * 2).rounded(.up) / 2 + 0.5
        let box = PlotBox(xMin: -reach, xMax: reach, yMin: -reach, yMax: reach)
        return PerceptronResult(points: points, box: box, learningRate: learningRate, lines: lines,
                                mistakesPerEpoch: mistakes, misclassifiedAfterEpoch: errors,
                                converged: mistakes.last == 0)
    }

    private func misclassified(_ perceptron: Perceptron, _ x: Tensor, _ labels: Tensor) -> Int {
        let predicted = noGrad { perceptron(x) }.reshaped([-1])
        return Int((predicted.cast(to: .int64) .!= labels).cast(to: .int64).sum().item)
    }
}

/// What figure 2 shows.
public struct PerceptronResult: Sendable, Equatable, Codable {
    /// The training points: triangles (label 0) and squares (label 1).
    public var points: [LabeledPoint]
    /// A square about the origin holding every point, with half a unit to spare.
    public var box: PlotBox
    /// η.
    public var learningRate: Double
    /// The line after 0, 1, 2, … epochs (`lines[0]` is the random start,
    /// which misclassifies at least half the points).
    public var lines: [Line2D]
    /// The updates (mistakes) the rule made in each epoch, epochs 1, 2, ….
    public var mistakesPerEpoch: [Int]
    /// The points on the wrong side of `lines[e]`, for each e.
    public var misclassifiedAfterEpoch: [Int]
    /// Whether an epoch ended without a mistake.
    public var converged: Bool

    /// The epochs run, the last of them (when converged) without a mistake.
    public var epochs: Int { mistakesPerEpoch.count }
    /// The epoch after which the line no longer changed (the last epoch with
    /// a mistake), or `nil` when the rule did not converge.
    public var convergedAfterEpoch: Int? { converged ? mistakesPerEpoch.count - 1 : nil }
}

extension Perceptron {
    /// The current weights and bias as a line.
    var line: Line2D {
        let w = weight.value.doubles, b = bias.value.doubles
        return Line2D(w1: w[0], w2: w[1], b: b[0])
    }
}
