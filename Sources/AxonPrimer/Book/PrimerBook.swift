import Axon
import Foundation

/// The primer's twelve figures drawn from one run of ``PrimerExperiments``,
/// and the page that shows them all: what `axon figures` writes.
///
/// The same results always give the same bytes: nothing on the page or in
/// the figures depends on the time, the machine or the locale.
///
/// ```swift
/// let book = PrimerBook(results: try PrimerExperiments.run(seed: 0))
/// try book.write(to: URL(fileURLWithPath: "figures"))   // 01-neuron.svg … 12-optimizer-race.svg, index.html
/// ```
public struct PrimerBook: Sendable {
    /// The seed of the run the figures show.
    public var seed: UInt64
    /// The data set of figure 12 ("spiral" or "mnist").
    public var raceDataset: String
    /// The figures, in the primer's order.
    public var figures: [DrawnFigure]

    /// The name of the page among the figures' files.
    public static let pageFileName = "index.html"

    /// Draws every figure from `results`.
    public init(results: PrimerResults) {
        seed = results.seed
        raceDataset = results.optimizerRace.dataset
        figures = PrimerFigure.allCases.map { Self.draw($0, from: results) }
    }

    /// One figure drawn from its experiment's result.
    public static func draw(_ figure: PrimerFigure, from results: PrimerResults) -> DrawnFigure {
        switch figure {
        case .neuron: return NeuronFigure.draw(results.neuron)
        case .perceptron: return PerceptronFigure.draw(results.perceptron)
        case .xor: return XORFigure.draw(results.xor)
        case .multilayerNetwork: return MultilayerNetworkFigure.draw(results.multilayerNetwork)
        case .activations: return ActivationFigure.draw(results.activations)
        case .forwardPropagation: return ForwardPropagationFigure.draw(results.forwardPropagation)
        case .backpropagation: return BackpropagationFigure.draw(results.backpropagation)
        case .gradientDescent: return GradientDescentFigure.draw(results.gradientDescent)
        case .learningRate: return LearningRateFigure.draw(results.learningRate)
        case .batchSize: return BatchSizeFigure.draw(results.batchSize)
        case .optimizerPaths: return OptimizerPathsFigure.draw(results.optimizerPaths)
        case .optimizerRace: return OptimizerRaceFigure.draw(results.optimizerRace)
        }
    }

    /// Writes each figure as `NN-name.svg` (its heading and caption
    /// included), then ``pageFileName``, into `directory`, which must exist.
    /// Each file is written whole or not at all (see `SVGFile.write`), so an
    /// interrupted run leaves no half-written file.
    ///
    /// - Returns: the files written, in that order.
    /// - Throws: `PlotError` naming the file that could not be written.
    @discardableResult
    public func write(to directory: URL) throws -> [URL] {
        var written: [URL] = []
        for drawn in figures {
            let file = directory.appendingPathComponent(drawn.figure.fileName + ".svg")
            try drawn.standalone.write(to: file)
            written.append(file)
        }
        let page = directory.appendingPathComponent(Self.pageFileName)
        try SVGFile.write(html(), to: page)
        written.append(page)
        return written
    }
}
