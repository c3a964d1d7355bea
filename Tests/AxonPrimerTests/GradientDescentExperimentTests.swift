import AxonPrimer
import XCTest

final class GradientDescentExperimentTests: XCTestCase {
    func testEachStepIsMinusTheLearningRateTimesTheGradient() throws {
        let experiment = GradientDescentExperiment()
        let result = try experiment.run(seed: 0)
        XCTAssertEqual(result.data.count, 20)
        XCTAssertEqual(result.path.steps, experiment.steps)
        XCTAssertEqual(result.path.points[0], experiment.start)
        let rate = result.path.optimizer.learningRate
        for t in 0 ..< result.path.steps {
            let p = result.path.points[t], next = result.path.points[t + 1]
            let (loss, gw, gb) = lineFit(result.data, w: p.x, b: p.y)
            XCTAssertEqual(result.path.losses[t], loss, accuracy: exactTolerance)
            XCTAssertEqual(result.path.gradientNorms[t], (gw * gw + gb * gb).squareRoot(), accuracy: exactTolerance)
            XCTAssertEqual(next.x, p.x - rate * gw, accuracy: exactTolerance)
            XCTAssertEqual(next.y, p.y - rate * gb, accuracy: exactTolerance)
        }
    }

    func testTheLossFallsAtEveryStepTowardTheLeastSquaresLine() throws {
        let result = try GradientDescentExperiment().run(seed: 0)
        for (before, after) in zip(result.path.losses, result.path.losses.dropFirst()) { XCTAssertLessThan(after, before) }
        // The least-squares line: w = cov(x, y) / var(x), b = ȳ − w·x̄.
        let n = Double(result.data.count)
        let meanX = result.data.map(\.x).reduce(0, +) / n, meanY = result.data.map(\.y).reduce(0, +) / n
        let covariance = result.data.map { ($0.x - meanX) * ($0.y - meanY) }.reduce(0, +)
        let variance = result.data.map { ($0.x - meanX) * ($0.x - meanX) }.reduce(0, +)
        let w = covariance / variance, b = meanY - w * meanX
        let end = try XCTUnwrap(result.path.points.last)
        XCTAssertEqual(end.x, w, accuracy: 0.01)
        XCTAssertEqual(end.y, b, accuracy: 0.01)
    }

    func testTheContourGridHoldsTheLoss() throws {
        var experiment = GradientDescentExperiment()
        experiment.gridCount = 11
        let result = try experiment.run(seed: 1)
        XCTAssertEqual(result.grid.xs.count, 11)
        XCTAssertEqual(result.grid.values.count, 121)
        XCTAssertEqual(result.grid.xs.first, result.box.xMin)
        XCTAssertEqual(result.grid.ys.last, result.box.yMax)
        for (row, column) in [(0, 0), (3, 7), (10, 10)] {
            let expected = lineFit(result.data, w: result.grid.xs[column], b: result.grid.ys[row]).loss
            XCTAssertEqual(result.grid.value(row: row, column: column), expected, accuracy: exactTolerance)
        }
    }

    func testSameSeedSamePathDifferentSeedDifferentData() throws {
        let experiment = GradientDescentExperiment()
        XCTAssertEqual(try experiment.run(seed: 7), try experiment.run(seed: 7))
        XCTAssertNotEqual(try experiment.run(seed: 7).data, try experiment.run(seed: 8).data)
    }
}

/// The line fit's loss mean((w·x + b − y)²) and its gradient, by hand.
func lineFit(_ data: [Point2D], w: Double, b: Double) -> (loss: Double, dw: Double, db: Double) {
    let n = Double(data.count)
    let residuals = data.map { w * $0.x + b - $0.y }
    let loss = residuals.map { $0 * $0 }.reduce(0, +) / n
    let dw = 2 * zip(residuals, data).map { $0 * $1.x }.reduce(0, +) / n
    let db = 2 * residuals.reduce(0, +) / n
    return (loss, dw, db)
}
