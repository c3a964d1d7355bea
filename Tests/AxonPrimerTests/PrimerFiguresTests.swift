@testable import AxonPrimer
import XCTest

/// Each figure's caption states the numbers of the run it was drawn from.
final class PrimerFiguresTests: XCTestCase {
    private func results() throws -> PrimerResults { try XCTUnwrap(SharedRun.results) }

    private func assertMentions(_ drawn: DrawnFigure, _ fragments: [String], file: StaticString = #filePath,
                                line: UInt = #line) {
        for fragment in fragments {
            XCTAssertTrue(drawn.caption.contains(fragment), "figure \(drawn.figure.number) lacks \"\(fragment)\": \(drawn.caption)",
                          file: file, line: line)
        }
    }

    func testEveryFigureIsDrawnInOrderWithASummary() throws {
        let book = try XCTUnwrap(SharedRun.book)
        XCTAssertEqual(book.figures.map(\.figure), PrimerFigure.allCases)
        XCTAssertEqual(PrimerFigure.allCases.map(\.fileName).first, "01-neuron")
        XCTAssertEqual(PrimerFigure.allCases.map(\.fileName).last, "12-optimizer-race")
        for drawn in book.figures {
            XCTAssertFalse(drawn.summary.isEmpty, drawn.figure.title)
            XCTAssertFalse(drawn.summary.contains("\n"), drawn.figure.title)
            XCTAssertGreaterThan(drawn.chart.width, 0)
        }
    }

    func testNeuronCaptionWorksTheExampleThroughBothNeurons() throws {
        let result = try results().neuron
        let drawn = NeuronFigure.draw(result)
        assertMentions(drawn, ["AND: w = (1, 1), θ = 1.5", "OR: w = (1, 1), θ = 0.5",
                               "x = (1, 0), z = 1 ≤ 1.5, so y = 0", "x = (1, 0), z = 1 > 0.5, so y = 1"])
        XCTAssertEqual(drawn.tables.count, 2)
        XCTAssertEqual(drawn.tables[0].rows.map { $0[4] }, result.neurons[0].rows.map { String($0.output) })
    }

    func testPerceptronCaptionGivesTheEpochCount() throws {
        let result = try results().perceptron
        let drawn = PerceptronFigure.draw(result)
        XCTAssertTrue(result.converged)
        assertMentions(drawn, ["converged in \(result.epochs) epochs", "η = 0.03",
                               "\(result.misclassifiedAfterEpoch[0]) of \(result.points.count) points",
                               FigureText.list(result.mistakesPerEpoch.map(String.init))])
        XCTAssertTrue(drawn.summary.contains("\(result.epochs) epochs"))
    }

    func testPerceptronLabelsFindRoomOnTheirLines() throws {
        let box = PlotBox(xMin: -4, xMax: 4, yMin: -4, yMax: 4)
        let diagonal = Line2D(w1: 1, w2: -1, b: 0)
        let (start, end) = try XCTUnwrap(PerceptronFigure.segment(of: diagonal, in: box))
        XCTAssertEqual(start, Point2D(x: -4, y: -4))
        XCTAssertEqual(end, Point2D(x: 4, y: 4))
        let first = try XCTUnwrap(PerceptronFigure.labelSpot(diagonal, box: box, avoiding: []))
        XCTAssertEqual(first.x, -3.04, accuracy: 1e-12)
        let second = PerceptronFigure.labelSpot(diagonal, box: box, avoiding: [first])
        XCTAssertEqual(second?.x ?? 0, 3.04, accuracy: 1e-12, "the next label goes to the other end")
        XCTAssertNil(PerceptronFigure.segment(of: Line2D(w1: 1, w2: 0, b: -10), in: box), "x = 10 misses the box")
        XCTAssertEqual(PerceptronFigure.equation(Line2D(w1: 0.121, w2: 0.196, b: -0.032)), "0.121·x₁ + 0.196·x₂ − 0.032 = 0")
    }

    func testXORCaptionGivesEveryAccuracyAndTheProductLayer() throws {
        let result = try results().xor
        let drawn = XORFigure.draw(result)
        assertMentions(drawn, [
            "its best line gets \(FigureText.percent(result.perceptron.accuracy))",
            "without activations, trained \(result.steps) steps",
            "gets \(FigureText.percent(result.linearNetwork.accuracy))",
            "b = \(FigureText.significant(result.linearNetwork.product.biases[0], digits: 2))",
            FigureText.scientific(result.linearNetwork.maximumDifferenceFromProduct),
            "ReLU \(FigureText.percent(result.networks[0].accuracy))",
            "tanh \(FigureText.percent(result.networks[1].accuracy))",
        ])
    }

    func testMultilayerCaptionCountsTheParameters() throws {
        let result = try results().multilayerNetwork
        let drawn = MultilayerNetworkFigure.draw(result)
        assertMentions(drawn, ["4·5 + 5 = 25", "5·3 + 3 = 18", "43 parameters in all", "Axon's own count is 43",
                               "training accuracy \(FigureText.percent(result.trainingAccuracy))"])
        XCTAssertEqual(drawn.tables[0].rows.last, ["all", "", "", "", "43", "43"])
    }

    func testActivationCaptionGivesTheDerivativesAtZero() throws {
        let result = try results().activations
        let drawn = ActivationFigure.draw(result)
        assertMentions(drawn, ["Every activation Axon has (\(result.curves.count))", "sigmoid 0.25", "tanh 1", "ReLU 0"])
        XCTAssertEqual(drawn.tables[0].rows.count, result.curves.count)
    }

