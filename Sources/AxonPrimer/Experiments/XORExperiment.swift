import Axon

/// Figure 3, why hidden layers need activations: on the four XOR points no
/// line separates the classes, so the perceptron never converges; a network
/// of three dense layers without activations is one affine map in disguise
/// (its layers multiply out to a single layer: W = W₃W₂W₁,
/// b = W₃(W₂b₁ + b₂) + b₃) and fails the same way; the same network with ReLU
/// (or tanh) between the layers separates XOR.
///
/// The three networks start from the same weights and take the same Adam
/// steps on the binary cross-entropy of their logit (class 1 where the logit
/// is positive).
public struct XORExperiment: Sendable {
    /// The hidden layers' width. The default value is `4`.
    public var hiddenWidth = 4
    /// Full-batch optimizer steps for each network. The default value is `300`.
    public var steps = 300
    /// The optimizer of the three networks. The default value is Adam with
    /// step size 0.05.
    public var optimizer = OptimizerSettings("Adam", .adam(beta1: 0.9, beta2: 0.999, eps: 1e-8), learningRate: 0.05)
    /// Perceptron epochs before giving up. The default value is `20`.
    public var perceptronEpochs = 20
    /// The decision grids' points per axis. The default value is `101`.
    public var gridCount = 101
    /// The square the decision regions cover.
    public var box = PlotBox(xMin: -0.5, xMax: 1.5, yMin: -0.5, yMax: 1.5)

    /// The figure's settings.
    public init() {}

    /// The perceptron, then the three networks, initialized from `seed`.
    public func run(seed: UInt64) throws -> XORResult {
        let rows: [[Double]] = [[0, 0], [0, 1], [1, 0], [1, 1]]
        let classes = [0, 1, 1, 0]
        let labels = Tensor(classes.map(Int64.init))
        let x = Tensor(rows)
        let points = rows.indices.map { LabeledPoint(x: rows[$0][0], y: rows[$0][1], label: classes[$0]) }

        let perceptron = try runPerceptron(x, labels)
        let sizes = [2, hiddenWidth, hiddenWidth, 1]
        let linear = try runNetwork(activation: .identity, sizes: sizes, seed: seed, x, labels)
        let product = productLayer(of: linear.model)
        let gridPoints = box.gridPoints(count: gridCount).points
        let difference = noGrad { (linear.model(gridPoints) - product(gridPoints)).abs().max().item }
        let deepLinear = DeepLinearResult(
            layers: linear.model.denseLayers.map(LayerParameters.init), product: LayerParameters(product),
            losses: linear.losses, accuracy: linear.accuracy, regions: linear.regions,
            productRegions: box.decisionGrid(count: gridCount) { positive(product($0)) },
            maximumDifferenceFromProduct: difference)
        var nonlinear: [XORNetworkResult] = []
        for activation in [Activation.relu, .tanh] {
            let network = try runNetwork(activation: activation, sizes: sizes, seed: seed, x, labels)
            nonlinear.append(XORNetworkResult(activation: activation.rawValue, sizes: sizes, losses: network.losses,
                                              accuracy: network.accuracy, regions: network.regions))
        }
        return XORResult(points: points, box: box, optimizer: optimizer, steps: steps, perceptron: perceptron,
                         linearNetwork: deepLinear, networks: nonlinear)
    }

    /// The perceptron rule, epoch after epoch, keeping the line with the
    /// fewest errors seen at the end of an epoch (the "pocket").
    private func runPerceptron(_ x: Tensor, _ labels: Tensor) throws -> XORPerceptronResult {
        let perceptron = Perceptron(inputs: 2)
        var mistakes: [Int] = []
        var best = (line: perceptron.line, accuracy: -1.0, epoch: 0)
        for epoch in 1 ... perceptronEpochs {
            let report = try perceptron.train(samples: x, labels: labels, maximumEpochs: 1)
            mistakes.append(report.mistakesPerEpoch[0])
            let score = fractionCorrect(noGrad { perceptron(x) }.reshaped([-1]), labels)
            if score > best.accuracy { best = (perceptron.line, score, epoch) }
            if report.converged { break }
        }
        let line = best.line
        let regions = box.decisionGrid(count: gridCount) { points in
            let weight = Tensor([line.w1, line.w2], shape: [1, 2])
            return positive(Tensor.linear(points, weight: weight, bias: Tensor([line.b])))
        }
        return XORPerceptronResult(converged: mistakes.last == 0, mistakesPerEpoch: mistakes, bestLine: line,
                                   bestEpoch: best.epoch, accuracy: best.accuracy, regions: regions)
    }

