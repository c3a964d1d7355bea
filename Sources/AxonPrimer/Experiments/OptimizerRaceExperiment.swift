import Axon
import Foundation

/// Figure 12, the optimizer race, after Kingma & Ba's figure 2: one network
/// and data set, the same initial weights and the same data order, trained
/// by batch, stochastic and mini-batch gradient descent, momentum, AdaGrad,
/// RMSProp and Adam; the loss on the whole training set before training and
/// after every epoch.
///
/// The data set is MNIST when a directory of its files is given (a seeded
/// subset of the training images, to fit the figure's time budget, and the
/// whole test set), else AxonData's three-arm spiral.
public struct OptimizerRaceExperiment: Sendable {
    /// The MNIST directory, or `nil` for the built-in spiral.
    public var mnist: URL?
    /// MNIST training images used (a seeded random subset). The default value is `10000`.
    public var mnistTrainingImages = 10_000
    /// Spiral points per arm. The default value is `100`.
    public var spiralSamplesPerClass = 100
    /// The hidden layers' widths. The default value is `[64]` for MNIST and
    /// `[32, 32]` for the spiral.
    public var hiddenSizes: [Int]? = nil
    /// The activation between layers. The default value is `.relu`.
    public var activation = Activation.relu
    /// The epochs. The default value is `10` for MNIST and `40` for the spiral.
    public var epochs: Int? = nil
    /// The contestants, in the legend's order.
    public var optimizers: [OptimizerSettings] = [
        OptimizerSettings("BGD", .sgd(momentum: 0), learningRate: 0.5),
        OptimizerSettings("SGD", .sgd(momentum: 0), learningRate: 0.01, batchSize: 1),
        OptimizerSettings("Mini-batch", .sgd(momentum: 0), learningRate: 0.1, batchSize: 16),
        OptimizerSettings("Momentum", .sgd(momentum: 0.9), learningRate: 0.01, batchSize: 16),
        OptimizerSettings("AdaGrad", .adaGrad(eps: 1e-10), learningRate: 0.05, batchSize: 16),
        OptimizerSettings("RMSProp", .rmsProp(alpha: 0.99, eps: 1e-8), learningRate: 0.003, batchSize: 16),
        OptimizerSettings("Adam", .adam(beta1: 0.9, beta2: 0.999, eps: 1e-8), learningRate: 0.003, batchSize: 16),
    ]

    /// MNIST's training and test sets once read (by ``loadingMNIST(from:)``).
    private var mnistSplits: (train: TensorDataset, test: TensorDataset?)?

    /// The figure's settings, on MNIST from `mnist` when given (read when the race runs).
    public init(mnist: URL? = nil) {
        self.mnist = mnist
    }

    /// The figure's settings on MNIST, its files read now: a directory
    /// without them is an error before anything else runs.
    ///
    /// - Throws: `DataError` when the MNIST files cannot be read.
    public static func loadingMNIST(from directory: URL) throws -> OptimizerRaceExperiment {
        var experiment = OptimizerRaceExperiment(mnist: directory)
        let splits = try MNIST.load(directory: directory)
        experiment.mnistSplits = (splits.train, splits.test)
        return experiment
    }

    /// The race on data and initial weights drawn from `seed`.
    ///
    /// - Throws: `DataError` when the MNIST files cannot be read.
    public func run(seed: UInt64) throws -> OptimizerRaceResult {
        let (name, train, test) = try loadData(seed: seed)
        let hidden = hiddenSizes ?? (mnist == nil ? [32, 32] : [64])
        let sizes = [train.featureCount] + hidden + [train.classCount ?? 2]
        let epochs = self.epochs ?? (mnist == nil ? 40 : 10)
        let training = ClassifierTraining(train: train, dtype: .float32)
        var runs: [RaceRun] = []
        for settings in optimizers {
            var generator = RandomGenerator(seed: seed)
            let model = Sequential.multilayerPerceptron(sizes: sizes, activation: activation, dtype: .float32,
                                                        generator: &generator)
            let losses = try training.fit(model, settings: settings, epochs: epochs, seed: seed)
            runs.append(RaceRun(optimizer: settings, losses: losses, trainingAccuracy: training.accuracy(model),
                                testAccuracy: test.map { training.accuracy(model, on: $0) }))
        }
        return OptimizerRaceResult(dataset: name, trainingSamples: train.count, testSamples: test?.count ?? 0,
                                   sizes: sizes, activation: activation.rawValue, epochs: epochs, runs: runs)
    }

    private func loadData(seed: UInt64) throws -> (String, TensorDataset, TensorDataset?) {
        guard let mnist else {
            let splits = SyntheticData.spiral(samplesPerClass: spiralSamplesPerClass, seed: seed)
            return ("spiral", splits.train, splits.test)
        }
        let splits = try mnistSplits ?? {
            let loaded = try MNIST.load(directory: mnist)
            return (loaded.train, loaded.test)
        }()
        var generator = RandomGenerator(seed: seed)
        let order = Tensor.randomPermutation(splits.train.count, generator: &generator).integers
        let count = Swift.min(mnistTrainingImages, splits.train.count)
        return ("mnist", splits.train.subset(indices: Array(order.prefix(count))), splits.test)
    }
}

/// What figure 12 shows.
public struct OptimizerRaceResult: Sendable, Equatable, Codable {
    /// "mnist" or "spiral".
    public var dataset: String
    /// The training examples.
    public var trainingSamples: Int
    /// The test examples (0 when there are none).
    public var testSamples: Int
    /// The network's widths.
    public var sizes: [Int]
    /// The activation between layers.
    public var activation: String
    /// The epochs of every run.
    public var epochs: Int
    /// One run per optimizer, in the legend's order.
    public var runs: [RaceRun]
}

/// One optimizer's run.
public struct RaceRun: Sendable, Equatable, Codable {
    /// The optimizer and its hyper-parameters (batch size `nil`: the whole set).
    public var optimizer: OptimizerSettings
    /// The loss on the whole training set before training, then after each epoch.
    public var losses: [Double]
    /// The training accuracy at the end.
    public var trainingAccuracy: Double
    /// The test accuracy at the end, when there is a test set.
    public var testAccuracy: Double?
}
