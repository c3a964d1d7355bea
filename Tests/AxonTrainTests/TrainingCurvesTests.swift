import AxonPlot
import XCTest
@testable import AxonTrain

final class TrainingCurvesTests: XCTestCase {
    /// Epochs 1…n with the given losses, accuracies and test values.
    func epochs(_ losses: [Double], accuracy: Double? = 0.5, test: Bool = false) -> [EpochRecord] {
        losses.enumerated().map { index, loss in
            EpochRecord(epoch: index + 1, loss: loss, accuracy: accuracy, testLoss: test ? loss * 1.1 : nil,
                        testAccuracy: test ? accuracy : nil, learningRate: 0.01)
        }
    }

    func panels(_ curves: TrainingCurves) throws -> [Plot] {
        try curves.figure.panels.map { try XCTUnwrap($0 as? Plot) }
    }

    func testAClassifierGetsALossAndAnAccuracyPanelARegressionOnlyLoss() throws {
        let classifier = TrainingCurves(runs: [.init(label: "a", epochs: epochs([1, 0.5]))])
        XCTAssertEqual(try panels(classifier).map(\.title), ["Loss", "Accuracy"])
        let regression = TrainingCurves(runs: [.init(label: "r", epochs: epochs([1, 0.5], accuracy: nil))])
        XCTAssertEqual(try panels(regression).map(\.title), ["Loss"])
    }

    func testTheLossAxisIsLogarithmicOnlyWhenPositiveLossesSpanAFactorOfTen() throws {
        func scale(_ losses: [Double]) throws -> AxisScale {
            try panels(TrainingCurves(runs: [.init(label: "a", epochs: epochs(losses))]))[0].yScale
        }
        XCTAssertEqual(try scale([2.3, 0.5, 0.1]), .logarithmic)
        XCTAssertEqual(try scale([0.9, 0.6, 0.5]), .linear)
        XCTAssertEqual(try scale([1, 0.1, 0]), .linear, "a zero loss has no place on a log axis")
    }

    func testEachRunAndSetIsOneSeriesWithTheValuesOfItsEpochs() throws {
        let runs: [TrainingCurves.Run] = [.init(label: "adam", epochs: epochs([1, 0.5, 0.25], test: true)),
                                          .init(label: "sgd", epochs: epochs([1, 0.8], accuracy: 0.25))]
        let loss = try panels(TrainingCurves(runs: runs))[0]
        XCTAssertEqual(loss.lines.map(\.name), ["adam train", "adam test", "sgd train"])
        XCTAssertEqual(loss.lines[0].x, [1, 2, 3])
        XCTAssertEqual(loss.lines[0].y, [1, 0.5, 0.25])
        for (drawn, expected) in zip(loss.lines[1].y, [1.1, 0.55, 0.275]) { XCTAssertEqual(drawn, expected, accuracy: 1e-12) }
        XCTAssertEqual(loss.lines[1].dash, .dotted)
        XCTAssertEqual(loss.lines[0].dash, .solid)
        XCTAssertNotEqual(loss.lines[0].color, loss.lines[2].color, "runs differ in colour")
        let accuracy = try panels(TrainingCurves(runs: runs))[1]
        XCTAssertEqual(accuracy.lines[2].y, [25, 25], "accuracies in percent")
        let single = try panels(TrainingCurves(runs: [runs[0]]))[0]
        XCTAssertEqual(single.lines.map(\.name), ["train", "test"], "one run needs no run name in its legend")
    }

    func testTheCaptionGivesEachRunsLastEpochAndTheBytesAreTheSameEveryTime() {
        let curves = TrainingCurves(runs: [.init(label: "adam", epochs: epochs([1, 0.5, 0.25], test: true))])
        let svg = curves.svg()
        XCTAssertTrue(svg.contains("adam: 3 epochs, final loss 0.25, accuracy 50.00%, test accuracy 50.00%"), svg)
        XCTAssertEqual(svg, curves.svg())
    }

    func testANonFiniteLossBreaksTheCurveInsteadOfReachingTheFile() {
        let svg = TrainingCurves(runs: [.init(label: "a", epochs: epochs([1, .nan, .infinity, 0.5]))]).svg()
        XCTAssertFalse(svg.lowercased().contains("nan"))
        XCTAssertFalse(svg.contains("inf\""))
    }

    func testAConfusionMatrixHeatMapHoldsItsCountsAndNamesItsClasses() {
        let matrix = ConfusionMatrix(predicted: [0, 1, 1, 2, 2, 0], actual: [0, 1, 2, 2, 2, 1], classes: 3)
        let map = matrix.heatMap(classNames: ["cat", "dog", "eel"])
        XCTAssertEqual(map.values, [[1, 0, 0], [1, 1, 0], [0, 1, 2]])
        XCTAssertEqual(map.rowLabels, ["cat", "dog", "eel"])
        XCTAssertEqual(map.caption, "6 samples, accuracy 66.67%")
        XCTAssertEqual(matrix.heatMap(classNames: ["only two", "names"]).rowLabels, ["0", "1", "2"])
    }
}
