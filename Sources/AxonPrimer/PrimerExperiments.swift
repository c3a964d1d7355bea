import Axon
import Foundation

/// The experiments behind the primer's twelve figures, run with Axon at the
/// moment they are drawn: each returns plain numbers (no tensors) that a
/// renderer draws and whose captions it prints, the same bits for the same
/// seed.
///
/// ```swift
/// let results = try PrimerExperiments.run(seed: 0, mnist: nil) { figure, seconds in
///     print("\(figure.number). \(figure.title): \(seconds) s")
/// }
/// results.perceptron.lines   // the separating line after each epoch
/// ```
public enum PrimerExperiments {
    /// Runs every figure's experiment in the primer's order with its default
    /// settings.
    ///
    /// - Parameters:
    ///   - seed: fixes every random draw (data, initial weights, data order).
    ///     The default value is `0`.
    ///   - mnist: a directory of the MNIST files for figure 12, or `nil` (the
    ///     default) for the built-in spiral.
    ///   - timing: called after each figure with its wall-clock seconds.
    /// - Throws: `DataError` when the MNIST files cannot be read; an
    ///   experiment's own errors (none with the default settings).
    public static func run(seed: UInt64 = 0, mnist: URL? = nil,
                           timing: ((PrimerFigure, Double) -> Void)? = nil) throws -> PrimerResults {
        let clock = ContinuousClock()
        func timed<T>(_ figure: PrimerFigure, _ body: () throws -> T) rethrows -> T {
            let start = clock.now
            let result = try body()
            let elapsed = clock.now - start
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
            timing?(figure, seconds)
            return result
        }
        // MNIST is read first, so that a directory without it fails before the other figures run.
        let race = try mnist.map { try OptimizerRaceExperiment.loadingMNIST(from: $0) } ?? OptimizerRaceExperiment()
        return PrimerResults(
            seed: seed,
            neuron: timed(.neuron) { NeuronExperiment().run() },
            perceptron: try timed(.perceptron) { try PerceptronExperiment().run(seed: seed) },
            xor: try timed(.xor) { try XORExperiment().run(seed: seed) },
            multilayerNetwork: try timed(.multilayerNetwork) { try MultilayerNetworkExperiment().run(seed: seed) },
            activations: timed(.activations) { ActivationExperiment().run() },
            forwardPropagation: timed(.forwardPropagation) { ForwardPropagationExperiment().run(seed: seed) },
            backpropagation: timed(.backpropagation) { BackpropagationExperiment().run(seed: seed) },
            gradientDescent: try timed(.gradientDescent) { try GradientDescentExperiment().run(seed: seed) },
            learningRate: try timed(.learningRate) { try LearningRateExperiment().run(seed: seed) },
            batchSize: try timed(.batchSize) { try BatchSizeExperiment().run(seed: seed) },
            optimizerPaths: try timed(.optimizerPaths) { try OptimizerPathsExperiment().run() },
            optimizerRace: try timed(.optimizerRace) { try race.run(seed: seed) })
    }
}

/// The primer's figures, in order.
public enum PrimerFigure: Int, CaseIterable, Sendable, Codable {
    /// Figure 1: ``NeuronResult``.
    case neuron = 1
    /// Figure 2: ``PerceptronResult``.
    case perceptron
    /// Figure 3: ``XORResult``.
    case xor
    /// Figure 4: ``MultilayerNetworkResult``.
    case multilayerNetwork
    /// Figure 5: ``ActivationResult``.
    case activations
    /// Figure 6: ``ForwardPropagationResult``.
    case forwardPropagation
    /// Figure 7: ``BackpropagationResult``.
    case backpropagation
    /// Figure 8: ``GradientDescentResult``.
    case gradientDescent
    /// Figure 9: ``LearningRateResult``.
    case learningRate
    /// Figure 10: ``BatchSizeResult``.
    case batchSize
    /// Figure 11: ``OptimizerPathsResult``.
    case optimizerPaths
    /// Figure 12: ``OptimizerRaceResult``.
    case optimizerRace

    /// The figure's number, 1 to 12.
    public var number: Int { rawValue }

    /// The figure's title.
    public var title: String {
        switch self {
        case .neuron: return "The McCulloch–Pitts neuron"
        case .perceptron: return "A single-layer network and the perceptron"
        case .xor: return "Why hidden layers and activations"
        case .multilayerNetwork: return "The multi-layer network"
        case .activations: return "Activation functions and their derivatives"
        case .forwardPropagation: return "Forward propagation"
        case .backpropagation: return "Backpropagation"
        case .gradientDescent: return "Gradient descent on a loss surface"
        case .learningRate: return "The learning rate"
        case .batchSize: return "Batch, stochastic and mini-batch gradient descent"
        case .optimizerPaths: return "Momentum, AdaGrad, RMSProp and Adam"
        case .optimizerRace: return "The optimizer race"
        }
    }
}

/// The numbers behind every figure of one run.
public struct PrimerResults: Sendable, Equatable, Codable {
    /// The seed of the run.
    public var seed: UInt64
    /// Figure 1.
    public var neuron: NeuronResult
    /// Figure 2.
    public var perceptron: PerceptronResult
    /// Figure 3.
    public var xor: XORResult
    /// Figure 4.
    public var multilayerNetwork: MultilayerNetworkResult
    /// Figure 5.
    public var activations: ActivationResult
    /// Figure 6.
    public var forwardPropagation: ForwardPropagationResult
    /// Figure 7.
    public var backpropagation: BackpropagationResult
    /// Figure 8.
    public var gradientDescent: GradientDescentResult
    /// Figure 9.
    public var learningRate: LearningRateResult
    /// Figure 10.
    public var batchSize: BatchSizeResult
    /// Figure 11.
    public var optimizerPaths: OptimizerPathsResult
    /// Figure 12.
    public var optimizerRace: OptimizerRaceResult
}