    func testForwardCaptionWorksTheFirstNeuron() throws {
        let result = try results().forwardPropagation
        let drawn = ForwardPropagationFigure.draw(result)
        let first = result.layers[0]
        assertMentions(drawn, ["= \(FigureText.decimal(first.preactivations[0])), a₁ = σ(",
                               "ŷ = \(FigureText.vector(result.output))", "= \(FigureText.decimal(result.loss, places: 4))."])
        XCTAssertEqual(drawn.tables[0].rows.count, result.layers.map(\.activations.count).reduce(0, +))
        XCTAssertEqual(ForwardPropagationFigure.arithmetic(weights: [0.5, -0.25], inputs: [1, 2], bias: -0.1),
                       "0.500·1.000 − 0.250·2.000 − 0.100")
    }

    func testBackpropagationCaptionAndTablesGiveTheFiniteDifferenceCheck() throws {
        let result = try results().backpropagation
        let drawn = BackpropagationFigure.draw(result)
        for (index, layer) in result.layers.enumerated() {
            assertMentions(drawn, ["\(FigureText.scientific(layer.maximumDifference)) in layer \(index + 1)"])
        }
        XCTAssertEqual(drawn.tables.count, 2)
        XCTAssertEqual(drawn.tables[0].rows.map { $0[4] }, result.layers.map { FigureText.scientific($0.maximumDifference) })
        let entries = result.layers.map { $0.activationGradient.count + $0.weightGradient.joined().count + $0.biasGradient.count }
        XCTAssertEqual(drawn.tables[1].rows.count, entries.reduce(0, +))
    }

    func testGradientDescentCaptionGivesTheLossBeforeAndAfter() throws {
        let result = try results().gradientDescent
        let drawn = GradientDescentFigure.draw(result)
        let losses = result.path.losses
        assertMentions(drawn, ["γ = \(FigureText.significant(result.path.optimizer.learningRate))", "\(result.path.steps) steps take the loss from \(FigureText.significant(losses[0])) to \(FigureText.significant(losses[losses.count - 1]))"])
    }

    func testLearningRateCaptionGivesTheDivergenceStep() throws {
        let result = try results().learningRate
        let drawn = LearningRateFigure.draw(result)
        let diverged = try XCTUnwrap(result.runs[2].divergenceStep)
        let converged = try XCTUnwrap(result.runs[1].convergenceStep)
        let rates = result.runs.map { FigureText.significant($0.path.optimizer.learningRate) }
        assertMentions(drawn, ["γ = \(rates[2]) (too large) diverged at step \(diverged)",
                               "γ = \(rates[1]) (right) converged at step \(converged)",
                               "γ = \(rates[0]) (too small) not converged after \(result.runs[0].path.steps) steps",
                               "limit 2/λ = \(FigureText.significant(result.stabilityLimit))"])
        XCTAssertTrue(drawn.summary.contains("diverges at step \(diverged)"))
    }

    func testBatchSizeCaptionCountsTheStepsWhereTheLossRose() throws {
        let result = try results().batchSize
        let drawn = BatchSizeFigure.draw(result)
        for run in result.runs {
            assertMentions(drawn, ["rose after \(run.increases) of its \(run.samplesSeen.count - 1) steps",
                                   "with \(FigureText.percent(run.accuracy)) training accuracy"])
        }
    }

    func testOptimizerPathsCaptionAndTableGiveWhereEachPathEnded() throws {
        let result = try results().optimizerPaths
        let drawn = OptimizerPathsFigure.draw(result)
        for path in result.valley.paths + result.saddle.paths {
            assertMentions(drawn, ["\(path.optimizer.name) \(FigureText.significant(path.losses[path.losses.count - 1]))"])
        }
        XCTAssertEqual(drawn.tables[0].rows.count, result.valley.paths.count + result.saddle.paths.count)
        XCTAssertEqual(drawn.tables[0].rows[4][2], "lr 0.5, beta1 0.9, beta2 0.999, eps 1e-08")
    }

    func testOptimizerRaceCaptionRanksTheFinalLosses() throws {
        let result = try results().optimizerRace
        let drawn = OptimizerRaceFigure.draw(result)
        let best = try XCTUnwrap(result.runs.min { OptimizerRaceFigure.finalLoss($0) < OptimizerRaceFigure.finalLoss($1) })
        assertMentions(drawn, ["best first: \(best.optimizer.name) \(FigureText.significant(OptimizerRaceFigure.finalLoss(best)))",
                               "trained \(result.epochs) epochs", "built-in spiral"])
        XCTAssertEqual(drawn.tables[0].rows.map { $0[0] }, ["BGD", "SGD", "Mini-batch", "Momentum", "AdaGrad", "RMSProp", "Adam"])
    }

    func testOptimizerLooksAreDistinctAndSharedAcrossFigures() {
        let names = ["BGD", "SGD", "Mini-batch", "Momentum", "AdaGrad", "RMSProp", "Adam"]
        let looks = names.map(SeriesLook.optimizer)
        XCTAssertEqual(Set(looks.map(\.color.hexString)).count, names.count)
        XCTAssertEqual(Set(looks.map(\.marker)).count, names.count)
        XCTAssertEqual(SeriesLook.optimizer("Batch").color, SeriesLook.optimizer("BGD").color)
        XCTAssertEqual(SeriesLook.optimizer("Gradient descent").marker, SeriesLook.optimizer("BGD").marker)
        XCTAssertEqual(SeriesLook.optimizer("Stochastic").color, SeriesLook.optimizer("SGD").color)
    }
}
