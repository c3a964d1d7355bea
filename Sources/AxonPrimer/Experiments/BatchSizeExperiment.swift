import Axon

/// Figure 10, batch, stochastic and mini-batch gradient descent: the same
/// rule (Axon's `SGD`, one step size) on the same data and the same initial
/// network, fed the whole set per step, one example per step, or a few.
/// The loss on the whole training set after every step, against the
/// examples seen, shows stochastic descent's noise and batch descent's
/// smooth but slow progress; the loss per epoch compares what a pass over
/// the data buys.
public struct BatchSizeExperiment: Sendable {
    /// Training points per class of the two moons. The default value is `100`.
    public var samplesPerClass = 100
    /// The network's widths. The default value is `[2, 16, 2]`.
    public var sizes = [2, 16, 2]
    /// The activation between layers. The default value is `.tanh`.
    public var activation = Activation.tanh
    /// The step size of every method. The default value is `0.1`.
    public var learningRate = 0.1
    /// The mini-batch size. The default value is `20`.
    public var miniBatchSize = 20
    /// The epochs of every method. The default value is `20`.
    public var epochs = 20

    /// The figure's settings.
    public init() {}

    /// The three methods on moons and a network drawn from `seed`.
    public func run(seed: UInt64) throws -> BatchSizeResult {
        let train = SyntheticData.moons(samplesPerClass: samplesPerClass, testSamplesPerClass: 0, seed: seed).train
        let training = ClassifierTraining(train: train, dtype: .float64)
        let methods: [(String, Int?)] = [("Batch", nil), ("Stochastic", 1), ("Mini-batch", miniBatchSize)]
        var runs: [BatchSizeRun] = []
        for (name, batchSize) in methods {
            var generator = RandomGenerator(seed: seed)
            let model = Sequential.multilayerPerceptron(sizes: sizes, activation: activation, dtype: .float64,
                                                        generator: &generator)
            let settings = OptimizerSettings(name, .sgd(momentum: 0), learningRate: learningRate, batchSize: batchSize)
            var seen = [0], batchLosses: [Double] = [], stepLosses = [training.loss(model)]
            let epochLosses = try training.fit(model, settings: settings, epochs: epochs, seed: seed) { examples, loss in
                seen.append(seen[seen.count - 1] + examples)
                batchLosses.append(loss)
                stepLosses.append(training.loss(model))
            }
            let run = BatchSizeRun(optimizer: settings, samplesSeen: seen, batchLosses: batchLosses,
                                   stepLosses: stepLosses, epochLosses: epochLosses, accuracy: training.accuracy(model))
            runs.append(run)
        }
        return BatchSizeResult(dataset: "moons", samples: train.count, sizes: sizes, activation: activation.rawValue,
                               epochs: epochs, runs: runs)
    }
}

/// What figure 10 shows.
public struct BatchSizeResult: Sendable, Equatable, Codable {
    /// The data set's name.
    public var dataset: String
    /// The training examples.
    public var samples: Int
    /// The network's widths.
    public var sizes: [Int]
    /// The activation between layers.
    public var activation: String
    /// The epochs of every method.
    public var epochs: Int
    /// Batch, stochastic, then mini-batch gradient descent.
    public var runs: [BatchSizeRun]
}

/// One method's run.
public struct BatchSizeRun: Sendable, Equatable, Codable {
    /// The method's name, step size and batch size (`nil`: the whole set).
    public var optimizer: OptimizerSettings
    /// The examples seen before the first step (0) and after each step.
    public var samplesSeen: [Int]
    /// The loss of the batch that each step descended (what the step saw).
    public var batchLosses: [Double]
    /// The loss on the whole training set before the first step and after each.
    public var stepLosses: [Double]
    /// The loss on the whole training set before the first epoch and after each.
    public var epochLosses: [Double]
    /// The training accuracy at the end.
    public var accuracy: Double

    /// The steps after which the whole-set loss went up: none for batch
    /// descent with a small enough step, many for stochastic descent.
    public var increases: Int {
        zip(stepLosses, stepLosses.dropFirst()).filter { $0.1 > $0.0 }.count
    }
}
