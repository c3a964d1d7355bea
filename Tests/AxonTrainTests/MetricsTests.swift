import XCTest
@testable import AxonTrain
import AxonTensor

final class MetricsTests: XCTestCase {
    func testConfusionMatrixScores() {
        // actual:    0 0 0 1 1 2
        // predicted: 0 0 1 1 2 2
        let matrix = ConfusionMatrix(predicted: [0, 0, 1, 1, 2, 2], actual: [0, 0, 0, 1, 1, 2], classes: 3)
        XCTAssertEqual(matrix.counts, [[2, 1, 0], [0, 1, 1], [0, 0, 1]])
        XCTAssertEqual(matrix.accuracy, 4.0 / 6.0, accuracy: 1e-15)
        XCTAssertEqual(matrix.precision(1), 0.5, accuracy: 1e-15)
        XCTAssertEqual(matrix.recall(0), 2.0 / 3.0, accuracy: 1e-15)
        XCTAssertEqual(matrix.f1(2), 2 * 0.5 * 1 / 1.5, accuracy: 1e-15)
        XCTAssertTrue(matrix.table().contains("precision"))
    }

    func testAccuracyFromScores() {
        let scores = Tensor([[0.1, 0.9], [0.8, 0.2], [0.3, 0.7]] as [[Float]])
        XCTAssertEqual(Metrics.accuracy(scores: scores, labels: Tensor([1, 1, 1] as [Int64])), 2.0 / 3.0, accuracy: 1e-12)
    }

    func testRegressionMetricsAgainstHandComputedValues() {
        let targets = Tensor([1, 2, 3, 4] as [Double], shape: [4, 1])
        let predictions = Tensor([1.5, 2, 2.5, 4] as [Double], shape: [4, 1])
        XCTAssertEqual(Metrics.meanAbsoluteError(predictions: predictions, targets: targets), 0.25, accuracy: 1e-15)
        // SS_res = 0.5, SS_tot = 5: R² = 0.9.
        XCTAssertEqual(Metrics.rSquared(predictions: predictions, targets: targets), 0.9, accuracy: 1e-15)
    }
}
