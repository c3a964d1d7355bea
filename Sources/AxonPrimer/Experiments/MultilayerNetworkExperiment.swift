import Axon

/// Figure 4, the multi-layer network: a small network trained on Fisher's
/// Iris flowers (4 measurements, standardized; 3 species), drawn with its
/// real weights, each layer's m·n + n parameters beside it.
///
/// Trained by AxonTrain's `Trainer` with Adam on the whole training split at
/// once, so the run is the library's ordinary path.
public struct MultilayerNetworkExperiment: Sendable {
    /// The widths: 4 inputs, the hidden layers, 3 outputs. The default value is `[4, 5, 3]`.
    public var sizes = [4, 5, 3]
    /// The activation between layers. The default value is `.tanh`.
    public var activation = Activation.tanh
    /// The optimizer. The default value is Adam with step size 0.05 on the full batch.
    public var optimizer = OptimizerSettings("Adam", .adam(beta1: 0.9, beta2: 0.999, eps: 1e-8), learningRate: 0.05)
    /// The epochs (full-batch steps). The default value is `100`.
    public var epochs = 100

    /// The figure's settings.
    public init() {}

    /// Trains the network, initialized and split with `seed`.
    public func run(seed: UInt64) throws -> MultilayerNetworkResult {
        let splits = Iris.load(testFraction: 0.2, seed: seed)
        let scaler = FeatureScaler.standardizing(splits.train)
        let train = scaler.transform(splits.train)
        var generator = RandomGenerator(seed: seed)
        let model = Sequential.multilayerPerceptron(sizes: sizes, activation: activation, dtype: .float64,
                                                    generator: &generator)
        let trainer = Trainer(model: model, loss: .crossEntropy, optimizer: try optimizer.makeOptimizer(model),
                              progress: nil)
        let history = try trainer.fit(DataLoader(train, batchSize: .full, shuffle: false, seed: seed), epochs: epochs)
        let trainAccuracy = try trainer.evaluate(train).accuracy ?? 0
        var testAccuracy: Double? = nil
        if let test = splits.test, test.count > 0 {
            testAccuracy = try trainer.evaluate(scaler.transform(test)).accuracy
        }
        let layers = model.denseLayers.map(LayerParameters.init)
        return MultilayerNetworkResult(
            dataset: "iris", sizes: sizes, activation: activation.rawValue, featureNames: train.featureNames,
            classNames: train.classNames, optimizer: optimizer, epochs: epochs, layers: layers,
            axonLayerParameterCounts: model.denseLayers.map(\.parameterCount),
            axonParameterCount: model.parameterCount, losses: history.epochs.map(\.loss),
            trainingAccuracy: trainAccuracy, testAccuracy: testAccuracy)
    }
}

/// What figure 4 shows.
public struct MultilayerNetworkResult: Sendable, Equatable, Codable {
    /// The data set's name.
    public var dataset: String
    /// The widths of the layers, input first.
    public var sizes: [Int]
    /// The activation between layers.
    public var activation: String
    /// The input neurons' names.
    public var featureNames: [String]
    /// The output neurons' names.
    public var classNames: [String]
    /// The optimizer.
    public var optimizer: OptimizerSettings
    /// The epochs trained.
    public var epochs: Int
    /// Each dense layer's trained weights and biases; `parameterCount` is m·n + n.
    public var layers: [LayerParameters]
    /// Axon's count of each dense layer's parameters (equal to m·n + n).
    public var axonLayerParameterCounts: [Int]
    /// Axon's count of the whole network's parameters.
    public var axonParameterCount: Int
    /// The training loss of each epoch (full batch: the loss before its step).
    public var losses: [Double]
    /// The accuracy on the training flowers after training.
    public var trainingAccuracy: Double
    /// The accuracy on the held-out flowers.
    public var testAccuracy: Double?

    /// Σ (m·n + n) over the layers.
    public var parameterCount: Int { layers.reduce(0) { $0 + $1.parameterCount } }
}