    /// A network of dense layers of `sizes` with `activation` between them,
    /// trained on the four points.
    private func runNetwork(activation: Activation, sizes: [Int], seed: UInt64, _ x: Tensor, _ labels: Tensor)
        throws -> (model: Sequential, losses: [Double], accuracy: Double, regions: DecisionGrid)
    {
        var generator = RandomGenerator(seed: seed)
        var layers: [any Module] = []
        for index in 0 ..< sizes.count - 1 {
            if index > 0 && activation != .identity { layers.append(activation.makeLayer()) }
            layers.append(Dense(inputs: sizes[index], outputs: sizes[index + 1], dtype: .float64,
                                generator: &generator))
        }
        let model = Sequential(layers)
        let targets = labels.cast(to: .float64).reshaped([-1, 1])
        let optimizer = try self.optimizer.makeOptimizer(model)
        var losses: [Double] = []
        for _ in 0 ..< steps {
            optimizer.zeroGrad()
            let loss = binaryCrossEntropyWithLogits(model(x), targets)
            losses.append(loss.item)
            loss.backward()
            optimizer.step()
        }
        losses.append(noGrad { binaryCrossEntropyWithLogits(model(x), targets) }.item)
        let score = fractionCorrect(noGrad { positive(model(x)) }, labels)
        let regions = box.decisionGrid(count: gridCount) { positive(model($0)) }
        return (model, losses, score, regions)
    }

    /// The single layer a stack of dense layers without activations equals:
    /// W = Wₖ⋯W₂W₁ and b = Wₖ(⋯(W₂b₁ + b₂)⋯) + bₖ.
    private func productLayer(of model: Sequential) -> Dense {
        noGrad {
            let layers = model.denseLayers
            var weight = layers[0].weight.value
            var bias = layers[0].bias!.value
            for layer in layers.dropFirst() {
                weight = layer.weight.value.matmul(weight)
                bias = Tensor.linear(bias.reshaped([1, -1]), weight: layer.weight.value, bias: layer.bias?.value)
                    .reshaped([-1])
            }
            return Dense(weight: weight, bias: bias)
        }
    }
}

/// Class 1 where a one-column logit is positive, as int64 `[N]`.
private func positive(_ logits: Tensor) -> Tensor {
    (logits.reshaped([-1]) .> 0).cast(to: .int64)
}

/// What figure 3 shows.
public struct XORResult: Sendable, Equatable, Codable {
    /// (0,0) and (1,1) in class 0, (0,1) and (1,0) in class 1.
    public var points: [LabeledPoint]
    /// The square of the decision grids.
    public var box: PlotBox
    /// The networks' optimizer.
    public var optimizer: OptimizerSettings
    /// The networks' full-batch steps.
    public var steps: Int
    /// The perceptron, which cannot converge.
    public var perceptron: XORPerceptronResult
    /// The three-layer network without activations.
    public var linearNetwork: DeepLinearResult
    /// The same network with ReLU, then with tanh.
    public var networks: [XORNetworkResult]
}

/// The perceptron on XOR.
public struct XORPerceptronResult: Sendable, Equatable, Codable {
    /// Whether an epoch ended without a mistake (never, on XOR).
    public var converged: Bool
    /// The mistakes of each epoch run.
    public var mistakesPerEpoch: [Int]
    /// The line with the best accuracy at the end of an epoch.
    public var bestLine: Line2D
    /// The epoch after which that line was drawn.
    public var bestEpoch: Int
    /// Its accuracy on the four points (at most 0.75: no line does better).
    public var accuracy: Double
    /// Its decision regions.
    public var regions: DecisionGrid
}

/// The network of dense layers without activations, and the one layer it equals.
public struct DeepLinearResult: Sendable, Equatable, Codable {
    /// The trained layers, first to last.
    public var layers: [LayerParameters]
    /// Their product: W = W₃W₂W₁ (`[1, 2]`) and b = W₃(W₂b₁ + b₂) + b₃.
    public var product: LayerParameters
    /// The loss before each step, then after the last.
    public var losses: [Double]
    /// Its accuracy on the four points.
    public var accuracy: Double
    /// Its decision regions: a half-plane.
    public var regions: DecisionGrid
    /// The decision regions of the product layer alone (the same).
    public var productRegions: DecisionGrid
    /// The largest |network(x) − product layer(x)| over the grid's points.
    public var maximumDifferenceFromProduct: Double
}

/// A network with activations between its layers.
public struct XORNetworkResult: Sendable, Equatable, Codable {
    /// "relu" or "tanh".
    public var activation: String
    /// The widths: input, hidden layers, output.
    public var sizes: [Int]
    /// The loss before each step, then after the last.
    public var losses: [Double]
    /// Its accuracy on the four points.
    public var accuracy: Double
    /// Its decision regions.
    public var regions: DecisionGrid
}
